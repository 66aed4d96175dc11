/**
 * h/portfolio (issue 12): the overview across plans. What a reviewer of a folder of begrotingen wants beside each
 * verdict: the money requested and granted per regeling and tijdvak against that tijdvak's subsidy ceiling, the
 * number of plans per verdict, and, where maatregelen carry a doelgroep, the share of all sectorplan money that goes
 * to young people against the aim of at least a third.
 *
 * Ceilings and the aim are portfolio figures: they bind all applications together, never one begroting, so nothing
 * here is a finding and nothing here changes a verdict.
 *
 * Two steps, both pure: `portefeuillepost` reduces one checked begroting to plain data (decimal strings, so it can
 * cross a worker thread); `portefeuilleOverzicht` adds the posts up.
 */
import { DOELGROEPEN, type Begroting, type Doelgroep } from './begroting';
import { compareDatum, parseIsoDatum, type Datum } from './dates';
import {
  D,
  ZERO,
  allocate,
  bedrag,
  decimaal,
  fractie,
  roundDown,
  som,
  totaal,
  verhouding,
  verschil,
  type Bedrag,
  type Dec,
  type Fractie,
} from './money';
import type { Parameter, Zekerheid } from './parameter';
import type { Bron } from './findings';
import { REGELING_IDS, type RegelingId } from './regelingen/ids';
import { params as dwsraParams } from './regelingen/dwsra-2016/params';
import { aanvraagEnStart, plafonds as plafonds2013 } from './regelingen/sectorplannen-2013/params';
import { plafonds as plafonds2015, tijdvakken as tijdvakken2015 } from './regelingen/sectorplannen-2015/params';
import type { Berekening } from './regelingen/types';
import type { Oordeel } from './validate';

/** The verdict of one file in the overview; 'onleesbaar' for a file that could not be read. */
export type PortefeuilleOordeel = Oordeel | 'onleesbaar';
export const PORTEFEUILLE_OORDELEN: readonly PortefeuilleOordeel[] = ['voldoet', 'voldoet-niet', 'onleesbaar'];

/** DWSRA has a ceiling for DW-projects and one for SRA-projects in each tijdvak. */
export type PlafondDeel = 'DW' | 'SRA';

/** `doelgroep` of a maatregel, or 'onbekend' where the column is empty. */
export type DoelgroepOfOnbekend = Doelgroep | 'onbekend';

/** One plan as the overview counts it: plain data, amounts as decimal strings ('86232.00'). */
export interface Portefeuillepost {
  readonly regeling: RegelingId;
  readonly naam: string;
  readonly oordeel: Oordeel;
  /** The application tijdvak: the plan's own, else the one its aanvraagdatum falls in, else the only one. */
  readonly tijdvak?: number;
  /** DWSRA: the ceiling the project counts against, by its main activity (the larger of its DW and SRA costs). */
  readonly deel?: PlafondDeel;
  readonly gevraagd: string;
  readonly verleend?: string;
  /** The plan's money (verleend, else gevraagd) split over its maatregelen, summed per doelgroep. */
  readonly perDoelgroep: Readonly<Partial<Record<DoelgroepOfOnbekend, string>>>;
  readonly maatregelen: number;
  readonly maatregelenMetDoelgroep: number;
}

/** One file of the folder: its verdict, and its post where the begroting could be read. */
export interface PortefeuilleInvoer {
  readonly oordeel: PortefeuilleOordeel;
  readonly post?: Portefeuillepost;
}

interface PlafondDefinitie {
  readonly regeling: RegelingId;
  readonly tijdvak: number;
  readonly deel?: PlafondDeel;
  /** The versions of the ceiling, oldest first (a ceiling raised later is a new version). */
  readonly versies: readonly Parameter[];
}

