/**
 * The functions as formulas in cells: a small workbook evaluated by HyperFormula (GPL, test-only devDependency),
 * through a FunctionPlugin generated from the built functions.json / functions-nl.json that calls the same wrappers
 * Excel calls. English names with ',' and Dutch names (nlNL) with ';' separators.
 */
import './setup';
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  type RawTranslationPackage,
} from 'hyperformula';
import { FUNCTIONS, parseIsoDatum, toExcelSerial } from '../../core';
import * as wrappers from '../../addin/functions/functions';
import { wrapperName } from '../../addin/tools/gen-functions';
import type { Metadata } from '../../addin/tools/addin-assets';
import { distFile, isExcelError } from './helpers';

type Fn = (...args: unknown[]) => unknown;
type HfArg = unknown;

const en = JSON.parse(distFile('functions.json')) as Metadata;
const nl = JSON.parse(distFile('functions-nl.json')) as Metadata;

/** HyperFormula cell value -> what Excel sends: numbers (also date-typed ones), text, booleans, null for empty. */
function toExcel(v: HfArg): unknown {
  if (v === undefined || v === EmptyValue) return null;
  if (typeof v === 'object' && v !== null && 'val' in v && typeof v.val === 'number') return (v as { val: number }).val;
  return v;
}

function fromExcel(v: unknown): number | CellError {
  if (typeof v === 'number') return v;
  if (isExcelError(v)) return new CellError(v.code === '#N/A' ? ErrorType.NA : ErrorType.VALUE, v.message);
  return new CellError(ErrorType.VALUE, `onverwachte uitkomst ${JSON.stringify(v)}`);
}

/**
 * HyperFormula lifts a SCALAR-argument function over ranges itself (one call per cell, `useArrayArithmetic`), so each
 * call gets single values; they are passed as Excel passes a single value to a parameter functions.json declares
 * matrix: a 1x1 range (an omitted optional argument as null). Ranges as one call are tested in bundle.test.ts.
 */
function asDeclared(p: Metadata['functions'][number]['parameters'][number], v: HfArg): unknown {
  if (v === undefined) return null;
  return p.dimensionality === 'matrix' ? [[toExcel(v)]] : toExcel(v);
}

/** The one cell of a 1x1 result (each lifted call has single values, so the declared matrix is 1x1). */
function oneCell(out: unknown): unknown {
  if (!Array.isArray(out)) return out;
  const rows = out as unknown[][];
  return rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : `${rows.length}x${rows[0]?.length ?? 0}`;
}

class CofinPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}

for (const f of en.functions) {
  const method = `cofin${f.id}`;
  const fn = (wrappers as unknown as Record<string, Fn>)[
    wrapperName(FUNCTIONS.find((s) => s.name === f.id) as (typeof FUNCTIONS)[number])
  ] as Fn;
  CofinPlugin.implementedFunctions[`COFIN.${f.id}`] = {
    method,
    parameters: f.parameters.map((p) => ({
      argumentType: FunctionArgumentType.SCALAR,
      ...(p.optional === true ? { optionalArg: true } : {}),
    })),
  };
  Object.defineProperty(CofinPlugin.prototype, method, {
    value(this: CofinPlugin, ast: { args: unknown[] }, state: unknown) {
      const run = this.runFunction.bind(this) as (
        args: unknown,
        state: unknown,
        metadata: unknown,
        fn: (...a: HfArg[]) => unknown,
      ) => unknown;
      return run(ast.args, state, this.metadata(`COFIN.${f.id}`), (...args: HfArg[]) =>
        fromExcel(oneCell(fn(...f.parameters.map((p, i) => asDeclared(p, args[i]))))),
      );
    },
  });
}

const translations = {
  enGB: Object.fromEntries(en.functions.map((f) => [`COFIN.${f.id}`, `COFIN.${f.name}`])),
  nlNL: Object.fromEntries(nl.functions.map((f) => [`COFIN.${f.id}`, `COFIN.${f.name}`])),
};

// The package's typings for its language files need moduleResolution node16; the CommonJS file is what runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nlNL = (require('hyperformula/commonjs/i18n/languages/nlNL') as { default: RawTranslationPackage }).default;

beforeAll(() => {
  if (!HyperFormula.getRegisteredLanguagesCodes().includes('nlNL')) HyperFormula.registerLanguage('nlNL', nlNL);
  HyperFormula.registerFunctionPlugin(CofinPlugin, translations);
});
afterAll(() => HyperFormula.unregisterFunctionPlugin(CofinPlugin));

const serial = (iso: string): number =>
  toExcelSerial(parseIsoDatum(iso) as NonNullable<ReturnType<typeof parseIsoDatum>>);

