/**
 * First render of the BUILT task pane (dist/taskpane.html) in headless Chromium (Debian's /usr/bin/chromium), with
 * the end-to-end test's fake Office host in place of the CDN office.js, median of fresh, uncached page loads:
 * - first render: milliseconds from navigation start until the pane's heading is on screen;
 * - check ready: milliseconds from navigation start until the result of "Controleer begroting" is on screen, the
 *   button clicked as soon as it appears (what an on-demand chunk costs the user's first check);
 * - the first check from its click to its result, clicked at once and clicked after a second's rest, beside a later
 *   check of the same page (the second one): the first check should cost what a later one does.
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
  // The built page's attributes may be unquoted (src=functions.js); the prefetch links of the pane's chunks go too.
  const kaal = readFileSync(join(dist, 'taskpane.html'), 'utf8')
    .replace(/<script[^>]*\bsrc="?(?!https:)[^"\s>]*"?[^>]*><\/script>/g, '')
    .replace(/<link[^>]*\brel="?prefetch"?[^>]*>/g, '');
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

/** Milliseconds from navigation start, stamped in the page; the check's stamps are absent for the baseline. */
interface Lading {
  /** The selector appeared (the pane's heading, or the baseline's container). */
  readonly weergave: number;
  /** The first check was clicked, and its result appeared. */
  readonly klik?: number;
  readonly controle?: number;
  /** A second check, clicked as soon as the first had answered, and its result. */
  readonly klik2?: number;
  readonly controle2?: number;
}

const KNOP = 'Controleer begroting';
const UITKOMST = '[aria-label="Uitkomst van de controle"]';
/** How long a user takes before the first click, in the second kind of load: the pane has settled by then. */
export const RUST_MS = 1000;

/**
 * How a load uses the pane: 'kaal' only renders (the baseline page); 'direct' clicks the check as soon as its button
 * appears (the worst case for an on-demand chunk), 'rust' clicks it RUST_MS after that; both then check once more.
 */
type Modus = 'kaal' | 'direct' | 'rust';

/** One fresh load: the stamps of `Lading`, taken in the page so the driver's polling does not count. */
async function eenLading(browser: Browser, url: string, office: string, selector: string, modus: Modus) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, serviceWorkers: 'block' });
  try {
    await context.route('**/*', async (route) => {
      const u = route.request().url();
      if (u === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: office });
      const host = new URL(u).hostname;
      return host === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
    });
    const controle = modus !== 'kaal';
    // Steps: 0 waits for the button, 1 for the first result, 2 for the second click to clear it, 3 for the second
    // result. A click waits while the button is disabled (the pane busy).
    await context.addInitScript(
      `(() => {
        const g = globalThis;
        let stap = 0;
        const knop = () => [...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(KNOP)});
        const uitkomst = () => document.querySelector(${JSON.stringify(UITKOMST)});
        const klik = (naam, wacht) => setTimeout(function probeer() {
          const k = knop();
          if (!k || k.getAttribute('aria-disabled') === 'true') { setTimeout(probeer, 5); return; }
          g[naam] = performance.now();
          k.click();
        }, wacht);
        new MutationObserver((_, o) => {
          const nu = performance.now();
          if (g.__eerste === undefined && document.querySelector(${JSON.stringify(selector)})) g.__eerste = nu;
          if (!${String(controle)}) { if (g.__eerste !== undefined) o.disconnect(); return; }
          if (stap === 0 && knop()) { stap = 1; klik('__klik', ${modus === 'rust' ? RUST_MS : 0}); }
          else if (stap === 1 && g.__klik !== undefined && uitkomst()) { g.__controle = nu; stap = 2; klik('__klik2', 0); }
          else if (stap === 2 && g.__klik2 !== undefined && !uitkomst()) stap = 3;
          else if (stap === 3 && uitkomst()) { g.__controle2 = nu; o.disconnect(); }
        }).observe(document, { subtree: true, childList: true });
      })();`,
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { timeout: 30_000 });
    if (controle) await page.waitForFunction('globalThis.__controle2 !== undefined', null, { timeout: 30_000 });
    return await page.evaluate<Lading>(
      '({ weergave: globalThis.__eerste ?? performance.now(), klik: globalThis.__klik, controle: globalThis.__controle, klik2: globalThis.__klik2, controle2: globalThis.__controle2 })',
    );
  } finally {
    await context.close();
  }
}

