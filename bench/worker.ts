/**
 * Worker thread of the benchmark (bench/check.ts): only loads a file with exceljs, the yardstick `cofin check` is
 * measured against. 'kaal': exceljs's default load; 'licht': the load with the check's reader options.
 */
import { parentPort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { LIMITS } from '../cli/xlsx/preflight';
import { leesOpties } from '../cli/xlsx/read';
import type { Taak } from '../cli/xlsx/pool';

/** Bare read: what the xlsx library alone costs. Resolves to the number of worksheets. */
export async function kaalLezen(bestand: string, licht = false): Promise<number> {
  const wb = new ExcelJS.Workbook();
  // exceljs 4.4 types its load() argument as its own Buffer interface; a Node Buffer is what it reads.
  const data = (await readFile(bestand)) as unknown as ExcelJS.Buffer;
  if (licht) await wb.xlsx.load(data, leesOpties(LIMITS.maxRows));
  else await wb.xlsx.load(data);
  return wb.worksheets.length;
}

parentPort?.on('message', (taak: Taak) => {
  kaalLezen(taak.bestand, taak.soort === 'licht').then(
    (resultaat) => parentPort?.postMessage({ id: taak.id, resultaat }),
    (error: unknown) =>
      parentPort?.postMessage({ id: taak.id, fout: error instanceof Error ? error.message : String(error) }),
  );
});
