/** Rules of the DWSRA regeling: 60% of direct costs plus the 15% forfaitaire opslag, within EUR 125,000 .. 2,000,000. */
import {
  ZERO,
  bedrag,
  decimaal,
  deel,
  formatProcent,
  fractie,
  maal,
  maxOf,
  minOf,
  roundDown,
  som,
  verhouding,
  verschil,
  type Bedrag,
} from '../../money';
import {
  afgerond,
  breukVan,
  celProduct,
  centenVanBedrag,
  grensNaOpslag,
  groterDan,
  maalAfgerond,
  somCenten,
  type Centen,
} from '../../money/kernel';
import { addDays, compareDatum, type Datum } from '../../dates';
import { sluitOpAfronding } from '../sluiten';
import type { Begroting } from '../../begroting';
import type { Steun } from '../../findings';
import {
  BerekendMaximum,
  financieringVan,
  groupPerMaatregel,
  notApplicable,
  sumBy,
  termijnEinde,
  tijdvakControles,
  totaleFinanciering,
} from '../shared';
import { steuntOp } from '../../parameter';
import {
  refuse,
  value,
  type Berekening,
  type Keuze,
  type MaatregelBerekening,
  type Maximum,
  type RegelingCheck,
  type CentenRegels,
  type Regels,
  type RuleResult,
  type TermijnInput,
} from '../types';
import { params } from './params';

const NAAM = 'dwsra-2016';

/** Activity types: DW1-3 and SRA1-3 (params.activiteiten; the evaluation's footnotes place them in art. 13 and 15). */
export const ACTIVITEITEN: readonly Keuze[] = [
  { waarde: 'DW1', label: 'DW1: ondersteuning bij (dreigend) ontslag en WW-aanvraag' },
  { waarde: 'DW2', label: 'DW2: loopbaan- en baanoriëntatie (WW korter dan 6 maanden)' },
  { waarde: 'DW3', label: 'DW3: scholing (WW korter dan 6 maanden)' },
  { waarde: 'SRA1', label: 'SRA1: samenwerking arbeidsmarktpartijen in een arbeidsmarktregio' },
  { waarde: 'SRA2', label: 'SRA2: arbeidsmarktinformatie verzamelen en uitwisselen' },
  { waarde: 'SRA3', label: 'SRA3: gezamenlijk (boven)regionaal arbeidsmarktbeleid' },
];

const rate = fractie(params.cofinancieringspercentage.waarde);
const opslag = fractie(params.forfaitaireOpslag.waarde);
const minimum = bedrag(params.minimumSubsidie.waarde);
const plafond = bedrag(params.maximumSubsidie.waarde);
const rateText = formatProcent(rate);

/** Forfaitaire opslag: 15% of the direct costs, in cents rounded down. */
function indirect(direct: Bedrag): Bedrag {
  return roundDown(maal(direct, opslag), 'cent');
}

/** floor(min(60% x (direct + opslag), EUR 2 mln)) in whole euros: 1,245,313 -> 859,265. */
function maximum(direct: Bedrag): RuleResult<Maximum> {
  const subsidiabeleKosten = som(direct, indirect(direct));
  const raw = maal(subsidiabeleKosten, rate);
  const begrensd = raw.greaterThan(plafond);
  return value(
    new BerekendMaximum(
      roundDown(begrensd ? plafond : raw, params.afronding.waarde),
      subsidiabeleKosten,
      begrensd,
      rateText,
      plafond,
    ),
  );
}

const rateBreuk = breukVan(rate);
const opslagBreuk = breukVan(opslag);
const minimumCenten = centenVanBedrag(minimum) as Centen;
const plafondCenten = centenVanBedrag(plafond) as Centen;

/** `indirect`, `maximum` and `maxCofinanciering` in exact integer cents, step for step as the decimal rules above. */
function subsidiabeleKostenCenten(direct: Centen): Centen | undefined {
  const opslagCenten = maalAfgerond(direct, opslagBreuk, 'cent', 'omlaag');
  return opslagCenten === undefined ? undefined : somCenten(direct, opslagCenten);
}

function maximumCenten(direct: Centen): Centen | undefined {
  const subsidiabel = subsidiabeleKostenCenten(direct);
  if (subsidiabel === undefined) return undefined;
  const begrensd = groterDan(subsidiabel, rateBreuk, plafondCenten);
  if (begrensd === undefined) return undefined;
  return begrensd
    ? afgerond(plafondCenten, params.afronding.waarde, 'omlaag')
    : maalAfgerond(subsidiabel, rateBreuk, params.afronding.waarde, 'omlaag');
}

