/**
 * Calling a cofin function by name with raw values (Excel cell values or command-line text): look the spec up, coerce
 * each argument in the one place that does it, run the rule, and turn a refusal into a finding that names the argument.
 */
import { toCellNumber, type Bedrag, type Fractie } from '../money';
import { celGetal, centenVanGetal, type Centen } from '../money/kernel';
import { toExcelSerial, type Datum } from '../dates';
import { CONTRACT_BRON, alsFinding, finding, ok, fail, type Outcome } from '../findings';
import { coerce } from '../coerce';
import { findRegeling } from '../regelingen';
import type { Regeling, RuleResult } from '../regelingen/types';
import { FUNCTIONS } from './specs';
import type { FunctionSpec, FunctionValue, ParamSpec } from './types';

const BY_NAME = new Map<string, FunctionSpec>();
for (const spec of FUNCTIONS) {
  BY_NAME.set(spec.name, spec);
  BY_NAME.set(spec.nlName, spec);
}

/** Finds a function by its Excel id or Dutch name, case-insensitive, with or without the 'COFIN.' prefix. */
export function findFunction(name: string): FunctionSpec | undefined {
  const exact = BY_NAME.get(name);
  if (exact !== undefined) return exact;
  const key = name
    .trim()
    .toUpperCase()
    .replace(/^COFIN\./, '');
  return BY_NAME.get(key);
}

/**
 * Calls a registry function with raw values (Excel cell values or command-line text), one value per parameter in
 * order. Never throws for bad input: the outcome is a value, or a finding naming the argument and the rule.
 */
export function callFunction(name: string, rawArgs: readonly unknown[]): Outcome<FunctionValue> {
  const spec = findFunction(name);
  if (!spec)
    return fail(
      finding('functie-onbekend', { location: 'functie', article: CONTRACT_BRON, params: { functie: name } }),
    );
  return callSpec(spec, rawArgs);
}

export function callSpec(spec: FunctionSpec, rawArgs: readonly unknown[]): Outcome<FunctionValue> {
  const teVeel = arityFout(spec, rawArgs);
  if (teVeel !== undefined) return teVeel;
  const args: unknown[] = [];
  for (let i = 0; i < spec.params.length; i += 1) {
    const coerced = coerceArg(spec, i, rawArgs);
    if (!coerced.ok) return coerced;
    args.push(coerced.value);
  }
  return runImpl(spec, args);
}

function arityFout(spec: FunctionSpec, rawArgs: readonly unknown[]): Outcome<never> | undefined {
  if (rawArgs.length <= spec.params.length) return undefined;
  return fail(
    finding('argument-te-veel', {
      location: spec.name,
      article: spec.article,
      params: { functie: spec.name, max: spec.params.length },
    }),
  );
}

/** Argument i of a call with `rawArgs`: missing (when required and not given), or coerced. */
function coerceArg(spec: FunctionSpec, i: number, rawArgs: readonly unknown[]): Outcome<unknown> {
  const param = spec.params[i] as ParamSpec;
  const raw = rawArgs[i];
  if (raw === undefined && i >= rawArgs.length && param.optional !== true)
    return fail(
      finding('argument-ontbreekt', { location: param.name, article: spec.article, params: { veld: param.name } }),
    );
  return coerce(param.kind, raw, { name: param.name, article: spec.article }, param.optional === true);
}

function runImpl(spec: FunctionSpec, args: readonly unknown[]): Outcome<FunctionValue> {
  const result = (spec.impl as (a: readonly unknown[]) => RuleResult<Bedrag | Fractie | Datum>)(args);
  if (!result.ok) {
    const veld = String(result.refusal.path?.[0] ?? spec.params[0]?.name ?? spec.name);
    return fail(alsFinding(result.refusal, veld, veld));
  }
  return ok({ kind: spec.result, value: result.value } as FunctionValue);
}

/** The JS number a cell shows for a result: amounts and ratios as the nearest double, dates as Excel serials. */
export function celWaarde(v: FunctionValue): number {
  return v.kind === 'datum' ? toExcelSerial(v.value) : toCellNumber(v.value);
}

