/**
 * `cofin check PATH... [--format text|json|csv] [--out FILE]`: checks begrotingen (files, and folders recursively
 * for .xlsx) and prints per file the verdict and its findings with the cell they point at. Exit 0: no fout
 * findings; 1: fout findings; 2: an input could not be read. A bad file never stops the run; inputs are only read.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { aantal, aantalOnzeker, ernstTelling, onzekerTelling, type Finding } from '../../core';
import { commandArgs } from '../args';
import { EXIT, type Io } from '../io';
import { controleerBestand, type BestandResultaat } from '../xlsx/controle';
import { metPool, poolBeschikbaar } from '../xlsx/pool';
import { overzichtJson, overzichtTekst, overzichtVan } from './overzicht';
import { bevindingRegels, schrijfUitvoer } from './shared';

const HELP = `Gebruik: cofin check PAD... [--format text|json|csv] [--out BESTAND] [--overzicht]

Controleert begrotingen in het standaardformaat (bestanden, en mappen met daarin .xlsx-bestanden) en toont per
bestand het oordeel en de bevindingen als  Blad!A1  code  melding (artikel) [zekerheid], met onder een bevinding
op een regel die niet zeker is de gekozen lezing.
Met --overzicht (text en json) daarna het overzicht over de plannen: aantal plannen per oordeel, gevraagde en
verleende subsidie per regeling en tijdvak tegen het subsidieplafond, en, waar maatregelen een doelgroep hebben, het
aandeel van het sectorplangeld voor jongeren tegen het doel van ten minste een derde (een doel voor alle plannen
samen, geen eis aan één plan). Het overzicht verandert geen oordeel en geen afsluitcode.
Afsluitcode 0: geen fouten; 1: bevindingen van ernst fout; 2: een bestand kon niet worden gelezen.
`;

type Formaat = 'text' | 'json' | 'csv';
const PARALLEL_VANAF = 4;
const VOORTGANGSBALK_VANAF = 10;

/** Expands folders (recursively, .xlsx only, skipping Excel's ~$ lock files); missing paths stay, to be reported. */
export async function verzamel(paden: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$')) out.push(full);
    }
  };
  for (const p of paden) {
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
}

export function alsTekst(results: readonly BestandResultaat[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.gelezen) {
      lines.push(`${r.bestand}: niet te lezen: ${r.reden}`, '');
      continue;
    }
    const onzeker = onzekerTelling(r.findings);
    lines.push(
      `${r.bestand}: ${r.oordeel === 'voldoet' ? 'voldoet' : 'voldoet niet'} (${ernstTelling(r.findings)}${onzeker !== '' ? `; ${onzeker}` : ''})`,
    );
    lines.push(...bevindingRegels(r.findings));
    lines.push('');
  }
  const ok = results.filter((r) => r.gelezen && r.oordeel === 'voldoet').length;
  const niet = results.filter((r) => r.gelezen && r.oordeel === 'voldoet-niet').length;
  const kapot = results.filter((r) => !r.gelezen).length;
  lines.push(
    `${aantal(results.length, 'bestand', 'bestanden')}: ${ok} voldoet, ${niet} voldoet niet, ${kapot} niet te lezen`,
  );
  return `${lines.join('\n')}\n`;
}

function findingJson(f: Finding) {
  return {
    blad: f.location.sheet ?? null,
    cel: f.location.cell ?? null,
    pad: f.location.path,
    code: f.code,
    ernst: f.severity,
    melding: f.message,
    artikel: f.article,
    zekerheid: f.zekerheid,
    lezing: f.lezing ?? null,
    parameters: f.params,
  };
}

export function alsJson(results: readonly BestandResultaat[], overzicht = false): string {
  return `${JSON.stringify(
    {
      bestanden: results.map((r) =>
        r.gelezen
          ? {
              bestand: r.bestand,
              oordeel: r.oordeel,
              onzeker: aantalOnzeker(r.findings),
              bevindingen: r.findings.map(findingJson),
            }
          : { bestand: r.bestand, oordeel: 'onleesbaar', code: r.finding.code, reden: r.reden, bevindingen: [] },
      ),
      ...(overzicht ? { portefeuille: overzichtJson(overzichtVan(results)) } : {}),
    },
    null,
    2,
  )}\n`;
}

