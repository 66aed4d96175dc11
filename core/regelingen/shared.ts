/** Helpers the regelingen share: grouping a begroting per maatregel, the BBL cap, term arithmetic. */
import {
  ZERO,
  formatEuro,
  maal,
  minOf,
  roundDown,
  som,
  verschil,
  type Aantal,
  type Bedrag,
  type Fractie,
} from '../money';
import { addDays, addMonths, compareDatum, formatDatum, leeftijdOp, wholeMonthsBetween, type Datum } from '../dates';
import { wmlPerMaand } from '../wml';
import type { Begroting, Financiering, Kostenpost } from '../begroting';
import { steunUit, type Bron, type Steun } from '../findings';
import { steuntOp, type Parameter } from '../parameter';
import { refuse, value, type Maximum, type Refusal, type RegelingCheck, type RuleResult } from './types';

export function notApplicable(
  onderwerp: string,
  regeling: string,
  reden: string,
  steun: Bron | Steun,
): RuleResult<never> {
  return refuse({ code: 'niet-van-toepassing', ...steunUit(steun), params: { onderwerp, regeling, reden } });
}

interface PerMaatregel {
  readonly kostenposten: Map<string, { post: Kostenpost; index: number }[]>;
  readonly financiering: Map<string, { regel: Financiering; index: number }[]>;
}

/** Groups cost and financing rows by maatregel code (rows naming an unknown code are grouped too; the validator reports them). */
export function groupPerMaatregel(b: Begroting): PerMaatregel {
  const kostenposten = new Map<string, { post: Kostenpost; index: number }[]>();
  b.kostenposten.forEach((post, index) => {
    const list = kostenposten.get(post.maatregel);
    if (list) list.push({ post, index });
    else kostenposten.set(post.maatregel, [{ post, index }]);
  });
  const financiering = new Map<string, { regel: Financiering; index: number }[]>();
  b.financiering.forEach((regel, index) => {
    if (regel.maatregel === undefined || regel.maatregel === '') return;
    const list = financiering.get(regel.maatregel);
    if (list) list.push({ regel, index });
    else financiering.set(regel.maatregel, [{ regel, index }]);
  });
  return { kostenposten, financiering };
}

export function sumBy<T>(rows: readonly T[] | undefined, pick: (row: T) => Bedrag): Bedrag {
  let total = ZERO;
  for (const row of rows ?? []) total = som(total, pick(row));
  return total;
}

/** The SZW part and the own part of a maatregel's financing rows. */
export function financieringVan(rows: readonly { regel: Financiering }[]): {
  szw: Bedrag;
  eigen: Bedrag;
  heeftFinanciering: boolean;
} {
  let szw = ZERO;
  let eigen = ZERO;
  for (const { regel } of rows) {
    if (regel.bron === 'szw') szw = som(szw, regel.bedrag);
    else eigen = som(eigen, regel.bedrag);
  }
  return { szw, eigen, heeftFinanciering: rows.length > 0 };
}

export function totaleFinanciering(b: Begroting): Bedrag {
  return sumBy(b.financiering, (f) => f.bedrag);
}

/**
 * The number of months of a BBL traject that are financed: the first `maanden`, at most `maxMaanden`, and of those
 * only the whole months that end on or before `vensterEinde` (the last day of the window after the beschikking),
 * when it is given. Month i runs from start + i months to the day before start + i + 1 months.
 */
export function bblGefinancierdeMaanden(
  startdatum: Datum,
  maanden: number,
  maxMaanden: number,
  vensterEinde?: Datum,
): number {
  const count = Math.min(maanden, maxMaanden);
  if (vensterEinde === undefined) return count;
  let binnen = 0;
  while (binnen < count && compareDatum(addDays(addMonths(startdatum, binnen + 1), -1), vensterEinde) <= 0) binnen += 1;
  return binnen;
}

/**
 * Cap on the BBL wage-cost subsidy: the sum over `maanden` months from `startdatum` of `perMaand` x the monthly WML
 * for the participant's age, each month taking the WML in force on its first day (start + i months) and the age on
 * that day. `maanden` is the number of financed months (`bblGefinancierdeMaanden`). Whole euros, rounded down.
 */
export function bblPlafond(
  geboortedatum: Datum,
  startdatum: Datum,
  maanden: number,
  perMaand: Fractie,
  article: Bron,
): RuleResult<Bedrag> {
  let total = ZERO;
  for (let i = 0; i < maanden; i += 1) {
    const maand = addMonths(startdatum, i);
    const leeftijd = leeftijdOp(geboortedatum, maand);
    const wml = wmlPerMaand(maand, leeftijd);
    if (!wml.ok) {
      const refusal: Refusal =
        wml.reden === 'te-jong'
          ? {
              code: 'leeftijd-onder-15',
              article,
              params: { maand, leeftijd },
              path: ['geboortedatum'],
            }
          : {
              code: 'wml-onbekend',
              article,
              params: { maand, van: wml.van, tot: wml.tot },
              path: ['startdatum'],
            };
      return refuse(refusal);
    }
    total = som(total, maal(wml.bedrag, perMaand));
  }
  return value(roundDown(total, 'euro'));
}

/** Subsidiable advice costs: hours x the lower of the actual rate and the cap, in cents rounded down. */
export function adviesKosten(uren: Aantal, maxTarief: Bedrag, tarief?: Bedrag): Bedrag {
  const rate = tarief === undefined || tarief.greaterThan(maxTarief) ? maxTarief : tarief;
  return roundDown(maal(rate, uren), 'cent');
}

