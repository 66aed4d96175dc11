import type { Bron, Zekerheid } from './findings';

export type { Zekerheid };

/** One parameter of a regeling: its value (always text, never a float), where it comes from, and how sure we are. */
export interface Parameter<T extends string | number = string> {
  readonly waarde: T;
  readonly omschrijving: string;
  /** The article of the regeling, or the source the rule book names where the article text was not read. */
  readonly bron: Bron;
  readonly zekerheid: Zekerheid;
  /** For 'onzeker' (and some 'waarschijnlijk') rules: the reading chosen and why a careful reviewer would choose it. */
  readonly lezing?: string;
  /** For a value that changed over time: the period this value applies to (inclusive dates). */
  readonly geldigVanaf?: string;
  readonly geldigTot?: string;
}

/** What a finding that rests on parameter `p` carries: its source, its confidence and, where unsure, its reading. */
export function steuntOp(p: Parameter<string | number>): {
  readonly article: Bron;
  readonly zekerheid: Zekerheid;
  readonly lezing?: string;
} {
  return p.lezing === undefined
    ? { article: p.bron, zekerheid: p.zekerheid }
    : { article: p.bron, zekerheid: p.zekerheid, lezing: p.lezing };
}
