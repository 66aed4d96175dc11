/**
 * Rules of the sectorplannen regelingen (2013 and, with its own params and extra checks, 2015). Pure functions of
 * their input and the params; no rate or term is written in a rule body.
 */
import {
  D,
  HEEL,
  ZERO,
  bedrag,
  formatEuro,
  formatProcent,
  fractie,
  maal,
  minOf,
  roundDown,
  som,
  verhouding,
  verschil,
  type Bedrag,
} from '../../money';
import { addDays, compareDatum, type Datum } from '../../dates';
import type { Begroting, Financiering, Kostenpost, Maatregel } from '../../begroting';
import type { Pad } from '../../findings';
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
import { dektOpAfronding, sluitOpAfronding } from '../sluiten';
import type { SectorplanParams } from './params';

/** No overhead percentage was found in any text read; the overhead refusal names what was read. */
const OVERHEAD_BRON =
  'Geen overheadpercentage gevonden: Kamerbrief medio 2016, voetnoot 16 (overhead was subsidiabel, zonder percentage); Q&A van het Agentschap SZW, hoofdstuk "kosten, overhead" (inhoud niet gelezen)';

export interface SectorplanContext {
  readonly naam: string;
  readonly params: SectorplanParams;
}

/** The rate functions of a sectorplannen regeling. */
export function sectorplanRegels({ naam, params }: SectorplanContext): Regels {
  const rate = fractie(params.cofinancieringspercentage.waarde);
  const opslag = fractie(new D(params.loonkostenOpslag.waarde).plus(1));
  const bblPct = fractie(params.bblPercentageWml.waarde);
  const maxAdvies = bedrag(params.adviesMaxUurtarief.waarde);
  const drempel = fractie(params.realisatieDrempel.waarde);
  const rateText = formatProcent(rate);

  // Whole euros rounded down (params.afronding, 'onzeker': the reading is recorded there).
  const maximum = (kosten: Bedrag): RuleResult<Maximum> =>
    value(new BerekendMaximum(roundDown(maal(kosten, rate), params.afronding.waarde), kosten, false, rateText));

  return {
    maximum,
    // No minimum subsidy per plan was found (params.minimumSubsidie, 'onzeker').
    maxCofinanciering: maximum,
    indirect: () =>
      notApplicable(
        'Een forfaitaire opslag voor indirecte kosten',
        naam,
        'overhead wordt als werkelijke kosten begroot; de gelezen teksten noemen geen vast percentage.',
        OVERHEAD_BRON,
      ),
    loonkosten: (brutoloon) => value(roundDown(maal(brutoloon, opslag), 'cent')),
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
      if (gerealiseerdeDeelnemers.lessThan(maal(beoogdeDeelnemers, drempel))) return value(ZERO);
      const ratio = minOf(verhouding(gerealiseerdeDeelnemers, beoogdeDeelnemers), HEEL);
      const proRata = maal(verleend, ratio);
      const opKosten = maal(gerealiseerdeKosten, rate);
      return value(roundDown(minOf(minOf(verleend, proRata), opKosten), params.afronding.waarde));
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
  const rate = fractie(params.cofinancieringspercentage.waarde);
  const bblPct = fractie(params.bblPercentageWml.waarde);
  const groups = groupPerMaatregel(b);
  // Sum first, multiply once: rate x (sum of lines) equals the sum of rate x line exactly in decimal arithmetic, at a
  // fraction of the cost for a begroting of thousands of lines (bench/run.ts).
  const kostenPerCode = new Map<string, { kosten: Bedrag; bblKosten: Bedrag; bblSubsidie: Bedrag }>();
  let totaleKosten = ZERO;
  for (const [code, posten] of groups.kostenposten) {
    let kosten = ZERO;
    let bblKosten = ZERO;
    let bblSubsidie = ZERO;
    for (const { post } of posten) {
      kosten = som(kosten, post.bedrag);
      if (post.soort !== 'bbl') continue;
      const onLine = maal(post.bedrag, rate);
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
      bblKosten = som(bblKosten, post.bedrag);
      bblSubsidie = som(bblSubsidie, cap?.ok ? minOf(onLine, cap.value) : onLine);
    }
    kostenPerCode.set(code, { kosten, bblKosten, bblSubsidie });
    totaleKosten = som(totaleKosten, kosten);
  }
  const maatregelen: MaatregelBerekening[] = b.maatregelen.map((m, index) => {
    const k = kostenPerCode.get(m.code);
    const kosten = k?.kosten ?? ZERO;
    const subsidie = k ? som(maal(verschil(k.kosten, k.bblKosten), rate), k.bblSubsidie) : ZERO;
    const fin = groups.financiering.get(m.code) ?? [];
    return {
      index,
      code: m.code,
      naam: m.naam,
      kosten,
      subsidiabeleKosten: kosten,
      maximum: roundDown(subsidie, params.afronding.waarde),
      ...financieringVan(fin),
    };
  });
  const maximaleSubsidie = sumBy(maatregelen, (m) => m.maximum ?? ZERO);
  const toekenbaar = minOf(b.plan.gevraagdeSubsidie, maximaleSubsidie);
  return {
    maatregelen,
    totaleKosten,
    subsidiabeleKosten: totaleKosten,
    maximaleSubsidie,
    grondslag: `${formatProcent(rate)} per maatregel`,
    gevraagdeSubsidie: b.plan.gevraagdeSubsidie,
    vereisteEigenBijdrage: verschil(totaleKosten, toekenbaar),
    totaleFinanciering: totaleFinanciering(b),
  };
}

/** Checks shared by the sectorplannen regelingen: the plan's subsidy, each maatregel, each cost line. */
export function sectorplanControles(b: Begroting, calc: Berekening, { params }: SectorplanContext): RegelingCheck[] {
  const groups = groupPerMaatregel(b);
  const beschikking = b.plan.beschikkingsdatum;
  const verlenging = b.plan.verlenging === true;
  const checks: RegelingCheck[] = [...planSubsidieControles(b, calc, params)];
  for (const m of calc.maatregelen) {
    const maatregel = b.maatregelen[m.index];
    if (!maatregel) continue;
    const path: Pad = ['maatregelen', m.index];
    const fin = groups.financiering.get(m.code) ?? [];
    const posten = groups.kostenposten.get(m.code) ?? [];
    checks.push(...financieringControles(m, fin, path, params));
    checks.push(...looptijdControles(maatregel, posten, path, beschikking, verlenging, params));
  }
  b.kostenposten.forEach((post, index) => {
    const path: Pad = ['kostenposten', index];
    if (post.soort === 'personeel') checks.push(...loonkostenControles(post, path, params));
    if (post.soort === 'advies') checks.push(...adviesControles(post, path, params));
    if (post.soort === 'bbl') checks.push(...bblControles(post, path, beschikking, params));
  });
  return checks;
}

/** The plan's requested subsidy: within the sum of the maxima, and equal to the SZW financing rows. */
function planSubsidieControles(b: Begroting, calc: Berekening, params: SectorplanParams): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
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
        overschrijding: verschil(b.plan.gevraagdeSubsidie, calc.maximaleSubsidie),
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
  return checks;
}

