/**
 * Size of the custom-functions bundle (dist/functions.js, minified by the production build) and its gzip size,
 * against the target of at most 100 KB gzip; of the task pane's entry bundle (taskpane.js, target 120 KB gzip: the
 * pane's page loads functions.js and taskpane.js, and taskpane.js reuses what functions.js has) and of every other
 * chunk (taskpane-*: the pane's on-demand work; demo*: the browser demo's page); then the pane's first render and
 * first check in headless Chromium (first-render.ts). With COFIN_BENCH_VOOR=<an older dist/> every file is printed
 * beside its size there, and the renders of both builds alternate in one run.
 * `npm run bench:bundle` builds first; exits 1 when functions.js is above its target.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GZIP_TARGET_BYTES = 100 * 1024;
export const TASKPANE_GZIP_TARGET_BYTES = 120 * 1024;

export interface BundleSize {
  readonly file: string;
  readonly minified: number;
  readonly gzip: number;
}

export function bundleSize(file: string): BundleSize {
  const bytes = readFileSync(file);
  return { file, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** The .js files of a dist/ folder: functions.js and taskpane.js first, then the other chunks by name. */
export function chunkFiles(dist: string): string[] {
  const eigen = ['functions.js', 'taskpane.js'];
  const rest = readdirSync(dist)
    .filter((f) => f.endsWith('.js') && !eigen.includes(f))
    .sort();
  return [...eigen, ...rest];
}

function regel(naam: string, na: BundleSize | undefined, voor: BundleSize | undefined): string {
  const maat = (b: BundleSize | undefined) =>
    b ? `minified ${kb(b.minified).padStart(9)}  gzip ${kb(b.gzip).padStart(8)}` : '-'.padStart(27);
  const ratio = (x: number | undefined, y: number | undefined) =>
    x !== undefined && y !== undefined && y > 0 ? `${(x / y).toFixed(2)}x` : '-';
  const vergelijk =
    voor === undefined && na !== undefined
      ? ''
      : `   was ${maat(voor)}  (${ratio(na?.minified, voor?.minified)} / ${ratio(na?.gzip, voor?.gzip)})`;
  return `bundle ${naam.padEnd(26)} ${maat(na)}${vergelijk}\n`;
}

if (require.main === module) {
  const dist = join(__dirname, '..', '..', 'dist');
  const voorDist = process.env['COFIN_BENCH_VOOR'];
  const bestanden = chunkFiles(dist);
  const voorBestanden = voorDist !== undefined ? chunkFiles(voorDist) : [];
  const maat = (dir: string, f: string, in_: readonly string[]) =>
    in_.includes(f) ? bundleSize(join(dir, f)) : undefined;
  for (const f of [...bestanden, ...voorBestanden.filter((v) => !bestanden.includes(v))])
    process.stdout.write(
      regel(f, maat(dist, f, bestanden), voorDist !== undefined ? maat(voorDist, f, voorBestanden) : undefined),
    );
  const functions = bundleSize(join(dist, 'functions.js'));
  const pane = bundleSize(join(dist, 'taskpane.js'));
  const within = functions.gzip <= GZIP_TARGET_BYTES;
  process.stdout.write(
    `bundle functions.js gzip ${kb(functions.gzip)} of ${kb(GZIP_TARGET_BYTES)} target: ${within ? 'ok' : 'TOO BIG'}\n`,
  );
  process.stdout.write(
    `bundle taskpane.js gzip ${kb(pane.gzip)} of ${kb(TASKPANE_GZIP_TARGET_BYTES)} target: ${pane.gzip <= TASKPANE_GZIP_TARGET_BYTES ? 'ok' : 'TOO BIG'}\n`,
  );
  process.stdout.write(
    `bundle first load of the pane (functions.js + taskpane.js) gzip ${kb(functions.gzip + pane.gzip)}\n`,
  );
  if (!within) process.exitCode = 1;
  void import('./first-render').then(async ({ eersteWeergave, weergaveRegels }) => {
    const r = await eersteWeergave();
    if (r === undefined)
      process.stdout.write('eerste weergave: overgeslagen (Chromium of dist/taskpane.html ontbreekt)\n');
    else for (const r2 of weergaveRegels(r)) process.stdout.write(`${r2}\n`);
  });
}
