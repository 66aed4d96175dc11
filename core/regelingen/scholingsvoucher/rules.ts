/**
 * The pure rules of the scholingsvoucher: the maximum for one person, and the check of voucher lines in a begroting.
 * Every amount and term comes from `scholingsvoucherParams`.
 */
import { aantalVan, bedrag, maal, verschil, type Bedrag } from '../../money';
import { steuntOp } from '../../parameter';
import type { Begroting } from '../../begroting';
import type { Bron, Pad, RuleParamsOf, Zekerheid } from '../../findings';
import { refuse, value, type RuleResult } from '../types';
import { scholingsvoucherParams as P } from './params';

const maximumPerPersoon = (): Bedrag => bedrag(P.maximumPerPersoon.waarde);
const heeftBaangarantie = (maanden: number | undefined): maanden is number =>
  maanden !== undefined && maanden >= P.baangarantieMinMaanden.waarde;

/**
 * The maximum voucher for one person with these course costs: the costs up to EUR 2,500; above that EUR 2,500 without
 * a job guarantee of at least six months. With one, the sources allow an exception but name no upper amount: refused
 * with that reason rather than guessed (see the reading of `baangarantieMinMaanden`).
 */
export function scholingsvoucherMaximum(kosten: Bedrag, baangarantieMaanden?: number): RuleResult<Bedrag> {
  const max = maximumPerPersoon();
  if (!kosten.greaterThan(max)) return value(kosten);
  if (!heeftBaangarantie(baangarantieMaanden)) return value(max);
  return refuse({
    code: 'voucher-uitzondering-zonder-maximum',
    article: P.baangarantieMinMaanden.bron,
    params: { kosten, maximum: max, maanden: baangarantieMaanden, minMaanden: P.baangarantieMinMaanden.waarde },
    path: ['baangarantieMaanden'],
  });
}

/** A check of one voucher line, to be placed at its path; it carries the confidence of the rule it rests on. */
type VoucherCode = 'voucher-boven-maximum' | 'voucher-uitzondering-baangarantie' | 'voucher-dubbele-financiering';
export type VoucherCheck = {
  readonly [C in VoucherCode]: {
    readonly code: C;
    readonly article: Bron;
    readonly zekerheid: Zekerheid;
    readonly lezing?: string;
    readonly params: RuleParamsOf<C>;
    readonly path: Pad;
  };
}[VoucherCode];

/**
 * Voucher lines (`soort` scholingsvoucher) above EUR 2,500 per person: a waarschuwing with the part the voucher does
 * not cover (a cap on the voucher, not a ban on a dearer course: the participant pays the rest), or with a job
 * guarantee of at least six months an info that only UWV can allow more. `personen` empty counts as one person.
 * Every voucher line also warns that a voucher does not pay for training funded from another public scheme, which
 * the cofinancing of `regelingNaam` is.
 */
export function scholingsvoucherControles(b: Begroting, regelingNaam: string): VoucherCheck[] {
  const out: VoucherCheck[] = [];
  b.kostenposten.forEach((k, i) => {
    if (k.soort !== 'scholingsvoucher') return;
    out.push({
      code: 'voucher-dubbele-financiering',
      ...steuntOp(P.geenDubbeleFinanciering),
      params: { regeling: regelingNaam },
      path: ['kostenposten', i, 'soort'],
    });
    const personen = k.personen ?? 1;
    const maximum = maal(maximumPerPersoon(), aantalVan(personen));
    if (!k.bedrag.greaterThan(maximum)) return;
    const path: Pad = ['kostenposten', i, 'bedrag'];
    const minMaanden = P.baangarantieMinMaanden.waarde;
    if (heeftBaangarantie(k.baangarantieMaanden))
      out.push({
        code: 'voucher-uitzondering-baangarantie',
        ...steuntOp(P.baangarantieMinMaanden),
        params: { bedrag: k.bedrag, personen, maximum, maanden: k.baangarantieMaanden, minMaanden },
        path,
      });
    else
      out.push({
        code: 'voucher-boven-maximum',
        ...steuntOp(P.maximumPerPersoon),
        params: {
          bedrag: k.bedrag,
          personen,
          maximumPerPersoon: maximumPerPersoon(),
          maximum,
          eigenKosten: verschil(k.bedrag, maximum),
          minMaanden,
        },
        path,
      });
  });
  return out;
}
