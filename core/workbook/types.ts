/**
 * The neutral shape of a workbook, as core needs it. Two adapters fill it: the .xlsx reader of the command line and
 * the Office.js gateway of the task pane. Core never sees a library's cell objects.
 *
 * A cell value is what the cell holds (or, for a formula, its cached result): text, a number (dates arrive as their
 * Excel serial number), a boolean, or null when empty. An error value such as #VALUE! arrives as its text.
 */

export type CelWaarde = string | number | boolean | null;

export interface Cel {
  readonly sheet: string;
  /** A1-style address without sheet and without $ ('E12'). */
  readonly address: string;
  /** 1-based row and column. */
  readonly row: number;
  readonly col: number;
  readonly value: CelWaarde;
  /** Formula text without the leading '=', as stored in the file ('_xldudf_COFIN_MAX(B2,"dwsra-2016")'). */
  readonly formula?: string;
}

export interface Blad {
  readonly name: string;
  /** The non-empty cells, keyed by address. */
  readonly cells: ReadonlyMap<string, Cel>;
}

/** An Excel table (ListObject) as the file defines it: its name and range including the header row. */
export interface TabelBereik {
  readonly name: string;
  readonly sheet: string;
  /** 'B3:H40'. */
  readonly ref: string;
}

export interface Werkboek {
  readonly sheets: readonly Blad[];
  readonly tables: readonly TabelBereik[];
}

/** A table found in a workbook: its header cells and data rows, cells aligned to the header by column. */
export interface Tabel {
  readonly name: string;
  readonly sheet: string;
  /** Whether it was found as an Excel table by name, or by its header texts on a sheet. */
  readonly gevondenAls: 'tabel' | 'kopjes';
  readonly header: readonly Cel[];
  /** One entry per data row; `cells[i]` belongs to `header[i]` (an empty cell is a Cel with value null). */
  readonly rows: readonly { readonly row: number; readonly cells: readonly Cel[] }[];
}

/** 1 -> 'A', 27 -> 'AA'. */
export function columnLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function address(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** 'E12' or '$E$12' -> { row: 12, col: 5 }; undefined for anything else. */
export function parseAddress(text: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = parseInt(m[2] as string, 10);
  if (row < 1 || col < 1 || col > 16384 || row > 1_048_576) return undefined;
  return { row, col };
}

/** 'A4:C16' -> 'A4:C15': a table's range without its totals row, which holds no data. Other text is returned as is. */
export function zonderTotaalrij(ref: string): string {
  const r = parseRange(ref);
  if (!r || r.bottom <= r.top) return ref;
  return `${address(r.top, r.left)}:${address(r.bottom - 1, r.right)}`;
}

/** 'B3:H40' -> corners; a single cell 'B3' is a one-cell range. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b] = ref.split(':');
  const from = parseAddress(a ?? '');
  const to = b === undefined ? from : parseAddress(b);
  if (!from || !to) return undefined;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

export function emptyCel(sheet: string, row: number, col: number): Cel {
  return { sheet, address: address(row, col), row, col, value: null };
}

export function celAt(blad: Blad, row: number, col: number): Cel {
  return blad.cells.get(address(row, col)) ?? emptyCel(blad.name, row, col);
}
