/**
 * The in-memory WorkbookGateway: a workbook held in memory and the gateway over it, used by the tests of the task
 * pane's actions, as the store behind the fake Office host of the end-to-end test, and by the browser demo (which
 * runs the pane without Excel). Product code other than the demo never imports it. Cell input is interpreted the way Excel interprets
 * `range.formulas`, including its traps (a string '=…' is a formula, '123' a number, "'…" text), so a gateway that
 * forgets the text prefix fails here as it would in Excel.
 */
import {
  EXCEL_GRENZEN,
  address,
  isGeldigeBladnaam,
  parseAddress,
  parseRange,
  type Blad,
  type Cel,
  type CelWaarde,
  type TabelBereik,
  type Werkboek,
  type WerkboekModel,
} from '../../core';
import {
  GatewayError,
  type ApplyOptions,
  type ApplyResult,
  type Bereik,
  type CelInvoer,
  type FormuleCellen,
  type WorkbookGateway,
  type WorkbookSettings,
} from './gateway';
import { OPMAAK_STIJL, TABLE_STYLE, planModel, type CellInput } from './plan';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
}

export interface MemoryCell {
  value: CelWaarde;
  /** Formula text with its '='. */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

export interface MemoryValidation {
  readonly range: string;
  readonly rule: unknown;
  readonly errorMessage?: string;
}

export interface MemoryChart {
  readonly sheet: string;
  readonly type: string;
  /** The series data as given ('F3:G5'), one series per column. */
  readonly source: string;
  title: string;
  categories?: string;
  from?: string;
  to?: string;
}

export interface MemoryTable {
  name: string;
  readonly sheet: string;
  range: string;
  style?: string;
}

export interface MemorySheet {
  name: string;
  readonly cells: Map<string, MemoryCell>;
  readonly columnWidths: Map<number, number>;
  readonly validations: MemoryValidation[];
  frozenRows: number;
  visible: boolean;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel refuses of one `range.formulas` input, by its limits (core's EXCEL_GRENZEN): a cell outside the grid,
 * text longer than a cell holds, a formula longer than Excel takes. Undefined when Excel takes it.
 */
function geweigerd(row: number, col: number, input: CellInput): string | undefined {
  const g = EXCEL_GRENZEN;
  if (row < 1 || row > g.rijen || col < 1 || col > g.kolommen)
    return `de cel ${address(row, col)} ligt buiten het blad`;
  if (typeof input !== 'string') return undefined;
  if (input.startsWith('=') && input.length - 1 > g.formule)
    return `een formule van ${input.length - 1} tekens is langer dan ${g.formule}`;
  const tekst = input.startsWith("'") ? input.length - 1 : input.length;
  if (!input.startsWith('=') && tekst > g.tekst) return `een tekst van ${tekst} tekens is langer dan ${g.tekst}`;
  return undefined;
}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  readonly tables: MemoryTable[] = [];
  readonly charts: MemoryChart[] = [];
  readonly settings = new Map<string, string>();
  activeSheet: string | undefined;
  /** The selected cell or range ('B3' or 'B3:D9'); its first cell is the active cell. */
  selection: { sheet: string; address: string } | undefined;

  constructor(sheetNames: readonly string[] = ['Blad1']) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheet = sheetNames[0];
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  requireSheet(name: string): MemorySheet {
    const s = this.sheet(name);
    if (!s) throw new GatewayError(`Het blad '${name}' bestaat niet (meer) in deze werkmap.`);
    return s;
  }

  addSheet(name: string): MemorySheet {
    if (!isGeldigeBladnaam(name)) throw new GatewayError(`'${name}' is geen geldige bladnaam.`);
    if (this.sheet(name)) throw new GatewayError(`Er is al een blad '${name}'.`);
    const s: MemorySheet = {
      name,
      cells: new Map(),
      columnWidths: new Map(),
      validations: [],
      frozenRows: 0,
      visible: true,
    };
    this.sheets.push(s);
    return s;
  }

  /** Sets a cell from a `range.formulas` input, as Excel reads it; null leaves the cell as it is. */
  input(sheet: string, row: number, col: number, input: CellInput): void {
    if (input === null) return;
    const s = this.requireSheet(sheet);
    const weigering = geweigerd(row, col, input);
    if (weigering !== undefined) throw new GatewayError(`Excel weigert deze invoer: ${weigering}.`);
    const key = address(row, col);
    const cell: MemoryCell = s.cells.get(key) ?? { value: null };
    delete cell.formula;
    if (typeof input === 'string' && input.startsWith("'")) cell.value = input.slice(1);
    else if (typeof input === 'string' && input.startsWith('=') && input.length > 1) {
      // The fake does not calculate: a formula's value stays what it was until a test sets it.
      cell.formula = input;
      cell.value = null;
    } else if (typeof input === 'string' && NUMBER.test(input.trim())) cell.value = Number(input);
    else if (typeof input === 'string' && /^(true|false|waar|onwaar)$/i.test(input))
      cell.value = /^(true|waar)$/i.test(input);
    else cell.value = input === '' ? null : input;
    s.cells.set(key, cell);
  }

  /** Writes a value as a person typing it would (used by tests to enter a begroting). */
  type(sheet: string, cellAddress: string, input: CellInput): void {
    const pos = parseAddress(cellAddress);
    if (!pos) throw new GatewayError(`'${cellAddress}' is geen celadres.`);
    this.input(sheet, pos.row, pos.col, input);
  }

  cell(sheet: string, cellAddress: string): MemoryCell | undefined {
    return this.sheet(sheet)?.cells.get(cellAddress.replace(/\$/g, '').toUpperCase());
  }

  numberFormat(sheet: string, row: number, col: number, format: string | null): void {
    if (format === null) return;
    const s = this.requireSheet(sheet);
    const key = address(row, col);
    const cell = s.cells.get(key) ?? { value: null };
    cell.numberFormat = format;
    s.cells.set(key, cell);
  }

  style(sheet: string, range: string, style: CellStyle): void {
    const s = this.requireSheet(sheet);
    forEachCell(range, (row, col) => {
      const key = address(row, col);
      const cell = s.cells.get(key) ?? { value: null };
      cell.style = { ...cell.style, ...style };
      s.cells.set(key, cell);
    });
  }

  addTable(sheet: string, range: string, name?: string): MemoryTable {
    this.requireSheet(sheet);
    const tableName = name ?? `Tabel${this.tables.length + 1}`;
    if (this.tables.some((t) => t.name.toLowerCase() === tableName.toLowerCase()))
      throw new GatewayError(`Er is al een tabel '${tableName}'.`);
    const t: MemoryTable = { name: tableName, sheet: this.requireSheet(sheet).name, range };
    this.tables.push(t);
    return t;
  }

  /** The smallest range holding every cell with a value or formula, or undefined for an empty sheet. */
  usedRange(sheet: string): { top: number; left: number; bottom: number; right: number } | undefined {
    const s = this.requireSheet(sheet);
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [key, cell] of s.cells) {
      if (cell.value === null && cell.formula === undefined) continue;
      const pos = parseAddress(key) as { row: number; col: number };
      top = Math.min(top, pos.row);
      left = Math.min(left, pos.col);
      bottom = Math.max(bottom, pos.row);
      right = Math.max(right, pos.col);
    }
    return bottom === 0 ? undefined : { top, left, bottom, right };
  }

