/**
 * The figures of the einddeclaratie (eindverantwoording): per maatregel the realised number of participants
 * ("toepassingen") and the realised subsidiable costs, the vaststelling, and the last day to submit it.
 *
 * The vaststelling is not computed a second time: it is the voortgangsrapportage (`berekenVoortgang`) at the last
 * day of the plan and its maatregelen, where every maatregel is done, so its prognosis is the realisation itself.
 * Where the regeling has a realisation threshold (sectorplannen, `realisatieDrempel`, onzeker) that gives both
 * readings (VaststellingLezing, per maatregel and naar rato per plan); a regeling without one has one figure for the
 * plan. The deadline is the regeling's `vaststellingsdatum` rule (the function VASTSTELLINGSDATUM).
 */
import { ZERO, type Bedrag, type Fractie } from '../money';
import { compareDatum, type Datum } from '../dates';
import { alsFinding, type Bron, type Finding, type Location, type Pad } from '../findings';
import { steuntOp, type Zekerheid } from '../parameter';
import { padTekst } from '../tekst';
import type { Begroting } from '../begroting';
import type { Berekening, Regeling } from '../regelingen/types';
import { berekenVoortgang, type Signaal } from './voortgang';

export interface MaatregelEind {
  readonly code: string;
  readonly naam: string;
  readonly soort: string;
  readonly startdatum: Datum;
  readonly einddatum: Datum;
  readonly beoogdeDeelnemers: number;
  /** The realised number of participants: the annex's "gerealiseerd aantal toepassingen". */
  readonly gerealiseerdeDeelnemers: number;
  readonly realisatieDeelnemers?: Fractie;
  /** The subsidiable costs of the begroting of this maatregel. */
  readonly begroteSubsidiabeleKosten: Bedrag;
  /** The realised costs as the Realisatie table gives them. */
  readonly gerealiseerdeKosten: Bedrag;
  /** The realised costs the rate applies to (DWSRA: plus the forfaitaire opslag): the annex's column. */
  readonly gerealiseerdeSubsidiabeleKosten: Bedrag;
  /** Granted to this maatregel (its SZW financing, else its maximum). */
  readonly verleend: Bedrag;
  readonly signaal: Signaal;
  /** With a realisation threshold: the vaststelling of this maatregel, reading 'per maatregel'. */
  readonly vaststelling?: Bedrag;
  /** With a realisation threshold: the vaststelling of this maatregel, reading 'naar rato per plan'. */
  readonly vaststellingNaarRato?: Bedrag;
}

/** What the deadline rests on: the term's parameter (its source, confidence and reading). */
export interface TermijnSteun {
  readonly article: Bron;
  readonly zekerheid: Zekerheid;
  readonly lezing?: string;
}

export interface Eindverantwoording {
  readonly regeling: Regeling;
  /** The last day of the plan and of its maatregelen: the day the figures are taken at. */
  readonly einddatum: Datum;
  readonly verleend: Bedrag;
  readonly maatregelen: readonly MaatregelEind[];
  readonly drempel?: Fractie;
  /** With a realisation threshold: all realised over all targeted participants of the plan. */
  readonly realisatiePlan?: Fractie;
  /** The vaststelling of the plan; with a realisation threshold the reading 'per maatregel'. */
  readonly vaststelling?: Bedrag;
  /** With a realisation threshold: the vaststelling in the reading 'naar rato per plan'. */
  readonly vaststellingNaarRato?: Bedrag;
  /** With a realisation threshold: the confidence of that rule (onzeker). */
  readonly vaststellingZekerheid?: Zekerheid;
  /** The last day for the einddeclaratie (aanvraag tot vaststelling), when the begroting has what the rule needs. */
  readonly vaststellingsdatum?: Datum;
  /** Why there is no deadline: the missing input, as a Dutch phrase. */
  readonly vaststellingsdatumOntbreekt?: string;
  readonly termijn?: TermijnSteun;
  /** The signals of the realisation at the end (below the threshold, costs above the budget), with their confidence. */
  readonly findings: readonly Finding[];
}

