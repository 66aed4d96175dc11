/**
 * Rules of the sectorplannen regelingen (2013 and, with its own params and extra checks, 2015). Pure functions of
 * their input and the params; no rate or term is written in a rule body.
 */
import {
  D,
  HEEL,
  ZERO,
  bedrag,
  bedragUitCenten,
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
import { breukVan, celProduct, centenVan, maalAfgerond, type Breuk, type Centen } from '../../money/kernel';
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
 * floor(rate x subsidiable non-BBL costs + sum of the BBL lines' min(rate x line, cap)). Computed in exact integer
 * cents where that can be proven (`sectorplanBerekenCenten`), else in decimal.js; both give the same figures.
 */
export function sectorplanBereken(b: Begroting, { params }: SectorplanContext): Berekening {
  return sectorplanBerekenCenten(b, params) ?? sectorplanBerekenDecimaal(b, params);
}

/** `sectorplanBereken` in decimal.js, the reference: every kind of line, every amount. */
export function sectorplanBerekenDecimaal(b: Begroting, params: SectorplanParams): Berekening {
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

/** The values of a params table every begroting needs, made once per table (each is immutable). */
interface VasteWaarden {
  readonly rate: Fractie;
  readonly rateBreuk: Breuk;
  readonly opslagBreuk: Breuk;
  readonly eigenMin: Fractie;
  readonly maxAdvies: Bedrag;
  readonly rateText: string;
  readonly grondslag: string;
}
const VASTE_WAARDEN = new WeakMap<SectorplanParams, VasteWaarden>();
function vasteWaarden(params: SectorplanParams): VasteWaarden {
  let v = VASTE_WAARDEN.get(params);
  if (v === undefined) {
    const rate = fractie(params.cofinancieringspercentage.waarde);
    v = {
      rate,
      rateBreuk: breukVan(rate),
      opslagBreuk: breukVan(opslagFactor(params)),
      eigenMin: fractie(params.eigenFinancieringMinimum.waarde),
      maxAdvies: bedrag(params.adviesMaxUurtarief.waarde),
      rateText: formatProcent(rate),
      grondslag: `${formatProcent(rate)} per maatregel`,
    };
    VASTE_WAARDEN.set(params, v);
  }
  return v;
}

/** A maatregel code's cost lines in cents: all costs, the subsidiable part, and how many lines (BBL among them). */
interface KostenCenten {
  kosten: number;
  subsidiabel: number;
  regels: number;
  bbl: number;
}
/** A maatregel code's financing rows in cents, and the first SZW row (where a finding on the SZW part points). */
interface FinancieringCenten {
  szw: number;
  eigen: number;
  eersteSzw: number | undefined;
}

/** What the cents path of `sectorplanBereken` knew of the begroting it computed, for the checks of that same begroting. */
interface CentenBerekening {
  readonly begroting: Begroting;
  readonly kosten: ReadonlyMap<string, KostenCenten>;
  readonly financiering: ReadonlyMap<string, FinancieringCenten>;
  readonly szwRegels: number;
  readonly szw: number;
}
const CENTEN_BEREKENING = new WeakMap<Berekening, CentenBerekening>();

/** The cents-path knowledge of `calc`, when the cents path computed it from this very begroting. */
function centenBerekening(b: Begroting, calc: Berekening): CentenBerekening | undefined {
  const c = CENTEN_BEREKENING.get(calc);
  return c?.begroting === b ? c : undefined;
}

/** |x| within 2^53 - 1, where a double holds every integer exactly. */
const veilig = (x: number): boolean => x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER;

/** The amount of a sum in cents; 0 is the shared ZERO, as the decimal path gives it. */
const uitCenten = (c: number): Bedrag => (c === 0 ? ZERO : bedragUitCenten(c));

/**
 * `sectorplanBerekenDecimaal` in exact integer cents (core/money/kernel): every amount whole cents, every sum and
 * product proven below 2^53, each figure built as a decimal once at the end. Undefined wherever that cannot be
 * proven (an amount with a fraction of a cent, a sum beyond 2^53 cents) and for BBL lines (their cap is per line
 * and unrounded); then the decimal path computes. test/core/centen-bereken.test.ts proves the two equal.
 */
export function sectorplanBerekenCenten(b: Begroting, params: SectorplanParams): Berekening | undefined {
  const vast = vasteWaarden(params);
  const kosten = new Map<string, KostenCenten>();
  let totaleKosten = 0;
  let totaalSubsidiabel = 0;
  for (const post of b.kostenposten) {
    if (post.soort === 'bbl') return undefined;
    const kc = centenVan(post.bedrag);
    if (kc === undefined) return undefined;
    let deel: number | undefined = kc;
    if (post.soort === 'personeel' && post.brutoloon !== undefined) {
      const loon = centenVan(post.brutoloon);
      const plafond = loon === undefined ? undefined : maalAfgerond(loon, vast.opslagBreuk, 'cent', 'omlaag');
      if (plafond === undefined) return undefined;
      deel = kc <= plafond ? kc : plafond;
    } else if (post.soort === 'advies') deel = centenVan(subsidiabelDeel(post, params).subsidiabel);
    if (deel === undefined) return undefined;
    let k = kosten.get(post.maatregel);
    if (k === undefined) {
      k = { kosten: 0, subsidiabel: 0, regels: 0, bbl: 0 };
      kosten.set(post.maatregel, k);
    }
    k.kosten += kc;
    k.subsidiabel += deel;
    k.regels += 1;
    totaleKosten += kc;
    totaalSubsidiabel += deel;
    if (!veilig(k.kosten) || !veilig(k.subsidiabel) || !veilig(totaleKosten) || !veilig(totaalSubsidiabel))
      return undefined;
  }
  const financiering = new Map<string, FinancieringCenten>();
  let totaleFinanciering = 0;
  let szw = 0;
  let szwRegels = 0;
  for (let index = 0; index < b.financiering.length; index += 1) {
    const regel = b.financiering[index] as Financiering;
    const c = centenVan(regel.bedrag);
    if (c === undefined) return undefined;
    totaleFinanciering += c;
    if (regel.bron === 'szw') {
      szw += c;
      szwRegels += 1;
    }
    if (!veilig(totaleFinanciering) || !veilig(szw)) return undefined;
    if (regel.maatregel === undefined || regel.maatregel === '') continue;
    let f = financiering.get(regel.maatregel);
    if (f === undefined) {
      f = { szw: 0, eigen: 0, eersteSzw: undefined };
      financiering.set(regel.maatregel, f);
    }
    if (regel.bron === 'szw') {
      f.szw += c;
      f.eersteSzw ??= index;
    } else f.eigen += c;
    if (!veilig(f.szw) || !veilig(f.eigen)) return undefined;
  }
  const gevraagd = centenVan(b.plan.gevraagdeSubsidie);
  if (gevraagd === undefined) return undefined;
  const maatregelen: MaatregelBerekening[] = [];
  let maximaleSubsidie = 0;
  for (let index = 0; index < b.maatregelen.length; index += 1) {
    const m = b.maatregelen[index] as Maatregel;
    const k = kosten.get(m.code);
    const maximum =
      k === undefined ? 0 : maalAfgerond(k.subsidiabel as Centen, vast.rateBreuk, params.afronding.waarde, 'omlaag');
    if (maximum === undefined) return undefined;
    maximaleSubsidie += maximum;
    if (!veilig(maximaleSubsidie)) return undefined;
    const f = financiering.get(m.code);
    maatregelen.push({
      index,
      code: m.code,
      naam: m.naam,
      kosten: uitCenten(k?.kosten ?? 0),
      subsidiabeleKosten: uitCenten(k?.subsidiabel ?? 0),
      maximum: uitCenten(maximum),
      szw: uitCenten(f?.szw ?? 0),
      eigen: uitCenten(f?.eigen ?? 0),
      heeftFinanciering: f !== undefined,
    });
  }
  const toekenbaar = gevraagd <= maximaleSubsidie ? gevraagd : maximaleSubsidie;
  if (!veilig(totaleKosten - toekenbaar)) return undefined;
  const berekening: Berekening = {
    maatregelen,
    totaleKosten: uitCenten(totaleKosten),
    subsidiabeleKosten: uitCenten(totaalSubsidiabel),
    maximaleSubsidie: uitCenten(maximaleSubsidie),
    grondslag: vast.grondslag,
    gevraagdeSubsidie: b.plan.gevraagdeSubsidie,
    vereisteEigenBijdrage: uitCenten(totaleKosten - toekenbaar),
    totaleFinanciering: uitCenten(totaleFinanciering),
  };
  CENTEN_BEREKENING.set(berekening, { begroting: b, kosten, financiering, szwRegels, szw });
  return berekening;
}

/** Checks shared by the sectorplannen regelingen: the plan's subsidy, each maatregel, each cost line. */
export function sectorplanControles(b: Begroting, calc: Berekening, { params }: SectorplanContext): RegelingCheck[] {
  const centen = centenBerekening(b, calc);
  const groups = centen ? undefined : groupPerMaatregel(b);
  const beschikking = b.plan.beschikkingsdatum;
  const verlenging = b.plan.verlenging === true;
  const checks: RegelingCheck[] = [...planSubsidieControles(b, calc, params, centen)];
  const uiterlijk = beschikking
    ? termijnEinde(beschikking, params.eindBinnenMaanden.waarde + (verlenging ? params.verlengingMaanden.waarde : 0))
    : undefined;
  for (const m of calc.maatregelen) {
    const maatregel = b.maatregelen[m.index];
    if (!maatregel) continue;
    const path: Pad = ['maatregelen', m.index];
    checks.push(...financieringControles(m, eersteSzwRegel(b, m.code, centen, groups), path, params));
    checks.push(
      ...looptijdControles(maatregel, alleenBbl(m.code, centen, groups), path, uiterlijk, verlenging, params),
    );
  }
  const vast = vasteWaarden(params);
  b.kostenposten.forEach((post, index) => {
    if (post.soort === 'personeel') {
      if (post.brutoloon === undefined || binnenOpslag(post.bedrag, post.brutoloon, vast)) return;
      checks.push(...loonkostenControles(post, ['kostenposten', index], params));
    }
    if (post.soort === 'advies') checks.push(...adviesControles(post, ['kostenposten', index], params));
    if (post.soort === 'bbl') checks.push(...bblControles(post, ['kostenposten', index], beschikking, params));
  });
  if (beschikking) checks.push(...bblInstroomControles(b, beschikking, params));
  return checks;
}

/** Whether a loonkosten line lies within brutoloon plus the opslag, shown in cents; false where cents cannot show it. */
function binnenOpslag(bedragPost: Bedrag, brutoloon: Bedrag, vast: VasteWaarden): boolean {
  const kc = centenVan(bedragPost);
  const loon = centenVan(brutoloon);
  if (kc === undefined || loon === undefined) return false;
  const plafond = maalAfgerond(loon, vast.opslagBreuk, 'cent', 'omlaag');
  return plafond !== undefined && kc <= plafond;
}

/** The index of a maatregel's first SZW financing row, if any. */
function eersteSzwRegel(
  b: Begroting,
  code: string,
  centen: CentenBerekening | undefined,
  groups: ReturnType<typeof groupPerMaatregel> | undefined,
): number | undefined {
  if (centen) return centen.financiering.get(code)?.eersteSzw;
  return (groups?.financiering.get(code) ?? []).find((f) => f.regel.bron === 'szw')?.index;
}

/** Whether a maatregel of `b` (by code) has cost lines and all of them are BBL; `calc` is `b`'s berekening. */
export function alleenBblLijnen(b: Begroting, calc: Berekening): (code: string) => boolean {
  const centen = centenBerekening(b, calc);
  const groups = centen ? undefined : groupPerMaatregel(b);
  return (code) => alleenBbl(code, centen, groups);
}

/** Whether a maatregel has cost lines and all of them are BBL. */
function alleenBbl(
  code: string,
  centen: CentenBerekening | undefined,
  groups: ReturnType<typeof groupPerMaatregel> | undefined,
): boolean {
  if (centen) {
    const k = centen.kosten.get(code);
    return k !== undefined && k.regels > 0 && k.bbl === k.regels;
  }
  const posten = groups?.kostenposten.get(code) ?? [];
  return posten.length > 0 && posten.every((x) => x.post.soort === 'bbl');
}

/** The plan's requested subsidy: within the sum of the maxima, and equal to the SZW financing rows. */
function planSubsidieControles(
  b: Begroting,
  calc: Berekening,
  params: SectorplanParams,
  centen: CentenBerekening | undefined,
): RegelingCheck[] {
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
  const szwRegels = centen ? centen.szwRegels : b.financiering.filter((f) => f.bron === 'szw').length;
  if (szwRegels > 0) {
    const szwTotal = centen
      ? uitCenten(centen.szw)
      : sumBy(
          b.financiering.filter((f) => f.bron === 'szw'),
          (f) => f.bedrag,
        );
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
  eersteSzw: number | undefined,
  path: Pad,
  params: SectorplanParams,
): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const { eigenMin, rateText } = vasteWaarden(params);
  if (m.maximum !== undefined && m.szw.greaterThan(m.maximum)) {
    checks.push({
      code: 'subsidie-boven-maximum',
      ...steuntOp(params.cofinancieringspercentage),
      path: eersteSzw === undefined ? path : ['financiering', eersteSzw, 'bedrag'],
      params: {
        gevraagd: m.szw,
        maximum: m.maximum,
        grondslag: `${rateText} van ${formatEuro(m.subsidiabeleKosten)}`,
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

/** A maatregel's looptijd and end date (by `uiterlijk`); BBL-only maatregelen follow the BBL windows instead (`bblControles`). */
function looptijdControles(
  maatregel: Maatregel,
  alleenBbl: boolean,
  path: Pad,
  uiterlijk: Datum | undefined,
  verlenging: boolean,
  params: SectorplanParams,
): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  // Looptijd: BBL-only maatregelen follow the BBL windows instead of the 24 months.
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
    if (uiterlijk && compareDatum(maatregel.einddatum, uiterlijk) > 0)
      checks.push({
        code: 'einddatum-na-termijn',
        article: verlenging ? params.verlengingMaanden.bron : params.eindBinnenMaanden.bron,
        path: [...path, 'einddatum'],
        params: { eind: maatregel.einddatum, uiterlijk },
      });
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