  /** The neutral workbook core reads. */
  toWerkboek(): Werkboek {
    const sheets: Blad[] = this.sheets.map((s) => {
      const cells = new Map<string, Cel>();
      for (const [key, cell] of s.cells) {
        if (cell.value === null && cell.formula === undefined) continue;
        const pos = parseAddress(key) as { row: number; col: number };
        cells.set(key, {
          sheet: s.name,
          address: key,
          row: pos.row,
          col: pos.col,
          value: cell.value,
          ...(cell.formula !== undefined ? { formula: cell.formula.slice(1) } : {}),
        });
      }
      return { name: s.name, cells };
    });
    const tables: TabelBereik[] = this.tables.map((t) => ({ name: t.name, sheet: t.sheet, ref: t.range }));
    return { sheets, tables };
  }
}

export function forEachCell(range: string, fn: (row: number, col: number) => void): void {
  const r = parseRange(range);
  if (!r) throw new GatewayError(`'${range}' is geen bereik.`);
  for (let row = r.top; row <= r.bottom; row += 1) for (let col = r.left; col <= r.right; col += 1) fn(row, col);
}

/** The gateway over a MemoryWorkbook: the same plan as the Office.js gateway, applied to the store. */
export class MemoryGateway implements WorkbookGateway {
  readonly settings: WorkbookSettings;
  /** How often each operation ran; tests assert on it. */
  readonly calls = { read: 0, apply: 0, select: 0, write: 0 };

  constructor(readonly workbook: MemoryWorkbook = new MemoryWorkbook()) {
    this.settings = {
      get: (key) => workbook.settings.get(key),
      set: async (key, value) => {
        workbook.settings.set(key, value);
      },
    };
  }

