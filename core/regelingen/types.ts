import type { Aantal, Bedrag } from '../money';
import type { Centen } from '../money/kernel';
import type { Datum } from '../dates';
import type { Bron, Pad, Refusal } from '../findings';
import type { Aanvragersoort, Begroting } from '../begroting';
import type { Parameter, Zekerheid } from '../parameter';
import type { RegelingId } from './ids';

export { refuse, value, type Refusal, type RuleResult } from '../findings';
import type { RuleResult } from '../findings';

export interface Maximum {
  /** The maximum cofinancing in whole euros, after opslag, rate, cap and rounding. */
  readonly bedrag: Bedrag;
  /** The costs the rate applied to (direct plus opslag where the regeling has one). */
  readonly subsidiabeleKosten: Bedrag;
  /** Dutch text of how it was computed, for messages: '60% van € 1.432.109,95'. */
  readonly grondslag: string;
  /** True when a cap (for instance DWSRA's EUR 2 mln) bound the amount. */
  readonly begrensd: boolean;
}

/**
 * The two readings of the sectorplannen realisation threshold at vaststelling. The Kamerbrief of June 2015 says only
 * that the subsidy "kan" be set at nil below 60% realisation and that the vaststelling follows the realised numbers;
 * whether the 60% is tested per maatregel or on the whole plan is in no text read (params.realisatieDrempel.lezing).
 * - 'per-maatregel': each maatregel is tested on its own realisation;
 * - 'naar-rato': the plan's realisation (all realised over all targeted participants) is tested, and each maatregel
 *   is then set pro rata to its own realisation, without a nil of its own.
 * A regeling without a participant threshold (DWSRA) has one reading; the choice changes nothing there.
 */
export type VaststellingLezing = 'per-maatregel' | 'naar-rato';

export const VASTSTELLING_LEZINGEN: readonly VaststellingLezing[] = ['per-maatregel', 'naar-rato'];

/** The Dutch label of each reading, as the report and the function description show it. */
export const VASTSTELLING_LEZING_TEKST: Readonly<Record<VaststellingLezing, string>> = {
  'per-maatregel': 'per maatregel',
  'naar-rato': 'naar rato per plan',
};

interface VaststellingInput {
  readonly verleend: Bedrag;
  readonly gerealiseerdeKosten: Bedrag;
  readonly beoogdeDeelnemers?: Aantal;
  readonly gerealiseerdeDeelnemers?: Aantal;
  /**
   * The participants the realisation threshold is tested on, when that is not this maatregel's own: the plan's
   * totals under the reading 'naar-rato'. The pro-rata share still follows this maatregel's own realisation.
   */
  readonly drempelToets?: { readonly beoogd: Aantal; readonly gerealiseerd: Aantal };
}

export interface TermijnInput {
  readonly beschikkingsdatum: Datum;
  readonly verlenging: boolean;
  readonly tijdvak?: number;
  /** The project's own last day, where a term runs from it (DWSRA: the einddeclaratie). */
  readonly projecteinde?: Datum;
}

/** The pure rules of one regeling. Every rate, cap and term they use comes from the regeling's params. */
export interface Regels {
  /** Maximum cofinancing for the given (direct) costs, without the minimum-subsidy test. */
  maximum(kosten: Bedrag): RuleResult<Maximum>;
  /** `maximum`, refused when the result is below the regeling's minimum subsidy. */
  maxCofinanciering(kosten: Bedrag): RuleResult<Maximum>;
  indirect(direct: Bedrag): RuleResult<Bedrag>;
  loonkosten(brutoloon: Bedrag): RuleResult<Bedrag>;
  bbl(geboortedatum: Datum, startdatum: Datum, maanden: number): RuleResult<Bedrag>;
  advies(uren: Aantal, tarief?: Bedrag): RuleResult<Bedrag>;
  vaststelling(input: VaststellingInput): RuleResult<Bedrag>;
  rapportagedatum(startdatum: Datum): RuleResult<Datum>;
  einddatum(input: TermijnInput): RuleResult<Datum>;
  bblStart(beschikkingsdatum: Datum): RuleResult<Datum>;
  bblEind(beschikkingsdatum: Datum): RuleResult<Datum>;
  vaststellingsdatum(input: TermijnInput): RuleResult<Datum>;
  /** The per-cell rules in exact integer cents (core/money/kernel), where the regeling has them. */
  readonly centen?: CentenRegels;
}

