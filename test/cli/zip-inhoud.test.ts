/**
 * What is inside the zip (issue 14, defects 4 and 7), beyond the exit codes the corpus test pins: a stray cell far
 * down is read, by both readers alike; the parts that made exceljs throw are refused by both readers, and exceljs's
 * own English text reaches only a finding's `detail`, never its Dutch message.
 */
import type { Werkboek } from '../../core';
import { LIMITS, preflight } from '../../cli/xlsx/preflight';
import { exceljsFout, leesBuffer, leesMetExcelJs } from '../../cli/xlsx/read';
import { snelLezen, snelNodig } from '../../cli/xlsx/snel';
import { PAKKET, PAKKET_BOUW } from '../fixtures/corpus/pakket';
import { zip } from '../fixtures/corpus';

const alsData = (w: Werkboek) => ({
  tables: w.tables,
  sheets: w.sheets.map((b) => ({ name: b.name, cells: [...b.cells.entries()] })),
});

async function snel(data: Buffer) {
  const pre = await preflight(data, { ...LIMITS }, snelNodig);
  if (!pre.ok) throw new Error(pre.reden);
  return snelLezen(pre.delen, LIMITS.maxRows);
}

describe('a stray cell in the last row of Excel (defect 4)', () => {
  const data = zip(
    PAKKET_BOUW.werkmap({
      bladen: [
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="16"><c r="A16"><v>16</v></c></row><row r="1048576"><c r="XFD1048576"><v>7</v></c></row>',
      ],
    }),
  );

  test('is read, with its address and value, by the fast reader and by exceljs alike', async () => {
    const r = await leesBuffer(data);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.werkboek.sheets[0]?.cells.get('XFD1048576')).toEqual({
      sheet: 'Blad1',
      address: 'XFD1048576',
      row: 1_048_576,
      col: 16_384,
      value: 7,
    });
    expect((await snel(data))?.ok).toBe(true);
    const ref = await leesMetExcelJs(data);
    expect(ref.ok).toBe(true);
    if (ref.ok) expect(alsData(ref.werkboek)).toEqual(alsData(r.werkboek));
  });

  test('the row limit counts the rows in the file: 100,001 rows are still refused', async () => {
    const rijen = Array.from({ length: LIMITS.maxRows + 1 }, (_, i) => `<row r="${i + 1}"/>`).join('');
    const r = await leesBuffer(zip(PAKKET_BOUW.werkmap({ bladen: [rijen] })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.finding.code).toBe('werkblad-te-veel-rijen');
  });
});

/** Defect 7: the corpus cases exceljs threw on, each refused by both readers. */
const ENGELS = [
  'werkblad-geen-werkblad.xlsx',
  'werkblad-leeg-onderdeel.xlsx',
  'werkmap-geen-werkmap.xlsx',
  'gedeelde-tekst-ontbreekt.xlsx',
  'kolom-xfe.xlsx',
  'kolom-xfe-samenvoeging.xlsx',
  'werkbladnaam-dubbel.xlsx',
  'werkbladnaam-ongeldig.xlsx',
  'xml-entiteit-onbekend.xlsx',
];

describe.each(ENGELS.map((b) => [b]))('%s (defect 7)', (bestand) => {
  const geval = PAKKET.find((c) => c.bestand === bestand);

  test('the fast reader refuses it with the corpus code; exceljs refuses it too, in Dutch', async () => {
    const data = geval?.maak?.(Buffer.alloc(0));
    expect(data).toBeDefined();
    if (data === undefined || geval === undefined) return;
    const s = await snel(data);
    expect(s?.ok).toBe(false);
    if (s !== undefined && !s.ok) expect(s.finding.code).toBe(geval.code);
    const ref = await leesMetExcelJs(data);
    expect(ref.ok).toBe(false);
    if (ref.ok) return;
    const detail = String(ref.finding.params['detail']);
    expect(detail).not.toBe('');
    expect(ref.reden).not.toContain(detail);
    expect(ref.reden).not.toMatch(/Cannot|Invalid|undefined|already exists|protected/);
  });
});

test.each([
  ["Cannot set properties of undefined (setting 'sheetNo')", 'werkblad-deel-onjuist'],
  ["Cannot read properties of undefined (reading 'sheets')", 'werkmap-deel-onjuist'],
  ["Cannot read properties of undefined (reading 'richText')", 'werkmap-onleesbaar'],
  ['Out of bounds. Invalid column letter: XFE', 'kolom-buiten-excel'],
  ['Worksheet name already exists: Kosten', 'werkbladnaam-dubbel'],
  ['1:192: undefined entity.', 'xml-entiteit-onbekend'],
  ['The name "History" is protected. Please use a different name.', 'werkbladnaam-ongeldig'],
  ['3:14: unexpected close tag.', 'xlsx-onleesbaar'],
  ['iets onbekends', 'xlsx-onleesbaar'],
])('exceljs says %j: code %s, its text only in detail', (melding, code) => {
  const f = exceljsFout(melding, 'xlsx-onleesbaar');
  expect(f.code).toBe(code);
  expect(f.params['detail']).toBe(melding);
  expect(f.message).not.toContain(melding);
  expect(f.message).not.toMatch(/Cannot|Invalid|undefined|already exists|protected|unexpected/);
});

test.each([
  ['a second root element', '<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet><worksheet><sheetData>'],
  [
    'a reference to a character XML forbids (&#0;)',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>a&#0;b</t></is></c></row>',
  ],
])('%s: the fast reader declines, and exceljs refuses it in Dutch', async (_naam, rijen) => {
  const data = zip(PAKKET_BOUW.werkmap({ bladen: [rijen] }));
  expect(await snel(data)).toBeUndefined();
  const r = await leesBuffer(data);
  expect(r.ok).toBe(false);
  if (!r.ok)
    expect(r.reden).toBe('het bestand is geen leesbare xlsx-werkmap (de XML van een van zijn onderdelen is ongeldig).');
});
