/**
 * What the task pane's buttons do, over a WorkbookGateway: insert the standard begroting, check the open workbook,
 * write the voortgangsrapportage. Core does the work (the same code as `cofin check` and `cofin rapport`); this
 * module only sequences it and turns results into what the components show. No Office and no React here.
 */
import {
  REGELINGEN,
  VOORTGANG_KOLOMMEN,
  alsZin,
  aantal,
  columnLetters,
  controleerWerkboek,
  findRegeling,
  formatDatum,
  formatEuro,
  maakVoortgangsrapportage,
  standaardbegroting,
  type Finding,
  type Oordeel,
  type RegelingId,
  type WerkboekModel,
} from '../../core';
import { GatewayError, type ChartSpec, type WorkbookGateway } from '../office/gateway';

export const REGELING_SETTING = 'cofin.regeling';

export type Fase = 'lezen' | 'controleren' | 'schrijven';

export interface Kengetal {
  readonly label: string;
  readonly waarde: string;
}

/** The outcome of "Controleer begroting", ready to show. */
export interface Controle {
  readonly oordeel: Oordeel;
  readonly regeling?: string;
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
  selecteer(finding: Finding): Promise<void>;
  /**
   * Writes the voortgangsrapportage at `peildatum` (JJJJ-MM-DD or DD-MM-JJJJ, as `cofin rapport` takes it) into new
   * sheets; resolves to a confirmation.
   */
  maakRapportage(peildatum: string, onFase?: (fase: Fase) => void): Promise<string>;
}

/** Lets the pane paint (the progress indicator) before a long synchronous step. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A Dutch message for the user from whatever went wrong: our own messages as they are, anything else generic. */
export function gebruikersmelding(error: unknown): string {
  if (error instanceof GatewayError) return error.message;
  return "Er ging iets onverwachts mis. Probeer het opnieuw; blijft het misgaan, sla de werkmap op en gebruik 'cofin check'.";
}

/** A clustered column chart of beoogde versus gerealiseerde deelnemers per maatregel, under the Voortgang table. */
export function voortgangsgrafiek(model: WerkboekModel): ChartSpec | undefined {
  for (const blad of model.bladen) {
    const t = blad.tabellen.find((tab) => tab.naam === 'Voortgang');
    if (!t || t.rijen.length === 0) continue;
    const beoogd = t.koppen.indexOf(VOORTGANG_KOLOMMEN.beoogdeDeelnemers);
    const gerealiseerd = t.koppen.indexOf(VOORTGANG_KOLOMMEN.gerealiseerdeDeelnemers);
    const code = t.koppen.indexOf(VOORTGANG_KOLOMMEN.code);
    if (beoogd < 0 || gerealiseerd !== beoogd + 1 || code < 0) return undefined;
    const col = (i: number): string => columnLetters(t.col + i);
    const last = t.row + t.rijen.length;
    return {
      sheet: blad.naam,
      title: 'Deelnemers per maatregel: beoogd en gerealiseerd',
      series: `${col(beoogd)}${t.row}:${col(gerealiseerd)}${last}`,
      categories: `${col(code)}${t.row + 1}:${col(code)}${last}`,
      from: `${col(0)}${last + 3}`,
      to: `${col(7)}${last + 22}`,
    };
  }
  return undefined;
}

function bladenTekst(namen: readonly string[]): string {
  return namen.map((n) => `'${n}'`).join(', ');
}

export function maakActies(gateway: WorkbookGateway): Acties {
  /** Reads the open workbook, then lets the pane show that the check starts. */
  const lees = async (onFase?: (fase: Fase) => void) => {
    onFase?.('lezen');
    const werkboek = await gateway.readWorkbook();
    onFase?.('controleren');
    await paint();
    return werkboek;
  };

  return {
    bewaardeRegeling() {
      return findRegeling(gateway.settings.get(REGELING_SETTING) ?? '')?.id;
    },

    async kiesRegeling(regeling) {
      await gateway.settings.set(REGELING_SETTING, regeling);
    },

    async voegBegrotingIn(regeling, voorbeeld) {
      const begroting = standaardbegroting(regeling, voorbeeld);
      const result = await gateway.applyModel(begroting.model, { onConflict: 'refuse' });
      return `${alsZin(begroting.omschrijving)} ${REGELINGEN[regeling].naam} ingevoegd op de bladen ${bladenTekst([...result.sheets.values()])}.`;
    },

    async controleer(onFase) {
      const r = controleerWerkboek(await lees(onFase));
      const b = r.berekening;
      const kengetallen: Kengetal[] = b
        ? [
            { label: 'Totale kosten', waarde: formatEuro(b.totaleKosten) },
            { label: 'Maximale subsidie', waarde: formatEuro(b.maximaleSubsidie) },
            { label: 'Gevraagde subsidie', waarde: formatEuro(b.gevraagdeSubsidie) },
            { label: 'Vereiste eigen bijdrage', waarde: formatEuro(b.vereisteEigenBijdrage) },
          ]
        : [];
      return {
        oordeel: r.oordeel,
        ...(r.regeling ? { regeling: REGELINGEN[r.regeling].naam } : {}),
        kengetallen,
        findings: r.findings,
      };
    },

    async selecteer(f) {
      if (f.location.sheet === undefined || f.location.cell === undefined) return;
      await gateway.selectCell(f.location.sheet, f.location.cell);
    },

    async maakRapportage(peil, onFase) {
      const r = maakVoortgangsrapportage(await lees(onFase), peil);
      if (!r.ok)
        throw new GatewayError(
          r.weigering.code === 'rapport-begroting-onleesbaar'
            ? `${r.weigering.message} Kies "Controleer begroting" om te zien wat er ontbreekt.`
            : r.weigering.message,
        );
      const grafiek = voortgangsgrafiek(r.model);
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
      return regels.join(' ');
    },
  };
}
