import { D, allocate, bedrag, bedragText, formatEuro, formatProcent, roundDown } from '../../core';
import {
  GEEN,
  HEEL,
  ZERO,
  aantalVan,
  decimaal,
  deel,
  fractie,
  fractieText,
  heelAantalOmlaag,
  maal,
  maxOf,
  minOf,
  roundToMultiple,
  som,
  toCellNumber,
  totaal,
  verhouding,
  verschil,
} from '../../core/money';
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
    expect(totaal(out).toFixed(2)).toBe('1999965.00');
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

describe('the named operations are exact (values worked by hand)', () => {
  test('som: 0.1 + 0.2 is 0.3 exactly', () => {
    expect(som(bedrag('0.1'), bedrag('0.2')).equals(bedrag('0.3'))).toBe(true);
    expect(som(bedrag('0.1'), bedrag('0.2')).toFixed()).toBe('0.3');
  });
  test('totaal: the sum of many, 0 for none', () => {
    expect(totaal([bedrag('0.1'), bedrag('0.2'), bedrag('0.3')]).toFixed()).toBe('0.6');
    expect(totaal([]).equals(ZERO)).toBe(true);
  });
  test('verschil: may be negative', () => {
    expect(verschil(bedrag('100'), bedrag('100.01')).toFixed()).toBe('-0.01');
    expect(verschil(bedrag('1432109.95'), bedrag('859265')).toFixed()).toBe('572844.95');
  });
  test.each([
    ['1245313', '0.69', '859265.97'],
    ['1432109.95', '0.6', '859265.97'],
    ['3000', '1.32', '3960'],
    ['0.01', '0.5', '0.005'],
  ])('maal: %s x %s = %s, unrounded', (b, f, expected) => {
    expect(maal(bedrag(b), fractie(f)).toFixed()).toBe(expected);
  });
  test('maal: a tarief times hours is an amount; a count times a rate is a count', () => {
    expect(maal(bedrag('125'), aantalVan('40')).toFixed()).toBe('5000');
    expect(maal(bedrag('95'), aantalVan('7.5')).toFixed()).toBe('712.5');
    expect(maal(aantalVan(100), fractie('0.6')).toFixed()).toBe('60');
  });
  test('deel: to 40 significant digits, rounded only when asked', () => {
    expect(deel(bedrag('1000'), fractie('0.5')).toFixed()).toBe('2000');
    expect(deel(bedrag('1'), fractie('0.3')).toFixed()).toBe('3.' + '3'.repeat(39));
    expect(roundDown(deel(bedrag('1'), fractie('0.3')), 'cent').toFixed()).toBe('3.33');
    expect(heelAantalOmlaag(deel(aantalVan(10), fractie('0.3')))).toBe(33);
    expect(() => deel(bedrag('1'), GEEN)).toThrow(RangeError);
  });
  test('verhouding: a ratio of two amounts or two counts', () => {
    expect(verhouding(bedrag('45'), bedrag('75')).toFixed()).toBe('0.6');
    expect(verhouding(aantalVan(45), aantalVan(75)).equals(fractie('0.6'))).toBe(true);
    expect(verhouding(aantalVan(365), aantalVan(730)).toFixed()).toBe('0.5');
    expect(() => verhouding(bedrag('1'), ZERO)).toThrow(RangeError);
  });
  test('minOf and maxOf keep their kind', () => {
    expect(minOf(bedrag('2000000'), bedrag('1999965')).toFixed()).toBe('1999965');
    expect(maxOf(bedrag('-5'), ZERO).equals(ZERO)).toBe(true);
    expect(minOf(fractie('1.2'), HEEL).equals(HEEL)).toBe(true);
  });
  test.each([
    ['1065.315', '1065.3'],
    ['1065.325', '1065.35'],
    ['0.024', '0'],
    ['0.025', '0.05'],
  ])('roundToMultiple of 5 cents, half up: %s -> %s', (x, expected) => {
    expect(roundToMultiple(bedrag(x), bedrag('0.05')).toFixed()).toBe(expected);
  });
  test('fractieText: rounded down or half up, no trailing zeros', () => {
    const tweeDerde = verhouding(aantalVan(2), aantalVan(3));
    expect(fractieText(tweeDerde, 6, 'omlaag')).toBe('0.666666');
    expect(fractieText(tweeDerde, 10, 'half-op')).toBe('0.6666666667');
    expect(fractieText(fractie('0.5'), 6, 'omlaag')).toBe('0.5');
  });
  test('aantalVan takes whole JS numbers only; decimal text may have a fraction', () => {
    expect(aantalVan('7.5').toFixed()).toBe('7.5');
    expect(() => aantalVan(1.5)).toThrow(RangeError);
  });
  test('allocate splits by amounts too', () => {
    expect(allocate(bedrag('100.00'), [bedrag('1'), bedrag('2')]).map((p) => p.toFixed(2))).toEqual(['33.33', '66.67']);
  });
  test('at the boundary: the decimal and the cell number', () => {
    expect(decimaal(bedrag('1065.30')).equals(new D('1065.3'))).toBe(true);
    expect(toCellNumber(bedrag('1065.30'))).toBe(1065.3);
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
    expect(formatProcent(fractie(x))).toBe(expected);
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
      expect(maal(bedrag('1245313'), fractie('0.69')).toFixed()).toBe('859265.97');
    } finally {
      Global.set({ precision: saved });
    }
  });
});
