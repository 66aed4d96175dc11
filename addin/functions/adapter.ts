/**
 * The one adapter between Excel's custom-function calls and the core registry. Every `=COFIN.X(...)` wrapper in
 * `functions.ts` is one call to `evaluate`.
 *
 * Contract:
 * - Arguments are what Excel sends for a parameter declared `any` with dimensionality `matrix` (functions.json; see
 *   addin/tools/gen-functions.ts for why): a 2-D array of cells, 1x1 for a single value. Cells are numbers, text,
 *   booleans, null (an empty cell on the web) or 0 (an empty cell on the desktop), dates as serial numbers, and data
 *   types (entity objects). A bare value (not in an array) is taken as a 1x1 range, and null or a missing argument as
 *   an omitted one. Coercion is core's (`callSpecCel`, `prepareCall`), never repeated here.
 * - A range where one value is expected is broadcast element by element, as Excel lifts its own functions: the
 *   result has the largest row and column count among the ranges; a range of one row or one column is repeated
 *   along that side; a position outside a smaller range is `#N/A` with a message. A range is one prepared core call:
 *   the arguments that do not vary per cell (the regeling, a single amount) are looked up and coerced once.
 * - An Excel error received as an argument is passed on unchanged (the first one in argument order), as Excel does.
 * - The result is always a 2-D array (dimensionality `matrix`), at least 1x1: 1x1 when no argument has more than one
 *   cell, so a single value fills its own cell. Cells are amounts and fractions as numbers, dates as Excel serial
 *   numbers, never NaN or Infinity; a refusal is a `#VALUE!` or `#N/A` cell carrying core's Dutch message. Never a
 *   throw.
 */
import {
  CONTRACT_BRON,
  callSpecCel,
  excelErrorKind,
  finding,
  findFunction,
  prepareCall,
  type Finding,
  type FunctionSpec,
  type Outcome,
} from '../../core';

export type CellResult = number | CustomFunctions.Error;
/** What every wrapper returns to Excel: rows of cells, at least one row of one cell. */
export type ExcelResult = CellResult[][];

/** A range argument, normalised to rows of cells. */
interface Grid {
  readonly rows: readonly (readonly unknown[])[];
  readonly height: number;
  readonly width: number;
}

/** Error codes Excel accepts as a function's result; `#NAME?` and `#REF!` are input-only. */
const OUTPUT_CODES: ReadonlySet<string> = new Set(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!']);

export function evaluate(id: string, args: readonly unknown[]): ExcelResult {
  const spec = findFunction(id);
  if (spec === undefined) {
    return [
      [
        toExcelError(
          finding('functie-onbekend', { location: 'functie', article: CONTRACT_BRON, params: { functie: id } }),
        ),
      ],
    ];
  }
  try {
    return broadcast(spec, args);
  } catch {
    // A bug, not bad input: core never throws for a domain problem. Still answer with a readable #VALUE!.
    const reden = `interne fout in COFIN.${spec.name}`;
    return [
      [
        toExcelError(
          finding('invoer-ongeldig', {
            location: spec.name,
            article: CONTRACT_BRON,
            params: { veld: `COFIN.${spec.name}`, reden },
          }),
        ),
      ],
    ];
  }
}

function broadcast(spec: FunctionSpec, args: readonly unknown[]): ExcelResult {
  const grids = args.map(toGrid);
  let height = 1;
  let width = 1;
  for (const g of grids) {
    if (g === undefined) continue;
    height = Math.max(height, g.height);
    width = Math.max(width, g.width);
  }
  const fixed = args.map((a, i) => cellAt(grids[i], a, 0, 0));
  if (height === 1 && width === 1) return [[cellResult(spec, fixed, (cells) => callSpecCel(spec, cells))]];
  const varies = grids.map((g) => g !== undefined && (g.height > 1 || g.width > 1));
  const call = prepareCall(spec, fixed, varies);
  const cells = [...fixed];
  const out: CellResult[][] = [];
  for (let r = 0; r < height; r += 1) {
    const row: CellResult[] = [];
    for (let c = 0; c < width; c += 1) {
      let outside: number | undefined;
      for (let i = 0; i < args.length; i += 1) {
        const g = grids[i];
        if (g === undefined || !varies[i]) continue;
        if (outside === undefined && !inside(g, r, c)) outside = i;
        cells[i] = cellAt(g, args[i], r, c);
      }
      row.push(
        outside === undefined ? cellResult(spec, cells, call) : outsideRange(spec, outside, grids[outside] as Grid),
      );
    }
    out.push(row);
  }
  return out;
}

function toGrid(arg: unknown): Grid | undefined {
  if (!Array.isArray(arg)) return undefined;
  const rows: unknown[][] = arg.every((row: unknown) => Array.isArray(row)) ? (arg as unknown[][]) : [arg];
  const height = rows.length;
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  // An empty range holds no value: it behaves as one empty cell.
  if (height === 0 || width === 0) return { rows: [[null]], height: 1, width: 1 };
  return { rows, height, width };
}

function inside(g: Grid, r: number, c: number): boolean {
  const rr = g.height === 1 ? 0 : r;
  const cc = g.width === 1 ? 0 : c;
  return rr < g.height && cc < (g.rows[rr]?.length ?? 0);
}

function cellAt(g: Grid | undefined, arg: unknown, r: number, c: number): unknown {
  if (g === undefined) return arg;
  return g.rows[g.height === 1 ? 0 : r]?.[g.width === 1 ? 0 : c];
}

function outsideRange(spec: FunctionSpec, index: number, g: Grid): CustomFunctions.Error {
  const veld = spec.params[index]?.name ?? `argument ${index + 1}`;
  const reden = `het bereik heeft ${g.height} rij(en) en ${g.width} kolom(men), kleiner dan een ander bereik in dezelfde formule; deze cel valt erbuiten.`;
  const f = finding('invoer-ongeldig', { location: veld, article: CONTRACT_BRON, params: { veld, reden } });
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, f.message);
}

function isExcelError(value: unknown): value is CustomFunctions.Error {
  return value instanceof CustomFunctions.Error;
}

/** One cell's result: an Excel error among its arguments passed on (the first in order), else the core call's. */
function cellResult(
  spec: FunctionSpec,
  cells: readonly unknown[],
  call: (cells: readonly unknown[]) => Outcome<number>,
): CellResult {
  for (const cell of cells) {
    if (!isExcelError(cell)) continue;
    return OUTPUT_CODES.has(cell.code)
      ? cell
      : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, cell.message);
  }
  const outcome = call(cells);
  if (!outcome.ok) return toExcelError(outcome.finding);
  if (Number.isFinite(outcome.value)) return outcome.value;
  const reden = `de uitkomst van COFIN.${spec.name} is geen eindig getal`;
  return toExcelError(
    finding('invoer-ongeldig', {
      location: spec.name,
      article: CONTRACT_BRON,
      params: { veld: `COFIN.${spec.name}`, reden },
    }),
  );
}

export function toExcelError(f: Finding): CustomFunctions.Error {
  const code =
    excelErrorKind(f) === 'NA' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, f.message);
}
