/** `cofin rapport`: the figures of the voortgangsrapportage, safe writing, and user text that stays text. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  REGELINGEN,
  VOORBEELDEN,
  berekenVoortgang,
  formatProcent,
  templateModel,
  valideerBegroting,
  type BegrotingInput,
  type Datum,
} from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { GEEN } from '../../core/money';
import { cofin, hashes, tmp } from './helpers';

const dir = tmp('cofin-rapport-');
const sp = VOORBEELDEN['sectorplannen-2013'];

async function schrijf(name: string, b: BegrotingInput): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await modelNaarBuffer(templateModel(b.plan.regeling, b)));
  return file;
}

test('per maatregel: realisation, linear expectation, prognosis, signal and vaststelling (sectorplannen-2013 on 31-01-2015)', () => {
  const v = valideerBegroting(sp);
  if (!v.begroting || !v.berekening) throw new Error('voorbeeld ongeldig');
  const r = berekenVoortgang(v.begroting, v.berekening, '2015-01-31' as Datum);
  expect(
    r.maatregelen.map((m) => [
      m.code,
      formatProcent(m.realisatieDeelnemers ?? GEEN),
      formatProcent(m.verwacht),
      m.prognoseDeelnemers,
      m.signaal,
      m.prognoseVaststelling?.toFixed(),
    ]),
  ).toEqual([
    ['M1', '45%', '52,2%', 34, 'achter-op-schema', '34000'],
    ['M2', '20%', '50,2%', 23, 'risico', '0'],
  ]);
  expect(r.prognoseVaststelling?.toFixed()).toBe('34000');
  // Naar rato per plan: prognosed (34 + 23) / (40 + 60) = 57% < 60%, so the whole plan can be nil.
  expect([r.prognoseRealisatiePlan?.toFixed(), r.prognoseVaststellingNaarRato?.toFixed()]).toEqual(['0.57', '0']);
  expect(r.rapportagedatum).toBe('2015-02-01');
  expect(r.findings.map((f) => [f.code, f.message])).toEqual([
    [
      'realisatie-achter-op-schema',
      'maatregel M2: gerealiseerd 20%, bij lineaire voortgang verwacht 50,2%; bij dit tempo eindigt de maatregel onder de drempel van 60%.',
    ],
  ]);
});

test('after the end date realisation below the threshold is reported as such, and costs above the budget too', () => {
  const b = {
    ...sp,
    realisatie: [
      { maatregel: 'M1', gerealiseerdeDeelnemers: 20, gerealiseerdeKosten: '85000' },
      { maatregel: 'M2', gerealiseerdeDeelnemers: 60, gerealiseerdeKosten: '40000' },
    ],
  };
  const v = valideerBegroting(b);
  if (!v.begroting || !v.berekening) throw new Error('ongeldig');
  const r = berekenVoortgang(v.begroting, v.berekening, '2016-06-30' as Datum);
  expect(r.maatregelen.map((m) => m.signaal)).toEqual(['onder-drempel', 'op-schema']);
  expect(r.findings.map((f) => f.code)).toEqual(['realisatie-onder-drempel', 'kosten-boven-begroting']);
  // M1 below 60%: nil; M2 fully realised: min(20000, 20000, 50% of 40000) = 20000.
  expect(r.prognoseVaststelling?.toFixed()).toBe('20000');
  // Naar rato per plan: (20 + 60) / (40 + 60) = 80% >= 60%; M1 pro rata min(40000, 40000 x 20/40 = 20000,
  // 50% of 85000) = 20000, plus M2 20000 = 40000.
  expect(r.prognoseVaststellingNaarRato?.toFixed()).toBe('40000');
});

test('DWSRA has no participant threshold: the prognosis follows the projected direct costs', () => {
  const v = valideerBegroting(VOORBEELDEN['dwsra-2016']);
  if (!v.begroting || !v.berekening) throw new Error('ongeldig');
  const r = berekenVoortgang(v.begroting, v.berekening, '2017-12-31' as Datum);
  expect(r.drempel).toBeUndefined();
  // Half the period done; 125,000 realised -> 250,000 projected direct costs -> floor(0.69 x 250,000) = 172,500.
  expect(r.maatregelen.map((m) => m.verwacht.toFixed())).toEqual(['0.5', '0.5']);
  expect(r.prognoseVaststelling?.toFixed()).toBe('172500');
  expect(r.rapportagedatum).toBe('2018-02-28');
});

describe('cofin rapport on a file', () => {
  let bron: string;
  beforeAll(async () => {
    bron = await schrijf('begroting.xlsx', {
      ...sp,
      plan: { ...sp.plan, naam: '=HYPERLINK("http://voorbeeld.invalid","klik")' },
      maatregelen: sp.maatregelen.map((m, i) => ({ ...m, naam: ['+cmd|/c calc', '@SUM(1)'][i] ?? m.naam })),
    });
  });

  test('writes the report with the summary, the table per maatregel and the signals; text stays text', async () => {
    const before = hashes(dir);
    const out = join(dir, 'rapport.xlsx');
    const r = await cofin('rapport', bron, '--peildatum', '2015-01-31', '--out', out);
    expect(r).toEqual({
      code: 0,
      err: '',
      out: [
        `${out}: voortgangsrapportage op 31-01-2015 geschreven.`,
        'Uiterste datum voortgangsrapportage: 01-02-2015.',
        'Prognose vaststelling (onzeker: of de drempel van 60% per maatregel of per plan geldt, is niet bekend): per maatregel € 34.000, naar rato per plan € 0 (verleend € 60.000).',
        '  Realisatie!B6  realisatie-achter-op-schema  maatregel M2: gerealiseerd 20%, bij lineaire voortgang verwacht 50,2%; bij dit tempo eindigt de maatregel onder de drempel van 60%. (Kamerbrief voortgang sectorplannen juni 2015) [onzeker]',
        `      Lezing: ${REGELINGEN['sectorplannen-2013'].parameters['realisatieDrempel']?.lezing ?? '(geen lezing)'}`,
        '',
      ].join('\n'),
    });
    expect(hashes(dir)['begroting.xlsx']).toBe(before['begroting.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Voortgang',
      'Signalen',
      'Toelichting rapportage',
    ]);
    const s = wb.getWorksheet('Samenvatting');
    const title = s?.getCell('A1');
    expect(title?.value).toBe('Voortgangsrapportage =HYPERLINK("http://voorbeeld.invalid","klik")');
    const v = wb.getWorksheet('Voortgang');
    expect(v?.getCell('B4').value).toBe('+cmd|/c calc');
    expect(v?.getCell('B4').type).toBe(ExcelJS.ValueType.String);
    expect(v?.getCell('B5').value).toBe('@SUM(1)');
    expect(v?.getCell('B5').type).toBe(ExcelJS.ValueType.String);
    expect([4, 5].map((row) => [6, 7, 9, 10, 12, 13, 15, 16, 17].map((col) => v?.getCell(row, col).value))).toEqual([
      [40, 18, 80000, 41000, 0.522174, 34, 'achter op schema, boven de drempel', 34000, 0],
      [60, 12, 40000, 9500, 0.502235, 23, 'risico: op koers naar onder de drempel', 0, 0],
    ]);
    expect([3, 16, 17].map((col) => v?.getCell(3, col).value)).toEqual([
      'Soort',
      'Prognose vaststelling per maatregel (onzeker)',
      'Prognose vaststelling naar rato per plan (onzeker)',
    ]);
    expect(v?.getCell('J4').numFmt).toBe('"€" #,##0.00;-"€" #,##0.00');
    expect(v?.getCell('L4').numFmt).toBe('0.0%');
    expect(v?.getCell('H4').value).toEqual({ formula: 'IF(F4=0,"",G4/F4)', result: 0.45 });
    const signalen = wb.getWorksheet('Signalen');
    expect(signalen?.getCell('A4').value).toBe('Realisatie!B6');
    // The 60% threshold is onzeker: the sheet counts it and shows the confidence and reading per signal.
    expect(signalen?.getCell('A2').value).toBe('1 bevinding op een onzekere lezing.');
    expect([6, 7].map((col) => signalen?.getCell(3, col).value)).toEqual(['Zekerheid', 'Lezing']);
    expect(signalen?.getCell('F4').value).toBe('onzeker');
    expect(signalen?.getCell('G4').value).toBe(
      REGELINGEN['sectorplannen-2013'].parameters['realisatieDrempel']?.lezing,
    );
    // No cell of the workbook holds a formula other than cofin's own percentage formulas.
    const formulas: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${c.address}`);
        }),
      ),
    );
    expect(formulas).toEqual(['Voortgang!H4', 'Voortgang!K4', 'Voortgang!H5', 'Voortgang!K5']);
    // The audit line: cofin's version (package.json), the regeling's parameter version, the peildatum, the day written.
    const versie = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string })
      .version;
    const nu = new Date();
    const vandaag = [nu.getDate(), nu.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('-');
    const toelichting: unknown[] = [];
    wb.getWorksheet('Toelichting rapportage')?.eachRow((row) => toelichting.push(row.getCell(1).value));
    expect(toelichting.at(-1)).toBe(
      `Gemaakt met cofin ${versie} op ${vandaag}-${nu.getFullYear()}; regeling sectorplannen-2013 versie 01-04-2015; peildatum 31-01-2015.`,
    );
    // The explanation names the rules and their sources itself; no cell of the report points into the code repository.
    const drempel = REGELINGEN['sectorplannen-2013'].parameters['realisatieDrempel'];
    expect(toelichting).toContain('Regels en bronnen');
    expect(toelichting).toContain(`- ${drempel?.omschrijving ?? ''}: ${drempel?.bron ?? ''} (onzeker).`);
    const teksten: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => teksten.push(c.text))));
    expect(teksten.filter((t) => /docs\/|\.md\b|cofin (check|rapport|template)/.test(t))).toEqual([]);
    // Print setup: A4 fitted to one page wide, wide sheets landscape, the table header repeated, title and page numbers.
    expect(
      wb.worksheets.map((ws) => {
        const p = ws.pageSetup;
        return [
          ws.name,
          p.orientation,
          p.fitToPage,
          p.fitToWidth,
          p.fitToHeight,
          p.paperSize,
          p.printArea,
          p.printTitlesRow,
        ];
      }),
    ).toEqual([
      ['Samenvatting', 'portrait', true, 1, 0, 9, 'A1:B19', undefined],
      ['Voortgang', 'landscape', true, 1, 0, 9, 'A1:Q5', '3:3'],
      ['Signalen', 'landscape', true, 1, 0, 9, 'A1:G4', '3:3'],
      ['Toelichting rapportage', 'portrait', true, 1, 0, 9, 'A1:A19', undefined],
    ]);
    expect(v?.headerFooter).toMatchObject({
      oddHeader: '&LVoortgangsrapportage =HYPERLINK("http://voorbeeld.invalid","klik")&R&A',
      oddFooter: '&Lcofin&RPagina &P van &N',
    });
  });

  test('refuses to overwrite without --force, never writes over its input, and checks the peildatum', async () => {
    const out = join(dir, 'bestaand.xlsx');
    writeFileSync(out, 'oud');
    expect(await cofin('rapport', bron, '--peildatum', '2015-01-31', '--out', out)).toMatchObject({
      code: 2,
      err: `cofin rapport: ${out} bestaat al; gebruik --force om het te vervangen.\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe('oud');
    expect((await cofin('rapport', bron, '--peildatum', '2015-01-31', '--out', out, '--force')).code).toBe(0);
    expect(await cofin('rapport', bron, '--peildatum', '2015-01-31', '--out', bron, '--force')).toMatchObject({
      code: 2,
      err: 'cofin rapport: --out is de begroting zelf; cofin overschrijft nooit een invoerbestand.\n',
    });
    expect(await cofin('rapport', bron, '--peildatum', '31-02-2015', '--out', out)).toMatchObject({
      code: 2,
      err: "cofin rapport: de peildatum '31-02-2015' is geen geldige datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ.\n",
    });
  });

  test('a begroting without realisatie cannot be reported on', async () => {
    const { realisatie: _r, ...zonder } = sp;
    const file = await schrijf('zonder-realisatie.xlsx', zonder);
    expect(await cofin('rapport', file, '--peildatum', '2015-01-31', '--out', join(dir, 'x.xlsx'))).toEqual({
      code: 1,
      out: '',
      err: `cofin rapport: ${file}: de begroting heeft geen (gevulde) tabel Realisatie; vul per maatregel de gerealiseerde deelnemers en kosten in.\n`,
    });
  });
});
