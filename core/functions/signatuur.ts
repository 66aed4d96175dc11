/** How a function's arguments are shown to people: in order, optional ones in square brackets. */
import type { FunctionSpec } from './types';

/** The argument list, e.g. 'kosten; regeling; [tarief]' with separator '; ', or 'kosten regeling [tarief]' with ' '. */
export function argumenten(spec: FunctionSpec, separator = '; '): string {
  return spec.params.map((p) => (p.optional === true ? `[${p.name}]` : p.name)).join(separator);
}

/** The call as typed in Excel (semicolons, as in Dutch-language Excel), e.g. '=COFIN.ADVIES(uren; regeling; [tarief])'. */
export function signatuur(spec: FunctionSpec): string {
  return `=COFIN.${spec.name}(${argumenten(spec, '; ')})`;
}
