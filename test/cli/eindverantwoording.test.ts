/**
 * `cofin eindverantwoording`: the annex of the einddeclaratie written as .xlsx and read back (figures, formulas,
 * sheet names, print setup), safe writing, and the refusals. The figures are those of the golden case
 * test/golden/eindverantwoording/sectorplannen-2013-drie-maatregelen.json (computed by hand there).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EIND_BLADEN, EIND_KOLOMMEN, templateModel, type BegrotingInput } from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { cofin, hashes, tmp } from './helpers';

const dir = tmp('cofin-eind-');
const golden = (naam: string): BegrotingInput =>
  (
    JSON.parse(readFileSync(join(__dirname, '..', 'golden', 'eindverantwoording', naam), 'utf8')) as {
      begroting: BegrotingInput;
    }
  ).begroting;
const sp = golden('sectorplannen-2013-drie-maatregelen.json');
const dw = golden('dwsra-2016-een-lezing.json');

async function schrijf(name: string, b: BegrotingInput): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await modelNaarBuffer(templateModel(b.plan.regeling, b)));
  return file;
}

async function lees(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The values of a row from column 1 to `n`; formula cells as { formula, result }. */
function rij(ws: ExcelJS.Worksheet, row: number, n: number): unknown[] {
  return Array.from({ length: n }, (_x, i) => {
    const v = ws.getCell(row, i + 1).value;
    return v !== null && typeof v === 'object' && 'formula' in v ? { formula: v.formula, result: v.result } : v;
  });
}

