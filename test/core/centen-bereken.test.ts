/**
 * The cents path of the sectorplannen (h/valid, issue 15) against the decimal path, the reference. On seeded
 * begrotingen (whole cents and whole euros, amounts with more than two decimals, amounts far beyond 2^53 cents and
 * sums that pass it, unknown maatregel codes, financing without a maatregel, loonkosten above and below the opslag,
 * advice and BBL lines), the fast parse, the cents berekening and the checks that use it give exactly the figures and
 * checks of the schema parse, the decimal berekening and the checks without it: every amount the same decimal, field
 * for field. Where the cents path cannot prove a figure it declines, and the test counts that it declined only there.
 */
import { D, REGELINGEN, valideerBegroting } from '../../core';
import { begrotingSchema, parseBegroting, type Begroting } from '../../core/begroting';
import { sectorplanBerekenCenten, sectorplanBerekenDecimaal } from '../../core/regelingen/sectorplannen-2013/rules';
import { params as params2013 } from '../../core/regelingen/sectorplannen-2013/params';
import { params as params2015 } from '../../core/regelingen/sectorplannen-2015/params';
import { prng, vorm } from './seeded';

type Soort = 'gewoon' | 'decimalen' | 'groot' | 'bbl';

function begroting(rnd: () => number, soort: Soort): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const heel = (max: number): string => String(Math.floor(rnd() * max));
  const amount = (): unknown => {
    const r = rnd();
    if (soort === 'decimalen' && r < 0.05) return `${heel(1e5)}.${heel(1e4)}`;
    if (soort === 'groot' && r < 0.05) return pick([`${heel(1e9)}${heel(1e9)}${heel(1e6)}`, '90071992547409.91']);
    if (r < 0.4) return heel(1e6);
    if (r < 0.8) return `${heel(1e6)}.${heel(100).padStart(2, '0')}`;
    if (r < 0.9) return `${heel(1e4)}.${heel(10)}`;
    return new D(heel(1e8)).dividedBy(100);
  };
  const codes = ['M1', 'M2', 'M3', 'M4'];
  const maatregelen = codes.map((code, i) => ({
    code: i === 3 && rnd() < 0.2 ? 'M1' : code,
    naam: `Maatregel ${code}`,
    soort: pick(['scholing', 'jongeren', 'werk-ander-beroep']),
    startdatum: pick(['2014-02-01', '2014-09-01']),
    einddatum: pick(['2015-12-31', '2016-09-30']),
    beoogdeDeelnemers: pick([0, 10]),
  }));
  const kostenposten = Array.from({ length: 1 + Math.floor(rnd() * 40) }, (_, i) => {
    const kind = pick(['personeel', 'personeel', 'extern', 'materieel', 'advies', 'overhead'] as const);
    const row: Record<string, unknown> = {
      maatregel: rnd() < 0.05 ? 'ONBEKEND' : pick(codes),
      soort: kind,
      omschrijving: `Post ${String(i)}`,
      bedrag: amount(),
    };
    if (kind === 'personeel' && rnd() < 0.8) row['brutoloon'] = rnd() < 0.5 ? amount() : heel(1e6);
    if (kind === 'advies') {
      if (rnd() < 0.6) row['uren'] = heel(200);
      if (rnd() < 0.6) row['tarief'] = pick(['90', '125', '150.50']);
    }
    return row;
  });
  if (soort === 'bbl')
    kostenposten.push({
      maatregel: 'M2',
      soort: 'bbl',
      bedrag: '12000',
      geboortedatum: '1996-05-01',
      startdatum: '2014-09-01',
      maanden: 24,
    });
  if (soort === 'groot' && rnd() < 0.5)
    for (const code of ['M1', 'M1'])
      kostenposten.push({ maatregel: code, soort: 'extern', bedrag: '45035996273704.96' });
  const financiering = Array.from({ length: 1 + Math.floor(rnd() * 8) }, () => ({
    maatregel: pick([...codes, '', undefined, 'ONBEKEND']),
    bron: pick(['szw', 'szw', 'werkgevers', 'oo-fonds', 'gemeente']),
    bedrag: amount(),
  }));
  return {
    plan: {
      regeling: pick(['sectorplannen-2013', 'sectorplannen-2015']),
      naam: 'Plan',
      hoofdaanvrager: 'Stichting',
      ...(rnd() < 0.8 ? { beschikkingsdatum: '2014-01-15' } : {}),
      startdatum: '2014-02-01',
      einddatum: '2015-12-31',
      gevraagdeSubsidie: rnd() < 0.5 ? amount() : '0',
    },
    maatregelen,
    kostenposten,
    financiering,
  };
}

