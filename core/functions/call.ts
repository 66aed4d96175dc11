/**
 * Calling a cofin function by name with raw values (Excel cell values or command-line text): look the spec up, coerce
 * each argument in the one place that does it, run the rule, and turn a refusal into a finding that names the argument.
 */
import type { Bedrag, Fractie } from '../money';
import type { Datum } from '../dates';
import { CONTRACT_BRON, alsFinding, finding, ok, fail, type Outcome } from '../findings';
import { coerce } from '../coerce';
import type { RuleResult } from '../regelingen/types';
import { FUNCTIONS } from './specs';
import type { FunctionSpec, FunctionValue, ParamSpec } from './types';

const BY_NAME = new Map<string, FunctionSpec>();
for (const spec of FUNCTIONS) {
  BY_NAME.set(spec.name, spec);
  BY_NAME.set(spec.nlName, spec);
}

/** Finds a function by its Excel id or Dutch name, case-insensitive, with or without the 'COFIN.' prefix. */
export function findFunction(name: string): FunctionSpec | undefined {
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
  if (rawArgs.length > spec.params.length)
    return fail(
      finding('argument-te-veel', {
        location: spec.name,
        article: spec.article,
        params: { functie: spec.name, max: spec.params.length },
      }),
    );
  const args: unknown[] = [];
  for (let i = 0; i < spec.params.length; i += 1) {
    const param = spec.params[i] as ParamSpec;
    const raw = rawArgs[i];
    if (raw === undefined && i >= rawArgs.length && param.optional !== true)
      return fail(
        finding('argument-ontbreekt', { location: param.name, article: spec.article, params: { veld: param.name } }),
      );
    const coerced = coerce(param.kind, raw, { name: param.name, article: spec.article }, param.optional === true);
    if (!coerced.ok) return coerced;
    args.push(coerced.value);
  }
  const result = (spec.impl as (a: readonly unknown[]) => RuleResult<Bedrag | Fractie | Datum>)(args);
  if (!result.ok) {
    const veld = String(result.refusal.path?.[0] ?? spec.params[0]?.name ?? spec.name);
    return fail(alsFinding(result.refusal, veld, veld));
  }
  return ok({ kind: spec.result, value: result.value } as FunctionValue);
}
