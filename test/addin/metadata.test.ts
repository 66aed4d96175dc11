/** The generated functions.ts, the metadata Excel reads (functions.json, functions-nl.json) and the help page. */
import './setup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS } from '../../core';
import { functionsSource, wrapperName } from '../../addin/tools/gen-functions';
import type { Metadata } from '../../addin/tools/addin-assets';
import { distFile, ROOT } from './helpers';

const SOURCE = join(ROOT, 'addin', 'functions', 'functions.ts');

test('addin/functions/functions.ts is what the generator makes from the registry now (npm run gen:functions)', () => {
  expect(readFileSync(SOURCE, 'utf8')).toBe(functionsSource());
});

describe('metadata generated from the JSDoc of functions.ts', () => {
  let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
  beforeAll(async () => {
    generated = await generateCustomFunctionsMetadata([SOURCE], false);
  }, 30_000);

  test('has no errors and associates every registry function with its wrapper', () => {
    expect(generated.errors).toEqual([]);
    expect(generated.associate.map((a) => [a.id, a.functionName])).toEqual(
      FUNCTIONS.map((f) => [f.name, wrapperName(f)]),
    );
  });

  test('matches the built dist/functions.json apart from the help URLs', () => {
    const built = JSON.parse(distFile('functions.json')) as Metadata;
    const source = JSON.parse(generated.metadataJson) as Metadata;
    const noHelp = (m: Metadata) => m.functions.map(({ helpUrl: _, ...f }) => f);
    expect(noHelp(built)).toEqual(noHelp(source));
  });
});

describe('dist/functions.json', () => {
  const meta = (): Metadata => JSON.parse(distFile('functions.json')) as Metadata;

  test('names exactly the registry functions, in order', () => {
    expect(meta().functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.name));
  });

  test.each(FUNCTIONS.map((f) => [f.name, f] as const))(
    '%s: id, name, description, parameters, help URL',
    (_, spec) => {
      const f = meta().functions.find((x) => x.id === spec.name);
      expect(f).toBeDefined();
      expect(f?.name).toBe(spec.name);
      expect(f?.description).toBe(spec.description);
      expect(f?.helpUrl).toBe(`https://localhost:3000/help.html#${spec.name}`);
      // The contract (addin/tools/gen-functions.ts): every parameter takes a range of any cells (a single value is a
      // 1x1 range), every result is a matrix (of any, the default type: numbers and error values) that spills when a
      // range was passed.
      expect(f?.result).toEqual({ dimensionality: 'matrix' });
      expect(f?.options).toBeUndefined(); // not volatile, not streaming: synchronous and cheap to recalculate
      expect(f?.parameters).toEqual(
        spec.params.map((p) => ({
          name: p.name,
          description: p.description,
          type: 'any',
          dimensionality: 'matrix',
          ...(p.optional === true ? { optional: true } : {}),
        })),
      );
    },
  );

  test('ids and names follow Excel rules: upper case, at least 3 characters, no underscore, unique', () => {
    for (const f of meta().functions) expect(f.id).toMatch(/^[A-Z][A-Z0-9]{2,127}$/);
    expect(new Set(meta().functions.map((f) => f.id)).size).toBe(FUNCTIONS.length);
  });
});

describe('dist/functions-nl.json', () => {
  const en = (): Metadata => JSON.parse(distFile('functions.json')) as Metadata;
  const nl = (): Metadata => JSON.parse(distFile('functions-nl.json')) as Metadata;

  test('names every id with the Dutch name of the registry and keeps everything else', () => {
    expect(nl().functions.map((f) => [f.id, f.name])).toEqual(FUNCTIONS.map((f) => [f.name, f.nlName]));
    expect(nl().functions.map(({ name: _, ...f }) => f)).toEqual(en().functions.map(({ name: _, ...f }) => f));
  });

  test('Dutch names are valid, unique, and not a Dutch built-in function', () => {
    const builtins = new Set([
      'SOM',
      'ALS',
      'GEMIDDELDE',
      'MAX',
      'MIN',
      'DATUM',
      'INDIRECT',
      'AFRONDEN',
      'AANTAL',
      'VANDAAG',
      'ZOEKEN',
    ]);
    const names = nl().functions.map((f) => f.name);
    for (const n of names) {
      expect(n).toMatch(/^[A-Z][A-Z0-9]{2,127}$/);
      expect(builtins.has(n)).toBe(false);
    }
    expect(new Set(names).size).toBe(names.length);
  });
});

test('dist/help.html has a section for every help URL anchor', () => {
  const html = distFile('help.html');
  for (const f of FUNCTIONS) expect(html).toMatch(new RegExp(`id="?${f.name}"?[ >]`));
  expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)/);
});
