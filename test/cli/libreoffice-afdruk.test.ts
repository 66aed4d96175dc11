/**
 * The files cofin writes, opened by another program: LibreOffice (headless) recalculates the template's Overzicht
 * formulas from scratch, and prints the report and the template to PDF. The expected figures are computed by hand
 * from the rules of the regeling (sectorplannen: at most 50% per maatregel, whole euros down; DWSRA: 60% of the direct
 * costs plus the 15% opslag, at most EUR 2 mln, whole euros down).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOORBEELDEN, templateModel, type BegrotingInput, type CelWaarde } from '../../core';
import { leesBestand } from '../../cli/xlsx/read';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { cofin, tmp } from './helpers';

const dir = tmp('cofin-lo-afdruk-');
const profiel = join(dir, 'profiel');

/** A private LibreOffice profile that recalculates every formula of an .xlsx on loading (never trusts a cached value). */
function profielMetHerberekening(): void {
  mkdirSync(join(profiel, 'user'), { recursive: true });
  writeFileSync(
    join(profiel, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
}

function soffice(naar: 'xlsx' | 'pdf', outdir: string, files: readonly string[]): void {
  mkdirSync(outdir, { recursive: true });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profiel}`, '--headless', '--convert-to', naar, '--outdir', outdir, ...files],
    { stdio: 'pipe', timeout: 180_000 },
  );
}

/** The page count of a PDF LibreOffice wrote: the /Count of its page tree root (the largest /Count). */
function paginas(pdf: string): number {
  const text = readFileSync(pdf).toString('latin1');
  const counts = [
    ...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
  ].map((m) => Number(m[1] ?? m[2]));
  return Math.max(0, ...counts);
}

const sp = VOORBEELDEN['sectorplannen-2013'];
const dw = VOORBEELDEN['dwsra-2016'];

/** Sectorplannen with an odd amount: M1 80.001,99 gives 40.000,995, down to 40.000; asked one euro above the maximum. */
const spKrap: BegrotingInput = {
  ...sp,
  plan: { ...sp.plan, gevraagdeSubsidie: '60001' },
  kostenposten: [
    { maatregel: 'M1', soort: 'extern', omschrijving: 'Opleidingskosten leerwerkplekken', bedrag: '80001.99' },
    { maatregel: 'M2', soort: 'extern', omschrijving: 'Cursussen ROC', bedrag: '40000' },
  ],
};

/** DWSRA with 50.000 overhead above the 45.000 opslag, and a second project far above the EUR 2 mln cap. */
const dwOverhead: BegrotingInput = {
  ...dw,
  kostenposten: [
    ...dw.kostenposten,
    { maatregel: 'A1', soort: 'overhead', omschrijving: 'Huisvesting', bedrag: '50000' },
  ],
};
const dwGroot: BegrotingInput = {
  ...dw,
  plan: { ...dw.plan, gevraagdeSubsidie: '2100000' },
  kostenposten: [
    { maatregel: 'A1', soort: 'personeel', omschrijving: 'Inzet mobiliteitsadviseurs', bedrag: '3000000' },
    { maatregel: 'A2', soort: 'extern', omschrijving: 'Loopbaantrajecten', bedrag: '1000000' },
  ],
};

const gevallen: readonly [string, 'sectorplannen-2013' | 'dwsra-2016', BegrotingInput][] = [
  ['sp-voorbeeld', 'sectorplannen-2013', sp],
  ['sp-krap', 'sectorplannen-2013', spKrap],
  ['dw-voorbeeld', 'dwsra-2016', dw],
  ['dw-overhead', 'dwsra-2016', dwOverhead],
  ['dw-groot', 'dwsra-2016', dwGroot],
];

const herberekend = join(dir, 'herberekend');
const pdf = join(dir, 'pdf');

beforeAll(async () => {
  expect(execFileSync('soffice', ['--version'], { encoding: 'utf8' })).toMatch(/LibreOffice/);
  profielMetHerberekening();
  for (const [naam, id, b] of gevallen)
    writeFileSync(join(dir, `${naam}.xlsx`), await modelNaarBuffer(templateModel(id, b)));
  expect((await cofin('template', '--regeling', 'sectorplannen-2013', '--out', join(dir, 'leeg.xlsx'))).code).toBe(0);
  expect(
    (
      await cofin(
        'rapport',
        join(dir, 'sp-voorbeeld.xlsx'),
        '--peildatum',
        '2015-01-31',
        '--out',
        join(dir, 'rapport.xlsx'),
      )
    ).code,
  ).toBe(0);
  expect(
    (
      await cofin(
        'rapport',
        join(dir, 'dw-voorbeeld.xlsx'),
        '--peildatum',
        '2017-12-31',
        '--out',
        join(dir, 'rapport-dw.xlsx'),
      )
    ).code,
  ).toBe(0);
  soffice(
    'xlsx',
    herberekend,
    gevallen.map(([naam]) => join(dir, `${naam}.xlsx`)),
  );
  soffice(
    'pdf',
    pdf,
    ['rapport.xlsx', 'rapport-dw.xlsx', 'sp-voorbeeld.xlsx', 'dw-voorbeeld.xlsx', 'leeg.xlsx'].map((f) => join(dir, f)),
  );
}, 400_000);

/** The Overzicht sheet as LibreOffice saved it, through cofin's own reader (cached values of the formulas). */
async function overzichtBlad(naam: string) {
  const r = await leesBestand(join(herberekend, `${naam}.xlsx`));
  if (!r.ok) throw new Error(r.reden);
  const blad = r.werkboek.sheets.find((b) => b.name === 'Overzicht');
  if (!blad) throw new Error('geen blad Overzicht');
  return blad;
}

/** The Overzicht as LibreOffice computed it: label in column A -> the value of the formula in column B. */
async function overzicht(naam: string): Promise<Record<string, CelWaarde>> {
  const blad = await overzichtBlad(naam);
  const out: Record<string, CelWaarde> = {};
  for (const cel of blad.cells.values()) {
    const label = blad.cells.get(`A${cel.row}`)?.value;
    if (cel.col === 2 && cel.formula !== undefined && typeof label === 'string') out[label] = cel.value;
  }
  return out;
}

test.each([
  // 80.000 + 40.000; 50% per maatregel: 40.000 + 20.000; eigen: werkgevers 40.000 + O&O-fonds 20.000.
  [
    'sp-voorbeeld',
    {
      'Kosten van alle kostenposten': 120000,
      'Totale kosten': 120000,
      'Maximale subsidie': 60000,
      'Gevraagde subsidie': 60000,
      'Overschrijding van het maximum': 0,
      'Vereiste eigen bijdrage': 60000,
      'Totale financiering': 120000,
      'Begrote eigen bijdrage': 60000,
      'Verschil eigen bijdrage (begroot min vereist)': 0,
      'Verschil financiering en kosten': 0,
    },
  ],
  // 80.001,99 x 50% = 40.000,995 -> 40.000; + 20.000 = 60.000; asked 60.001: 1 above; vereist 120.001,99 - 60.000.
  [
    'sp-krap',
    {
      'Kosten van alle kostenposten': 120001.99,
      'Totale kosten': 120001.99,
      'Maximale subsidie': 60000,
      'Gevraagde subsidie': 60001,
      'Overschrijding van het maximum': 1,
      'Vereiste eigen bijdrage': 60001.99,
      'Totale financiering': 120000,
      'Begrote eigen bijdrage': 60000,
      'Verschil eigen bijdrage (begroot min vereist)': -1.99,
      'Verschil financiering en kosten': -1.99,
    },
  ],
  // Direct 300.000; opslag 15% 45.000; subsidiabel 345.000; 60% = 207.000; eigen: 88.000 + 50.000.
  [
    'dw-voorbeeld',
    {
      'Kosten van alle kostenposten': 300000,
      'Overhead (indirecte kosten)': 0,
      'Directe kosten': 300000,
      'Forfaitaire opslag 15%': 45000,
      'Subsidiabele kosten': 345000,
      'Totale kosten': 345000,
      'Maximale subsidie': 207000,
      'Gevraagde subsidie': 207000,
      'Overschrijding van het maximum': 0,
      'Vereiste eigen bijdrage': 138000,
      'Totale financiering': 345000,
      'Begrote eigen bijdrage': 138000,
      'Verschil eigen bijdrage (begroot min vereist)': 0,
      'Verschil financiering en kosten': 0,
    },
  ],
  // Overhead 50.000 above the opslag of 45.000: costs 300.000 + 50.000; the maximum stays 207.000.
  [
    'dw-overhead',
    {
      'Kosten van alle kostenposten': 350000,
      'Overhead (indirecte kosten)': 50000,
      'Directe kosten': 300000,
      'Forfaitaire opslag 15%': 45000,
      'Subsidiabele kosten': 345000,
      'Totale kosten': 350000,
      'Maximale subsidie': 207000,
      'Vereiste eigen bijdrage': 143000,
      'Begrote eigen bijdrage': 138000,
      'Verschil eigen bijdrage (begroot min vereist)': -5000,
      'Verschil financiering en kosten': -5000,
    },
  ],
  // Direct 4.000.000 + 600.000 opslag = 4.600.000; 60% = 2.760.000, capped at 2.000.000; asked 2.100.000.
  [
    'dw-groot',
    {
      'Subsidiabele kosten': 4600000,
      'Totale kosten': 4600000,
      'Maximale subsidie': 2000000,
      'Gevraagde subsidie': 2100000,
      'Overschrijding van het maximum': 100000,
      'Vereiste eigen bijdrage': 2600000,
    },
  ],
] as const)('LibreOffice recalculates the Overzicht of %s to the figures computed by hand', async (naam, verwacht) => {
  const uitkomst = await overzicht(naam);
  expect(Object.fromEntries(Object.keys(verwacht).map((k) => [k, uitkomst[k]]))).toEqual(verwacht);
});

test('LibreOffice recalculates the per-maatregel rows of the sectorplannen Overzicht', async () => {
  const blad = await overzichtBlad('sp-krap');
  const kop = [...blad.cells.values()].find((c) => c.value === 'Maatregel (code)')?.row ?? -1;
  expect(kop).toBeGreaterThan(0);
  const rij = (row: number) =>
    [1, 2, 3, 4, 5].map((col) => blad.cells.get(`${'ABCDE'[col - 1] ?? ''}${row}`)?.value ?? null);
  // M1: 80.001,99 x 50% = 40.000,995 -> 40.000; szw 40.000, werkgevers 40.000. M2: 40.000 -> 20.000; 20.000 and 20.000.
  expect([rij(kop + 1), rij(kop + 2), rij(kop + 3)]).toEqual([
    ['M1', 80001.99, 40000, 40000, 40000],
    ['M2', 40000, 20000, 20000, 20000],
    [null, null, null, null, null],
  ]);
});

test('a template recalculated by LibreOffice still reads and checks as before', async () => {
  const r = await cofin('check', join(herberekend, 'sp-voorbeeld.xlsx'), join(herberekend, 'dw-voorbeeld.xlsx'));
  expect(r.code).toBe(0);
});

test('the report and the template print to few pages', () => {
  const aantallen = Object.fromEntries(
    readdirSync(pdf)
      .sort()
      .map((f) => [f, paginas(join(pdf, f))]),
  );
  // Before print setup: rapport 27, rapport-dw 11, the templates 26-27 pages (LibreOffice 7, A4).
  expect(aantallen).toEqual({
    'dw-voorbeeld.pdf': expect.any(Number) as number,
    'leeg.pdf': expect.any(Number) as number,
    'rapport-dw.pdf': expect.any(Number) as number,
    'rapport.pdf': expect.any(Number) as number,
    'sp-voorbeeld.pdf': expect.any(Number) as number,
  });
  for (const [f, n] of Object.entries(aantallen)) {
    expect([f, n > 0]).toEqual([f, true]);
    expect([f, n <= (f.startsWith('rapport') ? 5 : 10)]).toEqual([f, true]);
  }
});
