/**
 * The exact integer-cents kernel: a fast path for the per-cell functions, never a second kind of money.
 *
 * Contract: an amount is a whole number of cents held in a JS number (`Centen`, always a safe integer); a rate is an
 * exact rational `teller / noemer` of safe integers (`Breuk`: 0.60 is 60/100, 1.32 is 132/100). Every operation
 * computes its result with integer arithmetic only and first proves, by a guard on its operands, that every
 * intermediate stays within Number.MAX_SAFE_INTEGER (2^53 - 1), where a double holds every integer exactly. Where an
 * operation cannot prove that (huge values, an input that is not whole cents), it returns `undefined` and the caller
 * takes the decimal.js path of core/money, which stays the reference: for every input the kernel accepts, its result
 * equals what core/money computes (test/core/kernel.test.ts checks this on seeded inputs, the soak variant on
 * millions). Rounding is named as in core/money: 'omlaag' is `roundDown` (toward zero), 'half-op' is half away
 * from zero (decimal.js ROUND_HALF_UP), to whole cents or whole euros.
 */
import { D, bedrag, decimaal, type Bedrag, type Eenheid, type Fractie } from '../money';

declare const centenBrand: unique symbol;

/** A whole number of cents: a safe integer, never a fraction of a cent. */
export type Centen = number & { readonly [centenBrand]: true };

/** An exact rate `teller / noemer`: safe integers, noemer positive, with the divisors of both roundings precomputed. */
export interface Breuk {
  readonly teller: number;
  readonly noemer: number;
  /** The largest |cents| whose product with `teller` is still a safe integer. */
  readonly maxFactor: number;
}

/** Whole cents per unit of rounding. */
const PER_EENHEID: Readonly<Record<Eenheid, number>> = { cent: 1, euro: 100 };

export type Richting = 'omlaag' | 'half-op';

/**
 * The amounts an Excel double can stand for exactly as cents: below EUR 10^13 every cent value has at most 15
 * significant digits, the digits through which core/coerce reads a double.
 */
const GRENS_EURO = 1e13;

/**
 * The cents of an Excel cell value, exactly the amount core/coerce reads from it (a safe integer as it is, any other
 * double through 15 significant digits), or undefined when that amount is not whole cents or not below EUR 10^13.
 * The double nearest to c/100 reads as c/100 at 15 digits when |c| < 10^15: its error (at most 2^-53 relative) is far
 * below half a unit in the 15th digit.
 */
export function centenVanGetal(x: number): Centen | undefined {
  if (!(x > -GRENS_EURO && x < GRENS_EURO)) return undefined;
  const c = Math.round(x * 100);
  return c / 100 === x ? ((c + 0) as Centen) : undefined; // + 0: -0 is 0, as the decimal path has it
}

/** The cents of an amount, or undefined when it is not whole cents or its cents are not a safe integer. */
export function centenVanBedrag(b: Bedrag): Centen | undefined {
  const c = decimaal(b).times(100);
  if (!c.isInteger() || c.abs().greaterThan(Number.MAX_SAFE_INTEGER)) return undefined;
  return (c.toNumber() + 0) as Centen;
}

/** The amount of a number of cents, for comparing the kernel with the reference and for messages. */
export function bedragVanCenten(c: Centen): Bedrag {
  return bedrag(new D(c).dividedBy(100));
}

/** The JS number a cell shows for these cents: the double nearest to c/100, as `toCellNumber` gives it. */
export function celGetal(c: Centen): number {
  return c / 100;
}

/**
 * A rate as an exact rational. Throws when its numerator or denominator is not a safe integer, or twice the euro divisor
 * (noemer x 200) is not (a programmer error: the rates of the regelingen are short decimals).
 */
export function breukVan(f: Fractie): Breuk {
  const [n, d] = decimaal(f).toFraction();
  const teller = n?.toNumber() ?? Number.NaN;
  const noemer = d?.toNumber() ?? Number.NaN;
  if (!Number.isSafeInteger(teller) || !Number.isSafeInteger(noemer * 200) || noemer <= 0)
    throw new RangeError(`breukVan: ${f.toString()} is geen korte breuk`);
  return { teller, noemer, maxFactor: Math.floor(Number.MAX_SAFE_INTEGER / Math.max(1, Math.abs(teller))) };
}

/**
 * The integer quotient of n / d rounded in `richting`, for safe integers n and d > 0 with 2 x d safe. Exact:
 * n % d is exact for doubles, and n - r is a multiple of d, so the division has an integer result.
 */
function quotient(n: number, d: number, richting: Richting): number {
  const r = n % d;
  const q = (n - r) / d;
  if (r === 0 || richting === 'omlaag') return q;
  const twice = r < 0 ? -2 * r : 2 * r;
  return twice >= d ? (n < 0 ? q - 1 : q + 1) : q;
}

/** Rounds cents to `eenheid` in `richting`: whole cents unchanged, cents to whole euros (in cents). */
export function afgerond(c: Centen, eenheid: Eenheid, richting: Richting): Centen {
  const per = PER_EENHEID[eenheid];
  return per === 1 ? c : ((quotient(c, per, richting) * per + 0) as Centen);
}

/**
 * The product c x r rounded to `eenheid` in `richting`, in cents: `roundDown(maal(c, r), eenheid)` for 'omlaag'.
 * Undefined when |c x teller| or the result could exceed Number.MAX_SAFE_INTEGER.
 */
export function maalAfgerond(c: Centen, r: Breuk, eenheid: Eenheid, richting: Richting): Centen | undefined {
  if (c > r.maxFactor || c < -r.maxFactor) return undefined;
  const per = eenheid === 'euro' ? 100 : 1;
  const q = quotient(c * r.teller, r.noemer * per, richting) * per;
  return Number.isSafeInteger(q) ? ((q + 0) as Centen) : undefined;
}

/** Whether c x r > grens, exactly (compared as c x teller > grens x noemer). Undefined when a product is not safe. */
export function groterDan(c: Centen, r: Breuk, grens: Centen): boolean | undefined {
  if (c > r.maxFactor || c < -r.maxFactor) return undefined;
  const rechts = grens * r.noemer;
  return Number.isSafeInteger(rechts) ? c * r.teller > rechts : undefined;
}

/** The exact sum a + b, or undefined when it is not a safe integer. */
export function somCenten(a: Centen, b: Centen): Centen | undefined {
  const s = a + b;
  return Number.isSafeInteger(s) ? ((s + 0) as Centen) : undefined;
}

/** The exact difference a - b, or undefined when it is not a safe integer. */
export function verschilCenten(a: Centen, b: Centen): Centen | undefined {
  const s = a - b;
  return Number.isSafeInteger(s) ? ((s + 0) as Centen) : undefined;
}
