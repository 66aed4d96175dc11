/** Checks that only the 2015 regeling has; the rate rules are the sectorplannen rules with the 2015 params. */
import { fractie, maal } from '../../money';
import { compareDatum, type Datum } from '../../dates';
import type { Begroting } from '../../begroting';
import { sumBy } from '../shared';
import type { Keuze, RegelingCheck } from '../types';
import type { params } from './params';

/** The four types of measure of the 2015 regeling (art. 1.1 "ander beroep", "beroep"; finestri.nl; oocc.nl). */
export const SOORTEN_2015: readonly Keuze[] = [
  { waarde: 'werk-ander-beroep', label: 'Van werk naar een ander beroep bij een andere werkgever' },
  { waarde: 'werk-zelfde-beroep', label: 'Van werk naar hetzelfde beroep bij een andere werkgever' },
  { waarde: 'ww-naar-werk', label: 'Van WW naar werk bij een andere werkgever' },
  { waarde: 'overig-naar-werk', label: 'Overig (zzp, bijstand, anderen) naar een ander of hetzelfde beroep' },
];

export function controles2015(b: Begroting, p: typeof params): RegelingCheck[] {
  const checks: RegelingCheck[] = [];
  const allowed = new Set(SOORTEN_2015.map((s) => s.waarde));
  const vroegst = p.vroegsteStart.waarde as Datum;
  b.maatregelen.forEach((m, i) => {
    if (!allowed.has(m.soort))
      checks.push({
        code: 'soort-onbekend',
        article: p.cofinancieringspercentage.bron,
        path: ['maatregelen', i, 'soort'],
        params: { waarde: m.soort, keuzes: SOORTEN_2015.map((s) => s.waarde).join(', ') },
      });
    if (compareDatum(m.startdatum, vroegst) < 0)
      checks.push({
        code: 'startdatum-te-vroeg',
        article: p.vroegsteStart.bron,
        path: ['maatregelen', i, 'startdatum'],
        params: { start: m.startdatum, vroegst },
      });
  });
  const eigen = sumBy(
    b.financiering.filter((f) => f.bron !== 'szw'),
    (f) => f.bedrag,
  );
  const overheden = b.financiering.filter((f) => f.bron === 'gemeente' || f.bron === 'provincie');
  const bijdrage = sumBy(overheden, (f) => f.bedrag);
  const maximum = maal(eigen, fractie(p.overhedenMaxAandeelEigen.waarde));
  if (bijdrage.greaterThan(maximum)) {
    const first = b.financiering.findIndex((f) => f.bron === 'gemeente' || f.bron === 'provincie');
    checks.push({
      code: 'bijdrage-overheden-te-hoog',
      article: p.overhedenMaxAandeelEigen.bron,
      path: ['financiering', first, 'bedrag'],
      params: { bijdrage, eigen, maximum },
    });
  }
  return checks;
}
