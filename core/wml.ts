/**
 * Wettelijk minimumloon (WML) and minimumjeugdloon per month, full-time, 2013 to 2019, as a dated table.
 *
 * The adult amounts are the official half-yearly monthly amounts (Wet minimumloon en minimumvakantiebijslag,
 * adjusted on 1 January and 1 July by ministerial regulation in the Staatscourant). Youth amounts are the adult
 * amount times the staffel percentage for the age, rounded to a multiple of 5 cents, which reproduces the published
 * youth tables (checked against every published row we found, e.g. 1-1-2013: 22 jaar 1.249,00; 21 jaar 1.065,30;
 * 1-7-2018: 18 jaar 757,25; 1-7-2019: 20 jaar 1.308,50).
 *
 * Confidence: 'waarschijnlijk'. The amounts were read from employers' and payroll pages quoting the Staatscourant
 * (the Staatscourant regulations themselves were not read); 1-1-2014 is 1.485,60 and not the 1.485,65 some pages
 * print, because only 1.485,60 reproduces that half year's published youth amounts (22 jaar 1.262,75).
 */
import { bedrag, fractie, maal, roundToMultiple, type Bedrag } from './money';
import { compareDatum, formatDatum, type Datum } from './dates';
import type { Parameter } from './parameter';

interface WmlPeriode {
  readonly vanaf: Datum;
  readonly maandbedrag: string;
  readonly bron: string;
}

const d = (s: string): Datum => s as Datum;

export const WML_PERIODES: readonly WmlPeriode[] = [
  { vanaf: d('2013-01-01'), maandbedrag: '1469.40', bron: 'WML per 1-1-2013 (Stcrt. 2012)' },
  { vanaf: d('2013-07-01'), maandbedrag: '1477.80', bron: 'WML per 1-7-2013 (Stcrt. 2013, 11355)' },
  { vanaf: d('2014-01-01'), maandbedrag: '1485.60', bron: 'WML per 1-1-2014 (Stcrt. 2013)' },
  { vanaf: d('2014-07-01'), maandbedrag: '1495.20', bron: 'WML per 1-7-2014 (Stcrt. 2014)' },
  { vanaf: d('2015-01-01'), maandbedrag: '1501.80', bron: 'WML per 1-1-2015 (Stcrt. 2014)' },
  { vanaf: d('2015-07-01'), maandbedrag: '1507.80', bron: 'WML per 1-7-2015 (Stcrt. 2015)' },
  { vanaf: d('2016-01-01'), maandbedrag: '1524.60', bron: 'WML per 1-1-2016 (Stcrt. 2015)' },
  { vanaf: d('2016-07-01'), maandbedrag: '1537.20', bron: 'WML per 1-7-2016 (Stcrt. 2016, 24815)' },
  { vanaf: d('2017-01-01'), maandbedrag: '1551.60', bron: 'WML per 1-1-2017 (Stcrt. 2016)' },
  { vanaf: d('2017-07-01'), maandbedrag: '1565.40', bron: 'WML per 1-7-2017 (Stcrt. 2017)' },
  { vanaf: d('2018-01-01'), maandbedrag: '1578.00', bron: 'WML per 1-1-2018 (Stcrt. 2017)' },
  { vanaf: d('2018-07-01'), maandbedrag: '1594.20', bron: 'WML per 1-7-2018 (Stcrt. 2018)' },
  { vanaf: d('2019-01-01'), maandbedrag: '1615.80', bron: 'WML per 1-1-2019 (Stcrt. 2018, 59237)' },
  { vanaf: d('2019-07-01'), maandbedrag: '1635.60', bron: 'WML per 1-7-2019 (Stcrt. 2019)' },
];
const WML_TOT: Datum = d('2019-12-31');

interface Staffel {
  readonly vanaf: Datum;
  /** Age from which the full WML applies. */
  readonly volwassenVanaf: number;
  /** Percentage of the WML per age below `volwassenVanaf`, from 15 years. */
  readonly procent: Readonly<Record<number, string>>;
  readonly bron: string;
}

/** Staffel of the minimumjeugdloon: changed on 1-7-2017 (full WML from 22) and 1-7-2019 (from 21). */
const WML_STAFFELS: readonly Staffel[] = [
  {
    vanaf: d('2013-01-01'),
    volwassenVanaf: 23,
    procent: { 22: '0.85', 21: '0.725', 20: '0.615', 19: '0.525', 18: '0.455', 17: '0.395', 16: '0.345', 15: '0.30' },
    bron: 'Wet minimumloon en minimumvakantiebijslag art. 9 (staffel tot 1-7-2017)',
  },
  {
    vanaf: d('2017-07-01'),
    volwassenVanaf: 22,
    procent: { 21: '0.85', 20: '0.70', 19: '0.55', 18: '0.475', 17: '0.395', 16: '0.345', 15: '0.30' },
    bron: 'Besluit minimumjeugdloonpercentages, staffel per 1-7-2017',
  },
  {
    vanaf: d('2019-07-01'),
    volwassenVanaf: 21,
    procent: { 20: '0.80', 19: '0.60', 18: '0.50', 17: '0.395', 16: '0.345', 15: '0.30' },
    bron: 'Besluit minimumjeugdloonpercentages, staffel per 1-7-2019',
  },
];

export const WML_PARAMETER: Parameter = {
  waarde: 'tabel 2013-2019',
  omschrijving: 'Wettelijk minimum(jeugd)loon per maand, voltijd, per halfjaar en leeftijd',
  bron: 'Wet minimumloon en minimumvakantiebijslag; halfjaarlijkse bedragen in de Staatscourant',
  zekerheid: 'waarschijnlijk',
  lezing:
    'Jeugdbedragen = volwassen bedrag x staffelpercentage, afgerond op 5 cent; dit reproduceert de gepubliceerde tabellen.',
};

function latestFrom<T extends { readonly vanaf: Datum }>(rows: readonly T[], datum: Datum): T | undefined {
  let found: T | undefined;
  for (const row of rows) if (compareDatum(row.vanaf, datum) <= 0) found = row;
  return found;
}

const FIVE_CENTS = bedrag('0.05');

type WmlResult =
  | { readonly ok: true; readonly bedrag: Bedrag }
  | { readonly ok: false; readonly reden: 'onbekend' | 'te-jong'; readonly van: string; readonly tot: string };

/** The full-time monthly WML (or minimumjeugdloon) in force on `datum` for someone of `leeftijd` whole years. */
export function wmlPerMaand(datum: Datum, leeftijd: number): WmlResult {
  const first = WML_PERIODES[0] as WmlPeriode;
  const range = { van: formatDatum(first.vanaf), tot: formatDatum(WML_TOT) };
  const periode = latestFrom(WML_PERIODES, datum);
  const staffel = latestFrom(WML_STAFFELS, datum);
  if (!periode || !staffel || compareDatum(datum, WML_TOT) > 0) return { ok: false, reden: 'onbekend', ...range };
  const volwassen = bedrag(periode.maandbedrag);
  if (leeftijd >= staffel.volwassenVanaf) return { ok: true, bedrag: volwassen };
  const pct = staffel.procent[leeftijd];
  if (pct === undefined) return { ok: false, reden: 'te-jong', ...range };
  return { ok: true, bedrag: roundToMultiple(maal(volwassen, fractie(pct)), FIVE_CENTS) };
}
