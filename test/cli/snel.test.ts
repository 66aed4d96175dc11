/**
 * The fast reader of `cofin check` (cli/xlsx/snel.ts) against its reference, the exceljs read: the same workbook for
 * every file it accepts, and it accepts what cofin and exceljs write. Files it declines go to exceljs unchanged.
 */
import ExcelJS from 'exceljs';
import { REGELING_IDS, VOORBEELDEN, templateModel, type Werkboek } from '../../core';
import { LIMITS, preflight } from '../../cli/xlsx/preflight';
import { leesMetExcelJs } from '../../cli/xlsx/read';
import { snelLezen, snelNodig } from '../../cli/xlsx/snel';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { minimaleWerkmap } from '../fixtures/corpus';

/** The workbook as plain data (Maps as entry lists), so `toEqual` compares order too. */
function alsData(w: Werkboek) {
  return { tables: w.tables, sheets: w.sheets.map((b) => ({ name: b.name, cells: [...b.cells.entries()] })) };
}

async function beide(data: Buffer) {
  const pre = await preflight(data, { ...LIMITS }, snelNodig);
  if (!pre.ok) throw new Error(pre.reden);
  const snel = snelLezen(pre.delen, LIMITS.maxRows);
  const ref = await leesMetExcelJs(data);
  return { snel, ref };
}

async function bewerkt(data: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(REGELING_IDS.map((id) => [id]))('%s', (id) => {
  test.each([
    ['the blank template', false],
    ['the example', true],
  ])('%s reads the same as with exceljs, without falling back', async (_naam, voorbeeld) => {
    const data = await modelNaarBuffer(templateModel(id, voorbeeld ? VOORBEELDEN[id] : undefined));
    const { snel, ref } = await beide(data);
    expect(snel?.ok).toBe(true);
    expect(ref.ok).toBe(true);
    if (snel?.ok && ref.ok) expect(alsData(snel.werkboek)).toEqual(alsData(ref.werkboek));
  });
});

test('cells edited by exceljs (shared strings, dates, rich text, merges, errors, formulas) read the same', async () => {
  const data = await bewerkt(await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016'])), (wb) => {
    const ws = wb.addWorksheet('Extra & <meer>');
    ws.getCell('A1').value = new Date(Date.UTC(2017, 0, 1, 12, 30));
    ws.getCell('A2').value = { richText: [{ text: 'vet ' }, { text: 'en _x0041_ niet' }] };
    ws.getCell('A3').value = { error: '#DIV/0!' };
    ws.getCell('A4').value = { formula: 'A1+1', result: 42737.5 };
    ws.getCell('A5').value = { formula: '"a"&"<b>"', result: 'a<b>' };
    ws.getCell('A6').value = true;
    ws.getCell('B1').value = 'samengevoegd';
    ws.getCell('C1').value = 'onder de samenvoeging';
    ws.mergeCells('B1:C2');
    ws.getCell('D7').value = 1e-7;
    ws.getCell('D8').value = '  spaties  ';
  });
  const { snel, ref } = await beide(data);
  expect(snel?.ok).toBe(true);
  if (snel?.ok && ref.ok) expect(alsData(snel.werkboek)).toEqual(alsData(ref.werkboek));
});

test.each([
  [
    'inline strings, booleans, errors and a string formula result',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>in &amp; uit</t></is></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="str"><f>B1&amp;"x"</f><v>WAAR&amp;amp;x</v></c></row>',
  ],
  [
    'a shared formula with its master',
    '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>2</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row>',
  ],
  ['sparse rows far down', '<row r="7"><c r="C7"><v>7</v></c></row><row r="99999"><c r="XFD99999"><v>1</v></c></row>'],
])('%s read the same', async (_naam, rows) => {
  const { snel, ref } = await beide(minimaleWerkmap(rows));
  expect(snel?.ok).toBe(true);
  if (snel?.ok && ref.ok) expect(alsData(snel.werkboek)).toEqual(alsData(ref.werkboek));
});

test.each([
  ['a shared formula without its master', '<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row>'],
  ['a namespace prefix', '<row r="1"><x:c r="A1"><v>1</v></x:c></row>'],
  ['a cell without an address', '<row r="1"><c><v>1</v></c></row>'],
  ['unclosed elements', '<row r="1"><c r="A1"><v>1</v></row>'],
])('%s: the fast reader declines (exceljs reads the file)', async (_naam, rows) => {
  const pre = await preflight(minimaleWerkmap(rows), { ...LIMITS }, snelNodig);
  expect(pre.ok && snelLezen(pre.delen, LIMITS.maxRows)).toBeUndefined();
});
