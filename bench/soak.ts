/**
 * The fuzz soak of issue 14: `npm run soak [-- --seed N --waarden N --begrotingen N]`.
 *
 * 1. Random Excel-shaped values through every function of the BUILT dist/functions.js, loaded as the shared runtime
 *    loads it (a page-like global scope whose `CustomFunctions.associate` records the registrations), each call checked
 *    against what dist/functions.json declares for its result (type and dimensionality). Counted: uncaught exceptions,
 *    NaN or Infinity in a result, results of the wrong type or shape, messages that show JavaScript instead of Dutch
 *    ('[object Object]', 'undefined', 'null'), calls over 10 ms (a call over 10 ms is run three times more and
 *    counts when its fastest rerun is still over 10 ms: on a shared machine the first clock reading also holds time
 *    the process waited or collected garbage; those first readings are shown apart); and calls per second (clock
 *    time inside the calls).
 * 2. Random edits of each regeling's valid example begroting (core's VOORBEELDEN, laid out by core's templateModel,
 *    written and read back through cli/xlsx in memory) through the validator (controleerWerkboek), the reports
 *    (maakVoortgangsrapportage, maakEindverantwoording) and the writer (modelNaarWerkboek + writeBuffer). Counted:
 *    exceptions of each, and messages that show JavaScript.
 *
 * Seeded and reproducible: the same seed gives the same values and the same counts (timings aside). Every count but
 * the speed must be 0; the process exits 1 otherwise. A short seeded run is part of `npm test` (test/addin/soak.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import {
  REGELING_IDS,
  VOORBEELDEN,
  controleerWerkboek,
  datumFromParts,
  maakEindverantwoording,
  maakVoortgangsrapportage,
  templateModel,
  type Cel,
  type CelWaarde,
  type Werkboek,
} from '../core';
import { vanExcelJs } from '../cli/xlsx/read';
import { modelNaarWerkboek } from '../cli/xlsx/write';

/** Error values Excel accepts as a function's result (`#NAME?` and `#REF!` are input-only). */
const OUTPUT_CODES: ReadonlySet<string> = new Set(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!']);
/** Text in a user-facing message that can only come from JavaScript, never from the Dutch catalogue. */
// ('NaN' and 'Infinity' are left out: core echoes such a number as it came, and Excel never sends one.)
const JS_TEXT = /\[object |\bundefined\b|\bnull\b|function \(|=>|Error:/;
const SLOW_MS = 10;

export interface SoakOptions {
  readonly seed: number;
  /** At least this many Excel values (every cell of every argument counts one) go through the functions. */
  readonly waarden: number;
  /** Random edited begrotingen through validator, reports and writer. */
  readonly begrotingen: number;
  /** The built add-in: functions.js and functions.json. */
  readonly dist: string;
}

export interface FunctieTelling {
  calls: number;
  waarden: number;
  uncaught: number;
  nietEindig: number;
  verkeerdType: number;
  verkeerdeVorm: number;
  jsTekst: number;
  /** Calls over 10 ms whose fastest of three reruns is still over 10 ms (a pause of the machine is not the call). */
  traag: number;
  /** Calls whose first run took over 10 ms on the clock: shown, not counted as a failure. */
  traagKlok: number;
  seconden: number;
  voorbeelden: string[];
  /** The slowest calls over the limit, apart: a loaded machine makes them, so tests do not assert them. */
  trage: string[];
}

export interface BegrotingTelling {
  runs: number;
  edits: number;
  validatorFout: number;
  rapportFout: number;
  schrijfFout: number;
  jsTekst: number;
  seconden: number;
  voorbeelden: string[];
}

export interface SoakUitkomst {
  readonly seed: number;
  readonly functies: FunctieTelling;
  readonly begrotingen: BegrotingTelling;
}

/** mulberry32: a small, fast, seedable generator; the same seed gives the same sequence on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  float(): number {
    return this.next();
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

/** The stand-in for Excel's `CustomFunctions` global: the error class and codes, and a recording `associate`. */
class SoakExcelError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

type Fn = (...args: unknown[]) => unknown;

interface MetaParam {
  readonly name: string;
  readonly type?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
}
interface MetaFunction {
  readonly id: string;
  readonly parameters: readonly MetaParam[];
  readonly result: { readonly type?: string; readonly dimensionality?: string };
}

/** Loads dist/functions.js as the shared runtime does and returns what it associated, with dist/functions.json. */
export function laadFuncties(dist: string): { meta: readonly MetaFunction[]; fns: ReadonlyMap<string, Fn> } {
  const fns = new Map<string, Fn>();
  const CustomFunctions = {
    Error: SoakExcelError,
    ErrorCode: ERROR_CODES,
    associate(id: string, fn: Fn): void {
      fns.set(id, fn);
    },
  };
  const context: Record<string, unknown> = { CustomFunctions, console };
  context['window'] = context;
  context['self'] = context;
  runInNewContext(readFileSync(join(dist, 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
  const meta = (JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8')) as { functions: MetaFunction[] })
    .functions;
  return { meta, fns };
}

const REGELINGEN_TEKST = ['dwsra-2016', 'sectorplannen-2013', 'sectorplannen-2015', 'DWSRA-2016', ' dwsra-2016 '];
const LEZINGEN = ['per-maatregel', 'naar-rato', 'naar rato per plan', 'Per Maatregel'];
const WOORDEN = ['WAAR', 'ONWAAR', 'TRUE', 'false', 'ja', 'nee', '1', '0', 'x', 'veel', '-', '€', '#N/A', '=1+1'];
const GETALTEKST = [
  '1245313',
  '1.245.313',
  '1.245.313,50',
  '1,245,313.50',
  '1245313,50',
  '1245313.50',
  '€ 1.245.313',
  '€1.245.313,00',
  '1.245',
  '1,245',
  '1e6',
  '-1e6',
  '1E+300',
  '  42  ',
  '0,0',
  '-0',
  '١٢٣',
  '１２３',
  '1\u00a0245\u00a0313',
  '12-03-2017',
  '2017-03-12',
  '31-02-2017',
  '2017-02-29',
  '0001-01-01',
  '9999-12-31',
];
const BIJZONDERE_GETALLEN = [
  0,
  -0,
  1,
  -1,
  0.1 + 0.2,
  1e308,
  -1e308,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 53,
  2 ** 64,
  1e15,
  1e15 + 1,
  1e16,
  999_999_999_999_999.9,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  2958465,
  2958466,
  60,
  61,
  1,
  0.5,
  24,
  25,
  1_000_000,
  1_000_001,
  125_000,
  181_159.99,
  2_898_500,
];

function langeTekst(r: Random): string {
  const stukken = ['a', 'é', '€', '😀', '\u0000', '\u202e', '"', "'", ';', ',', '{', '}', '\n', '\t', ' ', '𝔘'];
  const n = r.chance(0.1) ? 5_000 + r.int(40_000) : 41 + r.int(200);
  let s = '';
  for (let i = 0; i < n; i += 1) s += r.pick(stukken);
  return s;
}

/** An Excel data-type value as custom functions receive it (Excel.CellValue shapes, CustomFunctionsRuntime 1.4). */
function gegevenstype(r: Random): unknown {
  switch (r.int(9)) {
    case 0:
      return {
        type: 'Entity',
        text: r.pick(['Amsterdam', 'Sector zorg', '', '😀'.repeat(30)]),
        properties: { Inwoners: { type: 'Double', basicValue: 921402 } },
      };
    case 1:
      return { type: 'FormattedNumber', basicValue: r.pick(BIJZONDERE_GETALLEN), numberFormat: '€ #.##0,00' };
    case 2:
      return { type: 'Error', errorType: 'NotAvailable', basicValue: '#N/A' };
    case 3:
      return {
        type: 'LinkedEntity',
        text: 'Chai',
        id: { entityId: 'P1', domainId: 'x', serviceId: 1, culture: 'nl-NL' },
      };
    case 4:
      return { type: 'WebImage', address: 'https://example.org/x.png' };
    case 5:
      return { type: 'Double', basicValue: 1245313 };
    case 6:
      return { type: 'String', basicValue: 'dwsra-2016' };
    case 7:
      return new SoakExcelError(r.pick(['#N/A', '#DIV/0!', '#NAME?', '#REF!', '#VALUE!', '#BUSY!']), 'bron');
    default:
      return r.pick([{}, { type: 42 }, Object.create(null) as object, { toString: 5 }, [[1]]]);
  }
}

/** One cell as Excel can send it, biased towards values a function accepts so the valid paths are soaked too. */
function cel(r: Random): unknown {
  const k = r.int(100);
  if (k < 20) return r.int(3_000_000);
  if (k < 30) return r.int(3_000_000) + r.int(100) / 100;
  if (k < 40) return r.pick(BIJZONDERE_GETALLEN);
  if (k < 45) return (r.float() - 0.5) * 10 ** r.int(20);
  if (k < 55) return r.pick(REGELINGEN_TEKST);
  if (k < 62) return r.pick(GETALTEKST);
  if (k < 66) return r.pick(WOORDEN);
  if (k < 68) return r.pick(LEZINGEN);
  if (k < 74) return 36_000 + r.int(10_000); // a date serial 1998-2025
  if (k < 78) return null;
  if (k < 80) return '';
  if (k < 84) return r.chance(0.5);
  if (k < 88) return gegevenstype(r);
  if (k < 90) return langeTekst(r);
  if (k < 92) return r.int(30);
  return r.pick([undefined, NaN, Infinity, -Infinity, 0, 1, 2, 3]);
}

/** A range: mostly small, sometimes ragged, empty or tall. */
function bereik(r: Random): unknown[][] {
  const k = r.int(20);
  if (k === 0) return [];
  if (k === 1) return [[]];
  const rows = k < 14 ? 1 + r.int(3) : k < 19 ? 1 + r.int(12) : 20 + r.int(80);
  const cols = r.chance(0.8) ? 1 : 1 + r.int(3);
  const ragged = r.chance(0.1);
  const out: unknown[][] = [];
  for (let i = 0; i < rows; i += 1) {
    const n = ragged ? r.int(cols + 2) : cols;
    const row: unknown[] = [];
    for (let j = 0; j < n; j += 1) row.push(r.chance(0.02) ? bereik(r) : cel(r));
    out.push(row);
  }
  return out;
}

/** One argument for a parameter, as Excel passes it for the declared dimensionality (and a few it should not). */
function argument(r: Random, p: MetaParam): unknown {
  if (p.optional === true && r.chance(0.3)) return null;
  if (p.dimensionality === 'matrix') {
    if (r.chance(0.7)) return [[cel(r)]];
    if (r.chance(0.9)) return bereik(r);
    return cel(r); // a bare value: not what Excel sends for a matrix, but the wrappers must hold
  }
  return r.chance(0.9) ? cel(r) : bereik(r);
}

function aantalWaarden(v: unknown): number {
  if (!Array.isArray(v)) return 1;
  let n = 0;
  for (const x of v as unknown[]) n += aantalWaarden(x);
  return Math.max(n, 1);
}

function toon(v: unknown): string {
  try {
    const s = JSON.stringify(v, (_k, x: unknown) =>
      typeof x === 'number' && !Number.isFinite(x) ? String(x) : x === undefined ? '<undefined>' : x,
    );
    return s.length > 200 ? `${s.slice(0, 200)}…` : s;
  } catch {
    return typeof v;
  }
}

function noteer(lijst: string[], tekst: string): void {
  if (lijst.length < 10) lijst.push(tekst);
}

/** Checks one result against the metadata: returns what is wrong with it, if anything. */
function keurCel(v: unknown, type: string | undefined, t: FunctieTelling, wat: () => string): void {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) {
      t.nietEindig += 1;
      noteer(t.voorbeelden, `niet eindig: ${wat()}`);
    } else if (type !== undefined && type !== 'any' && type !== 'number') {
      t.verkeerdType += 1;
      noteer(t.voorbeelden, `getal waar ${type} verklaard is: ${wat()}`);
    }
    return;
  }
  if (v instanceof SoakExcelError) {
    if (!OUTPUT_CODES.has(v.code)) {
      t.verkeerdType += 1;
      noteer(t.voorbeelden, `foutcode ${v.code} als uitkomst: ${wat()}`);
    }
    const message = v.message ?? '';
    if (message === '' || JS_TEXT.test(message)) {
      t.jsTekst += 1;
      noteer(t.voorbeelden, `melding '${message.slice(0, 160)}': ${wat()}`);
    }
    return;
  }
  t.verkeerdType += 1;
  noteer(t.voorbeelden, `uitkomst ${toon(v)}: ${wat()}`);
}

function keurUitkomst(out: unknown, f: MetaFunction, t: FunctieTelling, wat: () => string): void {
  const type = f.result.type;
  if (f.result.dimensionality === 'matrix') {
    const rows = Array.isArray(out) ? (out as unknown[]) : undefined;
    const width = rows !== undefined && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 0;
    if (rows === undefined || rows.length === 0 || width === 0) {
      t.verkeerdeVorm += 1;
      noteer(t.voorbeelden, `geen matrix van ten minste 1x1: ${toon(out)} ${wat()}`);
      return;
    }
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== width) {
        t.verkeerdeVorm += 1;
        noteer(t.voorbeelden, `rij van een andere breedte: ${wat()}`);
        return;
      }
      for (const c of row as unknown[]) keurCel(c, type, t, wat);
    }
    return;
  }
  if (Array.isArray(out)) {
    t.verkeerdeVorm += 1;
    noteer(t.voorbeelden, `matrix waar één waarde verklaard is: ${wat()}`);
    return;
  }
  keurCel(out, type, t, wat);
}

/** The fastest of three timed runs, in ms. */
function herhaalMs(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const start = process.hrtime.bigint();
    try {
      run();
    } catch {
      // counted on the first run
    }
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

export function soakFuncties(options: SoakOptions): FunctieTelling {
  const { meta, fns } = laadFuncties(options.dist);
  const r = new Random(options.seed);
  const t: FunctieTelling = {
    calls: 0,
    waarden: 0,
    uncaught: 0,
    nietEindig: 0,
    verkeerdType: 0,
    verkeerdeVorm: 0,
    jsTekst: 0,
    traag: 0,
    traagKlok: 0,
    seconden: 0,
    voorbeelden: [],
    trage: [],
  };
  const invocation = { address: 'Blad1!A1', functionName: '' };
  let busy = 0n;
  while (t.waarden < options.waarden) {
    for (const f of meta) {
      const fn = fns.get(f.id);
      if (fn === undefined) {
        t.uncaught += 1;
        noteer(t.voorbeelden, `${f.id} staat in functions.json maar is niet geassocieerd`);
        continue;
      }
      // Excel always passes every declared parameter (null for an omitted one) and then the invocation.
      const args = f.parameters.map((p) => argument(r, p));
      for (const a of args) t.waarden += aantalWaarden(a);
      const wat = (): string => `COFIN.${f.id}(${args.map(toon).join('; ')})`;
      const start = process.hrtime.bigint();
      let out: unknown;
      try {
        out = fn(...args, invocation);
      } catch (e) {
        t.uncaught += 1;
        noteer(t.voorbeelden, `exceptie ${e instanceof Error ? e.message : String(e)}: ${wat()}`);
        continue;
      } finally {
        const d = process.hrtime.bigint() - start;
        busy += d;
        t.calls += 1;
        const klokMs = Number(d) / 1e6;
        if (klokMs > SLOW_MS) {
          t.traagKlok += 1;
          // The functions are pure: a slow call is timed again, and counts when even its fastest rerun is slow.
          const herhaald = herhaalMs(() => fn(...args, invocation));
          if (herhaald > SLOW_MS) {
            t.traag += 1;
            noteer(t.trage, `${herhaald.toFixed(1)} ms (eerst ${klokMs.toFixed(1)} ms): ${wat()}`);
          }
        }
      }
      keurUitkomst(out, f, t, wat);
    }
  }
  t.seconden = Number(busy) / 1e9;
  return t;
}

/** A copy of the workbook whose sheets' cell maps may be edited. */
interface Bewerkbaar {
  readonly werkboek: Werkboek;
  readonly bladen: readonly { readonly cells: Map<string, Cel> }[];
}

function kopieer(w: Werkboek): Bewerkbaar {
  const bladen = w.sheets.map((s) => ({ ...s, cells: new Map([...s.cells].map(([k, c]) => [k, { ...c }] as const)) }));
  return { werkboek: { ...w, sheets: bladen }, bladen };
}

/** A value a person (or a stranger) could leave in a cell of the begroting. */
function celInvoer(r: Random): { value: CelWaarde; formula?: string } {
  const k = r.int(12);
  if (k === 0) {
    const args = [
      r.pick(['B2', '1245313', '{1,2;3,4}', '"x,y"', '', 'Plan!B3', 'A1:A3', '"dwsra-2016"', '#N/A']),
      r.pick(['"dwsra-2016"', '"sectorplannen-2013"', '{"a";"b"}', 'TRUE', '']),
    ];
    const fn = r.pick(['MAX', 'INDIRECT', 'VASTSTELLING', 'BESTAATNIET', 'max']);
    return {
      value: r.pick<CelWaarde>([null, 0, 1, 859265, '#NAME?', '#WAARDE!', 'tekst']),
      formula: `_xldudf_COFIN_${fn}(${args.join(',')})`,
    };
  }
  const v = cel(r);
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null };
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return { value: v };
  return { value: r.pick<CelWaarde>(['#N/A', '#WAARDE!', '', '=HYPERLINK("x")', '\r=1+1', '@SUM(A1)']) };
}

function bewerk(r: Random, w: Bewerkbaar): number {
  const n = 1 + r.int(6);
  for (let i = 0; i < n; i += 1) {
    const blad = r.pick(w.bladen);
    const cellen = [...blad.cells.values()];
    if (cellen.length === 0) continue;
    const doel: Cel = r.pick(cellen);
    const k = r.int(10);
    if (k === 0) {
      blad.cells.delete(doel.address);
      continue;
    }
    const invoer = celInvoer(r);
    const nieuw: Cel = {
      sheet: doel.sheet,
      address: doel.address,
      row: doel.row,
      col: doel.col,
      value: invoer.value,
      ...(invoer.formula !== undefined ? { formula: invoer.formula } : {}),
    };
    blad.cells.set(doel.address, nieuw);
  }
  return n;
}

function jsInMeldingen(messages: readonly string[]): string | undefined {
  return messages.find((m) => typeof m !== 'string' || m === '' || JS_TEXT.test(m));
}

export async function soakBegrotingen(options: SoakOptions): Promise<BegrotingTelling> {
  const r = new Random(options.seed ^ 0x5eed);
  const t: BegrotingTelling = {
    runs: 0,
    edits: 0,
    validatorFout: 0,
    rapportFout: 0,
    schrijfFout: 0,
    jsTekst: 0,
    seconden: 0,
    voorbeelden: [],
  };
  const basis: Werkboek[] = [];
  for (const id of REGELING_IDS) {
    const gelezen = vanExcelJs(modelNaarWerkboek(templateModel(id, VOORBEELDEN[id])), 1_048_576);
    if (!gelezen.ok) throw new Error(`het voorbeeld van ${id} is na schrijven niet te lezen: ${gelezen.reden}`);
    basis.push(gelezen.werkboek);
  }
  const herkomst = { cofinVersie: 'soak', geschreven: datumFromParts(2026, 12, 1) };
  const start = process.hrtime.bigint();
  for (let i = 0; i < options.begrotingen; i += 1) {
    const kopie = kopieer(basis[i % basis.length] as Werkboek);
    t.edits += bewerk(r, kopie);
    const w = kopie.werkboek;
    t.runs += 1;
    const peil = r.pick<string | number>(['2018-06-30', '2017-12-31', 43_000, '31-12-2019', '', 'morgen', 1e308]);
    let stap: 'validator' | 'rapport' | 'schrijver' = 'validator';
    try {
      const controle = controleerWerkboek(w);
      stap = 'rapport';
      const rapport = maakVoortgangsrapportage(w, peil, herkomst);
      const eind = maakEindverantwoording(w, herkomst);
      const meldingen = [
        ...controle.findings.map((f) => f.message),
        ...(rapport.ok ? [...rapport.fouten.map((f) => f.message), ...Object.values(rapport.zinnen)] : []),
        ...(rapport.ok ? [] : [rapport.weigering.message]),
        ...(eind.ok ? Object.values(eind.zinnen) : [eind.weigering.message]),
      ];
      const js = jsInMeldingen(meldingen);
      if (js !== undefined) {
        t.jsTekst += 1;
        noteer(t.voorbeelden, `melding '${js.slice(0, 160)}'`);
      }
      stap = 'schrijver';
      for (const model of [rapport.ok ? rapport.model : undefined, eind.ok ? eind.model : undefined]) {
        if (model === undefined) continue;
        await modelNaarWerkboek(model).xlsx.writeBuffer();
      }
    } catch (e) {
      if (stap === 'validator') t.validatorFout += 1;
      else if (stap === 'rapport') t.rapportFout += 1;
      else t.schrijfFout += 1;
      noteer(t.voorbeelden, `${stap}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  t.seconden = Number(process.hrtime.bigint() - start) / 1e9;
  return t;
}

export async function soak(options: SoakOptions): Promise<SoakUitkomst> {
  return {
    seed: options.seed,
    functies: soakFuncties(options),
    begrotingen: await soakBegrotingen(options),
  };
}

/** Every count that must be 0; `metTijd` adds the calls over the time limit (not asserted by tests). */
export function totaalFouten(u: SoakUitkomst, metTijd = true): number {
  const f = u.functies;
  const b = u.begrotingen;
  return (
    f.uncaught +
    f.nietEindig +
    f.verkeerdType +
    f.verkeerdeVorm +
    f.jsTekst +
    (metTijd ? f.traag : 0) +
    b.validatorFout +
    b.rapportFout +
    b.schrijfFout +
    b.jsTekst
  );
}

export function tabel(u: SoakUitkomst): string {
  const f = u.functies;
  const b = u.begrotingen;
  const n = (x: number): string => x.toLocaleString('nl-NL');
  const rows: [string, string][] = [
    ['seed', String(u.seed)],
    ['functies: aanroepen', n(f.calls)],
    ['functies: waarden', n(f.waarden)],
    ['functies: onopgevangen excepties', n(f.uncaught)],
    ['functies: NaN of oneindig', n(f.nietEindig)],
    ['functies: verkeerd type', n(f.verkeerdType)],
    ['functies: verkeerde vorm', n(f.verkeerdeVorm)],
    ['functies: JavaScript in melding', n(f.jsTekst)],
    [`functies: aanroepen > ${SLOW_MS} ms`, n(f.traag)],
    [`functies: eerste meting > ${SLOW_MS} ms (info)`, n(f.traagKlok)],
    ['functies: aanroepen per seconde', n(Math.round(f.calls / Math.max(f.seconden, 1e-9)))],
    ['begrotingen: bewerkt en gecontroleerd', n(b.runs)],
    ['begrotingen: bewerkingen', n(b.edits)],
    ['begrotingen: excepties validator', n(b.validatorFout)],
    ['begrotingen: excepties rapport', n(b.rapportFout)],
    ['begrotingen: excepties schrijver', n(b.schrijfFout)],
    ['begrotingen: JavaScript in melding', n(b.jsTekst)],
    ['begrotingen: seconden', b.seconden.toFixed(1)],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v.padStart(12)}`).join('\n');
}

function optie(argv: readonly string[], naam: string, standaard: number): number {
  const i = argv.indexOf(`--${naam}`);
  if (i < 0) return standaard;
  const v = Number(argv[i + 1]);
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`--${naam} verwacht een geheel getal`);
  return v;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options: SoakOptions = {
    seed: optie(argv, 'seed', Date.now() % 1_000_000_007),
    waarden: optie(argv, 'waarden', 1_000_000),
    begrotingen: optie(argv, 'begrotingen', 300),
    dist: join(__dirname, '..', '..', 'dist'),
  };
  process.stdout.write(`cofin soak, seed ${options.seed} (herhaal met --seed ${options.seed})\n`);
  const start = Date.now();
  const u = await soak(options);
  process.stdout.write(`${tabel(u)}\n`);
  const voorbeelden = [...u.functies.voorbeelden, ...u.functies.trage, ...u.begrotingen.voorbeelden];
  for (const v of voorbeelden) process.stdout.write(`  ${v}\n`);
  process.stdout.write(`duur ${((Date.now() - start) / 1000).toFixed(1)} s\n`);
  process.exitCode = totaalFouten(u) === 0 ? 0 : 1;
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`cofin soak: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  });
}
