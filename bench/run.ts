/**
 * cofin benchmarks. Reproducible: fixed inputs, warm-up, median of several timed rounds, all in one process so the
 * ratios compare like with like. Run with `npm run bench`. Tests never assert timings; this prints them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import ts from 'typescript';
import {
  REGELINGEN,
  bedrag,
  callCel,
  callFunction,
  callSpec,
  celGetalFunctie,
  findFunction,
  prepareCall,
  valideerBegroting,
  type Bedrag,
  type BegrotingInput,
  type FunctionSpec,
} from '../core';

/**
 * The process's CPU time in microseconds (user + system, all threads). Seven sessions share two cores here, so wall
 * time mostly measures the waiting; CPU time measures the work.
 */
const cpuUs = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/**
 * Runs `fn` over `inputs` in rounds and returns the median operations per second (of CPU time). A number result is
 * summed into a sink the process prints if it is ever negative, so no function's arithmetic can be optimised away
 * as unused (the float baseline otherwise measures an empty loop); any other defined result counts one.
 */
function opsPerSecond<T>(inputs: readonly T[], fn: (x: T) => unknown, rounds = 9): number {
  let sink = 0;
  const once = (): number => {
    const start = cpuUs();
    for (const x of inputs) {
      const r = fn(x);
      if (typeof r === 'number') sink += r;
      else if (r !== undefined) sink += 1;
    }
    return (cpuUs() - start) / 1e6;
  };
  once(); // warm-up
  once();
  const seconds = Array.from({ length: rounds }, once).sort((a, b) => a - b);
  if (sink < 0) console.log(sink);
  return inputs.length / (seconds[Math.floor(rounds / 2)] as number);
}

/**
 * The median operations per second (of CPU time) of one line's own loop: `lus` runs the operation over all `n` inputs
 * and returns the sum of its results, which is consumed. Each MAX line writes its loop in place, so every line calls
 * its path from a call site that has only ever seen that path (as a column of formulas does), and none pays for the
 * harness having seen the others; `opsPerSecond`'s shared call site favours whichever line runs first.
 */
function loopsPerSecond(n: number, lus: () => number, rounds = 9): number {
  let sink = 0;
  const once = (): number => {
    const start = cpuUs();
    sink += lus();
    return (cpuUs() - start) / 1e6;
  };
  once(); // warm-up
  once();
  const seconds = Array.from({ length: rounds }, once).sort((a, b) => a - b);
  if (sink < 0) console.log(sink);
  return n / (seconds[Math.floor(rounds / 2)] as number);
}

/** The median CPU time of `fn` in milliseconds. */
function medianMs(fn: () => unknown, rounds = 9): number {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = cpuUs();
    fn();
    times.push((cpuUs() - start) / 1e3);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(rounds / 2)] as number;
}

/** Deterministic pseudo-random costs (xorshift), whole euros and cents, 181,160 .. 3,000,000. */
function costs(n: number): number[] {
  let s = 2463534242;
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const cents = 18_116_000 + ((s >>> 0) % 281_884_000);
    out.push(i % 2 === 0 ? Math.floor(cents / 100) : cents / 100);
  }
  return out;
}

type Evaluate = (id: string, args: readonly unknown[]) => unknown[][];

/**
 * The add-in's `evaluate` (addin/functions/adapter.ts), run here without webpack: its source transpiled as it is, loaded
 * as build/addin/functions/adapter.js would be (so its import of core is this process's build/core), with a stand-in
 * for the `CustomFunctions` global that Excel's runtime defines (its Error class and error codes).
 */
