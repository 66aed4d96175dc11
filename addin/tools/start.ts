/**
 * `npm start` (after `npm run build`). Where a desktop Excel exists (Windows, macOS) office-addin-debugging sideloads
 * manifest.xml into it and starts the webpack dev server over https on the development base URL. Elsewhere it serves
 * the demo (dist/demo.html: the built pane and functions beside a workbook grid in the page) over plain http on
 * loopback, http://localhost:3000/, and prints that address first; `npm run start:web` serves the add-in over https
 * for Excel on the web instead (see the instructions it prints, or the README).
 *
 * office-addin-debugging is fetched with npx only on such a machine, not kept as a dependency: it pulls in the M365
 * toolkit with the native keytar module, whose build fails on a fresh Linux machine and would break `npm install`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = join(root, 'manifest.xml');
const bin = (name: string): string =>
  join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const DEBUGGING = 'office-addin-debugging@7';

function desktopExcel(): boolean {
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Excel.app');
  return process.platform === 'win32';
}

const instructions = `
cofin: de invoegtoepassing wordt geserveerd op https://localhost:3000/ (taskpane.html, functions.js, functions.json,
functions-nl.json, help.html). Het manifest voor deze server is ${manifest}.

Excel op het web:
  1. Open een werkmap op https://excel.cloud.microsoft (of office.com) in een browser die het certificaat van
     https://localhost:3000/ vertrouwt (open die URL eenmaal en accepteer het certificaat als dat nodig is).
  2. Start > Invoegtoepassingen > Meer invoegtoepassingen > Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden,
     en kies manifest.xml.
  3. Typ =COFIN.MAX(1245313; "dwsra-2016") in een cel: 859265.

Excel op Windows of Mac:
  npm start doet dit zelf via office-addin-debugging als Excel hier geïnstalleerd is; handmatig: zet manifest.xml
  in een gedeelde netwerkmap die als vertrouwde catalogus is ingesteld (Windows) of in
  ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef (Mac) en herstart Excel.

Stoppen: Ctrl+C${desktopExcel() ? ' (en npm run stop om de sideload op te ruimen)' : ''}.
`;

function run(command: string, args: readonly string[]): void {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

const DEMO_PORT = Number(process.env['COFIN_DEMO_PORT'] ?? 3000);
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves dist/ read-only on 127.0.0.1; `/` is the demo page. */
function serveDemo(): void {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'demo.html'))) {
    process.stderr.write(`cofin: ${join(dist, 'demo.html')} ontbreekt; bouw eerst met npm run build.\n`);
    process.exit(1);
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const rel = normalize(decodeURIComponent(path === '/' ? '/demo.html' : path)).replace(/^[/\\]+/, '');
    const file = join(dist, rel);
    if (!file.startsWith(dist + sep) || !existsSync(file) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden\n');
      return;
    }
    res
      .writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // The page loads and connects only to itself: nothing leaves this machine. Fluent styles are inline; zod
        // probes whether `new Function` works (its compiled parsers), which is allowed rather than logged as refused.
        'content-security-policy':
          "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'",
      })
      .end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(
      error.code === 'EADDRINUSE'
        ? `cofin: poort ${String(DEMO_PORT)} is al in gebruik; stop dat proces of kies een andere met COFIN_DEMO_PORT.\n`
        : `cofin: de demo kan niet starten: ${error.message}\n`,
    );
    process.exit(1);
  });
  server.listen(DEMO_PORT, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : DEMO_PORT;
    process.stdout.write(
      `cofin demo: http://localhost:${String(port)}/\n\n` +
        'De invoegtoepassing buiten Excel: het taakvenster en de COFIN-functies naast een werkmap in de browser.\n' +
        'Geen Excel, geen certificaat en geen netwerk nodig; alles blijft op deze computer. Stoppen: Ctrl+C.\n' +
        `Geen Excel voor de desktop op deze machine (${process.platform}). Voor Excel op het web: npm run start:web.\n`,
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      server.close();
      process.exit(0);
    });
}

const web = process.argv.includes('--web');
const documentAt = process.argv.indexOf('--document');
const documentUrl = documentAt >= 0 ? process.argv[documentAt + 1] : undefined;
if (!web && !desktopExcel()) {
  serveDemo();
} else if (desktopExcel() && !web) {
  process.stdout.write(instructions);
  process.stdout.write(
    '\ncofin: Excel voor de desktop gevonden; office-addin-debugging laadt de invoegtoepassing.\n\n',
  );
  run(npx, [
    '--yes',
    DEBUGGING,
    'start',
    manifest,
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    `${bin('webpack')} serve --mode development`,
    '--dev-server-port',
    '3000',
  ]);
} else if (documentUrl !== undefined) {
  // As Microsoft's templates do: office-addin-debugging sideloads into the workbook on the web at that address.
  process.stdout.write(instructions);
  run(npx, [
    '--yes',
    DEBUGGING,
    'start',
    manifest,
    'web',
    '--document',
    documentUrl,
    '--dev-server',
    `${bin('webpack')} serve --mode development`,
    '--dev-server-port',
    '3000',
  ]);
} else {
  process.stdout.write(instructions);
  process.stdout.write(
    '\ncofin: alleen de server draait. Laad de invoegtoepassing in Excel op het web (zie hierboven).\n\n',
  );
  run(bin('webpack'), ['serve', '--mode', 'development']);
}
