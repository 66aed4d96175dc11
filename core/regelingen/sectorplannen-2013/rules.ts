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
  type Fractie,
} from '../../money';
import { breukVan, celProduct, maalAfgerond, type Centen } from '../../money/kernel';
import { compareDatum, type Datum } from '../../dates';
import type { Begroting, Financiering, Kostenpost, Maatregel } from '../../begroting';
import type { Pad } from '../../findings';
import {
  BerekendMaximum,
  adviesKosten as adviesKostenBinnenTarief,
  begrensdDeel,
  bblGefinancierdeMaanden,
  bblPlafond,
  financieringVan,
  groupPerMaatregel,
  type BegrensdePost,
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
import { steuntOp } from '../../parameter';

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
  const bblPerMaand = bblAandeelWml(params);
  const maxAdvies = bedrag(params.adviesMaxUurtarief.waarde);
  const drempel = fractie(params.realisatieDrempel.waarde);
  const rateText = formatProcent(rate);

  // Whole euros rounded down (params.afronding, 'onzeker': the reading is recorded there).
  const maximum = (kosten: Bedrag): RuleResult<Maximum> =>
    value(new BerekendMaximum(roundDown(maal(kosten, rate), params.afronding.waarde), kosten, false, rateText));

  const rateBreuk = breukVan(rate);
  const opslagBreuk = breukVan(opslag);
  // Resolved once for non-negative cents within their bound (the cell path), else the general product.
  const maximumCel = celProduct(rateBreuk, params.afronding.waarde, 'omlaag');
  const loonCel = celProduct(opslagBreuk, 'cent', 'omlaag');
  const maximumCenten = (kosten: Centen): Centen | undefined =>
    kosten >= 0 && kosten <= maximumCel.grens
      ? (maximumCel.maal(kosten) as Centen)
      : maalAfgerond(kosten, rateBreuk, params.afronding.waarde, 'omlaag');

  return {
    maximum,
    // The rules above in exact integer cents (core/money/kernel).
    centen: {
      maximum: maximumCenten,
      maxCofinanciering: maximumCenten,
      subsidiabeleKosten: (kosten) => kosten,
      loonkosten: (brutoloon) =>
        brutoloon >= 0 && brutoloon <= loonCel.grens
          ? (loonCel.maal(brutoloon) as Centen)
          : maalAfgerond(brutoloon, opslagBreuk, 'cent', 'omlaag'),
    },
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
      bblPlafond(
        geboortedatum,
        startdatum,
        bblGefinancierdeMaanden(startdatum, maanden, params.bblMaxMaanden.waarde),
        bblPerMaand,
        params.bblPercentageWml.bron,
      ),
    advies: (uren, tarief) => value(adviesKostenBinnenTarief(uren, maxAdvies, tarief)),
    // Both readings of params.realisatieDrempel (VaststellingLezing): the nil is tested on `drempelToets` when given
    // (the plan), else on this maatregel; above it min(verleend, verleend x min(realisatie, 1), rate x kosten).
    vaststelling: ({ verleend, gerealiseerdeKosten, beoogdeDeelnemers, gerealiseerdeDeelnemers, drempelToets }) => {
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
      if (drempelToets?.beoogd.isZero() === true)
        return refuse({
          code: 'deling-door-nul',
          article,
          params: { grootheid: 'de realisatiegraad van het plan' },
          path: ['planBeoogd'],
        });
      const toets = drempelToets ?? { beoogd: beoogdeDeelnemers, gerealiseerd: gerealiseerdeDeelnemers };
      // Compared without division: gerealiseerd < drempel x beoogd.
      if (toets.gerealiseerd.lessThan(maal(toets.beoogd, drempel))) return value(ZERO);
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

/** The BBL cap per month as a share of the WML: 20% plus the fixed 32% opslag on it (0.20 x 1.32 = 0.264). */
function bblAandeelWml(params: SectorplanParams): Fractie {
  return fractie(new D(params.bblPercentageWml.waarde).times(new D(params.loonkostenOpslag.waarde).plus(1)));
}

/** The BBL cap of a line: its financed months (at most 24, within 36 months of the beschikking) and the cap on them. */
interface BblUitkomst {
  readonly startdatum: Datum;
  readonly maanden: number;
  /** Financed months: at most `bblMaxMaanden`, and with a beschikking only those ending within its window. */
  readonly gefinancierd: number;
  /** Financed months without the window: the 24-month limit alone. */
  readonly binnenMaximum: number;
  readonly vensterEinde?: Datum;
  readonly plafond: RuleResult<Bedrag>;
}

/** The BBL cap of a line, or undefined when the line lacks the data to compute it (`bbl-gegevens-ontbreken`). */
function bblUitkomst(
  post: Kostenpost,
  beschikking: Datum | undefined,
  params: SectorplanParams,
): BblUitkomst | undefined {
  if (!post.geboortedatum || !post.startdatum || post.maanden === undefined) return undefined;
  const vensterEinde = beschikking ? termijnEinde(beschikking, params.bblEindBinnenMaanden.waarde) : undefined;
  const max = params.bblMaxMaanden.waarde;
  const gefinancierd = bblGefinancierdeMaanden(post.startdatum, post.maanden, max, vensterEinde);
  return {
    startdatum: post.startdatum,
    maanden: post.maanden,
    gefinancierd,
    binnenMaximum: bblGefinancierdeMaanden(post.startdatum, post.maanden, max),
    ...(vensterEinde ? { vensterEinde } : {}),
    plafond: bblPlafond(
      post.geboortedatum,
      post.startdatum,
      gefinancierd,
      bblAandeelWml(params),
      params.bblPercentageWml.bron,
    ),
  };
}

/**
 * The subsidiable part of a non-BBL cost line: loonkosten up to brutoloon plus the fixed opslag, advice up to hours
 * x the capped rate (innofunding.nl 30-9-2013); what lies above is own cost, not a ban. Other lines count in full.
 */
function subsidiabelDeel(post: Kostenpost, params: SectorplanParams): BegrensdePost {
  if (post.soort === 'personeel' && post.brutoloon !== undefined)
    return begrensdDeel(post.bedrag, loonkostenMetOpslag(post.brutoloon, params));
  if (post.soort === 'advies') {
    const maxAdvies = bedrag(params.adviesMaxUurtarief.waarde);
    if (post.uren !== undefined)
      return begrensdDeel(post.bedrag, adviesKostenBinnenTarief(post.uren, maxAdvies, post.tarief));
    // Without hours the amount is tarief x hours: the capped part is amount x 125 / tarief.
    if (post.tarief?.greaterThan(maxAdvies))
      return begrensdDeel(post.bedrag, roundDown(maal(post.bedrag, verhouding(maxAdvies, post.tarief)), 'cent'));
  }
  return begrensdDeel(post.bedrag, post.bedrag);
}

/** Brutoloon plus the fixed opslag, in cents rounded down: the subsidiable loonkosten. */
function loonkostenMetOpslag(brutoloon: Bedrag, params: SectorplanParams): Bedrag {
  return roundDown(maal(brutoloon, opslagFactor(params)), 'cent');
}

/** 1 + the fixed opslag of a params table, made once per table (a Fractie is immutable, so one serves every line). */
const OPSLAG_FACTOR = new WeakMap<SectorplanParams, Fractie>();
function opslagFactor(params: SectorplanParams): Fractie {
  let factor = OPSLAG_FACTOR.get(params);
  if (factor === undefined) {
    factor = fractie(new D(params.loonkostenOpslag.waarde).plus(1));
    OPSLAG_FACTOR.set(params, factor);
  }
  return factor;
}

/**
 * The figures of a sectorplannen begroting. The rate applies per maatregel to the subsidiable costs (loonkosten
 * and advice capped, `subsidiabelDeel`); the subsidy on a BBL cost line is at most the BBL cap (20% of the
 * minimum(jeugd)loon plus 32% opslag, over the financed months), so a maatregel's maximum is
 * floor(rate x subsidiable non-BBL costs + sum of the BBL lines' min(rate x line, cap)).
 */
export function sectorplanBereken(b: Begroting, { params }: SectorplanContext): Berekening {
  const rate = fractie(params.cofinancieringspercentage.waarde);
  const beschikking = b.plan.beschikkingsdatum;
  const groups = groupPerMaatregel(b);
  // Sum first, multiply once: rate x (sum of lines) equals the sum of rate x line exactly in decimal arithmetic, at a
  // fraction of the cost for a begroting of thousands of lines (bench/run.ts).
  const perCode = new Map<string, { kosten: Bedrag; subsidiabel: Bedrag; overig: Bedrag; bblSubsidie: Bedrag }>();
  let totaleKosten = ZERO;
  let totaalSubsidiabel = ZERO;
  for (const [code, posten] of groups.kostenposten) {
    let kosten = ZERO;
    let subsidiabel = ZERO;
    let overig = ZERO;
    let bblSubsidie = ZERO;
    for (const { post } of posten) {
      kosten = som(kosten, post.bedrag);
      if (post.soort !== 'bbl') {
        const deel = subsidiabelDeel(post, params).subsidiabel;
        subsidiabel = som(subsidiabel, deel);
        overig = som(overig, deel);
        continue;
      }
      subsidiabel = som(subsidiabel, post.bedrag);
      const onLine = maal(post.bedrag, rate);
      const cap = bblUitkomst(post, beschikking, params)?.plafond;
      bblSubsidie = som(bblSubsidie, cap?.ok ? minOf(onLine, cap.value) : onLine);
    }
    perCode.set(code, { kosten, subsidiabel, overig, bblSubsidie });
    totaleKosten = som(totaleKosten, kosten);
    totaalSubsidiabel = som(totaalSubsidiabel, subsidiabel);
  }
  const maatregelen: MaatregelBerekening[] = b.maatregelen.map((m, index) => {
    const k = perCode.get(m.code);
    const subsidie = k ? som(maal(k.overig, rate), k.bblSubsidie) : ZERO;
    const fin = groups.financiering.get(m.code) ?? [];
    return {
      index,
      code: m.code,
      naam: m.naam,
      kosten: k?.kosten ?? ZERO,
      subsidiabeleKosten: k?.subsidiabel ?? ZERO,
      maximum: roundDown(subsidie, params.afronding.waarde),
      ...financieringVan(fin),
    };
  });
  const maximaleSubsidie = sumBy(maatregelen, (m) => m.maximum ?? ZERO);
  const toekenbaar = minOf(b.plan.gevraagdeSubsidie, maximaleSubsidie);
  return {
    maatregelen,
    totaleKosten,
    subsidiabeleKosten: totaalSubsidiabel,
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
  if (beschikking) checks.push(...bblInstroomControles(b, beschikking, params));
  return checks;
}

/** The plan's requested subsidy: within the sum of the maxima, and equal to the SZW financing rows. */
function planSubsidieControles(b: Begroting, calc: Berekening, params: SectorplanParams): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  // Plan level: requested subsidy within the sum of the maxima per maatregel.
  if (b.plan.gevraagdeSubsidie.greaterThan(calc.maximaleSubsidie)) {
    checks.push({
      code: 'subsidie-boven-maximum',
      ...steuntOp(params.cofinancieringspercentage),
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
        ...steuntOp(params.cofinancieringspercentage),
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
      ...steuntOp(params.cofinancieringspercentage),
      path: firstSzw ? ['financiering', firstSzw.index, 'bedrag'] : path,
      params: {
        gevraagd: m.szw,
        maximum: m.maximum,
        grondslag: `${formatProcent(rate)} van ${formatEuro(m.subsidiabeleKosten)}`,
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
        ...steuntOp(params.eigenFinancieringMinimum),
        path,
        params: { eigen: m.eigen, procent: eigenMin, kosten: m.kosten, vereist },
      });
    const gedekt = som(m.szw, m.eigen);
    if (!sluitOpAfronding(gedekt, m.kosten))
      checks.push({
        code: 'maatregel-sluit-niet',
        ...steuntOp(params.eigenFinancieringMinimum),
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
        ...steuntOp(params.maxLooptijdMaanden),
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

/** Loonkosten eigen personeel: above brutoloon plus the fixed opslag the excess is own cost (lezing of the opslag). */
function loonkostenControles(post: Kostenpost, path: Pad, params: SectorplanParams): RegelingCheck[] {
  if (post.brutoloon === undefined) return [];
  const deel = subsidiabelDeel(post, params);
  if (deel.eigenKosten.isZero()) return [];
  return [
    {
      code: 'loonkosten-boven-vaste-opslag',
      ...steuntOp(params.loonkostenOpslag),
      path: [...path, 'bedrag'],
      params: {
        bedrag: post.bedrag,
        brutoloon: post.brutoloon,
        opslag: fractie(params.loonkostenOpslag.waarde),
        subsidiabel: deel.subsidiabel,
        eigenKosten: deel.eigenKosten,
      },
    },
  ];
}

/** Advieskosten: above hours x the capped rate the excess is own cost, not a ban (lezing of the EUR 125). */
function adviesControles(post: Kostenpost, path: Pad, params: SectorplanParams): RegelingCheck[] {
  const deel = subsidiabelDeel(post, params);
  if (deel.eigenKosten.isZero()) return [];
  const maxAdvies = bedrag(params.adviesMaxUurtarief.waarde);
  const tarief = post.tarief === undefined ? maxAdvies : minOf(post.tarief, maxAdvies);
  return [
    {
      code: 'advies-boven-maximumtarief',
      ...steuntOp(params.adviesMaxUurtarief),
      path: [...path, 'bedrag'],
      params: {
        bedrag: post.bedrag,
        subsidiabel: deel.subsidiabel,
        grondslag:
          post.uren !== undefined
            ? `${post.uren.toFixed()} uur x ${formatEuro(tarief)}`
            : `${formatEuro(post.bedrag)} x ${formatEuro(maxAdvies)} / ${formatEuro(post.tarief ?? maxAdvies)}`,
        maximum: maxAdvies,
        eigenKosten: deel.eigenKosten,
      },
    },
  ];
}

/**
 * A BBL cost line: its data, the subsidy cap, and what of the traject is not financed: months beyond the 24
 * (June 2014 amendment) and months after the 36-month window (lezing of params.bblEindBinnenMaanden). Neither is a
 * fout: the traject may run longer, the months outside are own cost.
 */
function bblControles(
  post: Kostenpost,
  path: Pad,
  beschikking: Datum | undefined,
  params: SectorplanParams,
): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const rate = fractie(params.cofinancieringspercentage.waarde);
  const uitkomst = bblUitkomst(post, beschikking, params);
  if (!uitkomst) {
    checks.push({ code: 'bbl-gegevens-ontbreken', ...steuntOp(params.bblPercentageWml), path, params: {} });
    return checks;
  }
  if (uitkomst.maanden > params.bblMaxMaanden.waarde)
    checks.push({
      code: 'bbl-deels-gefinancierd',
      ...steuntOp(params.bblMaxMaanden),
      path: [...path, 'maanden'],
      params: { maanden: uitkomst.maanden, maximum: params.bblMaxMaanden.waarde },
    });
  if (uitkomst.vensterEinde && uitkomst.gefinancierd < uitkomst.binnenMaximum)
    checks.push({
      code: 'bbl-maanden-na-termijn',
      ...steuntOp(params.bblEindBinnenMaanden),
      path: [...path, 'maanden'],
      params: {
        maanden: uitkomst.binnenMaximum,
        gefinancierd: uitkomst.gefinancierd,
        uiterlijk: uitkomst.vensterEinde,
        termijn: params.bblEindBinnenMaanden.waarde,
      },
    });
  const cap = uitkomst.plafond;
  if (!cap.ok) {
    checks.push({ ...cap.refusal, path: [...path, ...(cap.refusal.path ?? ['startdatum'])] });
  } else if (maal(post.bedrag, rate).greaterThan(cap.value)) {
    checks.push({
      code: 'bbl-subsidie-begrensd',
      ...steuntOp(params.bblPercentageWml),
      path: [...path, 'bedrag'],
      params: {
        plafond: cap.value,
        percentage: fractie(params.bblPercentageWml.waarde),
        opslag: fractie(params.loonkostenOpslag.waarde),
        maanden: uitkomst.gefinancierd,
      },
    });
  }
  return checks;
}

/**
 * The first BBL instroom of the plan lies within 12 months of the beschikking (June 2014 amendment: several
 * instroommomenten, "in ieder geval het eerste" within twelve months). Later cohorts are valid; the 36-month window
 * shortens their financing (`bblControles`).
 */
function bblInstroomControles(b: Begroting, beschikking: Datum, params: SectorplanParams): RegelingCheck[] {
  let eerste: { readonly start: Datum; readonly index: number } | undefined;
  b.kostenposten.forEach((post, index) => {
    if (post.soort !== 'bbl' || !post.startdatum) return;
    if (!eerste || compareDatum(post.startdatum, eerste.start) < 0) eerste = { start: post.startdatum, index };
  });
  if (!eerste) return [];
  const uiterlijk = termijnEinde(beschikking, params.bblStartBinnenMaanden.waarde);
  if (compareDatum(eerste.start, uiterlijk) <= 0) return [];
  return [
    {
      code: 'bbl-start-te-laat',
      ...steuntOp(params.bblStartBinnenMaanden),
      path: ['kostenposten', eerste.index, 'startdatum'],
      params: {
        start: eerste.start,
        uiterlijk,
        maanden: params.bblStartBinnenMaanden.waarde,
      },
    },
  ];
}
