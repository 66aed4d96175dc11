/**
 * h/tekst: user text in what the command line writes. CSV: a formula character behind leading white space or an
 * invisible character is neutralised like one at the start (`csvVeld`), on the corpus of injection texts through
 * `check --format csv`, the one CSV cofin writes. Text: a newline, U+202E, U+2028 or an escape in the workbook's own
 * text (a maatregel's code and name, an omschrijving, the hoofdaanvrager) and in arguments never breaks, reorders or
 * recolours a line of check, rapport, eindverantwoording, template, calc or the argument parser (`toonTekst`); JSON
 * and CSV keep the text exact.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOORBEELDEN, templateModel, type BegrotingInput } from '../../core';
import { csvVeld } from '../../cli/commands/check';
import { toonTekst } from '../../cli/toon';
import { main } from '../../cli/main';
import type { Io } from '../../cli/io';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { maakCorpus } from '../fixtures/corpus';
import { UITVOER, VOORLOOP_NAMEN } from '../fixtures/corpus/uitvoer';
import { cofin, tmp } from './helpers';
import { leesCsv } from './xlsx-inhoud';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'cli', 'bin', 'cofin.js');

/**
 * What a spreadsheet may run as a formula when it opens a CSV field: `=`, `+`, `-`, `@`, tab or CR first, or behind
 * any white space or invisible format character (which LibreOffice and Excel skip on some imports).
 */
const KAN_FORMULE_ZIJN =
  /^[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]*[=+\-@\t\r]/u;

describe('csvVeld: a formula character behind white space or an invisible character gets the apostrophe too', () => {
  test.each([
    ['=1+1', `"'=1+1"`],
    [' =1+1', `"' =1+1"`],
    ['   +1+1', `"'   +1+1"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\r\n-1+1', `"'\r\n-1+1"`],
    [' \t@SUM(1+1)', `"' \t@SUM(1+1)"`],
    ['\u00A0=1+1', `"'\u00A0=1+1"`],
    ['\u3000=1+1', `"'\u3000=1+1"`],
    ['\u202F+1', `"'\u202F+1"`],
    ['\u2003-1', `"'\u2003-1"`],
    ['\u2028=1', `"'\u2028=1"`],
    ['\u200B=1+1', `"'\u200B=1+1"`],
    ['\uFEFF=1+1', `"'\uFEFF=1+1"`],
    ['\u202E=1+1', `"'\u202E=1+1"`],
    [' \t', `"' \t"`],
    ['  =HYPERLINK("http://voorbeeld.invalid","klik")', `"'  =HYPERLINK(""http://voorbeeld.invalid"",""klik"")"`],
  ])('%j is written %j', (tekst, veld) => {
    expect(csvVeld(tekst)).toBe(veld);
  });

  test.each([
    ['a =1+1', '"a =1+1"'],
    ['   ', '"   "'],
    [' 1.000', '" 1.000"'],
    ['', '""'],
    ['Plan\n=1', '"Plan\n=1"'],
  ])('%j stays %j: no formula character after the white space', (tekst, veld) => {
    expect(csvVeld(tekst)).toBe(veld);
  });
});

describe('check --format csv on the injection corpus: no field a spreadsheet may run, every text kept', () => {
  const dir = tmp('cofin-tekst-csv-');
  const namen = UITVOER.map((c) => c.bestand);
  let rows: string[][];
  beforeAll(async () => {
    maakCorpus(dir, await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016'])), UITVOER);
    // Relative names, so the file name starts its CSV field as the user typed it.
    const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'csv', ...namen], { cwd: dir, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    rows = leesCsv(r.stdout);
  }, 120_000);

  test('one row per file, and not one field that starts as a formula, even behind white space', () => {
    expect(rows.length).toBe(1 + namen.length);
    expect(rows.flat().filter((v) => KAN_FORMULE_ZIJN.test(v))).toEqual([]);
  });

  test.each(VOORLOOP_NAMEN)('the file name (%s) follows the apostrophe exactly', (_, naam) => {
    const kop = rows[0] ?? [];
    expect(rows.filter((r) => r[kop.indexOf('bestand')] === `'${naam}`).length).toBe(1);
  });

  test('a hoofdaanvrager behind a zero-width space follows the apostrophe; the other columns are untouched', () => {
    const kop = rows[0] ?? [];
    const rij = rows.find((r) => r[kop.indexOf('bestand')] === 'injectie-nulbreedte.xlsx');
    expect(rij?.[kop.indexOf('hoofdaanvrager')]).toBe("'\u200B=1+1");
    expect(rij?.[kop.indexOf('oordeel')]).toBe('voldoet');
  });

  test('json keeps every file name exact; text shows each on one line', () => {
    const json = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...namen], {
      cwd: dir,
      encoding: 'utf8',
    });
    const j = JSON.parse(json.stdout) as { bestanden: { bestand: string; kerncijfers: { hoofdaanvrager: string } }[] };
    expect(j.bestanden.map((b) => b.bestand)).toEqual(namen);
    expect(j.bestanden.find((b) => b.bestand === 'injectie-nulbreedte.xlsx')?.kerncijfers.hoofdaanvrager).toBe(
      '\u200B=1+1',
    );
    const tekst = spawnSync(process.execPath, [BIN, 'check', ...namen], { cwd: dir, encoding: 'utf8' });
    const regels = tekst.stdout.split('\n');
    for (const naam of VOORLOOP_NAMEN.map(([, n]) => n))
      expect(regels.filter((l) => l.startsWith(`${toonTekst(naam)}: voldoet`)).length).toBe(1);
  }, 60_000);
});

