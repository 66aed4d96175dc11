/**
 * The cell kernels resolved once per rate (core/money/kernel `celProduct`, `grensNaOpslag`) and the regelingen's
 * cents rules built from them, against decimal.js, the reference: every rounding of every rate a regeling uses, each
 * regeling's rules on seeded non-negative cents and on both sides of every bound these kernels can be built with, and
 * the bounds' own promises checked in BigInt. The soak variant (COFIN_SOAK=1) runs ten times as many inputs.
 */
import {
  FUNCTIONS,
  REGELINGEN,
  REGELING_IDS,
  callSpec,
  celGetalFunctie,
  findFunction,
  prepareCall,
  type FunctionSpec,
  type Outcome,
  type RegelingId,
} from '../../core';
import { D, decimaal, fractie, maal, type Bedrag, type Eenheid, type Fractie } from '../../core/money';
import {
  bedragVanCenten,
  breukVan,
  celProduct,
  grensNaOpslag,
  type Centen,
  type Richting,
} from '../../core/money/kernel';
import { celWaarde } from '../../core/functions/call';
import { prng } from './seeded';

const SOAK = process.env['COFIN_SOAK'] === '1';
const COUNT = SOAK ? 200_000 : 20_000;
const SEED = 20261202;
const TWEE_53 = 2n ** 53n;

/** Seeded non-negative cents up to `max`: spread over every order of magnitude, and the 50 on each side of `randen`. */
function centen(n: number, seed: number, max: number, randen: readonly number[]): number[] {
  const rnd = prng(seed);
  const out: number[] = [0, 1, 99, 100, 101, 88_000_000, 110_000_000, 124_531_300];
  for (const rand of randen) for (let d = -50; d <= 50; d += 1) if (rand + d >= 0) out.push(Math.floor(rand) + d);
  while (out.length < n) {
    const digits = rnd() * Math.log10(max);
    out.push(Math.min(max, Math.floor(10 ** digits * rnd())));
  }
  return out;
}

/** c x r rounded to `eenheid` in `richting`, in cents, by decimal.js. */
function referentie(c: number, r: Fractie, eenheid: Eenheid, richting: Richting): InstanceType<typeof D> {
  const per = eenheid === 'euro' ? 100 : 1;
  const exact = decimaal(maal(bedragVanCenten(c as Centen), r)).times(100);
  const modus = richting === 'omlaag' ? D.ROUND_DOWN : D.ROUND_HALF_UP;
  return exact.dividedBy(per).toDecimalPlaces(0, modus).times(per);
}

const RATES = ['0.60', '0.50', '0.15', '1.32', '0.264', '0.333', '0.01', '2', '0'] as const;
const ROUNDINGS = (['cent', 'euro'] as const).flatMap((e) =>
  (['omlaag', 'half-op'] as const).map((r) => [e, r] as const),
);

describe('celProduct: a rounded product resolved once equals decimal.js up to its bound', () => {
  test.each(RATES.flatMap((rate) => ROUNDINGS.map(([e, r]) => [rate, e, r] as const)))(
    'c x %s to whole %s, %s',
    (rate, eenheid, richting) => {
      const f = fractie(rate);
      const b = breukVan(f);
      const p = celProduct(b, eenheid, richting);
      const d = BigInt(b.noemer * (eenheid === 'euro' ? 100 : 1));
      // The bound's promise: c x teller + d <= 2^53 at the bound.
      expect(BigInt(p.grens) * BigInt(b.teller) + d <= TWEE_53).toBe(true);
      // Not needlessly low: within one step of the largest c that keeps the promise.
      if (b.teller > 0) expect(BigInt(p.grens + 2) * BigInt(b.teller) + d > TWEE_53).toBe(true);
      const wrong: string[] = [];
      for (const c of centen(COUNT / 10, SEED + RATES.indexOf(rate), p.grens, [
        p.grens,
        2 ** 50 / Math.max(1, b.teller),
      ])) {
        if (c > p.grens) continue;
        const k = p.maal(c);
        if (!Object.is(k, k + 0) || !referentie(c, f, eenheid, richting).equals(k))
          wrong.push(`${String(c)}: ${String(k)}`);
        if (wrong.length > 5) break;
      }
      expect(wrong).toEqual([]);
    },
  );

  test('a negative rate never takes the cell path', () => {
    expect(celProduct(breukVan(fractie('-0.15')), 'cent', 'omlaag').grens).toBe(-1);
  });

  test.each([
    ['0.15', 2 ** 52],
    ['1.32', 2 ** 52],
    ['0.60', 1e15],
    ['0.264', 12_345],
    ['0.15', 99],
  ])('grensNaOpslag(%p, %p): c + c x r rounded stays within the bound', (rate, grens) => {
    const b = breukVan(fractie(rate));
    const c = grensNaOpslag(grens, b);
    if (grens < 100) {
      expect(c).toBe(-1);
      return;
    }
    expect(c).toBeGreaterThan(0);
    // c x (teller + noemer) / noemer + 100 <= grens, in integers.
    expect(BigInt(c) * BigInt(b.teller + b.noemer) + 100n * BigInt(b.noemer) <= BigInt(grens) * BigInt(b.noemer)).toBe(
      true,
    );
  });
});

/**
 * Every bound a regeling's cell kernels can be built with: the bound of each of its rates in each unit, and the bound
 * after adding each rate's product to the cents first. The rules must equal decimal.js on both sides of each.
 */