/**
 * The same rules resolved once for non-negative cents up to `celGrens` (the cell path: coerce refuses a negative
 * amount): one guard proves every intermediate a safe integer, the opslag and the rate are exact products with their
 * rounding fixed, and the cap is compared as subsidiabel x teller > plafond x noemer. Elsewhere the general rules.
 */
const opslagCel = celProduct(opslagBreuk, 'cent', 'omlaag');
const maximumCelProduct = celProduct(rateBreuk, params.afronding.waarde, 'omlaag');
const rateTeller = rateBreuk.teller;
const plafondRechts = plafondCenten * rateBreuk.noemer;
const plafondAfgerond = afgerond(plafondCenten, params.afronding.waarde, 'omlaag');
const celGrens = Number.isSafeInteger(plafondRechts)
  ? Math.min(opslagCel.grens, grensNaOpslag(maximumCelProduct.grens, opslagBreuk))
  : -1;

/** `maximumCenten` for integer cents 0 <= c <= celGrens. */
function maximumCel(c: number): number {
  const subsidiabel = c + opslagCel.maal(c);
  return subsidiabel * rateTeller > plafondRechts ? plafondAfgerond : maximumCelProduct.maal(subsidiabel);
}

const centen: CentenRegels = {
  maximum: (c) => (c >= 0 && c <= celGrens ? (maximumCel(c) as Centen) : maximumCenten(c)),
  maxCofinanciering(c) {
    const max = c >= 0 && c <= celGrens ? maximumCel(c) : maximumCenten(c);
    return max === undefined || max < minimumCenten ? undefined : (max as Centen);
  },
  subsidiabeleKosten: (c) =>
    c >= 0 && c <= celGrens ? ((c + opslagCel.maal(c)) as Centen) : subsidiabeleKostenCenten(c),
  indirect: (c) =>
    c >= 0 && c <= opslagCel.grens ? (opslagCel.maal(c) as Centen) : maalAfgerond(c, opslagBreuk, 'cent', 'omlaag'),
};

/**
 * The latest end date of the activities: tijdvak 2 has 30-6-2019 without a request (params.einddatumTijdvak2, its
 * reading); tijdvak 1 with a beschikking after 1-7-2017 has it with verlenging; every other project 31-12-2018.
 */
function einddatum({ beschikkingsdatum, verlenging, tijdvak }: TermijnInput): RuleResult<Datum> {
  const gewoon = params.einddatum.waarde as Datum;
  const verlengd = params.verlengdeEinddatum.waarde as Datum;
  const grens = params.verlengingBeschikkingNa.waarde as Datum;
  if (tijdvak === 2) return value(params.einddatumTijdvak2.waarde as Datum);
  if (!verlenging) return value(gewoon);
  if (compareDatum(beschikkingsdatum, grens) > 0) return value(verlengd);
  if (tijdvak === 1) return value(gewoon);
  return refuse({
    code: 'tijdvak-nodig',
    ...steuntOp(params.verlengdeEinddatum),
    params: { verlengdTot: verlengd, grens },
    path: ['tijdvak'],
  });
}

const geenBbl = () =>
  notApplicable(
    'BBL-loonkostensubsidie',
    NAAM,
    'de regeling subsidieert projectactiviteiten (DW1-3, SRA1-3), geen BBL-trajecten.',
    steuntOp(params.geenBblSubsidie),
  );

/** The rule a term rests on: the tijdvak-2 end date, the extension, or the ordinary end date. */
function termijnSteun(b: Begroting): Steun {
  if (b.plan.tijdvak === 2) return steuntOp(params.einddatumTijdvak2);
  return steuntOp(b.plan.verlenging === true ? params.verlengdeEinddatum : params.einddatum);
}

