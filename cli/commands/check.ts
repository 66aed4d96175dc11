/**
 * `cofin check PATH... [--format text|json|csv|xlsx] [--out FILE] [--force]`: checks begrotingen (files, and folders
 * recursively for .xlsx) and prints per file the verdict, its findings with the cell they point at, and its key
 * figures. Exit 0: no fout
 * findings; 1: fout findings; 2: an input could not be read. A bad file never stops the run; inputs are only read.
 */
import { access, readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  BESTAND_BRON,
  aantal,
  aantalOnzeker,
  ernstAantal,
  ernstTelling,
  finding,
  onzekerTelling,
  type Finding,
} from '../../core';
import { commandArgs, type Opdracht } from '../args';
import { EXIT, type Io } from '../io';
import { verf } from '../kleur';
import { controleerBestand, onleesbaarResultaat, type BestandResultaat } from '../xlsx/controle';
import { bijzonderSoort } from '../xlsx/open';
import { LIMITS } from '../xlsx/preflight';
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
import { bevindingRegels, schrijfUitvoer, toonTekst } from './shared';

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
  naschrift: `In een map volgt cofin geen symbolische koppelingen: ze staan als overgeslagen in het verslag (noem
het doel zelf); een genoemde koppeling wordt gevolgd. Elk bestand krijgt ten hoogste ${String(LIMITS.secondenPerBestand)} seconden.
Afsluitcode 0: geen fouten; 1: bevindingen van ernst fout (of meer waarschuwingen dan
--max-waarschuwingen); 2: een bestand of map kon niet worden gelezen of gebruikt.`,
};

type Formaat = 'text' | 'json' | 'csv' | 'xlsx';
const FORMATEN: readonly Formaat[] = ['text', 'json', 'csv', 'xlsx'];
const PARALLEL_VANAF = 4;
const VOORTGANGSBALK_VANAF = 10;

/** Workbook names a folder contributes: .xlsx and macro-enabled .xlsm, not Excel's ~$ lock files. */
const WERKMAP = /\.xls[xm]$/i;

/** An entry of the run: a file to read, or a file or folder already known not to be checkable (with why). */
export type Post = { readonly bestand: string } | { readonly bestand: string; readonly finding: Finding };

export interface Invoer {
  /** In the order they are shown: named paths as given, folders' contents sorted by name. */
  readonly posten: readonly Post[];
  /** The files to read (the posten without a finding). */
  readonly bestanden: string[];
  /** Named folders in which nothing at all was found (at any depth); each also is an entry. */
  readonly legeMappen: string[];
}

const BIJ_MAP = { location: '', article: BESTAND_BRON } as const;

function mapFout(error: unknown): Finding {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM'
    ? finding('map-geen-leesrechten', BIJ_MAP)
    : code === 'ENOENT'
      ? finding('map-bestaat-niet', BIJ_MAP)
      : finding('map-niet-te-lezen', { ...BIJ_MAP, params: { oorzaak: code ?? 'onbekende fout' } });
}

/** Where a link inside a folder points, for 'koppeling-niet-gevolgd'; undefined for a link cofin need not mention. */
async function koppelingNaar(full: string, name: string): Promise<string | undefined> {
  const doel = await stat(full).catch((error: unknown) => (error as NodeJS.ErrnoException).code ?? 'fout');
  const werkmap = WERKMAP.test(name) && !name.startsWith('~$');
  if (typeof doel === 'string') {
    if (!werkmap) return undefined;
    return doel === 'ELOOP'
      ? 'zichzelf (een kring)'
      : doel === 'ENOENT'
        ? 'niets (het doel bestaat niet)'
        : 'een doel dat niet te lezen is';
  }
  if (doel.isDirectory()) return 'een map';
  return werkmap ? (bijzonderSoort(doel) ?? 'een bestand') : undefined;
}

/**
 * Expands folders recursively into their .xlsx and .xlsm files (see WERKMAP). Inside a folder a symbolic link is
 * never followed (so no walk can loop or leave the folder): a link with a workbook's name, or to a folder, is an
 * entry saying so; a path named on the command line is followed. A folder that cannot be listed, a non-regular file
 * with a workbook's name and a folder with a workbook's name but nothing in it are entries with their reason, and
 * the walk goes on. A named folder that yields no entry at all is an entry itself.
 */
