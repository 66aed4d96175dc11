/**
 * Type tests of the money types, as dinero.js has them: every `@ts-expect-error` line below is an illegal
 * combination that must not compile. `npm run typecheck` compiles this file, and fails on any such line that does
 * compile (an unused `@ts-expect-error` is an error). The runtime tests pin the legal, cast-free paths.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { D, REGELINGEN, bedrag, formatEuro, formatProcent, roundDown, type Bedrag, type Dec } from '../../core';
import {
  aantalVan,
  deel,
  fractie,
  maal,
  minOf,
  som,
  totaal,
  verhouding,
  verschil,
  type Aantal,
  type Fractie,
} from '../../core/money';

/** Never called: it exists to be compiled. */
function illegal(b: Bedrag, f: Fractie, n: Aantal, d: Dec): void {
  // @ts-expect-error -- Decimal's own arithmetic is not on a Bedrag: `a.plus(0.1)` cannot bypass the type.
  const _plus: keyof Bedrag = 'plus';
  // @ts-expect-error -- nor multiplication,
  const _times: keyof Bedrag = 'times';
  // @ts-expect-error -- nor division,
  const _dividedBy: keyof Bedrag = 'dividedBy';
  // @ts-expect-error -- nor unnamed rounding: rounding goes through roundDown.
  const _toDecimalPlaces: keyof Bedrag = 'toDecimalPlaces';
  // @ts-expect-error -- a ratio has no arithmetic of its own either,
  const _fPlus: keyof Fractie = 'plus';
  // @ts-expect-error -- nor a count.
  const _nTimes: keyof Aantal = 'times';

  // @ts-expect-error -- a JS number is not an amount.
  const _number: Bedrag = 5;
  // @ts-expect-error -- a raw Decimal is not an amount,
  const _decimal: Bedrag = d;
  // @ts-expect-error -- nor the result of raw Decimal arithmetic.
  const _sum: Bedrag = d.plus(1);
  // @ts-expect-error -- bedrag() reads decimal text or takes a decimal, never a float.
  const _float = bedrag(0.1);
  // @ts-expect-error -- and a Bedrag is not a Decimal value, so Decimal code cannot take it in.
  const _asDecimal = new D(b);

  // @ts-expect-error -- a count is not an amount,
  const _countAsAmount: Bedrag = n;
  // @ts-expect-error -- nor an amount a count,
  const _amountAsCount: Aantal = b;
  // @ts-expect-error -- nor an amount a rate.
  const _amountAsRate: Fractie = b;
  // @ts-expect-error -- Bedrag + Aantal has no meaning,
  const _plusCount = som(b, n);
  // @ts-expect-error -- nor Bedrag + Fractie,
  const _plusRate = som(b, f);
  // @ts-expect-error -- nor Aantal - Bedrag.
  const _minusAmount = verschil(n, b);
  // @ts-expect-error -- Bedrag x Bedrag is not an amount.
  const _square = maal(b, b);
  // @ts-expect-error -- a Bedrag passed where a rate is expected.
  const _amountRate = maal(n, b);
  // @ts-expect-error -- dividing by an amount: a ratio of amounts is verhouding.
  const _perAmount = deel(b, b);
  // @ts-expect-error -- the ratio of an amount and a count.
  const _mixedRatio = verhouding(b, n);
  // @ts-expect-error -- comparing an amount with a count,
  const _lessThanCount = b.lessThan(n);
  // @ts-expect-error -- or with a JS number.
  const _greaterThanNumber = b.greaterThan(0);
  // @ts-expect-error -- the smaller of an amount and a rate.
  const _minMixed = minOf(b, f);
  // @ts-expect-error -- rounding to euros is for amounts.
  const _roundRate = roundDown(f, 'euro');
  // @ts-expect-error -- a percentage of an amount.
  const _procent = formatProcent(b);
  // @ts-expect-error -- euros of a count.
  const _euro = formatEuro(n);
  const regels = REGELINGEN['sectorplannen-2013'].regels;
  // @ts-expect-error -- participant counts are Aantal, never Bedrag,
  const _deelnemers = regels.vaststelling({ verleend: b, gerealiseerdeKosten: b, beoogdeDeelnemers: b });
  // @ts-expect-error -- and an amount is not the hours of ADVIES.
  const _uren = regels.advies(b);
}

test('the illegal combinations above are compile errors (npm run typecheck checks them)', () => {
  expect(illegal).toBeInstanceOf(Function);
});

describe('the legal paths need no cast', () => {
  test('constructors: text, a decimal, or a whole count', () => {
    const _text: Bedrag = bedrag('1250.50');
    const _rate: Fractie = fractie('0.6');
    const _count: Aantal = aantalVan(45);
    expect(bedrag(new D('0.1').plus('0.2')).toFixed()).toBe('0.3');
  });
  test('operations return their kind', () => {
    const b = bedrag('100');
    const f = fractie('0.5');
    const n = aantalVan(40);
    const _sum: Bedrag = som(b, b);
    const _share: Bedrag = maal(b, f);
    const _hours: Bedrag = maal(b, n);
    const _part: Aantal = maal(n, f);
    const _ratio: Fractie = verhouding(b, b);
    const _realisatie: Fractie = verhouding(n, n);
    const _total: Bedrag = totaal([b, b]);
    expect(maal(b, n).toFixed()).toBe('4000');
  });
  test('outside core/money.ts no code casts to a money type', () => {
    const root = resolve(__dirname, '../..');
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && relative(root, path) !== join('core', 'money.ts')) {
          const lines = readFileSync(path, 'utf8').split('\n');
          lines.forEach((line, i) => {
            if (/\bas\s+(unknown\s+as\s+)?(Bedrag|Fractie|Aantal)\b/.test(line))
              found.push(`${relative(root, path)}:${String(i + 1)}`);
          });
        }
      }
    };
    for (const dir of ['core', 'cli', 'addin', 'bench']) walk(join(root, dir));
    expect(found).toEqual([]);
  });
});
