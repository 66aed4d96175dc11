/**
 * The command-line conventions people expect: --version, -h/--help on every subcommand with its options and an
 * example, unknown options refused (exit 2) with "bedoelde u ...?", colour only on a terminal, --stil and
 * --max-waarschuwingen, an empty folder refused, .xlsm in a folder as when named.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { templateModel, VOORBEELDEN, type BegrotingInput } from '../../core';
import type { Io } from '../../cli/io';
import { kleurAan } from '../../cli/io';
import { main } from '../../cli/main';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { cofin, tmp } from './helpers';

const BIN = resolve(__dirname, '../../cli/bin/cofin.js');
const versie = (JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string })
  .version;
const dwsra = VOORBEELDEN['dwsra-2016'];
const ESC = '\x1b[';

async function schrijf(path: string, b: BegrotingInput): Promise<void> {
  writeFileSync(path, await modelNaarBuffer(templateModel('dwsra-2016', b)));
}

/** The DWSRA example with a second cost line of vouchers above EUR 2,500 a person: 2 waarschuwingen, voldoet. */
const voucher: BegrotingInput = {
  ...dwsra,
  kostenposten: [
    dwsra.kostenposten[0] as BegrotingInput['kostenposten'][number],
    {
      maatregel: 'A2',
      soort: 'scholingsvoucher',
      omschrijving: 'Vouchers omscholing',
      bedrag: '100000',
      personen: 30,
      baangarantieMaanden: 3,
    },
  ],
};

async function metKleur(...argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), isTty: false, kleur: true };
  const code = await main(argv, io);
  return { code, out, err };
}

const dir = tmp('cofin-conv-');
const goed = join(dir, 'goed.xlsx');
const fout = join(dir, 'fout.xlsx');
const waarsch = join(dir, 'voucher.xlsx');
beforeAll(async () => {
  await schrijf(goed, dwsra);
  await schrijf(waarsch, voucher);
  await schrijf(fout, dwsra);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fout);
  const kosten = wb.getWorksheet('Kosten');
  if (!kosten) throw new Error('template mist het blad Kosten');
  kosten.getCell('D5').value = 'veel';
  await wb.xlsx.writeFile(fout);
}, 60_000);

describe('--version and --help', () => {
  test.each([['--version'], ['-v']])('cofin %s prints the version of package.json', async (flag) => {
    expect(await cofin(flag)).toEqual({ code: 0, out: `cofin ${versie}\n`, err: '' });
  });

  test('cofin --help names the version, the commands and the options', async () => {
    const r = await cofin('--help');
    expect(r.code).toBe(0);
    for (const s of [
      `cofin ${versie}`,
      '  calc ',
      '  check ',
      '  template ',
      '  rapport ',
      '  eindverantwoording ',
      '--version',
      '--help',
    ])
      expect(r.out).toContain(s);
  });

  const OPTIES: Record<string, string[]> = {
    check: [
      '--format text|json|csv|xlsx',
      '--out BESTAND',
      '--force',
      '--overzicht',
      '--stil',
      '--max-waarschuwingen N',
      '-h, --help',
    ],
    eindverantwoording: ['--out EINDDECLARATIE.xlsx', '--force', '-h, --help'],
    template: ['--regeling ID', '--out BESTAND.xlsx', '--voorbeeld', '--force', '-h, --help'],
    rapport: ['--peildatum DATUM', '--out RAPPORT.xlsx', '--force', '-h, --help'],
    calc: ['--list', '-h, --help'],
  };
  test.each(Object.keys(OPTIES).flatMap((c) => [[c, '-h'] as const, [c, '--help'] as const]))(
    'cofin %s %s: usage, every option and an example, exit 0',
    async (opdracht, flag) => {
      const r = await cofin(opdracht, flag);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out.startsWith(`Gebruik: cofin ${opdracht} `)).toBe(true);
      expect(r.out).toContain('\nOpties:\n');
      for (const o of OPTIES[opdracht] ?? [])
        expect(r.out).toMatch(new RegExp(`^ {2}.*${o.replace(/\|/g, '\\|')} `, 'm'));
      expect(r.out).toMatch(new RegExp(`^Voorbeeld(en)?:\\n {2}cofin ${opdracht} `, 'm'));
    },
  );

  test('cofin help check is cofin check --help', async () => {
    expect(await cofin('help', 'check')).toEqual(await cofin('check', '--help'));
  });

  test('cofin calc --help lists every function with its arguments', async () => {
    const r = await cofin('calc', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('\nFuncties:\n');
    for (const naam of ['MAX', 'OVERSCHRIJDING', 'INDIRECT', 'REALISATIE', 'EINDDATUM', 'SCHOLINGSVOUCHER'])
      expect(r.out).toMatch(new RegExp(`^${naam} `, 'm'));
    expect(r.out).toContain((await cofin('calc', '--list')).out);
  });

  test('a negative number after the function name is still an argument, not an option', async () => {
    const r = await cofin('calc', 'MAX', '-5', 'dwsra-2016');
    expect(r).toEqual({ code: 1, out: '', err: 'cofin calc MAX: kosten mag niet negatief zijn (-5).\n' });
  });
});