/** What the kernel of a function takes for one argument: cents, a regeling, or undefined (then the decimal path). */
type KernelArg = Centen | Regeling | undefined;

/** The kernel's form of an amount: the cents of a non-negative number; anything else undefined. */
function kernelBedrag(raw: unknown): Centen | undefined {
  if (typeof raw !== 'number') return undefined;
  const c = centenVanGetal(raw);
  return c !== undefined && c >= 0 ? c : undefined; // coerce refuses a negative amount: the decimal path says why
}

/** The kernel's form of a raw argument of `kind`: a non-negative cent amount or a regeling id; anything else undefined. */
function kernelArg(kind: ParamSpec['kind'], raw: unknown): KernelArg {
  if (kind === 'bedrag') return kernelBedrag(raw);
  return kind === 'regeling' && typeof raw === 'string' ? findRegeling(raw) : undefined;
}

type Kernel = (args: readonly KernelArg[]) => Centen | undefined;
type CelCall = (rawArgs: readonly unknown[]) => Outcome<number>;

/**
 * The number a cell shows for a call, computed by the exact-cents kernel without allocating, or undefined where the
 * kernel does not answer (an argument it does not take, a fallback of its guard, a refusal): then `callSpecCel`, whose
 * value it always equals where it answers (test/core/kernel.test.ts). It keeps nothing of `rawArgs`.
 */
export type CelGetal = (rawArgs: readonly unknown[]) => number | undefined;

const GEEN_KERNEL: CelGetal = () => undefined;

/**
 * The kernel path of a spec, built once: the parameter kinds fixed, one argument buffer (the kernel reads its
 * arguments and keeps none, and core is synchronous), and the last regeling id with its regeling, so a column of
 * calls with one id looks it up once.
 */
function celGetalVan(spec: FunctionSpec): CelGetal {
  const kernel = spec.centen as Kernel | undefined;
  if (kernel === undefined) return GEEN_KERNEL;
  const kinds = spec.params.map((p) => p.kind);
  const n = kinds.length;
  const bedragen = kinds.map((k) => k === 'bedrag');
  if (!kinds.every((k) => k === 'bedrag' || k === 'regeling')) return GEEN_KERNEL;
  const args: KernelArg[] = kinds.map(() => undefined);
  let laatsteId: unknown = undefined;
  let laatste: Regeling | undefined = undefined;
  const regelingVan = (raw: unknown): Regeling | undefined => {
    if (raw !== laatsteId) {
      laatste = typeof raw === 'string' ? findRegeling(raw) : undefined;
      laatsteId = raw;
    }
    return laatste;
  };
  if (n === 2 && bedragen[0] === true && bedragen[1] === false)
    return (rawArgs) => {
      if (rawArgs.length !== 2) return undefined;
      const c = kernelBedrag(rawArgs[0]);
      const regeling = regelingVan(rawArgs[1]);
      if (c === undefined || regeling === undefined) return undefined;
      args[0] = c;
      args[1] = regeling;
      const uit = kernel(args);
      return uit === undefined ? undefined : celGetal(uit);
    };
  return (rawArgs) => {
    if (rawArgs.length !== n) return undefined;
    for (let i = 0; i < n; i += 1) {
      const a = bedragen[i] === true ? kernelBedrag(rawArgs[i]) : regelingVan(rawArgs[i]);
      if (a === undefined) return undefined;
      args[i] = a;
    }
    const uit = kernel(args);
    return uit === undefined ? undefined : celGetal(uit);
  };
}

/** The cell call of a spec, built once: its kernel path, else `callSpec`. */
function celCall(spec: FunctionSpec, snel: CelGetal): CelCall {
  return (rawArgs) => {
    const v = snel(rawArgs);
    if (v !== undefined) return ok(v);
    const out = callSpec(spec, rawArgs);
    return out.ok ? ok(celWaarde(out.value)) : out;
  };
}

const SNEL = new Map<FunctionSpec, CelGetal>(FUNCTIONS.map((spec) => [spec, celGetalVan(spec)]));

/**
 * The allocation-free cell path of a registry function (`CelGetal`): for a function with an exact-cents kernel the
 * kernel with its arguments checked, for any other a function that always answers undefined.
 */
