/**
 * `cofin check` on the hostile corpus (test/fixtures/corpus): every case alone gives its exit code, its Dutch reason
 * and its code, never a stack trace, both in process and as its own process of the built command (`cofin check
 * --format json`), within a time and memory ceiling; a folder run over all of them (its own process too) still checks
 * the valid file; inputs stay byte-identical; nothing of the file system leaks through an entity; the readers agree
 * on formula cases; whole-column validations cost every reader and `cofin rapport` little.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { controleerWerkboek, templateModel, VOORBEELDEN, type Werkboek } from '../../core';
import { LIMITS, preflight } from '../../cli/xlsx/preflight';
import { leesBuffer, leesMetExcelJs } from '../../cli/xlsx/read';
import { snelLezen, snelNodig } from '../../cli/xlsx/snel';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { CORPUS, maakCorpus, type CorpusGeval } from '../fixtures/corpus';
import {
  FORMULE_GEVALLEN,
  GEHEIM,
  KEUZELIJST_GEVAL,
  LEK_GEVALLEN,
  OPEN_BIJ_ANDERE_HELPERS,
} from '../fixtures/corpus/inhoud';
import { draai, metGelijktijdig, schrijfMeter, type Meting } from '../fixtures/corpus/proces';
import { cofin, tmp } from './helpers';

/** What an uncaught error or a library's own text looks like in output meant for a Dutch reader. */
const STACK = /^\s+at .+\(.*:\d+:\d+\)$|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|Error):/m;

/**
 * A library's own (English) words in a reason meant for a Dutch reader (defect 7); its text may only follow in a
 * detail that the message does not show.
 */
const ENGELS =
  /\b(?:cannot|undefined|invalid|unexpected|unmatched|unquoted|unclosed|malformed|without|attribute|entity|already|exists|properties|reading|setting|documents|closing|character|root|value|null|error)\b/i;

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'cli', 'bin', 'cofin.js');
/** Ceilings for one case as its own process: wall time (a busy 2-core machine) and peak resident memory. */
const MAX_SECONDEN = 20;
const MAX_MB = 600;
/** Child processes at a time, beside the in-process runs of the test itself. */
const GELIJKTIJDIG = 2;

/** `COFIN_CORPUS_OPEN=1` also runs the cases that wait for another helper's fix (see inhoud.ts). */
const GEVALLEN: readonly CorpusGeval[] =
  process.env['COFIN_CORPUS_OPEN'] === '1' ? [...CORPUS, ...OPEN_BIJ_ANDERE_HELPERS] : CORPUS;

interface JsonBestand {
  readonly bestand: string;
  readonly oordeel: string;
  readonly code?: string;
  readonly reden?: string;
  readonly bevindingen: readonly { readonly code: string; readonly melding: string }[];
}

/**
 * A fingerprint of every entry under `pad` by relative path (`prefix` first): sha256 of a file's bytes, the target
 * of a link, the kind of anything else (a FIFO is never opened), and 'onleesbaar' where reading is not allowed.
 */
function vingerafdruk(pad: string, prefix: string, out: Record<string, string> = {}): Record<string, string> {
  const s = lstatSync(pad);
  if (s.isSymbolicLink()) out[prefix] = `link:${readlinkSync(pad)}`;
  else if (s.isDirectory()) {
    const map = `map:${(s.mode & 0o777).toString(8)}`;
    let namen: string[] = [];
    try {
      namen = readdirSync(pad).sort();
      out[`${prefix}/`] = map;
    } catch {
      out[`${prefix}/`] = `${map}:onleesbaar`;
    }
    for (const n of namen) vingerafdruk(join(pad, n), `${prefix}/${n}`, out);
  } else if (s.isFile()) {
    try {
      out[prefix] = createHash('sha256').update(readFileSync(pad)).digest('hex');
    } catch {
      out[prefix] = `onleesbaar:${s.size}`;
    }
  } else out[prefix] = `soort:${(s.mode & 0o170000).toString(8)}`;
  return out;
}

function geenGeheim(tekst: string): void {
  for (const g of GEHEIM) expect(tekst).not.toContain(g);
}

/** A workbook as comparable data: sheets in order with their cells sorted by address, and the tables. */
function vergelijkbaar(w: Werkboek) {
  return {
    sheets: w.sheets.map((b) => ({
      name: b.name,
      cells: [...b.cells.values()].sort((x, y) => x.row - y.row || x.col - y.col),
    })),
    tables: w.tables,
  };
}