/** A maatregel's financing: SZW within its maximum, enough own financing, and financing equal to the costs. */
function financieringControles(
  m: MaatregelBerekening,
  fin: readonly { readonly regel: Financiering; readonly index: number }[],
  path: Pad,
  params: SectorplanParams,
): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const rate = fractie(params.cofinancieringspercentage.waarde);
  const eigenMin = fractie(params.eigenFinancieringMinimum.waarde);
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
        overschrijding: verschil(m.szw, m.maximum),
      },
    });
  }
  // Own financing against all declared costs of the maatregel; a shortfall under one euro is rounding (sluitTolerantie).
  if (m.heeftFinanciering) {
    const vereist = maal(m.kosten, eigenMin);
    if (!dektOpAfronding(m.eigen, vereist))
      checks.push({
        code: 'eigen-financiering-te-laag',
        article: params.eigenFinancieringMinimum.bron,
        path,
        params: { eigen: m.eigen, procent: eigenMin, kosten: m.kosten, vereist },
      });
    const gedekt = som(m.szw, m.eigen);
    if (!sluitOpAfronding(gedekt, m.kosten))
      checks.push({
        code: 'maatregel-sluit-niet',
        article: params.eigenFinancieringMinimum.bron,
        path,
        params: { financiering: gedekt, kosten: m.kosten, verschil: verschil(gedekt, m.kosten) },
      });
  }
  return checks;
}

