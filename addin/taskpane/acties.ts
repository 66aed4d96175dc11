/**
 * What the task pane's buttons do, over a WorkbookGateway: insert the standard begroting, check the open workbook,
 * write the voortgangsrapportage. Core does the work (the same code as `cofin check` and `cofin rapport`); this
 * module only sequences it and turns results into what the components show. No Office and no React here.
 */
import {
  REGELINGEN,
  REGELING_IDS,
  alsZin,
  aantal,
  findRegeling,
  formatDatum,
  type Datum,
  type Finding,
  type Herkomst,
  type Oordeel,
  type RegelingId,
} from '../../core';
import cofinPakket from '../../package.json';
import { GatewayError, type Bereik, type WorkbookGateway } from '../office/gateway';
import { EXCEL_FOUT, celNaam } from './cel';
import type * as Werk from './werk';

export const REGELING_SETTING = 'cofin.regeling';

export type Fase = 'lezen' | 'controleren' | 'schrijven';

/** How a message is shown: its colour and icon (Fluent's MessageBar intent) follow what it says. */
export type Intent = 'success' | 'warning' | 'error' | 'info';

export interface Uitkomst {
  readonly tekst: string;
  readonly intent: Intent;
}

/** Short, distinct names for the pane (the official names are alike for their first 40 characters). */
export const REGELING_KORT: Readonly<Record<RegelingId, string>> = {
  'sectorplannen-2013': 'Sectorplannen 2013-2014 (tranche 1-2)',
  'sectorplannen-2015': 'Sectorplannen 2015 (tranche 3)',
  'dwsra-2016': 'DWSRA 2016',
};

export interface RegelingOptie {
  readonly id: RegelingId;
  /** Short name, for the dropdown. */
  readonly kort: string;
  /** Official name. */
  readonly naam: string;
}

export function regelingOpties(): RegelingOptie[] {
  return REGELING_IDS.map((id) => ({ id, kort: REGELING_KORT[id], naam: REGELINGEN[id].naam }));
}

/** What the pane knows of the open workbook after reading it. */
export interface Werkmapstand {
  /** The regeling on the Plan sheet: the one the check and the report use. */
  readonly regeling?: RegelingId;
  /** No table of the standard begroting was found. */
  readonly leeg: boolean;
  /** The plan's report due date (the regeling's term from its startdatum), the natural peildatum. */
  readonly rapportagedatum?: Datum;
}

/** "Waarom deze fout?": what core makes of the formula in the active cell. */
export type FormuleUitleg =
  | { readonly soort: 'geen-cel' }
  | { readonly soort: 'geen-cofin'; readonly cel: string }
  | { readonly soort: 'niet-na-te-rekenen'; readonly cel: string; readonly formule: string; readonly reden: string }
  | {
      readonly soort: 'waarde';
      readonly cel: string;
      readonly formule: string;
      readonly waarde: string;
      /** What Excel shows when that is an error value (the add-in was not loaded, for instance). */
      readonly excelFout?: string;
    }
  | {
      readonly soort: 'fout';
      readonly cel: string;
      readonly formule: string;
      readonly functie: string;
      readonly reden: string;
      /** The argument refused, with its description, when the refusal names one. */
      readonly argument?: string;
      readonly artikel: string;
    };

/** "Waarden vastzetten", step one: what would change. */
export interface Vastzetvoorstel {
  readonly sheet: string;
  readonly bereik: string;
  /** The COFIN formula cells whose value replaces the formula. */
  readonly cellen: readonly {
    readonly address: string;
    readonly formule: string;
    readonly waarde: string | number | boolean;
  }[];
  /** COFIN formula cells left alone because their value is an error or empty. */
  readonly overgeslagen: readonly string[];
}

export interface Kengetal {
  readonly label: string;
  readonly waarde: string;
}

/** The outcome of "Controleer begroting", ready to show. */
export interface Controle {
  readonly oordeel: Oordeel;
  /** The regeling on the Plan sheet, which the check used. */
  readonly regeling?: RegelingId;
  /** The workbook holds no standard begroting at all: the way forward is to insert one, not a verdict. */
  readonly leeg: boolean;
  readonly stand: Werkmapstand;
  readonly uitkomst: Uitkomst;
  /** Empty when the workbook could not be read as a begroting (the findings say why). */
  readonly kengetallen: readonly Kengetal[];
  readonly findings: readonly Finding[];
}