const mediaan = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const duur = (van: number | undefined, tot: number | undefined) =>
  van === undefined || tot === undefined ? NaN : tot - van;

/** The medians of one build, in ms. */
export interface Meting {
  /** First render of the pane. */
  readonly pane: number;
  /** From opening until the first check has answered, the button clicked as soon as it appears. */
  readonly controle: number;
  /** The first check, from its click to its result: clicked at once, and clicked after RUST_MS. */
  readonly eersteDirect: number;
  readonly eersteNaRust: number;
  /** A later check (the second of the page), from its click to its result. */
  readonly later: number;
}

export interface Weergave extends Meting {
  /** Median load of the page without the add-in's scripts, ms. */
  readonly kaal: number;
  /** The same medians for COFIN_BENCH_VOOR's build, when given. */
  readonly voor?: Meting;
}

function meting(direct: readonly Lading[], rust: readonly Lading[]): Meting {
  return {
    pane: mediaan(direct.map((x) => x.weergave)),
    controle: mediaan(direct.map((x) => x.controle ?? NaN)),
    eersteDirect: mediaan(direct.map((x) => duur(x.klik, x.controle))),
    eersteNaRust: mediaan(rust.map((x) => duur(x.klik, x.controle))),
    later: mediaan([...direct, ...rust].map((x) => duur(x.klik2, x.controle2))),
  };
}

/** Median first render and checks of `dist` (and of `voor`, alternating), beside the bare page. */
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
    const ladingen = new Map(bases.map((b) => [b, { direct: [] as Lading[], rust: [] as Lading[] }]));
    const kaal: number[] = [];
    for (const base of bases) await eenLading(browser, `${base}/taskpane.html`, office, 'h1', 'direct');
    for (let i = 0; i < RONDES; i += 1) {
      // The two builds take turns going first, so neither gains from its place in the round.
      const volgorde = i % 2 === 0 ? bases : [...bases].reverse();
      for (const modus of ['direct', 'rust'] as const)
        for (const base of volgorde)
          ladingen.get(base)?.[modus].push(await eenLading(browser, `${base}/taskpane.html`, office, 'h1', modus));
      kaal.push((await eenLading(browser, `${na}/kaal.html`, office, '#container', 'kaal')).weergave);
    }
    const van = (base: string | undefined) => {
      const l = base === undefined ? undefined : ladingen.get(base);
      return l ? meting(l.direct, l.rust) : undefined;
    };
    const oud = van(bases[1]);
    return { ...(van(na) as Meting), kaal: mediaan(kaal), ...(oud ? { voor: oud } : {}) };
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
    `eerste controle, klik tot uitkomst: ${ms(r.eersteDirect)} direct geklikt, ${ms(r.eersteNaRust)} na ${ms(RUST_MS)} rust; een latere controle ${ms(r.later)}`,
  ];
  if (r.voor) {
    const v = r.voor;
    const x = (oud: number, nieuw: number) => `${ms(oud)} -> ${ms(nieuw)} (${(nieuw / oud).toFixed(2)}x)`;
    regels.push(
      `zelfde ronde, COFIN_BENCH_VOOR -> deze build: eerste weergave ${x(v.pane, r.pane)}; controle klaar na het openen ${x(v.controle, r.controle)}`,
      `  eerste controle direct ${x(v.eersteDirect, r.eersteDirect)}, na rust ${x(v.eersteNaRust, r.eersteNaRust)}; latere controle ${x(v.later, r.later)}`,
    );
  }
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
