/**
 * Files and folders that are not plain readable workbooks (issue 14, defects 1, 2, 8 and 11): unreadable files and
 * folders (run as an unprivileged user, since root reads everything), FIFOs and devices, a time budget per file,
 * links inside folders, folders with nothing to check, and control characters in printed names.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { templateModel, VOORBEELDEN } from '../../core';
import { toonTekst } from '../../cli/commands/shared';
import { metWorkers } from '../../cli/xlsx/pool';
import { binnenTijd } from '../../cli/xlsx/open';
import { LIMITS, type Limits } from '../../cli/xlsx/preflight';
import { leesBestand } from '../../cli/xlsx/read';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import type { BestandResultaat } from '../../cli/xlsx/controle';
import { cofin, tmp } from './helpers';

const BIN = resolve(__dirname, '../../cli/bin/cofin.js');
const BUILT_POOL = resolve(__dirname, '../../build/cli/xlsx/pool.js');
const STACK = /^\s+at .+\(.*:\d+:\d+\)$|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|Error):|interne fout/m;
const ROOT = process.getuid?.() === 0;
const GEEN_GEWOON = (soort: string) => `dit is geen gewoon bestand maar ${soort}; cofin leest alleen gewone bestanden.`;

interface JsonBestand {
  readonly bestand: string;
  readonly oordeel: string;
  readonly code?: string;
  readonly reden?: string;
}

let geldig: Buffer;
beforeAll(async () => {
  geldig = await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016']));
}, 60_000);

/** The built CLI, as the nobody user when the tests run as root (so permissions bite), else as this user. */
function cofinAlsGebruiker(args: readonly string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    ...(ROOT ? { uid: 65534, gid: 65534 } : {}),
  });
}

function jsonBestanden(out: string): JsonBestand[] {
  return (JSON.parse(out) as { bestanden: JsonBestand[] }).bestanden;
}

