/**
 * First render of the BUILT task pane (dist/taskpane.html) in headless Chromium (Debian's /usr/bin/chromium), with
 * the end-to-end test's fake Office host in place of the CDN office.js, median of fresh, uncached page loads:
 * - first render: milliseconds from navigation start until the pane's heading is on screen;
 * - check ready: milliseconds from navigation start until the result of "Controleer begroting" is on screen, the
 *   button clicked as soon as it appears (what an on-demand chunk costs the user's first check).
 * The baseline in the same run is the same page with the add-in's scripts left out (the host alone), so the ratio
 * shows what the pane's own bundles cost. With COFIN_BENCH_VOOR=<an older dist/> the loads of that build alternate
 * with this one's, so before and after are measured under the same load. Target: first render < 1 s.
 * Run by `npm run bench` after the build.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import webpack from 'webpack';
import { chromium, type Browser } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM = '/usr/bin/chromium';
const RONDES = 7;
export const DOEL_MS = 1000;

/** The fake Office host of the end-to-end test, bundled for the browser as that test does. */
function fakeOffice(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'cofin-render-'));
  const compiler = webpack({
    mode: 'production',
    devtool: false,
    context: ROOT,
    target: 'web',
    entry: './test/e2e/fake-office-entry.ts',
    output: { path: out, filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: join(ROOT, 'test', 'taskpane', 'tsconfig.json'),
              transpileOnly: true,
              compilerOptions: { module: 'es2020', target: 'es2019' },
            },
          },
        },
      ],
    },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats || stats.hasErrors()) {
        reject(error ?? new Error(stats?.toString('errors-only') ?? 'webpack faalde'));
        return;
      }
      const js = readFileSync(join(out, 'fake-office.js'), 'utf8');
      rmSync(out, { recursive: true, force: true });
      resolve(js);
    });
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

/** Serves `dist`, plus /kaal.html: taskpane.html without the add-in's scripts (the baseline). */
function serve(dist: string): Promise<Server> {
  const kaal = readFileSync(join(dist, 'taskpane.html'), 'utf8').replace(
    /<script[^>]*src="(?!https:)[^"]*"[^>]*><\/script>/g,
    '',
  );
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)).replace(
      /^([/\\])+/,
      '',
    );
    if (path === 'kaal.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] ?? '' }).end(kaal);
      return;
    }
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Lading {
  /** The selector appeared (the pane's heading, or the baseline's container). */
  readonly weergave: number;
  /** The check's result appeared; undefined for the baseline, which has no pane. */
  readonly controle?: number;
}

const KNOP = 'Controleer begroting';
const UITKOMST = '[aria-label="Uitkomst van de controle"]';

/** One fresh load: ms from navigation start until `selector` is in the page, and until the check has answered. */
async function eenLading(browser: Browser, url: string, office: string, selector: string, controle: boolean) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, serviceWorkers: 'block' });
  try {
    await context.route('**/*', async (route) => {
      const u = route.request().url();
      if (u === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: office });
      const host = new URL(u).hostname;
      return host === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
    });
    // Stamped in the page when the elements appear, so the driver's polling does not count; the check is clicked
    // in the page as soon as its button exists.
    await context.addInitScript(
      `(() => {
        const g = globalThis;
        let geklikt = false;
        new MutationObserver((_, o) => {
          if (g.__eerste === undefined && document.querySelector(${JSON.stringify(selector)})) g.__eerste = performance.now();
          if (${String(controle)} && !geklikt) {
            const knop = [...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(KNOP)});
            if (knop) { geklikt = true; setTimeout(() => knop.click(), 0); }
          }
          if (${String(controle)} && document.querySelector(${JSON.stringify(UITKOMST)})) g.__controle = performance.now();
          if (g.__eerste !== undefined && (!${String(controle)} || g.__controle !== undefined)) o.disconnect();
        }).observe(document, { subtree: true, childList: true });
      })();`,
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { timeout: 30_000 });
    if (controle) await page.waitForSelector(UITKOMST, { timeout: 30_000 });
    const weergave = await page.evaluate<number>('globalThis.__eerste ?? performance.now()');
    const c = controle ? await page.evaluate<number>('globalThis.__controle ?? performance.now()') : undefined;
    return c === undefined ? { weergave } : { weergave, controle: c };
  } finally {
    await context.close();
  }
}

