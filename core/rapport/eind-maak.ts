/**
 * The use case "make the einddeclaratie", once for every face: from a read workbook to the annex and the vaststelling
 * per maatregel as a workbook model, or to the finding that says why not. `cofin eindverantwoording` and the task
 * pane call this and only present the result.
 */
import { formatDatum } from '../dates';
import { ZERO, formatEuro, formatProcent } from '../money';
import { VASTSTELLING_LEZING_TEKST } from '../regelingen/types';
import { finding, type Finding } from '../findings';
import { ernstAantal } from '../tekst';
import { controleerWerkboek } from '../workbook/controle';
import { FORMAAT_ARTIKEL } from '../workbook/lezen';
import type { Werkboek } from '../workbook/types';
import type { WerkboekModel } from '../workbook/model';
import type { Herkomst } from './model';
import { berekenEindverantwoording, type Eindverantwoording } from './eind';
import { eindModel } from './eind-model';

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
  const controle = controleerWerkboek(werkboek);
  const fouten = controle.findings.filter((f) => f.severity === 'fout');
  if (!controle.begroting || !controle.berekening) {
    const weigering = finding('rapport-begroting-onleesbaar', {
      location: '',
      article: FORMAAT_ARTIKEL,
      params: { fouten: ernstAantal(fouten.length, 'fout') },
    });
    return { ok: false, weigering, fouten };
  }
  if (!controle.begroting.realisatie || controle.begroting.realisatie.length === 0)
    return {
      ok: false,
      weigering: finding('rapport-zonder-realisatie', { location: 'realisatie', article: FORMAAT_ARTIKEL }),
      fouten: [],
    };
  const eind = berekenEindverantwoording(controle.begroting, controle.berekening, controle.gelezen.locate);
  return {
    ok: true,
    eind,
    model: eindModel(controle.begroting, eind, herkomst),
    fouten,
    zinnen: { termijn: termijnZin(eind), vaststelling: vaststellingZin(eind) },
  };
}