/** A begroting sheet: costs, regeling, granted subsidy, dates, and COFIN formulas next to them. */
function workbook(sep: ',' | ';', name: (id: string) => string) {
  const f = (id: string, ...args: string[]) => `=COFIN.${name(id)}(${args.join(sep)})`;
  return [
    [
      'kosten',
      'regeling',
      'verleend',
      'beschikking',
      'max',
      'overschrijding',
      'eigen bijdrage',
      'bbl start',
      'einddatum',
    ],
    [
      1245313,
      'dwsra-2016',
      900000,
      serial('2017-02-01'),
      f('MAX', 'A2', 'B2'),
      f('OVERSCHRIJDING', 'A2', 'C2', 'B2'),
      f('EIGENBIJDRAGE', 'A2', 'B2'),
      f('BBLSTART', 'D2', 'B2'),
      f('EINDDATUM', 'D2', 'B2', 'TRUE()', '2'),
    ],
    [
      100000,
      'sectorplannen-2013',
      60000,
      serial('2014-01-15'),
      f('MAX', 'A3', 'B3'),
      f('OVERSCHRIJDING', 'A3', 'C3', 'B3'),
      f('EIGENBIJDRAGE', 'A3', 'B3'),
      f('BBLSTART', 'D3', 'B3'),
      f('EINDDATUM', 'D3', 'B3'),
    ],
    [
      'veel',
      'dwsra-2016',
      null,
      null,
      f('MAX', 'A4', 'B4'),
      f('MAX', 'A2', '"dwsra-2099"'),
      f('ADVIES', '40', 'B3'),
      f('REALISATIE', '45', '75'),
      f('VOORTGANG', 'D2', 'D2+729', 'D2+364'),
    ],
    [
      null,
      null,
      null,
      null,
      f('MAX', 'A5', 'B3'),
      f('LOONKOSTEN', '3000', 'B3'),
      f('ADVIES', '40', 'B3', '95'),
      '=SUM(E2:E3)',
    ],
  ];
}

function check(hf: HyperFormula): void {
  const v = (a1: string) =>
    hf.getCellValue(
      hf.simpleCellAddressFromString(a1, 0) as NonNullable<ReturnType<HyperFormula['simpleCellAddressFromString']>>,
    );
  expect([v('E2'), v('F2'), v('G2'), v('I2')]).toEqual([859265, 40735, 572844.95, serial('2019-06-30')]);
  const h2 = v('H2') as { type: string; message: string };
  expect([h2.type, h2.message]).toEqual(['NA', expect.stringMatching(/niet van toepassing op dwsra-2016/)]);
  expect([v('E3'), v('F3'), v('G3'), v('H3'), v('I3')]).toEqual([
    50000,
    10000,
    50000,
    serial('2015-01-15'),
    serial('2016-01-15'),
  ]);
  const e4 = v('E4') as { type: string; message: string };
  expect([e4.type, e4.message]).toEqual(['VALUE', expect.stringMatching(/kosten: 'veel' is geen bedrag/)]);
  const f4 = v('F4') as { type: string; message: string };
  expect([f4.type, f4.message]).toEqual(['NA', expect.stringMatching(/onbekende regeling 'dwsra-2099'/)]);
  expect([v('G4'), v('H4'), v('I4')]).toEqual([5000, 0.6, 0.5]);
  expect([v('E5'), v('F5'), v('G5'), v('H5')]).toEqual([0, 3960, 3800, 909265]);
}

test('English names, comma separators', () => {
  const hf = HyperFormula.buildFromArray(
    workbook(',', (id) => id),
    { licenseKey: 'gpl-v3' },
  );
  check(hf);
  hf.destroy();
});

test('Dutch names (nlNL), semicolon separators and decimal comma', () => {
  const nlName = (id: string) => nl.functions.find((f) => f.id === id)?.name ?? id;
  const sheet = workbook(';', nlName).map((row) =>
    row.map((c) => (typeof c === 'string' ? c.replace('TRUE()', 'WAAR()').replace('SUM(', 'SOM(') : c)),
  );
  const hf = HyperFormula.buildFromArray(sheet, {
    licenseKey: 'gpl-v3',
    language: 'nlNL',
    functionArgSeparator: ';',
    decimalSeparator: ',',
    thousandSeparator: '.',
  });
  expect(hf.getCellFormula({ sheet: 0, row: 1, col: 4 })).toBe('=COFIN.MAXSUBSIDIE(A2;B2)');
  check(hf);
  hf.destroy();
});

test('a range where one value is expected spills, element by element', () => {
  const hf = HyperFormula.buildFromArray([[3000, '=COFIN.LOONKOSTEN(A1:A3,"sectorplannen-2013")'], [1000], ['x']], {
    licenseKey: 'gpl-v3',
    useArrayArithmetic: true,
  });
  expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(3960);
  expect(hf.getCellValue({ sheet: 0, row: 1, col: 1 })).toBe(1320);
  expect((hf.getCellValue({ sheet: 0, row: 2, col: 1 }) as { type: string }).type).toBe('VALUE');
  hf.destroy();
});
