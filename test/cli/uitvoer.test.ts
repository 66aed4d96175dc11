/**
 * What cofin writes (issue 14): every written workbook within Excel's limits, a cut marked visibly (defect 5); user
 * text that looks like a formula (=, +, -, @, tab, CR, HYPERLINK, DDE) never becomes one in any output: a string cell
 * in .xlsx, a neutralised field in CSV, unchanged in JSON, never the start of a line in text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { VOORBEELDEN, templateModel, type BegrotingInput, type WerkboekModel } from '../../core';
import { EXCEL_GRENZEN } from '../../core/workbook/grenzen';
import { begrensModel, begrensWaarde, begrensWerkboek, modelNaarBuffer, nieuwBlad } from '../../cli/xlsx/write';
import { cofin, tmp } from './helpers';
import { formules, leesCsv, overschrijdingen, xmlDelen, xmlTekst } from './xlsx-inhoud';

const dir = tmp('cofin-uitvoer-');
const dw = VOORBEELDEN['dwsra-2016'];

/** A begroting written as the template writes it; `patch` then edits the XML of the package (for a 10 MB cell, a CR). */
async function schrijf(name: string, b: BegrotingInput, patch?: (xml: string) => string): Promise<string> {
  const file = join(dir, name);
  let buf = await modelNaarBuffer(templateModel(b.plan.regeling, b));
  if (patch) {
    const zip = await JSZip.loadAsync(buf);
    for (const [pad, f] of Object.entries(zip.files))
      if (pad.endsWith('.xml')) zip.file(pad, patch(await f.async('string')));
    buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }
  writeFileSync(file, buf);
  return file;
}

/** Seeded text that does not compress like a zip bomb: letters from a linear congruential generator. */
function lappen(lengte: number, seed: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < lengte; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(String.fromCharCode(97 + (x % 26)));
  }
  return out.join('');
}

