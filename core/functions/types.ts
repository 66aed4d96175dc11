/**
 * The contract of a cofin function: the Excel name (the id, never changed once shipped), the Dutch-Excel name, a Dutch
 * description, the parameters, the result kind, worked examples (also documentation and tests) and the rule.
 */
import type { Bedrag, Fractie } from '../money';
import type { Datum } from '../dates';
import type { KindTypes, ParamKind } from '../coerce';
import type { RuleResult } from '../regelingen/types';
import type { Bron } from '../findings';
import type { Centen } from '../money/kernel';
import type { Regeling } from '../regelingen/types';

type ResultKind = 'bedrag' | 'fractie' | 'datum';

export type FunctionValue =
  | { readonly kind: 'bedrag'; readonly value: Bedrag }
  | { readonly kind: 'fractie'; readonly value: Fractie }
  | { readonly kind: 'datum'; readonly value: Datum };

export interface ParamSpec {
  readonly name: string;
  readonly description: string;
  readonly kind: ParamKind;
  readonly optional?: true;
}

type ArgOf<P extends ParamSpec> = P['optional'] extends true ? KindTypes[P['kind']] | undefined : KindTypes[P['kind']];
type ArgsOf<P extends readonly ParamSpec[]> = { readonly [I in keyof P]: P[I] extends ParamSpec ? ArgOf<P[I]> : never };
/** What the exact-cents kernel of a function takes per parameter: an amount in cents, a regeling; no other kind. */
type CentenArgOf<P extends ParamSpec> = P['kind'] extends 'bedrag'
  ? Centen
  : P['kind'] extends 'regeling'
    ? Regeling
    : never;
type CentenArgsOf<P extends readonly ParamSpec[]> = {
  readonly [I in keyof P]: P[I] extends ParamSpec ? CentenArgOf<P[I]> : never;
};
type ValueOf<R extends ResultKind> = R extends 'bedrag' ? Bedrag : R extends 'fractie' ? Fractie : Datum;

interface Example {
  readonly args: readonly string[];
  readonly result: string;
  readonly toelichting?: string;
}

export interface FunctionSpec<
  P extends readonly ParamSpec[] = readonly ParamSpec[],
  R extends ResultKind = ResultKind,
> {
  /** Excel id and English-Excel name: upper case, no underscore (Excel saves COFIN.X as _xldudf_COFIN_X). */
  readonly name: string;
  /** Name in Dutch-language Excel. */
  readonly nlName: string;
  readonly description: string;
  readonly params: P;
  readonly result: R;
  readonly resultDescription: string;
  /** Where the rule comes from, for argument errors and documentation. */
  readonly article: Bron;
  readonly examples: readonly Example[];
  readonly impl: (args: ArgsOf<P>) => RuleResult<ValueOf<R>>;
  /**
   * The same rule in exact integer cents (core/money/kernel), for a function whose parameters are all amounts or a
   * regeling and whose result is an amount: `impl`'s amount in cents, or undefined where the kernel cannot prove
   * exactness or `impl` would refuse (then `impl` answers). Called only with amounts that coerce accepts, one argument
   * per parameter (positional, so the cell path passes its arguments without an array); its parameters are amounts
   * followed by one regeling.
   */
  readonly centen?: (...args: CentenArgsOf<P>) => Centen | undefined;
}

/** Checks a spec against its own parameter list, then forgets the parameter types for the registry's list. */
export function define<const P extends readonly ParamSpec[], R extends ResultKind>(
  spec: FunctionSpec<P, R>,
): FunctionSpec {
  return spec as unknown as FunctionSpec;
}
