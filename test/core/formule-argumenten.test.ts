/** Issue 14 defect 13: the arguments of a saved COFIN formula are split between arguments, never inside a constant. */
import { rekenFormuleNa, type Cel, type Werkboek } from '../../core';

const cel = (address: string, row: number, value: Cel['value']): [string, Cel] => [
  address,
  { sheet: 'Plan', address, row, col: 2, value },
];
const werkboek: Werkboek = { sheets: [{ name: 'Plan', cells: new Map([cel('B2', 2, 1245313)]) }], tables: [] };

test.each([
  ['=COFIN.MAX({1,2;3,4},"dwsra-2016")', '{1,2;3,4}'],
  ['=COFIN.MAX({1245313,2},"dwsra-2016")', '{1245313,2}'],
  ['=COFIN.MAX({"a,b";"c"},"dwsra-2016")', '{"a,b";"c"}'],
])('%s: the array constant is one argument, named whole in the reason', (formula, constante) => {
  expect(rekenFormuleNa(formula, 'Plan', werkboek)).toEqual({
    soort: 'niet-na-te-rekenen',
    formule: formula,
    reden: `het argument ${constante} is geen getal, tekst of enkele cel van deze werkmap.`,
  });
});

test('a comma inside a text argument and outside braces still splits as before', () => {
  const u = rekenFormuleNa('=COFIN.MAX(B2,"dwsra-2016")', 'Plan', werkboek);
  expect(u.soort).toBe('waarde');
  const tekst = rekenFormuleNa('=COFIN.MAX("1,245,313","dwsra-2016")', 'Plan', werkboek);
  if (tekst.soort !== 'waarde' || tekst.waarde.kind !== 'bedrag') throw new Error('een bedrag verwacht');
  expect(tekst.waarde.value.toFixed()).toBe('859265');
});

test.each(['=COFIN.MAX({1,2,"dwsra-2016")', '=COFIN.MAX(1},"dwsra-2016")'])(
  '%s: an unbalanced brace is not split at all',
  (formula) => {
    expect(rekenFormuleNa(formula, 'Plan', werkboek)).toEqual({
      soort: 'niet-na-te-rekenen',
      formule: formula,
      reden: 'de argumenten bevatten zelf een formule; cofin rekent alleen getallen, tekst en losse cellen na.',
    });
  },
);
