/**
 * Loads the BUILT dist/functions.js the way the shared runtime does: a page-like global scope with a CustomFunctions
 * object whose `associate` records the registrations, then calls what was associated; and checks how the pane's page
 * shares functions.js and splits off its heavy half.
 */
import './setup';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { FUNCTIONS, findFunction, type FunctionSpec } from '../../core';
import type { Metadata } from '../../addin/tools/addin-assets';
import { customFunctionsStub, StubExcelError } from './setup';
import { DIST, distFile, excelArg, excelResult } from './helpers';

type Fn = (...args: unknown[]) => unknown;
const registered = new Map<string, Fn>();

beforeAll(() => {
  const code = readFileSync(join(DIST, 'functions.js'), 'utf8');
  const context: Record<string, unknown> = { CustomFunctions: customFunctionsStub(registered), console };
  context['window'] = context;
  context['self'] = context;
  runInNewContext(code, context, { filename: 'functions.js' });
});

test('every id in functions.json is associated, and nothing else', () => {
  const meta = JSON.parse(distFile('functions.json')) as Metadata;
  expect([...registered.keys()].sort()).toEqual(meta.functions.map((f) => f.id).sort());
  expect(registered.size).toBe(FUNCTIONS.length);
});

describe('the associated functions answer like the registry examples', () => {
  const cases = FUNCTIONS.flatMap((spec) => spec.examples.map((e) => [spec.name, e.args.join(', '), spec, e] as const));
  test.each(cases)('COFIN.%s(%s)', (id, _, spec: FunctionSpec, example) => {
    const fn = registered.get(id) as Fn;
    // Every parameter is declared matrix: Excel passes a single value as a 1x1 range, an omitted one as null.
    const args = spec.params.map((_p, i) => (i < example.args.length ? [[excelArg(example.args[i] as string)]] : null));
    // The runtime appends an invocation object after the declared parameters; the wrappers must ignore it.
    expect(fn(...args, { address: 'Blad1!A1' })).toEqual([[excelResult(spec, example.result)]]);
  });
});

test('errors from the bundle are CustomFunctions.Error values with a Dutch message', () => {
  const out = ((registered.get('MAX') as Fn)([['veel']], [['dwsra-2016']]) as unknown[][])[0]?.[0];
  expect(out).toBeInstanceOf(StubExcelError);
  expect(out).toMatchObject({ code: '#VALUE!' });
  expect((out as StubExcelError).message).toMatch(/geen bedrag/);
  expect(findFunction('MAX')).toBeDefined();
});

test('the bundle spills a range', () => {
  expect((registered.get('LOONKOSTEN') as Fn)([[3000], [1000]], [['sectorplannen-2013']])).toEqual([[3960], [1320]]);
});

test('a 10,000-row range argument is one call that returns the column (why every parameter is declared matrix)', () => {
  const kosten = Array.from({ length: 10_000 }, (_, i) => [200_000 + i]);
  const out = (registered.get('MAX') as Fn)(kosten, [['dwsra-2016']], { address: 'Blad1!C1' }) as unknown[][];
  expect(out).toHaveLength(10_000);
  expect(out.every((row) => row.length === 1 && typeof row[0] === 'number')).toBe(true);
  // 60% of (kosten + 15% opslag), rounded down to whole euros: 200,000 -> 138,000; 209,999 -> 144,899.
  expect([out[0]?.[0], out[9_999]?.[0]]).toEqual([138_000, 144_899]);
});

describe('every function answers in the shape dist/functions.json declares (issue 14, defect 12)', () => {
  const meta = (): Metadata => JSON.parse(distFile('functions.json')) as Metadata;
  test.each(FUNCTIONS.map((f) => [f.name] as const))('%s', (id) => {
    const f = meta().functions.find((x) => x.id === id);
    expect(f?.result.dimensionality).toBe('matrix');
    expect(f?.parameters.every((p) => p.type === 'any' && p.dimensionality === 'matrix')).toBe(true);
    const fn = registered.get(id) as Fn;
    const n = f?.parameters.length ?? 0;
    const shape = (out: unknown): [number, number] => {
      expect(Array.isArray(out)).toBe(true);
      const rows = out as unknown[][];
      for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? 0);
      return [rows.length, rows[0]?.length ?? 0];
    };
    // Single values (each a 1x1 range): one cell. A 3-row column in the first argument: a 3-row column back.
    expect(shape(fn(...Array.from({ length: n }, () => [[1]])))).toEqual([1, 1]);
    expect(shape(fn([[1], [2], [3]], ...Array.from({ length: n - 1 }, () => [[1]])))).toEqual([3, 1]);
    expect(shape(fn(...Array.from({ length: n }, () => null)))).toEqual([1, 1]);
  });
});

describe('the pane reuses functions.js and fetches its heavy half on demand', () => {
  const paneChunks = (): string[] => readdirSync(DIST).filter((f) => /^taskpane-.*\.js$/.test(f));

  test('taskpane.html loads office.js from its CDN, then functions.js and taskpane.js from its own folder', () => {
    const scripts = [...distFile('taskpane.html').matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'functions.js',
      'taskpane.js',
    ]);
  });

  test('decimal.js is in functions.js only: taskpane.js and its chunks take it from there', () => {
    const marker = '[DecimalError] ';
    expect(distFile('functions.js')).toContain(marker);
    expect(paneChunks().length).toBeGreaterThan(0);
    for (const f of ['taskpane.js', ...paneChunks()])
      expect({ f, decimal: distFile(f).includes(marker) }).toEqual({ f, decimal: false });
  });

  test('zod, for the check, is in an on-demand chunk of the pane, not in what the page loads first', () => {
    const marker = 'ZodError';
    expect(distFile('functions.js')).not.toContain(marker);
    expect(distFile('taskpane.js')).not.toContain(marker);
    expect(paneChunks().filter((f) => distFile(f).includes(marker))).toHaveLength(1);
  });

  test('on-demand chunks load relative to the page, so from the add-in origin whatever the base URL', () => {
    // webpack's runtime in functions.js with an empty publicPath: no absolute URL, and no document needed to find one.
    expect(distFile('functions.js')).toMatch(/\.p=""/);
  });
});
