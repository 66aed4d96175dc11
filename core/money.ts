/**
 * Exact money for cofin.
 *
 * Contract: every euro amount in core is a `Bedrag`, every rate or share a `Fractie`, every quantity that is not
 * money (persons, hours, months, days) an `Aantal`. All three are decimal.js values from the library's own
 * constructor `D` (cloned, so nobody else's global precision or rounding setting can change our results), but their
 * types are opaque: they expose only comparison with their own kind and text for output, so Decimal's own arithmetic
 * cannot bypass them. Arithmetic goes through the named operations below, whose signatures say which combinations
 * mean something (an amount times a rate is an amount; an amount plus a count does not compile). A value becomes a
 * `Bedrag`, `Fractie` or `Aantal` only here: through `bedrag`, `fractie`, `aantalVan`, or an operation's result.
 * Euros never pass through a JS `number` here; adapters convert at the cell or file boundary only.
 *
 * Rounding is always explicit and named: `roundDown(x, 'euro')` where a regeling prescribes whole euros,
 * `roundDown(x, 'cent')` for cost lines. Splitting an amount uses `allocate`, never division.
 */
import Decimal from 'decimal.js';

/** The library's decimal constructor: 40 significant digits is far beyond any euro amount with cents. */
export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  modulo: Decimal.ROUND_FLOOR,
});
export type Dec = InstanceType<typeof D>;

declare const bedragBrand: unique symbol;
declare const fractieBrand: unique symbol;
declare const aantalBrand: unique symbol;

/** What is safe to do with an opaque decimal of kind `Self` outside this module: compare it with its own kind, print it. */
interface Exact<Self> {
  isZero(): boolean;
  isNegative(): boolean;
  isInteger(): boolean;
  equals(other: Self): boolean;
  lessThan(other: Self): boolean;
  lessThanOrEqualTo(other: Self): boolean;
  greaterThan(other: Self): boolean;
  greaterThanOrEqualTo(other: Self): boolean;
  /** -1, 0 or 1. */
  comparedTo(other: Self): number;
  /** Plain notation, never an exponent; with `decimalPlaces`, rounded half up to that many places. */
  toFixed(decimalPlaces?: number): string;
  toString(): string;
}

/** An amount in euros (may carry cents or finer, until it is rounded). */
export interface Bedrag extends Exact<Bedrag> {
  readonly [bedragBrand]: true;
}
/** A ratio such as a rate (0.5) or a realisation (0.62). Not money: cannot be added to a Bedrag by type. */
export interface Fractie extends Exact<Fractie> {
  readonly [fractieBrand]: true;
}
/** A quantity that is not money: persons, hours, months, days (whole or not). Never passes for a Bedrag. */
export interface Aantal extends Exact<Aantal> {
  readonly [aantalBrand]: true;
}

/** The decimal behind an opaque value (the same object: the types are opaque, the values are plain decimals). */
const dec = (x: Bedrag | Fractie | Aantal): Dec => x as unknown as Dec;
const asBedrag = (x: Dec): Bedrag => x as unknown as Bedrag;
const asFractie = (x: Dec): Fractie => x as unknown as Fractie;
const asAantal = (x: Dec): Aantal => x as unknown as Aantal;

export const ZERO: Bedrag = asBedrag(new D(0));
/** The ratio 0 (nothing done) and 1 (all of it). */
export const GEEN: Fractie = asFractie(new D(0));
export const HEEL: Fractie = asFractie(new D(1));

/** Parses a decimal string such as '1245313' or '0.60' into an amount, or takes a decimal as one. Throws on malformed text (programmer error). */
export function bedrag(value: string | Dec): Bedrag {
  return asBedrag(new D(value));
}

/** Parses a decimal string such as '0.60' into a ratio, or takes a decimal as one. Throws on malformed text. */
export function fractie(value: string | Dec): Fractie {
  return asFractie(new D(value));
}

/** A quantity from decimal text, a decimal, or a JS number that is a safe integer (a count); other numbers throw. */
export function aantalVan(value: string | number | Dec): Aantal {
  if (typeof value === 'number' && !Number.isSafeInteger(value))
    throw new RangeError(`aantalVan: ${String(value)} is geen geheel aantal`);
  return asAantal(new D(value));
}

