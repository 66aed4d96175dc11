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
import { D, bedrag, decimaal, heleCenten, type Bedrag, type Eenheid, type Fractie } from '../money';

declare const centenBrand: unique symbol;

/** A whole number of cents: a safe integer, never a fraction of a cent. */
export type Centen = number & { readonly [centenBrand]: true };

/** An exact rate `teller / noemer`: safe integers, noemer positive, with the divisors of both roundings precomputed. */
export interface Breuk {
  readonly teller: number;
  readonly noemer: number;
  /** The largest |cents| whose product with `teller` is still a safe integer. */
  readonly maxFactor: number;
  /** The divisor of a product rounded to whole cents (noemer) and to whole euros (noemer x 100), and their reciprocals. */
  readonly perCent: number;
  readonly perEuro: number;
  readonly invCent: number;
  readonly invEuro: number;
}

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
  return {
    teller,
    noemer,
    maxFactor: Math.floor(Number.MAX_SAFE_INTEGER / Math.max(1, Math.abs(teller))),
    perCent: noemer,
    perEuro: noemer * 100,
    invCent: 1 / noemer,
    invEuro: 1 / (noemer * 100),
  };
}

/** Below this |n| the quotient by reciprocal is off by less than one: its relative error is at most 2^-51. */
const RECIPROOK_GRENS = 2 ** 50;

/**
 * The integer quotient of n / d rounded in `richting`, for safe integers n and d > 0 with 2 x d safe; `inv` is 1 / d
 * as a double. Exact: below 2^50 the double n x inv is within one unit of the true quotient, so its truncation q is
 * corrected by at most one step until the remainder n - q x d (exact, as |q x d| <= |n| + d is safe) has the sign of
 * n and is smaller than d; above it the exact remainder n % d gives q instead.
 */
function quotient(n: number, d: number, inv: number, richting: Richting): number {
  let q: number;
  let r: number;
  if (n < RECIPROOK_GRENS && n > -RECIPROOK_GRENS) {
    q = Math.trunc(n * inv);
    r = n - q * d;
    if (n >= 0) {
      if (r < 0) {
        q -= 1;
        r += d;
      } else if (r >= d) {
        q += 1;
        r -= d;
      }
    } else if (r > 0) {
      q += 1;
      r -= d;
    } else if (r <= -d) {
      q -= 1;
      r += d;
    }
  } else {
    r = n % d;
    q = (n - r) / d;
  }
  if (r === 0 || richting === 'omlaag') return q;
  const twice = r < 0 ? -2 * r : 2 * r;
  return twice >= d ? (n < 0 ? q - 1 : q + 1) : q;
}

/** Rounds cents to `eenheid` in `richting`: whole cents unchanged, cents to whole euros (in cents). */
export function afgerond(c: Centen, eenheid: Eenheid, richting: Richting): Centen {
  return eenheid === 'cent' ? c : ((quotient(c, 100, 0.01, richting) * 100 + 0) as Centen);
}

/**
 * The product c x r rounded to `eenheid` in `richting`, in cents: `roundDown(maal(c, r), eenheid)` for 'omlaag'.
 * Undefined when |c x teller| or the result could exceed Number.MAX_SAFE_INTEGER.
 */
export function maalAfgerond(c: Centen, r: Breuk, eenheid: Eenheid, richting: Richting): Centen | undefined {
  if (c > r.maxFactor || c < -r.maxFactor) return undefined;
  const q =
    eenheid === 'euro'
      ? quotient(c * r.teller, r.perEuro, r.invEuro, richting) * 100
      : quotient(c * r.teller, r.perCent, r.invCent, richting);
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

/** 2^53: below it a double holds every integer; `floor(n / d)` is exact for integers n >= 0, d > 0, n + d <= 2^53. */
const TWEE_53 = 2 ** 53;

/**
 * A rounded product resolved once, for the cell path: `maal(c)` is `maalAfgerond(c, r, eenheid, richting)` for every
 * integer 0 <= c <= `grens`, computed with no guard, branch on its unit or direction, or sign test of its own; the
 * caller proves c <= grens once, for every step of its rule at the same time.
 *
 * Exact: below `grens` the product n = c x teller and n + d (d the divisor, noemer x cents per unit) are at most 2^53,
 * so n is exact and the double n / d, correctly rounded, cannot reach the next integer above the true quotient q (its
 * distance to it is at least 1 / d, more than half a unit in the last place there, since d x (q + 1) <= n + d <= 2^53):
 * `Math.floor(n / d)` is q. Half up adds one where the exact remainder n - q x d is at least half of d.
 */
export interface CelProduct {
  readonly maal: (c: number) => number;
  /** The largest cents for which `maal` is exact (c x teller + d <= 2^53); -1 for a negative rate (never). */
  readonly grens: number;
}

export function celProduct(r: Breuk, eenheid: Eenheid, richting: Richting): CelProduct {
  const t = r.teller;
  const u = eenheid === 'euro' ? 100 : 1;
  const d = r.noemer * u;
  // The computed quotient is at most one above the true one (see above), so one less is a bound.
  const grens = t < 0 ? -1 : t === 0 ? Number.MAX_SAFE_INTEGER : Math.floor((TWEE_53 - d) / t) - 1;
  const maal =
    richting === 'omlaag'
      ? (c: number): number => Math.floor((c * t) / d) * u + 0
      : (c: number): number => {
          const n = c * t;
          const q = Math.floor(n / d);
          return (n - q * d >= d - (n - q * d) ? q + 1 : q) * u + 0;
        };
  return { maal, grens };
}

/**
 * A bound for the input of a step that first adds a rounded product to its cents: for every integer 0 <= c <= the
 * result, c + c x r rounded (at most c x teller / noemer + 100) is at most `grens`. For a rate r >= 0; -1 otherwise.
 */
export function grensNaOpslag(grens: number, r: Breuk): number {
  if (r.teller < 0 || grens < 100) return -1;
  // c <= k x noemer gives c x (teller + noemer) / noemer <= k x (teller + noemer) <= grens - 100.
  const k = Math.floor((grens - 100) / (r.teller + r.noemer)) - 1;
  return k < 0 ? -1 : k * r.noemer;
}

// --- h/valid (issue 15): cents read from and written into a decimal without decimal.js arithmetic ---

/**
 * The cents of an amount read from its decimal's fields (`heleCenten` in core/money): exactly `centenVanBedrag`
 * (test/core/centen.test.ts) without a decimal.js operation. Undefined when the amount is not whole cents or its
 * cents are not a safe integer.
 */
export function centenVan(b: Bedrag): Centen | undefined {
  return heleCenten(b) as Centen | undefined;
}
