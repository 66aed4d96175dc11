/**
 * Turns core's workbook model into the writes a live workbook needs: per sheet one block of cell inputs (as Excel's
 * `range.formulas` takes them) and one of number formats, the tables, styles, choice lists, widths and charts, with
 * the names resolved against what the workbook already holds. Pure: both gateways apply the same plan.
 *
 * The cell boundary: decimal text becomes a number here; text is written with Excel's leading-apostrophe prefix, so
 * a 'tekst' value such as '=SOM(A1)', '0123' or '1-2' stays text instead of turning into a formula, number or date.
 * Excel's limits: the plan writes core's `begrensModel` of the model (text cut with the visible mark, a formula too
 * long written as its value, rows and columns within the grid) under sheet names from core's `geldigeBladnaam`, the
 * same rules as the command line's writer.
 */
import {
  address,
  begrensModel,
  columnLetters,
  geldigeBladnaam,
  parseRange,
  toExcelSerial,
  type ModelBlad,
  type ModelValidatie,
  type ModelWaarde,
  type Opmaak,
  type WerkboekModel,
} from '../../core';
import { GatewayError, type ApplyOptions, type ChartSpec } from './gateway';

/** What one cell gets through `range.formulas`: '=…' a formula, "'…" text, a number, a boolean; null leaves it. */
export type CellInput = string | number | boolean | null;

export interface Block {
  /** 'A1:P12' on the sheet. */
  readonly range: string;
  readonly formulas: CellInput[][];
  readonly numberFormats: (string | null)[][];
}

export interface TablePlan {
  readonly name: string;
  /** Header row plus data rows, 'A4:C15'. */
  readonly range: string;
}

export interface StylePlan {
  readonly range: string;
  readonly opmaak: Opmaak;
}

export interface SheetPlan {
  /** The sheet's name in the model, and the name it gets in the workbook. */
  readonly modelName: string;
  readonly name: string;
  readonly block?: Block;
  readonly tables: readonly TablePlan[];
  readonly styles: readonly StylePlan[];
  readonly validations: readonly ModelValidatie[];
  /** Column widths in points, first column first. */
  readonly columnWidths: readonly number[];
  readonly frozenRows?: number;
  readonly hidden: boolean;
}

export interface ChartPlan extends Omit<ChartSpec, 'sheet'> {
  /** The sheet's name in the workbook. */
  readonly sheet: string;
}

export interface WritePlan {
  readonly sheets: readonly SheetPlan[];
  readonly charts: readonly ChartPlan[];
}

/** What the workbook already holds. */
export interface Existing {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
}

export const TABLE_STYLE = 'TableStyleMedium2';
/** Excel's column width unit is a point; the model's is a character of the default font (about 5.6 points wide). */
const POINTS_PER_CHARACTER = 5.6;

/** A cell value as Excel's `formulas` input takes it. */
export function cellInput(w: ModelWaarde): CellInput {
  switch (w.soort) {
    case 'tekst':
      return w.tekst === '' ? '' : `'${w.tekst}`;
    case 'getal':
      return Number(w.getal);
    case 'datum':
      return toExcelSerial(w.datum);
    case 'waarheid':
      return w.waarde;
    case 'leeg':
      return null;
  }
}

/** A sheet name as it appears in a formula or validation source: quoted when it is not a plain word. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && parseRange(name) === undefined
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function freeName(wanted: string, taken: Set<string>, make: (base: string, n: number) => string): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = make(wanted, n);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

const tableCandidate = (base: string, n: number): string => `${base}_${n}`;

/**
 * Resolves the model's sheet and table names against the workbook: each sheet name made valid (core's
 * `geldigeBladnaam`); under 'rename' a taken name gets ' (2)', ' (3)', ..., under 'refuse' a clash is a Dutch refusal.
 */
