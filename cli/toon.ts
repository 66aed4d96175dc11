/**
 * How user text is printed in the command line's text output: one escape for file names, arguments and the
 * workbook's own text, so none of it can break a line or reorder what follows. No dependencies, so the argument
 * parser can use it as well as the commands.
 */

/** Bidirectional marks and overrides (ALM, LRM, RLM, LRE..RLO, LRI..PDI) and the line and paragraph separators. */
const ONZICHTBAAR = new Set([
  0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
const KORT: Readonly<Record<number, string>> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

/**
 * User text as printed in the text output and messages of every command: file names, and the workbook's own text in
 * a finding or a sentence (a maatregel, a plan, an omschrijving, a sheet name). Control characters (C0, DEL, C1),
 * line and paragraph separators and bidirectional overrides are shown as escapes (`\n`, `\t`, `\x1b`, `\u202e`), so
 * the text can neither break a line nor reorder or recolour what follows. Everything else, a backslash too, is shown
 * as it is. JSON, CSV and xlsx keep the text exact (JSON escapes control characters itself; CSV quotes the field).
 */
export function toonTekst(tekst: string): string {
  let uit = '';
  for (const teken of tekst) {
    const n = teken.codePointAt(0) ?? 0;
    if (n < 0x20 || (n >= 0x7f && n <= 0x9f)) uit += KORT[n] ?? `\\x${n.toString(16).padStart(2, '0')}`;
    else if (ONZICHTBAAR.has(n)) uit += `\\u${n.toString(16).padStart(4, '0')}`;
    else uit += teken;
  }
  return uit;
}