function randenVan(id: RegelingId): number[] {
  const p = REGELINGEN[id].parameters;
  const rates: Fractie[] = [];
  for (const key of ['cofinancieringspercentage', 'forfaitaireOpslag', 'loonkostenOpslag']) {
    const w = p[key]?.waarde;
    if (w === undefined) continue;
    rates.push(fractie(String(w)));
    if (key === 'loonkostenOpslag') rates.push(fractie(new D(String(w)).plus(1).toString()));
  }
  const randen: number[] = [];
  for (const r of rates) {
    const b = breukVan(r);
    for (const eenheid of ['cent', 'euro'] as const) {
      const g = celProduct(b, eenheid, 'omlaag').grens;
      randen.push(g);
      for (const o of rates) randen.push(grensNaOpslag(g, breukVan(o)));
    }
  }
  return randen.filter((g) => g > 0);
}

describe('the cents rules of every regeling equal its decimal rules, on the cell path and across its bounds', () => {
  test.each(REGELING_IDS.map((id, i) => [id, i] as const))('%s', (id, i) => {
    const regels = REGELINGEN[id].regels;
    const kernel = regels.centen;
    expect(kernel).toBeDefined();
    if (kernel === undefined) return;
    const wrong: string[] = [];
    const eq = (k: Centen | undefined, ref: Bedrag): boolean => k !== undefined && bedragVanCenten(k).equals(ref);
    for (const c of centen(COUNT, SEED + 100 + i, Number.MAX_SAFE_INTEGER, randenVan(id))) {
      const kosten = bedragVanCenten(c as Centen);
      const ref = regels.maximum(kosten);
      if (!ref.ok) throw new Error('maximum refused');
      const cof = regels.maxCofinanciering(kosten);
      const ind = regels.indirect(kosten);
      const loon = regels.loonkosten(kosten);
      const k = c as Centen;
      // Below 2^53 / 1000 every rule must answer; above it an answer, where given, must be exact.
      const moet = c < Number.MAX_SAFE_INTEGER / 1000;
      const klopt = (v: Centen | undefined, r: Bedrag | undefined): boolean =>
        r === undefined ? v === undefined : v === undefined ? !moet : eq(v, r);
      const ok =
        klopt(kernel.maximum(k), ref.value.bedrag) &&
        klopt(kernel.subsidiabeleKosten(k), ref.value.subsidiabeleKosten) &&
        klopt(kernel.maxCofinanciering(k), cof.ok ? cof.value.bedrag : undefined) &&
        (kernel.indirect === undefined || klopt(kernel.indirect(k), ind.ok ? ind.value : undefined)) &&
        (kernel.loonkosten === undefined || klopt(kernel.loonkosten(k), loon.ok ? loon.value : undefined));
      if (!ok) wrong.push(String(c));
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
  });
});

const spec = (name: string): FunctionSpec => findFunction(name) as FunctionSpec;

function reference(s: FunctionSpec, args: readonly unknown[]): Outcome<number> {
  const out = callSpec(s, args);
  return out.ok ? { ok: true, value: celWaarde(out.value) } : out;
}

describe('the cell path of every function with a kernel', () => {
  const KERNEL_FUNCTIES = FUNCTIONS.filter((f) => f.centen !== undefined).map((f) => f.name);

  test('has a kernel of amounts followed by a regeling, answering a plain call for each regeling', () => {
    expect(KERNEL_FUNCTIES).toEqual(['MAX', 'INDIRECT', 'LOONKOSTEN', 'EIGENBIJDRAGE', 'OVERSCHRIJDING']);
    for (const name of KERNEL_FUNCTIES) {
      const s = spec(name);
      const snel = celGetalFunctie(s);
      for (const id of REGELING_IDS) {
        const args = s.params.map((p) => (p.kind === 'regeling' ? id : 1_245_313.45));
        const ref = reference(s, args);
        const v = snel(args);
        // Where the rule answers, the cell kernel answers the same number; where it refuses, the kernel declines.
        expect(ref.ok ? v : undefined).toBe(ref.ok ? ref.value : v);
      }
    }
  });

  test.each(KERNEL_FUNCTIES)('%s: a prepared range with the regeling varying per cell equals single calls', (name) => {
    const s = spec(name);
    const rnd = prng(SEED + 7);
    const ids: unknown[] = [...REGELING_IDS, 'DWSRA-2016', 'onbekend', 3];
    const raw = (): unknown =>
      [Math.floor(rnd() * 3e6), Math.floor(rnd() * 3e8) / 100, -5, 0.1 + 0.2, '12'][Math.floor(rnd() * 5)];
    const n = s.params.length;
    const wrong: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const fixed = s.params.map((p) => (p.kind === 'regeling' ? ids[0] : raw()));
      const varies = s.params.map((p, j) => p.kind === 'regeling' || (j === 0 ? true : rnd() < 0.5));
      const call = prepareCall(s, fixed, varies);
      const cells = [...fixed];
      for (let j = 0; j < 20; j += 1) {
        for (let a = 0; a < n; a += 1)
          if (varies[a] === true)
            cells[a] = s.params[a]?.kind === 'regeling' ? ids[Math.floor(rnd() * ids.length)] : raw();
        const got = call(cells);
        const ref = reference(s, cells);
        const same =
          got.ok && ref.ok
            ? Object.is(got.value, ref.value)
            : !got.ok && !ref.ok && got.finding.message === ref.finding.message;
        if (!same) wrong.push(JSON.stringify(cells));
      }
    }
    expect(wrong).toEqual([]);
  });
});