function adapterEvaluate(): Evaluate {
  class StandInError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const codes = { invalidValue: '#VALUE!', notAvailable: '#N/A' };
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions ??= { Error: StandInError, ErrorCode: codes };
  const bron = join(__dirname, '..', '..', 'addin', 'functions', 'adapter.ts');
  const doel = join(__dirname, '..', 'addin', 'functions', 'adapter.js');
  const { outputText } = ts.transpileModule(readFileSync(bron, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const laad = runInThisContext(`(function (exports, require, module) {${outputText}\n})`, { filename: doel }) as (
    exports: Record<string, unknown>,
    require: NodeJS.Require,
    module: { exports: Record<string, unknown> },
  ) => void;
  const module = { exports: {} as Record<string, unknown> };
  laad(module.exports, createRequire(doel), module);
  return module.exports['evaluate'] as Evaluate;
}

function generatedBegroting(lines: number): BegrotingInput {
  const maatregelen = Array.from({ length: 100 }, (_, i) => ({
    code: `M${i + 1}`,
    naam: `Maatregel ${i + 1}`,
    soort: i % 2 === 0 ? 'scholing' : 'jongeren',
    startdatum: '2014-02-01',
    einddatum: '2015-12-31',
    beoogdeDeelnemers: 10 + i,
  }));
  const kostenposten = Array.from({ length: lines }, (_, i) => ({
    maatregel: `M${(i % 100) + 1}`,
    soort: i % 3 === 0 ? ('personeel' as const) : ('extern' as const),
    omschrijving: `Kostenpost ${i + 1}`,
    bedrag: `${1000 + (i % 977)}.${String(i % 100).padStart(2, '0')}`,
    ...(i % 3 === 0 ? { brutoloon: `${1000 + (i % 977)}` } : {}),
  }));
  const financiering = maatregelen.flatMap((m) => [
    { maatregel: m.code, bron: 'szw' as const, bedrag: '1' },
    { maatregel: m.code, bron: 'werkgevers' as const, bedrag: '1' },
  ]);
  return {
    plan: {
      regeling: 'sectorplannen-2013',
      naam: 'Bench',
      hoofdaanvrager: 'Bench',
      beschikkingsdatum: '2014-01-15',
      startdatum: '2014-02-01',
      einddatum: '2015-12-31',
      gevraagdeSubsidie: '200',
    },
    maatregelen,
    kostenposten,
    financiering,
  };
}

function main(): void {
  const N = 200_000;
  const numbers = costs(N);
  const decimals: Bedrag[] = numbers.map((x) => bedrag(x.toPrecision(15)));
  const dwsra = REGELINGEN['dwsra-2016'].regels;

  // Baseline: the plain float formula a spreadsheet would use (and which is wrong for 880000 and 1100000).
  const float = loopsPerSecond(N, () => {
    let sum = 0;
    for (const x of numbers) sum += Math.min(2_000_000, Math.floor(x * 1.15 * 0.6));
    return sum;
  });
  const exactRule = loopsPerSecond(N, () => {
    let sum = 0;
    for (const x of decimals) sum += dwsra.maxCofinanciering(x).ok ? 1 : 0;
    return sum;
  });
  const exactCall = loopsPerSecond(N, () => {
    let sum = 0;
    for (const x of numbers) sum += callFunction('MAX', [x, 'dwsra-2016']).ok ? 1 : 0;
    return sum;
  });
  // The registry's cell path, as the Excel functions call it: the exact integer-cents kernel, decimal.js as fallback.
  const cellCall = loopsPerSecond(N, () => {
    let sum = 0;
    for (const x of numbers) {
      const r = callCel('MAX', [x, 'dwsra-2016']);
      sum += r.ok ? r.value : 0;
    }
    return sum;
  });
  // The allocation-free cell path of the registry's MAX: one argument array for every call, a number out.
  const maxGetal = celGetalFunctie(findFunction('MAX') as FunctionSpec);
  const maxArgs: unknown[] = [0, 'dwsra-2016'];
  const numberCall = loopsPerSecond(N, () => {
    let sum = 0;
    for (const x of numbers) {
      maxArgs[0] = x;
      sum += maxGetal(maxArgs) ?? 0;
    }
    return sum;
  });
  // The same through the harness shared by every line (the figure of earlier runs), for comparison.
  const floatShared = opsPerSecond(numbers, (x) => Math.min(2_000_000, Math.floor(x * 1.15 * 0.6)));
  const numberShared = opsPerSecond(numbers, (x) => {
    maxArgs[0] = x;
    return maxGetal(maxArgs);
  });

  const fmt = (x: number): string => Math.round(x).toLocaleString('nl-NL');
  const ratio = (exact: number): string => `float/exact = ${(float / exact).toFixed(1)}x`;
  console.log('MAX (dwsra-2016), %s inputs, median of 9 rounds of CPU time', N.toLocaleString('nl-NL'));
  console.log(`  float baseline                 ${fmt(float).padStart(12)} /s`);
  console.log(`  exact rule (Decimal in)        ${fmt(exactRule).padStart(12)} /s   ${ratio(exactRule)}`);
  console.log(`  exact call, decimal path       ${fmt(exactCall).padStart(12)} /s   ${ratio(exactCall)}`);
  console.log(`  exact cell call (kernel)       ${fmt(cellCall).padStart(12)} /s   ${ratio(cellCall)}`);
  console.log(`  exact cell number (kernel)     ${fmt(numberCall).padStart(12)} /s   ${ratio(numberCall)}`);
  console.log(
    `  one shared harness loop: float ${fmt(floatShared)} /s, exact cell number ${fmt(numberShared)} /s, float/exact = ${(floatShared / numberShared).toFixed(1)}x`,
  );
  console.log(`  target: exact cell number >= 20.000.000 /s and within 10x of the float path`);

  const disagree = numbers.filter((x) => {
    const exact = dwsra.maxCofinanciering(bedrag(x.toPrecision(15)));
    return exact.ok && !exact.value.bedrag.equals(bedrag(String(Math.min(2_000_000, Math.floor(x * 1.15 * 0.6)))));
  }).length;
  console.log(`  float results that differ from the exact ones: ${disagree} of ${N.toLocaleString('nl-NL')}`);
  const kernelDisagree = numbers.filter((x) => {
    const kernel = callCel('MAX', [x, 'dwsra-2016']);
    const exact = callFunction('MAX', [x, 'dwsra-2016']);
    return (
      !kernel.ok || !exact.ok || exact.value.kind !== 'bedrag' || kernel.value !== Number(exact.value.value.toString())
    );
  }).length;
  console.log(`  kernel results that differ from decimal.js: ${kernelDisagree} of ${N.toLocaleString('nl-NL')}`);

  // A 10,000-row range as Excel passes it (a column of cells) with one regeling: one prepared call, then per cell.
  const max = findFunction('MAX') as FunctionSpec;
  const column = numbers.slice(0, 10_000).map((x) => [x]);
  const range = (): number[][] => {
    const call = prepareCall(max, [column[0]?.[0], 'dwsra-2016'], [true, false]);
    const cells: unknown[] = [undefined, 'dwsra-2016'];
    const out: number[][] = [];
    for (const row of column) {
      cells[0] = row[0];
      const r = call(cells);
      out.push([r.ok ? r.value : Number.NaN]);
    }
    return out;
  };
  // The first range also pays for compiling its path (on a loaded machine V8's background compiler waits for a
  // core); the figure is the steady state of a long-lived functions runtime, after 30 warm-up ranges.
  const firstRangeMs = medianMs(range, 1);
  for (let i = 0; i < 30; i += 1) range();
  const rangeMs = medianMs(range);
  const perCellMs = medianMs(() => column.map((row) => callSpec(max, [row[0], 'dwsra-2016'])));
  console.log(
    `MAX over a 10.000-row range: ${rangeMs.toFixed(2)} ms prepared (kernel; the 3rd range run: ${firstRangeMs.toFixed(2)} ms), ${perCellMs.toFixed(1)} ms as 10.000 decimal calls   target < 2 ms`,
  );
  // The add-in's whole range path (addin/functions/adapter.ts: broadcast, cellAt, cellResult around prepareCall), the
  // column and the regeling as Excel passes `matrix` arguments.
  const evaluate = adapterEvaluate();
  const regelingArg = [['dwsra-2016']];
  for (let i = 0; i < 30; i += 1) evaluate('MAX', [column, regelingArg]);
  const adapterMs = medianMs(() => evaluate('MAX', [column, regelingArg]));
  console.log(
    `MAX over a 10.000-row range through the add-in's adapter (evaluate): ${adapterMs.toFixed(2)} ms, of which core's prepared call ${rangeMs.toFixed(2)} ms`,
  );

  for (const lines of [1, 1_000, 10_000]) {
    const input = generatedBegroting(lines);
    const result = valideerBegroting(input);
    // Warm up until V8 has compiled the validation: CPU time counts its compiler threads, and an optimising compile
    // in the timed rounds measures the compiler, not the validation.
    for (let i = 0; i < 10; i += 1) valideerBegroting(input);
    const ms = medianMs(() => valideerBegroting(input), 15);
    console.log(
      `valideerBegroting, ${lines.toLocaleString('nl-NL')} kostenposten: ${ms.toFixed(1)} ms (CPU time, median of 15; ${result.findings.length} findings)${lines === 10_000 ? '   target < 15 ms' : ''}`,
    );
  }
}

main();
