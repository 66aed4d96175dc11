/**
 * The demo's calculation: a cell whose formula is one call of a registered custom function (`=COFIN.MAX(A1;B1)`,
 * English or Dutch name, `,` or `;` between arguments) is evaluated by the function that functions.js registered
 * with `CustomFunctions.associate`, exactly as Excel would call it: numbers, text, booleans, null for an empty cell
 * or an omitted argument (as Excel on the web sends them), a range as rows of values, an error cell as its error.
 * A result of more than one cell spills to the right and down; a spill onto a filled cell gives `#SPILL!`.
 *
 * Other formulas (Excel's own functions, arithmetic) are not calculated: their cells show the formula.
 */
import { address, formuleArgumenten, parseAddress, parseRange } from '../../core';
import type { MemoryWorkbook } from '../office/memory-gateway';

/** An error value as CustomFunctions.Error carries it. */
export interface CellError {
  readonly code: string;
  readonly message?: string;
}

export interface CalcHost {
  /** Upper-case function name (both languages) -> the id functions.js registered. */
  readonly names: ReadonlyMap<string, string>;
  readonly associated: ReadonlyMap<string, unknown>;
  readonly isError: (value: unknown) => value is CellError;
  readonly error: (code: string, message: string) => CellError;
}

const CALL = /^=\s*([A-Za-z_][\w.]*)\s*\(([\s\S]*)\)\s*$/;
const REF = /^(?:('(?:[^']|'')+'|[^'!()"]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/**
 * The arguments of a call and whether they use the Dutch ';' (and so a decimal comma): core's splitter, which keeps
 * strings, array constants and nested calls whole; undefined when the list does not split.
 */
function splitArgs(body: string): { readonly args: readonly string[]; readonly puntkomma: boolean } | undefined {
  const puntkomma = formuleArgumenten(body, { scheiding: ';', genest: true });
  if (puntkomma !== undefined && puntkomma.length > 1) return { args: puntkomma, puntkomma: true };
  const komma = formuleArgumenten(body, { genest: true });
  return komma === undefined ? undefined : { args: komma, puntkomma: false };
}

export class Calculator {
  /** Where each formula cell spilled to, so a recalculation can clear it first. */
  private readonly spills = new Map<string, string[]>();
  /** 'Blad!A1' -> the error's Dutch reason, for cells whose value is an error. */
  readonly errors = new Map<string, CellError>();

  constructor(
    private readonly store: MemoryWorkbook,
    private readonly host: CalcHost,
  ) {}

  /** The id of the custom function a formula calls, or undefined when it is no single custom-function call. */
  functionOf(formula: string): string | undefined {
    const m = CALL.exec(formula);
    return m ? this.host.names.get((m[1] as string).toUpperCase()) : undefined;
  }

  private errorCells = new Map<string, CellError>();

  private argument(text: string, sheet: string, decimalComma: boolean): unknown {
    if (text === '') return null;
    const str = /^"((?:[^"]|"")*)"$/.exec(text);
    if (str) return (str[1] as string).replace(/""/g, '"');
    if (/^(true|waar)$/i.test(text)) return true;
    if (/^(false|onwaar)$/i.test(text)) return false;
    const num = decimalComma ? text.replace(/\./g, '').replace(',', '.') : text;
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(num)) return Number(num);
    const ref = REF.exec(text);
    if (!ref)
      return this.host.error(
        '#NAME?',
        `De demo rekent alleen getallen, tekst en celverwijzingen als argument: ${text}`,
      );
    const sheetName = ref[1] ? ref[1].replace(/^'|'$/g, '').replace(/''/g, "'") : sheet;
    const s = this.store.sheet(sheetName);
    if (!s) return this.host.error('#REF!', `Het blad '${sheetName}' bestaat niet.`);
    const from = `${(ref[2] as string).toUpperCase()}${ref[3] as string}`;
    const to = ref[4] ? `${ref[4].toUpperCase()}${ref[5] as string}` : from;
    const r = parseRange(`${from}:${to}`);
    if (!r) return this.host.error('#REF!', `'${text}' is geen bereik.`);
    const value = (row: number, col: number): unknown => {
      const key = address(row, col);
      return this.errorCells.get(`${s.name}!${key}`) ?? s.cells.get(key)?.value ?? null;
    };
    if (!ref[4]) return value(r.top, r.left);
    const rows: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row += 1) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col += 1) line.push(value(row, col));
      rows.push(line);
    }
    return rows;
  }

  private call(formula: string, sheet: string): unknown {
    const m = CALL.exec(formula) as RegExpExecArray;
    const id = this.host.names.get((m[1] as string).toUpperCase()) as string;
    const fn = this.host.associated.get(id);
    if (typeof fn !== 'function')
      return this.host.error('#NAME?', `De functie ${m[1] as string} is niet geregistreerd.`);
    const body = m[2] as string;
    const split = splitArgs(body);
    if (!split)
      return this.host.error(
        '#NAME?',
        `De demo rekent alleen getallen, tekst en celverwijzingen als argument: ${body.trim()}`,
      );
    const values = split.args.map((a) => this.argument(a, sheet, split.puntkomma));
    try {
      return (fn as (...a: unknown[]) => unknown)(...values);
    } catch (error) {
      return this.host.error('#VALUE!', error instanceof Error ? error.message : String(error));
    }
  }

  private put(sheet: string, row: number, col: number, value: unknown): void {
    const s = this.store.requireSheet(sheet);
    const key = address(row, col);
    const cell = s.cells.get(key) ?? { value: null };
    if (this.host.isError(value)) {
      cell.value = value.code;
      this.errorCells.set(`${s.name}!${key}`, value);
    } else {
      cell.value = typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : null;
    }
    s.cells.set(key, cell);
  }

  /** Evaluates every custom-function formula of the workbook (twice, so one level of dependency settles). */
  recalculate(): void {
    for (let pass = 0; pass < 2; pass += 1) {
      for (const [anchor, keys] of this.spills) {
        const [sheet] = anchor.split('!') as [string];
        const s = this.store.sheet(sheet);
        for (const key of keys) if (s && s.cells.get(key)?.formula === undefined) s.cells.delete(key);
      }
      this.spills.clear();
      this.errorCells = new Map();
      for (const s of this.store.sheets)
        for (const [key, cell] of [...s.cells]) {
          if (cell.formula === undefined || this.functionOf(cell.formula) === undefined) continue;
          const pos = parseAddress(key) as { row: number; col: number };
          const result = this.call(cell.formula, s.name);
          if (!Array.isArray(result)) {
            this.put(s.name, pos.row, pos.col, result);
            continue;
          }
          const rows = result as unknown[][];
          const targets: string[] = [];
          rows.forEach((line, i) => line.forEach((_, j) => targets.push(address(pos.row + i, pos.col + j))));
          const blocked = targets
            .slice(1)
            .some((t) => s.cells.get(t)?.formula !== undefined || (s.cells.get(t)?.value ?? null) !== null);
          if (blocked) {
            this.put(
              s.name,
              pos.row,
              pos.col,
              this.host.error('#SPILL!', 'Het resultaat past niet: cellen waarin het zou uitlopen zijn niet leeg.'),
            );
            continue;
          }
          rows.forEach((line, i) => line.forEach((v, j) => this.put(s.name, pos.row + i, pos.col + j, v)));
          this.spills.set(`${s.name}!${key}`, targets.slice(1));
        }
    }
    this.errors.clear();
    for (const [k, v] of this.errorCells) this.errors.set(k, v);
  }
}