export async function verzamelInvoer(paden: readonly string[]): Promise<Invoer> {
  const posten: Post[] = [];
  const legeMappen: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      posten.push({ bestand: dir, finding: mapFout(error) });
      return;
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      const werkmap = WERKMAP.test(e.name) && !e.name.startsWith('~$');
      if (e.isDirectory()) {
        const voor = posten.length;
        await walk(full);
        if (posten.length === voor && werkmap)
          posten.push({ bestand: full, finding: finding('bestand-is-map', BIJ_MAP) });
      } else if (e.isSymbolicLink()) {
        const naar = await koppelingNaar(full, e.name);
        if (naar !== undefined)
          posten.push({ bestand: full, finding: finding('koppeling-niet-gevolgd', { ...BIJ_MAP, params: { naar } }) });
      } else if (werkmap)
        posten.push(
          e.isFile()
            ? { bestand: full }
            : {
                bestand: full,
                finding: finding('bestand-geen-gewoon-bestand', {
                  ...BIJ_MAP,
                  params: { soort: bijzonderSoort(e) ?? 'een bijzonder bestand' },
                }),
              },
        );
    }
  };
  for (const p of paden) {
    const s = await stat(p).catch(() => undefined);
    if (!s?.isDirectory()) {
      posten.push({ bestand: p });
      continue;
    }
    const voor = posten.length;
    await walk(p);
    const eigen = posten.slice(voor);
    if (eigen.some((post) => !('finding' in post) || post.finding.code !== 'koppeling-niet-gevolgd')) continue;
    const leeg = eigen.length === 0 && !WERKMAP.test(p);
    if (leeg) legeMappen.push(p);
    const f =
      eigen.length > 0
        ? finding('map-niets-te-controleren', { ...BIJ_MAP, params: { overgeslagen: eigen.length } })
        : finding(leeg ? 'map-zonder-werkmappen' : 'bestand-is-map', BIJ_MAP);
    posten.splice(voor, 0, { bestand: p, finding: f });
  }
  return { posten, bestanden: posten.filter((post) => !('finding' in post)).map((post) => post.bestand), legeMappen };
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
      lines.push(`${toonTekst(r.bestand)}: ${verf('niet te lezen', 'rood', kleur)}: ${toonTekst(r.reden)}`, '');
      continue;
    }
    if (opmaak.stil === true && !heeftFouten(r)) continue;
    const onzeker = onzekerTelling(r.findings);
    lines.push(
      `${toonTekst(r.bestand)}: ${r.oordeel === 'voldoet' ? verf('voldoet', 'groen', kleur) : verf('voldoet niet', 'rood', kleur)} (${ernstTelling(r.findings)}${onzeker !== '' ? `; ${onzeker}` : ''})`,
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

/**
 * Text a spreadsheet may run as a formula when it opens a CSV: a formula character (`=`, `+`, `-`, `@`, tab or CR)
 * first, or after white space (spaces of any width, tab, CR, LF, U+00A0, U+3000: LibreOffice and Excel trim it on
 * some imports) and invisible format characters (zero-width spaces, bidi marks, a byte-order mark).
 */
const FORMULE_TEKST = /^[\s\p{Cf}]*[=+\-@\t\r]/u;

/** One CSV field: quoted, and text a spreadsheet may run as a formula (`FORMULE_TEKST`) is prefixed with an apostrophe. */
export function csvVeld(text: string): string {
  const safe = FORMULE_TEKST.test(text) ? `'${text}` : text;
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
    io.err(
      `cofin check: --max-waarschuwingen verwacht een geheel getal van 0 of meer, niet '${toonTekst(maxTekst)}'.\n`,
    );
    return EXIT.INPUT;
  }
  const maxWaarschuwingen = maxTekst === undefined ? undefined : Number(maxTekst);
  const stil = flags.has('stil');
  const formaat = (options.get('format') ?? 'text') as Formaat;
  if (!FORMATEN.includes(formaat)) {
    io.err(`cofin check: --format kent text, json, csv en xlsx, niet '${toonTekst(formaat)}'.\n`);
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
  const { posten, bestanden, legeMappen } = await verzamelInvoer(positional);
  // The text report names them as entries too; this line is for a reader of standard error.
  if (formaat === 'text')
    for (const m of legeMappen) io.err(`cofin check: ${toonTekst(m)}: map zonder werkmappen (.xlsx of .xlsm).\n`);
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
          `cofin check: --out ${toonTekst(out)} is een van de invoerbestanden; cofin overschrijft nooit een invoerbestand.\n`,
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
      io.err(`cofin check: ${toonTekst(out)} bestaat al; gebruik --force om het te vervangen.\n`);
      return EXIT.INPUT;
    }
  }
  const toonBalk = io.isTty && bestanden.length >= VOORTGANGSBALK_VANAF;
  const voortgang = (klaar: number) => {
    if (toonBalk) balk(io, klaar, bestanden.length);
  };
  let gelezen: BestandResultaat[];
  if (bestanden.length >= PARALLEL_VANAF && poolBeschikbaar()) gelezen = await metPool(bestanden, voortgang);
  else {
    gelezen = [];
    for (const b of bestanden) {
      gelezen.push(await controleerBestand(b));
      voortgang(gelezen.length);
    }
  }
  let volgende = 0;
  const results = posten.map((post) => {
    if ('finding' in post) return onleesbaarResultaat(post.bestand, post.finding);
    volgende += 1;
    return gelezen[volgende - 1] as BestandResultaat;
  });
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
    for (const r of results)
      if (!r.gelezen) io.err(`cofin check: ${toonTekst(r.bestand)}: niet te lezen: ${toonTekst(r.reden)}\n`);
  if (results.some((r) => !r.gelezen)) return EXIT.INPUT;
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
