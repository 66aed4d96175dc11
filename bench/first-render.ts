/**
 * First render of the BUILT task pane (dist/taskpane.html) in headless Chromium (Debian's /usr/bin/chromium), with
 * the end-to-end test's fake Office host in place of the CDN office.js: milliseconds from navigation start until the
 * pane's heading is on screen, median of fresh, uncached page loads. The baseline in the same run is the same page
 * with the add-in's scripts left out (the host alone), so the ratio shows what the pane's own bundles cost.
 * Target: first render < 1 s. Run by `npm run bench` after the build.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import webpack from 'webpack';
import { chromium, type Browser } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
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

/** Serves dist/, plus /kaal.html: taskpane.html without the add-in's scripts (the baseline). */
function serve(): Promise<Server> {
  const kaal = readFileSync(join(DIST, 'taskpane.html'), 'utf8').replace(
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
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One fresh load: ms from navigation start until `selector` is in the page. */
async function eenLading(browser: Browser, url: string, office: string, selector: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, serviceWorkers: 'block' });
  try {
    await context.route('**/*', async (route) => {
      const u = route.request().url();
      if (u === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: office });
      const host = new URL(u).hostname;
      return host === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
    });
    // Stamped in the page when the element appears, so the driver's polling does not count.
    await context.addInitScript(
      `new MutationObserver((_, o) => { if (document.querySelector(${JSON.stringify(selector)})) { globalThis.__eerste = performance.now(); o.disconnect(); } }).observe(document, { subtree: true, childList: true });`,
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(selector, { timeout: 30_000 });
    return await page.evaluate<number>('globalThis.__eerste ?? performance.now()');
  } finally {
    await context.close();
  }
}

const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function eersteWeergave(): Promise<{ pane: number; kaal: number } | undefined> {
  if (!existsSync(CHROMIUM) || !existsSync(join(DIST, 'taskpane.html'))) return undefined;
  const office = await fakeOffice();
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const port = (server.address() as AddressInfo).port;
    const base = `http://127.0.0.1:${port}`;
    const pane: number[] = [];
    const kaal: number[] = [];
    await eenLading(browser, `${base}/taskpane.html`, office, 'h1');
    for (let i = 0; i < RONDES; i += 1) {
      pane.push(await eenLading(browser, `${base}/taskpane.html`, office, 'h1'));
      kaal.push(await eenLading(browser, `${base}/kaal.html`, office, '#container'));
    }
    return { pane: mediaan(pane), kaal: mediaan(kaal) };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

if (require.main === module) {
  eersteWeergave().then(
    (r) => {
      if (r === undefined) {
        console.log(`eerste weergave: overgeslagen (${CHROMIUM} of dist/taskpane.html ontbreekt)`);
        return;
      }
      console.log(
        `eerste weergave taakvenster: ${r.pane.toFixed(0)} ms (mediaan van ${RONDES}, koude lading); pagina zonder de bundels ${r.kaal.toFixed(0)} ms (${(r.pane / r.kaal).toFixed(2)}x); doel < ${DOEL_MS} ms: ${r.pane < DOEL_MS ? 'ok' : 'NIET GEHAALD'}`,
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
