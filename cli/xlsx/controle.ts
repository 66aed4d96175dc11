/** One file through the whole check: read (with the hostile-file guards), then core's workbook check. */
import {
  aantalOnzeker,
  controleerWerkboek,
  finding,
  kerncijfers,
  portefeuillepost,
  type Finding,
  type Kerncijfers,
  type Oordeel,
  type Portefeuillepost,
} from '../../core';
import { HEEL_BESTAND, LIMITS, type Limits } from './preflight';
import { leesBestand } from './read';

/** The result of checking one file; plain data, so it can cross a worker thread. */
export type BestandResultaat =
  | {
      readonly bestand: string;
      readonly gelezen: true;
      readonly oordeel: Oordeel;
      readonly findings: readonly Finding[];
      readonly kerncijfers: Kerncijfers;
      /** h/portfolio: what the overview across plans counts; absent when the begroting could not be read. */
      readonly post?: Portefeuillepost;
    }
  | {
      readonly bestand: string;
      readonly gelezen: false;
      /** Why not, with its catalogue code; `reden` is its message. */
      readonly finding: Finding;
      readonly reden: string;
      /** The counts of that one finding; no amounts. */
      readonly kerncijfers: Kerncijfers;
    };

export async function controleerBestand(bestand: string, limits: Limits = { ...LIMITS }): Promise<BestandResultaat> {
  const gelezen = await leesBestand(bestand, limits);
  if (!gelezen.ok) return onleesbaar(bestand, gelezen.finding, gelezen.reden);
  try {
    const r = controleerWerkboek(gelezen.werkboek);
    const post = r.begroting && r.berekening ? portefeuillepost(r.begroting, r.berekening, r.oordeel) : undefined;
    return {
      bestand,
      gelezen: true,
      oordeel: r.oordeel,
      findings: r.findings,
      kerncijfers: kerncijfers(r),
      ...(post ? { post } : {}),
    };
  } catch (error) {
    const melding = error instanceof Error ? error.message : String(error);
    const f = finding('interne-fout', { ...HEEL_BESTAND, params: { melding } });
    return onleesbaar(bestand, f, f.message);
  }
}

/** The entry of a file or folder that was not checked, with the finding that says why. */
export function onleesbaarResultaat(bestand: string, f: Finding): BestandResultaat {
  return onleesbaar(bestand, f, f.message);
}

function onleesbaar(bestand: string, f: Finding, reden: string): BestandResultaat {
  const telling = kerncijfers({ oordeel: 'voldoet-niet', findings: [f], onzeker: aantalOnzeker([f]) });
  return { bestand, gelezen: false, finding: f, reden, kerncijfers: telling };
}
