/**
 * `cofin check PATH... [--format text|json|csv|xlsx] [--out FILE] [--force]`: checks begrotingen (files, and folders
 * recursively for .xlsx) and prints per file the verdict, its findings with the cell they point at, and its key
 * figures. Exit 0: no fout
 * findings; 1: fout findings; 2: an input could not be read. A bad file never stops the run; inputs are only read.
 */
import { access, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { aantal, aantalOnzeker, ernstAantal, ernstTelling, onzekerTelling, type Finding } from '../../core';
import { commandArgs, type Opdracht } from '../args';
import { EXIT, type Io } from '../io';
import { verf } from '../kleur';
import { controleerBestand, type BestandResultaat } from '../xlsx/controle';
import { metPool, poolBeschikbaar } from '../xlsx/pool';
import { overzichtNaarBuffer } from '../xlsx/overzicht';
import { overzichtJson, overzichtTekst, overzichtVan } from './overzicht';
import {
  CSV_KERNKOLOMMEN,
  JSON_VERSIE,
  csvKernvelden,
  kerncijferRegels,
  kerncijfersJson,
  samenvatting,
} from './kerncijfers';
import { bevindingRegels, schrijfUitvoer } from './shared';

const CHECK: Opdracht = {
  naam: 'check',
  gebruik:
    'cofin check PAD... [--format text|json|csv|xlsx] [--out BESTAND] [--force] [--overzicht] [--stil] [--max-waarschuwingen N]',
  omschrijving: `Controleert begrotingen in het standaardformaat (bestanden, en mappen met daarin .xlsx- en .xlsm-bestanden)
en toont per bestand het oordeel en de bevindingen als  Blad!A1  code  melding (artikel) [zekerheid], met onder
een bevinding op een regel die niet zeker is de gekozen lezing, en de kerncijfers: regeling, hoofdaanvrager, kosten,
maximale en gevraagde subsidie, eigen bijdrage, overschrijding en de aantallen bevindingen.`,
  opties: [
    {
      naam: 'format',
      waarde: 'text|json|csv|xlsx',
      uitleg: 'de vorm van het verslag (standaard text); xlsx vraagt --out',
    },
    { naam: 'out', waarde: 'BESTAND', uitleg: 'schrijft het verslag naar een bestand in plaats van het scherm' },
    { naam: 'force', uitleg: 'vervangt een bestaand --out-bestand' },
    {
      naam: 'overzicht',
      uitleg:
        'daarna het overzicht over de plannen (text en json): plannen per oordeel, subsidie per regeling en tijdvak tegen het plafond, het aandeel voor jongeren (een doel voor alle plannen samen, geen eis aan één plan)',
    },
    { naam: 'stil', uitleg: 'toont alleen bestanden met fouten of die niet te lezen zijn' },
    {
      naam: 'max-waarschuwingen',
      waarde: 'N',
      uitleg: 'afsluitcode 1 als er samen meer dan N waarschuwingen zijn',
    },
  ],
  voorbeelden: [
    'cofin check begroting.xlsx',
    'cofin check begrotingen/ --stil --max-waarschuwingen 0',
    'cofin check begrotingen/ --format xlsx --out overzicht.xlsx',
    'cofin check begrotingen/ --overzicht',
  ],
  naschrift: `Afsluitcode 0: geen fouten; 1: bevindingen van ernst fout (of meer waarschuwingen dan
--max-waarschuwingen); 2: een bestand of map kon niet worden gelezen of gebruikt.`,
};

type Formaat = 'text' | 'json' | 'csv' | 'xlsx';
const FORMATEN: readonly Formaat[] = ['text', 'json', 'csv', 'xlsx'];
const PARALLEL_VANAF = 4;
const VOORTGANGSBALK_VANAF = 10;

/** Workbook names a folder contributes: .xlsx and macro-enabled .xlsm, not Excel's ~$ lock files. */
const WERKMAP = /\.xls[xm]$/i;

export interface Invoer {
  readonly bestanden: string[];
  /** Named folders in which no workbook was found (at any depth). */
  readonly legeMappen: string[];
}

/** Expands folders (recursively, see WERKMAP); missing paths stay, to be reported. */
export async function verzamelInvoer(paden: readonly string[]): Promise<Invoer> {
  const out: string[] = [];
  const legeMappen: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && WERKMAP.test(e.name) && !e.name.startsWith('~$')) out.push(full);
    }
  };
  for (const p of paden) {
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) {
      const voor = out.length;
      await walk(p);
      if (out.length === voor) legeMappen.push(p);
    } else out.push(p);
  }
  return { bestanden: out, legeMappen };
}

