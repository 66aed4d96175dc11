/** The WML table's lookup rules; the published amounts themselves are golden files (test/golden/wml). */
import { wmlPerMaand, type Datum } from '../../core';

const amount = (datum: string, age: number): string => {
  const r = wmlPerMaand(datum as Datum, age);
  if (!r.ok) throw new Error(r.reden);
  return r.bedrag.toFixed(2);
};

// The published monthly amounts per half year and age are golden case files: test/golden/wml/*.json.
describe('the WML table', () => {
  test('the amount in force is the latest half year on or before the date', () => {
    expect(amount('2014-06-30', 30)).toBe('1485.60');
  });
  test('outside 2013-2019 and under 15 there is no amount', () => {
    expect(wmlPerMaand('2012-12-31' as Datum, 30).ok).toBe(false);
    expect(wmlPerMaand('2020-01-01' as Datum, 30).ok).toBe(false);
    expect(wmlPerMaand('2015-01-01' as Datum, 14)).toMatchObject({ ok: false, reden: 'te-jong' });
  });
});
