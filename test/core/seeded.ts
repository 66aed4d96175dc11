/** What the seeded property tests of core share: the same inputs on every run, and a strict text form of values. */
import { D } from '../../core';

/** A seeded PRNG (mulberry32): the same inputs on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Values as text that keeps what equality must see: key order, keys holding undefined, decimals and their class. A
 * decimal shows the fields decimal.js documents (digit words, exponent, sign), so a decimal built from cents must be
 * the one decimal.js builds from the text, not only an equal value.
 */
export function vorm(x: unknown): string {
  if (x instanceof D) return `D(${x.toString()} ${JSON.stringify([x.d, x.e, x.s])} ${String(x.constructor === D)})`;
  if (Array.isArray(x)) return `[${x.map(vorm).join(',')}]`;
  if (typeof x === 'object' && x !== null)
    return `{${Object.entries(x)
      .map(([k, v]) => `${k}:${vorm(v)}`)
      .join(',')}}`;
  return x === undefined ? 'undefined' : JSON.stringify(x);
}
