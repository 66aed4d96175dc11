/**
 * End to end: the BUILT dist/taskpane.html in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core), served from localhost. The CDN office.js is answered with a fake Office host over an in-memory
 * workbook (addin/demo/office-host.ts, bundled here); every other request leaving localhost is aborted and fails the test, as
 * does any page error or console error. Screenshots of each state go to test-output/e2e/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { startChromium } from './chromium';
import webpack from 'webpack';
import { BEGROTING_MET_FOUTEN, TABELLEN_NA_INVOER } from './begroting';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'test-output', 'e2e');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

jest.setTimeout(90_000);

/** Bundles fake-office-entry.ts for the browser (webpack + ts-loader, as the add-in itself is built). */
function bundleFakeOffice(): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: ROOT,
    target: 'web',
    entry: './test/e2e/fake-office-entry.ts',
    output: { path: OUT, filename: 'fake-office.js' },
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
      if (error) {
        reject(error);
        return;
      }
      if (!stats || stats.hasErrors()) {
        reject(new Error(stats?.toString('errors-only') ?? 'webpack failed'));
        return;
      }
      resolve(readFileSync(join(OUT, 'fake-office.js'), 'utf8'));
    });
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)).replace(
      /^([/\\])+/,
      '',
    );
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser: Browser | undefined;
let server: Server | undefined;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const leaving: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'taskpane.html')))
    throw new Error('dist/taskpane.html is missing: run "npm run build:addin" (npm test does it first).');
  mkdirSync(OUT, { recursive: true });
  const fakeOffice = await bundleFakeOffice();
  server = await serve(DIST);
  browser = await startChromium("the task pane's end-to-end test");
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, serviceWorkers: 'block' });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOffice });
    const host = new URL(url).hostname;
    if (host === '127.0.0.1' || host === 'localhost') return route.continue();
    leaving.push(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const port = (server.address() as AddressInfo).port;
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  await page.getByRole('heading', { name: 'Cofinanciering SZW' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

afterEach(() => {
  expect({ pageErrors, consoleErrors, leaving }).toEqual({ pageErrors: [], consoleErrors: [], leaving: [] });
});

/** Retries `read` until it equals `expected` (Office calls resolve after the click returns). */
async function poll<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await read();
    try {
      expect(value).toEqual(expected);
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
const status = () => page.getByRole('status');
const fakeStore = <T>(fn: string): Promise<T> =>
  page.evaluate<T>(`(() => { const host = globalThis.__cofin; return ${fn}; })()`);

test('the pane loads next to the custom functions, at 320 px without horizontal scrolling', async () => {
  expect(await fakeStore<number>('host.associated.size')).toBeGreaterThan(10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot('01-start');
});

test('choosing the regeling stores it in the workbook; the blank begroting goes in as new sheets, once', async () => {
  await page.getByLabel('Regeling').selectOption('dwsra-2016');
  await poll(() => fakeStore<string>("host.store.settings.get('cofin.regeling')"), 'dwsra-2016');
  await page.getByRole('button', { name: 'Lege begroting invoegen' }).click();
  await status()
    .getByText(/Lege standaardbegroting .* ingevoegd/)
    .waitFor();
  expect(await fakeStore<string[]>('host.store.sheets.map((s) => s.name)')).toEqual([
    'Blad1',
    'Toelichting',
    'Plan',
    'Maatregelen',
    'Kosten',
    'Financiering',
    'Realisatie',
    'Overzicht',
    'Keuzelijsten',
  ]);
  expect(await fakeStore<unknown>("host.store.cell('Plan', 'B5')")).toEqual({ value: 'dwsra-2016' });
  await shot('02-begroting-ingevoegd');

  await page.getByRole('button', { name: 'Lege begroting invoegen' }).click();
  await page
    .getByRole('alert')
    .getByText(/Deze werkmap heeft al de bladen 'Toelichting', 'Plan'/)
    .waitFor();
  expect(await fakeStore<number>('host.store.sheets.length')).toBe(9);
  await shot('03-weigering');
});

test('a begroting with known errors: summary, findings by severity with article and cell', async () => {
  await page.evaluate(
    ({ invoer, tabellen }) => {
      const host = (
        globalThis as unknown as {
          __cofin: {
            store: { type(s: string, a: string, i: unknown): void; tables: { name: string; range: string }[] };
          };
        }
      ).__cofin;
      for (const e of invoer) host.store.type(e.sheet, e.address, e.input);
      for (const t of host.store.tables) t.range = tabellen[t.name] ?? t.range;
    },
    { invoer: BEGROTING_MET_FOUTEN, tabellen: TABELLEN_NA_INVOER },
  );
  await page.getByRole('button', { name: 'Controleer begroting' }).click();
  const uitkomst = page.getByRole('region', { name: 'Uitkomst van de controle' });
  await uitkomst.waitFor();
  const samenvatting = page.getByLabel('Samenvatting van de controle');
  const termen = await samenvatting.locator('dt').allInnerTexts();
  const waarden = await samenvatting.locator('dd').allInnerTexts();
  expect(Object.fromEntries(termen.map((t, i) => [t, waarden[i]]))).toEqual({
    'Totale kosten': '€\u00a0350.750',
    'Subsidiabele kosten': '€\u00a0350.750',
    'Maximale subsidie': '€\u00a0210.450',
    'Gevraagde subsidie': '€\u00a0260.000',
    'Vereiste eigen bijdrage': '€\u00a0140.300',
    'Begrote eigen bijdrage': '€\u00a0138.000',
    Overschrijding: '€\u00a049.550',
    Oordeel: 'Voldoet niet',
  });
  await uitkomst.getByText('Getoetst aan: DWSRA 2016 (blad Plan)').waitFor();
  expect(await uitkomst.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
    'Fouten (3)',
    'Waarschuwingen (1)',
    'Ter informatie (1)',
  ]);
  const fouten = await page.getByRole('region', { name: 'Fouten (3)' }).getByRole('button').allInnerTexts();
  expect(fouten.map((t) => t.split('\n').pop())).toEqual([
    'Cel Plan!B13 · Tijdelijke regeling cofinanciering DWSRA (Stcrt. 2016, 30260); UvB-nieuws 14-6-2016 en overzicht aanvraagcriteria',
    'Cel Kosten!A7 · Standaardformaat begroting cofin',
    'Cel Financiering!A4 · Stcrt. 2016, 30260 · regel waarschijnlijk',
  ]);
  expect(fouten[1]).toContain("kostenpost 3, maatregel: maatregel 'A9' staat niet in de lijst van maatregelen.");
  await status().getByText('Controle klaar: voldoet niet; 3 fouten, 1 waarschuwing.').waitFor();
  await shot('04-controle');
});

test('clicking a finding, or Enter on it, selects its cell', async () => {
  await page.getByRole('button', { name: /maatregel 'A9' staat niet in de lijst/ }).click();
  await poll(() => fakeStore<unknown>('host.store.selection'), { sheet: 'Kosten', address: 'A7' });
  await page.getByRole('button', { name: /gevraagd € 260.000/ }).focus();
  await page.keyboard.press('Enter');
  await poll(() => fakeStore<unknown>('host.store.selection'), { sheet: 'Plan', address: 'B13' });
  expect(await fakeStore<string>('host.store.activeSheet')).toBe('Plan');
  await shot('05-bevinding-geselecteerd');
});

test('the voortgangsrapportage fills new sheets with the report and a chart', async () => {
  await page.getByLabel('Peildatum').fill('2018-01-31');
  await page.getByRole('button', { name: 'Maak voortgangsrapportage' }).click();
  await status()
    .getByText(
      /Voortgangsrapportage op 31-01-2018 ingevoegd op de bladen 'Samenvatting', 'Voortgang', 'Signalen', 'Toelichting rapportage'/,
    )
    .waitFor();
  const cel = (sheet: string, address: string) =>
    fakeStore<{ value: unknown; formula?: string }>(
      `host.store.cell(${JSON.stringify(sheet)}, ${JSON.stringify(address)})`,
    );
  expect((await cel('Samenvatting', 'A1')).value).toBe('Voortgangsrapportage Mobiliteitsproject Testregio');
  expect((await cel('Voortgang', 'A1')).value).toBe('Voortgang per maatregel op 31-01-2018');
  const rij = async (row: number) =>
    Promise.all(['A', 'F', 'G', 'I', 'J', 'O'].map(async (c) => (await cel('Voortgang', `${c}${row}`)).value));
  expect(await rij(4)).toEqual(['A1', 200, 110, 200000, 95000, 'op schema']);
  expect(await rij(5)).toEqual(['A2', 120, 30, 100000, 30000, 'achter op schema, boven de drempel']);
  expect(await rij(6)).toEqual(['A3', 10, 0, 0, 0, 'achter op schema, boven de drempel']);
  expect((await cel('Voortgang', 'H4')).formula).toBe('=IF(F4=0,"",G4/F4)');
  expect(await fakeStore<unknown>('host.store.charts')).toEqual([
    {
      sheet: 'Voortgang',
      type: 'ColumnClustered',
      source: 'F3:G6',
      title: 'Deelnemers per maatregel: beoogd en gerealiseerd',
      categories: 'A4:A6',
      from: 'A9',
      to: 'H28',
    },
  ]);
  expect(await fakeStore<string>('host.store.activeSheet')).toBe('Samenvatting');
  await shot('06-rapportage');
});

test('the function reference opens inside the pane and Terug returns focus', async () => {
  await page.getByRole('button', { name: 'Overzicht van de COFIN-functies' }).click();
  await page.getByRole('heading', { name: 'COFIN-functies' }).waitFor();
  await page.getByRole('heading', { name: 'COFIN.MAX', exact: true }).waitFor();
  await poll(() => page.evaluate(() => document.activeElement?.textContent), 'COFIN-functies');
  await page.getByText('=COFIN.MAX(1245313; "dwsra-2016") geeft 859265').first().waitFor();
  await shot('07-functies');
  await page.getByRole('button', { name: 'Terug naar de begroting' }).click();
  await poll(() => page.evaluate(() => document.activeElement?.textContent), 'Overzicht van de COFIN-functies');
});
