/**
 * `npm run bench:check`: throughput of `cofin check` over generated workbooks against a bare exceljs read of the
 * same files in the same run, both on all cores (worker threads), and peak memory on the largest file (each in a
 * fresh process). Then a folder of 10,000 small workbooks checked as one `cofin check MAP` run (in a fresh process;
 * the generation is not timed), with its peak memory beside that of a 1,000-file folder: bounded whatever the count.
 * Targets: check <= 0.8x the bare read; 10,000 workbooks < 60 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGELINGEN, REGELING_IDS, templateModel, type BegrotingInput, type RegelingId } from '../core';
import { metPool, metWorkers } from '../cli/xlsx/pool';
import { controleerBestand } from '../cli/xlsx/controle';
import { kaalLezen, oudeCheck } from './worker';
import { modelNaarBuffer } from '../cli/xlsx/write';
import { main } from '../cli/main';

const AANTAL = 240;
const MAP_AANTAL = 10_000;
const DOEL_VERHOUDING = 0.8;
const DOEL_MAP_S = 60;
const BENCH_WORKER = join(__dirname, 'worker.js');
const kaalPool = (files: readonly string[], soort: 'kaal' | 'licht' | 'oud') =>
  metWorkers<number>(BENCH_WORKER, files, soort);

/** A plausible begroting with `n` maatregelen and `k` cost lines each (seeded by its index, no randomness). */
export function genereer(regeling: RegelingId, n: number, k: number): BegrotingInput {
  const soorten = REGELINGEN[regeling].soorten;
  const maatregelen = Array.from({ length: n }, (_, i) => ({
    code: `M${i + 1}`,
    naam: `Maatregel ${i + 1}`,
    soort: soorten[i % soorten.length]?.waarde ?? '',
    startdatum: regeling === 'dwsra-2016' ? '2017-01-01' : '2015-03-01',
    einddatum: regeling === 'dwsra-2016' ? '2018-12-31' : '2016-12-31',
    beoogdeDeelnemers: 10 + ((i * 7) % 90),
  }));
  const kostenposten = maatregelen.flatMap((m, i) =>
    Array.from({ length: k }, (_, j) => ({
      maatregel: m.code,
      soort: j % 2 === 0 ? ('extern' as const) : ('materieel' as const),
      omschrijving: `Post ${j + 1}`,
      bedrag: `${1000 + ((i * 31 + j * 17) % 900) * 10}.50`,
    })),
  );
  const totaal = kostenposten.reduce((s, p) => s + Number(p.bedrag), 0);
  return {
    plan: {
      regeling,
      naam: `Plan ${regeling} ${n}x${k}`,
      hoofdaanvrager: 'Stichting Benchmark',
      beschikkingsdatum: regeling === 'dwsra-2016' ? '2016-12-01' : '2015-02-01',
      startdatum: regeling === 'dwsra-2016' ? '2017-01-01' : '2015-03-01',
      einddatum: regeling === 'dwsra-2016' ? '2018-12-31' : '2016-12-31',
      gevraagdeSubsidie: String(Math.floor(totaal / 2)),
    },
    maatregelen,
    kostenposten,
    financiering: [
      { bron: 'szw', bedrag: String(Math.floor(totaal / 2)) },
      { bron: 'werkgevers', bedrag: (totaal - Math.floor(totaal / 2)).toFixed(2) },
    ],
    realisatie: maatregelen.map((m) => ({
      maatregel: m.code,
      gerealiseerdeDeelnemers: Math.floor(m.beoogdeDeelnemers / 2),
      gerealiseerdeKosten: '1000',
    })),
  };
}

