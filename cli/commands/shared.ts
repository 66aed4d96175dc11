/**
 * What the subcommands share in presenting results: one line per finding, and writing an output file with the
 * same Dutch refusals. Commands import from here, never from each other.
 */
import { getoondeBron, plaatsTekst, zekerheidLabel, type Finding } from '../../core';
import type { Io } from '../io';
import { verf } from '../kleur';
import { BestandBestaatAl, schrijfAtomair } from '../xlsx/write';

/** Bidirectional marks and overrides (ALM, LRM, RLM, LRE..RLO, LRI..PDI) and the line and paragraph separators. */
const ONZICHTBAAR = new Set([
  0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
const KORT: Readonly<Record<number, string>> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

/**
 * A file name as printed in text output and messages of every command: control characters (C0, DEL, C1), line and
 * paragraph separators and bidirectional overrides are shown as escapes (`\n`, `\t`, `\x1b`, `\u202e`), so a name can
 * neither break a line nor reorder or recolour what follows. Everything else, a backslash too, is shown as it is.
 * JSON and CSV keep the name exact (JSON escapes control characters itself; CSV quotes the field).
 */
export function toonNaam(naam: string): string {
  let uit = '';
  for (const teken of naam) {
    const n = teken.codePointAt(0) ?? 0;
    if (n < 0x20 || (n >= 0x7f && n <= 0x9f)) uit += KORT[n] ?? `\\x${n.toString(16).padStart(2, '0')}`;
    else if (ONZICHTBAAR.has(n)) uit += `\\u${n.toString(16).padStart(4, '0')}`;
    else uit += teken;
  }
  return uit;
}

/**
 * `Blad!A1  code  melding (artikel) [zekerheid]`; the widths pad the location and code into columns. A rule that is
 * not zeker shows its confidence after the source. With `kleur` the code is red for a fout, yellow for a waarschuwing.
 */
export function bevindingRegel(f: Finding, plaatsBreedte = 0, codeBreedte = 0, kleur = false): string {
  const bron = getoondeBron(f.article);
  const zekerheid = zekerheidLabel(f);
  const code = verf(f.code, f.severity === 'fout' ? 'rood' : f.severity === 'waarschuwing' ? 'geel' : 'vet', kleur);
  return `${plaatsTekst(f.location).padEnd(plaatsBreedte)}  ${code}${' '.repeat(Math.max(0, codeBreedte - f.code.length))}  ${f.message}${bron !== undefined ? ` (${bron})` : ''}${zekerheid !== '' ? ` ${zekerheid}` : ''}`;
}

/** The reading a finding assumes, as the line under it (indented by `inspringing`); none for a rule that is zeker. */
export function lezingRegels(f: Finding, inspringing: string): string[] {
  return f.lezing === undefined ? [] : [`${inspringing}Lezing: ${f.lezing}`];
}

/** The findings as aligned lines, each indented by two spaces, each reading on an indented line below. */
export function bevindingRegels(findings: readonly Finding[], kleur = false): string[] {
  const plaatsBreedte = Math.max(0, ...findings.map((f) => plaatsTekst(f.location).length));
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
        ? `cofin ${opdracht}: ${toonNaam(out)} bestaat al; gebruik --force om het te vervangen.\n`
        : `cofin ${opdracht}: ${toonNaam(out)} kan niet worden geschreven (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n`,
    );
    return false;
  }
}
