/** The presentation text shared by the faces, and the Voortgang table's columns by key. */
import {
  VOORTGANG_KOLOMMEN,
  aantal,
  celVerwijzing,
  ernstTelling,
  finding,
  plaatsTekst,
  type Finding,
} from '../../core';
import { VOORTGANG_KOPPEN, voortgangKolom } from '../../core/rapport/model';

const f = (severity: Finding['severity']): Finding =>
  finding('invoer-ongeldig', { location: 'x', article: 'bron', severity, params: { veld: 'x', reden: 'r' } });

test.each([
  [[], '0 fouten, 0 waarschuwingen, 0 info'],
  [['fout'], '1 fout, 0 waarschuwingen, 0 info'],
  [['fout', 'fout', 'waarschuwing', 'info', 'info'], '2 fouten, 1 waarschuwing, 2 info'],
  [['waarschuwing', 'waarschuwing'], '0 fouten, 2 waarschuwingen, 0 info'],
] as const)('ernstTelling(%j) is %s', (ernsten, tekst) => {
  expect(ernstTelling(ernsten.map(f))).toBe(tekst);
});

test('counts in the pane leave info out when asked', () => {
  expect(ernstTelling([f('fout'), f('info')], ['fout', 'waarschuwing'])).toBe('1 fout, 0 waarschuwingen');
  expect([aantal(1, 'signaal', 'signalen'), aantal(0, 'signaal', 'signalen')]).toEqual(['1 signaal', '0 signalen']);
});

test.each([
  [{ path: 'plan.naam', sheet: 'Plan', cell: 'B7' }, 'Plan!B7', 'Plan!B7'],
  [{ path: 'p', sheet: "Jan's blad", cell: 'A1' }, "'Jan''s blad'!A1", "'Jan''s blad'!A1"],
  [{ path: 'kostenposten[3].bedrag' }, undefined, 'kostenposten[3].bedrag'],
  [{ path: '' }, undefined, '-'],
])('location %j: cell %s, place %s', (location, cel, plaats) => {
  expect(celVerwijzing(location)).toBe(cel);
  expect(plaatsTekst(location)).toBe(plaats);
});

test('the Voortgang columns are found by key', () => {
  expect(VOORTGANG_KOPPEN).toHaveLength(17);
  expect([
    VOORTGANG_KOLOMMEN.code,
    VOORTGANG_KOLOMMEN.beoogdeDeelnemers,
    VOORTGANG_KOLOMMEN.gerealiseerdeDeelnemers,
  ]).toEqual(['Code', 'Beoogde deelnemers', 'Gerealiseerde deelnemers']);
  expect(
    (
      [
        'code',
        'realisatieDeelnemers',
        'realisatieKosten',
        'signaal',
        'prognoseVaststelling',
        'prognoseVaststellingNaarRato',
      ] as const
    ).map((k) => voortgangKolom(k)),
  ).toEqual([1, 8, 11, 15, 16, 17]);
  expect(VOORTGANG_KOPPEN[voortgangKolom('signaal') - 1]).toBe('Signaal');
});