describe('sectorplannen-2013: both readings of the realisation threshold', () => {
  let bron: string;
  let out: string;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    bron = await schrijf('sp.xlsx', sp);
    out = join(dir, 'sp-eind.xlsx');
    const r = await cofin('eindverantwoording', bron, '--out', out);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.split('\n')).toEqual([
      `${out}: einddeclaratie geschreven.`,
      'Uiterste datum einddeclaratie: 16-04-2017 (waarschijnlijk).',
      'Vaststelling (onzeker: of de drempel van 60% per maatregel of per plan geldt, is niet bekend): per maatregel € 34.000, naar rato per plan € 44.000 (verleend € 60.000).',
      expect.stringMatching(/^ {2}Realisatie!B6 {2}realisatie-onder-drempel .* \[onzeker\]$/) as unknown,
      expect.stringMatching(/^ {6}Lezing: Drempel zeker, niveau niet/) as unknown,
      expect.stringMatching(/^ {2}Realisatie!C7 {2}kosten-boven-begroting .* \[waarschijnlijk\]$/) as unknown,
      expect.stringMatching(/^ {6}Lezing: /) as unknown,
      '',
    ]);
    wb = await lees(out);
  });

  test('the sheets, none named like a sheet of the begroting or the voortgangsrapportage', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Einddeclaratie',
      'Bijlage per maatregel',
      'Eindsignalen',
      'Eindtoelichting',
    ]);
    expect(Object.values(EIND_BLADEN)).toEqual(wb.worksheets.map((w) => w.name));
  });

  test('the annex: per maatregel realised toepassingen and subsidiable costs, the vaststelling in both readings', () => {
    const ws = wb.getWorksheet('Bijlage per maatregel');
    if (!ws) throw new Error('geen bijlage');
    expect(ws.getCell('A1').value).toBe(
      'Gerealiseerd aantal toepassingen en gerealiseerde subsidiabele kosten per maatregel',
    );
    expect(rij(ws, 3, 15)).toEqual([
      'Code',
      'Maatregel',
      'Soort',
      'Startdatum',
      'Einddatum',
      'Beoogd aantal toepassingen',
      'Gerealiseerd aantal toepassingen',
      'Realisatie aantal',
      'Begrote subsidiabele kosten',
      'Gerealiseerde kosten',
      'Gerealiseerde subsidiabele kosten',
      'Verleend (maatregel)',
      'Vaststelling per maatregel (onzeker)',
      'Vaststelling naar rato per plan (onzeker)',
      'Signaal',
    ]);
    expect(EIND_KOLOMMEN.subsidiabel).toBe('Gerealiseerde subsidiabele kosten');
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(rij(ws, 4, 15)).toEqual([
      'M1',
      'Jongeren begeleiden',
      'jongeren',
      d('2014-02-01'),
      d('2015-12-31'),
      100,
      70,
      { formula: 'IF(F4=0,"",G4/F4)', result: 0.7 },
      40000,
      36000,
      36000,
      20000,
      14000,
      14000,
      'achter op schema, boven de drempel',
    ]);
    expect(rij(ws, 5, 15).slice(5)).toEqual([
      50,
      25,
      { formula: 'IF(F5=0,"",G5/F5)', result: 0.5 },
      40000,
      30000,
      30000,
      20000,
      0,
      10000,
      'onder de drempel',
    ]);
    expect(rij(ws, 6, 15).slice(5, 14)).toEqual([
      40,
      44,
      { formula: 'IF(F6=0,"",G6/F6)', result: 1.1 },
      40000,
      42000,
      42000,
      20000,
      20000,
      20000,
    ]);
    expect(rij(ws, 7, 14)).toEqual([
      'Totaal',
      null,
      null,
      null,
      null,
      { formula: 'SUM(F4:F6)', result: 190 },
      { formula: 'SUM(G4:G6)', result: 139 },
      null,
      { formula: 'SUM(I4:I6)', result: 120000 },
      { formula: 'SUM(J4:J6)', result: 108000 },
      { formula: 'SUM(K4:K6)', result: 108000 },
      { formula: 'SUM(L4:L6)', result: 60000 },
      { formula: 'SUM(M4:M6)', result: 34000 },
      { formula: 'SUM(N4:N6)', result: 44000 },
    ]);
    expect(ws.getCell('M4').numFmt).toBe('"€" #,##0.00;-"€" #,##0.00');
  });

  test('the summary: deadline, verlening and both readings labelled with their confidence', () => {
    const ws = wb.getWorksheet('Einddeclaratie');
    if (!ws) throw new Error('geen samenvatting');
    const regels = new Map<string, unknown>();
    ws.eachRow((r) => {
      const label = r.getCell(1).value;
      if (typeof label === 'string') regels.set(label, r.getCell(2).value);
    });
    expect(regels.get('Uiterste datum einddeclaratie (waarschijnlijk)')).toEqual(new Date('2017-04-16T00:00:00Z'));
    expect(regels.get('Verleende subsidie')).toBe(60000);
    expect(regels.get('Gerealiseerd aantal toepassingen')).toBe(139);
    expect(regels.get('Vaststelling per maatregel (onzeker)')).toBe(34000);
    expect(regels.get('Vaststelling naar rato per plan (onzeker)')).toBe(44000);
    expect(regels.get('Realisatie aantal plan')).toBe(0.731578);
  });

  test('print setup: fit to width, the wide annex landscape, header row repeated, title and page numbers', () => {
    const bijlage = wb.getWorksheet('Bijlage per maatregel');
    const samenvatting = wb.getWorksheet('Einddeclaratie');
    if (!bijlage || !samenvatting) throw new Error('bladen ontbreken');
    expect(bijlage.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
      printArea: 'A1:O7',
    });
    expect(samenvatting.pageSetup).toMatchObject({ orientation: 'portrait', fitToPage: true, fitToWidth: 1 });
    expect(bijlage.headerFooter.oddHeader).toBe('&LEinddeclaratie Sectorplan Zorg&RBijlage per maatregel');
    expect(bijlage.headerFooter.oddFooter).toBe('&CPagina &P van &N');
  });

  test('signals and the explanation carry the confidence and the sources, not a repository path', () => {
    const ws = wb.getWorksheet('Eindsignalen');
    if (!ws) throw new Error('geen signalen');
    expect(rij(ws, 3, 7)).toEqual(['Cel', 'Ernst', 'Code', 'Melding', 'Bron', 'Zekerheid', 'Lezing']);
    expect([ws.getCell('C4').value, ws.getCell('F4').value]).toEqual(['realisatie-onder-drempel', 'onzeker']);
    expect([ws.getCell('C5').value, ws.getCell('F5').value]).toEqual(['kosten-boven-begroting', 'waarschijnlijk']);
    const uitleg: string[] = [];
    wb.getWorksheet('Eindtoelichting')?.eachRow((r) => uitleg.push(r.getCell(1).text));
    expect(uitleg.join('\n')).toContain('innofunding.nl 20-6-2014');
    expect(uitleg.join('\n')).not.toMatch(/docs\/|\.md\b|core\//);
  });
});