  async readWorkbook(): Promise<Werkboek> {
    this.calls.read += 1;
    return this.workbook.toWerkboek();
  }

  async applyModel(model: WerkboekModel, options: ApplyOptions): Promise<ApplyResult> {
    this.calls.apply += 1;
    const wb = this.workbook;
    const plan = planModel(
      model,
      { sheets: wb.sheets.map((s) => s.name), tables: wb.tables.map((t) => t.name) },
      options,
    );
    for (const sp of plan.sheets) {
      const s = wb.addSheet(sp.name);
      if (sp.block) {
        const r = parseRange(sp.block.range) as { top: number; left: number };
        const block = sp.block;
        block.formulas.forEach((row, i) => row.forEach((input, j) => wb.input(sp.name, r.top + i, r.left + j, input)));
        block.numberFormats.forEach((row, i) =>
          row.forEach((fmt, j) => wb.numberFormat(sp.name, r.top + i, r.left + j, fmt)),
        );
      }
      for (const t of sp.tables) wb.addTable(sp.name, t.range, t.name).style = TABLE_STYLE;
      for (const st of sp.styles) wb.style(sp.name, st.range, { ...OPMAAK_STIJL[st.opmaak] });
      for (const v of sp.validations) s.validations.push({ range: v.bereik, rule: v, errorMessage: v.melding });
      sp.columnWidths.forEach((w, i) => s.columnWidths.set(i + 1, w));
      s.frozenRows = sp.frozenRows ?? 0;
      s.visible = !sp.hidden;
    }
    for (const c of plan.charts) {
      wb.charts.push({
        sheet: c.sheet,
        type: 'ColumnClustered',
        source: c.series,
        title: c.title,
        categories: c.categories,
        from: c.from,
        to: c.to,
      });
    }
    const first = plan.sheets.find((s) => !s.hidden);
    if (first) wb.activeSheet = first.name;
    return { sheets: new Map(plan.sheets.map((s) => [s.modelName, s.name] as const)) };
  }

  async selectCell(sheet: string, cellAddress: string): Promise<void> {
    this.calls.select += 1;
    const s = this.workbook.requireSheet(sheet);
    if (!parseAddress(cellAddress)) throw new GatewayError(`'${cellAddress}' is geen celadres.`);
    this.workbook.activeSheet = s.name;
    this.workbook.selection = { sheet: s.name, address: cellAddress };
  }

  async readActiveCell(): Promise<Cel | undefined> {
    const sel = this.workbook.selection;
    if (!sel) return undefined;
    const r = parseRange(sel.address);
    if (!r) return undefined;
    const key = address(r.top, r.left);
    const cell = this.workbook.cell(sel.sheet, key);
    return {
      sheet: sel.sheet,
      address: key,
      row: r.top,
      col: r.left,
      value: cell?.value ?? null,
      ...(cell?.formula !== undefined ? { formula: cell.formula.slice(1) } : {}),
    };
  }

  async readFormulaCells(bereik: Bereik): Promise<FormuleCellen> {
    const wb = this.workbook;
    const sel = wb.selection;
    const sheet = bereik === 'selectie' && sel ? sel.sheet : (wb.activeSheet ?? sel?.sheet);
    if (sheet === undefined) throw new GatewayError('Er is geen actief blad.');
    const used = wb.usedRange(sheet);
    const range =
      bereik === 'selectie' && sel
        ? sel.address
        : used
          ? `${address(used.top, used.left)}:${address(used.bottom, used.right)}`
          : '';
    const cellen: Cel[] = [];
    if (range !== '')
      forEachCell(range, (row, col) => {
        const key = address(row, col);
        const cell = wb.cell(sheet, key);
        if (cell?.formula !== undefined)
          cellen.push({ sheet, address: key, row, col, value: cell.value, formula: cell.formula.slice(1) });
      });
    return { sheet: wb.requireSheet(sheet).name, bereik: range, cellen };
  }

  async writeCells(sheet: string, cellen: readonly CelInvoer[]): Promise<void> {
    this.calls.write += 1;
    for (const c of cellen) {
      const pos = parseAddress(c.address);
      if (!pos) throw new GatewayError(`'${c.address}' is geen celadres.`);
      if ('formule' in c) this.workbook.input(sheet, pos.row, pos.col, c.formule);
      else this.workbook.input(sheet, pos.row, pos.col, typeof c.waarde === 'string' ? `'${c.waarde}` : c.waarde);
    }
  }
}
