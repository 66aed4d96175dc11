/**
 * The exact integer-cents kernel (core/money/kernel) against decimal.js, the reference: on seeded inputs every rule
 * the kernel answers gives exactly the decimal rule's amount, and it falls back only where its guard says a product
 * could pass 2^53. `npm test` runs 100,000 inputs; the soak variant (COFIN_SOAK=1 npx jest test/core/kernel.test.ts)
 * runs 1,000,000. No timing is asserted here; bench/run.ts measures.
 */
import {
  REGELINGEN,
  REGELING_IDS,
  callSpec,
  callSpecCel,
  celGetalFunctie,
  findFunction,
  prepareCall,
  type FunctionSpec,
  type Outcome,
} from '../../core';
import { D, decimaal, fractie, roundDown, maal, toCellNumber, type Bedrag } from '../../core/money';
import {
  afgerond,
  bedragVanCenten,
  breukVan,
  centenVanGetal,
  maalAfgerond,
  type Centen,
} from '../../core/money/kernel';
import { celWaarde } from '../../core/functions/call';
import { prng } from './seeded';

const COUNT = process.env['COFIN_SOAK'] === '1' ? 1_000_000 : 100_000;
const SEED = 20261201;

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * Seeded cent amounts: whole euros and cents of real budgets, the float traps, negative amounts, and values around
 * the guards (2^53 / 60, 2^53 / 15, 2^53 / 132, up to 2^53 - 1), where the kernel must fall back.
 */
function centen(n: number, seed: number): Centen[] {
  const rnd = prng(seed);
  const int = (max: number): number => Math.floor(rnd() * max);
  const out: number[] = [88_000_000, 110_000_000, 0, 1, 99, 100, MAX, -MAX, Math.floor(MAX / 60), Math.floor(MAX / 15)];
  while (out.length < n) {
    const kind = int(8);
    const sign = int(5) === 0 ? -1 : 1;
    if (kind === 0) out.push(sign * int(3_000_001) * 100);
    else if (kind === 1) out.push(sign * int(300_000_001));
    else if (kind === 2) out.push(sign * int(1e15));
    else if (kind === 3) out.push(sign * Math.floor(rnd() * MAX));
    else {
      // Around a guard: MAX / t for the rates' numerators (60, 15, 50, 132, 3, 33) and MAX itself.
      const t = [60, 15, 50, 132, 3, 33, 1, 100][kind + int(4)] ?? 1;
      // Half the time the edge of the quotient by reciprocal (products around 2^50), else the 2^53 guard.
      const edge = Math.floor((int(2) === 0 ? 2 ** 50 : MAX) / t);
      out.push(sign * Math.min(MAX, Math.max(0, edge - 50 + int(101))));
    }
  }
  return out.map((c) => (c + 0) as Centen);
}

const eq = (kernel: Centen | undefined, reference: Bedrag): boolean =>
  kernel === undefined || bedragVanCenten(kernel).equals(reference);