export function resolveNames(
  model: WerkboekModel,
  existing: Existing,
  onConflict: ApplyOptions['onConflict'],
): { readonly sheets: ReadonlyMap<string, string>; readonly tables: ReadonlyMap<string, string> } {
  const takenSheets = new Set(existing.sheets.map((s) => s.toLowerCase()));
  const takenTables = new Set(existing.tables.map((s) => s.toLowerCase()));
  const sheets = new Map<string, string>();
  // Under 'refuse' the model's sheets are only kept apart from each other; a clash with the workbook is refused below.
  const gekozen = onConflict === 'rename' ? new Set(takenSheets) : new Set<string>();
  for (const blad of model.bladen) sheets.set(blad.naam, geldigeBladnaam(blad.naam, gekozen));
  if (onConflict === 'refuse') {
    const bladen = [...sheets.values()].filter((n) => takenSheets.has(n.toLowerCase()));
    const tabellen = model.bladen
      .flatMap((b) => b.tabellen.map((t) => t.naam))
      .filter((n) => takenTables.has(n.toLowerCase()));
    if (bladen.length > 0 || tabellen.length > 0) {
      const wat = [
        bladen.length > 0
          ? `${bladen.length === 1 ? 'het blad' : 'de bladen'} ${bladen.map((n) => `'${n}'`).join(', ')}`
          : '',
        tabellen.length > 0
          ? `${tabellen.length === 1 ? 'de tabel' : 'de tabellen'} ${tabellen.map((n) => `'${n}'`).join(', ')}`
          : '',
      ]
        .filter((s) => s !== '')
        .join(' en ');
      throw new GatewayError(
        `Deze werkmap heeft al ${wat}. cofin overschrijft nooit een bestaand blad: voeg de begroting in een nieuwe, lege werkmap in, of hernoem of verwijder eerst wat er al staat.`,
      );
    }
  }
  const tables = new Map<string, string>();
  for (const blad of model.bladen)
    for (const t of blad.tabellen) {
      const tname = freeName(t.naam, takenTables, tableCandidate);
      takenTables.add(tname.toLowerCase());
      tables.set(t.naam, tname);
    }
  return { sheets, tables };
}

/** Rewrites 'Keuzelijsten!$A$2:$A$4' when the sheet it points at got another name. */
function rebaseSource(source: string, sheets: ReadonlyMap<string, string>): string {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(source);
  if (!m) return source;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string);
  const renamed = sheets.get(sheet);
  return renamed === undefined ? source : `${sheetRef(renamed)}!${m[3] as string}`;
}

