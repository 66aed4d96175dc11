/**
 * core/ is built in floors, and an import goes only to the same floor or one below it; no import cycle anywhere in
 * core. Walks every import (values and types alike) of every core file.
 *
 * The floors, lowest first:
 *   0 leaf       money (and money/kernel, its exact integer-cents fast path), dates, findings, tekst (how a finding's place and counts read), parameter (the Parameter
 *                type), regelingen/ids (the regeling ids)
 *   1 wml        the minimum-wage table (a dated parameter table)
 *   2 begroting  the begroting model and its zod schema
 *   3 rules      regelingen/ (the rules and params of each regeling, their registry), voortgang (linear progress)
 *   4 edge       coerce (Excel and command-line values to typed arguments), validate (a begroting against its regeling),
 *                portefeuille (the overview across plans: totals against the ceilings, the youth share; uses validate's verdict)
 *   5 functions  the Excel function registry (specs, call machinery, error mapping, signature text)
 *   6 workbook   the workbook seam: reading tables, the template, recomputing saved COFIN formulas (hence above functions)
 *   7 rapport    the voortgangsrapportage model
 *   8 index      the public face for the adapters
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

const CORE = resolve(__dirname, '../../core');

/** Floors as path prefixes relative to core/ (without extension); the longest matching prefix decides. */
const FLOORS: readonly (readonly [floor: number, name: string, prefixes: readonly string[]])[] = [
  [0, 'leaf', ['money', 'dates', 'findings', 'tekst', 'parameter', 'regelingen/ids']],
  [1, 'wml', ['wml']],
  [2, 'begroting', ['begroting']],
  [3, 'rules', ['regelingen/', 'voortgang']],
  [4, 'edge', ['coerce', 'validate', 'portefeuille']],
  [5, 'functions', ['functions/']],
  [6, 'workbook', ['workbook/']],
  [7, 'rapport', ['rapport/']],
  [8, 'index', ['index']],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Module id of a core file: its path relative to core/, forward slashes, no extension, no trailing /index for folders. */
function id(file: string): string {
  return relative(CORE, file)
    .split(sep)
    .join('/')
    .replace(/\.tsx?$/, '');
}

function floorOf(module: string): { floor: number; name: string } | undefined {
  let best: { floor: number; name: string; length: number } | undefined;
  for (const [floor, name, prefixes] of FLOORS)
    for (const prefix of prefixes)
      if (
        (module === prefix || (prefix.endsWith('/') ? module.startsWith(prefix) : module.startsWith(`${prefix}/`))) &&
        (best === undefined || prefix.length > best.length)
      )
        best = { floor, name, length: prefix.length };
  return best && { floor: best.floor, name: best.name };
}

const MODULES = new Map(files(CORE).map((f) => [id(f), f] as const));

/** Resolves a relative specifier to a core module id, as TypeScript would (file, then folder index). */
function resolveCore(from: string, spec: string): string | undefined {
  const base = id(resolve(join(MODULES.get(from) as string, '..'), spec) + '.ts');
  if (MODULES.has(base)) return base;
  if (MODULES.has(`${base}/index`)) return `${base}/index`;
  return undefined;
}

/** The core modules one core module imports (import, import type, export ... from, dynamic import). */
function edgesOf(module: string): string[] {
  const text = readFileSync(MODULES.get(module) as string, 'utf8');
  const specs = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  return specs.filter((s) => s.startsWith('.')).map((s) => resolveCore(module, s) ?? `unresolved:${s}`);
}

const GRAPH = new Map([...MODULES.keys()].map((m) => [m, edgesOf(m)] as const));

/**
 * One cycle per strongly connected component (Tarjan), as the shortest path from its smallest module back to itself,
 * so a tangle of modules is reported as one readable loop rather than every loop through it.
 */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const strong = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) strong(v);
  return components
    .filter((c) => c.length > 1 || (graph.get(c[0] as string) ?? []).includes(c[0] as string))
    .map((component) => {
      const members = new Set(component);
      const start = [...component].sort()[0] as string;
      const previous = new Map<string, string>();
      const queue = [start];
      while (queue.length > 0) {
        const v = queue.shift() as string;
        for (const w of graph.get(v) ?? []) {
          if (!members.has(w)) continue;
          if (w === start) {
            const path = [start];
            for (let u: string | undefined = v; u !== undefined && u !== start; u = previous.get(u))
              path.splice(1, 0, u);
            return [...path, start];
          }
          if (!previous.has(w)) {
            previous.set(w, v);
            queue.push(w);
          }
        }
      }
      return component;
    })
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

function upward(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const a = floorOf(from);
    for (const to of targets) {
      const b = floorOf(to);
      if (a === undefined || b === undefined) continue;
      if (b.floor > a.floor) out.push(`${from} (${a.floor} ${a.name}) imports ${to} (${b.floor} ${b.name})`);
    }
  }
  return out.sort();
}

test('every core import resolves to a core module', () => {
  const unresolved = [...GRAPH].flatMap(([from, to]) =>
    to.filter((t) => t.startsWith('unresolved:')).map((t) => `${from} -> ${t}`),
  );
  expect(unresolved).toEqual([]);
});

test('every core module sits on a declared floor', () => {
  expect([...MODULES.keys()].filter((m) => floorOf(m) === undefined)).toEqual([]);
});

test('core has no import cycle', () => {
  expect(cycles(GRAPH).map((c) => c.join(' -> '))).toEqual([]);
});

test('no core import goes up a floor', () => {
  expect(upward(GRAPH)).toEqual([]);
});

test('the function registry is a face: only the public index and the recomputation of saved formulas import it', () => {
  const importers = [...GRAPH]
    .filter(([from, to]) => !from.startsWith('functions/') && to.some((t) => t.startsWith('functions/')))
    .map(([from]) => from);
  expect(importers.sort()).toEqual(['index', 'workbook/formules']);
});

test('the walkers catch a cycle and an upward import', () => {
  const graph = new Map<string, string[]>([
    ['begroting', ['regelingen/types', 'money']],
    ['regelingen/types', ['begroting']],
    ['money', []],
    ['wml', ['regelingen/types']],
  ]);
  expect(cycles(graph).map((c) => c.join(' -> '))).toEqual(['begroting -> regelingen/types -> begroting']);
  expect(upward(graph)).toEqual([
    'begroting (2 begroting) imports regelingen/types (3 rules)',
    'wml (1 wml) imports regelingen/types (3 rules)',
  ]);
});
