/**
 * The use case "make the einddeclaratie", once for every face: from a read workbook to the annex and the vaststelling
 * per maatregel as a workbook model, or to the finding that says why not. `cofin eindverantwoording` and the task
 * pane call this and only present the result.
 */
import { formatDatum } from '../dates';
import { ZERO, formatEuro, formatProcent } from '../money';
import { VASTSTELLING_LEZING_TEKST } from '../regelingen/types';
import type { Finding } from '../findings';
import type { Werkboek } from '../workbook/types';
import type { WerkboekModel } from '../workbook/model';
import type { Herkomst } from './model';
import { berekenEindverantwoording, type Eindverantwoording } from './eind';
import { eindModel } from './eind-model';
import { controleVoorRapport } from './maak';

/** The einddeclaratie, and the sentences both faces print beside it. */
interface GemaakteEindverantwoording {
  readonly ok: true;
  readonly eind: Eindverantwoording;
  readonly model: WerkboekModel;
  /** The fout findings of the begroting itself (the einddeclaratie is made regardless; the faces point them out). */
  readonly fouten: readonly Finding[];
  readonly zinnen: {
    /** 'Uiterste datum einddeclaratie: 16-04-2017 (waarschijnlijk).' or why it cannot be given. */
    readonly termijn: string;
    /**
     * 'Vaststelling: € 34.000 (verleend € 60.000).'; with a realisation threshold both readings:
     * 'Vaststelling (onzeker: ...): per maatregel € 27.000, naar rato per plan € 32.000 (verleend € 40.000).'
     */
    readonly vaststelling: string;
  };
}

/** Why no einddeclaratie: one refusal, and for an unreadable begroting its fout findings. */
interface GeweigerdeEindverantwoording {
  readonly ok: false;
  readonly weigering: Finding;
  readonly fouten: readonly Finding[];
}

type EindverantwoordingUitkomst = GemaakteEindverantwoording | GeweigerdeEindverantwoording;

function termijnZin(e: Eindverantwoording): string {
  if (!e.vaststellingsdatum)
    return `Uiterste datum einddeclaratie: niet te bepalen (${e.vaststellingsdatumOntbreekt ?? 'onbekend'}).`;
  const zekerheid = e.termijn && e.termijn.zekerheid !== 'zeker' ? ` (${e.termijn.zekerheid})` : '';
  return `Uiterste datum einddeclaratie: ${formatDatum(e.vaststellingsdatum)}${zekerheid}.`;
}

function vaststellingZin(e: Eindverantwoording): string {
  const verleend = `verleend ${formatEuro(e.verleend)}`;
  if (!e.drempel)
    return e.vaststelling
      ? `Vaststelling: ${formatEuro(e.vaststelling)} (${verleend}).`
      : `Vaststelling: niet te bepalen (${verleend}).`;
  return `Vaststelling (${e.vaststellingZekerheid ?? 'onzeker'}: of de drempel van ${formatProcent(e.drempel)} per maatregel of per plan geldt, is niet bekend): ${VASTSTELLING_LEZING_TEKST['per-maatregel']} ${formatEuro(e.vaststelling ?? ZERO)}, ${VASTSTELLING_LEZING_TEKST['naar-rato']} ${formatEuro(e.vaststellingNaarRato ?? ZERO)} (${verleend}).`;
}

/**
 * Checks the workbook as `cofin check` does, then fills the annex and computes the vaststelling at the end of the
 * plan; `herkomst` (cofin's version, the day written) completes the audit line.
 */
export function maakEindverantwoording(werkboek: Werkboek, herkomst?: Herkomst): EindverantwoordingUitkomst {
  const controle = controleVoorRapport(werkboek);
  if (!controle.ok) return controle;
  const { begroting, berekening, locate, fouten } = controle;
  const eind = berekenEindverantwoording(begroting, berekening, locate);
  return {
    ok: true,
    eind,
    model: eindModel(begroting, eind, herkomst),
    fouten,
    zinnen: { termijn: termijnZin(eind), vaststelling: vaststellingZin(eind) },
  };
}