/** The ceilings as the regelingen store them (dated parameters), by regeling, tijdvak and DWSRA part. */
const PLAFONDS: readonly PlafondDefinitie[] = [
  { regeling: 'sectorplannen-2013', tijdvak: 1, versies: [plafonds2013.plafondTijdvak1] },
  {
    regeling: 'sectorplannen-2013',
    tijdvak: 2,
    versies: [plafonds2013.plafondTijdvak2Opening, plafonds2013.plafondTijdvak2],
  },
  { regeling: 'sectorplannen-2015', tijdvak: 1, versies: [plafonds2015.plafondTijdvak1] },
  { regeling: 'dwsra-2016', tijdvak: 1, deel: 'DW', versies: [dwsraParams.plafondTijdvak1Dw] },
  { regeling: 'dwsra-2016', tijdvak: 1, deel: 'SRA', versies: [dwsraParams.plafondTijdvak1Sra] },
  { regeling: 'dwsra-2016', tijdvak: 2, deel: 'DW', versies: [dwsraParams.plafondTijdvak2Dw] },
  { regeling: 'dwsra-2016', tijdvak: 2, deel: 'SRA', versies: [dwsraParams.plafondTijdvak2Sra] },
];

/** The application periods of each regeling (dated parameters whose value is the tijdvak's number). */
const TIJDVAKKEN: Readonly<Record<RegelingId, readonly Parameter<number>[]>> = {
  'sectorplannen-2013': [aanvraagEnStart.aanvraagtijdvak1, aanvraagEnStart.aanvraagtijdvak2],
  'sectorplannen-2015': [tijdvakken2015.aanvraagtijdvak1],
  'dwsra-2016': [dwsraParams.aanvraagtijdvak1, dwsraParams.aanvraagtijdvak2],
};

const SECTORPLANNEN: readonly RegelingId[] = ['sectorplannen-2013', 'sectorplannen-2015'];

/**
 * The aim that at least a third of all sectorplan money goes to fighting youth unemployment: an agreement on the
 * whole budget (Begrotingsakkoord 2014), explicitly not per plan or per sector (the letter's footnote 5).
 */
export const jongerenDoel: Parameter = {
  waarde: '1/3',
  omschrijving:
    'Van het totale budget voor sectorplannen gaat minimaal eenderde naar bestrijding van de jeugdwerkloosheid',
  bron: 'Kamerbrief voortgang sectorplannen juni 2015 ("In het begrotingsakkoord 2014 is afgesproken dat van het totale budget voor sectorplannen minimaal eenderde van de middelen gaat naar bestrijding van de jeugdwerkloosheid"), voetnoot 5 ("nadrukkelijk niet om een derde van het budget per individueel plan of per sector")',
  zekerheid: 'zeker',
  lezing:
    'Een doel voor alle sectorplannen samen, geen eis aan één plan: cofin toont het alleen in het overzicht over de plannen, nooit als bevinding. Geld voor jongeren is hier het geld (verleend, anders gevraagd) van maatregelen met doelgroep jongeren; de brief schat het aandeel zelf ruimer, op het budget voor instroom (voetnoot 4). Het geld van een plan wordt over zijn maatregelen verdeeld naar hun SZW-financiering, zonder die naar hun subsidiabele kosten.',
};

const money = (x: Bedrag): string => decimaal(x).toFixed(2);

/** The tijdvak a plan belongs to: its own, the one its aanvraagdatum falls in, or the only one the regeling has. */
function tijdvakVan(b: Begroting): number | undefined {
  if (b.plan.tijdvak !== undefined) return b.plan.tijdvak;
  const perioden = TIJDVAKKEN[b.plan.regeling];
  const datum = b.plan.aanvraagdatum;
  if (datum !== undefined) {
    const binnen = perioden.find(
      (p) =>
        p.geldigVanaf !== undefined &&
        p.geldigTot !== undefined &&
        compareDatum(datum, p.geldigVanaf as Datum) >= 0 &&
        compareDatum(datum, p.geldigTot as Datum) <= 0,
    );
    if (binnen) return binnen.waarde;
  }
  return perioden.length === 1 ? perioden[0]?.waarde : undefined;
}