/** The parameter of the einddeclaratie term: DWSRA counts from the project's end, the sectorplannen from the beschikking. */
function termijnSteun(regeling: Regeling): TermijnSteun | undefined {
  const p = regeling.parameters['vaststellingNaEindeWeken'] ?? regeling.parameters['vaststellingExtraWeken'];
  return p ? steuntOp(p) : undefined;
}

/** The last day of the plan and its maatregelen. */
function laatsteDag(b: Begroting): Datum {
  return b.maatregelen.reduce<Datum>(
    (laatst, m) => (compareDatum(m.einddatum, laatst) > 0 ? m.einddatum : laatst),
    b.plan.einddatum,
  );
}

/** Computes the einddeclaratie of a parsed begroting with a realisatie table. */
export function berekenEindverantwoording(
  b: Begroting,
  calc: Berekening,
  locate: (path: Pad) => Location = (path) => ({ path: padTekst(path) }),
): Eindverantwoording {
  const einddatum = laatsteDag(b);
  const v = berekenVoortgang(b, calc, einddatum, locate);
  const regeling = v.regeling;
  const maatregelen = v.maatregelen.map((m, i): MaatregelEind => {
    const mc = calc.maatregelen[i];
    const max = regeling.regels.maximum(m.gerealiseerdeKosten);
    return {
      code: m.code,
      naam: m.naam,
      soort: m.soort,
      startdatum: m.startdatum,
      einddatum: m.einddatum,
      beoogdeDeelnemers: m.beoogdeDeelnemers,
      gerealiseerdeDeelnemers: m.gerealiseerdeDeelnemers,
      begroteSubsidiabeleKosten: mc?.subsidiabeleKosten ?? ZERO,
      gerealiseerdeKosten: m.gerealiseerdeKosten,
      gerealiseerdeSubsidiabeleKosten: max.ok ? max.value.subsidiabeleKosten : m.gerealiseerdeKosten,
      verleend: m.verleend,
      signaal: m.signaal,
      ...(m.realisatieDeelnemers ? { realisatieDeelnemers: m.realisatieDeelnemers } : {}),
      ...(m.prognoseVaststelling ? { vaststelling: m.prognoseVaststelling } : {}),
      ...(m.prognoseVaststellingNaarRato ? { vaststellingNaarRato: m.prognoseVaststellingNaarRato } : {}),
    };
  });
  const termijn = termijnSteun(regeling);
  const beschikkingsdatum = b.plan.beschikkingsdatum;
  const datum = beschikkingsdatum
    ? regeling.regels.vaststellingsdatum({
        beschikkingsdatum,
        verlenging: b.plan.verlenging ?? false,
        projecteinde: b.plan.einddatum,
        ...(b.plan.tijdvak !== undefined ? { tijdvak: b.plan.tijdvak } : {}),
      })
    : undefined;
  return {
    regeling,
    einddatum,
    verleend: v.verleend,
    maatregelen,
    findings: v.findings,
    ...(v.drempel ? { drempel: v.drempel } : {}),
    ...(v.prognoseRealisatiePlan ? { realisatiePlan: v.prognoseRealisatiePlan } : {}),
    ...(v.prognoseVaststelling ? { vaststelling: v.prognoseVaststelling } : {}),
    ...(v.prognoseVaststellingNaarRato ? { vaststellingNaarRato: v.prognoseVaststellingNaarRato } : {}),
    ...(v.vaststellingZekerheid ? { vaststellingZekerheid: v.vaststellingZekerheid } : {}),
    ...(datum?.ok === true ? { vaststellingsdatum: datum.value } : {}),
    ...(beschikkingsdatum === undefined
      ? { vaststellingsdatumOntbreekt: 'de beschikkingsdatum op het blad Plan ontbreekt' }
      : datum?.ok === false
        ? { vaststellingsdatumOntbreekt: alsFinding(datum.refusal, 'plan', 'uiterste datum einddeclaratie').message }
        : {}),
    ...(termijn ? { termijn } : {}),
  };
}
