/** Worker thread: checks files (or, for the benchmark, only loads them with exceljs) on request of the pool. */
import { parentPort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { controleerBestand } from './controle';
import { LIMITS } from './preflight';
import { leesOpties } from './read';

export interface Taak {
  readonly id: number;
  /** check: the whole check; kaal: exceljs's default load; licht: exceljs load with the check's reader options. */
  readonly soort: 'check' | 'kaal' | 'licht';
  readonly bestand: string;
}

/** Bare read: what the xlsx library alone costs, the benchmark's yardstick. */
export async function kaalLezen(bestand: string, licht = false): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const data = (await readFile(bestand)) as unknown as ExcelJS.Buffer;
  if (licht) await wb.xlsx.load(data, leesOpties(LIMITS.maxRows));
  else await wb.xlsx.load(data);
  return wb.worksheets.length;
}

parentPort?.on('message', (taak: Taak) => {
  const run = taak.soort === 'check' ? controleerBestand(taak.bestand) : kaalLezen(taak.bestand, taak.soort === 'licht');
  run.then(
    (resultaat) => parentPort?.postMessage({ id: taak.id, resultaat }),
    (error: unknown) => parentPort?.postMessage({ id: taak.id, fout: error instanceof Error ? error.message : String(error) }),
  );
});