describe('the cents path of the sectorplannen equals the decimal path', () => {
  test('on 2,000 seeded begrotingen: the same figures and the same checks', () => {
    const rnd = prng(20261201);
    const wrong: string[] = [];
    const centen: Record<Soort, number> = { gewoon: 0, decimalen: 0, groot: 0, bbl: 0 };
    const alle: Record<Soort, number> = { gewoon: 0, decimalen: 0, groot: 0, bbl: 0 };
    for (let i = 0; i < 2000 && wrong.length < 3; i += 1) {
      const soort = (['gewoon', 'decimalen', 'groot', 'bbl'] as const)[i % 4] as Soort;
      const input = begroting(rnd, soort);
      const snel = parseBegroting(input);
      const ref = begrotingSchema.safeParse(input);
      expect(snel.success && ref.success).toBe(true);
      if (!snel.success || !ref.success) continue;
      const b: Begroting = snel.data;
      const r: Begroting = ref.data;
      const regeling = REGELINGEN[b.plan.regeling];
      const params = b.plan.regeling === 'sectorplannen-2015' ? params2015 : params2013;
      const decimaal = sectorplanBerekenDecimaal(r, params);
      const viaCenten = sectorplanBerekenCenten(b, params);
      alle[soort] += 1;
      if (viaCenten !== undefined) {
        centen[soort] += 1;
        if (vorm(viaCenten) !== vorm(decimaal)) wrong.push(`${String(i)} berekening: ${vorm(viaCenten)}`);
      }
      const berekening = regeling.bereken(b);
      if (vorm(berekening) !== vorm(decimaal)) wrong.push(`${String(i)} bereken: ${vorm(berekening)}`);
      const checks = regeling.controleer(b, berekening);
      const refChecks = regeling.controleer(r, decimaal);
      if (vorm(checks) !== vorm(refChecks)) wrong.push(`${String(i)} checks: ${vorm(checks)} ${vorm(refChecks)}`);
    }
    expect(wrong).toEqual([]);
    // The cents path answered most plain begrotingen, and declined every one with a BBL line.
    expect(centen.gewoon).toBeGreaterThan(alle.gewoon * 0.9);
    expect(centen.decimalen).toBeLessThan(alle.decimalen);
    expect(centen.groot).toBeLessThan(alle.groot);
    expect(centen.bbl).toBe(0);
  });

  test('the findings of a large plain begroting are those of the decimal path', () => {
    const rnd = prng(5);
    const input = begroting(rnd, 'gewoon');
    const rows = input['kostenposten'] as Record<string, unknown>[];
    for (let i = 0; i < 3000; i += 1)
      rows.push({
        maatregel: `M${String(1 + (i % 4))}`,
        soort: 'personeel',
        bedrag: `${String(1000 + i)}.50`,
        brutoloon: '900',
      });
    const r = valideerBegroting(input);
    const b = begrotingSchema.parse(input);
    const regeling = REGELINGEN[b.plan.regeling];
    const params = b.plan.regeling === 'sectorplannen-2015' ? params2015 : params2013;
    const decimaal = sectorplanBerekenDecimaal(b, params);
    expect(vorm(r.berekening)).toBe(vorm(decimaal));
    const codes = regeling.controleer(b, decimaal).map((c) => c.code);
    expect(codes.filter((c) => c === 'loonkosten-boven-vaste-opslag').length).toBeGreaterThan(2000);
    for (const code of new Set(codes)) expect(r.findings.some((f) => f.code === code)).toBe(true);
  });
});
