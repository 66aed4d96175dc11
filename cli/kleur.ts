/** ANSI colours for the text report on a terminal; with `aan` false the text is returned unchanged. */
const CODES = { rood: 31, groen: 32, geel: 33, vet: 1 } as const;

export type Kleur = keyof typeof CODES;

export function verf(tekst: string, kleur: Kleur, aan: boolean): string {
  return aan && tekst !== '' ? `\x1b[${String(CODES[kleur])}m${tekst}\x1b[0m` : tekst;
}
