/**
 * Rules of the sectorplannen regelingen (2013 and, with its own params and extra checks, 2015). Pure functions of
 * their input and the params; no rate or term is written in a rule body.
 */
import { D, ZERO, formatEuro, formatProcent, minOf, roundDown, times, type Bedrag, type Dec } from '../../money';
import { addDays, compareDatum } from '../../dates';
import type { Begroting } from '../../begroting';
import {
  BerekendMaximum,
  adviesKosten,
  financieringVan,
  bblPlafond,
  groupPerMaatregel,
  looptijdMaanden,
  notApplicable,
  sumBy,
  termijnEinde,
  termijnEindePlusWeken,
  totaleFinanciering,
} from '../shared';
import {
  refuse,
  value,
  type Berekening,
  type MaatregelBerekening,
  type Maximum,
  type RegelingCheck,
  type Regels,
  type RuleResult,
} from '../types';
import type { SectorplanParams } from './params';

export interface SectorplanContext {
  readonly naam: string;
  readonly params: SectorplanParams;
}

/** The rate functions of a sectorplannen regeling. */
export function sectorplanRegels({ naam, params }: SectorplanContext): Regels {
  const rate = new D(params.cofinancieringspercentage.waarde);
  const opslag = new D(params.loonkostenOpslag.waarde).plus(1);
  const bblPct = new D(params.bblPercentageWml.waarde);
  const maxAdvies = new D(params.adviesMaxUurtarief.waarde) as Bedrag;
  const drempel = new D(params.realisatieDrempel.waarde);
  const rateText = formatProcent(rate);

  // Whole euros rounded down (params.afronding, 'onzeker': the reading is recorded there).
  const maximum = (kosten: Bedrag): RuleResult<Maximum> =>
    value(new BerekendMaximum(roundDown(times(kosten, rate), 'euro'), kosten, false, rateText));

  return {
    maximum,
    // No minimum subsidy per plan was found (params.minimumSubsidie, 'onzeker').
    maxCofinanciering: maximum,
    indirect: () =>
      notApplicable(
        'Een forfaitaire opslag voor indirecte kosten',
        naam,
        'overhead wordt als werkelijke kosten begroot; er is geen vast percentage.',
        params.cofinancieringspercentage.bron,
      ),
    loonkosten: (brutoloon) => value(roundDown(times(brutoloon, opslag), 'cent')),
    bbl: (geboortedatum, startdatum, maanden) =>
      bblPlafond(geboortedatum, startdatum, maanden, bblPct, params.bblMaxMaanden.waarde, params.bblPercentageWml.bron),
    advies: (uren, tarief) => value(adviesKosten(uren, maxAdvies, tarief)),
    vaststelling: ({ verleend, gerealiseerdeKosten, beoogdeDeelnemers, gerealiseerdeDeelnemers }) => {
      const article = params.realisatieDrempel.bron;
      if (beoogdeDeelnemers === undefined)
        return refuse({ code: 'argument-ontbreekt', article, params: {}, path: ['beoogdeDeelnemers'] });
      if (gerealiseerdeDeelnemers === undefined)
        return refuse({ code: 'argument-ontbreekt', article, params: {}, path: ['gerealiseerdeDeelnemers'] });
      if (beoogdeDeelnemers.isZero())
        return refuse({
          code: 'deling-door-nul',
          article,
          params: { grootheid: 'de realisatiegraad' },
          path: ['beoogdeDeelnemers'],
        });
      // Compared without division: gerealiseerd < drempel x beoogd.
      if (gerealiseerdeDeelnemers.lessThan(beoogdeDeelnemers.times(drempel))) return value(ZERO);
      const ratio = D.min(gerealiseerdeDeelnemers.dividedBy(beoogdeDeelnemers), 1);
      const proRata = times(verleend, ratio);
      const opKosten = times(gerealiseerdeKosten, rate);
      return value(roundDown(minOf(minOf(verleend, proRata), opKosten), 'euro'));
    },
    rapportagedatum: (start) => value(termijnEinde(start, params.voortgangsrapportageNaMaanden.waarde)),
    einddatum: ({ beschikkingsdatum, verlenging }) =>
      value(
        termijnEinde(
          beschikkingsdatum,
          params.eindBinnenMaanden.waarde + (verlenging ? params.verlengingMaanden.waarde : 0),
        ),
      ),
    bblStart: (beschikking) => value(termijnEinde(beschikking, params.bblStartBinnenMaanden.waarde)),
    bblEind: (beschikking) => value(termijnEinde(beschikking, params.bblEindBinnenMaanden.waarde)),
    vaststellingsdatum: ({ beschikkingsdatum }) =>
      value(
        termijnEindePlusWeken(
          beschikkingsdatum,
          params.vaststellingBinnenMaanden.waarde,
          params.vaststellingExtraWeken.waarde,
        ),
      ),
  };
}