export const regels: Regels = {
  maximum,
  maxCofinanciering(kosten) {
    const max = maximum(kosten);
    if (max.ok && max.value.bedrag.lessThan(minimum))
      return refuse({
        code: 'subsidie-onder-minimum',
        ...steuntOp(params.minimumSubsidie),
        params: { bedrag: max.value.bedrag, minimum },
        path: ['kosten'],
      });
    return max;
  },
  indirect: (direct) => value(indirect(direct)),
  loonkosten: () =>
    notApplicable(
      'Een vaste loonkostenopslag',
      NAAM,
      'de gelezen teksten noemen geen vaste opslag op het brutoloon (indirecte kosten dekt de forfaitaire opslag van 15%); begroot de werkelijke loonkosten als directe kosten.',
      steuntOp(params.geenLoonkostenopslag),
    ),
  bbl: geenBbl,
  advies: () =>
    notApplicable(
      'Het maximum uurtarief voor advies',
      NAAM,
      'de gelezen teksten noemen geen uurtariefgrens; externe kosten tellen als directe kosten.',
      steuntOp(params.geenUurtariefgrens),
    ),
  vaststelling: ({ verleend, gerealiseerdeKosten }) => {
    // Vaststelling on realised direct costs, capped at the granted amount; overruns are not compensated (evaluatie
    // par. 4.2: 1.7 mln less costs, about 1 mln less subsidy). No text read names a participant threshold, so there is
    // one reading: `drempelToets` and VASTSTELLING's `lezing` change nothing here.
    const max = maximum(gerealiseerdeKosten);
    return max.ok ? value(minOf(verleend, max.value.bedrag)) : max;
  },
  // "Binnen twee maanden na afloop van het eerste jaar" (evaluatie par. 4.2): the two months run from the day the
  // first year has passed (start + 12 months), so the last day is start + 14 months - 1 day: 1-1-2017 -> 28-2-2018,
  // 1-3-2017 -> 30-4-2018. Counting two months from the year's last day would clip 28-2 to 28-4.
  rapportagedatum: (start) =>
    value(
      addDays(
        termijnEinde(start, params.eersteProjectjaarMaanden.waarde + params.voortgangsrapportageBinnenMaanden.waarde),
        -1,
      ),
    ),
  einddatum,
  bblStart: geenBbl,
  bblEind: geenBbl,
  // The einddeclaratie follows the project's own end (params.vaststellingNaEindeWeken, its reading), at the latest
  // the regeling's end date: activities after it are not subsidised.
  centen,
  vaststellingsdatum: (input) => {
    if (input.projecteinde === undefined)
      return refuse({
        code: 'argument-ontbreekt',
        ...steuntOp(params.vaststellingNaEindeWeken),
        params: {},
        path: ['einddatum'],
      });
    const uiterst = einddatum(input);
    if (!uiterst.ok) return uiterst;
    const eind = compareDatum(input.projecteinde, uiterst.value) < 0 ? input.projecteinde : uiterst.value;
    return value(addDays(eind, params.vaststellingNaEindeWeken.waarde * 7));
  },
};

/**
 * The figures of a DWSRA begroting. Subsidiable are the direct costs plus the forfaitaire opslag; overhead lines are
 * not (evaluatie voetnoot 19). The declared costs the financing must cover are the direct costs plus the larger of
 * the opslag and the overhead lines: indirect costs above the opslag are the applicant's own cost (par. 4.2).
 */
export function bereken(b: Begroting): Berekening {
  const groups = groupPerMaatregel(b);
  const direct = sumBy(
    b.kostenposten.filter((k) => k.soort !== 'overhead'),
    (k) => k.bedrag,
  );
  const overhead = sumBy(
    b.kostenposten.filter((k) => k.soort === 'overhead'),
    (k) => k.bedrag,
  );
  const max = maximum(direct);
  const maatregelen: MaatregelBerekening[] = b.maatregelen.map((m, index) => {
    const posten = (groups.kostenposten.get(m.code) ?? []).filter((x) => x.post.soort !== 'overhead');
    const kosten = sumBy(posten, (x) => x.post.bedrag);
    const fin = groups.financiering.get(m.code) ?? [];
    return {
      index,
      code: m.code,
      naam: m.naam,
      kosten,
      subsidiabeleKosten: som(kosten, indirect(kosten)),
      ...financieringVan(fin),
    };
  });
  const maximaleSubsidie = max.ok ? max.value.bedrag : ZERO;
  const subsidiabeleKosten = max.ok ? max.value.subsidiabeleKosten : direct;
  const totaleKosten = som(direct, maxOf(indirect(direct), overhead));
  return {
    maatregelen,
    totaleKosten,
    subsidiabeleKosten,
    maximaleSubsidie,
    grondslag: max.ok ? max.value.grondslag : '',
    gevraagdeSubsidie: b.plan.gevraagdeSubsidie,
    vereisteEigenBijdrage: verschil(totaleKosten, minOf(b.plan.gevraagdeSubsidie, maximaleSubsidie)),
    totaleFinanciering: totaleFinanciering(b),
  };
}