/** DWSRA: DW when the DW activities cost at least as much as the SRA activities (as the combi rule names the main one). */
function deelVan(b: Begroting, berekening: Berekening): PlafondDeel | undefined {
  if (b.plan.regeling !== 'dwsra-2016') return undefined;
  let dw = ZERO;
  let sra = ZERO;
  for (const m of berekening.maatregelen) {
    const soort = b.maatregelen[m.index]?.soort ?? '';
    if (soort.startsWith('DW')) dw = som(dw, m.kosten);
    else if (soort.startsWith('SRA')) sra = som(sra, m.kosten);
  }
  if (dw.isZero() && sra.isZero()) return undefined;
  return dw.greaterThanOrEqualTo(sra) ? 'DW' : 'SRA';
}

/** Reduces one checked begroting to what the overview counts. */
export function portefeuillepost(b: Begroting, berekening: Berekening, oordeel: Oordeel): Portefeuillepost {
  const geld = roundDown(b.plan.verleendeSubsidie ?? b.plan.gevraagdeSubsidie, 'cent');
  const ms = berekening.maatregelen;
  const szw = totaal(ms.map((m) => m.szw));
  const gewichten = szw.isZero() ? ms.map((m) => m.subsidiabeleKosten) : ms.map((m) => m.szw);
  const verdeelbaar = ms.length > 0 && !totaal(gewichten).isZero();
  const delen = verdeelbaar ? allocate(geld, gewichten) : [];
  const per = new Map<DoelgroepOfOnbekend, Bedrag>();
  let metDoelgroep = 0;
  ms.forEach((m, i) => {
    const groep = b.maatregelen[m.index]?.doelgroep;
    if (groep !== undefined) metDoelgroep += 1;
    const sleutel = groep ?? 'onbekend';
    per.set(sleutel, som(per.get(sleutel) ?? ZERO, delen[i] ?? ZERO));
  });
  if (!verdeelbaar && !geld.isZero()) per.set('onbekend', geld);
  const tijdvak = tijdvakVan(b);
  const deel = deelVan(b, berekening);
  return {
    regeling: b.plan.regeling,
    naam: b.plan.naam,
    oordeel,
    ...(tijdvak !== undefined ? { tijdvak } : {}),
    ...(deel !== undefined ? { deel } : {}),
    gevraagd: money(b.plan.gevraagdeSubsidie),
    ...(b.plan.verleendeSubsidie !== undefined ? { verleend: money(b.plan.verleendeSubsidie) } : {}),
    perDoelgroep: Object.fromEntries([...per].map(([k, v]) => [k, money(v)])),
    maatregelen: ms.length,
    maatregelenMetDoelgroep: metDoelgroep,
  };
}

/** A ceiling as the overview shows it: the version in force, and the earlier ones. */
export interface PlafondStand {
  readonly bedrag: Bedrag;
  readonly omschrijving: string;
  readonly bron: Bron;
  readonly zekerheid: Zekerheid;
  readonly lezing?: string;
  readonly geldigVanaf?: string;
  /** Earlier values of the same ceiling (for instance at the opening of the tijdvak), oldest first. */
  readonly eerder: readonly { readonly bedrag: Bedrag; readonly omschrijving: string }[];
}

/** The plans of one regeling, tijdvak and (DWSRA) part, against its ceiling. */
export interface PlafondRegel {
  readonly regeling: RegelingId;
  /** Undefined: the tijdvak is not known (no tijdvak and no aanvraagdatum in the begroting). */
  readonly tijdvak?: number;
  readonly deel?: PlafondDeel;
  readonly plannen: number;
  readonly gevraagd: Bedrag;
  readonly verleend: Bedrag;
  readonly plannenMetVerleend: number;
  readonly plafond?: PlafondStand;
  /** Ceiling minus requested (negative: the requests exceed the ceiling). */
  readonly ruimteGevraagd?: Bedrag;
  /** Ceiling minus granted. */
  readonly ruimteVerleend?: Bedrag;
}

