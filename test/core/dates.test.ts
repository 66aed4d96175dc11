import {
  addMonths,
  daysBetween,
  fromExcelSerial,
  leeftijdOp,
  parseIsoDatum,
  toExcelSerial,
  wholeMonthsBetween,
  type Datum,
} from '../../core';

const d = (s: string) => s as Datum;

describe('addMonths clamps to the end of the month', () => {
  test.each([
    ['2014-01-31', 1, '2014-02-28'],
    ['2016-01-31', 1, '2016-02-29'],
    ['2013-08-31', 30, '2016-02-29'],
    ['2014-01-15', 24, '2016-01-15'],
    ['2014-12-15', 1, '2015-01-15'],
    ['2014-03-31', -1, '2014-02-28'],
  ] as const)('%s + %i months = %s', (from, n, expected) => {
    expect(addMonths(d(from), n)).toBe(expected);
  });
});

describe('Excel serial numbers (1900 system)', () => {
  test.each([
    [61, '1900-03-01'],
    [41640, '2014-01-01'],
    [42736, '2017-01-01'],
    [43465, '2018-12-31'],
    [2958465, '9999-12-31'],
  ] as const)('serial %i = %s and back', (serial, iso) => {
    expect(fromExcelSerial(serial)).toBe(iso);
    expect(toExcelSerial(d(iso))).toBe(serial);
  });
  test.each([0, 1, 60, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('serial %d is refused', (serial) => {
    expect(fromExcelSerial(serial)).toBeUndefined();
  });
  test('a time of day is dropped', () => {
    expect(fromExcelSerial(41640.99)).toBe('2014-01-01');
  });
});

describe('parsing and counting', () => {
  test.each(['2015-02-29', '2014-13-01', '2014-00-10', '14-01-2014', '2014-1-1', ''])('%j is not a date', (s) => {
    expect(parseIsoDatum(s)).toBeUndefined();
  });
  test('2016-02-29 is a date', () => {
    expect(parseIsoDatum('2016-02-29')).toBe('2016-02-29');
  });
  test.each([
    ['1996-03-15', '2014-03-14', 17],
    ['1996-03-15', '2014-03-15', 18],
    ['1996-02-29', '2014-02-28', 17],
    ['1996-02-29', '2014-03-01', 18],
  ] as const)('born %s, on %s aged %i', (born, on, age) => {
    expect(leeftijdOp(d(born), d(on))).toBe(age);
  });
  test.each([
    ['2014-01-15', '2014-03-14', 1],
    ['2014-01-15', '2014-03-15', 2],
    ['2014-01-31', '2014-02-28', 1],
  ] as const)('whole months %s .. %s = %i', (a, b, n) => {
    expect(wholeMonthsBetween(d(a), d(b))).toBe(n);
  });
  test('days between spans leap years', () => {
    expect(daysBetween(d('2016-01-01'), d('2017-01-01'))).toBe(366);
  });
});
