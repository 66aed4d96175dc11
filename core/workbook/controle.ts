/** `cofin check` for one workbook, in core: read the tables, validate the begroting, recompute COFIN formulas. */
import { sortFindings, type Finding } from '../findings';
import { valideerBegroting, type ControleResultaat } from '../validate';
import { controleerFormules } from './formules';
import { leesBegroting, type GelezenBegroting } from './lezen';
import type { Werkboek } from './types';

export interface WerkboekControle extends ControleResultaat {
  readonly gelezen: GelezenBegroting;
}

export function controleerWerkboek(werkboek: Werkboek): WerkboekControle {
  const gelezen = leesBegroting(werkboek);
  const result = valideerBegroting(gelezen.input, { locate: gelezen.locate });
  // A field the reader already explained (a missing column, a cell that is no amount) is not reported twice.
  const validatie = result.findings.filter((f) => !(f.code === 'invoer-ongeldig' && gelezen.verklaard(f.location.path)));
  const findings: Finding[] = sortFindings([...gelezen.findings, ...validatie, ...controleerFormules(werkboek)]);
  const fout = findings.some((f) => f.severity === 'fout');
  return { ...result, oordeel: fout ? 'voldoet-niet' : 'voldoet', findings, gelezen };
}