const mediaan = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export interface Weergave {
  /** Median first render of this build's pane, ms. */
  readonly pane: number;
  /** Median time until this build's check answered, ms. */
  readonly controle: number;
  /** Median load of the page without the add-in's scripts, ms. */
  readonly kaal: number;
  /** The same medians for COFIN_BENCH_VOOR's build, when given. */
  readonly voor?: { readonly pane: number; readonly controle: number };
}

/** Median first render and check of `dist` (and of `voor`, alternating), beside the bare page. */
export async function eersteWeergave(
  dist = DIST,
  voor = process.env['COFIN_BENCH_VOOR'],
): Promise<Weergave | undefined> {
  if (!existsSync(CHROMIUM) || !existsSync(join(dist, 'taskpane.html'))) return undefined;
  if (voor !== undefined && !existsSync(join(voor, 'taskpane.html')))
    throw new Error(`${voor}/taskpane.html ontbreekt`);
  const office = await fakeOffice();
  const servers = [await serve(dist), ...(voor !== undefined ? [await serve(voor)] : [])];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const bases = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`);
    const na = bases[0] as string;
    const pane: Lading[] = [];
    const oud: Lading[] = [];
    const kaal: number[] = [];
    for (const base of bases) await eenLading(browser, `${base}/taskpane.html`, office, 'h1', true);
    for (let i = 0; i < RONDES; i += 1) {
      // The two builds take turns going first, so neither gains from its place in the round.
      const volgorde = i % 2 === 0 ? bases : [...bases].reverse();
      for (const base of volgorde)
        (base === na ? pane : oud).push(await eenLading(browser, `${base}/taskpane.html`, office, 'h1', true));
      kaal.push((await eenLading(browser, `${na}/kaal.html`, office, '#container', false)).weergave);
    }
    const medianen = (xs: readonly Lading[]) => ({
      pane: mediaan(xs.map((x) => x.weergave)),
      controle: mediaan(xs.map((x) => x.controle ?? NaN)),
    });
    return { ...medianen(pane), kaal: mediaan(kaal), ...(oud.length > 0 ? { voor: medianen(oud) } : {}) };
  } finally {
    await browser.close();
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  }
}

/** The bench's lines for one measurement. */
export function weergaveRegels(r: Weergave): string[] {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const regels = [
    `eerste weergave taakvenster: ${ms(r.pane)} (mediaan van ${RONDES}, koude lading); pagina zonder de bundels ${ms(r.kaal)} (${(r.pane / r.kaal).toFixed(2)}x); doel < ${DOEL_MS} ms: ${r.pane < DOEL_MS ? 'ok' : 'NIET GEHAALD'}`,
    `controle klaar (knop direct na de eerste weergave): ${ms(r.controle)} na het openen (mediaan)`,
  ];
  if (r.voor)
    regels.push(
      `zelfde ronde, COFIN_BENCH_VOOR: eerste weergave ${ms(r.voor.pane)} -> ${ms(r.pane)} (${(r.pane / r.voor.pane).toFixed(2)}x), controle klaar ${ms(r.voor.controle)} -> ${ms(r.controle)} (${(r.controle / r.voor.controle).toFixed(2)}x)`,
    );
  return regels;
}

if (require.main === module) {
  eersteWeergave().then(
    (r) => {
      if (r === undefined) {
        console.log(`eerste weergave: overgeslagen (${CHROMIUM} of dist/taskpane.html ontbreekt)`);
        return;
      }
      for (const regel of weergaveRegels(r)) console.log(regel);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
