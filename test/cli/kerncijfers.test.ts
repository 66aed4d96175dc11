/**
 * `cofin check` shows the key figures of each begroting in every format: text, JSON (against its schema), CSV (BOM,
 * Dutch decimals) and the overview workbook; --out never replaces a file without --force. Expected amounts are
 * computed by hand (DWSRA: direct 300,000 + 15% opslag = 345,000; 60% = 207,000; own 88,000 + 50,000 = 138,000).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import ExcelJS from 'exceljs';
import { VOORBEELDEN, templateModel, type BegrotingInput } from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { EURO_FORMAAT } from '../../cli/xlsx/overzicht';
import { cofin, tmp } from './helpers';

const dwsra = VOORBEELDEN['dwsra-2016'];
const HOOFDAANVRAGER = 'Werkgeversvereniging Voorbeeldregio namens het samenwerkingsverband';
const SCHEMA = join(__dirname, '../../docs/schema/check-v1.schema.json');

async function schrijf(path: string, b: BegrotingInput): Promise<void> {
  writeFileSync(path, await modelNaarBuffer(templateModel('dwsra-2016', b)));
}

const dir = tmp('cofin-kern-');
const goed = join(dir, 'a-goed.xlsx');
const teHoog = join(dir, 'b-te-hoog.xlsx');
const kapot = join(dir, 'c-kapot.xlsx');

beforeAll(async () => {
  await schrijf(goed, dwsra);
  await schrijf(teHoog, { ...dwsra, plan: { ...dwsra.plan, gevraagdeSubsidie: '250000' } });
  writeFileSync(kapot, 'geen werkmap');
});

test('text: the key figures under the findings of each file', async () => {
  const r = await cofin('check', teHoog);
  expect(r.code).toBe(1);
  const lines = r.out.split('\n');
  expect(lines[0]).toBe(`${teHoog}: voldoet niet (1 fout, 0 waarschuwingen, 0 info)`);
  expect(lines[1]).toMatch(/^ {2}Plan!B13 +subsidie-boven-maximum /);
  expect(lines.slice(2, 8)).toEqual([
    `  Kerncijfers: regeling dwsra-2016, hoofdaanvrager ${HOOFDAANVRAGER}`,
    '    totale kosten € 345.000; subsidiabele kosten € 345.000',
    '    maximale subsidie € 207.000; gevraagde subsidie € 250.000; overschrijding € 43.000',
    '    vereiste eigen bijdrage € 138.000; begrote eigen bijdrage € 138.000',
    '    zekerheid: 1 zeker, 0 waarschijnlijk, 0 onzeker',
    '',
  ]);
});

describe('json', () => {
  let json: {
    versie: string;
    samenvatting: Record<string, unknown>;
    bestanden: {
      bestand: string;
      oordeel: string;
      code?: string;
      kerncijfers: { regeling: string | null; hoofdaanvrager: string | null; bedragen: unknown; ernst: unknown };
      bevindingen: { code: string; ernst: string }[];
    }[];
  };
  let raw: unknown;
  beforeAll(async () => {
    const r = await cofin('check', '--format', 'json', dir);
    expect(r.code).toBe(2);
    raw = JSON.parse(r.out);
    json = raw as typeof json;
  });

  test('validates against docs/schema/check-v1.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(SCHEMA, 'utf8')) as object,
    );
    expect(validate(raw) ? [] : validate.errors).toEqual([]);
    expect(json.versie).toBe('check-v1');
  });

  test('the schema rejects a formatted amount', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    const kopie = structuredClone(raw) as typeof json;
    (kopie.bestanden[0]?.kerncijfers.bedragen as Record<string, string>)['totaleKosten'] = '€ 345.000';
    expect(validate(kopie)).toBe(false);
  });

  test('amounts as exact decimal strings', () => {
    expect(json.bestanden.map((b) => [b.oordeel, b.kerncijfers.regeling, b.kerncijfers.bedragen])).toEqual([
      [
        'voldoet',
        'dwsra-2016',
        {
          totaleKosten: '345000.00',
          subsidiabeleKosten: '345000.00',
          maximaleSubsidie: '207000.00',
          gevraagdeSubsidie: '207000.00',
          vereisteEigenBijdrage: '138000.00',
          begroteEigenBijdrage: '138000.00',
          overschrijding: '0.00',
        },
      ],
      [
        'voldoet-niet',
        'dwsra-2016',
        {
          totaleKosten: '345000.00',
          subsidiabeleKosten: '345000.00',
          maximaleSubsidie: '207000.00',
          gevraagdeSubsidie: '250000.00',
          vereisteEigenBijdrage: '138000.00',
          begroteEigenBijdrage: '138000.00',
          overschrijding: '43000.00',
        },
      ],
      ['onleesbaar', null, null],
    ]);
  });

  test('an unreadable file carries its code as a finding, counted in the summary', () => {
    const k = json.bestanden[2];
    expect(k?.code).toBeDefined();
    expect(k?.bevindingen.map((b) => [b.code, b.ernst])).toEqual([[k?.code, 'fout']]);
    expect(json.samenvatting).toEqual({
      bestanden: 3,
      voldoet: 1,
      voldoetNiet: 1,
      onleesbaar: 1,
      ernst: { fout: 2, waarschuwing: 0, info: 0 },
      zekerheid: { zeker: 2, waarschijnlijk: 0, onzeker: 0 },
    });
  });
});

test('csv: a UTF-8 byte-order mark, the key figures with Dutch decimals after the finding columns', async () => {
  const out = join(tmp('cofin-kern-csv-'), 'kern.csv');
  expect((await cofin('check', '--format', 'csv', teHoog, '--out', out)).code).toBe(1);
  const bytes = readFileSync(out);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [kop, rij] = bytes.toString('utf8').slice(1).split('\r\n');
  // The last 15 columns (a melding may itself contain a semicolon inside its quotes).
  expect(kop?.split(';').slice(-15)).toEqual([
    '"regeling"',
    '"hoofdaanvrager"',
    '"totale kosten"',
    '"subsidiabele kosten"',
    '"maximale subsidie"',
    '"gevraagde subsidie"',
    '"vereiste eigen bijdrage"',
    '"begrote eigen bijdrage"',
    '"overschrijding"',
    '"aantal fout"',
    '"aantal waarschuwing"',
    '"aantal info"',
    '"aantal zeker"',
    '"aantal waarschijnlijk"',
    '"aantal onzeker"',
  ]);
  expect(rij?.split(';').slice(-15)).toEqual([
    '"dwsra-2016"',
    `"${HOOFDAANVRAGER}"`,
    '"345000,00"',
    '"345000,00"',
    '"207000,00"',
    '"250000,00"',
    '"138000,00"',
    '"138000,00"',
    '"43000,00"',
    '"1"',
    '"0"',
    '"0"',
    '"1"',
    '"0"',
    '"0"',
  ]);
  // The melding names amounts with the euro sign: it must survive as UTF-8.
  expect(rij).toContain('€ 250.000');
});

describe('xlsx: the overview workbook', () => {
  const out = join(tmp('cofin-kern-uit-'), 'overzicht.xlsx');
  const wb = new ExcelJS.Workbook();
  beforeAll(async () => {
    const r = await cofin('check', '--format', 'xlsx', '--out', out, dir);
    expect(r.code).toBe(2);
    await wb.xlsx.readFile(out);
  });

  test('one row per file with its key figures as numbers in euro format', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Overzicht', 'Bevindingen']);
    const ws = wb.getWorksheet('Overzicht');
    const rij = (n: number) => (ws?.getRow(n).values as unknown[]).slice(1);
    expect(rij(1)).toEqual([
      'Bestand',
      'Oordeel',
      'Regeling',
      'Plan',
      'Hoofdaanvrager',
      'Totale kosten',
      'Subsidiabele kosten',
      'Maximale subsidie',
      'Gevraagde subsidie',
      'Vereiste eigen bijdrage',
      'Begrote eigen bijdrage',
      'Overschrijding',
      'Aantal fout',
      'Aantal waarschuwing',
      'Aantal info',
      'Aantal zeker',
      'Aantal waarschijnlijk',
      'Aantal onzeker',
    ]);
    expect(rij(3)).toEqual([
      teHoog,
      'voldoet niet',
      'dwsra-2016',
      dwsra.plan.naam,
      HOOFDAANVRAGER,
      345000,
      345000,
      207000,
      250000,
      138000,
      138000,
      43000,
      1,
      0,
      0,
      1,
      0,
      0,
    ]);
    expect(ws?.getCell('F2').numFmt).toBe(EURO_FORMAAT);
    expect(ws?.getCell('L3').numFmt).toBe(EURO_FORMAAT);
    expect(rij(4).slice(0, 2)).toEqual([kapot, 'niet te lezen']);
    expect(ws?.rowCount).toBe(4);
  });

  test('a findings sheet with a plain cell reference per finding', () => {
    const ws = wb.getWorksheet('Bevindingen');
    expect((ws?.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['Bestand', 'Cel', 'Code', 'Ernst']);
    const rij = (ws?.getRow(2).values as unknown[]).slice(1, 5);
    expect(rij).toEqual([teHoog, 'Plan!B13', 'subsidie-boven-maximum', 'fout']);
    expect(ws?.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(ws?.getCell('B2').hyperlink).toBeUndefined();
    expect(ws?.getCell('A3').value).toBe(kapot);
  });

  test('autofilter, frozen header and print setup on both sheets', () => {
    for (const ws of wb.worksheets) {
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.pageSetup).toMatchObject({
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
      expect(ws.headerFooter.oddFooter).toContain('&P');
    }
    expect(wb.getWorksheet('Overzicht')?.autoFilter).toBe('A1:R4');
  });
});

describe('--out never replaces a file without --force', () => {
  test.each(['text', 'json', 'csv', 'xlsx'])('%s', async (formaat) => {
    const out = join(tmp('cofin-kern-force-'), `uit.${formaat}`);
    writeFileSync(out, 'van de gebruiker');
    const r = await cofin('check', '--format', formaat, goed, '--out', out);
    expect(r).toMatchObject({ code: 2, err: `cofin check: ${out} bestaat al; gebruik --force om het te vervangen.\n` });
    expect(readFileSync(out, 'utf8')).toBe('van de gebruiker');
    expect((await cofin('check', '--format', formaat, goed, '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('van de gebruiker');
  });

  test('xlsx without --out is refused', async () => {
    expect(await cofin('check', '--format', 'xlsx', goed)).toMatchObject({
      code: 2,
      err: 'cofin check: --format xlsx schrijft een werkmap; geef --out BESTAND.xlsx.\n',
    });
  });
});

test('xlsx: text from a begroting that looks like a formula stays text', async () => {
  const map = tmp('cofin-kern-formule-');
  const naam = '=HYPERLINK("https://example.org","klik")';
  await schrijf(join(map, 'plan.xlsx'), { ...dwsra, plan: { ...dwsra.plan, naam } });
  const out = join(map, 'overzicht.xlsx');
  expect((await cofin('check', '--format', 'xlsx', '--out', out, join(map, 'plan.xlsx'))).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const cel = wb.getWorksheet('Overzicht')?.getCell('D2');
  expect(cel?.type).toBe(ExcelJS.ValueType.String);
  expect(cel?.value).toBe(naam);
});
