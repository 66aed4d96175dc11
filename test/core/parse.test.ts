/**
 * parseBegroting (core/begroting.ts) against begrotingSchema, the reference: on seeded begrotingen, well formed and
 * not, with text and decimal amounts, untrimmed codes, keys present as undefined, unknown keys and rows the schema
 * refuses, both give the same outcome, and on success the same data key for key, in the same key order, every
 * amount the same decimal. The validation's findings are a function of that data, so they are the same byte for byte.
 */
import { D, valideerBegroting } from '../../core';
import { begrotingSchema, parseBegroting } from '../../core/begroting';

/** A seeded PRNG (mulberry32): the same inputs on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values as text that keeps what equality must see: key order, keys holding undefined, decimals and their class. */
function vorm(x: unknown): string {
  if (x instanceof D) return `D(${x.toString()})`;
  if (Array.isArray(x)) return `[${x.map(vorm).join(',')}]`;
  if (typeof x === 'object' && x !== null)
    return `{${Object.entries(x)
      .map(([k, v]) => `${k}:${vorm(v)}`)
      .join(',')}}`;
  return x === undefined ? 'undefined' : JSON.stringify(x);
}

function begroting(rnd: () => number, lines: number, bad: number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const amount = (): unknown =>
    pick([
      `${Math.floor(rnd() * 1e6)}`,
      `${Math.floor(rnd() * 1e6)}.${Math.floor(rnd() * 100)}`,
      `0012.500`,
      new D(`${Math.floor(rnd() * 1e7) / 100}`),
    ]);
  const kostenposten = Array.from({ length: lines }, (_, i) => {
    const row: Record<string, unknown> = {
      maatregel: pick(['M1', 'M2', ' M3 ', 'M4']),
      soort: pick(['personeel', 'extern', 'advies', 'bbl', 'materieel', 'scholingsvoucher']),
      bedrag: amount(),
    };
    if (rnd() < 0.5) row['omschrijving'] = pick([`Post ${i}`, undefined, '']);
    if (rnd() < 0.3) row['brutoloon'] = pick([amount(), undefined]);
    if (rnd() < 0.2) row['uren'] = amount();
    if (rnd() < 0.2) row['tarief'] = amount();
    if (rnd() < 0.2) row['geboortedatum'] = pick(['1999-02-28', '2000-02-29', undefined]);
    if (rnd() < 0.2) row['startdatum'] = pick(['2014-03-01', undefined]);
    if (rnd() < 0.2) row['maanden'] = pick([0, 12, 24, 1200, undefined]);
    if (rnd() < 0.1) row['personen'] = pick([1, 3, undefined]);
    if (rnd() < 0.1) row['baangarantieMaanden'] = pick([0, 6, undefined]);
    if (rnd() < 0.1) row['extra'] = 'onbekend veld';
    return row;
  });
  // Rows the schema refuses or reads differently: the whole input must then go to the schema.
  const kwaad: readonly ((r: Record<string, unknown>) => void)[] = [
    (r) => (r['bedrag'] = '-5'),
    (r) => (r['bedrag'] = 12.5),
    (r) => (r['bedrag'] = new D(-1)),
    (r) => (r['bedrag'] = new D(Infinity)),
    (r) => (r['bedrag'] = '1,50'),
    (r) => (r['maatregel'] = '   '),
    (r) => (r['soort'] = 'onbekend'),
    (r) => (r['omschrijving'] = 7),
    (r) => (r['geboortedatum'] = '2001-02-29'),
    (r) => (r['maanden'] = 1201),
    (r) => (r['maanden'] = 1.5),
    (r) => (r['personen'] = 0),
    (r) => (r['uren'] = 'veel'),
    (r) => delete r['bedrag'],
  ];
  for (let i = 0; i < bad; i += 1) {
    const row = kostenposten[Math.floor(rnd() * kostenposten.length)];
    if (row) pick(kwaad)(row);
  }
  if (bad > 0 && rnd() < 0.2) kostenposten.push(null as unknown as Record<string, unknown>);
  return {
    plan: {
      regeling: pick(['sectorplannen-2013', 'sectorplannen-2015', 'dwsra-2016']),
      naam: 'Plan',
      hoofdaanvrager: 'Stichting',
      startdatum: '2014-02-01',
      einddatum: rnd() < 0.9 ? '2015-12-31' : 'nooit',
      gevraagdeSubsidie: amount(),
    },
    maatregelen: ['M1', 'M2', 'M3'].map((code) => ({
      code,
      naam: `Maatregel ${code}`,
      soort: 'scholing',
      startdatum: '2014-02-01',
      einddatum: '2015-12-31',
      beoogdeDeelnemers: 10,
    })),
    kostenposten,
    financiering: [{ bron: 'szw', bedrag: '1000' }],
  };
}

describe('parseBegroting equals begrotingSchema', () => {
  test('on 400 seeded begrotingen, well formed and not', () => {
    const rnd = prng(20261201);
    const wrong: string[] = [];
    let success = 0;
    for (let i = 0; i < 400; i += 1) {
      const input = begroting(rnd, 1 + Math.floor(rnd() * 60), i % 3 === 0 ? 1 + Math.floor(rnd() * 3) : 0);
      const snel = parseBegroting(input);
      const ref = begrotingSchema.safeParse(input);
      if (snel.success !== ref.success) wrong.push(`${String(i)}: success ${String(snel.success)}`);
      else if (snel.success && ref.success) {
        success += 1;
        if (vorm(snel.data) !== vorm(ref.data)) wrong.push(`${String(i)}: ${vorm(snel.data)}`);
      } else if (vorm(snel.error?.issues) !== vorm(ref.error?.issues)) wrong.push(`${String(i)}: issues`);
      if (wrong.length > 3) break;
    }
    expect(wrong).toEqual([]);
    expect(success).toBeGreaterThan(100);
  });

  test('a row the schema refuses gives the findings of the schema', () => {
    const input = begroting(prng(7), 5, 0);
    const rows = input['kostenposten'] as Record<string, unknown>[];
    (rows[2] as Record<string, unknown>)['bedrag'] = '1,50';
    const r = valideerBegroting(input);
    expect(r.oordeel).toBe('voldoet-niet');
    expect(r.findings.map((f) => [f.code, f.message]).filter(([c]) => c === 'invoer-ongeldig')).toEqual([
      ['invoer-ongeldig', 'kostenpost 3, bedrag: verwacht een bedrag van 0 of meer, zoals 1250.50'],
    ]);
  });
});
