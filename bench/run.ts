/**
 * cofin benchmarks. Reproducible: fixed inputs, warm-up, median of several timed rounds, all in one process so the
 * ratios compare like with like. Run with `npm run bench`. Tests never assert timings; this prints them.
 */
import { REGELINGEN, bedrag, callFunction, valideerBegroting, type Bedrag, type BegrotingInput } from '../core';

const now = (): bigint => process.hrtime.bigint();

/** Runs `fn` over `inputs` in rounds and returns the median operations per second. */
function opsPerSecond<T>(inputs: readonly T[], fn: (x: T) => unknown, rounds = 7): number {
  let sink = 0;
  const once = (): number => {
    const start = now();
    for (const x of inputs) if (fn(x) !== undefined) sink += 1;
    return Number(now() - start) / 1e9;
  };
  once(); // warm-up
  once();
  const seconds = Array.from({ length: rounds }, once).sort((a, b) => a - b);
  if (sink < 0) console.log(sink);
  return inputs.length / (seconds[Math.floor(rounds / 2)] as number);
}

function medianMs(fn: () => unknown, rounds = 9): number {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = now();
    fn();
    times.push(Number(now() - start) / 1e6);
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
  const float = opsPerSecond(numbers, (x) => Math.min(2_000_000, Math.floor(x * 1.15 * 0.6)));
  const exactRule = opsPerSecond(decimals, (x) => dwsra.maxCofinanciering(x));
  const exactCall = opsPerSecond(numbers, (x) => callFunction('MAX', [x, 'dwsra-2016']));

  const fmt = (x: number): string => Math.round(x).toLocaleString('nl-NL');
  console.log('MAX (dwsra-2016), %s inputs, median of 7 rounds', N.toLocaleString('nl-NL'));
  console.log(`  float baseline                 ${fmt(float).padStart(12)} /s`);
  console.log(
    `  exact rule (Decimal in)        ${fmt(exactRule).padStart(12)} /s   float/exact = ${(float / exactRule).toFixed(1)}x`,
  );
  console.log(
    `  exact call (Excel value in)    ${fmt(exactCall).padStart(12)} /s   float/exact = ${(float / exactCall).toFixed(1)}x`,
  );
  console.log(`  target: >= 1.000.000 exact MAX/s, within 10x of the float path`);

  const disagree = numbers.filter((x) => {
    const exact = dwsra.maxCofinanciering(bedrag(x.toPrecision(15)));
    return exact.ok && !exact.value.bedrag.equals(bedrag(String(Math.min(2_000_000, Math.floor(x * 1.15 * 0.6)))));
  }).length;
  console.log(`  float results that differ from the exact ones: ${disagree} of ${N.toLocaleString('nl-NL')}`);

  for (const lines of [1_000, 10_000]) {
    const input = generatedBegroting(lines);
    const result = valideerBegroting(input);
    const ms = medianMs(() => valideerBegroting(input));
    console.log(
      `valideerBegroting, ${lines.toLocaleString('nl-NL')} kostenposten: ${ms.toFixed(1)} ms (median of 9; ${result.findings.length} findings)${lines === 10_000 ? '   target < 50 ms' : ''}`,
    );
  }
}

main();