/** One CSV field: quoted, and text a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvVeld(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function alsCsv(results: readonly BestandResultaat[]): string {
  const rows = [['bestand', 'oordeel', 'blad', 'cel', 'code', 'ernst', 'melding', 'artikel', 'zekerheid', 'lezing']];
  for (const r of results) {
    if (!r.gelezen) rows.push([r.bestand, 'onleesbaar', '', '', '', 'fout', r.reden, '', 'zeker', '']);
    else if (r.findings.length === 0) rows.push([r.bestand, r.oordeel, '', '', '', '', '', '', '', '']);
    else
      for (const f of r.findings)
        rows.push([
          r.bestand,
          r.oordeel,
          f.location.sheet ?? '',
          f.location.cell ?? f.location.path,
          f.code,
          f.severity,
          f.message,
          f.article,
          f.zekerheid,
          f.lezing ?? '',
        ]);
  }
  // Semicolons: what Dutch Excel expects when it opens a .csv.
  return `${rows.map((row) => row.map(csvVeld).join(';')).join('\r\n')}\r\n`;
}

function balk(io: Io, klaar: number, totaal: number): void {
  const breed = 30;
  const vol = Math.round((klaar / totaal) * breed);
  io.err(`\rcontroleren [${'#'.repeat(vol)}${'.'.repeat(breed - vol)}] ${klaar}/${totaal}`);
}

export async function check(argv: readonly string[], io: Io): Promise<number> {
  const args = commandArgs('check', HELP, argv, ['format', 'out'], ['overzicht'], io);
  if (typeof args === 'number') return args;
  const { positional, options } = args;
  const formaat = (options.get('format') ?? 'text') as Formaat;
  if (!['text', 'json', 'csv'].includes(formaat)) {
    io.err(`cofin check: --format kent text, json en csv, niet '${formaat}'.\n`);
    return EXIT.INPUT;
  }
  const overzicht = args.flags.has('overzicht');
  if (overzicht && formaat === 'csv') {
    io.err('cofin check: --overzicht kan met --format text of json, niet met csv (één tabel per bestand).\n');
    return EXIT.INPUT;
  }
  if (positional.length === 0) {
    io.err(`cofin check: geef ten minste één bestand of map.\n${HELP}`);
    return EXIT.INPUT;
  }
  const bestanden = await verzamel(positional);
  const out = options.get('out');
  if (out !== undefined) {
    const doel = await realpath(out).catch(() => resolve(out));
    for (const b of bestanden) {
      const bron = await realpath(b).catch(() => resolve(b));
      if (bron === doel) {
        io.err(
          `cofin check: --out ${out} is een van de invoerbestanden; cofin overschrijft nooit een invoerbestand.\n`,
        );
        return EXIT.INPUT;
      }
    }
  }
  const toonBalk = io.isTty && bestanden.length >= VOORTGANGSBALK_VANAF;
  const voortgang = (klaar: number) => {
    if (toonBalk) balk(io, klaar, bestanden.length);
  };
  let results: BestandResultaat[];
  if (bestanden.length >= PARALLEL_VANAF && poolBeschikbaar())
    results = await metPool<BestandResultaat>(bestanden, voortgang);
  else {
    results = [];
    for (const b of bestanden) {
      results.push(await controleerBestand(b));
      voortgang(results.length);
    }
  }
  if (toonBalk) io.err('\r\x1b[K');
  const text =
    formaat === 'json'
      ? alsJson(results, overzicht)
      : formaat === 'csv'
        ? alsCsv(results)
        : alsTekst(results) + (overzicht ? overzichtTekst(overzichtVan(results)) : '');
  if (out !== undefined) {
    if (!(await schrijfUitvoer('check', out, Buffer.from(text, 'utf8'), true, io))) return EXIT.INPUT;
  } else io.out(text);
  // The text report already names unreadable files; other formats and --out also say it on standard error.
  if (formaat !== 'text' || out !== undefined)
    for (const r of results) if (!r.gelezen) io.err(`cofin check: ${r.bestand}: niet te lezen: ${r.reden}\n`);
  if (results.some((r) => !r.gelezen)) return EXIT.INPUT;
  return results.some((r) => r.gelezen && r.findings.some((f) => f.severity === 'fout')) ? EXIT.FINDINGS : EXIT.OK;
}