/** A cost line split at a cap on its subsidiable cost: the part up to the cap, and the rest the applicant bears. */
export interface BegrensdePost {
  readonly subsidiabel: Bedrag;
  readonly eigenKosten: Bedrag;
}

/** Splits `bedrag` at `plafond`: subsidiable is the lower of the two, own cost what lies above the cap (or 0). */
export function begrensdDeel(bedrag: Bedrag, plafond: Bedrag): BegrensdePost {
  if (bedrag === plafond) return { subsidiabel: bedrag, eigenKosten: ZERO };
  const subsidiabel = minOf(bedrag, plafond);
  return { subsidiabel, eigenKosten: verschil(bedrag, subsidiabel) };
}

/**
 * The last day of a term of `months` months that starts the day after `datum` ("binnen N maanden na de
 * beschikking"; Algemene termijnenwet reading): the same day number N months later, or the month's last day.
 */
export function termijnEinde(datum: Datum, months: number): Datum {
  return addMonths(datum, months);
}

export function termijnEindePlusWeken(datum: Datum, months: number, weeks: number): Datum {
  return addDays(addMonths(datum, months), weeks * 7);
}

/** Number of months a period covers: the whole months from start to the day after the end, plus one for a partial month (1-1 .. 31-12 = 12). */
export function looptijdMaanden(start: Datum, eind: Datum): number {
  const dayAfter = addDays(eind, 1);
  const months = wholeMonthsBetween(start, dayAfter);
  return compareDatum(addMonths(start, months), dayAfter) < 0 ? months + 1 : months;
}

/**
 * A computed maximum. A class rather than an object literal so the hot path allocates one plain object; the Dutch
 * `grondslag` text is formatted only when a message asks for it (formatting costs more than the arithmetic).
 */
export class BerekendMaximum implements Maximum {
  constructor(
    readonly bedrag: Bedrag,
    readonly subsidiabeleKosten: Bedrag,
    readonly begrensd: boolean,
    private readonly rateText: string,
    private readonly plafond?: Bedrag,
  ) {}

  get grondslag(): string {
    const cap = this.begrensd && this.plafond ? `, begrensd op ${formatEuro(this.plafond)}` : '';
    return `${this.rateText} van ${formatEuro(this.subsidiabeleKosten)}${cap}`;
  }
}

/**
 * h/regels (issue 13): the application and decision dates of a plan against the regeling's aanvraagtijdvakken
 * (parameters whose `waarde` is the tijdvak's number and whose geldigVanaf/geldigTot are its first and last day). The
 * aanvraagdatum lies in a tijdvak (the plan's own, where it names one); the beschikking is not before the tijdvak
 * opened (the plan's tijdvak, else the first) nor before the aanvraag. Each finding carries the tijdvak's confidence,
 * so a tijdvak known only from an unsure source warns and never rejects.
 */
export function tijdvakControles(b: Begroting, tijdvakken: readonly Parameter<number>[]): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const perioden = tijdvakken.flatMap((p) =>
    p.geldigVanaf !== undefined && p.geldigTot !== undefined
      ? [{ p, van: p.geldigVanaf as Datum, tot: p.geldigTot as Datum }]
      : [],
  );
  const eerste = perioden[0];
  if (!eerste) return checks;
  const eigen = perioden.find((t) => t.p.waarde === b.plan.tijdvak);
  const tekst = (t: (typeof perioden)[number]) =>
    `tijdvak ${t.p.waarde}: ${formatDatum(t.van)} t/m ${formatDatum(t.tot)}`;
  const { aanvraagdatum, beschikkingsdatum } = b.plan;
  if (aanvraagdatum !== undefined) {
    const kandidaten = eigen ? [eigen] : perioden;
    const binnen = kandidaten.some(
      (t) => compareDatum(aanvraagdatum, t.van) >= 0 && compareDatum(aanvraagdatum, t.tot) <= 0,
    );
    if (!binnen) {
      const bron = eigen ?? kandidaten.find((t) => compareDatum(aanvraagdatum, t.tot) <= 0) ?? eerste;
      checks.push({
        code: 'aanvraag-buiten-tijdvak',
        ...steuntOp(bron.p),
        path: ['plan', 'aanvraagdatum'],
        params: { datum: aanvraagdatum, tijdvakken: kandidaten.map(tekst).join('; ') },
      });
    }
  }
  if (beschikkingsdatum !== undefined) {
    const opening = eigen ?? eerste;
    if (compareDatum(beschikkingsdatum, opening.van) < 0)
      checks.push({
        code: 'beschikking-voor-tijdvak',
        ...steuntOp(opening.p),
        path: ['plan', 'beschikkingsdatum'],
        params: { datum: beschikkingsdatum, geopend: opening.van, tijdvak: `tijdvak ${opening.p.waarde}` },
      });
    else if (aanvraagdatum !== undefined && compareDatum(beschikkingsdatum, aanvraagdatum) < 0)
      checks.push({
        code: 'beschikking-voor-aanvraag',
        article: 'Standaardformaat begroting cofin: een beschikking volgt op de aanvraag',
        path: ['plan', 'beschikkingsdatum'],
        params: { datum: beschikkingsdatum, aanvraag: aanvraagdatum },
      });
  }
  return checks;
}