export type JongerenStatus = 'gehaald' | 'niet-gehaald' | 'onvolledig';

/** The share of all sectorplan money for young people, against `jongerenDoel`. */
export interface JongerenAandeel {
  readonly plannen: number;
  /** All sectorplan money of the folder (verleend, else gevraagd, per plan). */
  readonly totaal: Bedrag;
  readonly jongeren: Bedrag;
  /** Money of maatregelen without a doelgroep: it may or may not go to young people. */
  readonly zonderDoelgroep: Bedrag;
  readonly aandeel?: Fractie;
  /** The aim as a fraction (1/3), and the amount it asks of `totaal`. */
  readonly doel: Fractie;
  readonly doelBedrag: Bedrag;
  /** gehaald: jongeren >= doel; onvolledig: not yet, but the untagged money could make up the difference. */
  readonly status: JongerenStatus;
  readonly maatregelen: number;
  readonly maatregelenMetDoelgroep: number;
  readonly parameter: Parameter;
}

export interface Portefeuille {
  readonly bestanden: number;
  readonly perOordeel: Readonly<Record<PortefeuilleOordeel, number>>;
  readonly regels: readonly PlafondRegel[];
  /** Only when at least one sectorplan maatregel carries a doelgroep. */
  readonly jongeren?: JongerenAandeel;
}

export interface PortefeuilleOpties {
  /** The day the ceilings are read at ('YYYY-MM-DD'); without it, the latest version of each ceiling. */
  readonly peildatum?: string;
}

/** The version of a ceiling in force at `peildatum` (the latest that started on or before it), else the latest. */
function plafondStand(def: PlafondDefinitie, peildatum: Datum | undefined): PlafondStand | undefined {
  const geldig =
    peildatum === undefined
      ? def.versies
      : def.versies.filter((v) => v.geldigVanaf === undefined || compareDatum(v.geldigVanaf as Datum, peildatum) <= 0);
  const index = geldig.length > 0 ? def.versies.indexOf(geldig[geldig.length - 1] as Parameter) : 0;
  const p = def.versies[index];
  if (!p) return undefined;
  return {
    bedrag: bedrag(p.waarde),
    omschrijving: p.omschrijving,
    bron: p.bron,
    zekerheid: p.zekerheid,
    ...(p.lezing !== undefined ? { lezing: p.lezing } : {}),
    ...(p.geldigVanaf !== undefined ? { geldigVanaf: p.geldigVanaf } : {}),
    eerder: def.versies.slice(0, index).map((v) => ({ bedrag: bedrag(v.waarde), omschrijving: v.omschrijving })),
  };
}

/** A fraction written 'a/b' or as a decimal ('0.5'), as numerator and denominator. */
function breuk(text: string): { teller: Dec; noemer: Dec } {
  const [a, b] = text.split('/');
  return { teller: new D(a ?? '0'), noemer: new D(b ?? '1') };
}