export function controleer(b: Begroting, calc: Berekening): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const gevraagd = b.plan.gevraagdeSubsidie;
  const path = ['plan', 'gevraagdeSubsidie'] as const;
  if (gevraagd.lessThan(minimum))
    checks.push({
      code: 'subsidie-onder-minimum',
      ...steuntOp(params.minimumSubsidie),
      path,
      params: { bedrag: gevraagd, minimum },
    });
  const bovenPlafond = gevraagd.greaterThan(plafond);
  if (bovenPlafond)
    checks.push({
      code: 'subsidie-boven-plafond',
      ...steuntOp(params.maximumSubsidie),
      path,
      params: { bedrag: gevraagd, maximum: plafond },
    });
  if (gevraagd.greaterThan(calc.maximaleSubsidie) && !(bovenPlafond && calc.maximaleSubsidie.equals(plafond)))
    checks.push({
      code: 'subsidie-boven-maximum',
      ...steuntOp(params.cofinancieringspercentage),
      path,
      params: {
        gevraagd,
        maximum: calc.maximaleSubsidie,
        grondslag: calc.grondslag,
        overschrijding: verschil(gevraagd, calc.maximaleSubsidie),
      },
    });

  const allowed = new Set(ACTIVITEITEN.map((a) => a.waarde));
  let dw: Bedrag = ZERO;
  let sra: Bedrag = ZERO;
  const termijn = b.plan.beschikkingsdatum
    ? einddatum({
        beschikkingsdatum: b.plan.beschikkingsdatum,
        verlenging: b.plan.verlenging === true,
        ...(b.plan.tijdvak !== undefined ? { tijdvak: b.plan.tijdvak } : {}),
      })
    : value(
        (b.plan.tijdvak === 2
          ? params.einddatumTijdvak2.waarde
          : b.plan.verlenging === true
            ? params.verlengdeEinddatum.waarde
            : params.einddatum.waarde) as Datum,
      );
  b.maatregelen.forEach((m, i) => {
    const soort = m.soort.toUpperCase();
    if (!allowed.has(soort))
      checks.push({
        code: 'soort-onbekend',
        ...steuntOp(params.activiteiten),
        path: ['maatregelen', i, 'soort'],
        params: { waarde: m.soort, keuzes: ACTIVITEITEN.map((a) => a.waarde).join(', ') },
      });
    const kosten = calc.maatregelen[i]?.kosten ?? ZERO;
    if (soort.startsWith('DW')) dw = som(dw, kosten);
    else if (soort.startsWith('SRA')) sra = som(sra, kosten);
    if ((soort === 'DW2' || soort === 'DW3') && m.wwMaanden !== undefined && m.wwMaanden >= params.wwMaxMaanden.waarde)
      checks.push({
        code: 'ww-duur-te-lang',
        ...steuntOp(params.wwMaxMaanden),
        path: ['maatregelen', i, 'wwMaanden'],
        params: { activiteit: soort, maanden: m.wwMaanden, maximum: params.wwMaxMaanden.waarde },
      });
    if (termijn.ok && compareDatum(m.einddatum, termijn.value) > 0)
      checks.push({
        code: 'einddatum-na-termijn',
        ...termijnSteun(b),
        path: ['maatregelen', i, 'einddatum'],
        params: { eind: m.einddatum, uiterlijk: termijn.value },
      });
  });
  if (termijn.ok && compareDatum(b.plan.einddatum, termijn.value) > 0)
    checks.push({
      code: 'einddatum-na-termijn',
      ...termijnSteun(b),
      path: ['plan', 'einddatum'],
      params: { eind: b.plan.einddatum, uiterlijk: termijn.value },
    });
  if (!termijn.ok) checks.push({ ...termijn.refusal, path: ['plan', 'tijdvak'] });

  // Combi-project: both DW and SRA; the main activity needs >= 75% (compared without division).
  const totaal = som(dw, sra);
  if (dw.greaterThan(ZERO) && sra.greaterThan(ZERO)) {
    const hoofd = dw.greaterThanOrEqualTo(sra) ? 'DW' : 'SRA';
    const hoofdBedrag = maxOf(dw, sra);
    const minAandeel = fractie(params.combiMinimumAandeel.waarde);
    if (hoofdBedrag.lessThan(maal(totaal, minAandeel)))
      checks.push({
        code: 'combi-hoofdactiviteit-te-klein',
        ...steuntOp(params.combiMinimumAandeel),
        path: ['maatregelen'],
        params: { hoofd, aandeel: verhouding(hoofdBedrag, totaal), minimum: minAandeel },
      });
  }

  // Overhead lines that together are the opslag over all direct costs (up to rounding) are the opslag typed in;
  // any other overhead is not subsidiable beside it.
  const overheadPosten = b.kostenposten.filter((k) => k.soort === 'overhead');
  const directeKosten = sumBy(
    b.kostenposten.filter((k) => k.soort !== 'overhead'),
    (k) => k.bedrag,
  );
  const opslagBedrag = indirect(directeKosten);
  const isOpslag = sluitOpAfronding(
    sumBy(overheadPosten, (k) => k.bedrag),
    opslagBedrag,
  );
  b.kostenposten.forEach((k, i) => {
    if (k.soort !== 'overhead') return;
    checks.push(
      isOpslag
        ? {
            code: 'indirect-is-opslag',
            ...steuntOp(params.forfaitaireOpslag),
            path: ['kostenposten', i, 'bedrag'],
            params: { bedrag: k.bedrag, opslag, direct: directeKosten, opslagBedrag },
          }
        : {
            code: 'indirect-niet-subsidiabel',
            ...steuntOp(params.forfaitaireOpslag),
            path: ['kostenposten', i, 'bedrag'],
            params: { bedrag: k.bedrag, opslag },
          },
    );
  });
  checks.push(...nieuweControles(b, directeKosten));
  return checks;
}

