/**
 * Excel's limits at the task pane's write seam: the Office.js gateway writes a model into the fake Excel object model
 * (addin/demo/office-host.ts), which refuses what Excel refuses (a sheet name with ':' or over 31 characters, text
 * over 32,767 characters, a formula over 8,192, a cell outside the grid). The pane applies the same rules as the
 * command line's writer (core's begrensModel and geldigeBladnaam): text cut with the visible mark, sheet names made
 * valid and unique, a formula too long written as its value, rows past the last one left out and counted.
 */
import type { ModelBlad, WerkboekModel } from '../../core';
import { OfficeGateway } from '../../addin/office/excel-gateway';
import { GatewayError } from '../../addin/office/gateway';
import { MemoryWorkbook } from '../../addin/office/memory-gateway';
import { fakeHost, install, type FakeHost } from '../../addin/demo/office-host';

let host: FakeHost;

function useHost(store: MemoryWorkbook): OfficeGateway {
  host = fakeHost(store);
  install(globalThis, host);
  return new OfficeGateway();
}

afterEach(() => {
  for (const name of ['Excel', 'Office', 'CustomFunctions']) Reflect.deleteProperty(globalThis, name);
});

const tekst = (t: string) => ({ soort: 'tekst' as const, tekst: t });
const blad = (naam: string, rest: Partial<ModelBlad> = {}): ModelBlad => ({
  naam,
  kolombreedtes: [10],
  cellen: [],
  tabellen: [],
  validaties: [],
  ...rest,
});

/** 40 characters, one of them ':'. */
const LANGE_NAAM = 'Signalen: toelichting per maatregel 2016';
/** ':' replaced by '_', cut at 31 characters. */
const GELDIGE_NAAM = 'Signalen_ toelichting per maatr';
/** 40,000 characters cut to 32,767: 32,740 of the text, then the 27 characters of the mark. */
const OMSCHRIJVING = 'o'.repeat(40_000);
const INGEKORT = `${'o'.repeat(32_740)}… [ingekort: 40.000 tekens]`;

test('the fixed values of the test are what Excel takes', () => {
  expect(LANGE_NAAM).toHaveLength(40);
  expect(GELDIGE_NAAM).toHaveLength(31);
  expect(INGEKORT).toHaveLength(32_767);
});