/** Adds up the plans of a folder: verdicts, money per regeling/tijdvak/part against its ceiling, the youth share. */
export function portefeuilleOverzicht(
  invoer: readonly PortefeuilleInvoer[],
  opties: PortefeuilleOpties = {},
): Portefeuille {
  const peildatum = opties.peildatum !== undefined ? parseIsoDatum(opties.peildatum) : undefined;
  const perOordeel: Record<PortefeuilleOordeel, number> = { voldoet: 0, 'voldoet-niet': 0, onleesbaar: 0 };
  for (const i of invoer) perOordeel[i.oordeel] += 1;
  const posten = invoer.flatMap((i) => (i.post ? [i.post] : []));

  const sleutel = (r: RegelingId, t: number | undefined, d: PlafondDeel | undefined) => `${r}|${t ?? ''}|${d ?? ''}`;
  const groepen = new Map<string, Portefeuillepost[]>();
  for (const p of posten) {
    const k = sleutel(p.regeling, p.tijdvak, p.deel);
    groepen.set(k, [...(groepen.get(k) ?? []), p]);
  }
  const regels: PlafondRegel[] = [];
  for (const [, groep] of groepen) {
    const eerste = groep[0] as Portefeuillepost;
    const def = PLAFONDS.find(
      (d) => d.regeling === eerste.regeling && d.tijdvak === eerste.tijdvak && d.deel === eerste.deel,
    );
    const plafond = def ? plafondStand(def, peildatum) : undefined;
    const gevraagd = totaal(groep.map((p) => bedrag(p.gevraagd)));
    const verleend = totaal(groep.flatMap((p) => (p.verleend !== undefined ? [bedrag(p.verleend)] : [])));
    regels.push({
      regeling: eerste.regeling,
      ...(eerste.tijdvak !== undefined ? { tijdvak: eerste.tijdvak } : {}),
      ...(eerste.deel !== undefined ? { deel: eerste.deel } : {}),
      plannen: groep.length,
      gevraagd,
      verleend,
      plannenMetVerleend: groep.filter((p) => p.verleend !== undefined).length,
      ...(plafond
        ? {
            plafond,
            ruimteGevraagd: verschil(plafond.bedrag, gevraagd),
            ruimteVerleend: verschil(plafond.bedrag, verleend),
          }
        : {}),
    });
  }
  const volgorde = (r: PlafondRegel): [number, number, number] => [
    REGELING_IDS.indexOf(r.regeling),
    r.tijdvak ?? Number.MAX_SAFE_INTEGER,
    r.deel === 'DW' ? 0 : r.deel === 'SRA' ? 1 : 2,
  ];
  regels.sort((a, b) => {
    const [a1, a2, a3] = volgorde(a);
    const [b1, b2, b3] = volgorde(b);
    return a1 - b1 || a2 - b2 || a3 - b3;
  });

  const sector = posten.filter((p) => SECTORPLANNEN.includes(p.regeling));
  const getagd = sector.reduce((n, p) => n + p.maatregelenMetDoelgroep, 0);
  const jongeren = getagd > 0 ? jongerenAandeel(sector) : undefined;
  return { bestanden: invoer.length, perOordeel, regels, ...(jongeren ? { jongeren } : {}) };
}

function jongerenAandeel(sector: readonly Portefeuillepost[]): JongerenAandeel {
  const deel = (p: Portefeuillepost, g: DoelgroepOfOnbekend): Bedrag => bedrag(p.perDoelgroep[g] ?? '0');
  const groepen: readonly DoelgroepOfOnbekend[] = [...DOELGROEPEN, 'onbekend'];
  const som_ = totaal(sector.flatMap((p) => groepen.map((g) => deel(p, g))));
  const jong = totaal(sector.map((p) => deel(p, 'jongeren')));
  const zonder = totaal(sector.map((p) => deel(p, 'onbekend')));
  const { teller, noemer } = breuk(jongerenDoel.waarde);
  // jongeren / totaal >= teller / noemer, compared without division.
  const haalt = (x: Bedrag) => decimaal(x).times(noemer).greaterThanOrEqualTo(decimaal(som_).times(teller));
  const status: JongerenStatus = haalt(jong) ? 'gehaald' : haalt(som(jong, zonder)) ? 'onvolledig' : 'niet-gehaald';
  return {
    plannen: sector.length,
    totaal: som_,
    jongeren: jong,
    zonderDoelgroep: zonder,
    ...(som_.isZero() ? {} : { aandeel: verhouding(jong, som_) }),
    doel: fractie(teller.dividedBy(noemer)),
    // The least amount in whole cents that meets the aim.
    doelBedrag: bedrag(decimaal(som_).times(teller).dividedBy(noemer).toDecimalPlaces(2, D.ROUND_UP)),
    status,
    maatregelen: sector.reduce((n, p) => n + p.maatregelen, 0),
    maatregelenMetDoelgroep: sector.reduce((n, p) => n + p.maatregelenMetDoelgroep, 0),
    parameter: jongerenDoel,
  };
}