async function tijd<T>(f: () => Promise<T>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Child mode: `cofin check MAP` as the command runs it (output discarded); prints "ms peak-RSS-MB exit-code". */
async function mapRun(map: string): Promise<void> {
  const t0 = process.hrtime.bigint();
  const code = await main(['check', '--format', 'json', map], {
    out: () => undefined,
    err: () => undefined,
    isTty: false,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(`${ms} ${process.resourceUsage().maxRSS / 1024} ${code}`);
}

/** A folder of `n` small workbooks: copies of a few distinct files (each file is still read and checked whole). */
async function maakMap(dir: string, n: number, bronnen: readonly Buffer[]): Promise<string> {
  const map = join(dir, `map-${n}`);
  for (let i = 0; i < n; i += 1) {
    const sub = join(map, `d${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `w${String(i).padStart(5, '0')}.xlsx`), bronnen[i % bronnen.length] as Buffer);
  }
  return map;
}

/** Child mode: one file, one mode, report peak RSS in MB. */
async function piek(mode: string, file: string): Promise<void> {
  if (mode === 'kaal') await kaalLezen(file);
  else if (mode === 'oud') await oudeCheck(file);
  else {
    const r = await controleerBestand(file);
    if (!r.gelezen) throw new Error(r.reden);
  }
  process.stdout.write(String(process.resourceUsage().maxRSS / 1024));
}

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cofin-bench-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < AANTAL; i += 1) {
      const regeling = REGELING_IDS[i % REGELING_IDS.length] as RegelingId;
      const file = join(dir, `b${String(i).padStart(3, '0')}.xlsx`);
      writeFileSync(
        file,
        await modelNaarBuffer(templateModel(regeling, genereer(regeling, 2 + (i % 30), 1 + (i % 12)))),
      );
      files.push(file);
    }
    const grootste = join(dir, 'grootste.xlsx');
    writeFileSync(
      grootste,
      await modelNaarBuffer(templateModel('sectorplannen-2013', genereer('sectorplannen-2013', 200, 100))),
    );
    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    const totaal = files.reduce((s, f) => s + statSync(f).size, 0);
    console.log(
      `${files.length} werkmappen (${mb(totaal)} MB), ${availableParallelism()} kernen; grootste: ${mb(statSync(grootste).size)} MB (20.000 kostenposten)`,
    );

    await kaalPool(files.slice(0, 8), 'kaal');
    await metPool(files.slice(0, 8));
    const kaal: number[] = [];
    const licht: number[] = [];
    const check: number[] = [];
    const oud: number[] = [];
    // Interleaved rounds, best of each: other load on the machine hits all sides alike.
    for (let ronde = 0; ronde < 5; ronde += 1) {
      kaal.push(await tijd(() => kaalPool(files, 'kaal')));
      licht.push(await tijd(() => kaalPool(files, 'licht')));
      check.push(await tijd(() => metPool(files)));
      oud.push(await tijd(() => kaalPool(files, 'oud')));
    }
    const best = (xs: number[]) => Math.min(...xs);
    const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const k = best(kaal);
    const c = best(check);
    console.log(
      `mediaan van ${kaal.length} rondes: kaal ${mediaan(kaal).toFixed(0)} ms, check ${mediaan(check).toFixed(0)} ms (${(mediaan(check) / mediaan(kaal)).toFixed(2)}x)`,
    );
    console.log(`kale exceljs-lezing : ${k.toFixed(0)} ms (${((files.length / k) * 1000).toFixed(0)} werkmappen/s)`);
    console.log(`cofin check         : ${c.toFixed(0)} ms (${((files.length / c) * 1000).toFixed(0)} werkmappen/s)`);
    console.log(
      `verhouding check/kaal: ${(c / k).toFixed(2)}x (doel <= ${DOEL_VERHOUDING.toFixed(2)}x)${c / k <= DOEL_VERHOUDING ? '' : '  BOVEN HET DOEL'}`,
    );
    const o = best(oud);
    console.log(
      `check zoals voorheen (preflight + exceljs + core): ${o.toFixed(0)} ms, ${(o / k).toFixed(2)}x de kale lezing; nu ${(c / o).toFixed(2)}x die tijd`,
    );
    const l = best(licht);
    console.log(
      `exceljs met de leesopties van check (zonder keuzelijsten, opmaakregels, printinstellingen): ${l.toFixed(0)} ms; check/die lezing: ${(c / l).toFixed(2)}x (de eigen kosten van cofin)`,
    );

    const piekMb = (mode: string): number =>
      Number(execFileSync(process.execPath, [__filename, '--piek', mode, grootste], { encoding: 'utf8' }));
    const pk = piekMb('kaal');
    const pc = piekMb('check');
    const po = piekMb('oud');
    const tk = await tijd(() => kaalLezen(grootste));
    const tc = await tijd(() => controleerBestand(grootste));
    const to = await tijd(() => oudeCheck(grootste));
    console.log(
      `grootste werkmap: piekgeheugen kaal ${pk.toFixed(0)} MB, check ${pc.toFixed(0)} MB (${(pc / pk).toFixed(2)}x); tijd kaal ${tk.toFixed(0)} ms, check ${tc.toFixed(0)} ms (${(tc / tk).toFixed(2)}x); zoals voorheen ${po.toFixed(0)} MB, ${to.toFixed(0)} ms`,
    );

    const bronnen: Buffer[] = [];
    for (let i = 0; i < 12; i += 1) {
      const regeling = REGELING_IDS[i % REGELING_IDS.length] as RegelingId;
      bronnen.push(await modelNaarBuffer(templateModel(regeling, genereer(regeling, 2 + (i % 5), 1 + (i % 4)))));
    }
    const mapMeting = (map: string) => {
      const [ms, rss, code] = execFileSync(process.execPath, [__filename, '--map', map], { encoding: 'utf8' })
        .split(' ')
        .map(Number);
      return { ms: ms ?? NaN, rss: rss ?? NaN, code: code ?? NaN };
    };
    const klein = mapMeting(await maakMap(dir, MAP_AANTAL / 10, bronnen));
    const groot = mapMeting(await maakMap(dir, MAP_AANTAL, bronnen));
    const perBestandKaal = k / files.length;
    console.log(
      `map van ${(MAP_AANTAL / 10).toLocaleString('nl-NL')} werkmappen: ${(klein.ms / 1000).toFixed(1)} s, piekgeheugen ${klein.rss.toFixed(0)} MB (afsluitcode ${klein.code})`,
    );
    console.log(
      `map van ${MAP_AANTAL.toLocaleString('nl-NL')} werkmappen: ${(groot.ms / 1000).toFixed(1)} s (${((MAP_AANTAL / groot.ms) * 1000).toFixed(0)} werkmappen/s; doel < ${DOEL_MAP_S} s: ${groot.ms < DOEL_MAP_S * 1000 ? 'ok' : 'NIET GEHAALD'}), piekgeheugen ${groot.rss.toFixed(0)} MB (${(groot.rss / klein.rss).toFixed(2)}x die van 1.000; afsluitcode ${groot.code})`,
    );
    console.log(
      `  ter vergelijking: de kale exceljs-lezing hierboven kost ${perBestandKaal.toFixed(1)} ms per (grotere) werkmap op alle kernen`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [flag, mode, file] = process.argv.slice(2);
  (flag === '--piek' && mode && file ? piek(mode, file) : flag === '--map' && mode ? mapRun(mode) : run()).catch(
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
