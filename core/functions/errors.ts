/** Which Excel error value a finding becomes in a cell. */
import type { Finding, FindingCode } from '../findings';

/** Findings that Excel shows as #N/A ("no value applies") rather than #VALUE! ("this input is wrong"). */
const NOT_AVAILABLE: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'regeling-onbekend',
  'niet-van-toepassing',
  'wml-onbekend',
  'functie-onbekend',
]);

export function excelErrorKind(f: Finding): 'VALUE' | 'NA' {
  return NOT_AVAILABLE.has(f.code) ? 'NA' : 'VALUE';
}
