/** Checks that only the 2015 regeling has; the rate rules are the sectorplannen rules with the 2015 params. */
import { fractie, maal } from '../../money';
import { compareDatum, type Datum } from '../../dates';
import type { Begroting } from '../../begroting';
import { sumBy } from '../shared';
import { steuntOp } from '../../parameter';
import type { Berekening, Keuze, RegelingCheck } from '../types';
import type { params } from './params';

/** The four types of measure of the 2015 regeling (params.soortenMaatregelen). */
export const SOORTEN_2015: readonly Keuze[] = [
  { waarde: 'werk-ander-beroep', label: 'Van werk naar een ander beroep bij een andere werkgever' },
  { waarde: 'werk-zelfde-beroep', label: 'Van werk naar hetzelfde beroep bij een andere werkgever' },
  { waarde: 'ww-naar-werk', label: 'Van WW naar werk bij een andere werkgever' },
  { waarde: 'overig-naar-werk', label: 'Overig (zzp, bijstand, anderen) naar een ander of hetzelfde beroep' },
];

export function controles2015(b: Begroting, calc: Berekening, p: typeof params): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const allowed = new Set(SOORTEN_2015.map((s) => s.waarde));
  const vroegst = p.vroegsteStart.waarde as Datum;
  b.maatregelen.forEach((m, i) => {
    if (!allowed.has(m.soort))
      checks.push({
        code: 'soort-onbekend',
        ...steuntOp(p.soortenMaatregelen),
        path: ['maatregelen', i, 'soort'],
        params: { waarde: m.soort, keuzes: SOORTEN_2015.map((s) => s.waarde).join(', ') },
      });
    if (compareDatum(m.startdatum, vroegst) < 0)
      checks.push({
        code: 'startdatum-te-vroeg',
        ...steuntOp(p.vroegsteStart),
        path: ['maatregelen', i, 'startdatum'],
        params: { start: m.startdatum, vroegst },
      });
  });
  // "De helft van de 50%": half of the minimum own share of all declared costs of the plan, however much more the
  // partners bring (params.overhedenMaxAandeelEigen, its reading).
  const overheden = b.financiering.filter((f) => f.bron === 'gemeente' || f.bron === 'provincie');
  const bijdrage = sumBy(overheden, (f) => f.bedrag);
  const helft = fractie(p.overhedenMaxAandeelEigen.waarde);
  const eigenMinimum = fractie(p.eigenFinancieringMinimum.waarde);
  const maximum = maal(maal(calc.totaleKosten, eigenMinimum), helft);
  if (bijdrage.greaterThan(maximum)) {
    const first = b.financiering.findIndex((f) => f.bron === 'gemeente' || f.bron === 'provincie');
    checks.push({
      code: 'bijdrage-overheden-te-hoog',
      ...steuntOp(p.overhedenMaxAandeelEigen),
      path: ['financiering', first, 'bedrag'],
      params: { bijdrage, helft, procent: eigenMinimum, kosten: calc.totaleKosten, maximum },
    });
  }
  return checks;
}
