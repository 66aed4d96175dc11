/**
 * What cofin writes into a workbook (the template, the voortgangsrapportage): sheets, cells, values, number
 * formats, Excel tables, choice lists, and formulas as text. Two adapters apply it: exceljs for the command line
 * and Office.js for the task pane. Amounts are decimal text; an adapter turns them into a cell number only at the
 * cell. Text is always text: an adapter must never let a 'tekst' value starting with '=' become a formula.
 */
import type { Datum } from '../dates';
import { columnLetters } from './types';

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

/**
 * How a sheet prints: orientation, always fitted to one page wide (as many pages down as needed), the header rows
 * repeated on every page; the print area is the cells and tables of the sheet (`afdrukGebied`). The header shows the
 * workbook's title and the sheet's name, the footer the page number of the total.
 */
export interface Afdruk {
  readonly liggend: boolean;
  /** The rows repeated at the top of every printed page, 1-based and inclusive (a table's header row). */
  readonly herhaalRijen?: { readonly van: number; readonly tot: number };
}

export interface ModelBlad {
  readonly naam: string;
  readonly kolombreedtes: readonly number[];
  readonly cellen: readonly ModelCel[];
  readonly tabellen: readonly ModelTabel[];
  readonly validaties: readonly ModelValidatie[];
  /** Rows frozen at the top (the header row of a table sheet). */
  readonly vastRijen?: number;
  readonly verborgen?: boolean;
  readonly afdruk?: Afdruk;
  /** 1-based columns whose text wraps within the column width (long explanations), aligned to the top. */
  readonly omloopKolommen?: readonly number[];
}

export interface WerkboekModel {
  readonly titel: string;
  readonly bladen: readonly ModelBlad[];
}

export const tekstWaarde = (tekst: string): ModelWaarde => ({ soort: 'tekst', tekst });
export const getalWaarde = (getal: string): ModelWaarde => ({ soort: 'getal', getal });
export const LEEG: ModelWaarde = { soort: 'leeg' };

/**
 * The print area of a sheet: from A1 to the last row and column holding a cell or a table of the model ('A1:Q12').
 * Choice lists and checks below a table do not count; a table's header row and rows do.
 */
export function afdrukGebied(blad: ModelBlad): string {
  let rows = 1;
  let cols = Math.max(1, blad.kolombreedtes.length);
  for (const c of blad.cellen) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  for (const t of blad.tabellen) {
    rows = Math.max(rows, t.row + Math.max(1, t.rijen.length));
    cols = Math.max(cols, t.col + t.koppen.length - 1);
  }
  return `A1:${columnLetters(cols)}${rows}`;
}

/**
 * The page header and footer, in the codes Excel and Office.js share (&A sheet name, &P page, &N pages): the
 * workbook's title left and the sheet right in the header; cofin left and "Pagina N van M" right in the footer.
 */
export function kopEnVoet(titel: string): {
  readonly kopLinks: string;
  readonly kopRechts: string;
  readonly voetLinks: string;
  readonly voetRechts: string;
} {
  return { kopLinks: titel.replace(/&/g, '&&'), kopRechts: '&A', voetLinks: 'cofin', voetRechts: 'Pagina &P van &N' };
}