/**
 * The per-cell rules of a regeling in exact integer cents: each gives what the rule of the same name in `Regels`
 * gives (in cents), or undefined where the kernel cannot prove exactness, the rule refuses, or the regeling has no
 * such rule; the caller then takes the decimal rule, the reference (test/core/kernel.test.ts compares the two).
 */
export interface CentenRegels {
  /** `maximum(kosten).bedrag`. */
  maximum(kosten: Centen): Centen | undefined;
  /** `maxCofinanciering(kosten).bedrag`; undefined where that is refused (below the minimum subsidy). */
  maxCofinanciering(kosten: Centen): Centen | undefined;
  /** `maximum(kosten).subsidiabeleKosten`. */
  subsidiabeleKosten(kosten: Centen): Centen | undefined;
  indirect?(direct: Centen): Centen | undefined;
  loonkosten?(brutoloon: Centen): Centen | undefined;
}

/** A choice list a regeling defines (themes, activity types): the values a workbook may use and their labels. */
export interface Keuze {
  readonly waarde: string;
  readonly label: string;
}

/** The figures of one maatregel in a begroting. */
export interface MaatregelBerekening {
  readonly index: number;
  readonly code: string;
  readonly naam: string;
  /** All cost lines of the maatregel. */
  readonly kosten: Bedrag;
  /** The costs the rate applies to (sectorplannen: all lines; DWSRA: direct lines plus the 15% opslag). */
  readonly subsidiabeleKosten: Bedrag;
  /** Maximum cofinancing of this maatregel where the regeling sets one per maatregel (sectorplannen). */
  readonly maximum?: Bedrag;
  /** Requested SZW cofinancing attributed to this maatregel in the financing table. */
  readonly szw: Bedrag;
  /** Own financing attributed to this maatregel. */
  readonly eigen: Bedrag;
  /** Whether any financing row names this maatregel. */
  readonly heeftFinanciering: boolean;
}

/** The figures of a whole begroting: what the summary, the report and the checks share. */
export interface Berekening {
  readonly maatregelen: readonly MaatregelBerekening[];
  /** Total project costs: sectorplannen all cost lines; DWSRA direct costs plus the forfaitaire opslag. */
  readonly totaleKosten: Bedrag;
  readonly subsidiabeleKosten: Bedrag;
  readonly maximaleSubsidie: Bedrag;
  readonly grondslag: string;
  readonly gevraagdeSubsidie: Bedrag;
  /** Own contribution needed: subsidiable costs minus the subsidy that can be granted (the lower of requested and maximum). */
  readonly vereisteEigenBijdrage: Bedrag;
  readonly totaleFinanciering: Bedrag;
}

export interface Regeling {
  readonly id: RegelingId;
  readonly naam: string;
  readonly citeertitel: string;
  readonly vindplaats: Bron;
  /** Date of the version of the text these parameters follow. */
  readonly versie: Datum;
  readonly geldigVanaf: Datum;
  readonly geldigTot?: Datum;
  readonly parameters: Readonly<Record<string, Parameter<string | number>>>;
  /** The allowed values for `maatregel.soort`. */
  readonly soorten: readonly Keuze[];
  /** Who may be hoofdaanvrager, with the source of that rule. */
  readonly aanvragers: {
    readonly soorten: readonly Aanvragersoort[];
    readonly bron: Bron;
    readonly zekerheid: Zekerheid;
    /** For a list that is not 'zeker': the reading chosen. */
    readonly lezing?: string;
  };
  readonly regels: Regels;
  bereken(begroting: Begroting): Berekening;
  /** Regeling-specific checks of a parsed begroting (the shared checks live in the validator). */
  controleer(begroting: Begroting, berekening: Berekening): readonly RegelingCheck[];
}

/** A regeling check's refusal, with the model path it is about: the validator places it (and the reader the cell). */
export type RegelingCheck = Refusal & { readonly path: Pad };
