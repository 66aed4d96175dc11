import { D, allocate, bedrag, bedragText, formatEuro, formatProcent, roundDown, type Bedrag } from '../../core';
import type DecimalJs from 'decimal.js';

describe('roundDown', () => {
  test.each([
    ['859265.97', 'euro', '859265'],
    ['859265.00', 'euro', '859265'],
    ['0.99', 'euro', '0'],
    ['186796.9599', 'cent', '186796.95'],
    ['0.009', 'cent', '0'],
  ] as const)('%s to %s = %s', (x, unit, expected) => {
    expect(roundDown(bedrag(x), unit).toFixed()).toBe(expected);
  });
});

describe('allocate (largest remainder, whole cents)', () => {
  const parts = (total: string, weights: string[]) =>
    allocate(
      bedrag(total),
      weights.map((w) => new D(w)),
    ).map((p) => p.toFixed(2));
  test.each([
    ['100.00', ['1', '1', '1'], ['33.34', '33.33', '33.33']],
    ['0.05', ['1', '1', '1'], ['0.02', '0.02', '0.01']],
    ['1000.00', ['3', '0', '1'], ['750.00', '0.00', '250.00']],
    ['859265.00', ['50', '30', '20'], ['429632.50', '257779.50', '171853.00']],
    ['10.00', ['0.5', '0.25', '0.25'], ['5.00', '2.50', '2.50']],
  ])('%s over %j', (total, weights, expected) => {
    expect(parts(total, weights)).toEqual(expected);
  });
  test('parts always add up to the total exactly', () => {
    const out = allocate(
      bedrag('1999965.00'),
      ['7', '11', '13', '17'].map((w) => new D(w)),
    );
    expect(out.reduce((a: Bedrag, b) => a.plus(b) as Bedrag, bedrag('0')).toFixed(2)).toBe('1999965.00');
  });
  test.each([
    ['no weights', '10', []],
    ['all zero', '10', ['0', '0']],
    ['a negative weight', '10', ['1', '-1']],
    ['fractions of a cent', '10.001', ['1']],
  ])('refuses %s', (_label, total, weights) => {
    expect(() =>
      allocate(
        bedrag(total),
        weights.map((w) => new D(w)),
      ),
    ).toThrow(RangeError);
  });
});

describe('formatting for messages and files', () => {
  test.each([
    ['859265', '€ 859.265'],
    ['1432109.95', '€ 1.432.109,95'],
    ['0', '€ 0'],
    ['-1250.5', '-€ 1.250,50'],
  ])('formatEuro %s', (x, expected) => {
    expect(formatEuro(bedrag(x))).toBe(expected);
  });
  test.each([
    ['0.6', '60%'],
    ['0.5999', '59,9%'],
    ['0.755', '75,5%'],
  ])('formatProcent %s', (x, expected) => {
    expect(formatProcent(new D(x))).toBe(expected);
  });
  test.each([
    ['859265', '859265'],
    ['186796.95', '186796.95'],
    ['1065.3', '1065.30'],
    ['1e21', '1000000000000000000000'],
    ['0.0015', '0.0015'],
  ])('bedragText %s', (x, expected) => {
    expect(bedragText(bedrag(x))).toBe(expected);
  });
});

describe('the library constructor is its own', () => {
  test('changing the global Decimal settings does not change cofin', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Global = require('decimal.js') as typeof DecimalJs;
    const saved = Global.precision;
    Global.set({ precision: 5 });
    try {
      expect(bedrag('1245313').times('0.69').toFixed()).toBe('859265.97');
    } finally {
      Global.set({ precision: saved });
    }
  });
});