describe('applyModel writes within Excel limits', () => {
  const model: WerkboekModel = {
    titel: 'Grenzen',
    bladen: [
      blad(LANGE_NAAM, {
        cellen: [
          { row: 1, col: 1, waarde: tekst(OMSCHRIJVING) },
          { row: 2, col: 1, waarde: { soort: 'getal', getal: '5' }, formule: `5+${'0+'.repeat(4_500)}0` },
          { row: 3, col: 1, waarde: { soort: 'getal', getal: '2' }, formule: '1+1' },
        ],
        tabellen: [
          {
            naam: 'Maatregelen',
            row: 5,
            col: 1,
            koppen: ['Maatregel', 'Omschrijving'],
            rijen: [[tekst('A1'), tekst(OMSCHRIJVING)]],
            numFmts: [undefined, undefined],
          },
        ],
      }),
    ],
  };

  test('a 40,000-character omschrijving is cut with the mark, a sheet name with ":" and 40 characters made valid', async () => {
    const gateway = useHost(new MemoryWorkbook(['Blad1']));
    const result = await gateway.applyModel(model, { onConflict: 'refuse' });
    expect([...result.sheets]).toEqual([[LANGE_NAAM, GELDIGE_NAAM]]);
    const store = host.store;
    expect(store.sheets.map((s) => s.name)).toEqual(['Blad1', GELDIGE_NAAM]);
    expect(store.cell(GELDIGE_NAAM, 'A1')?.value).toBe(INGEKORT);
    expect(store.cell(GELDIGE_NAAM, 'B6')?.value).toBe(INGEKORT);
    expect(store.cell(GELDIGE_NAAM, 'A6')?.value).toBe('A1');
    expect(store.tables.map((t) => [t.name, t.sheet, t.range])).toEqual([['Maatregelen', GELDIGE_NAAM, 'A5:B6']]);
  });

  test('a formula over 8,192 characters is written as its value; one within the limit stays a formula', async () => {
    const gateway = useHost(new MemoryWorkbook(['Blad1']));
    await gateway.applyModel(model, { onConflict: 'refuse' });
    expect(host.store.cell(GELDIGE_NAAM, 'A2')).toEqual({ value: 5 });
    expect(host.store.cell(GELDIGE_NAAM, 'A3')).toEqual({ value: null, formula: '=1+1' });
  });

  test("under 'rename' a valid name that is taken gets ' (2)' within 31 characters", async () => {
    const gateway = useHost(new MemoryWorkbook(['Blad1', GELDIGE_NAAM]));
    const result = await gateway.applyModel(model, { onConflict: 'rename' });
    expect(result.sheets.get(LANGE_NAAM)).toBe('Signalen_ toelichting per m (2)');
    expect(host.store.cell('Signalen_ toelichting per m (2)', 'A1')?.value).toBe(INGEKORT);
  });

  test("under 'refuse' a clash of the valid name is refused, naming the sheet as it would be written", async () => {
    const gateway = useHost(new MemoryWorkbook(['Blad1', GELDIGE_NAAM.toUpperCase()]));
    await expect(gateway.applyModel(model, { onConflict: 'refuse' })).rejects.toThrow(
      new GatewayError(
        `Deze werkmap heeft al het blad '${GELDIGE_NAAM}'. cofin overschrijft nooit een bestaand blad: voeg de begroting in een nieuwe, lege werkmap in, of hernoem of verwijder eerst wat er al staat.`,
      ),
    );
    expect(host.store.sheets).toHaveLength(2);
  });

  test('two model sheets alike in their first 31 characters get distinct names', async () => {
    const gateway = useHost(new MemoryWorkbook(['Blad1']));
    const result = await gateway.applyModel(
      { titel: 'Twee', bladen: [blad(`${LANGE_NAAM} a`), blad(`${LANGE_NAAM} b`)] },
      { onConflict: 'refuse' },
    );
    expect([...result.sheets.values()]).toEqual([GELDIGE_NAAM, 'Signalen_ toelichting per m (2)']);
  });

  test('a cell past the last row is left out and the last row says so', async () => {
    const gateway = useHost(new MemoryWorkbook(['Blad1']));
    await gateway.applyModel(
      {
        titel: 'Onderaan',
        bladen: [
          blad('Onderaan', {
            cellen: [
              { row: 1_048_575, col: 1, waarde: tekst('past nog') },
              { row: 1_048_578, col: 1, waarde: tekst('onder het blad') },
            ],
          }),
        ],
      },
      { onConflict: 'refuse' },
    );
    const s = host.store.sheet('Onderaan');
    expect([...(s?.cells ?? new Map<string, { value: unknown }>())].map(([k, c]) => [k, c.value] as const)).toEqual([
      ['A1048575', 'past nog'],
      ['A1048576', '… [ingekort: 1 rij weggelaten; Excel toont ten hoogste 1.048.576 rijen]'],
    ]);
  });
});

describe('the fake refuses what Excel refuses, so the seam is what keeps the writes valid', () => {
  test.each<[string, string, string | number]>([
    ['a name with ":"', 'a:b', 'x'],
    ['a name of 40 characters', LANGE_NAAM.replace(':', ' '), 'x'],
  ])('worksheets.add with %s fails', async (_wat, naam) => {
    useHost(new MemoryWorkbook(['Blad1']));
    const run = host.Excel.run(async (context) => {
      const ctx = context as { workbook: { worksheets: { add(n: string): unknown } }; sync(): Promise<void> };
      ctx.workbook.worksheets.add(naam);
      await ctx.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test.each<[string, string]>([
    ['text of 32,768 characters', `'${'x'.repeat(32_768)}`],
    ['a formula of 8,193 characters', `=${'1'.repeat(8_193)}`],
  ])('range.formulas with %s fails', async (_wat, invoer) => {
    useHost(new MemoryWorkbook(['Blad1']));
    const run = host.Excel.run(async (context) => {
      const ctx = context as {
        workbook: { worksheets: { getItem(n: string): { getRange(a: string): { formulas: unknown[][] } } } };
        sync(): Promise<void>;
      };
      ctx.workbook.worksheets.getItem('Blad1').getRange('A1').formulas = [[invoer]];
      await ctx.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('text of exactly 32,767 characters and a formula of exactly 8,192 are taken', () => {
    const store = new MemoryWorkbook(['Blad1']);
    store.type('Blad1', 'A1', `'${'x'.repeat(32_767)}`);
    store.type('Blad1', 'A2', `=${'1'.repeat(8_192)}`);
    expect(store.cell('Blad1', 'A1')?.value).toHaveLength(32_767);
    expect(store.cell('Blad1', 'A2')?.formula).toHaveLength(8_193);
  });
});
