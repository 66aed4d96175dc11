/**
 * `npm run bench:corpus [-- --open] [-- NAAM...]`: the corpus table of issue 14. Generates the hostile corpus
 * (test/fixtures/corpus) into a temporary folder and runs every case, one at a time, as its own process of the built
 * command (`cofin check --format json <entry>`), then prints per kind: the exit code (and the expected one where it
 * differs), the message with its code, the wall time in seconds and the peak resident memory in MB. `--open` adds
 * the kinds that wait for a fix elsewhere (OPEN_BIJ_ANDERE_HELPERS); names filter the cases by a part of their file
 * name. Ends with a folder run over the whole corpus. Exit 1 when a case differs from its expectation.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateModel, VOORBEELDEN } from '../core';
import { modelNaarBuffer } from '../cli/xlsx/write';
import { CORPUS, maakCorpus, type CorpusGeval } from '../test/fixtures/corpus';
import { OPEN_BIJ_ANDERE_HELPERS, WAAROM_OPEN } from '../test/fixtures/corpus/inhoud';
import { draai, schrijfMeter, type Meting } from '../test/fixtures/corpus/proces';

const BIN = join(__dirname, '..', '..', 'cli', 'bin', 'cofin.js');
const MAX_MS = 60_000;

interface JsonBestand {
  readonly oordeel: string;
  readonly code?: string;
  readonly reden?: string;
  readonly bevindingen: readonly { readonly code: string; readonly ernst: string; readonly melding: string }[];
}

const kort = (s: string, n = 150) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const cel = (s: string) => s.replace(/\|/g, '\\|').replace(/[\r\n\t]/g, ' ');

/** The message of a run as the table shows it: the refusal, or the verdict with the expected (or first) finding. */
function melding(c: CorpusGeval, m: Meting): string {
  let bestanden: JsonBestand[];
  try {
    bestanden = (JSON.parse(m.stdout) as { bestanden: JsonBestand[] }).bestanden;
  } catch {
    return `geen json: ${kort(`${m.stdout}${m.stderr}`.trim(), 100)}`;
  }
  const b = bestanden[0];
  if (b === undefined) return kort(m.stderr.trim());
  if (b.oordeel === 'onleesbaar') return `${kort(b.reden ?? '')} (${b.code ?? ''})`;
  const f =
    b.bevindingen.find((x) => c.code !== '' && x.code === c.code) ??
    b.bevindingen.find((x) => x.ernst === 'fout') ??
    b.bevindingen[0];
  const telling = `${b.bevindingen.length} bevinding${b.bevindingen.length === 1 ? '' : 'en'}`;
  return `${b.oordeel}, ${telling}${f ? `: ${kort(f.melding, 110)} (${f.code})` : ''}`;
}

function klopt(c: CorpusGeval, m: Meting): boolean {
  if (m.afsluitcode !== c.afsluitcode) return false;
  try {
    const bestanden = (JSON.parse(m.stdout) as { bestanden: JsonBestand[] }).bestanden;
    if (c.afsluitcode === 2) return bestanden.some((b) => b.code === c.code);
    return c.code === '' || bestanden.some((b) => b.bevindingen.some((f) => f.code === c.code));
  } catch {
    return false;
  }
}

async function run(argv: readonly string[]): Promise<number> {
  const open = argv.includes('--open');
  const namen = argv.filter((a) => !a.startsWith('--'));
  const alle = open ? [...CORPUS, ...OPEN_BIJ_ANDERE_HELPERS] : CORPUS;
  const gevallen = namen.length > 0 ? alle.filter((c) => namen.some((n) => c.bestand.includes(n))) : alle;
  const dir = mkdtempSync(join(tmpdir(), 'cofin-corpus-'));
  const werk = mkdtempSync(join(tmpdir(), 'cofin-corpus-meter-'));
  let afwijkend = 0;
  try {
    const geldig = await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016']));
    const t0 = Date.now();
    const traag: string[] = [];
    for (const c of gevallen) {
      const t = Date.now();
      maakCorpus(dir, geldig, [c]);
      if (Date.now() - t > 500) traag.push(`${c.bestand} ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    writeFileSync(join(dir, 'goed.xlsx'), geldig);
    const meter = schrijfMeter(werk);
    console.log(
      `${gevallen.length} soorten (gemaakt in ${((Date.now() - t0) / 1000).toFixed(1)} s${traag.length > 0 ? `, waarvan ${traag.join(', ')}` : ''}); elk als eigen proces: cofin check --format json <bestand>\n`,
    );
    console.log('| soort | bestand | afsluitcode | melding (code) | s | cpu s | piek MB |');
    console.log('|---|---|---|---|---|---|---|');
    for (const c of gevallen) {
      const m = await draai(BIN, ['check', '--format', 'json', join(dir, c.bestand)], { meter, maxMs: MAX_MS });
      const goed = klopt(c, m);
      if (!goed) afwijkend += 1;
      const code = m.afsluitcode === null ? `afgebroken (${m.signaal ?? ''})` : String(m.afsluitcode);
      const waarom = WAAROM_OPEN.get(c.bestand);
      const open = waarom !== undefined ? ` (open: ${waarom})` : '';
      console.log(
        `| ${cel(c.soort)}${open} | ${cel(c.bestand)} | ${code}${goed ? '' : ` (verwacht ${c.afsluitcode} ${c.code})`} | ${cel(melding(c, m))} | ${m.seconden.toFixed(2)} | ${m.cpuSeconden.toFixed(2)} | ${m.piekMb.toFixed(0)} |`,
      );
    }
    const map = await draai(BIN, ['check', dir], { meter, maxMs: 300_000 });
    const laatste = map.stdout.trim().split('\n').at(-1) ?? '';
    console.log(
      `\nmap met alle ${gevallen.length + 1} (met goed.xlsx): afsluitcode ${String(map.afsluitcode)}, ${cel(laatste)}; ${map.seconden.toFixed(1)} s, piek ${map.piekMb.toFixed(0)} MB`,
    );
    if (afwijkend > 0) console.log(`${afwijkend} soort(en) wijken af van hun verwachting.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(werk, { recursive: true, force: true });
  }
  return afwijkend > 0 ? 1 : 0;
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
