/** When a begroting closes: the costs and the financing that covers them, equal up to rounding. */
import { bedrag, verschil, type Bedrag } from '../money';
import type { Parameter } from '../parameter';

/** The tolerance every regeling shares; listed among each regeling's parameters so the docs show it. */
export const sluitTolerantie = {
  waarde: '1',
  omschrijving: 'Een begroting (en een maatregel) sluit als kosten en financiering minder dan € 1 verschillen',
  bron: "Geen tekst gevonden over afronding in de begroting; tussenevaluatie DWSRA (Ecorys, april 2018), tabel 2.2 en bijlage: begrotingen in hele euro's naast een opslag van 15% die centen geeft",
  zekerheid: 'onzeker',
  lezing:
    "Een verschil onder één euro komt uit het afronden (de opslag van 15% of 32% in centen, de subsidie in hele euro's, bedragen die de aanvrager in hele euro's invult) en is geen gat in de financiering; vanaf één euro wel. De uitvoerder heeft geen afrondingsregel voor de begroting gepubliceerd.",
} as const satisfies Parameter;

const tolerantie = bedrag(sluitTolerantie.waarde);

/** True when a and b differ by less than the tolerance (either way). */
export function sluitOpAfronding(a: Bedrag, b: Bedrag): boolean {
  return verschil(a, b).lessThan(tolerantie) && verschil(b, a).lessThan(tolerantie);
}

/** True when `gedekt` covers `vereist` up to the tolerance: a shortfall under one euro is rounding. */
export function dektOpAfronding(gedekt: Bedrag, vereist: Bedrag): boolean {
  return verschil(vereist, gedekt).lessThan(tolerantie);
}
