/**
 * The use case "make a voortgangsrapportage", once for every face: from a read workbook and the peildatum as the
 * user gave it to the report model, or to the finding that says why not. `cofin rapport` and the task pane call
 * this and only present the result.
 */
import { coerce, type ArgContext } from '../coerce';
import { formatDatum, type Datum } from '../dates';
import { formatEuro, formatProcent, type Bedrag } from '../money';
import { VASTSTELLING_LEZING_TEKST } from '../regelingen/types';
import { finding, ok, fail, type Finding, type Outcome } from '../findings';
import { ernstAantal } from '../tekst';
import { controleerWerkboek, type WerkboekControle } from '../workbook/controle';
import { FORMAAT_ARTIKEL } from '../workbook/lezen';
import type { Werkboek } from '../workbook/types';
import type { WerkboekModel } from '../workbook/model';
import { berekenVoortgang, type Voortgangsrapportage } from './voortgang';
import { rapportModel, type Herkomst } from './model';

/** The source the refusals of this use case cite. */
const RAPPORT_ARTIKEL = 'Voortgangsrapportage cofin (toelichting in het sjabloon)';

/** A workbook that a report can be made from: its begroting has a Realisatie table; its fouten go beside the report. */
export type RapportControle =
  | {
      readonly ok: true;
      readonly begroting: NonNullable<WerkboekControle['begroting']>;
      readonly berekening: NonNullable<WerkboekControle['berekening']>;
      readonly locate: WerkboekControle['gelezen']['locate'];
      readonly fouten: readonly Finding[];
    }
  | { readonly ok: false; readonly weigering: Finding; readonly fouten: readonly Finding[] };

/**
 * The check every report (voortgangsrapportage, einddeclaratie) starts from, as `cofin check` does it: a begroting
 * that cannot be read is `rapport-begroting-onleesbaar`, one without realisation `rapport-zonder-realisatie`.
 */
export function controleVoorRapport(werkboek: Werkboek): RapportControle {
  const controle = controleerWerkboek(werkboek);
  const fouten = controle.findings.filter((f) => f.severity === 'fout');
  if (!controle.begroting || !controle.berekening) {
    const weigering = finding('rapport-begroting-onleesbaar', {
      location: '',
      article: FORMAAT_ARTIKEL,
      params: { fouten: ernstAantal(fouten.length, 'fout') },
    });
    return { ok: false, weigering, fouten };
  }
  if (!controle.begroting.realisatie || controle.begroting.realisatie.length === 0)
    return {
      ok: false,
      weigering: finding('rapport-zonder-realisatie', { location: 'realisatie', article: FORMAAT_ARTIKEL }),
      fouten: [],
    };
  return {
    ok: true,
    begroting: controle.begroting,
    berekening: controle.berekening,
    locate: controle.gelezen.locate,
    fouten,
  };
}

/**
 * The peildatum through the one date coercion of core (the same as `cofin calc` and the Excel functions):
 * JJJJ-MM-DD, DD-MM-JJJJ (also with '/' or '.'), or an Excel serial number, as a number or as text.
 * Empty is `peildatum-ontbreekt`, anything else that is no date `peildatum-ongeldig`.
 */
export function leesPeildatum(raw: string | number): Outcome<Datum> {
  const ctx: ArgContext = { name: 'peildatum', article: RAPPORT_ARTIKEL };
  const datum = coerce('datum', raw, ctx, true);
  if (!datum.ok)
    return fail(
      finding('peildatum-ongeldig', {
        location: 'peildatum',
        article: RAPPORT_ARTIKEL,
        params: { waarde: String(raw).trim() },
      }),
    );
  if (datum.value === undefined)
    return fail(finding('peildatum-ontbreekt', { location: 'peildatum', article: RAPPORT_ARTIKEL }));
  return ok(datum.value);
}

/** The report, and the sentences both faces print beside it. */
interface GemaakteRapportage {
  readonly ok: true;
  readonly peildatum: Datum;
  readonly voortgang: Voortgangsrapportage;
  readonly model: WerkboekModel;
  /** The fout findings of the begroting itself (the report is made regardless; the faces point them out). */
  readonly fouten: readonly Finding[];
  readonly zinnen: {
    /** 'Uiterste datum voortgangsrapportage: 01-02-2015.' when the regeling sets one. */
    readonly rapportagedatum?: string;
    /**
     * 'Prognose vaststelling: € 34.000 (verleend € 60.000).' when the prognosis can be made; with a realisation
     * threshold both readings: '... per maatregel € 34.000, naar rato per plan € 36.000 (verleend € 60.000).'
     */
    readonly prognose?: string;
  };
}

/** Why no report: one refusal, and for an unreadable begroting its fout findings. */
interface GeweigerdeRapportage {
  readonly ok: false;
  readonly weigering: Finding;
  readonly fouten: readonly Finding[];
}

type Rapportage = GemaakteRapportage | GeweigerdeRapportage;

/**
 * The prognosis as one sentence. With a realisation threshold both readings, labelled and marked onzeker
 * (VaststellingLezing); without one the single figure.
 */
function prognoseZin(v: Voortgangsrapportage, perMaatregel: Bedrag): string {
  const verleend = `verleend ${formatEuro(v.verleend)}`;
  if (!v.drempel || !v.prognoseVaststellingNaarRato)
    return `Prognose vaststelling: ${formatEuro(perMaatregel)} (${verleend}).`;
  return `Prognose vaststelling (${v.vaststellingZekerheid ?? 'onzeker'}: of de drempel van ${formatProcent(v.drempel)} per maatregel of per plan geldt, is niet bekend): ${VASTSTELLING_LEZING_TEKST['per-maatregel']} ${formatEuro(perMaatregel)}, ${VASTSTELLING_LEZING_TEKST['naar-rato']} ${formatEuro(v.prognoseVaststellingNaarRato)} (${verleend}).`;
}

/**
 * Checks the workbook as `cofin check` does, then computes and lays out the voortgangsrapportage at the peildatum;
 * `herkomst` (cofin's version, the day written) completes the report's audit line.
 */
export function maakVoortgangsrapportage(
  werkboek: Werkboek,
  peildatumInvoer: string | number,
  herkomst?: Herkomst,
): Rapportage {
  const peil = leesPeildatum(peildatumInvoer);
  if (!peil.ok) return { ok: false, weigering: peil.finding, fouten: [] };
  const peildatum = peil.value;
  const controle = controleVoorRapport(werkboek);
  if (!controle.ok) return controle;
  const { begroting, berekening, locate, fouten } = controle;
  const voortgang = berekenVoortgang(begroting, berekening, peildatum, locate);
  return {
    ok: true,
    peildatum,
    voortgang,
    model: rapportModel(begroting, voortgang, herkomst),
    fouten,
    zinnen: {
      ...(voortgang.rapportagedatum
        ? { rapportagedatum: `Uiterste datum voortgangsrapportage: ${formatDatum(voortgang.rapportagedatum)}.` }
        : {}),
      ...(voortgang.prognoseVaststelling ? { prognose: prognoseZin(voortgang, voortgang.prognoseVaststelling) } : {}),
    },
  };
}