/** The exact sum a + b. */
export function som(a: Bedrag, b: Bedrag): Bedrag {
  return asBedrag(dec(a).plus(dec(b)));
}

/** The exact sum of all amounts (0 for none). */
export function totaal(amounts: Iterable<Bedrag>): Bedrag {
  let total: Dec = dec(ZERO);
  for (const a of amounts) total = total.plus(dec(a));
  return asBedrag(total);
}

/** The exact difference a - b (negative when b is the larger). */
export function verschil(a: Bedrag, b: Bedrag): Bedrag {
  return asBedrag(dec(a).minus(dec(b)));
}

/** The exact product, unrounded: an amount times a rate or a quantity (tarief x uren) is an amount; a quantity times a rate is a quantity. */
export function maal(amount: Bedrag, factor: Fractie | Aantal): Bedrag;
export function maal(quantity: Aantal, rate: Fractie): Aantal;
export function maal(x: Bedrag | Aantal, factor: Fractie | Aantal): Bedrag | Aantal {
  return dec(x).times(dec(factor)) as unknown as Bedrag | Aantal;
}

/** The quotient x / f at 40 significant digits (not rounded to cents): an amount or quantity at rate f scaled to the whole. Throws when f is 0. */
export function deel(amount: Bedrag, f: Fractie): Bedrag;
export function deel(quantity: Aantal, f: Fractie): Aantal;
export function deel(x: Bedrag | Aantal, f: Fractie): Bedrag | Aantal {
  if (f.isZero()) throw new RangeError('deel: deling door nul');
  return dec(x).dividedBy(dec(f)) as unknown as Bedrag | Aantal;
}

/** The ratio a / b of two amounts or two quantities at 40 significant digits. Throws when b is 0 (callers test it first). */
export function verhouding(a: Bedrag, b: Bedrag): Fractie;
export function verhouding(a: Aantal, b: Aantal): Fractie;
export function verhouding(a: Bedrag | Aantal, b: Bedrag | Aantal): Fractie {
  if (b.isZero()) throw new RangeError('verhouding: deling door nul');
  return asFractie(dec(a).dividedBy(dec(b)));
}

/** The smaller of two values of one kind (a when they are equal). */
export function minOf(a: Bedrag, b: Bedrag): Bedrag;
export function minOf(a: Fractie, b: Fractie): Fractie;
export function minOf<T extends Bedrag | Fractie>(a: T, b: T): T {
  return dec(a).lessThanOrEqualTo(dec(b)) ? a : b;
}

/** The larger of two values of one kind (a when they are equal). */
export function maxOf(a: Bedrag, b: Bedrag): Bedrag;
export function maxOf(a: Fractie, b: Fractie): Fractie;
export function maxOf<T extends Bedrag | Fractie>(a: T, b: T): T {
  return dec(a).greaterThanOrEqualTo(dec(b)) ? a : b;
}

export type Eenheid = 'euro' | 'cent';
const SCALE: Readonly<Record<Eenheid, number>> = { euro: 0, cent: 2 };

/**
 * Rounds toward zero to whole euros or cents. For the non-negative amounts of the regelingen this is rounding
 * down ("naar beneden afgerond"), the rule the DWSRA data support (rule book 3e).
 */
export function roundDown(amount: Bedrag, eenheid: Eenheid): Bedrag {
  return asBedrag(dec(amount).toDecimalPlaces(SCALE[eenheid], D.ROUND_DOWN));
}

/** Rounds half up to the nearest multiple of `stap` (0.05: the 5 cents of the minimumjeugdloon). `stap` must be positive. */
export function roundToMultiple(amount: Bedrag, stap: Bedrag): Bedrag {
  if (!dec(stap).isPositive() || stap.isZero()) throw new RangeError('roundToMultiple: stap moet positief zijn');
  return asBedrag(dec(amount).dividedBy(dec(stap)).toDecimalPlaces(0, D.ROUND_HALF_UP).times(dec(stap)));
}

/** The whole number of the quantity, rounded down, as a JS number (a count of persons: far below 2^53). */
export function heelAantalOmlaag(quantity: Aantal): number {
  return dec(quantity).floor().toNumber();
}

