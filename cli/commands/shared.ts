/**
 * What the subcommands share in presenting results: one line per finding, and writing an output file with the
 * same Dutch refusals. Commands import from here, never from each other.
 */
import { getoondeBron, plaatsTekst, zekerheidLabel, type Finding } from '../../core';
import type { Io } from '../io';
import { verf } from '../kleur';
import { toonTekst } from '../toon';
import { BestandBestaatAl, schrijfAtomair } from '../xlsx/write';

export { toonTekst };

/** Where a finding points, as printed: the sheet name is the workbook's own text. */
function toonPlaats(f: Finding): string {
  return toonTekst(plaatsTekst(f.location));
}

/**
 * `Blad!A1  code  melding (artikel) [zekerheid]`; the widths pad the location and code into columns. A rule that is
 * not zeker shows its confidence after the source. With `kleur` the code is red for a fout, yellow for a waarschuwing.
 * The location and the message carry the workbook's text, shown with `toonTekst`.
 */
export function bevindingRegel(f: Finding, plaatsBreedte = 0, codeBreedte = 0, kleur = false): string {
  const bron = getoondeBron(f.article);
  const zekerheid = zekerheidLabel(f);
  const code = verf(f.code, f.severity === 'fout' ? 'rood' : f.severity === 'waarschuwing' ? 'geel' : 'vet', kleur);
  return `${toonPlaats(f).padEnd(plaatsBreedte)}  ${code}${' '.repeat(Math.max(0, codeBreedte - f.code.length))}  ${toonTekst(f.message)}${bron !== undefined ? ` (${bron})` : ''}${zekerheid !== '' ? ` ${zekerheid}` : ''}`;
}

/** The reading a finding assumes, as the line under it (indented by `inspringing`); none for a rule that is zeker. */
export function lezingRegels(f: Finding, inspringing: string): string[] {
  return f.lezing === undefined ? [] : [`${inspringing}Lezing: ${toonTekst(f.lezing)}`];
}

/** The findings as aligned lines, each indented by two spaces, each reading on an indented line below. */
export function bevindingRegels(findings: readonly Finding[], kleur = false): string[] {
  const plaatsBreedte = Math.max(0, ...findings.map((f) => toonPlaats(f).length));
  const codeBreedte = Math.max(0, ...findings.map((f) => f.code.length));
  return findings.flatMap((f) => [
    `  ${bevindingRegel(f, plaatsBreedte, codeBreedte, kleur)}`,
    ...lezingRegels(f, '      '),
  ]);
}

/**
 * Writes `data` to `out` atomically (an existing file only with `force`); on failure says why on standard error
 * as `cofin OPDRACHT: ...` and resolves to false.
 */
export async function schrijfUitvoer(
  opdracht: string,
  out: string,
  data: Buffer,
  force: boolean,
  io: Io,
): Promise<boolean> {
  try {
    await schrijfAtomair(out, data, force);
    return true;
  } catch (error) {
    io.err(
      error instanceof BestandBestaatAl
        ? `cofin ${opdracht}: ${toonTekst(out)} bestaat al; gebruik --force om het te vervangen.\n`
        : `cofin ${opdracht}: ${toonTekst(out)} kan niet worden geschreven (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n`,
    );
    return false;
  }
}
