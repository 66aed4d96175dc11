/** The one way a function's call is shown: in the task pane, the help page, `cofin calc --list` and the docs. */
import { argumenten, findFunction, signatuur, voorbeeldFormule, type FunctionSpec } from '../../core';

function spec(name: string): FunctionSpec {
  const f = findFunction(name);
  if (f === undefined) throw new Error(`no function ${name}`);
  return f;
}

test.each([
  ['MAX', '=COFIN.MAX(kosten; regeling)'],
  ['ADVIES', '=COFIN.ADVIES(uren; regeling; [tarief])'],
  ['EINDDATUM', '=COFIN.EINDDATUM(beschikkingsdatum; regeling; [verlenging]; [tijdvak])'],
  ['WML', '=COFIN.WML(datum; leeftijd)'],
])('signatuur of %s', (name, expected) => {
  expect(signatuur(spec(name))).toBe(expected);
});

test.each([
  [
    'VASTSTELLING',
    ' ',
    'verleend kosten regeling [beoogdeDeelnemers] [gerealiseerdeDeelnemers] [lezing] [planBeoogd] [planGerealiseerd]',
  ],
  [
    'VASTSTELLING',
    '; ',
    'verleend; kosten; regeling; [beoogdeDeelnemers]; [gerealiseerdeDeelnemers]; [lezing]; [planBeoogd]; [planGerealiseerd]',
  ],
  ['REALISATIE', ', ', 'gerealiseerd, beoogd'],
])('argumenten of %s joined by %j', (name, separator, expected) => {
  expect(argumenten(spec(name), separator)).toBe(expected);
});

test.each([
  ['INDIRECT', ['1245313', 'dwsra-2016'], '=COFIN.INDIRECT(1245313; "dwsra-2016")'],
  ['MAX', ['186796.95', 'sectorplannen-2013'], '=COFIN.MAX(186796,95; "sectorplannen-2013")'],
])('voorbeeldFormule of %s %j', (name, args, expected) => {
  expect(voorbeeldFormule(spec(name), args)).toBe(expected);
});