/** The plain decimal behind a value, for comparisons and conversions at a boundary; it is money again only through `bedrag`. */
export function decimaal(x: Bedrag | Fractie | Aantal): Dec {
  return dec(x);
}

/**
 * Text of a ratio at most `decimalen` places, rounded 'omlaag' (toward zero) or 'half-op', plain notation without
 * trailing zeros: 2/3 -> '0.666666' (6, omlaag) or '0.6666666667' (10, half-op).
 */
export function fractieText(ratio: Fractie, decimalen: number, afronding: 'omlaag' | 'half-op'): string {
  return dec(ratio)
    .toDecimalPlaces(decimalen, afronding === 'omlaag' ? D.ROUND_DOWN : D.ROUND_HALF_UP)
    .toFixed();
}

/** The nearest JS number, for an adapter writing a cell (Excel holds doubles); never used for arithmetic. */
export function toCellNumber(x: Bedrag | Fractie | Aantal): number {
  return dec(x).toNumber();
}

/** A weight of `allocate`: any non-negative decimal, amount, ratio or quantity; only the proportions count. */
export type Verdeelsleutel = Dec | Bedrag | Fractie | Aantal;

const decOf = (w: Verdeelsleutel): Dec => (w instanceof D ? w : dec(w));

/**
 * Splits `total` (whole cents) over `weights` in proportion, by the largest-remainder method: the parts are whole
 * cents, sum exactly to `total`, and ties go to the earlier weight. Weights must be non-negative and not all zero.
 */