describe('defect 5: the 10 MB cell of a begroting is cut in every written workbook', () => {
  const MB10 = 10 * 1024 * 1024;
  let bron: string;
  let naam: string;
  beforeAll(async () => {
    naam = lappen(MB10, 7);
    bron = await schrijf(
      'tien-mb.xlsx',
      { ...dw, plan: { ...dw.plan, naam: 'PLAATSHOUDER-NAAM', hoofdaanvrager: 'PLAATSHOUDER-AANVRAGER' } },
      (xml) => xml.replace('PLAATSHOUDER-NAAM', naam).replace('PLAATSHOUDER-AANVRAGER', naam.slice(0, 40000)),
    );
  }, 120_000);

  test('rapport: the title was 10,485,781 characters; now 32,767 ending in the mark, every limit held', async () => {
    const out = join(dir, 'tien-mb-rapport.xlsx');
    const r = await cofin('rapport', bron, '--peildatum', '2017-12-31', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const buf = readFileSync(out);
    expect(await overschrijdingen(buf)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const titel = wb.getWorksheet('Samenvatting')?.getCell('A1').value;
    expect(typeof titel).toBe('string');
    const t = titel as string;
    expect(t.length).toBe(32767);
    expect(t.startsWith(`Voortgangsrapportage ${naam.slice(0, 100)}`)).toBe(true);
    expect(t.endsWith('… [ingekort: 10.485.781 tekens]')).toBe(true);
    expect(wb.getWorksheet('Samenvatting')?.getCell('B4').value).toBe(
      `${naam.slice(0, 32767 - '… [ingekort: 40.000 tekens]'.length)}… [ingekort: 40.000 tekens]`,
    );
    expect(wb.worksheets.map((ws) => ws.headerFooter.oddHeader?.length ?? 0).every((n) => n <= 255)).toBe(true);
    expect(wb.worksheets[0]?.headerFooter.oddHeader?.endsWith('…')).toBe(true);
    expect(wb.title.length).toBe(32767);
  }, 120_000);

  test('eindverantwoording and the overview of check hold every limit too', async () => {
    const eind = join(dir, 'tien-mb-eind.xlsx');
    expect((await cofin('eindverantwoording', bron, '--out', eind)).code).toBe(0);
    expect(await overschrijdingen(readFileSync(eind))).toEqual([]);
    const overzicht = join(dir, 'tien-mb-overzicht.xlsx');
    expect((await cofin('check', '--format', 'xlsx', '--out', overzicht, bron)).code).toBe(0);
    const buf = readFileSync(overzicht);
    expect(await overschrijdingen(buf)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const plan = wb.getWorksheet('Overzicht')?.getCell('D2').value as string;
    expect([plan.length, plan.endsWith('… [ingekort: 10.485.760 tekens]')]).toEqual([32767, true]);
  }, 120_000);
});

describe('one seam for every writer: sheet names, rows, columns, formulas, hyperlinks', () => {
  const blad = (naam: string) => ({ naam, kolombreedtes: [10], cellen: [], tabellen: [], validaties: [] });

  test('sheet names Excel refuses, or that repeat, are written valid and unique', async () => {
    const model: WerkboekModel = {
      titel: 'Bladnamen',
      bladen: ['Plan', 'plan', 'a:b\\c/d?e*f[g]h', "'Mijn blad'", 'x'.repeat(40), 'History', '', 'Blad'].map(blad),
    };
    const buf = await modelNaarBuffer(model);
    expect(await overschrijdingen(buf)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Plan',
      'plan (2)',
      'a_b_c_d_e_f_g_h',
      'Mijn blad',
      'x'.repeat(31),
      'History_',
      'Blad',
      'Blad (2)',
    ]);
    const ow = new ExcelJS.Workbook();
    expect([nieuwBlad(ow, 'Overzicht').name, nieuwBlad(ow, 'OVERZICHT').name, nieuwBlad(ow, '[x]').name]).toEqual([
      'Overzicht',
      'OVERZICHT (2)',
      '_x_',
    ]);
  });

  test('a table past the last row keeps what fits and says in the last row how many rows were left out', () => {
    const g = { ...EXCEL_GRENZEN, rijen: 10, kolommen: 4 };
    const tekst = (t: string) => ({ soort: 'tekst' as const, tekst: t });
    const model: WerkboekModel = {
      titel: 'Groot',
      bladen: [
        {
          ...blad('Data'),
          cellen: [
            { row: 1, col: 1, waarde: tekst('kop') },
            { row: 12, col: 1, waarde: tekst('onder het blad') },
          ],
          tabellen: [
            {
              naam: 'Data',
              row: 3,
              col: 1,
              koppen: ['A', 'B', 'C', 'D', 'E', 'F'],
              rijen: Array.from({ length: 20 }, (_, i) => ['A', 'B', 'C', 'D', 'E', 'F'].map((k) => tekst(`${k}${i}`))),
              numFmts: [undefined, undefined, undefined, undefined, undefined, undefined],
            },
          ],
        },
      ],
    };
    const [b] = begrensModel(model, g).bladen;
    const t = b?.tabellen[0];
    // Header in row 3, data rows 4..9, the mark in row 10: 6 of 20 rows kept, 14 left out.
    expect(t?.rijen.length).toBe(6);
    expect(t?.koppen).toEqual(['A', 'B', 'C', '… [ingekort: 3 kolommen weggelaten]']);
    expect(t?.rijen[0]).toEqual([tekst('A0'), tekst('B0'), tekst('C0'), { soort: 'leeg' }]);
    expect(b?.cellen).toEqual([
      { row: 1, col: 1, waarde: tekst('kop') },
      {
        row: 10,
        col: 1,
        waarde: tekst('… [ingekort: 14 rijen weggelaten; Excel toont ten hoogste 1.048.576 rijen]'),
      },
    ]);
  });

  test('any sheet of any writer past the last row or column is cut at the seam, with the mark', () => {
    const g = { ...EXCEL_GRENZEN, rijen: 5, kolommen: 3 };
    const wb = new ExcelJS.Workbook();
    const ws = nieuwBlad(wb, 'Blad');
    for (let r = 1; r <= 8; r += 1) for (let c = 1; c <= 5; c += 1) ws.getCell(r, c).value = `${r}.${c}`;
    ws.pageSetup.printArea = 'A1:E8';
    begrensWerkboek(wb, g);
    expect(ws.rowCount).toBe(5);
    expect(ws.getCell(5, 1).value).toBe('… [ingekort: 4 rijen weggelaten; Excel toont ten hoogste 1.048.576 rijen]');
    expect(ws.columnCount).toBe(3);
    expect(ws.getCell(1, 3).value).toBe('… [ingekort: 3 kolommen weggelaten]');
    expect(ws.getCell(2, 2).value).toBe('2.2');
    expect(ws.pageSetup.printArea).toBe('A1:C5');
  });

  test.each([
    ['text', 'x'.repeat(40000), `${'x'.repeat(32767 - 27)}… [ingekort: 40.000 tekens]`],
    ['number', 12.5, 12.5],
    ['empty', null, null],
    [
      'a formula over 8,192 characters is written as its result only',
      { formula: `1${'+1'.repeat(5000)}`, result: 5001 },
      5001,
    ],
    ['a formula within the limit stays', { formula: 'SUM(A1:A3)', result: 6 }, { formula: 'SUM(A1:A3)', result: 6 }],
    [
      'the text result of a formula is cut',
      { formula: 'REPT("x",40000)', result: 'x'.repeat(40000) },
      { formula: 'REPT("x",40000)', result: `${'x'.repeat(32767 - 27)}… [ingekort: 40.000 tekens]` },
    ],
    [
      'a hyperlink over 2,079 characters becomes its text',
      { text: 'klik', hyperlink: `https://voorbeeld.invalid/${'a'.repeat(2100)}` },
      'klik',
    ],
    [
      'a hyperlink within the limit stays',
      { text: 'klik', hyperlink: 'https://voorbeeld.invalid/' },
      { text: 'klik', hyperlink: 'https://voorbeeld.invalid/' },
    ],
    [
      'rich text over the limit becomes cut plain text',
      { richText: [{ text: 'y'.repeat(20000) }, { text: 'y'.repeat(20000) }] },
      `${'y'.repeat(32767 - 27)}… [ingekort: 40.000 tekens]`,
    ],
  ])('a cell value: %s', (_, v, verwacht) => {
    expect(begrensWaarde(v as ExcelJS.CellValue)).toEqual(verwacht);
  });
});

/** The injection texts of the issue; a CR is written into the package as &#13; so the reader really sees one. */
const INJECTIES: readonly (readonly [string, string])[] = [
  ['is', '=1+1'],
  ['plus', '+1+1'],
  ['min', '-1+1'],
  ['apenstaart', '@SUM(1+1)'],
  ['tab', '\t=1+1'],
  ['cr', '\r=1+1'],
  ['hyperlink', '=HYPERLINK("http://voorbeeld.invalid","klik")'],
  ['dde', "=cmd|' /C calc'!A0"],
];

/** What a spreadsheet would run as a formula at the start of a cell or line. */
const FORMULE_BEGIN = /^[=+\-@\t\r]/;

/** cofin's own formulas in the report and the einddeclaratie: the realisation percentages and the totals. */
const EIGEN_FORMULE = /^(?:IF\([A-Z]+\d+=0,"",[A-Z]+\d+\/[A-Z]+\d+\)|SUM\([A-Z]+\d+:[A-Z]+\d+\))$/;

describe.each(INJECTIES)('injection text (%s) in every text field that flows into an output', (soort, tekst) => {
  const gelezen = tekst.trim();
  let bron: string;
  beforeAll(async () => {
    const b: BegrotingInput = {
      ...dw,
      plan: { ...dw.plan, naam: tekst, hoofdaanvrager: tekst },
      maatregelen: dw.maatregelen.map((m) => ({ ...m, naam: tekst })),
      kostenposten: dw.kostenposten.map((k) => ({ ...k, omschrijving: tekst })),
      financiering: dw.financiering.map((f) => ({ ...f, omschrijving: tekst })),
    };
    bron = await schrijf(`injectie-${soort}.xlsx`, b, (xml) => xml.replace(/\r/g, '&#13;'));
  }, 60_000);

  test('the package really holds the text (CR and tab included)', async () => {
    const teksten = [...(await xmlDelen(readFileSync(bron))).values()].map(xmlTekst).join('\n');
    expect(teksten).toContain(tekst);
  });

  test('check text, with --overzicht: no line starts with a formula character; the text is shown as read', async () => {
    const r = await cofin('check', '--overzicht', bron);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => FORMULE_BEGIN.test(l))).toEqual([]);
    expect(r.out).toContain(`hoofdaanvrager ${gelezen}`);
  });

  test('check json, with --overzicht: the text unchanged, as read', async () => {
    const r = await cofin('check', '--format', 'json', '--overzicht', bron);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { bestanden: { kerncijfers: { plan: string; hoofdaanvrager: string } }[] };
    expect(j.bestanden[0]?.kerncijfers).toMatchObject({ plan: gelezen, hoofdaanvrager: gelezen });
    expect(r.out).not.toContain(`"'${gelezen}`);
  });

  test('check csv: no field starts with a formula character; the text follows an apostrophe', async () => {
    const r = await cofin('check', '--format', 'csv', bron);
    expect(r.code).toBe(0);
    const rows = leesCsv(r.out);
    expect(rows.flat().filter((v) => FORMULE_BEGIN.test(v))).toEqual([]);
    const kop = rows[0] ?? [];
    expect(rows[1]?.[kop.indexOf('hoofdaanvrager')]).toBe(`'${gelezen}`);
  });

  test('check xlsx: no formula anywhere; plan and hoofdaanvrager are string cells holding the text', async () => {
    const out = join(dir, `injectie-${soort}-overzicht.xlsx`);
    expect((await cofin('check', '--format', 'xlsx', '--out', out, bron)).code).toBe(0);
    const buf = readFileSync(out);
    expect(await formules(buf)).toEqual([]);
    expect(await overschrijdingen(buf)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Overzicht');
    for (const a of ['D2', 'E2']) {
      expect(ws?.getCell(a).type).toBe(ExcelJS.ValueType.String);
      expect(ws?.getCell(a).value).toBe(gelezen);
    }
  });

  test('rapport: only cofin its own formulas; user text in string cells; no printed line starts with it', async () => {
    const out = join(dir, `injectie-${soort}-rapport.xlsx`);
    const r = await cofin('rapport', bron, '--peildatum', '2017-12-31', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => FORMULE_BEGIN.test(l))).toEqual([]);
    const buf = readFileSync(out);
    const f = await formules(buf);
    expect(f.length).toBeGreaterThan(0);
    expect(f.filter((x) => !EIGEN_FORMULE.test(x))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const s = wb.getWorksheet('Samenvatting');
    expect(s?.getCell('A1').value).toBe(`Voortgangsrapportage ${gelezen}`);
    expect(s?.getCell('B4').value).toBe(gelezen);
    expect(s?.getCell('B4').type).toBe(ExcelJS.ValueType.String);
    const v = wb.getWorksheet('Voortgang');
    expect([v?.getCell('B4').value, v?.getCell('B4').type]).toEqual([gelezen, ExcelJS.ValueType.String]);
  });

  test('eindverantwoording: only cofin its own formulas; user text in string cells', async () => {
    const out = join(dir, `injectie-${soort}-eind.xlsx`);
    const r = await cofin('eindverantwoording', bron, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => FORMULE_BEGIN.test(l))).toEqual([]);
    const buf = readFileSync(out);
    const f = await formules(buf);
    expect(f.length).toBeGreaterThan(0);
    expect(f.filter((x) => !EIGEN_FORMULE.test(x))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const s = wb.getWorksheet('Einddeclaratie');
    expect([s?.getCell('B4').value, s?.getCell('B4').type]).toEqual([gelezen, ExcelJS.ValueType.String]);
    const bijlage = wb.getWorksheet('Bijlage per maatregel');
    expect([bijlage?.getCell('B4').value, bijlage?.getCell('B4').type]).toEqual([gelezen, ExcelJS.ValueType.String]);
  });
});
