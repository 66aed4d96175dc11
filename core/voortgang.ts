/**
 * Linear progress: the share of a period that is done on a peildatum if the work (and its cost) is spread evenly over
 * the days from start to end. The evaluation compares realised spending with it (Ecorys, tussenevaluatie DWSRA, april
 * 2018, par. 4.2); the function VOORTGANG and the voortgangsrapportage both use it.
 */
import { aantalVan, verhouding, type Fractie } from './money';
import { addDays, compareDatum, daysBetween, type Datum } from './dates';
import { refuse, value, type RuleResult } from './findings';

/** The source of linear progress. */
export const VOORTGANG_BRON =
  'Ecorys, tussenevaluatie DWSRA (april 2018), par. 4.2: gelijkmatige spreiding van de kosten in de tijd';

/** Share of a period done at the end of `peil`, under linear progress over whole days, clamped to 0..1. */
export function voortgang(start: Datum, eind: Datum, peil: Datum): RuleResult<Fractie> {
  if (compareDatum(eind, start) < 0)
    return refuse({
      code: 'periode-ongeldig',
      article: VOORTGANG_BRON,
      params: { begin: start, eind },
      path: ['einddatum'],
    });
  const total = daysBetween(start, addDays(eind, 1));
  const done = Math.min(Math.max(daysBetween(start, addDays(peil, 1)), 0), total);
  return value(verhouding(aantalVan(done), aantalVan(total)));
}