describe('an unreadable file or folder is one entry and the run goes on (defect 1)', () => {
  /** A tree the nobody user can walk, with a file and a folder nobody may read. */
  function boom(goede: number): string {
    const dir = tmp('cofin-rechten-');
    chmodSync(dir, 0o755);
    for (let i = 1; i <= goede; i += 1) writeFileSync(join(dir, `goed-${String(i)}.xlsx`), geldig, { mode: 0o644 });
    writeFileSync(join(dir, 'geheim.xlsx'), geldig, { mode: 0o644 });
    chmodSync(join(dir, 'geheim.xlsx'), 0o000);
    mkdirSync(join(dir, 'dicht'));
    writeFileSync(join(dir, 'dicht', 'binnen.xlsx'), geldig, { mode: 0o644 });
    chmodSync(join(dir, 'dicht'), 0o000);
    mkdirSync(join(dir, 'open'), { mode: 0o755 });
    writeFileSync(join(dir, 'open', 'ook-goed.xlsx'), geldig, { mode: 0o644 });
    return dir;
  }

  beforeAll(() => {
    expect(existsSync(BUILT_POOL)).toBe(true); // npm run build:cli first
  });

  test.each([
    ['one at a time', 1],
    ['in the worker pool', 4],
  ])(
    '%s: exit 2, one line each, the readable files still checked',
    (_, goede) => {
      const dir = boom(goede);
      const r = cofinAlsGebruiker(['check', dir]);
      expect(r.status).toBe(2);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
      const regels = r.stdout.split('\n');
      expect(regels.filter((l) => l.startsWith(`${join(dir, 'dicht')}: `))).toEqual([
        `${join(dir, 'dicht')}: niet te lezen: geen leesrechten op de map.`,
      ]);
      expect(regels.filter((l) => l.startsWith(`${join(dir, 'geheim.xlsx')}: `))).toEqual([
        `${join(dir, 'geheim.xlsx')}: niet te lezen: geen leesrechten op het bestand.`,
      ]);
      for (let i = 1; i <= goede; i += 1)
        expect(regels).toContain(
          `${join(dir, `goed-${String(i)}.xlsx`)}: voldoet (0 fouten, 0 waarschuwingen, 0 info)`,
        );
      expect(regels).toContain(`${join(dir, 'open', 'ook-goed.xlsx')}: voldoet (0 fouten, 0 waarschuwingen, 0 info)`);
      expect(regels).toContain(
        `${String(goede + 3)} bestanden: ${String(goede + 1)} voldoet, 0 voldoet niet, 2 niet te lezen`,
      );

      const json = cofinAlsGebruiker(['check', '--format', 'json', dir]);
      expect(json.status).toBe(2);
      const bestanden = jsonBestanden(json.stdout);
      expect(bestanden.filter((b) => b.oordeel === 'onleesbaar').map((b) => [b.bestand, b.code])).toEqual([
        [join(dir, 'dicht'), 'map-geen-leesrechten'],
        [join(dir, 'geheim.xlsx'), 'bestand-geen-leesrechten'],
      ]);
      expect(json.stderr).toBe(
        `cofin check: ${join(dir, 'dicht')}: niet te lezen: geen leesrechten op de map.\n` +
          `cofin check: ${join(dir, 'geheim.xlsx')}: niet te lezen: geen leesrechten op het bestand.\n`,
      );

      const csv = cofinAlsGebruiker(['check', '--format', 'csv', dir]);
      expect(csv.status).toBe(2);
      expect(csv.stdout).toContain(`"${join(dir, 'dicht')}";"onleesbaar";"";"";"map-geen-leesrechten";"fout";`);
    },
    120_000,
  );

  test('a named folder that cannot be listed is an entry, not an internal error', () => {
    const dir = boom(1);
    const r = cofinAlsGebruiker(['check', join(dir, 'dicht'), join(dir, 'goed-1.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stdout.split('\n')[0]).toBe(`${join(dir, 'dicht')}: niet te lezen: geen leesrechten op de map.`);
    expect(r.stdout).toContain(`${join(dir, 'goed-1.xlsx')}: voldoet (`);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
  }, 60_000);
});

describe('a FIFO, socket or device is refused up front, never waited on (defect 2)', () => {
  const dir = tmp('cofin-fifo-');
  const fifo = join(dir, 'pijp.xlsx');
  const apparaat = join(dir, 'nul.xlsx');
  beforeAll(() => {
    execFileSync('mkfifo', [fifo]);
    symlinkSync('/dev/zero', apparaat);
  });

  test('check, in this process: exit 2 with the kind named', async () => {
    const r = await cofin('check', fifo, apparaat);
    expect(r.code).toBe(2);
    expect(r.out.split('\n').filter((l) => l.includes(': niet te lezen: '))).toEqual([
      `${fifo}: niet te lezen: ${GEEN_GEWOON('een named pipe (FIFO)')}`,
      `${apparaat}: niet te lezen: ${GEEN_GEWOON('een apparaatbestand (tekenapparaat)')}`,
    ]);
  });

  test('check, the built CLI: exit 2 within seconds', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', fifo], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(jsonBestanden(r.stdout).map((b) => b.code)).toEqual(['bestand-geen-gewoon-bestand']);
  }, 60_000);

  test.each([
    ['rapport', ['--peildatum', '2018-01-31']],
    ['eindverantwoording', []],
  ])('cofin %s reads through the same guard', async (opdracht, extra) => {
    const r = await cofin(opdracht, fifo, ...extra, '--out', join(dir, `${opdracht}.xlsx`));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`cofin ${opdracht}: ${fifo}: niet te lezen: ${GEEN_GEWOON('een named pipe (FIFO)')}\n`);
    expect(existsSync(join(dir, `${opdracht}.xlsx`))).toBe(false);
  });

  test('a socket is named as one', async () => {
    const { createServer } = await import('node:net');
    const pad = join(dir, 'stopcontact.xlsx');
    const server = createServer();
    await new Promise<void>((klaar) => server.listen(pad, klaar));
    try {
      const r = await leesBestand(pad);
      expect(r.ok ? '' : r.reden).toBe(GEEN_GEWOON('een socket'));
    } finally {
      server.close();
    }
  });
});

describe('each file has a time budget of its own (defect 2)', () => {
  test('past the budget a read is one bestand-te-traag refusal with the seconds in Dutch', async () => {
    const limits = { ...LIMITS, secondenPerBestand: 0.05 };
    const r = await binnenTijd(limits, () => new Promise<never>(() => undefined));
    expect(r).toMatchObject({
      ok: false,
      finding: { code: 'bestand-te-traag', severity: 'fout' },
      reden:
        'het lezen duurde langer dan 0,05 seconden, de tijd die cofin een bestand geeft; het is niet gecontroleerd.',
    });
  });

  test('within the budget the work itself is the answer', async () => {
    expect(await binnenTijd({ ...LIMITS }, () => Promise.resolve(7))).toBe(7);
  });

  test('the pool terminates a worker stuck in a synchronous loop, replaces it, and the other files go on', async () => {
    const dir = tmp('cofin-werker-');
    const werker = join(dir, 'werker.js');
    writeFileSync(
      werker,
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (t) => {
  if (t.bestand === 'hangt') for (;;) {}
  if (t.bestand === 'valt') throw new Error('kapot');
  parentPort.postMessage({ id: t.id, resultaat: t.bestand.length });
});
`,
    );
    const start = Date.now();
    const r = await metWorkers<number>(werker, ['a', 'hangt', 'bb', 'valt', 'ccc', 'dddd'], 'x', undefined, 2, {
      seconden: 1,
      teTraag: () => -1,
      fout: () => -2,
    });
    expect(r).toEqual([1, -1, 2, -2, 3, 4]);
    expect(Date.now() - start).toBeLessThan(20_000);
  }, 30_000);

  test('cofin check in the worker pool: every file over a tiny budget is an entry, and the run ends', async () => {
    const { metPool } = (await import(BUILT_POOL)) as {
      metPool: (b: readonly string[], v?: unknown, t?: number, l?: Limits) => Promise<BestandResultaat[]>;
    };
    const dir = tmp('cofin-budget-');
    const files = [1, 2, 3, 4].map((i) => join(dir, `b${String(i)}.xlsx`));
    for (const f of files) writeFileSync(f, geldig);
    const r = await metPool(files, undefined, 2, { ...LIMITS, secondenPerBestand: 0.001 });
    expect(r.map((x) => [x.bestand, x.gelezen ? 'gelezen' : x.finding.code])).toEqual(
      files.map((f) => [f, 'bestand-te-traag']),
    );
  }, 60_000);
});

describe('links and folders with nothing to check are named, not skipped in silence (defect 8)', () => {
  const dir = tmp('cofin-links-');
  const goed = join(dir, 'goed.xlsx');
  const elders = tmp('cofin-elders-');
  beforeAll(() => {
    writeFileSync(goed, geldig);
    writeFileSync(join(elders, 'plan.xlsx'), geldig);
    symlinkSync(join(elders, 'plan.xlsx'), join(dir, 'naar-elders.xlsx'));
    symlinkSync('weg.xlsx', join(dir, 'dood.xlsx'));
    symlinkSync('lus.xlsx', join(dir, 'lus.xlsx'));
    symlinkSync(elders, join(dir, 'map-elders'));
    symlinkSync('..', join(dir, 'omhoog'));
    symlinkSync('goed.xlsx', join(dir, 'notitie.txt'));
    mkdirSync(join(dir, 'leeg.xlsx'));
    execFileSync('mkfifo', [join(dir, 'pijp.xlsx')]);
  });
  const overgeslagen = (naar: string) =>
    `overgeslagen: een symbolische koppeling naar ${naar}; cofin volgt in een map geen koppelingen (noem het doel zelf om het te controleren).`;

  test('text: one line each, the real file checked, exit 2', async () => {
    const r = await cofin('check', dir);
    expect(r.code).toBe(2);
    expect(r.out.split('\n').filter((l) => l !== '' && !l.startsWith('  '))).toEqual([
      `${join(dir, 'dood.xlsx')}: niet te lezen: ${overgeslagen('niets (het doel bestaat niet)')}`,
      `${goed}: voldoet (0 fouten, 0 waarschuwingen, 0 info)`,
      `${join(dir, 'leeg.xlsx')}: niet te lezen: dit is een map, geen bestand.`,
      `${join(dir, 'lus.xlsx')}: niet te lezen: ${overgeslagen('zichzelf (een kring)')}`,
      `${join(dir, 'map-elders')}: niet te lezen: ${overgeslagen('een map')}`,
      `${join(dir, 'naar-elders.xlsx')}: niet te lezen: ${overgeslagen('een bestand')}`,
      `${join(dir, 'omhoog')}: niet te lezen: ${overgeslagen('een map')}`,
      `${join(dir, 'pijp.xlsx')}: niet te lezen: ${GEEN_GEWOON('een named pipe (FIFO)')}`,
      '8 bestanden: 1 voldoet, 0 voldoet niet, 7 niet te lezen',
    ]);
  });

  test('json, csv and xlsx carry the same entries with their codes', async () => {
    const json = await cofin('check', '--format', 'json', dir);
    expect(json.code).toBe(2);
    expect(jsonBestanden(json.out).map((b) => [b.bestand.slice(dir.length + 1), b.code ?? b.oordeel])).toEqual([
      ['dood.xlsx', 'koppeling-niet-gevolgd'],
      ['goed.xlsx', 'voldoet'],
      ['leeg.xlsx', 'bestand-is-map'],
      ['lus.xlsx', 'koppeling-niet-gevolgd'],
      ['map-elders', 'koppeling-niet-gevolgd'],
      ['naar-elders.xlsx', 'koppeling-niet-gevolgd'],
      ['omhoog', 'koppeling-niet-gevolgd'],
      ['pijp.xlsx', 'bestand-geen-gewoon-bestand'],
    ]);
    const csv = await cofin('check', '--format', 'csv', dir);
    expect(csv.out).toContain(
      `"${join(dir, 'lus.xlsx')}";"onleesbaar";"";"";"koppeling-niet-gevolgd";"fout";"${overgeslagen('zichzelf (een kring)')}"`,
    );
    const out = join(tmp('cofin-uit-'), 'overzicht.xlsx');
    expect((await cofin('check', '--format', 'xlsx', '--out', out, dir)).code).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const teksten: string[] = [];
    wb.eachSheet((ws) => {
      ws.eachRow((row) => {
        row.eachCell((c) => {
          teksten.push(c.text);
        });
      });
    });
    expect(teksten).toContain(join(dir, 'omhoog'));
    expect(teksten).toContain('koppeling-niet-gevolgd');
  });

  test('a folder with only links checked nothing: exit 2, the folder named first, then each link', async () => {
    const alleen = tmp('cofin-alleen-');
    symlinkSync(goed, join(alleen, 'a.xlsx'));
    symlinkSync('weg.xlsx', join(alleen, 'b.xlsx'));
    const r = await cofin('check', alleen);
    expect(r.code).toBe(2);
    expect(r.out.split('\n').slice(0, 5)).toEqual([
      `${alleen}: niet te lezen: map zonder werkmappen die cofin kan controleren (2 overgeslagen, zie hieronder).`,
      '',
      `${join(alleen, 'a.xlsx')}: niet te lezen: ${overgeslagen('een bestand')}`,
      '',
      `${join(alleen, 'b.xlsx')}: niet te lezen: ${overgeslagen('niets (het doel bestaat niet)')}`,
    ]);
  });

  test('a directory named x.xlsx, named itself, is not 0 bestanden and exit 0', async () => {
    const r = await cofin('check', join(dir, 'leeg.xlsx'));
    expect(r.code).toBe(2);
    expect(r.out.split('\n')[0]).toBe(`${join(dir, 'leeg.xlsx')}: niet te lezen: dit is een map, geen bestand.`);
  });

  test('a link named on the command line is followed', async () => {
    const r = await cofin('check', join(dir, 'naar-elders.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${join(dir, 'naar-elders.xlsx')}: voldoet (`);
  });

  test('a link to a folder named on the command line is walked, and its links there are not followed', async () => {
    const r = await cofin('check', join(dir, 'map-elders'));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${join(dir, 'map-elders', 'plan.xlsx')}: voldoet (`);
  });

  test('dangling and looping links named on the command line say so', async () => {
    const r = await cofin('check', join(dir, 'dood.xlsx'), join(dir, 'lus.xlsx'));
    expect(r.code).toBe(2);
    expect(r.out.split('\n').filter((l) => l.includes('niet te lezen:'))).toEqual([
      `${join(dir, 'dood.xlsx')}: niet te lezen: dit is een symbolische koppeling naar een bestand dat niet bestaat.`,
      `${join(dir, 'lus.xlsx')}: niet te lezen: dit is een symbolische koppeling die in een kring naar zichzelf verwijst.`,
    ]);
  });
});

describe('control characters in printed names are escaped (defect 11)', () => {
  test.each([
    ['regel\neinde.xlsx', 'regel\\neinde.xlsx'],
    ['tab\there.xlsx', 'tab\\there.xlsx'],
    ['cr\r.xlsx', 'cr\\r.xlsx'],
    ['kleur\x1b[31m.xlsx', 'kleur\\x1b[31m.xlsx'],
    ['nul\x00.xlsx', 'nul\\x00.xlsx'],
    ['del\x7f.xlsx', 'del\\x7f.xlsx'],
    ['c1\x9b.xlsx', 'c1\\x9b.xlsx'],
    ['omkering-\u202Eslx.xlsx', 'omkering-\\u202eslx.xlsx'],
    ['isolaat-\u2066x\u2069.xlsx', 'isolaat-\\u2066x\\u2069.xlsx'],
    ['scheiding\u2028.xlsx', 'scheiding\\u2028.xlsx'],
    ['C:\\Users\\nieuw\\plan.xlsx', 'C:\\Users\\nieuw\\plan.xlsx'],
    ['Begroting €, één.xlsx', 'Begroting €, één.xlsx'],
  ])('toonTekst(%j) is %j', (naam, getoond) => {
    expect(toonTekst(naam)).toBe(getoond);
  });

  const dir = tmp('cofin-namen-');
  const naam = join(dir, 'regel\neinde.xlsx');
  const omgekeerd = join(dir, 'omkering-\u202Eslx.xlsx');
  beforeAll(() => {
    writeFileSync(naam, geldig);
    writeFileSync(omgekeerd, geldig);
    copyFileSync(naam, join(dir, 'gewoon.xlsx'));
  });

  test('check, text: one line per file, the name escaped', async () => {
    const r = await cofin('check', dir);
    expect(r.code).toBe(0);
    const koppen = r.out.split('\n').filter((l) => l !== '' && !l.startsWith('  '));
    expect(koppen).toEqual([
      `${join(dir, 'gewoon.xlsx')}: voldoet (0 fouten, 0 waarschuwingen, 0 info)`,
      `${join(dir, 'omkering-\\u202eslx.xlsx')}: voldoet (0 fouten, 0 waarschuwingen, 0 info)`,
      `${join(dir, 'regel\\neinde.xlsx')}: voldoet (0 fouten, 0 waarschuwingen, 0 info)`,
      '3 bestanden: 3 voldoet, 0 voldoet niet, 0 niet te lezen',
    ]);
    expect(r.out).not.toContain('\u202E');
  });

  test('check, json keeps the exact name', async () => {
    const r = await cofin('check', '--format', 'json', naam);
    expect(jsonBestanden(r.out).map((b) => b.bestand)).toEqual([naam]);
  });

  test('messages on standard error escape the name too', async () => {
    const weg = join(dir, 'weg\n.xlsx');
    const r = await cofin('check', '--format', 'json', weg);
    expect(r.err).toBe(`cofin check: ${join(dir, 'weg\\n.xlsx')}: niet te lezen: het bestand bestaat niet.\n`);
    const rapport = await cofin('rapport', weg, '--peildatum', '2018-01-31', '--out', join(dir, 'r.xlsx'));
    expect(rapport.err).toBe(`cofin rapport: ${join(dir, 'weg\\n.xlsx')}: niet te lezen: het bestand bestaat niet.\n`);
    const uit = join(dir, 'uit\u202E.xlsx');
    const eind = await cofin('eindverantwoording', naam, '--out', uit);
    expect(eind.out.split('\n')[0]).toBe(`${join(dir, 'uit\\u202e.xlsx')}: einddeclaratie geschreven.`);
  });
});