function sheetPlan(blad: ModelBlad, names: ReturnType<typeof resolveNames>): SheetPlan {
  const inputs = new Map<string, { row: number; col: number; input: CellInput; numFmt?: string }>();
  const put = (row: number, col: number, input: CellInput, numFmt: string | undefined): void => {
    const key = address(row, col);
    const before = inputs.get(key);
    const fmt = numFmt ?? before?.numFmt;
    inputs.set(key, { row, col, input: input ?? before?.input ?? null, ...(fmt !== undefined ? { numFmt: fmt } : {}) });
  };
  const tables: TablePlan[] = [];
  for (const t of blad.tabellen) {
    t.koppen.forEach((kop, j) => put(t.row, t.col + j, cellInput({ soort: 'tekst', tekst: kop }), undefined));
    t.rijen.forEach((rij, i) => {
      t.koppen.forEach((_kop, j) =>
        put(t.row + 1 + i, t.col + j, cellInput(rij[j] ?? { soort: 'leeg' }), t.numFmts[j]),
      );
    });
    const bottom = t.row + Math.max(1, t.rijen.length);
    tables.push({
      name: names.tables.get(t.naam) ?? t.naam,
      range: `${address(t.row, t.col)}:${address(bottom, t.col + t.koppen.length - 1)}`,
    });
  }
  for (const c of blad.cellen)
    put(c.row, c.col, c.formule !== undefined ? `=${c.formule}` : cellInput(c.waarde), c.numFmt);

  let block: Block | undefined;
  if (inputs.size > 0) {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const c of inputs.values()) {
      top = Math.min(top, c.row);
      left = Math.min(left, c.col);
      bottom = Math.max(bottom, c.row);
      right = Math.max(right, c.col);
    }
    const formulas: CellInput[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = top; r <= bottom; r += 1) {
      const f: CellInput[] = [];
      const n: (string | null)[] = [];
      for (let c = left; c <= right; c += 1) {
        const cell = inputs.get(address(r, c));
        f.push(cell?.input ?? null);
        n.push(cell?.numFmt ?? null);
      }
      formulas.push(f);
      numberFormats.push(n);
    }
    block = { range: `${address(top, left)}:${address(bottom, right)}`, formulas, numberFormats };
  }

  // Styles in runs of neighbouring cells of one row with the same opmaak: fewer format calls.
  const styled = blad.cellen.filter((c) => c.opmaak !== undefined).sort((a, b) => a.row - b.row || a.col - b.col);
  const styles: StylePlan[] = [];
  let run: { row: number; from: number; to: number; opmaak: Opmaak } | undefined;
  const flush = (): void => {
    if (run)
      styles.push({
        range:
          run.from === run.to
            ? address(run.row, run.from)
            : `${address(run.row, run.from)}:${address(run.row, run.to)}`,
        opmaak: run.opmaak,
      });
  };
  for (const c of styled) {
    const opmaak = c.opmaak as Opmaak;
    if (run?.row === c.row && run.to === c.col - 1 && run.opmaak === opmaak) run.to = c.col;
    else {
      flush();
      run = { row: c.row, from: c.col, to: c.col, opmaak };
    }
  }
  flush();

  const validations = blad.validaties.map((v): ModelValidatie =>
    v.soort === 'lijst' ? { ...v, bron: rebaseSource(v.bron, names.sheets) } : v,
  );
  return {
    modelName: blad.naam,
    name: names.sheets.get(blad.naam) ?? blad.naam,
    ...(block ? { block } : {}),
    tables,
    styles,
    validations,
    columnWidths: blad.kolombreedtes.map((w) => Math.round(w * POINTS_PER_CHARACTER * 10) / 10),
    ...(blad.vastRijen ? { frozenRows: blad.vastRijen } : {}),
    hidden: blad.verborgen === true,
  };
}

/** The whole plan for a model; throws a GatewayError when 'refuse' meets a taken name or a chart names no sheet. */
export function planModel(model: WerkboekModel, existing: Existing, options: ApplyOptions): WritePlan {
  const names = resolveNames(model, existing, options.onConflict);
  const charts = (options.charts ?? []).map((c): ChartPlan => {
    const sheet = names.sheets.get(c.sheet);
    if (sheet === undefined)
      throw new GatewayError(`De grafiek '${c.title}' hoort bij een blad '${c.sheet}' dat niet wordt ingevoegd.`);
    return { ...c, sheet };
  });
  // Within Excel's limits; each bounded sheet keeps its model name here, for the names resolved above.
  const begrensd = begrensModel(model).bladen;
  return { sheets: model.bladen.map((b, i) => sheetPlan({ ...(begrensd[i] ?? b), naam: b.naam }, names)), charts };
}

/** 'A:A' for the first column. */
export function columnRange(index: number): string {
  const letters = columnLetters(index + 1);
  return `${letters}:${letters}`;
}

/** Font and fill per opmaak; the same looks as the command line's .xlsx writer. */
export const OPMAAK_STIJL: Readonly<
  Record<
    Opmaak,
    {
      readonly bold?: true;
      readonly italic?: true;
      readonly size?: number;
      readonly color?: string;
      readonly fill?: string;
    }
  >
> = {
  titel: { bold: true, size: 14 },
  kop: { bold: true, fill: '#DDEBF7' },
  vet: { bold: true },
  goed: { fill: '#E2EFDA' },
  'let-op': { fill: '#FFF2CC' },
  risico: { fill: '#F8CBAD' },
  toelichting: { italic: true, color: '#595959' },
};
