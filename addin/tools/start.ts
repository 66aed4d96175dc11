/**
 * `npm start` (after `npm run build`): serves the add-in over https on the development base URL with the webpack dev
 * server and says how to sideload it. Where a desktop Excel exists (Windows, macOS) office-addin-debugging
 * sideloads manifest.xml into it and starts the same server; elsewhere the server runs alone and says so.
 *
 * office-addin-debugging is fetched with npx only on such a machine, not kept as a dependency: it pulls in the M365
 * toolkit with the native keytar module, whose build fails on a fresh Linux machine and would break `npm install`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

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

process.stdout.write(instructions);
if (desktopExcel()) {
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
} else {
  process.stdout.write(
    `\ncofin: geen Excel voor de desktop op deze machine (${process.platform}); alleen de server draait. Laad de invoegtoepassing in Excel op het web (zie hierboven).\n\n`,
  );
  run(bin('webpack'), ['serve', '--mode', 'development']);
}
