/**
 * Size of the custom-functions bundle (dist/functions.js, minified by the production build) and its gzip size,
 * against the target of at most 100 KB gzip; of the task pane's entry bundle (taskpane.js, target 120 KB gzip) and
 * the chunks it loads on demand; then the pane's first render in headless Chromium (first-render.ts).
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

if (require.main === module) {
  const dist = join(__dirname, '..', '..', 'dist');
  const eigen = ['functions.js', 'taskpane.js', 'demo.js'];
  const chunks = readdirSync(dist)
    .filter((f) => f.endsWith('.js') && !eigen.includes(f))
    .sort();
  const rows = ['functions.js', 'taskpane.js', ...chunks].map((f) => bundleSize(join(dist, f)));
  for (const r of rows)
    process.stdout.write(
      `bundle ${r.file.slice(dist.length + 1).padEnd(13)} minified ${kb(r.minified).padStart(9)}  gzip ${kb(r.gzip).padStart(8)}\n`,
    );
  const functions = rows[0] as BundleSize;
  const within = functions.gzip <= GZIP_TARGET_BYTES;
  process.stdout.write(
    `bundle functions.js gzip ${kb(functions.gzip)} of ${kb(GZIP_TARGET_BYTES)} target: ${within ? 'ok' : 'TOO BIG'}\n`,
  );
  const pane = rows[1] as BundleSize;
  process.stdout.write(
    `bundle taskpane.js gzip ${kb(pane.gzip)} of ${kb(TASKPANE_GZIP_TARGET_BYTES)} target: ${pane.gzip <= TASKPANE_GZIP_TARGET_BYTES ? 'ok' : 'TOO BIG'}\n`,
  );
  if (!within) process.exitCode = 1;
  void import('./first-render').then(async ({ eersteWeergave, DOEL_MS }) => {
    const r = await eersteWeergave();
    process.stdout.write(
      r === undefined
        ? 'eerste weergave: overgeslagen (Chromium of dist/taskpane.html ontbreekt)\n'
        : `eerste weergave taakvenster: ${r.pane.toFixed(0)} ms (mediaan, koude lading); pagina zonder de bundels ${r.kaal.toFixed(0)} ms (${(r.pane / r.kaal).toFixed(2)}x); doel < ${DOEL_MS} ms: ${r.pane < DOEL_MS ? 'ok' : 'NIET GEHAALD'}\n`,
    );
  });
}
