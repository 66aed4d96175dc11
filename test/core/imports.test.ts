/** core/ is headless: it may import only itself, decimal.js and zod. Walks every import of every core file. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const CORE = resolve(__dirname, '../../core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

test('core has source files to check', () => {
  expect(files(CORE).length).toBeGreaterThan(10);
});

test.each(files(CORE).map((f) => [relative(CORE, f), f]))('%s imports only core, decimal.js and zod', (_name, file) => {
  const bad = importsOf(file).filter((spec) => {
    if (spec === 'decimal.js' || spec === 'zod' || spec.startsWith('zod/')) return false;
    if (!spec.startsWith('.')) return true;
    return !resolve(join(file, '..'), spec).startsWith(CORE);
  });
  expect(bad).toEqual([]);
});

test('the walker itself catches a forbidden import', () => {
  const IMPORTS = [
    ...`import { readFileSync } from 'node:fs';\nimport type { X } from '../../cli/io';`.matchAll(IMPORT),
  ].map((m) => m[1]);
  expect(IMPORTS).toEqual(['node:fs', '../../cli/io']);
});