export function allocate(total: Bedrag, weights: readonly Verdeelsleutel[]): Bedrag[] {
  if (weights.length === 0) throw new RangeError('allocate: geen verdeelsleutels');
  const cents = dec(total).times(100);
  if (!cents.isInteger()) throw new RangeError('allocate: totaal moet in hele centen zijn');
  let weightSum: Dec = new D(0);
  const ws = weights.map(decOf);
  for (const w of ws) {
    if (w.isNegative()) throw new RangeError('allocate: negatieve verdeelsleutel');
    weightSum = weightSum.plus(w);
  }
  if (weightSum.isZero()) throw new RangeError('allocate: alle verdeelsleutels zijn nul');
  const exact = ws.map((w) => cents.times(w).dividedBy(weightSum));
  const parts = exact.map((e) => e.floor());
  let remaining = cents.minus(parts.reduce((a, b) => a.plus(b), new D(0))).toNumber(); // a count of cents < weights.length
  const order = exact
    .map((e, i) => ({ i, rest: e.minus(e.floor()) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  for (const { i } of order) {
    if (remaining <= 0) break;
    parts[i] = (parts[i] as Dec).plus(1);
    remaining -= 1;
  }
  return parts.map((p) => asBedrag(p.dividedBy(100)));
}

/** Formats an amount the Dutch way for messages: '€ 1.245.313' or '€ 1.245.313,50'. */
export function formatEuro(amount: Bedrag): string {
  const negative = amount.isNegative();
  const c = heleCenten(amount);
  if (c !== undefined) {
    // Whole cents: the same text from the integer (test/core/centen.test.ts).
    const abs = c < 0 ? -c : c;
    const rest = abs % 100;
    const grouped = String((abs - rest) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return `${negative ? '-' : ''}€ ${grouped}${rest === 0 ? '' : ',' + (rest < 10 ? '0' : '') + String(rest)}`;
  }
  const abs = dec(amount).abs();
  const fixed = abs.isInteger() ? abs.toFixed(0) : abs.toFixed(2, D.ROUND_HALF_UP);
  const [whole, cents] = fixed.split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}€ ${grouped}${cents !== undefined ? ',' + cents : ''}`;
}

/** Formats a ratio as a Dutch percentage with at most one decimal, rounded down: 0.5999 -> '59,9%'. */
export function formatProcent(ratio: Fractie): string {
  const pct = dec(ratio).times(100).toDecimalPlaces(1, D.ROUND_DOWN);
  return `${pct.toFixed(pct.isInteger() ? 0 : 1).replace('.', ',')}%`;
}

/** Canonical text of an amount for files and the command line: '859265' or '1234.56' (never exponent notation). */
export function bedragText(amount: Bedrag): string {
  const c = heleCenten(amount);
  if (c !== undefined) {
    // Whole cents: the same text from the integer (test/core/centen.test.ts).
    const abs = c < 0 ? -c : c;
    const rest = abs % 100;
    const heel = `${c < 0 ? '-' : ''}${String((abs - rest) / 100)}`;
    return rest === 0 ? heel : `${heel}.${rest < 10 ? '0' : ''}${String(rest)}`;
  }
  const d = dec(amount);
  if (d.isInteger()) return d.toFixed(0);
  const twoPlaces = d.toDecimalPlaces(2);
  return twoPlaces.equals(d) ? d.toFixed(2) : d.toFixed();
}

/** The fields decimal.js documents for an instance: base-1e7 digit words `d`, decimal exponent `e`, sign `s`. */
interface DecimaalVelden {
  d: number[] | null;
  e: number;
  s: number;
}

/** The number of decimal digits of a positive integer below 10^7. */
function woordCijfers(n: number): number {
  let k = 1;
  for (let m = 10; k < 7 && n >= m; m *= 10) k += 1;
  return k;
}

/** 10^k for k = 0 .. 15, exact in a double. */
const MACHT = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15] as const;

/**
 * The whole cents of an amount as a safe integer, read from the digit words decimal.js documents (`d`, `e`, `s`: the
 * value is the words as base-10^7 digits whose units sit at 10^0, the first word's leading digit at 10^e), without a
 * decimal.js operation; undefined when the amount is not whole cents or its cents are not a safe integer. Each term
 * and partial sum is an integer below 2^53, so every step is exact. core/money/kernel's `centenVan` types it.
 */
export function heleCenten(b: Bedrag): number | undefined {
  const x = dec(b) as unknown as DecimaalVelden;
  const d = x.d;
  if (d === null) return undefined;
  const n = d.length;
  const eerste = d[0] as number;
  if (eerste === 0) return 0;
  // The power of ten of the last word's units digit, plus 2 for cents.
  const macht = x.e - woordCijfers(eerste) + 1 - 7 * (n - 1) + 2;
  let c = 0;
  for (let i = 0; i < n; i += 1) {
    const woord = d[i] as number;
    const p = macht + 7 * (n - 1 - i);
    let term: number;
    if (p >= 0) {
      if (p > 15) return undefined;
      term = woord * (MACHT[p] as number);
    } else {
      if (p < -7) return undefined;
      const deler = MACHT[-p] as number;
      if (woord % deler !== 0) return undefined;
      term = woord / deler;
    }
    c += term;
    if (c > Number.MAX_SAFE_INTEGER) return undefined;
  }
  return x.s < 0 ? -c + 0 : c;
}

/**
 * The amount of a number of cents, built as decimal.js builds it from the text of that amount (the same words,
 * exponent and sign, so every operation and text is the same: test/core/centen.test.ts), without parsing text.
 * `c` must be a safe integer (core/money/kernel's `Centen`).
 */
export function bedragUitCenten(c: number): Bedrag {
  if (c === 0) return asBedrag(new D(0));
  // An instance of D with the fields its constructor sets, in its order (constructor, s, e, d).
  const x = Object.create(D.prototype) as DecimaalVelden & { constructor: unknown };
  x.constructor = D;
  x.s = 1;
  let a: number = c;
  if (a < 0) {
    x.s = -1;
    a = -a;
  }
  const rest = a % 100;
  const heel = (a - rest) / 100;
  const laag = heel % 1e7;
  const hoog = (heel - laag) / 1e7;
  // heel < 2^53 / 100 < 10^14, so hoog < 10^7: two words of euros at most.
  if (hoog > 0) {
    x.e = woordCijfers(hoog) - 1 + 7;
    x.d = rest === 0 ? (laag === 0 ? [hoog] : [hoog, laag]) : [hoog, laag, rest * 1e5];
  } else if (laag > 0) {
    x.e = woordCijfers(laag) - 1;
    x.d = rest === 0 ? [laag] : [laag, rest * 1e5];
  } else {
    x.e = rest >= 10 ? -1 : -2;
    x.d = [rest * 1e5];
  }
  return asBedrag(x as unknown as Dec);
}