describe('the kernel equals the decimal rules of every regeling', () => {
  test.each(REGELING_IDS.map((id, i) => [id, i] as const))('%s', (id, i) => {
    const regels = REGELINGEN[id].regels;
    const kernel = regels.centen;
    expect(kernel).toBeDefined();
    if (kernel === undefined) return;
    const wrong: string[] = [];
    let answered = 0;
    for (const c of centen(Math.ceil(COUNT / REGELING_IDS.length), SEED + i)) {
      const kosten = bedragVanCenten(c);
      const ref = regels.maximum(kosten);
      if (!ref.ok) throw new Error('maximum refused');
      const max = kernel.maximum(c);
      const sub = kernel.subsidiabeleKosten(c);
      const maxCof = kernel.maxCofinanciering(c);
      const refCof = regels.maxCofinanciering(kosten);
      const indirect = kernel.indirect?.(c);
      const refIndirect = regels.indirect(kosten);
      const loon = kernel.loonkosten?.(c);
      const refLoon = regels.loonkosten(kosten);
      const ok =
        eq(max, ref.value.bedrag) &&
        eq(sub, ref.value.subsidiabeleKosten) &&
        (refCof.ok ? eq(maxCof, refCof.value.bedrag) : maxCof === undefined) &&
        (refIndirect.ok ? eq(indirect, refIndirect.value) : indirect === undefined) &&
        (refLoon.ok ? eq(loon, refLoon.value) : loon === undefined);
      // Below 2^53 / 1000 no product of these rules can pass 2^53: the kernel must answer there.
      const mustAnswer = Math.abs(c) < MAX / 1000;
      if (!ok || (mustAnswer && (max === undefined || sub === undefined))) wrong.push(String(c));
      if (max !== undefined) answered += 1;
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(COUNT / REGELING_IDS.length / 2);
  });
});

describe('rounding and products against decimal.js', () => {
  test.each([
    ['0.60', 'euro'],
    ['0.50', 'euro'],
    ['0.15', 'cent'],
    ['1.32', 'cent'],
    ['0.264', 'cent'],
    ['0.333', 'euro'],
  ] as const)('c x %s to whole %s, omlaag and half-op', (rate, eenheid) => {
    const f = fractie(rate);
    const b = breukVan(f);
    const wrong: string[] = [];
    let fellBack = 0;
    for (const c of centen(COUNT / 10, SEED + 7)) {
      const exact = decimaal(maal(bedragVanCenten(c), f)).times(100);
      const per = eenheid === 'euro' ? 100 : 1;
      const omlaag = exact.dividedBy(per).toDecimalPlaces(0, D.ROUND_DOWN).times(per);
      const halfOp = exact.dividedBy(per).toDecimalPlaces(0, D.ROUND_HALF_UP).times(per);
      const k1 = maalAfgerond(c, b, eenheid, 'omlaag');
      const k2 = maalAfgerond(c, b, eenheid, 'half-op');
      const guard = Math.abs(c) * b.teller > MAX;
      if (k1 === undefined || k2 === undefined) {
        fellBack += 1;
        if (!guard) wrong.push(`${String(c)}: fell back below the guard`);
        continue;
      }
      if (!omlaag.equals(k1) || !halfOp.equals(k2)) wrong.push(`${String(c)}: ${String(k1)}, ${String(k2)}`);
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
    expect(fellBack > 0).toBe(b.teller > 1); // the inputs reach the guard wherever a product can pass 2^53
  });

  test('whole euros from cents, as roundDown and half up', () => {
    const rows: [number, number, number][] = [
      [12345, 12300, 12300],
      [12350, 12300, 12400],
      [-12350, -12300, -12400],
      [-12349, -12300, -12300],
      [99, 0, 100],
    ];
    for (const [c, omlaag, halfOp] of rows) {
      expect(afgerond(c as Centen, 'euro', 'omlaag')).toBe(omlaag);
      expect(afgerond(c as Centen, 'euro', 'half-op')).toBe(halfOp);
      expect(bedragVanCenten(omlaag as Centen).equals(roundDown(bedragVanCenten(c as Centen), 'euro'))).toBe(true);
    }
  });
});

describe('Excel doubles: the kernel takes exactly the cents coerce reads', () => {
  test('cents of a double equal its 15-digit decimal, or the kernel declines', () => {
    const rnd = prng(SEED + 11);
    const wrong: string[] = [];
    let taken = 0;
    for (let i = 0; i < COUNT / 2; i += 1) {
      const k = i % 6;
      const x =
        k === 0
          ? Math.floor(rnd() * 3e8) / 100
          : k === 1
            ? Math.floor(rnd() * 3e6)
            : k === 2
              ? rnd() * 1e7
              : k === 3
                ? (Math.floor(rnd() * 2e15) - 1e15) / 100
                : k === 4
                  ? 1e13 - Math.floor(rnd() * 1000) / 100
                  : Math.floor(rnd() * 1e6) / 1000;
      const c = centenVanGetal(x);
      if (c === undefined) continue;
      taken += 1;
      const read = new D(Number.isSafeInteger(x) ? x : x.toPrecision(15));
      if (!read.times(100).equals(c) || toCellNumber(bedragVanCenten(c)) !== x) wrong.push(String(x));
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
    expect(taken).toBeGreaterThan(COUNT / 4);
  });

  test.each([
    [0.1 + 0.2, undefined],
    [1e13, undefined],
    [Number.NaN, undefined],
    [Infinity, undefined],
    [0.005, undefined],
    [-0, 0],
    [1245313.5, 124531350],
    [-12.34, -1234],
    [9999999999999.99, 999999999999999],
  ])('centenVanGetal(%p) = %p', (x, expected) => {
    expect(centenVanGetal(x)).toBe(expected);
  });
});

const spec = (name: string): FunctionSpec => findFunction(name) as FunctionSpec;

/** The reference answer for a cell: `callSpec`, its value as the cell's number. */
function reference(s: FunctionSpec, args: readonly unknown[]): Outcome<number> {
  const out = callSpec(s, args);
  return out.ok ? { ok: true, value: celWaarde(out.value) } : out;
}

const same = (a: Outcome<number>, b: Outcome<number>): boolean =>
  a.ok && b.ok ? Object.is(a.value, b.value) : !a.ok && !b.ok && a.finding.message === b.finding.message;

describe('the cell path equals callSpec for every kernel function', () => {
  const rnd = prng(SEED + 13);
  const raw = (): unknown => {
    const k = Math.floor(rnd() * 10);
    if (k < 4) return Math.floor(rnd() * 3e6);
    if (k < 7) return Math.floor(rnd() * 3e8) / 100;
    if (k === 7) return -Math.floor(rnd() * 1e6) / 100;
    if (k === 8) return rnd() * 1e16;
    return [0.1 + 0.2, null, '1245313', Number.NaN, 2e15][Math.floor(rnd() * 5)];
  };
  const regeling = (): unknown => [...REGELING_IDS, ' DWSRA-2016 ', 'onbekend', 7][Math.floor(rnd() * 6)];

  test.each(['MAX', 'INDIRECT', 'LOONKOSTEN', 'EIGENBIJDRAGE', 'OVERSCHRIJDING'])('%s', (name) => {
    const s = spec(name);
    const wrong: string[] = [];
    for (let i = 0; i < COUNT / 50; i += 1) {
      const args = s.params.map((p) => (p.kind === 'regeling' ? regeling() : raw()));
      if (!same(callSpecCel(s, args), reference(s, args))) wrong.push(JSON.stringify(args));
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
  });

  test.each(['MAX', 'INDIRECT', 'LOONKOSTEN', 'EIGENBIJDRAGE', 'OVERSCHRIJDING'])(
    '%s: the allocation-free cell number equals the reference wherever it answers, and answers plain amounts',
    (name) => {
      const s = spec(name);
      const snel = celGetalFunctie(s);
      const wrong: string[] = [];
      const args: unknown[] = s.params.map(() => undefined);
      let answered = 0;
      let plain = 0;
      for (let i = 0; i < COUNT / 20; i += 1) {
        for (let j = 0; j < s.params.length; j += 1) args[j] = s.params[j]?.kind === 'regeling' ? regeling() : raw();
        const v = snel(args);
        const ref = reference(s, args);
        if (v !== undefined) {
          answered += 1;
          if (!ref.ok || !Object.is(v, ref.value)) wrong.push(JSON.stringify(args));
        }
        // Whole cents below 2^53 / 1000 with a known id: only a refusal of the rule itself leaves it to the reference.
        const kernelbaar = args.every((a, j) =>
          s.params[j]?.kind === 'regeling'
            ? typeof a === 'string' && REGELING_IDS.includes(a as (typeof REGELING_IDS)[number])
            : typeof a === 'number' && a >= 0 && a < MAX / 100_000 && Math.round(a * 100) / 100 === a,
        );
        if (kernelbaar && ref.ok) {
          plain += 1;
          if (v === undefined) wrong.push(`${JSON.stringify(args)}: not answered`);
        }
        if (wrong.length > 5) break;
      }
      expect(wrong).toEqual([]);
      expect(answered).toBeGreaterThan(0);
      expect(plain).toBeGreaterThan(0);
    },
  );

  test('a function without a kernel has a cell number that never answers', () => {
    expect(celGetalFunctie(spec('BBL'))(['2000-01-01', '2014-03-01', 12, 'sectorplannen-2013'])).toBeUndefined();
  });

  test('a prepared range call gives each cell what a single call gives', () => {
    const s = spec('OVERSCHRIJDING');
    const wrong: string[] = [];
    for (let i = 0; i < COUNT / 200; i += 1) {
      const fixed = [raw(), raw(), regeling()];
      const varies = [true, rnd() < 0.5, false];
      const call = prepareCall(s, fixed, varies);
      const cells = [...fixed];
      for (let j = 0; j < 10; j += 1) {
        cells[0] = raw();
        if (varies[1] === true) cells[1] = raw();
        if (!same(call(cells), reference(s, cells))) wrong.push(JSON.stringify(cells));
      }
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
  });
});

describe('the float traps are exact', () => {
  // DWSRA: floor(min(0.60 x (direct + 15% opslag), 2 mln)). In doubles 880000 x 1.15 x 0.6 floors to 607199 and
  // 0.6 x 1.15 x 1100000 to 758999: one euro short.
  const float = (k: number): number => Math.min(2_000_000, Math.floor(k * 1.15 * 0.6), Math.floor(0.6 * 1.15 * k));
  test.each([
    [880_000, 607_200, true],
    [1_100_000, 759_000, true],
    [1_245_313, 859_265, false],
    [2_898_551, 2_000_000, false],
  ])('MAX(%p, dwsra-2016) = %p (a float formula is a euro short: %p)', (kosten, expected, trap) => {
    expect(float(kosten) === expected - 1).toBe(trap);
    expect(callSpecCel(spec('MAX'), [kosten, 'dwsra-2016'])).toEqual({ ok: true, value: expected });
    expect(REGELINGEN['dwsra-2016'].regels.centen?.maxCofinanciering((kosten * 100) as Centen)).toBe(expected * 100);
  });
});
