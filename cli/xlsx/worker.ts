/** Worker thread of `cofin check`: checks one file per task on request of the pool (pool.ts). */
import { parentPort } from 'node:worker_threads';
import { controleerBestand } from './controle';
import type { Taak } from './pool';

parentPort?.on('message', (taak: Taak) => {
  controleerBestand(taak.bestand, taak.limits).then(
    (resultaat) => parentPort?.postMessage({ id: taak.id, resultaat }),
    (error: unknown) =>
      parentPort?.postMessage({ id: taak.id, fout: error instanceof Error ? error.message : String(error) }),
  );
});