/**
 * The figures of a sectorplannen begroting. The rate applies per maatregel; the subsidy on a BBL cost line is at
 * most the BBL cap (20% of the minimum(jeugd)loon), so a maatregel's maximum is
 * floor(sum of rate x line, with BBL lines limited to their cap).
 */
export function sectorplanBereken(b: Begroting, { params }: SectorplanContext): Berekening {
  const rate = new D(params.cofinancieringspercentage.waarde);
  const bblPct = new D(params.bblPercentageWml.waarde);
  const groups = groupPerMaatregel(b);
  // Sum first, multiply once: rate x (sum of lines) equals the sum of rate x line exactly in decimal arithmetic, at a
  // fraction of the cost for a begroting of thousands of lines (bench/run.ts).
  const kostenPerCode = new Map<string, { kosten: Dec; bblKosten: Dec; bblSubsidie: Dec }>();
  let totaleKosten: Dec = ZERO;
  for (const [code, posten] of groups.kostenposten) {
    let kosten: Dec = ZERO;
    let bblKosten: Dec = ZERO;
    let bblSubsidie: Dec = ZERO;
    for (const { post } of posten) {
      kosten = kosten.plus(post.bedrag);
      if (post.soort !== 'bbl') continue;
      const onLine = post.bedrag.times(rate);
      const cap =
        post.geboortedatum && post.startdatum && post.maanden !== undefined
          ? bblPlafond(
              post.geboortedatum,
              post.startdatum,
              post.maanden,
              bblPct,
              params.bblMaxMaanden.waarde,
              params.bblPercentageWml.bron,
            )
          : undefined;
      bblKosten = bblKosten.plus(post.bedrag);
      bblSubsidie = bblSubsidie.plus(cap?.ok ? D.min(onLine, cap.value) : onLine);
    }
    kostenPerCode.set(code, { kosten, bblKosten, bblSubsidie });
    totaleKosten = totaleKosten.plus(kosten);
  }
  const maatregelen: MaatregelBerekening[] = b.maatregelen.map((m, index) => {
    const k = kostenPerCode.get(m.code);
    const kosten = (k?.kosten ?? ZERO) as Bedrag;
    const subsidie = k ? k.kosten.minus(k.bblKosten).times(rate).plus(k.bblSubsidie) : ZERO;
    const fin = groups.financiering.get(m.code) ?? [];
    return {
      index,
      code: m.code,
      naam: m.naam,
      kosten,
      subsidiabeleKosten: kosten,
      maximum: roundDown(subsidie as Bedrag, 'euro'),
      ...financieringVan(fin),
    };
  });
  const maximaleSubsidie = sumBy(maatregelen, (m) => m.maximum ?? ZERO);
  const toekenbaar = minOf(b.plan.gevraagdeSubsidie, maximaleSubsidie);
  return {
    maatregelen,
    totaleKosten: totaleKosten as Bedrag,
    subsidiabeleKosten: totaleKosten as Bedrag,
    maximaleSubsidie,
    grondslag: `${formatProcent(rate)} per maatregel`,
    gevraagdeSubsidie: b.plan.gevraagdeSubsidie,
    vereisteEigenBijdrage: totaleKosten.minus(toekenbaar) as Bedrag,
    totaleFinanciering: totaleFinanciering(b),
  };
}

