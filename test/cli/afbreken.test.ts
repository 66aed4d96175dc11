/**
 * `cofin rapport` killed mid-write (SIGKILL, which no handler can catch): the built command line on a large
 * begroting, killed at several moments of its run and at the moment its temporary file appears. Afterwards the
 * target is absent or a complete, valid workbook, never partial; an existing target is its old bytes or the whole
 * new file; what a killed write leaves is a recognisable temporary file, removed by the next write to that target.
 * Needs `npm run build:cli` first (npm test and test:unit do that).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, unlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { VOORBEELDEN, templateModel, type BegrotingInput } from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { tmp } from './helpers';

const CLI = join(__dirname, '../../cli/bin/cofin.js');
const GEBOUWD = join(__dirname, '../../build/cli/main.js');
const dir = tmp('cofin-afbreken-');
const TIJDELIJK = /^\.rapport\.xlsx\.cofin-\d+-[0-9a-f]{8}\.tmp$/;
const BLADEN = ['Samenvatting', 'Voortgang', 'Signalen', 'Toelichting rapportage'];
const MAATREGELEN = 600;

/** A begroting of `MAATREGELEN` maatregelen, each with a kostenpost and a realisatie line. */
function groot(): BegrotingInput {
  const dw = VOORBEELDEN['dwsra-2016'];
  const m0 = dw.maatregelen[0];
  if (!m0) throw new Error('voorbeeld zonder maatregel');
  const codes = Array.from({ length: MAATREGELEN }, (_, i) => `A${i + 1}`);
  return {
    ...dw,
    maatregelen: codes.map((code, i) => ({ ...m0, code, naam: `Maatregel ${i + 1}`, beoogdeDeelnemers: 10 })),
    kostenposten: codes.map((maatregel) => ({ maatregel, soort: 'extern', omschrijving: 'Kosten', bedrag: '100' })),
    realisatie: codes.map((maatregel) => ({ maatregel, gerealiseerdeDeelnemers: 4, gerealiseerdeKosten: '40' })),
  };
}

/** Whether `file` is a complete workbook as cofin writes the report: a whole zip with all four sheets. */
async function compleet(file: string): Promise<boolean> {
  const buf = readFileSync(file);
  await JSZip.loadAsync(buf);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return (
    JSON.stringify(wb.worksheets.map((w) => w.name)) === JSON.stringify(BLADEN) &&
    wb.getWorksheet('Voortgang')?.getCell(3 + MAATREGELEN, 1).value === `A${MAATREGELEN}`
  );
}

interface Afloop {
  readonly gedood: boolean;
  readonly code: number | null;
}

/** Runs `cofin rapport` into `out`, killed with SIGKILL after `na` ms, or as soon as its temporary file appears. */
function draai(bron: string, out: string, na: number | 'tijdelijk', force: boolean): Promise<Afloop> {
  return new Promise((klaar) => {
    const args = [CLI, 'rapport', bron, '--peildatum', '2017-12-31', '--out', out, ...(force ? ['--force'] : [])];
    const kind = spawn(process.execPath, args, { stdio: 'ignore' });
    let gedood = false;
    const dood = () => {
      if (kind.exitCode === null && !gedood) gedood = kind.kill('SIGKILL');
    };
    const wachter = na === 'tijdelijk' ? watch(dir, (_, name) => name && TIJDELIJK.test(name) && dood()) : undefined;
    const klok = typeof na === 'number' ? setTimeout(dood, na) : undefined;
    kind.on('exit', (code) => {
      wachter?.close();
      if (klok) clearTimeout(klok);
      klaar({ gedood, code });
    });
  });
}

const resten = () => readdirSync(dir).filter((n) => n.startsWith('.'));

describe('cofin rapport killed mid-write', () => {
  let bron: string;
  let duur: number;
  beforeAll(async () => {
    if (!existsSync(GEBOUWD)) throw new Error('build/cli ontbreekt: voer eerst "npm run build:cli" uit');
    bron = join(dir, 'groot.xlsx');
    writeFileSync(bron, await modelNaarBuffer(templateModel('dwsra-2016', groot())));
    // One complete run gives the length of a run on this machine; the kills fall across it.
    const start = Date.now();
    const r = spawnSync(process.execPath, [
      CLI,
      'rapport',
      bron,
      '--peildatum',
      '2017-12-31',
      '--out',
      join(dir, 'heel.xlsx'),
    ]);
    duur = Date.now() - start;
    if (r.status !== 0) throw new Error(`cofin rapport faalde: ${r.stderr.toString()}`);
  }, 180_000);

  test('a complete run writes a complete workbook', async () => {
    expect(await compleet(join(dir, 'heel.xlsx'))).toBe(true);
  });

  const MOMENTEN: readonly (number | 'tijdelijk')[] = [0.2, 0.5, 0.8, 0.95, 'tijdelijk', 'tijdelijk'];

  test('without a target: afterwards none, or a complete workbook; never a partial file', async () => {
    const out = join(dir, 'rapport.xlsx');
    const afloop: string[] = [];
    for (const m of MOMENTEN) {
      if (existsSync(out)) unlinkSync(out);
      const a = await draai(bron, out, m === 'tijdelijk' ? m : Math.round(m * duur), false);
      const doel = existsSync(out) ? ((await compleet(out)) ? 'compleet' : 'DEELS') : 'afwezig';
      afloop.push(`${String(m)}: ${a.gedood ? 'gedood' : `klaar (${String(a.code)})`}, doel ${doel}`);
      expect(doel).not.toBe('DEELS');
      if (!a.gedood) expect(doel).toBe('compleet');
    }
    // At least some kills landed before the end of the run (else the moments prove nothing).
    expect(afloop.filter((a) => a.includes('gedood')).length).toBeGreaterThanOrEqual(3);
    // A killed write leaves at most its own temporary file, hidden and named after the target and cofin.
    expect(resten().filter((n) => !TIJDELIJK.test(n))).toEqual([]);
  }, 300_000);

  test('over an existing target (--force): its old bytes, or the complete new workbook', async () => {
    const out = join(dir, 'rapport.xlsx');
    const oud = readFileSync(join(dir, 'heel.xlsx'));
    const uitkomsten = new Set<string>();
    for (const m of MOMENTEN) {
      writeFileSync(out, oud);
      const a = await draai(bron, out, m === 'tijdelijk' ? m : Math.round(m * duur), true);
      const nu = readFileSync(out);
      const staat = nu.equals(oud) ? 'oud' : (await compleet(out)) ? 'nieuw' : 'DEELS';
      uitkomsten.add(staat);
      expect(staat).not.toBe('DEELS');
      if (!a.gedood) expect(staat).toBe('nieuw');
    }
    expect(uitkomsten.has('oud')).toBe(true);
  }, 300_000);

  test('the next write to the target removes what killed writes left; a complete run leaves nothing', async () => {
    const out = join(dir, 'rapport.xlsx');
    const achter = join(dir, '.rapport.xlsx.cofin-999999999-0123abcd.tmp');
    writeFileSync(achter, 'half');
    expect(resten().length).toBeGreaterThan(0);
    const a = await draai(bron, out, 60_000, true);
    expect(a).toEqual({ gedood: false, code: 0 });
    expect(resten()).toEqual([]);
    expect(await compleet(out)).toBe(true);
  }, 120_000);
});
