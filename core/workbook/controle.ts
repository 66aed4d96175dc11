/** `cofin check` for one workbook, in core: read the tables, validate the begroting, recompute COFIN formulas. */
import { SEVERITY_ORDER, aantalOnzeker, type Finding } from '../findings';
import { valideerBegroting, type ControleResultaat } from '../validate';
import { controleerFormules } from './formules';
import { leesBegroting, type GelezenBegroting } from './lezen';
import { parseAddress, type Werkboek } from './types';

export interface WerkboekControle extends ControleResultaat {
  readonly gelezen: GelezenBegroting;
}

export function controleerWerkboek(werkboek: Werkboek): WerkboekControle {
  const gelezen = leesBegroting(werkboek);
  // A field the reader already explained (a missing column, a cell that is no amount) is not reported twice.
  const result = valideerBegroting(gelezen.input, { locate: gelezen.locate, verklaard: gelezen.verklaard });
  const findings = inWerkboekvolgorde(werkboek, [
    ...gelezen.findings,
    ...result.findings,
    ...controleerFormules(werkboek),
  ]);
  const fout = findings.some((f) => f.severity === 'fout');
  return { ...result, oordeel: fout ? 'voldoet-niet' : 'voldoet', findings, onzeker: aantalOnzeker(findings), gelezen };
}

/** Fout first, then as a reviewer reads the workbook: sheet by sheet, row by row; findings without a cell first. */
function inWerkboekvolgorde(werkboek: Werkboek, findings: readonly Finding[]): Finding[] {
  const bladIndex = new Map(werkboek.sheets.map((b, i) => [b.name, i] as const));
  const key = (f: Finding): [number, number, number, string] => {
    const pos = f.location.cell !== undefined ? parseAddress(f.location.cell) : undefined;
    const blad = f.location.sheet !== undefined ? (bladIndex.get(f.location.sheet) ?? -1) : -1;
    return [blad, pos?.row ?? 0, pos?.col ?? 0, f.location.path];
  };
  return [...findings].sort((a, b) => {
    const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    if (s !== 0) return s;
    const ka = key(a);
    const kb = key(b);
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || ka[3].localeCompare(kb[3]);
  });
}