/**
 * The smallest direct costs whose maximum reaches the minimum subsidy: minimum / (rate x (1 + opslag)) in whole euros,
 * raised while the rounded-down maximum falls short (181,159 -> 124,999; 181,160 -> 125,000).
 */
function minimumDirecteKosten(): Bedrag {
  const factor = fractie(decimaal(rate).times(decimaal(opslag).plus(1)));
  let d = roundDown(deel(minimum, factor), 'euro');
  for (;;) {
    const max = maximum(d);
    if (!max.ok || !max.value.bedrag.lessThan(minimum)) return d;
    d = som(d, bedrag('1'));
  }
}

/** h/regels (issue 13): the tijdvakken, activities before the application, the DW target groups, an unreachable minimum. */
function nieuweControles(b: Begroting, directeKosten: Bedrag): RegelingCheck[] {
  const checks: RegelingCheck[] = [...tijdvakControles(b, [params.aanvraagtijdvak1, params.aanvraagtijdvak2])];
  const opening = params.geenVoorbereidingskosten.waarde as Datum;
  const aanvraag = b.plan.aanvraagdatum;
  const naAanvraag = aanvraag !== undefined && compareDatum(aanvraag, opening) > 0;
  const grens = naAanvraag ? aanvraag : opening;
  const wat = naAanvraag ? 'de aanvraag' : 'de eerste dag waarop aanvragen kon';
  const zonderWw: string[] = [];
  b.maatregelen.forEach((m, i) => {
    const soort = m.soort.toUpperCase();
    if (compareDatum(m.startdatum, grens) < 0)
      checks.push({
        code: 'activiteit-voor-aanvraag',
        ...steuntOp(params.geenVoorbereidingskosten),
        path: ['maatregelen', i, 'startdatum'],
        params: { start: m.startdatum, grens, wat },
      });
    if ((soort === 'DW2' || soort === 'DW3') && m.wwMaanden === undefined) zonderWw.push(`${m.code} (${soort})`);
    if (soort === 'DW1' && m.wwMaanden !== undefined && m.wwMaanden > 0)
      checks.push({
        code: 'dw1-deelnemers-in-ww',
        ...steuntOp(params.dw1Doelgroep),
        path: ['maatregelen', i, 'wwMaanden'],
        params: { maanden: m.wwMaanden },
      });
  });
  // Once per plan: the condition is per participant at the start of the activity, which no budget line shows.
  if (zonderWw.length > 0)
    checks.push({
      code: 'ww-duur-niet-te-toetsen',
      ...steuntOp(params.wwMaxMaanden),
      path: ['maatregelen'],
      params: { maatregelen: zonderWw.join(', '), maximum: params.wwMaxMaanden.waarde },
    });
  const max = maximum(directeKosten);
  if (directeKosten.greaterThan(ZERO) && max.ok && max.value.bedrag.lessThan(minimum))
    checks.push({
      code: 'minimum-onbereikbaar',
      ...steuntOp(params.minimumSubsidie),
      path: ['kostenposten'],
      params: { direct: directeKosten, maximum: max.value.bedrag, minimum, drempel: minimumDirecteKosten() },
    });
  return checks;
}