describe('unknown options and commands: exit 2, one Dutch line, a suggestion where one is close', () => {
  test.each([
    [['check', '-x', 'a.xlsx'], "cofin check: onbekende optie '-x'.\n'cofin check --help' toont de opties.\n"],
    [
      ['check', '--formaat', 'json', 'a.xlsx'],
      "cofin check: onbekende optie '--formaat'. Bedoelde u '--format'?\n'cofin check --help' toont de opties.\n",
    ],
    [
      ['check', '--max-waarschuwing=3', 'a.xlsx'],
      "cofin check: onbekende optie '--max-waarschuwing'. Bedoelde u '--max-waarschuwingen'?\n'cofin check --help' toont de opties.\n",
    ],
    [
      ['check', '--stil=ja', 'a.xlsx'],
      "cofin check: --stil neemt geen waarde.\n'cofin check --help' toont de opties.\n",
    ],
    [
      ['template', '-force', '--regeling', 'dwsra-2016', '--out', 'x.xlsx'],
      "cofin template: onbekende optie '-force'. Bedoelde u '--force'?\n'cofin template --help' toont de opties.\n",
    ],
    [
      ['rapport', 'b.xlsx', '--peildtum', '2018-01-31'],
      "cofin rapport: onbekende optie '--peildtum'. Bedoelde u '--peildatum'?\n'cofin rapport --help' toont de opties.\n",
    ],
    [
      ['calc', '--lijst'],
      "cofin calc: onbekende optie '--lijst'. Bedoelde u '--list'?\n'cofin calc --help' toont de opties.\n",
    ],
    [
      ['calc', 'MAXX', '1000', 'dwsra-2016'],
      "cofin calc MAXX: Onbekende functie 'MAXX'; 'cofin calc --list' toont de functies. Bedoelde u 'MAX'?\n",
    ],
    [['chek', 'a.xlsx'], "cofin: onbekende opdracht 'chek'. Bedoelde u 'check'? 'cofin --help' toont de opdrachten.\n"],
    [['rapprt'], "cofin: onbekende opdracht 'rapprt'. Bedoelde u 'rapport'? 'cofin --help' toont de opdrachten.\n"],
    [['--versie'], "cofin: onbekende optie '--versie'. Bedoelde u '--version'? 'cofin --help' toont de opdrachten.\n"],
    [
      ['check', '--max-waarschuwingen', 'veel', 'a.xlsx'],
      "cofin check: --max-waarschuwingen verwacht een geheel getal van 0 of meer, niet 'veel'.\n",
    ],
  ])('cofin %j', async (argv, err) => {
    expect(await cofin(...argv)).toEqual({ code: 2, out: '', err });
  });

  test('-h is the help, never a file that cannot be read', async () => {
    const r = await cofin('check', '-h');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('-h: niet te lezen');
    expect(r.out).toContain('Gebruik: cofin check ');
  });

  test('after -- a name that starts with a dash is a file', async () => {
    const r = await cofin('check', '--', '-h');
    expect(r.code).toBe(2);
    expect(r.out.split('\n')[0]).toMatch(/^-h: niet te lezen: /);
  });
});

describe('colour on a terminal only', () => {
  test.each([
    [{}, true, true],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ TERM: 'dumb' }, true, false],
    [{}, false, false],
  ])('kleurAan(%j, tty %s) is %s', (env, tty, verwacht) => {
    expect(kleurAan(env, tty)).toBe(verwacht);
  });

  test('with colour: the verdicts green and red, the code of a fout red', async () => {
    const r = await metKleur('check', goed, fout);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${goed}: ${ESC}32mvoldoet${ESC}0m (`);
    expect(r.out).toContain(`${fout}: ${ESC}31mvoldoet niet${ESC}0m (`);
    expect(r.out).toContain(`\n  Kosten!D5  ${ESC}31margument-geen-bedrag${ESC}0m  `);
  });

  test('with colour but --format json or --out: no escape codes', async () => {
    const json = await metKleur('check', '--format', 'json', goed);
    expect(json.out).not.toContain(ESC);
    const uit = join(tmp('cofin-conv-uit-'), 'verslag.txt');
    await metKleur('check', '--out', uit, goed);
    expect(readFileSync(uit, 'utf8')).not.toContain(ESC);
  });

  const bin = (env: NodeJS.ProcessEnv, ...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

  test('the built command, piped: no escape codes', () => {
    const r = bin({ NO_COLOR: '' }, 'check', goed);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${goed}: voldoet (`);
    expect(r.stdout).not.toContain(ESC);
  });

  // `script` (util-linux) runs the command on a pseudo-terminal, as in a user's shell.
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  (script ? test : test.skip)('the built command on a terminal: colour, and none with NO_COLOR=1', () => {
    const opTerminal = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" check "${goed}"`, '/dev/null'], {
        encoding: 'utf8',
        env: { ...process.env, TERM: 'xterm', ...env },
      }).stdout;
    expect(opTerminal({ NO_COLOR: '' })).toContain(`${ESC}32mvoldoet${ESC}0m`);
    const zonder = opTerminal({ NO_COLOR: '1' });
    expect(zonder).toContain(`${goed}: voldoet (`);
    expect(zonder).not.toContain(ESC);
  });
});

