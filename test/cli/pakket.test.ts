/**
 * The route for a reviewer without a clone: `npm pack` gives a tarball with the launcher and the compiled CLI and
 * core only (package.json "files"), and the unpacked tarball's `cofin` runs.
 * Needs `npm run build:cli` first, as `npm test` and `npm run test:unit` do.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmp } from './helpers';

const ROOT = resolve(__dirname, '../..');
const versie = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd: string, args: readonly string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 400_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Pack {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

const dir = tmp('cofin-pakket-');
let pack: Pack;
beforeAll(() => {
  // --ignore-scripts: the build is already there; a reviewer's maintainer runs plain `npm pack` (prepare builds).
  const r = run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT);
  expect(r.err).not.toMatch(/npm error/);
  expect(r.code).toBe(0);
  const [p] = JSON.parse(r.out) as Pack[];
  if (p === undefined) throw new Error('npm pack gaf geen pakket');
  pack = p;
}, 120_000);

test('the tarball holds the launcher, the compiled CLI and core, the user docs, and nothing else', () => {
  const paden = pack.files.map((f) => f.path);
  for (const p of [
    'package.json',
    'README.md',
    'cli/bin/cofin.js',
    'build/cli/main.js',
    'build/cli/xlsx/worker.js',
    'build/core/index.js',
    'build/package.json',
    'docs/werkboekformaat.md',
  ])
    expect(paden).toContain(p);
  const vreemd = paden.filter(
    (p) =>
      !/^(package\.json|README\.md|cli\/bin\/cofin\.js|build\/(cli|core)\/.+\.js|build\/package\.json|docs\/[a-z]+\.md)$/.test(
        p,
      ),
  );
  expect(vreemd).toEqual([]);
  expect(pack.filename).toBe(`cofin-${versie}.tgz`);
});

// A real `npm install -g` of the tarball resolves its dependencies afresh (a tarball carries no lockfile), which
// needs the registry; here the unpacked tarball runs against this checkout's node_modules instead, which proves
// the tarball itself lacks nothing cofin needs at run time.
test('unpacked, the launcher in the tarball runs: --version, calc, template and check', () => {
  const uit = join(dir, 'uit');
  mkdirSync(uit);
  expect(run('tar', ['-xzf', join(dir, pack.filename), '-C', uit], dir).code).toBe(0);
  const pakket = join(uit, 'package');
  symlinkSync(join(ROOT, 'node_modules'), join(pakket, 'node_modules'), 'dir');
  const werk = tmp('cofin-pakket-werk-');
  const bin = (...args: string[]) => run(process.execPath, [join(pakket, 'cli/bin/cofin.js'), ...args], werk);
  expect(bin('--version')).toEqual({ code: 0, out: `cofin ${versie}\n`, err: '' });
  expect(bin('calc', 'MAX', '1245313', 'dwsra-2016')).toEqual({ code: 0, out: '859265\n', err: '' });
  expect(bin('template', '--regeling', 'dwsra-2016', '--voorbeeld', '--out', 'voorbeeld.xlsx').code).toBe(0);
  const c = bin('check', '.');
  expect(c.err).toBe('');
  expect(c.code).toBe(0);
  expect(c.out.startsWith('voorbeeld.xlsx: voldoet (')).toBe(true);
});
