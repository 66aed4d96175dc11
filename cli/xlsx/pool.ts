/**
 * A small pool of worker threads (one per core) that runs tasks on files and returns results in input order. Used
 * by `cofin check` for many files and by the benchmark. Only available from the compiled build (workers load JS).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Taak } from './worker';

export const WORKER_FILE = join(__dirname, 'worker.js');

export function poolBeschikbaar(): boolean {
  return __filename.endsWith('.js') && existsSync(WORKER_FILE);
}

export async function metPool<T>(
  bestanden: readonly string[],
  soort: Taak['soort'],
  opVoortgang: (klaar: number) => void = () => undefined,
  threads = Math.max(1, Math.min(availableParallelism(), bestanden.length)),
): Promise<T[]> {
  const results = new Array<T>(bestanden.length);
  let next = 0;
  let klaar = 0;
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_FILE));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= bestanden.length) return resolve();
              const id = next;
              next += 1;
              w.postMessage({ id, soort, bestand: bestanden[id] as string } satisfies Taak);
            };
            w.on('message', (msg: { id: number; resultaat?: T; fout?: string }) => {
              if (msg.fout !== undefined) return reject(new Error(msg.fout));
              results[msg.id] = msg.resultaat as T;
              klaar += 1;
              opVoortgang(klaar);
              send();
            });
            w.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