export function celGetalFunctie(spec: FunctionSpec): CelGetal {
  return SNEL.get(spec) ?? celGetalVan(spec);
}

const CEL = new Map<FunctionSpec, CelCall>(FUNCTIONS.map((spec) => [spec, celCall(spec, celGetalFunctie(spec))]));
const CEL_BY_NAME = new Map<string, CelCall>();
for (const spec of FUNCTIONS) {
  const call = CEL.get(spec) as CelCall;
  CEL_BY_NAME.set(spec.name, call);
  CEL_BY_NAME.set(spec.nlName, call);
}

/**
 * Calls a registry function for a cell: the result as the number the cell shows (`celWaarde`), or the finding.
 * Where the function has an exact-cents kernel and every argument is one it takes, the kernel answers; otherwise, or
 * where the kernel cannot prove exactness, `callSpec` does. Both give the same number (test/core/kernel.test.ts).
 */
export function callSpecCel(spec: FunctionSpec, rawArgs: readonly unknown[]): Outcome<number> {
  return (CEL.get(spec) ?? celCall(spec, celGetalFunctie(spec)))(rawArgs);
}

/** `callSpecCel` by name, as `callFunction` finds it. */
export function callCel(name: string, rawArgs: readonly unknown[]): Outcome<number> {
  const exact = CEL_BY_NAME.get(name);
  if (exact !== undefined) return exact(rawArgs);
  const spec = findFunction(name);
  if (!spec)
    return fail(
      finding('functie-onbekend', { location: 'functie', article: CONTRACT_BRON, params: { functie: name } }),
    );
  return callSpecCel(spec, rawArgs);
}

/**
 * One call over many cells (an Excel range): `rawArgs` are the call's arguments, `varieert[i]` says whether argument
 * i differs per cell. The arguments that do not vary (the regeling, a single amount) are looked up, coerced and
 * converted for the kernel once; the returned function takes each cell's arguments (`cells[i]` for a varying i; the
 * others are ignored) and gives exactly what `callSpecCel(spec, cells)` would. It does not keep `cells`, so a caller
 * may reuse one array for every cell.
 */
export function prepareCall(
  spec: FunctionSpec,
  rawArgs: readonly unknown[],
  varieert: readonly boolean[],
): (cells: readonly unknown[]) => Outcome<number> {
  const teVeel = arityFout(spec, rawArgs);
  if (teVeel !== undefined) return () => teVeel;
  const n = spec.params.length;
  const kinds = spec.params.map((p) => p.kind);
  const varies = kinds.map((_, i) => varieert[i] === true && i < rawArgs.length);
  const vast: (Outcome<unknown> | undefined)[] = kinds.map((_, i) =>
    varies[i] ? undefined : coerceArg(spec, i, rawArgs),
  );
  const kernel = spec.centen as Kernel | undefined;
  const kernelArgs: KernelArg[] = kinds.map((kind, i) => (varies[i] ? undefined : kernelArg(kind, rawArgs[i])));
  const kernelbaar =
    kernel !== undefined && rawArgs.length === n && kernelArgs.every((a, i) => varies[i] === true || a !== undefined);
  const args: unknown[] = new Array<unknown>(n);
  const present: unknown[] = [...rawArgs];
  return (cells) => {
    if (kernelbaar) {
      let all = true;
      for (let i = 0; i < n && all; i += 1) {
        if (!varies[i]) continue;
        const a = kernelArg(kinds[i] as ParamSpec['kind'], cells[i]);
        kernelArgs[i] = a;
        all = a !== undefined;
      }
      const c = all ? kernel(kernelArgs) : undefined;
      if (c !== undefined) return ok(celGetal(c));
    }
    for (let i = 0; i < n; i += 1) {
      let coerced = vast[i];
      if (coerced === undefined) {
        present[i] = cells[i];
        coerced = coerceArg(spec, i, present);
      }
      if (!coerced.ok) return coerced;
      args[i] = coerced.value;
    }
    const out = runImpl(spec, args);
    return out.ok ? ok(celWaarde(out.value)) : out;
  };
}
