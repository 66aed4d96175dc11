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

/** The kernel's form of an amount: the cents of a non-negative number; anything else undefined. */
function kernelBedrag(raw: unknown): Centen | undefined {
  if (typeof raw !== 'number') return undefined;
  const c = centenVanGetal(raw);
  return c !== undefined && c >= 0 ? c : undefined; // coerce refuses a negative amount: the decimal path says why
}

/** The kernel's regeling of a raw argument: the regeling of an id, anything else undefined (the decimal path says why). */
function kernelRegeling(raw: unknown): Regeling | undefined {
  return typeof raw === 'string' ? findRegeling(raw) : undefined;
}

/**
 * The kernel of a spec over raw cell values with its regeling found: the cell's number, or undefined where the kernel
 * does not answer. `a` and `b` are the raw amounts (`b` unused by a kernel of one amount). A kernel's parameters are one
 * or two amounts followed by one regeling (`FunctionSpec.centen`); a spec of any other shape has no cell kernel.
 */
type CelKernel = (a: unknown, b: unknown, regeling: Regeling) => number | undefined;

type Kernel1 = (a: Centen, regeling: Regeling) => Centen | undefined;
type Kernel2 = (a: Centen, b: Centen, regeling: Regeling) => Centen | undefined;

/** The cell kernel of a spec, or undefined when it has none or its parameters are not amounts then a regeling. */
function celKernelVan(spec: FunctionSpec): CelKernel | undefined {
  return CEL_KERNELS.has(spec) ? CEL_KERNELS.get(spec) : maakCelKernel(spec);
}

function maakCelKernel(spec: FunctionSpec): CelKernel | undefined {
  const kernel = spec.centen as unknown;
  const kinds = spec.params.map((p) => p.kind);
  const n = kinds.length;
  if (typeof kernel !== 'function' || kinds[n - 1] !== 'regeling' || spec.params.some((p) => p.optional === true))
    return undefined;
  if (n === 2 && kinds[0] === 'bedrag') {
    const k = kernel as Kernel1;
    return (a, _b, regeling) => {
      const c = kernelBedrag(a);
      if (c === undefined) return undefined;
      const uit = k(c, regeling);
      return uit === undefined ? undefined : celGetal(uit);
    };
  }
  if (n === 3 && kinds[0] === 'bedrag' && kinds[1] === 'bedrag') {
    const k = kernel as Kernel2;
    return (a, b, regeling) => {
      const ca = kernelBedrag(a);
      const cb = kernelBedrag(b);
      if (ca === undefined || cb === undefined) return undefined;
      const uit = k(ca, cb, regeling);
      return uit === undefined ? undefined : celGetal(uit);
    };
  }
  return undefined;
}

/** Each spec's cell kernel, built once: single calls and prepared ranges run the same function. */
const CEL_KERNELS = new Map<FunctionSpec, CelKernel | undefined>(FUNCTIONS.map((spec) => [spec, maakCelKernel(spec)]));

type CelCall = (rawArgs: readonly unknown[]) => Outcome<number>;

/**
 * The number a cell shows for a call, computed by the exact-cents kernel without allocating, or undefined where the
 * kernel does not answer (an argument it does not take, a fallback of its guard, a refusal): then `callSpecCel`, whose
 * value it always equals where it answers (test/core/kernel.test.ts). It keeps nothing of `rawArgs`.
 */
export type CelGetal = (rawArgs: readonly unknown[]) => number | undefined;

const GEEN_KERNEL: CelGetal = () => undefined;

/** The regeling of the last id asked, kept, so a column of calls with one id looks it up once. */
function regelingCache(): (raw: unknown) => Regeling | undefined {
  let laatsteId: unknown = undefined;
  let laatste: Regeling | undefined = undefined;
  return (raw) => {
    if (raw !== laatsteId) {
      laatste = kernelRegeling(raw);
      laatsteId = raw;
    }
    return laatste;
  };
}

/** The kernel path of a spec, built once: its cell kernel with the last regeling id and its regeling kept. */
function celGetalVan(spec: FunctionSpec): CelGetal {
  const cel = celKernelVan(spec);
  if (cel === undefined) return GEEN_KERNEL;
  const n = spec.params.length;
  const laatste = n - 1;
  const regelingVan = regelingCache();
  return (rawArgs) => {
    if (rawArgs.length !== n) return undefined;
    const regeling = regelingVan(rawArgs[laatste]);
    return regeling === undefined ? undefined : cel(rawArgs[0], rawArgs[1], regeling);
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
  const cel = rawArgs.length === n ? celKernelVan(spec) : undefined;
  const laatste = n - 1;
  // The regeling, looked up once when it does not vary (undefined: no kernel path, the decimal path says why).
  const vasteRegeling = cel !== undefined && !varies[laatste] ? kernelRegeling(rawArgs[laatste]) : undefined;
  const regelingVan = cel !== undefined && varies[laatste] === true ? regelingCache() : undefined;
  const kernelbaar = cel !== undefined && (vasteRegeling !== undefined || regelingVan !== undefined);
  const a0 = rawArgs[0];
  const a1 = rawArgs[1];
  const v0 = varies[0] === true;
  const v1 = varies[1] === true;
  const args: unknown[] = new Array<unknown>(n);
  const present: unknown[] = [...rawArgs];
  return (cells) => {
    if (kernelbaar) {
      const regeling = vasteRegeling ?? regelingVan?.(cells[laatste]);
      const v = regeling === undefined ? undefined : cel(v0 ? cells[0] : a0, v1 ? cells[1] : a1, regeling);
      if (v !== undefined) return ok(v);
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