export async function verzamel(paden: readonly string[]): Promise<string[]> {
  return (await verzamelInvoer(paden)).bestanden;
}

export interface TekstOpmaak {
  /** Only the files with fouten or that could not be read; the summary line still counts every file. */
  readonly stil?: boolean;
  /** ANSI colours for a terminal. */
  readonly kleur?: boolean;
}

export function alsTekst(results: readonly BestandResultaat[], opmaak: TekstOpmaak = {}): string {
  const kleur = opmaak.kleur === true;
  const lines: string[] = [];
  for (const r of results) {
    if (!r.gelezen) {
      lines.push(`${r.bestand}: ${verf('niet te lezen', 'rood', kleur)}: ${r.reden}`, '');
      continue;
    }
    if (opmaak.stil === true && !heeftFouten(r)) continue;
    const onzeker = onzekerTelling(r.findings);
    lines.push(
      `${r.bestand}: ${r.oordeel === 'voldoet' ? verf('voldoet', 'groen', kleur) : verf('voldoet niet', 'rood', kleur)} (${ernstTelling(r.findings)}${onzeker !== '' ? `; ${onzeker}` : ''})`,
    );
    lines.push(...bevindingRegels(r.findings, kleur));
    lines.push(...kerncijferRegels(r.kerncijfers));
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
      versie: JSON_VERSIE,
      samenvatting: samenvatting(results),
      bestanden: results.map((r) =>
        r.gelezen
          ? {
              bestand: r.bestand,
              oordeel: r.oordeel,
              onzeker: aantalOnzeker(r.findings),
              kerncijfers: kerncijfersJson(r.kerncijfers),
              bevindingen: r.findings.map(findingJson),
            }
          : {
              bestand: r.bestand,
              oordeel: 'onleesbaar',
              code: r.finding.code,
              reden: r.reden,
              onzeker: 0,
              kerncijfers: kerncijfersJson(r.kerncijfers),
              bevindingen: [findingJson(r.finding)],
            },
      ),
      ...(overzicht ? { portefeuille: overzichtJson(overzichtVan(results)) } : {}),
    },
    null,
    2,
  )}\n`;
}

function heeftFouten(r: BestandResultaat): boolean {
  return !r.gelezen || r.findings.some((f) => f.severity === 'fout');
}

/** One CSV field: quoted, and text a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvVeld(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A UTF-8 byte-order mark: without it Excel and LibreOffice read the euro sign and accents as another code page. */
const BOM = '\uFEFF';

export function alsCsv(results: readonly BestandResultaat[]): string {
  const rows = [
    [
      'bestand',
      'oordeel',
      'blad',
      'cel',
      'code',
      'ernst',
      'melding',
      'artikel',
      'zekerheid',
      'lezing',
      ...CSV_KERNKOLOMMEN,
    ],
  ];
  for (const r of results) {
    const kern = csvKernvelden(r.kerncijfers);
    if (!r.gelezen)
      rows.push([r.bestand, 'onleesbaar', '', '', r.finding.code, 'fout', r.reden, '', 'zeker', '', ...kern]);
    else if (r.findings.length === 0) rows.push([r.bestand, r.oordeel, '', '', '', '', '', '', '', '', ...kern]);
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
          ...kern,
        ]);
  }
  // Semicolons: what Dutch Excel expects when it opens a .csv.
  return `${BOM}${rows.map((row) => row.map(csvVeld).join(';')).join('\r\n')}\r\n`;
}

function balk(io: Io, klaar: number, totaal: number): void {
  const breed = 30;
  const vol = Math.round((klaar / totaal) * breed);
  io.err(`\rcontroleren [${'#'.repeat(vol)}${'.'.repeat(breed - vol)}] ${klaar}/${totaal}`);
}

export async function check(argv: readonly string[], io: Io): Promise<number> {
  const args = commandArgs(CHECK, argv, io);
  if (typeof args === 'number') return args;
  const { positional, options, flags } = args;
  const maxTekst = options.get('max-waarschuwingen');
  if (maxTekst !== undefined && !/^\d+$/.test(maxTekst)) {
    io.err(`cofin check: --max-waarschuwingen verwacht een geheel getal van 0 of meer, niet '${maxTekst}'.\n`);
    return EXIT.INPUT;
  }
  const maxWaarschuwingen = maxTekst === undefined ? undefined : Number(maxTekst);
  const stil = flags.has('stil');
  const formaat = (options.get('format') ?? 'text') as Formaat;
  if (!FORMATEN.includes(formaat)) {
    io.err(`cofin check: --format kent text, json, csv en xlsx, niet '${formaat}'.\n`);
    return EXIT.INPUT;
  }
  const force = flags.has('force');
  const overzicht = args.flags.has('overzicht');
  if (overzicht && formaat === 'csv') {
    io.err('cofin check: --overzicht kan met --format text of json, niet met csv (één tabel per bestand).\n');
    return EXIT.INPUT;
  }
  if (positional.length === 0) {
    io.err(`cofin check: geef ten minste één bestand of map.\n'cofin check --help' toont de opties.\n`);
    return EXIT.INPUT;
  }
  const { bestanden, legeMappen } = await verzamelInvoer(positional);
  for (const m of legeMappen) io.err(`cofin check: ${m}: map zonder werkmappen (.xlsx of .xlsm).\n`);
  if (bestanden.length === 0) return EXIT.INPUT;
  const out = options.get('out');
  if (formaat === 'xlsx' && out === undefined) {
    io.err(`cofin check: --format xlsx schrijft een werkmap; geef --out BESTAND.xlsx.\n`);
    return EXIT.INPUT;
  }
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
    // Refused before the run as well as at the write (schrijfAtomair), so a long run is not wasted.
    if (
      !force &&
      (await access(out).then(
        () => true,
        () => false,
      ))
    ) {
      io.err(`cofin check: ${out} bestaat al; gebruik --force om het te vervangen.\n`);
      return EXIT.INPUT;
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
  const getoond = stil ? results.filter(heeftFouten) : results;
  const alsTekstFormaat = (f: Exclude<Formaat, 'xlsx'>): string =>
    f === 'json'
      ? alsJson(getoond, overzicht)
      : f === 'csv'
        ? alsCsv(getoond)
        : alsTekst(results, { stil, kleur: io.kleur === true && out === undefined }) +
          (overzicht ? overzichtTekst(overzichtVan(results)) : '');
  if (out !== undefined) {
    const data =
      formaat === 'xlsx' ? await overzichtNaarBuffer(results) : Buffer.from(alsTekstFormaat(formaat), 'utf8');
    if (!(await schrijfUitvoer('check', out, data, force, io))) return EXIT.INPUT;
  } else if (formaat !== 'xlsx') io.out(alsTekstFormaat(formaat));
  // The text report already names unreadable files; other formats and --out also say it on standard error.
  if (formaat !== 'text' || out !== undefined)
    for (const r of results) if (!r.gelezen) io.err(`cofin check: ${r.bestand}: niet te lezen: ${r.reden}\n`);
  if (results.some((r) => !r.gelezen) || legeMappen.length > 0) return EXIT.INPUT;
  if (results.some(heeftFouten)) return EXIT.FINDINGS;
  const waarschuwingen = results.reduce(
    (n, r) => n + (r.gelezen ? r.findings.filter((f) => f.severity === 'waarschuwing').length : 0),
    0,
  );
  if (maxWaarschuwingen !== undefined && waarschuwingen > maxWaarschuwingen) {
    io.err(
      `cofin check: ${ernstAantal(waarschuwingen, 'waarschuwing')}, meer dan --max-waarschuwingen ${String(maxWaarschuwingen)}.\n`,
    );
    return EXIT.FINDINGS;
  }
  return EXIT.OK;
}
