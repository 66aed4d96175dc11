/**
 * The key figures of one checked begroting, as a reviewer carries them away: who, under which regeling, the money,
 * and how many findings of each severity and confidence. Plain data (money as exact decimal strings), so it crosses
 * a worker thread and goes into JSON, CSV and a workbook unchanged.
 */
import type { Severity, Zekerheid } from '../findings';
import { decimaal, maxOf, totaal, verschil, ZERO, type Bedrag } from '../money';
import type { RegelingId } from '../regelingen/ids';
import type { ControleResultaat } from '../validate';

/** An amount in euros as an exact decimal string with at least two decimals: '86232.00', '0.125'. */
export type BedragTekst = string;

export interface KernBedragen {
  readonly totaleKosten: BedragTekst;
  readonly subsidiabeleKosten: BedragTekst;
  readonly maximaleSubsidie: BedragTekst;
  readonly gevraagdeSubsidie: BedragTekst;
  /** Subsidiable costs minus the subsidy that can be granted (the lower of requested and maximum). */
  readonly vereisteEigenBijdrage: BedragTekst;
  /** All financing rows that are not SZW cofinancing. */
  readonly begroteEigenBijdrage: BedragTekst;
  /** How far the requested subsidy exceeds the maximum; '0.00' when it does not. */
  readonly overschrijding: BedragTekst;
}

export interface Kerncijfers {
  /** Absent when the plan could not be read as a begroting. */
  readonly regeling?: RegelingId;
  readonly plan?: string;
  readonly hoofdaanvrager?: string;
  /** Absent when the begroting could not be computed. */
  readonly bedragen?: KernBedragen;
  readonly ernst: Readonly<Record<Severity, number>>;
  readonly zekerheid: Readonly<Record<Zekerheid, number>>;
}

/** The names of the amounts in the order every output shows them. */
export const KERNBEDRAGEN: readonly (keyof KernBedragen)[] = [
  'totaleKosten',
  'subsidiabeleKosten',
  'maximaleSubsidie',
  'gevraagdeSubsidie',
  'vereisteEigenBijdrage',
  'begroteEigenBijdrage',
  'overschrijding',
];

/** Dutch labels of the amounts, as column heads and in text. */
export const KERNBEDRAG_LABELS: Readonly<Record<keyof KernBedragen, string>> = {
  totaleKosten: 'totale kosten',
  subsidiabeleKosten: 'subsidiabele kosten',
  maximaleSubsidie: 'maximale subsidie',
  gevraagdeSubsidie: 'gevraagde subsidie',
  vereisteEigenBijdrage: 'vereiste eigen bijdrage',
  begroteEigenBijdrage: 'begrote eigen bijdrage',
  overschrijding: 'overschrijding',
};

function tekst(b: Bedrag): BedragTekst {
  const d = decimaal(b);
  return d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toFixed();
}

/** The key figures of a check result: pure, computed once, shown by every face. */
export function kerncijfers(controle: ControleResultaat): Kerncijfers {
  const ernst = { fout: 0, waarschuwing: 0, info: 0 };
  const zekerheid = { zeker: 0, waarschijnlijk: 0, onzeker: 0 };
  for (const f of controle.findings) {
    ernst[f.severity] += 1;
    zekerheid[f.zekerheid] += 1;
  }
  const b = controle.begroting;
  const c = controle.berekening;
  const bedragen: KernBedragen | undefined =
    b && c
      ? {
          totaleKosten: tekst(c.totaleKosten),
          subsidiabeleKosten: tekst(c.subsidiabeleKosten),
          maximaleSubsidie: tekst(c.maximaleSubsidie),
          gevraagdeSubsidie: tekst(c.gevraagdeSubsidie),
          vereisteEigenBijdrage: tekst(c.vereisteEigenBijdrage),
          begroteEigenBijdrage: tekst(totaal(b.financiering.filter((f) => f.bron !== 'szw').map((f) => f.bedrag))),
          overschrijding: tekst(maxOf(ZERO, verschil(c.gevraagdeSubsidie, c.maximaleSubsidie))),
        }
      : undefined;
  return {
    ...(b
      ? { regeling: b.plan.regeling, plan: b.plan.naam, hoofdaanvrager: b.plan.hoofdaanvrager }
      : controle.regeling !== undefined
        ? { regeling: controle.regeling }
        : {}),
    ...(bedragen ? { bedragen } : {}),
    ernst,
    zekerheid,
  };
}