export interface Acties {
  /** The regeling remembered in this workbook, if any. */
  bewaardeRegeling(): RegelingId | undefined;
  kiesRegeling(regeling: RegelingId): Promise<void>;
  /** Inserts the blank or example standard begroting as new sheets; resolves to a Dutch confirmation. */
  voegBegrotingIn(regeling: RegelingId, voorbeeld: boolean): Promise<string>;
  controleer(onFase?: (fase: Fase) => void): Promise<Controle>;
  /** Reads the workbook for what the pane shows beside its controls (the Plan sheet's regeling, the due date). */
  leesStand(): Promise<Werkmapstand>;
  selecteer(finding: Finding): Promise<void>;
  /**
   * Writes the voortgangsrapportage at `peildatum` (JJJJ-MM-DD or DD-MM-JJJJ, as `cofin rapport` takes it) into new
   * sheets; resolves to a confirmation, a warning when the peildatum makes the report say little.
   */
  maakRapportage(peildatum: string, onFase?: (fase: Fase) => void): Promise<Uitkomst>;
  /**
   * Writes the einddeclaratie (annex per maatregel, vaststelling, deadline) as `cofin eindverantwoording` does, into
   * new sheets; resolves to a confirmation with the deadline and the vaststelling, a warning with signals.
   */
  maakEinddeclaratie(onFase?: (fase: Fase) => void): Promise<Uitkomst>;
  /** Recomputes the COFIN formula of the active cell. */
  waaromFout(): Promise<FormuleUitleg>;
  vastzetVoorstel(bereik: Bereik): Promise<Vastzetvoorstel>;
  /** Replaces the proposal's formulas by their values; resolves to a confirmation and the way back. */
  zetVast(voorstel: Vastzetvoorstel): Promise<{ readonly tekst: string; readonly terugzetten: () => Promise<string> }>;
}

/** The cofin version the reports name (package.json's, bundled by webpack). */
export const COFIN_VERSIE: string = cofinPakket.version;

/** Today in the user's time zone. */
export function vandaag(): Datum {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as Datum;
}

const COFIN_FORMULE = /COFIN[._]/i;
const BEREIK = /\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+/i;

let werkLaden: Promise<typeof Werk> | undefined;

/**
 * The heavy half of the actions (werk.ts: the check, the standard begroting, the reports), fetched from the add-in's
 * own origin once, on first use; a failed fetch is tried again on the next use.
 */
export function laadWerk(): Promise<typeof Werk> {
  werkLaden ??= import(/* webpackChunkName: "taskpane-werk" */ './werk').catch((error: unknown) => {
    werkLaden = undefined;
    throw error;
  });
  return werkLaden;
}

/** Lets the pane paint (the progress indicator) before a long synchronous step. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A Dutch message for the user from whatever went wrong: our own messages as they are, anything else generic. */
export function gebruikersmelding(error: unknown): string {
  if (error instanceof GatewayError) return error.message;
  return "Er ging iets onverwachts mis. Probeer het opnieuw; blijft het misgaan, sla de werkmap op en gebruik 'cofin check'.";
}

function bladenTekst(namen: readonly string[]): string {
  return namen.map((n) => `'${n}'`).join(', ');
}

export interface ActieOpties {
  /** Who writes the reports (the audit line); defaults to this build's version and today. */
  readonly herkomst?: () => Herkomst;
}

