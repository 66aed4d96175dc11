/** One file through the whole check: read (with the hostile-file guards), then core's workbook check. */
import { controleerWerkboek, type Finding, type Oordeel } from '../../core';
import { LIMITS, type Limits } from './preflight';
import { leesBestand } from './read';

/** The result of checking one file; plain data, so it can cross a worker thread. */
export type BestandResultaat =
  | {
      readonly bestand: string;
      readonly gelezen: true;
      readonly oordeel: Oordeel;
      readonly findings: readonly Finding[];
    }
  | { readonly bestand: string; readonly gelezen: false; readonly reden: string };

export async function controleerBestand(bestand: string, limits: Limits = { ...LIMITS }): Promise<BestandResultaat> {
  const gelezen = await leesBestand(bestand, limits);
  if (!gelezen.ok) return { bestand, gelezen: false, reden: gelezen.reden };
  try {
    const r = controleerWerkboek(gelezen.werkboek);
    return { bestand, gelezen: true, oordeel: r.oordeel, findings: r.findings };
  } catch (error) {
    return {
      bestand,
      gelezen: false,
      reden: `interne fout in cofin (${error instanceof Error ? error.message : String(error)}); meld dit aan de beheerders.`,
    };
  }
}