describe('cofin check on the hostile corpus', () => {
  const dir = tmp();
  const werk = tmp('cofin-corpus-werk-');
  let before: Record<string, string>;
  let meter: string;
  const metingen = new Map<string, Promise<Meting>>();

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'build', 'cli', 'main.js')))
      execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
    const geldig = await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016']));
    maakCorpus(dir, geldig, GEVALLEN);
    writeFileSync(join(dir, 'goed.xlsx'), geldig);
    before = vingerafdruk(dir, '.');
    meter = schrijfMeter(werk);
    const beloften = metGelijktijdig(GEVALLEN, GELIJKTIJDIG, (c) =>
      draai(BIN, ['check', '--format', 'json', join(dir, c.bestand)], { meter, maxMs: MAX_SECONDEN * 1000 }),
    );
    GEVALLEN.forEach((c, i) => {
      const b = beloften[i] as Promise<Meting>;
      // Settled by its own test; this keeps an unawaited rejection from being reported twice.
      b.catch(() => undefined);
      metingen.set(c.bestand, b);
    });
  }, 180_000);

  afterAll(async () => {
    await Promise.allSettled(metingen.values());
  }, 180_000);

  test('every entry has a unique name, a kind, and exactly one way to be made', () => {
    expect(new Set(GEVALLEN.map((c) => c.bestand)).size).toBe(GEVALLEN.length);
    for (const c of GEVALLEN) {
      expect(c.soort).not.toBe('');
      expect(c.maak === undefined).not.toBe(c.maakOp === undefined);
      if (c.afsluitcode === 2) expect(c.reden).toBeDefined();
    }
  });

  test.each(GEVALLEN.map((c) => [c.bestand, c] as const))(
    '%s: its exit code, reason and code, in process and as its own bounded process; input unchanged',
    async (bestand, c) => {
      const pad = join(dir, bestand);
      const tekst = await cofin('check', pad);
      expect(tekst.code).toBe(c.afsluitcode);
      expect(`${tekst.out}${tekst.err}`).not.toMatch(STACK);
      geenGeheim(`${tekst.out}${tekst.err}`);
      if (c.reden !== undefined) {
        const prefix = `${pad}: niet te lezen: `;
        if (c.reden.endsWith('…')) expect(tekst.out.startsWith(prefix + c.reden.slice(0, -1))).toBe(true);
        else expect(tekst.out.split('\n')[0]).toBe(prefix + c.reden);
      }

      const m = await (metingen.get(bestand) as Promise<Meting>);
      expect({ signaal: m.signaal, afsluitcode: m.afsluitcode }).toEqual({ signaal: null, afsluitcode: c.afsluitcode });
      expect(m.seconden).toBeLessThan(MAX_SECONDEN);
      expect(m.piekMb).toBeLessThan(MAX_MB);
      expect(`${m.stdout}${m.stderr}`).not.toMatch(STACK);
      geenGeheim(`${m.stdout}${m.stderr}`);
      const bestanden = (JSON.parse(m.stdout) as { bestanden: JsonBestand[] }).bestanden;
      if (c.afsluitcode === 2) {
        expect(bestanden.map((b) => b.code)).toContain(c.code);
        expect(bestanden[0]?.reden ?? '').not.toMatch(ENGELS);
        // A folder's own line comes first; what it skipped follows, one line each.
        expect(m.stderr.split('\n')[0]).toBe(`cofin check: ${pad}: niet te lezen: ${bestanden[0]?.reden ?? ''}`);
      } else if (c.code !== '') expect(bestanden.flatMap((b) => b.bevindingen.map((f) => f.code))).toContain(c.code);

      const na = vingerafdruk(pad, `./${bestand}`);
      const voor = Object.fromEntries(Object.entries(before).filter(([k]) => k in na || k.startsWith(`./${bestand}/`)));
      expect(na).toEqual(voor);
    },
    300_000,
  );

  test('one bad file does not stop the run: the good one is still checked, exit 2, inputs byte-identical', async () => {
    await Promise.allSettled(metingen.values());
    const m = await draai(BIN, ['check', dir], { meter, maxMs: 120_000 });
    expect(m.signaal).toBeNull();
    expect(m.afsluitcode).toBe(2);
    expect(`${m.stdout}${m.stderr}`).not.toMatch(STACK);
    geenGeheim(`${m.stdout}${m.stderr}`);
    expect(m.stdout).toContain(`${join(dir, 'goed.xlsx')}: voldoet (0 fouten, 0 waarschuwingen, 0 info)`);
    expect(m.piekMb).toBeLessThan(MAX_MB * 2);
    expect(vingerafdruk(dir, '.')).toEqual(before);
  }, 150_000);

  describe('the cases that need more than one run (generated on their own, whether open or not)', () => {
    const los = tmp('cofin-corpus-los-');
    beforeAll(async () => {
      const geldig = await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016']));
      maakCorpus(los, geldig, [...LEK_GEVALLEN, ...KEUZELIJST_GEVAL, ...FORMULE_GEVALLEN]);
    }, 60_000);

    test.each(LEK_GEVALLEN.map((c) => [c.bestand, c] as const))(
      '%s: refused, and nothing of the file system in text, json or csv',
      async (bestand, c) => {
        for (const formaat of ['text', 'json', 'csv']) {
          const r = await cofin('check', '--format', formaat, join(los, bestand));
          expect(r.code).toBe(c.afsluitcode);
          geenGeheim(`${r.out}${r.err}`);
        }
      },
    );

    test.each(KEUZELIJST_GEVAL.map((c) => [c.bestand] as const))(
      '%s: every reader and cofin rapport read the begroting within the ceiling',
      async (bestand) => {
        const pad = join(los, bestand);
        const data = readFileSync(pad);
        for (const lees of [leesBuffer, leesMetExcelJs]) {
          const t0 = Date.now();
          const r = await lees(data);
          expect(r.ok).toBe(true);
          expect((Date.now() - t0) / 1000).toBeLessThan(MAX_SECONDEN);
        }
        const uit = join(werk, `rapport-${bestand}`);
        const m = await draai(BIN, ['rapport', pad, '--peildatum', '2018-12-31', '--out', uit], {
          meter,
          maxMs: MAX_SECONDEN * 1000,
        });
        expect({ signaal: m.signaal, afsluitcode: m.afsluitcode, stderr: m.stderr }).toEqual({
          signaal: null,
          afsluitcode: 0,
          stderr: '',
        });
        expect(m.seconden).toBeLessThan(MAX_SECONDEN);
        expect(m.piekMb).toBeLessThan(MAX_MB);
        expect(existsSync(uit)).toBe(true);
      },
      120_000,
    );

    test.each(FORMULE_GEVALLEN.map((c) => [c.bestand] as const))(
      '%s: the fast reader accepts it and reads what exceljs reads; both give the same findings',
      async (bestand) => {
        const data = readFileSync(join(los, bestand));
        const pre = await preflight(data, { ...LIMITS }, snelNodig);
        if (!pre.ok) throw new Error(pre.reden);
        const snel = snelLezen(pre.delen, LIMITS.maxRows);
        const excel = await leesMetExcelJs(data);
        if (snel === undefined || !snel.ok || !excel.ok) throw new Error(`${bestand}: niet door beide lezers gelezen`);
        expect(vergelijkbaar(snel.werkboek)).toEqual(vergelijkbaar(excel.werkboek));
        expect(controleerWerkboek(snel.werkboek).findings).toEqual(controleerWerkboek(excel.werkboek).findings);
      },
    );

    test.each([
      ['formule-uitkomst-nul.xlsx', '€ 0'],
      ['formule-uitkomst-onwaar.xlsx', 'ONWAAR'],
    ])('defect 3: %s, a cached falsy value that differs, is a fout on both readers', async (bestand, toont) => {
      const data = readFileSync(join(los, bestand));
      for (const lees of [leesBuffer, leesMetExcelJs]) {
        const r = await lees(data);
        if (!r.ok) throw new Error(r.reden);
        const formules = controleerWerkboek(r.werkboek).findings.filter((f) => f.code.startsWith('formule-'));
        expect(formules.map((f) => [f.code, f.severity, f.location.cell, f.message])).toEqual([
          [
            'formule-wijkt-af',
            'fout',
            'B40',
            `cel B40: de formule =COFIN.MAX(1245313,"dwsra-2016") toont ${toont}, maar cofin berekent € 859.265.`,
          ],
        ]);
      }
    });
  });
});
