/** How a function's calls are shown to people: arguments in order, optional ones in square brackets. */
import type { FunctionSpec } from './types';

/** The argument list, e.g. 'kosten; regeling; [tarief]' with separator '; ', or 'kosten regeling [tarief]' with ' '. */
export function argumenten(spec: FunctionSpec, separator = '; '): string {
  return spec.params.map((p) => (p.optional === true ? `[${p.name}]` : p.name)).join(separator);
}

/** The call as typed in Excel (semicolons, as in Dutch-language Excel), e.g. '=COFIN.ADVIES(uren; regeling; [tarief])'. */
export function signatuur(spec: FunctionSpec): string {
  return `=COFIN.${spec.name}(${argumenten(spec, '; ')})`;
}

/** A worked example as typed in Dutch-language Excel: decimal comma, text quoted, '; ' between arguments. */
export function voorbeeldFormule(spec: FunctionSpec, args: readonly string[]): string {
  return `=COFIN.${spec.name}(${args.map((a) => (/^[\d.]+$/.test(a) ? a.replace('.', ',') : `"${a}"`)).join('; ')})`;
}