/** A maatregel's looptijd and end date; BBL-only maatregelen follow the BBL windows instead (`bblControles`). */
function looptijdControles(
  maatregel: Maatregel,
  posten: readonly { readonly post: Kostenpost }[],
  path: Pad,
  beschikking: Datum | undefined,
  verlenging: boolean,
  params: SectorplanParams,
): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  // Looptijd: BBL-only maatregelen follow the BBL windows instead of the 24 months.
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
  return checks;
}

/** Loonkosten eigen personeel: at most the gross wage plus the fixed surcharge. */
function loonkostenControles(post: Kostenpost, path: Pad, params: SectorplanParams): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const opslag = fractie(new D(params.loonkostenOpslag.waarde).plus(1));
  if (post.brutoloon !== undefined) {
    const max = roundDown(maal(post.brutoloon, opslag), 'cent');
    if (post.bedrag.greaterThan(max))
      checks.push({
        code: 'loonkosten-opslag-te-hoog',
        article: params.loonkostenOpslag.bron,
        path: [...path, 'bedrag'],
        params: {
          bedrag: post.bedrag,
          brutoloon: post.brutoloon,
          opslag: fractie(params.loonkostenOpslag.waarde),
          maximum: max,
        },
      });
  }
  return checks;
}

/** Advieskosten: the hourly rate and the amount within the maximum rate. */
function adviesControles(post: Kostenpost, path: Pad, params: SectorplanParams): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const maxAdvies = bedrag(params.adviesMaxUurtarief.waarde);
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
  return checks;
}

/** A BBL cost line: its data, its duration, the subsidy cap, and (with a beschikking) its start and end windows. */
function bblControles(
  post: Kostenpost,
  path: Pad,
  beschikking: Datum | undefined,
  params: SectorplanParams,
): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const rate = fractie(params.cofinancieringspercentage.waarde);
  const bblPct = fractie(params.bblPercentageWml.waarde);
  if (!post.geboortedatum || !post.startdatum || post.maanden === undefined) {
    checks.push({ code: 'bbl-gegevens-ontbreken', article: params.bblPercentageWml.bron, path, params: {} });
    return checks;
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
  } else if (maal(post.bedrag, rate).greaterThan(cap.value)) {
    checks.push({
      code: 'bbl-subsidie-begrensd',
      article: params.bblPercentageWml.bron,
      path: [...path, 'bedrag'],
      params: { plafond: cap.value, maanden: Math.min(post.maanden, params.bblMaxMaanden.waarde) },
    });
  }
  if (beschikking)
    checks.push(
      ...bblTermijnControles(
        { ...post, startdatum: post.startdatum, maanden: post.maanden },
        path,
        beschikking,
        params,
      ),
    );
  return checks;
}

/** The BBL windows: a traject starts and ends within the months after the beschikking the regeling gives. */
function bblTermijnControles(
  post: { readonly startdatum: Datum; readonly maanden: number },
  path: Pad,
  beschikking: Datum,
  params: SectorplanParams,
): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
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
  return checks;
}
