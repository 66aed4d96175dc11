/**
 * Size of the custom-functions bundle (dist/functions.js, minified by the production build) and its gzip size,
 * against the target of at most 100 KB gzip. `npm run bench:bundle` builds first; exits 1 above the target.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GZIP_TARGET_BYTES = 100 * 1024;

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
  const rows = ['functions.js', 'taskpane.js'].map((f) => bundleSize(join(dist, f)));
  for (const r of rows)
    process.stdout.write(
      `bundle ${r.file.slice(dist.length + 1).padEnd(13)} minified ${kb(r.minified).padStart(9)}  gzip ${kb(r.gzip).padStart(8)}\n`,
    );
  const functions = rows[0] as BundleSize;
  const within = functions.gzip <= GZIP_TARGET_BYTES;
  process.stdout.write(
    `bundle functions.js gzip ${kb(functions.gzip)} of ${kb(GZIP_TARGET_BYTES)} target: ${within ? 'ok' : 'TOO BIG'}\n`,
  );
  if (!within) process.exitCode = 1;
}