/** Checks shared by the sectorplannen regelingen. */
export function sectorplanControles(b: Begroting, calc: Berekening, { params }: SectorplanContext): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const rate = new D(params.cofinancieringspercentage.waarde);
  const eigenMin = new D(params.eigenFinancieringMinimum.waarde);
  const opslag = new D(params.loonkostenOpslag.waarde).plus(1);
  const maxAdvies = new D(params.adviesMaxUurtarief.waarde) as Bedrag;
  const bblPct = new D(params.bblPercentageWml.waarde);
  const groups = groupPerMaatregel(b);
  const beschikking = b.plan.beschikkingsdatum;
  const verlenging = b.plan.verlenging === true;

  // Plan level: requested subsidy within the sum of the maxima per maatregel.
  if (b.plan.gevraagdeSubsidie.greaterThan(calc.maximaleSubsidie)) {
    checks.push({
      code: 'subsidie-boven-maximum',
      article: params.cofinancieringspercentage.bron,
      path: ['plan', 'gevraagdeSubsidie'],
      params: {
        gevraagd: b.plan.gevraagdeSubsidie,
        maximum: calc.maximaleSubsidie,
        grondslag: calc.grondslag,
        overschrijding: b.plan.gevraagdeSubsidie.minus(calc.maximaleSubsidie),
      },
    });
  }
  const szwRows = b.financiering.filter((f) => f.bron === 'szw');
  if (szwRows.length > 0) {
    const szwTotal = sumBy(szwRows, (f) => f.bedrag);
    if (!szwTotal.equals(b.plan.gevraagdeSubsidie))
      checks.push({
        code: 'plan-subsidie-wijkt-af',
        article: params.cofinancieringspercentage.bron,
        path: ['plan', 'gevraagdeSubsidie'],
        params: { plan: b.plan.gevraagdeSubsidie, som: szwTotal },
      });
  }

  for (const m of calc.maatregelen) {
    const maatregel = b.maatregelen[m.index];
    if (!maatregel) continue;
    const path = ['maatregelen', m.index] as const;
    const fin = groups.financiering.get(m.code) ?? [];
    const firstSzw = fin.find((f) => f.regel.bron === 'szw');
    if (m.maximum !== undefined && m.szw.greaterThan(m.maximum)) {
      checks.push({
        code: 'subsidie-boven-maximum',
        article: params.cofinancieringspercentage.bron,
        path: firstSzw ? ['financiering', firstSzw.index, 'bedrag'] : path,
        params: {
          gevraagd: m.szw,
          maximum: m.maximum,
          grondslag: `${formatProcent(rate)} van ${formatEuro(m.kosten)}`,
          overschrijding: m.szw.minus(m.maximum),
        },
      });
    }
    if (m.heeftFinanciering) {
      const vereist = m.kosten.times(eigenMin);
      if (m.eigen.lessThan(vereist))
        checks.push({
          code: 'eigen-financiering-te-laag',
          article: params.eigenFinancieringMinimum.bron,
          path,
          params: { eigen: m.eigen, procent: eigenMin, kosten: m.kosten, vereist },
        });
      const gedekt = m.szw.plus(m.eigen);
      if (!gedekt.equals(m.kosten))
        checks.push({
          code: 'maatregel-sluit-niet',
          article: params.eigenFinancieringMinimum.bron,
          path,
          params: { financiering: gedekt, kosten: m.kosten, verschil: gedekt.minus(m.kosten) },
        });
    }

    // Looptijd: BBL-only maatregelen follow the BBL windows instead of the 24 months.
    const posten = groups.kostenposten.get(m.code) ?? [];
    const alleenBbl = posten.length > 0 && posten.every((x) => x.post.soort === 'bbl');
    if (!alleenBbl && compareDatum(maatregel.einddatum, maatregel.startdatum) >= 0) {
      const maanden = looptijdMaanden(maatregel.startdatum, maatregel.einddatum);
      if (maanden > params.maxLooptijdMaanden.waarde)
        checks.push({
          code: 'looptijd-te-lang',
          article: params.maxLooptijdMaanden.bron,
          path: [...path, 'einddatum'],
          params: {
            maanden,
            start: maatregel.startdatum,
            eind: maatregel.einddatum,
            maximum: params.maxLooptijdMaanden.waarde,
          },
        });
      if (beschikking) {
        const uiterlijk = termijnEinde(
          beschikking,
          params.eindBinnenMaanden.waarde + (verlenging ? params.verlengingMaanden.waarde : 0),
        );
        if (compareDatum(maatregel.einddatum, uiterlijk) > 0)
          checks.push({
            code: 'einddatum-na-termijn',
            article: verlenging ? params.verlengingMaanden.bron : params.eindBinnenMaanden.bron,
            path: [...path, 'einddatum'],
            params: { eind: maatregel.einddatum, uiterlijk },
          });
      }
    }
  }

  b.kostenposten.forEach((post, index) => {
    const path = ['kostenposten', index] as const;
    if (post.soort === 'personeel' && post.brutoloon !== undefined) {
      const max = roundDown(times(post.brutoloon, opslag), 'cent');
      if (post.bedrag.greaterThan(max))
        checks.push({
          code: 'loonkosten-opslag-te-hoog',
          article: params.loonkostenOpslag.bron,
          path: [...path, 'bedrag'],
          params: {
            bedrag: post.bedrag,
            brutoloon: post.brutoloon,
            opslag: new D(params.loonkostenOpslag.waarde),
            maximum: max,
          },
        });
    }
    if (post.soort === 'advies') {
      if (post.tarief?.greaterThan(maxAdvies))
        checks.push({
          code: 'advies-tarief-te-hoog',
          article: params.adviesMaxUurtarief.bron,
          path: [...path, 'tarief'],
          params: { tarief: post.tarief, maximum: maxAdvies },
        });
      if (post.uren !== undefined) {
        const max = adviesKosten(post.uren, maxAdvies, post.tarief);
        if (post.bedrag.greaterThan(max))
          checks.push({
            code: 'advies-bedrag-te-hoog',
            article: params.adviesMaxUurtarief.bron,
            path: [...path, 'bedrag'],
            params: {
              bedrag: post.bedrag,
              uren: post.uren,
              maximumTarief: post.tarief?.lessThan(maxAdvies) ? post.tarief : maxAdvies,
              maximum: max,
            },
          });
      }
    }
    if (post.soort === 'bbl') {
      if (!post.geboortedatum || !post.startdatum || post.maanden === undefined) {
        checks.push({ code: 'bbl-gegevens-ontbreken', article: params.bblPercentageWml.bron, path, params: {} });
        return;
      }
      if (post.maanden > params.bblMaxMaanden.waarde)
        checks.push({
          code: 'bbl-duur-te-lang',
          article: params.bblMaxMaanden.bron,
          path: [...path, 'maanden'],
          params: { maanden: post.maanden, maximum: params.bblMaxMaanden.waarde },
        });
      const cap = bblPlafond(
        post.geboortedatum,
        post.startdatum,
        post.maanden,
        bblPct,
        params.bblMaxMaanden.waarde,
        params.bblPercentageWml.bron,
      );
      if (!cap.ok) {
        checks.push({ ...cap.refusal, path: [...path, ...(cap.refusal.path ?? ['startdatum'])] });
      } else if (post.bedrag.times(rate).greaterThan(cap.value)) {
        checks.push({
          code: 'bbl-subsidie-begrensd',
          article: params.bblPercentageWml.bron,
          path: [...path, 'bedrag'],
          params: { plafond: cap.value, maanden: Math.min(post.maanden, params.bblMaxMaanden.waarde) },
        });
      }
      if (beschikking) {
        const startUiterlijk = termijnEinde(beschikking, params.bblStartBinnenMaanden.waarde);
        if (compareDatum(post.startdatum, startUiterlijk) > 0)
          checks.push({
            code: 'bbl-start-te-laat',
            article: params.bblStartBinnenMaanden.bron,
            path: [...path, 'startdatum'],
            params: {
              start: post.startdatum,
              uiterlijk: startUiterlijk,
              maanden: params.bblStartBinnenMaanden.waarde,
            },
          });
        const eindUiterlijk = termijnEinde(beschikking, params.bblEindBinnenMaanden.waarde);
        // Last day of the traject: start + months, minus one day (a traject from 1-9-2014 of 24 months ends 31-8-2016).
        const eind = addDays(termijnEinde(post.startdatum, Math.min(post.maanden, params.bblMaxMaanden.waarde)), -1);
        if (compareDatum(eind, eindUiterlijk) > 0)
          checks.push({
            code: 'bbl-eind-te-laat',
            article: params.bblEindBinnenMaanden.bron,
            path: [...path, 'maanden'],
            params: { eind, uiterlijk: eindUiterlijk, maanden: params.bblEindBinnenMaanden.waarde },
          });
      }
    }
  });
  return checks;
}
