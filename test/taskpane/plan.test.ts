/** The write plan both gateways apply: the cell boundary, names, choice-list sources, style runs. */
import { templateModel, type WerkboekModel } from '../../core';
import { GatewayError } from '../../addin/office/gateway';
import { cellInput, planModel, resolveNames, sheetRef } from '../../addin/office/plan';

test.each([
  [{ soort: 'tekst', tekst: '=SOM(A1)' }, "'=SOM(A1)"],
  [{ soort: 'tekst', tekst: '' }, ''],
  [{ soort: 'getal', getal: '1234.56' }, 1234.56],
  [{ soort: 'datum', datum: '2017-01-01' }, 42736],
  [{ soort: 'waarheid', waarde: false }, false],
  [{ soort: 'leeg' }, null],
] as const)('cellInput(%j) = %j', (waarde, expected) => {
  expect(cellInput(waarde as Parameters<typeof cellInput>[0])).toBe(expected);
});

test.each([
  ['Keuzelijsten', 'Keuzelijsten'],
  ['Toelichting (2)', "'Toelichting (2)'"],
  ["O'Brien", "'O''Brien'"],
  ['AB12', "'AB12'"],
])('sheetRef(%s) = %s', (name, expected) => {
  expect(sheetRef(name)).toBe(expected);
});

test('rename: free sheet names (at most 31 characters) and table names, case-insensitively', () => {
  const model: WerkboekModel = {
    titel: 't',
    bladen: [
      {
        naam: 'Voortgang',
        kolombreedtes: [],
        cellen: [],
        validaties: [],
        tabellen: [
          { naam: 'Voortgang', row: 1, col: 1, koppen: ['a'], rijen: [[{ soort: 'leeg' }]], numFmts: [undefined] },
        ],
      },
      { naam: 'Een heel lange naam van dertig', kolombreedtes: [], cellen: [], validaties: [], tabellen: [] },
    ],
  };
  const names = resolveNames(
    model,
    { sheets: ['voortgang', 'Voortgang (2)', 'Een heel lange naam van dertig'], tables: ['VOORTGANG'] },
    'rename',
  );
  expect([...names.sheets.values()]).toEqual(['Voortgang (3)', 'Een heel lange naam van der (2)']);
  expect([...names.tables.values()]).toEqual(['Voortgang_2']);
});

test('refuse names every clash in Dutch', () => {
  expect(() =>
    resolveNames(templateModel('dwsra-2016'), { sheets: ['Plan', 'Kosten'], tables: ['Realisatie'] }, 'refuse'),
  ).toThrow(
    new GatewayError(
      "Deze werkmap heeft al de bladen 'Plan', 'Kosten' en de tabel 'Realisatie'. cofin overschrijft nooit een bestaand blad: voeg de begroting in een nieuwe, lege werkmap in, of hernoem of verwijder eerst wat er al staat.",
    ),
  );
});

test('a renamed Keuzelijsten sheet is what the choice lists point at', () => {
  const plan = planModel(
    templateModel('dwsra-2016'),
    { sheets: ['Keuzelijsten'], tables: [] },
    { onConflict: 'rename' },
  );
  const maatregelen = plan.sheets.find((s) => s.name === 'Maatregelen');
  expect(maatregelen?.validations.find((v) => v.bereik === 'C5:C1004')).toEqual(
    expect.objectContaining({ soort: 'lijst', bron: "'Keuzelijsten (2)'!$C$2:$C$7" }),
  );
});

test('one block per sheet, styles merged into runs, a chart on a sheet that is not inserted is refused', () => {
  const plan = planModel(templateModel('dwsra-2016'), { sheets: [], tables: [] }, { onConflict: 'refuse' });
  const keuzes = plan.sheets.find((s) => s.name === 'Keuzelijsten');
  // Seven lists of two columns (code, label); the seventh, Doelgroep (h/portfolio), in M:N.
  expect(keuzes?.block?.range).toBe('A1:N9');
  expect(keuzes?.styles).toEqual([{ range: 'A1:N1', opmaak: 'kop' }]);
  expect(plan.sheets.find((s) => s.name === 'Plan')?.tables).toEqual([{ name: 'Plan', range: 'A4:C16' }]);
  expect(() =>
    planModel(
      templateModel('dwsra-2016'),
      { sheets: [], tables: [] },
      {
        onConflict: 'refuse',
        charts: [{ sheet: 'Elders', title: 'x', series: 'A1:B2', categories: 'A2', from: 'A5', to: 'B9' }],
      },
    ),
  ).toThrow("De grafiek 'x' hoort bij een blad 'Elders' dat niet wordt ingevoegd.");
});
