/**
 * h/tekst: the CSV of `cofin check --format csv` over the injection corpus (test/fixtures/corpus/uitvoer.ts), opened
 * by LibreOffice (Debian package libreoffice-calc-nogui, installed by .ci/run) with the import options that trust a
 * file most: formulas evaluated, spaces trimmed, quoted fields not forced to text. Not one cell becomes a formula,
 * and every text arrives as cofin wrote it; a control file shows that these options do run formulas.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { VOORBEELDEN, templateModel } from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { maakCorpus } from '../fixtures/corpus';
import { UITVOER, VOORLOOP_NAMEN } from '../fixtures/corpus/uitvoer';
import { tmp } from './helpers';
import { formules, leesCsv } from './xlsx-inhoud';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'cli', 'bin', 'cofin.js');
const dir = tmp('cofin-lo-csv-');

/**
 * LibreOffice's CSV filter options, by position: separator `;` (59), text delimiter `"` (34), UTF-8 (76), from line
 * 1, no column formats, Dutch (1043), quoted field as text: no, detect special numbers: yes, (two export options),
 * trim spaces: yes, (an export option), evaluate formulas: yes.
 */
const CSV_FILTER = 'CSV:59,34,76,1,,1043,false,true,false,false,true,,true';

/** Converts CSV files to .xlsx with LibreOffice in one run, with a private profile (safe next to other soffice runs). */
function soffice(files: readonly string[]): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profiel')}`,
      '--headless',
      `--infilter=${CSV_FILTER}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      join(dir, 'lo'),
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

/** Every non-empty cell of the first sheet, by row, as LibreOffice stored it. */
async function cellen(xlsx: string): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(xlsx) as unknown as ExcelJS.Buffer);
  const rows: ExcelJS.CellValue[][] = [];
  wb.worksheets[0]?.eachRow((row) => {
    const values: ExcelJS.CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => values.push(cell.value));
    rows.push(values);
  });
  return rows;
}

let csv: string[][];

beforeAll(async () => {
  maakCorpus(dir, await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016'])), UITVOER);
  // Relative names, so each file name starts its CSV field as the user typed it.
  const r = spawnSync(
    process.execPath,
    [BIN, 'check', '--format', 'csv', '--out', 'cofin.csv', ...UITVOER.map((c) => c.bestand)],
    { cwd: dir, encoding: 'utf8' },
  );
  expect([r.status, r.stderr]).toEqual([0, '']);
  csv = leesCsv(readFileSync(join(dir, 'cofin.csv'), 'utf8'));
  // The control: the same kinds of text as a careless writer leaves them, quoted and not.
  writeFileSync(join(dir, 'zonder-apostrof.csv'), '"tekst";"=1+1"\r\n"tekst"; =1+1\r\n"tekst";"2"\r\n');
  soffice([join(dir, 'cofin.csv'), join(dir, 'zonder-apostrof.csv')]);
}, 240_000);

test('the control: with these options LibreOffice runs "=1+1", and " =1+1" once trimmed', async () => {
  const xlsx = join(dir, 'lo', 'zonder-apostrof.xlsx');
  expect(await formules(readFileSync(xlsx))).toEqual(['1+1', '1+1']);
});

test('the CSV of cofin: not one formula in any cell', async () => {
  expect(await formules(readFileSync(join(dir, 'lo', 'cofin.xlsx')))).toEqual([]);
});

test('the CSV of cofin: every file name and text arrives as the text cofin wrote, apostrophe included', async () => {
  const rows = await cellen(join(dir, 'lo', 'cofin.xlsx'));
  const kop = csv[0] ?? [];
  const kolommen = ['bestand', 'oordeel', 'hoofdaanvrager'].map((k) => kop.indexOf(k));
  expect(rows.length).toBe(csv.length);
  // LibreOffice stores a CR LF inside a field as the one line break of a cell.
  const alsCel = (v: string | undefined) => v?.replace(/\r\n/g, '\n');
  expect(rows.map((r) => kolommen.map((i) => r[i]))).toEqual(csv.map((r) => kolommen.map((i) => alsCel(r[i]))));
});

test('a file name with formula text behind white space opens as text behind the apostrophe, which LibreOffice keeps', async () => {
  const namen = (await cellen(join(dir, 'lo', 'cofin.xlsx'))).map((r) => r[0]);
  for (const [, naam] of VOORLOOP_NAMEN) expect(namen).toContain(`'${naam.replace(/\r\n/g, '\n')}`);
});