describe('--stil and --max-waarschuwingen', () => {
  test('--stil shows only the file with fouten; the summary still counts all three', async () => {
    const r = await cofin('check', '--stil', goed, waarsch, fout);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain(`${goed}:`);
    expect(r.out).not.toContain(`${waarsch}:`);
    expect(r.out.split('\n')[0]).toMatch(/: voldoet niet \(1 fout, 0 waarschuwingen, /);
    expect(r.out.startsWith(`${fout}: `)).toBe(true);
    expect(r.out.trim().split('\n').at(-1)).toBe('3 bestanden: 2 voldoet, 1 voldoet niet, 0 niet te lezen');
  });

  test('--stil with --format json lists only the file with fouten', async () => {
    const r = await cofin('check', '--stil', '--format', 'json', goed, fout);
    const json = JSON.parse(r.out) as { bestanden: { bestand: string }[] };
    expect(json.bestanden.map((b) => b.bestand)).toEqual([fout]);
  });

  test('--stil with only files that voldoen: just the summary, exit 0', async () => {
    const r = await cofin('check', '--stil', goed);
    expect(r).toEqual({ code: 0, out: '1 bestand: 1 voldoet, 0 voldoet niet, 0 niet te lezen\n', err: '' });
  });

  test.each([
    ['2', 0, ''],
    ['1', 1, 'cofin check: 2 waarschuwingen, meer dan --max-waarschuwingen 1.\n'],
    ['0', 1, 'cofin check: 2 waarschuwingen, meer dan --max-waarschuwingen 0.\n'],
  ])('--max-waarschuwingen %s over a file with 2 waarschuwingen: exit %i', async (n, code, err) => {
    const r = await cofin('check', '--max-waarschuwingen', n, goed, waarsch);
    expect(r.code).toBe(code);
    expect(r.err).toBe(err);
    expect(r.out).toContain(`${waarsch}: voldoet (0 fouten, 2 waarschuwingen, 0 info)`);
  });

  test('fouten still exit 1 with --max-waarschuwingen, without the waarschuwingen line', async () => {
    const r = await cofin('check', `--max-waarschuwingen=0`, fout);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
  });
});

describe('folders', () => {
  test('a folder with no workbooks is an error with a message, not success', async () => {
    const leeg = tmp('cofin-leeg-');
    mkdirSync(join(leeg, 'sub'));
    writeFileSync(join(leeg, 'sub', 'notitie.txt'), 'geen begroting');
    writeFileSync(join(leeg, '~$open.xlsx'), 'Excel-vergrendeling');
    expect(await cofin('check', leeg)).toEqual({
      code: 2,
      out: `${leeg}: niet te lezen: map zonder werkmappen (.xlsx of .xlsm).\n\n1 bestand: 0 voldoet, 0 voldoet niet, 1 niet te lezen\n`,
      err: `cofin check: ${leeg}: map zonder werkmappen (.xlsx of .xlsm).\n`,
    });
  });

  test('an empty folder beside a good file: the file is checked, the folder named, exit 2', async () => {
    const leeg = tmp('cofin-leeg-');
    const r = await cofin('check', leeg, goed);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`cofin check: ${leeg}: map zonder werkmappen (.xlsx of .xlsm).\n`);
    expect(r.out).toContain(`${goed}: voldoet (`);
  });

  test('.xlsm in a folder is checked as when it is named', async () => {
    const map = tmp('cofin-xlsm-');
    const xlsm = join(map, 'Begroting.XLSM');
    copyFileSync(fout, xlsm);
    copyFileSync(goed, join(map, 'goed.xlsx'));
    const inMap = await cofin('check', map);
    const genoemd = await cofin('check', xlsm);
    expect(genoemd.out.startsWith(`${xlsm}: voldoet niet (1 fout, 0 waarschuwingen, `)).toBe(true);
    expect(inMap.code).toBe(1);
    expect(inMap.out).toContain(genoemd.out.split('\n\n')[0] ?? '');
    expect(inMap.out.trim().split('\n').at(-1)).toBe('2 bestanden: 1 voldoet, 1 voldoet niet, 0 niet te lezen');
  });
});
