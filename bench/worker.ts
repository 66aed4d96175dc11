/**
 * Worker thread of the benchmark (bench/check.ts): only loads a file with exceljs, the yardstick `cofin check` is
 * measured against. 'kaal': exceljs's default load; 'licht': the load with the check's reader options; 'oud': the
 * check as it was before its own reader (preflight, exceljs load, core's check), the before of the same run.
 */
import { parentPort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { controleerWerkboek } from '../core';
import { LIMITS, preflight } from '../cli/xlsx/preflight';
import { leesMetExcelJs, leesOpties } from '../cli/xlsx/read';
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

/** The check through exceljs: the preflight, the exceljs read, core's check. Resolves to the number of findings. */
export async function oudeCheck(bestand: string): Promise<number> {
  const data = await readFile(bestand);
  const pre = await preflight(data, { ...LIMITS });
  if (!pre.ok) return -1;
  const r = await leesMetExcelJs(data);
  return r.ok ? controleerWerkboek(r.werkboek).findings.length : -1;
}

parentPort?.on('message', (taak: Taak) => {
  (taak.soort === 'oud' ? oudeCheck(taak.bestand) : kaalLezen(taak.bestand, taak.soort === 'licht')).then(
    (resultaat) => parentPort?.postMessage({ id: taak.id, resultaat }),
    (error: unknown) =>
      parentPort?.postMessage({ id: taak.id, fout: error instanceof Error ? error.message : String(error) }),
  );
});