/**
 * A line break, a bidi override, a line separator and a C1 control sequence introducer (U+009B, a one-character
 * ESC [ to a terminal): text that breaks, reorders or recolours a line. XML can carry all of them, so a workbook can.
 */
const VIJANDIG = 'x\ny\u202Ez\u2028w\u009B2J';
const GETOOND = 'x\\ny\\u202ez\\u2028w\\x9b2J';
/** In an argument, also ESC itself, which no workbook can hold. */
const ARGUMENT = `${VIJANDIG}\x1b[2J`;
const ARGUMENT_GETOOND = `${GETOOND}\\x1b[2J`;
/** What must never reach a line of text output as it is: line ends and separators, the override, ESC and CSI. */
const ONVEILIG = new Set(['\n', '\r', '\u202E', '\u2028', '\u2029', '\x1b', '\u009B']);
const onveilig = (regel: string): boolean => Array.from(ONVEILIG).some((t) => regel.includes(t));
/** cofin its own colours on a terminal (cli/kleur.ts). */
const KLEUREN = ['\x1b[31m', '\x1b[32m', '\x1b[33m', '\x1b[1m', '\x1b[0m'];

function eerste<T>(rijen: readonly T[]): T {
  const x = rijen[0];
  if (x === undefined) throw new Error('het voorbeeld heeft geen maatregelen');
  return x;
}

