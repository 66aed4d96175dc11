/**
 * Exact money for cofin.
 *
 * Contract: every euro amount in core is a `Bedrag`, a decimal.js value from the library's own constructor `D`
 * (cloned, so nobody else's global precision or rounding setting can change our results). Euros never pass
 * through a JS `number` here; adapters convert at the cell or file boundary only.
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

/** An amount in euros (may carry cents or finer, until it is rounded). */
export type Bedrag = Dec & { readonly [bedragBrand]: true };
/** A ratio such as a rate (0.5) or a realisation (0.62). Not money: cannot be added to a Bedrag by type. */
export type Fractie = Dec & { readonly [fractieBrand]: true };

export const ZERO = new D(0) as Bedrag;

/** Parses a decimal string such as '1245313' or '0.60' into an amount. Throws on malformed text (programmer error). */
export function bedrag(value: string | Dec): Bedrag {
  return new D(value) as Bedrag;
}

export function fractie(value: string | Dec): Fractie {
  return new D(value) as Fractie;
}

/** Multiplies an amount by a rate; the result is an amount. */
export function times(amount: Bedrag, rate: Fractie | Dec): Bedrag {
  return amount.times(rate) as Bedrag;
}

export function plus(a: Bedrag, b: Bedrag): Bedrag {
  return a.plus(b) as Bedrag;
}

export function minus(a: Bedrag, b: Bedrag): Bedrag {
  return a.minus(b) as Bedrag;
}

export function sum(amounts: Iterable<Bedrag>): Bedrag {
  let total: Dec = ZERO;
  for (const a of amounts) total = total.plus(a);
  return total as Bedrag;
}

export function minOf(a: Bedrag, b: Bedrag): Bedrag {
  return a.lessThanOrEqualTo(b) ? a : b;
}

export function maxOf(a: Bedrag, b: Bedrag): Bedrag {
  return a.greaterThanOrEqualTo(b) ? a : b;
}

export type Eenheid = 'euro' | 'cent';
const SCALE: Readonly<Record<Eenheid, number>> = { euro: 0, cent: 2 };

/**
 * Rounds toward zero to whole euros or cents. For the non-negative amounts of the regelingen this is rounding
 * down ("naar beneden afgerond"), the rule the DWSRA data support (rule book 3e).
 */
export function roundDown(amount: Bedrag, eenheid: Eenheid): Bedrag {
  return amount.toDecimalPlaces(SCALE[eenheid], D.ROUND_DOWN) as Bedrag;
}

/**
 * Splits `total` (whole cents) over `weights` in proportion, by the largest-remainder method: the parts are whole
 * cents, sum exactly to `total`, and ties go to the earlier weight. Weights must be non-negative and not all zero.
 */
export function allocate(total: Bedrag, weights: readonly Dec[]): Bedrag[] {
  if (weights.length === 0) throw new RangeError('allocate: geen verdeelsleutels');
  const cents = total.times(100);
  if (!cents.isInteger()) throw new RangeError('allocate: totaal moet in hele centen zijn');
  let weightSum: Dec = new D(0);
  for (const w of weights) {
    if (w.isNegative()) throw new RangeError('allocate: negatieve verdeelsleutel');
    weightSum = weightSum.plus(w);
  }
  if (weightSum.isZero()) throw new RangeError('allocate: alle verdeelsleutels zijn nul');
  const exact = weights.map((w) => cents.times(w).dividedBy(weightSum));
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
  return parts.map((p) => p.dividedBy(100) as Bedrag);
}

/** Formats an amount the Dutch way for messages: '€ 1.245.313' or '€ 1.245.313,50'. */
export function formatEuro(amount: Dec): string {
  const negative = amount.isNegative();
  const abs = amount.abs();
  const fixed = abs.isInteger() ? abs.toFixed(0) : abs.toFixed(2, D.ROUND_HALF_UP);
  const [whole, cents] = fixed.split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}€ ${grouped}${cents !== undefined ? ',' + cents : ''}`;
}

/** Formats a ratio as a Dutch percentage with at most one decimal, rounded down: 0.5999 -> '59,9%'. */
export function formatProcent(ratio: Dec): string {
  const pct = ratio.times(100).toDecimalPlaces(1, D.ROUND_DOWN);
  return `${pct.toFixed(pct.isInteger() ? 0 : 1).replace('.', ',')}%`;
}

/** Canonical text of an amount for files and the command line: '859265' or '1234.56' (never exponent notation). */
export function bedragText(amount: Dec): string {
  if (amount.isInteger()) return amount.toFixed(0);
  const twoPlaces = amount.toDecimalPlaces(2);
  return twoPlaces.equals(amount) ? amount.toFixed(2) : amount.toFixed();
}
