/** `rekenFormuleNa`: one saved COFIN formula recomputed with the function registry (the pane's "Waarom deze fout?"). */
import { REGELINGEN, rekenFormuleNa, type Cel, type Werkboek } from '../../core';

const cel = (address: string, row: number, value: Cel['value']): [string, Cel] => [
  address,
  { sheet: 'Plan', address, row, col: 2, value },
];
const werkboek: Werkboek = {
  sheets: [{ name: 'Plan', cells: new Map([cel('B2', 2, 1245313), cel('B3', 3, -5), cel('B4', 4, '#WAARDE!')]) }],
  tables: [],
};

test('a formula over a cell of the workbook gives the registry value (the documented MAX example)', () => {
  const u = rekenFormuleNa('=COFIN.MAX(B2,"dwsra-2016")', 'Plan', werkboek);
  if (u.soort !== 'waarde' || u.waarde.kind !== 'bedrag') throw new Error('een bedrag verwacht');
  expect([u.functie.name, u.waarde.value.toFixed()]).toEqual(['MAX', '859265']);
});

test('a refused argument: the reason, the argument and the regeling article in full', () => {
  const u = rekenFormuleNa('_xldudf_COFIN_MAX(Plan!B3,"dwsra-2016")', 'Plan', werkboek);
  if (u.soort !== 'weigering') throw new Error(`weigering verwacht, kreeg ${u.soort}`);
  expect([u.formule, u.finding.code, u.finding.location.path, u.finding.message, u.artikel]).toEqual([
    '=COFIN.MAX(Plan!B3,"dwsra-2016")',
    'argument-negatief',
    'kosten',
    'kosten mag niet negatief zijn (-5).',
    REGELINGEN['dwsra-2016'].vindplaats,
  ]);
});

test.each([
  ['=COFIN.MAX(B4,"dwsra-2016")', 'de cel B4 bevat de foutwaarde #WAARDE!.'],
  [
    '=1+COFIN.MAX(B2,"dwsra-2016")',
    'de COFIN-functie staat binnen een grotere formule; cofin rekent alleen een losse COFIN-functie na.',
  ],
  ['=COFIN.BESTAATNIET(1)', 'cofin kent de functie COFIN.BESTAATNIET niet.'],
])('%s cannot be recomputed: %s', (formula, reden) => {
  expect(rekenFormuleNa(formula, 'Plan', werkboek)).toEqual({ soort: 'niet-na-te-rekenen', formule: formula, reden });
});

test('a formula without COFIN is not ours', () => {
  expect(rekenFormuleNa('=SUM(B2:B3)', 'Plan', werkboek)).toEqual({ soort: 'geen-cofin' });
});