describe('a maatregel name, code and omschrijving, and the hoofdaanvrager with a newline, U+202E and U+2028', () => {
  const dir = tmp('cofin-tekst-');
  const dw = VOORBEELDEN['dwsra-2016'];
  const code = (c: string) => (c === 'A1' ? `A1${VIJANDIG}` : c);
  const b: BegrotingInput = {
    ...dw,
    plan: { ...dw.plan, hoofdaanvrager: `Hoofd${VIJANDIG}` },
    maatregelen: [
      ...dw.maatregelen.map((m) => ({ ...m, code: code(m.code), naam: `Naam${VIJANDIG}` })),
      // A maatregel without kostenposten: its code is in the message of check.
      { ...eerste(dw.maatregelen), code: `Z${VIJANDIG}`, naam: `Naam${VIJANDIG}` },
    ],
    kostenposten: dw.kostenposten.map((k) => ({ ...k, maatregel: code(k.maatregel), omschrijving: `Oms${VIJANDIG}` })),
    // Costs of A1 above its budget: its code is in the finding of rapport and eindverantwoording.
    realisatie: (dw.realisatie ?? []).map((r) => ({
      ...r,
      maatregel: code(r.maatregel),
      ...(r.maatregel === 'A1' ? { gerealiseerdeKosten: '999999' } : {}),
    })),
  };
  const bron = join(dir, 'vijandig.xlsx');
  beforeAll(async () => {
    writeFileSync(bron, await modelNaarBuffer(templateModel('dwsra-2016', b)));
  }, 60_000);

  /** Every line of `uit` is safe, and the escaped text stands on the line that names `code`. */
  function toontVeilig(uit: string, code: string, verwacht: string): void {
    expect(uit.split('\n').filter(onveilig)).toEqual([]);
    const regel = uit.split('\n').find((l) => l.includes(`  ${code}  `));
    expect(regel).toContain(verwacht);
  }

  test('check text: the finding and the hoofdaanvrager each on their own line, escaped', async () => {
    const r = await cofin('check', bron);
    expect(r.code).toBe(0);
    toontVeilig(r.out, 'maatregel-zonder-kosten', `maatregel 'Z${GETOOND}' heeft geen kostenposten.`);
    expect(r.out.split('\n')).toContain(`  Kerncijfers: regeling dwsra-2016, hoofdaanvrager Hoofd${GETOOND}`);
  });

  test('check text with colour: only cofin its own colour codes; the escape in the text is shown, not run', async () => {
    let out = '';
    const io: Io = { out: (t) => void (out += t), err: () => undefined, isTty: false, kleur: true };
    expect(await main(['check', bron], io)).toBe(0);
    const regel = out.split('\n').find((l) => l.includes('maatregel-zonder-kosten')) ?? '';
    expect(regel).toContain(`'Z${GETOOND}'`);
    expect(onveilig(KLEUREN.reduce((r, k) => r.split(k).join(''), regel))).toBe(false);
    expect(KLEUREN.some((k) => regel.includes(k))).toBe(true);
  });

  test('check json and csv keep the exact text', async () => {
    const j = JSON.parse((await cofin('check', '--format', 'json', bron)).out) as {
      bestanden: { kerncijfers: { hoofdaanvrager: string }; bevindingen: { melding: string }[] }[];
    };
    expect(j.bestanden[0]?.kerncijfers.hoofdaanvrager).toBe(`Hoofd${VIJANDIG}`);
    expect(j.bestanden[0]?.bevindingen.map((f) => f.melding)).toEqual([
      `maatregel 3: maatregel 'Z${VIJANDIG}' heeft geen kostenposten.`,
    ]);
    const rows = leesCsv((await cofin('check', '--format', 'csv', bron)).out);
    const kop = rows[0] ?? [];
    expect(rows[1]?.[kop.indexOf('melding')]).toBe(`maatregel 3: maatregel 'Z${VIJANDIG}' heeft geen kostenposten.`);
    expect(rows[1]?.[kop.indexOf('hoofdaanvrager')]).toBe(`Hoofd${VIJANDIG}`);
  });

  test('rapport: the finding on the maatregel on one line, escaped', async () => {
    const r = await cofin('rapport', bron, '--peildatum', '2017-12-31', '--out', join(dir, 'rapport.xlsx'));
    expect([r.code, r.err]).toEqual([0, '']);
    toontVeilig(r.out, 'kosten-boven-begroting', `maatregel A1${GETOOND}: gerealiseerde kosten € 999.999`);
  });

  test('eindverantwoording: the finding on the maatregel on one line, escaped', async () => {
    const r = await cofin('eindverantwoording', bron, '--out', join(dir, 'eind.xlsx'));
    expect([r.code, r.err]).toEqual([0, '']);
    toontVeilig(r.out, 'kosten-boven-begroting', `maatregel A1${GETOOND}: gerealiseerde kosten € 999.999`);
  });

  test.each([
    [['calc', 'MAX', `12${ARGUMENT}`, 'dwsra-2016'], `'12${ARGUMENT_GETOOND}' is geen bedrag`],
    [['calc', `MAX${ARGUMENT}`, '1'], `Onbekende functie 'MAX${ARGUMENT_GETOOND}'`],
    [['check', `--format${ARGUMENT}`, 'x.xlsx'], `onbekende optie '--format${ARGUMENT_GETOOND}'`],
    [['check', '--format', ARGUMENT, 'x.xlsx'], `niet '${ARGUMENT_GETOOND}'`],
    [['check', '--max-waarschuwingen', ARGUMENT, 'x.xlsx'], `niet '${ARGUMENT_GETOOND}'`],
    [[`check${ARGUMENT}`], `onbekende opdracht 'check${ARGUMENT_GETOOND}'`],
    [['template', '--regeling', ARGUMENT, '--out', 'x.xlsx'], `onbekende regeling '${ARGUMENT_GETOOND}'`],
    [
      ['template', '--regeling', 'dwsra-2016', '--out', 'x.xlsx', ARGUMENT],
      `onverwacht argument '${ARGUMENT_GETOOND}'`,
    ],
    [['rapport', 'x.xlsx', '--peildatum', ARGUMENT, '--out', 'y.xlsx'], `de peildatum '${ARGUMENT_GETOOND}'`],
  ])('an argument in a refusal is shown escaped: %j', async (argv, verwacht) => {
    const naarBron = argv.map((a) => (a === 'x.xlsx' && argv[0] === 'rapport' ? bron : a));
    const r = await cofin(...naarBron);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(verwacht);
    expect(r.err.split('\n').filter(onveilig)).toEqual([]);
  });
});
