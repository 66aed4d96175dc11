/** Worker thread: checks files (or, for the benchmark, only loads them with exceljs) on request of the pool. */
import { parentPort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { controleerBestand } from './controle';

export interface Taak {
  readonly id: number;
  readonly soort: 'check' | 'kaal';
  readonly bestand: string;
}

/** Bare read: what the xlsx library alone costs, the benchmark's yardstick. */
export async function kaalLezen(bestand: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(bestand)) as unknown as ExcelJS.Buffer);
  return wb.worksheets.length;
}

parentPort?.on('message', (taak: Taak) => {
  const run = taak.soort === 'check' ? controleerBestand(taak.bestand) : kaalLezen(taak.bestand);
  run.then(
    (resultaat) => parentPort?.postMessage({ id: taak.id, resultaat }),
    (error: unknown) => parentPort?.postMessage({ id: taak.id, fout: error instanceof Error ? error.message : String(error) }),
  );
});
