/**
 * What the task pane's buttons do, over a WorkbookGateway: insert the standard begroting, check the open workbook,
 * write the voortgangsrapportage. Core does the work (the same code as `cofin check` and `cofin rapport`); this
 * module only sequences it and turns results into what the components show. No Office and no React here.
 */
import {
  REGELINGEN,
  VOORBEELDEN,
  VOORTGANG_KOPPEN,
  berekenVoortgang,
  columnLetters,
  controleerWerkboek,
  findRegeling,
  formatDatum,
  formatEuro,
  parseIsoDatum,
  rapportModel,
  templateModel,
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
  /** Writes the voortgangsrapportage at `peildatum` (YYYY-MM-DD) into new sheets; resolves to a confirmation. */
  maakRapportage(peildatum: string, onFase?: (fase: Fase) => void): Promise<string>;
}

/** Lets the pane paint (the progress indicator) before a long synchronous step. */
const paint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A Dutch message for the user from whatever went wrong: our own messages as they are, anything else generic. */
export function gebruikersmelding(error: unknown): string {
  if (error instanceof GatewayError) return error.message;
  return 'Er ging iets onverwachts mis. Probeer het opnieuw; blijft het misgaan, sla de werkmap op en gebruik \'cofin check\'.';
}

export function plaatsVan(f: Finding): string | undefined {
  return f.location.sheet !== undefined && f.location.cell !== undefined ? `${f.location.sheet}!${f.location.cell}` : undefined;
}

/** A clustered column chart of beoogde versus gerealiseerde deelnemers per maatregel, under the Voortgang table. */
export function voortgangsgrafiek(model: WerkboekModel): ChartSpec | undefined {
  for (const blad of model.bladen) {
    const t = blad.tabellen.find((tab) => tab.naam === 'Voortgang');
    if (!t || t.rijen.length === 0) continue;
    const beoogd = t.koppen.indexOf(VOORTGANG_KOPPEN[5]);
    const gerealiseerd = t.koppen.indexOf(VOORTGANG_KOPPEN[6]);
    const code = t.koppen.indexOf(VOORTGANG_KOPPEN[0]);
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
  const lees = async (onFase?: (fase: Fase) => void) => {
    onFase?.('lezen');
    const werkboek = await gateway.readWorkbook();
    onFase?.('controleren');
    await paint();
    return controleerWerkboek(werkboek);
  };

  return {
    bewaardeRegeling() {
      return findRegeling(gateway.settings.get(REGELING_SETTING) ?? '')?.id;
    },

    async kiesRegeling(regeling) {
      await gateway.settings.set(REGELING_SETTING, regeling);
    },

    async voegBegrotingIn(regeling, voorbeeld) {
      const model = templateModel(regeling, voorbeeld ? VOORBEELDEN[regeling] : undefined);
      const result = await gateway.applyModel(model, { onConflict: 'refuse' });
      const wat = voorbeeld ? 'Voorbeeldbegroting' : 'Lege standaardbegroting';
      return `${wat} ${REGELINGEN[regeling].naam} ingevoegd op de bladen ${bladenTekst([...result.sheets.values()])}.`;
    },

    async controleer(onFase) {
      const r = await lees(onFase);
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
      const peildatum = parseIsoDatum(peil.trim());
      if (!peildatum) throw new GatewayError('Vul een geldige peildatum in (dd-mm-jjjj).');
      const controle = await lees(onFase);
      if (!controle.begroting || !controle.berekening) {
        const fouten = controle.findings.filter((f) => f.severity === 'fout').length;
        throw new GatewayError(
          `De begroting kan niet worden gelezen (${fouten} ${fouten === 1 ? 'fout' : 'fouten'}); kies "Controleer begroting" om te zien wat er ontbreekt.`,
        );
      }
      if (!controle.begroting.realisatie || controle.begroting.realisatie.length === 0)
        throw new GatewayError('De begroting heeft geen (gevulde) tabel Realisatie; vul per maatregel de gerealiseerde deelnemers en kosten in.');
      const voortgang = berekenVoortgang(controle.begroting, controle.berekening, peildatum, controle.gelezen.locate);
      const model = rapportModel(controle.begroting, voortgang);
      const grafiek = voortgangsgrafiek(model);
      onFase?.('schrijven');
      const result = await gateway.applyModel(model, { onConflict: 'rename', ...(grafiek ? { charts: [grafiek] } : {}) });
      const regels = [`Voortgangsrapportage op ${formatDatum(peildatum)} ingevoegd op de bladen ${bladenTekst([...result.sheets.values()])}.`];
      if (voortgang.prognoseVaststelling) regels.push(`Prognose vaststelling: ${formatEuro(voortgang.prognoseVaststelling)} (verleend ${formatEuro(voortgang.verleend)}).`);
      if (voortgang.findings.length > 0) regels.push(`${voortgang.findings.length} ${voortgang.findings.length === 1 ? 'signaal' : 'signalen'}; zie het blad ${bladenTekst([result.sheets.get('Signalen') ?? 'Signalen'])}.`);
      return regels.join(' ');
    },
  };
}
