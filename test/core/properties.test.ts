/** Seeded property tests: the invariants of the maximum and the validator hold for arbitrary input. */
import fc from 'fast-check';
import {
  D,
  REGELINGEN,
  REGELING_IDS,
  bedrag,
  callFunction,
  valideerBegroting,
  type Bedrag,
  type Dec,
  type FunctionValue,
  type Outcome,
} from '../../core';
import { decimaal } from '../../core/money';

/** The amount of a registry outcome, or undefined when it was refused or is not an amount. */
const amountOf = (o: Outcome<FunctionValue>): Dec | undefined =>
  o.ok && o.value.kind !== 'datum' ? decimaal(o.value.value) : undefined;
import { dwsra, sectorplan2013 } from './fixtures';

const SEED = 20261123;
const params = { seed: SEED, numRuns: 400 };

/** Amounts in whole cents up to EUR 10 mln, as decimal text. */
const amount = fc
  .bigInt({ min: 0n, max: 1_000_000_000n })
  .map((cents) => bedrag(new D(cents.toString()).dividedBy(100)));

describe.each(REGELING_IDS)('MAX under %s', (id) => {
  const regels = REGELINGEN[id].regels;
  const rate = new D(REGELINGEN[id].parameters['cofinancieringspercentage']?.waarde ?? 'NaN');
  const cap = id === 'dwsra-2016' ? new D('2000000') : undefined;

  test('never exceeds rate x subsidiable costs, nor the cap, and is whole euros', () => {
    fc.assert(
      fc.property(amount, (kosten) => {
        const max = regels.maximum(kosten);
        if (!max.ok) return false;
        const m = decimaal(max.value.bedrag);
        const subsidiabeleKosten = decimaal(max.value.subsidiabeleKosten);
        return (
          m.isInteger() &&
          m.greaterThanOrEqualTo(0) &&
          m.lessThanOrEqualTo(subsidiabeleKosten.times(rate)) &&
          (cap === undefined || m.lessThanOrEqualTo(cap)) &&
          subsidiabeleKosten.times(rate).minus(m).lessThan(1) === !max.value.begrensd
        );
      }),
      params,
    );
  });

  test('is monotone in the costs', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [lo, hi] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
        const mLo = regels.maximum(lo);
        const mHi = regels.maximum(hi);
        return mLo.ok && mHi.ok && mLo.value.bedrag.lessThanOrEqualTo(mHi.value.bedrag);
      }),
      params,
    );
  });

  test('EIGENBIJDRAGE + MAX equals the subsidiable costs wherever MAX is defined', () => {
    fc.assert(
      fc.property(amount, (kosten: Bedrag) => {
        const text = kosten.toFixed();
        const max = amountOf(callFunction('MAX', [text, id]));
        const eigen = amountOf(callFunction('EIGENBIJDRAGE', [text, id]));
        const full = regels.maximum(kosten);
        if (max === undefined || eigen === undefined) return max === eigen; // both refused together (below the minimum)
        return full.ok && max.plus(eigen).equals(decimaal(full.value.subsidiabeleKosten));
      }),
      params,
    );
  });

  test('OVERSCHRIJDING is the excess over MAX and never negative', () => {
    fc.assert(
      fc.property(amount, amount, (kosten, subsidie) => {
        const over = amountOf(callFunction('OVERSCHRIJDING', [kosten.toFixed(), subsidie.toFixed(), id]));
        const max = regels.maximum(kosten);
        if (over === undefined || !max.ok) return false;
        return over.equals(D.max(decimaal(subsidie).minus(decimaal(max.value.bedrag)), 0));
      }),
      params,
    );
  });
});

describe('exact arithmetic against a float implementation', () => {
  test('MAX dwsra equals floor(direct x 69 / 100) computed in integers, for whole-euro costs', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 181160n, max: 2898550n }), (euros) => {
        const out = amountOf(callFunction('MAX', [euros.toString(), 'dwsra-2016']));
        return out?.toFixed() === ((euros * 69n) / 100n).toString();
      }),
      params,
    );
  });
});

/** Arbitrary JSON-ish values, including the shapes of a begroting with wrong types inside. */
const junk = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withTypedArray: true,
});

describe('the validator never throws', () => {
  test('on arbitrary values', () => {
    fc.assert(
      fc.property(junk, (input) => {
        const result = valideerBegroting(input);
        return result.oordeel === 'voldoet-niet' && result.findings.length > 0;
      }),
      params,
    );
  });

  test('on begrotingen with arbitrary values in arbitrary fields', () => {
    const base = [sectorplan2013(), dwsra()];
    const fieldEdit = fc.record({
      which: fc.integer({ min: 0, max: 1 }),
      section: fc.constantFrom('plan', 'maatregelen', 'kostenposten', 'financiering'),
      row: fc.integer({ min: 0, max: 3 }),
      field: fc.constantFrom(
        'bedrag',
        'maatregel',
        'soort',
        'startdatum',
        'einddatum',
        'beoogdeDeelnemers',
        'maanden',
        'gevraagdeSubsidie',
        'regeling',
        'code',
        'brutoloon',
        'tarief',
        'uren',
        'geboortedatum',
        'tijdvak',
        'verlenging',
      ),
      value: fc.oneof(
        junk,
        fc.constantFrom('0', '1e3', '-1', '2014-02-30', '9999-12-31', '1900-01-01', 'DW2', 'bbl', 'szw', '', ' '),
      ),
    });
    fc.assert(
      fc.property(fc.array(fieldEdit, { maxLength: 6 }), (edits) => {
        const docs = base.map((b) => structuredClone(b) as unknown as Record<string, unknown>);
        for (const e of edits) {
          const doc = docs[e.which] as Record<string, unknown>;
          const target = e.section === 'plan' ? doc['plan'] : (doc[e.section] as unknown[] | undefined)?.[e.row];
          if (target && typeof target === 'object') (target as Record<string, unknown>)[e.field] = e.value;
        }
        for (const doc of docs) {
          const { findings } = valideerBegroting(doc);
          if (!(findings instanceof Array)) return false;
          if (findings.some((f) => typeof f.message !== 'string' || f.message.includes('interne fout'))) return false;
        }
        return true;
      }),
      params,
    );
  });
});