export function maakActies(gateway: WorkbookGateway, opties: ActieOpties = {}): Acties {
  const herkomst = opties.herkomst ?? (() => ({ cofinVersie: COFIN_VERSIE, geschreven: vandaag() }));
  /** Reads the open workbook while the heavy half loads, then lets the pane show that the check starts. */
  const lees = async (onFase?: (fase: Fase) => void) => {
    onFase?.('lezen');
    const [werk, werkboek] = await Promise.all([laadWerk(), gateway.readWorkbook()]);
    onFase?.('controleren');
    await paint();
    return { werk, werkboek };
  };

  return {
    bewaardeRegeling() {
      return findRegeling(gateway.settings.get(REGELING_SETTING) ?? '')?.id;
    },

    async kiesRegeling(regeling) {
      await gateway.settings.set(REGELING_SETTING, regeling);
    },

    async voegBegrotingIn(regeling, voorbeeld) {
      const begroting = (await laadWerk()).standaardbegroting(regeling, voorbeeld);
      const result = await gateway.applyModel(begroting.model, { onConflict: 'refuse' });
      return `${alsZin(begroting.omschrijving)} ${REGELINGEN[regeling].naam} ingevoegd op de bladen ${bladenTekst([...result.sheets.values()])}.`;
    },

    async leesStand() {
      const [werk, werkboek] = await Promise.all([laadWerk(), gateway.readWorkbook()]);
      return werk.leesStand(werkboek);
    },

    async controleer(onFase) {
      const { werk, werkboek } = await lees(onFase);
      return werk.controle(werkboek);
    },

    async selecteer(f) {
      if (f.location.sheet === undefined || f.location.cell === undefined) return;
      await gateway.selectCell(f.location.sheet, f.location.cell);
    },

    async maakRapportage(peil, onFase) {
      const { werk, werkboek } = await lees(onFase);
      const r = werk.maakVoortgangsrapportage(werkboek, peil, herkomst());
      if (!r.ok)
        throw new GatewayError(
          r.weigering.code === 'rapport-begroting-onleesbaar'
            ? `${r.weigering.message} Kies "Controleer begroting" om te zien wat er ontbreekt.`
            : r.weigering.message,
        );
      const grafiek = werk.voortgangsgrafiek(r.model);
      onFase?.('schrijven');
      const result = await gateway.applyModel(r.model, {
        onConflict: 'rename',
        ...(grafiek ? { charts: [grafiek] } : {}),
      });
      const regels = [
        `Voortgangsrapportage op ${formatDatum(r.peildatum)} ingevoegd op de bladen ${bladenTekst([...result.sheets.values()])}.`,
      ];
      if (r.zinnen.prognose) regels.push(r.zinnen.prognose);
      const signalen = r.voortgang.findings.length;
      if (signalen > 0)
        regels.push(
          `${aantal(signalen, 'signaal', 'signalen')}; zie het blad ${bladenTekst([result.sheets.get('Signalen') ?? 'Signalen'])}.`,
        );
      const v = r.voortgang;
      const teVroeg = v.maatregelen.length > 0 && v.maatregelen.every((m) => r.peildatum < m.startdatum);
      if (teVroeg)
        regels.push('Let op: de peildatum ligt vóór de start van het plan; er is nog geen voortgang te rapporteren.');
      const teLaat = v.rapportagedatum !== undefined && r.peildatum > v.rapportagedatum;
      if (teLaat && v.rapportagedatum)
        regels.push(
          `Let op: de peildatum ligt na de uiterste datum van de rapportage (${formatDatum(v.rapportagedatum)}).`,
        );
      const ernstig = v.findings.some((f) => f.severity !== 'info');
      return { tekst: regels.join(' '), intent: teVroeg || teLaat || ernstig ? 'warning' : 'success' };
    },

    async maakEinddeclaratie(onFase) {
      const { werk, werkboek } = await lees(onFase);
      const r = werk.maakEindverantwoording(werkboek, herkomst());
      if (!r.ok)
        throw new GatewayError(
          r.weigering.code === 'rapport-begroting-onleesbaar'
            ? `${r.weigering.message} Kies "Controleer begroting" om te zien wat er ontbreekt.`
            : r.weigering.message,
        );
      onFase?.('schrijven');
      const result = await gateway.applyModel(r.model, { onConflict: 'rename' });
      const regels = [
        `Einddeclaratie ingevoegd op de bladen ${bladenTekst([...result.sheets.values()])}.`,
        r.zinnen.termijn,
        r.zinnen.vaststelling,
      ];
      const signalen = r.eind.findings.length;
      if (signalen > 0)
        regels.push(
          `${aantal(signalen, 'signaal', 'signalen')}; zie het blad ${bladenTekst([result.sheets.get(werk.EIND_BLADEN.signalen) ?? werk.EIND_BLADEN.signalen])}.`,
        );
      const ernstig = r.eind.findings.some((f) => f.severity !== 'info') || r.eind.vaststellingsdatum === undefined;
      return { tekst: regels.join(' '), intent: ernstig ? 'warning' : 'success' };
    },

    async waaromFout() {
      const cel = await gateway.readActiveCell();
      if (!cel) return { soort: 'geen-cel' };
      if (cel.formula === undefined || !COFIN_FORMULE.test(cel.formula))
        return { soort: 'geen-cofin', cel: celNaam(cel.sheet, cel.address) };
      const [werk, werkboek] = await Promise.all([laadWerk(), gateway.readWorkbook()]);
      return werk.uitleg(cel, werkboek);
    },

    async vastzetVoorstel(bereik) {
      const f = await gateway.readFormulaCells(bereik);
      const cellen: Vastzetvoorstel['cellen'][number][] = [];
      const overgeslagen: string[] = [];
      for (const c of f.cellen) {
        if (c.formula === undefined || !COFIN_FORMULE.test(c.formula)) continue;
        const v = c.value;
        // A formula over a range may spill into its neighbours; its one value would not replace them.
        const overloop = BEREIK.test(c.formula.replace(/"(?:[^"]|"")*"/g, ''));
        if (v === null || overloop || (typeof v === 'string' && EXCEL_FOUT.test(v.trim())))
          overgeslagen.push(c.address);
        else cellen.push({ address: c.address, formule: `=${c.formula}`, waarde: v });
      }
      return { sheet: f.sheet, bereik: f.bereik, cellen, overgeslagen };
    },

    async zetVast(voorstel) {
      await gateway.writeCells(
        voorstel.sheet,
        voorstel.cellen.map((c) => ({ address: c.address, waarde: c.waarde })),
      );
      const n = voorstel.cellen.length;
      return {
        tekst: `${aantal(n, 'COFIN-formule', 'COFIN-formules')} op het blad '${voorstel.sheet}' vervangen door ${n === 1 ? 'zijn waarde' : 'hun waarden'}.`,
        terugzetten: async () => {
          await gateway.writeCells(
            voorstel.sheet,
            voorstel.cellen.map((c) => ({ address: c.address, formule: c.formule })),
          );
          return `${aantal(n, 'formule', 'formules')} teruggezet op het blad '${voorstel.sheet}'.`;
        },
      };
    },
  };
}
