/**
 * What cofin writes into a workbook (the template, the voortgangsrapportage): sheets, cells, values, number
 * formats, Excel tables, choice lists, and formulas as text. Two adapters apply it: exceljs for the command line
 * and Office.js for the task pane. Amounts are decimal text; an adapter turns them into a cell number only at the
 * cell. Text is always text: an adapter must never let a 'tekst' value starting with '=' become a formula.
 */
import type { Datum } from '../dates';

export type ModelWaarde =
  | { readonly soort: 'tekst'; readonly tekst: string }
  | { readonly soort: 'getal'; readonly getal: string }
  | { readonly soort: 'datum'; readonly datum: Datum }
  | { readonly soort: 'waarheid'; readonly waarde: boolean }
  | { readonly soort: 'leeg' };

export type Opmaak = 'kop' | 'titel' | 'vet' | 'goed' | 'let-op' | 'risico' | 'toelichting';

export interface ModelCel {
  readonly row: number;
  readonly col: number;
  readonly waarde: ModelWaarde;
  /** Formula text without '=', written by cofin itself (never user text); `waarde` is its computed result. */
  readonly formule?: string;
  readonly numFmt?: string;
  readonly opmaak?: Opmaak;
}

interface ModelTabel {
  readonly naam: string;
  /** Top-left cell of the header row. */
  readonly row: number;
  readonly col: number;
  readonly koppen: readonly string[];
  /** Data rows; each row has one value per header. At least one row (Excel tables are never empty). */
  readonly rijen: readonly (readonly ModelWaarde[])[];
  /** Number format per column (undefined: general). */
  readonly numFmts: readonly (string | undefined)[];
}

export type ModelValidatie =
  | { readonly bereik: string; readonly soort: 'lijst'; readonly bron: string; readonly melding: string }
  | { readonly bereik: string; readonly soort: 'bedrag' | 'geheel' | 'datum'; readonly melding: string };

export interface ModelBlad {
  readonly naam: string;
  readonly kolombreedtes: readonly number[];
  readonly cellen: readonly ModelCel[];
  readonly tabellen: readonly ModelTabel[];
  readonly validaties: readonly ModelValidatie[];
  /** Rows frozen at the top (the header row of a table sheet). */
  readonly vastRijen?: number;
  readonly verborgen?: boolean;
}

export interface WerkboekModel {
  readonly titel: string;
  readonly bladen: readonly ModelBlad[];
}

export const tekstWaarde = (tekst: string): ModelWaarde => ({ soort: 'tekst', tekst });
export const getalWaarde = (getal: string): ModelWaarde => ({ soort: 'getal', getal });
export const LEEG: ModelWaarde = { soort: 'leeg' };