test('dwsra-2016: one reading, the vaststelling of the plan, subsidiable costs with the opslag, deadline from the end', async () => {
  const bron = await schrijf('dw.xlsx', dw);
  const out = join(dir, 'dw-eind.xlsx');
  expect(await cofin('eindverantwoording', bron, '--out', out)).toEqual({
    code: 0,
    err: '',
    out: `${out}: einddeclaratie geschreven.\nUiterste datum einddeclaratie: 01-04-2019 (onzeker).\nVaststelling: € 172.500 (verleend € 207.000).\n`,
  });
  const ws = (await lees(out)).getWorksheet('Bijlage per maatregel');
  if (!ws) throw new Error('geen bijlage');
  expect(rij(ws, 3, 12)).toEqual([
    'Code',
    'Maatregel',
    'Soort',
    'Startdatum',
    'Einddatum',
    'Beoogd aantal toepassingen',
    'Gerealiseerd aantal toepassingen',
    'Realisatie aantal',
    'Begrote subsidiabele kosten',
    'Gerealiseerde kosten',
    'Gerealiseerde subsidiabele kosten',
    'Signaal',
  ]);
  expect([ws.getCell('J4').value, ws.getCell('K4').value, ws.getCell('K5').value]).toEqual([150000, 172500, 115000]);
  expect(ws.getCell('I4').value).toBe(230000);
});

test('never over an existing file without --force, never over its input; --help; a begroting without realisation', async () => {
  const bron = await schrijf('veilig.xlsx', sp);
  const out = join(dir, 'veilig-eind.xlsx');
  expect((await cofin('eindverantwoording', bron, '--out', out)).code).toBe(0);
  const voor = hashes(dir);
  expect(await cofin('eindverantwoording', bron, '--out', out)).toEqual({
    code: 2,
    out: '',
    err: `cofin eindverantwoording: ${out} bestaat al; gebruik --force om het te vervangen.\n`,
  });
  expect(hashes(dir)).toEqual(voor);
  expect((await cofin('eindverantwoording', bron, '--out', out, '--force')).code).toBe(0);
  expect(await cofin('eindverantwoording', bron, '--out', bron, '--force')).toEqual({
    code: 2,
    out: '',
    err: 'cofin eindverantwoording: --out is de begroting zelf; cofin overschrijft nooit een invoerbestand.\n',
  });
  const help = await cofin('eindverantwoording', '--help');
  expect(help.code).toBe(0);
  expect(help.out).toMatch(/^Gebruik: cofin eindverantwoording BEGROTING\.xlsx --out EINDDECLARATIE\.xlsx \[--force\]/);
  expect((await cofin('--help')).out).toMatch(/\n {2}eindverantwoording +Vult de bijlage bij de einddeclaratie/);
  expect((await cofin('eindverantwoording', bron)).err).toMatch(/^cofin eindverantwoording: --out ontbreekt\./);

  const leeg = await schrijf('zonder-realisatie.xlsx', { ...sp, realisatie: [] });
  expect(await cofin('eindverantwoording', leeg, '--out', join(dir, 'niets.xlsx'))).toEqual({
    code: 1,
    out: '',
    err: `cofin eindverantwoording: ${leeg}: de begroting heeft geen (gevulde) tabel Realisatie; vul per maatregel de gerealiseerde deelnemers en kosten in.\n`,
  });
});
