/**
 * parseBegroting (core/begroting.ts) against begrotingSchema, the reference: on seeded begrotingen, well formed and
 * not, with text and decimal amounts, untrimmed codes, keys present as undefined, unknown keys and rows the schema
 * refuses, both give the same outcome, and on success the same data key for key, in the same key order, every
 * amount the same decimal. The validation's findings are a function of that data, so they are the same byte for byte.
 */
import { D, valideerBegroting } from '../../core';
import { begrotingSchema, parseBegroting } from '../../core/begroting';
import { prng, vorm } from './seeded';

function begroting(rnd: () => number, lines: number, bad: number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const amount = (): unknown =>
    pick([
      `${Math.floor(rnd() * 1e6)}`,
      `${Math.floor(rnd() * 1e6)}.${Math.floor(rnd() * 100)}`,
      `0012.500`,
      `${Math.floor(rnd() * 1e6)}.${Math.floor(rnd() * 1e5)}`,
      `${Math.floor(rnd() * 1e15)}${Math.floor(rnd() * 1e6)}.${Math.floor(rnd() * 100)}`,
      `0.0${Math.floor(rnd() * 10)}`,
      `${Math.floor(rnd() * 10)}0000000`,
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
  const maatregelen = ['M1', 'M2', ' M3 '].map((code) => {
    const row: Record<string, unknown> = {
      code,
      naam: pick([`Maatregel ${code}`, ` Maatregel ${code} `]),
      soort: pick(['scholing', 'jongeren', ' mobiliteit']),
      startdatum: '2014-02-01',
      einddatum: '2015-12-31',
      beoogdeDeelnemers: pick([0, 10, 100_000_000]),
    };
    if (rnd() < 0.3) row['wwMaanden'] = pick([0, 6.5, 1200, undefined]);
    if (rnd() < 0.3) row['doelgroep'] = pick(['jongeren', 'geen', undefined]);
    if (rnd() < 0.1) row['extra'] = 'onbekend veld';
    return row;
  });
  const financiering = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => {
    const row: Record<string, unknown> = { bron: pick(['szw', 'werkgevers', 'oo-fonds']), bedrag: amount() };
    if (rnd() < 0.8) row['maatregel'] = pick(['M1', ' M2 ', '', undefined]);
    if (rnd() < 0.3) row['omschrijving'] = pick(['Bijdrage', undefined]);
    return row;
  });
  const kwaadRij: readonly (() => void)[] = [
    () => ((maatregelen[1] as Record<string, unknown>)['code'] = '  '),
    () => ((maatregelen[0] as Record<string, unknown>)['beoogdeDeelnemers'] = 1.5),
    () => ((maatregelen[2] as Record<string, unknown>)['startdatum'] = '2014-02-30'),
    () => ((maatregelen[0] as Record<string, unknown>)['wwMaanden'] = Infinity),
    () => ((maatregelen[1] as Record<string, unknown>)['doelgroep'] = 'iedereen'),
    () => ((financiering[0] as Record<string, unknown>)['bron'] = 'bank'),
    () => ((financiering[0] as Record<string, unknown>)['maatregel'] = 3),
    () => ((financiering[0] as Record<string, unknown>)['bedrag'] = '1.5.0'),
  ];
  if (bad > 0 && rnd() < 0.5) pick(kwaadRij)();
  return {
    plan: {
      regeling: pick(['sectorplannen-2013', 'sectorplannen-2015', 'dwsra-2016']),
      naam: 'Plan',
      hoofdaanvrager: 'Stichting',
      startdatum: '2014-02-01',
      einddatum: rnd() < 0.9 ? '2015-12-31' : 'nooit',
      gevraagdeSubsidie: amount(),
    },
    maatregelen,
    kostenposten,
    financiering,
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
