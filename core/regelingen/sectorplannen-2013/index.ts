import { compareDatum, type Datum } from '../../dates';
import type { Begroting } from '../../begroting';
import { steuntOp } from '../../parameter';
import type { Berekening, Keuze, Regeling, RegelingCheck } from '../types';
import { aanvraagEnStart, params, plafonds, themaLijst } from './params';
import { termijnEinde, tijdvakControles } from '../shared';
import { sluitTolerantie } from '../sluiten';
import {
  alleenBblLijnen,
  sectorplanBereken,
  sectorplanControles,
  sectorplanRegels,
  type SectorplanContext,
} from './rules';

/** The seven themes of a sectorplan (themaLijst.themas, onzeker); a plan addresses at least two (params.minimumThemas). */
const THEMAS: readonly Keuze[] = [
  { waarde: 'jongeren', label: 'Jongeren naar werk begeleiden' },
  { waarde: 'vakkrachten', label: 'Behoud van vakkrachten' },
  { waarde: 'afstand-arbeidsmarkt', label: 'Mensen met afstand tot de arbeidsmarkt naar werk' },
  { waarde: 'mobiliteit', label: 'Mobiliteit en duurzame inzetbaarheid' },
  { waarde: 'scholing', label: 'Scholing' },
  { waarde: 'van-werk-naar-werk', label: 'Van werk naar werk binnen of buiten de sector' },
  { waarde: 'goed-werkgeverschap', label: 'Goed werkgeverschap en werknemerschap' },
];

const context: SectorplanContext = { naam: 'sectorplannen-2013', params };

export const sectorplannen2013: Regeling = {
  id: 'sectorplannen-2013',
  naam: 'Regeling cofinanciering sectorplannen (tranche 1 en 2)',
  citeertitel: 'Regeling cofinanciering sectorplannen',
  vindplaats: 'Stcrt. 2013, 22962',
  versie: '2015-04-01' as Datum,
  geldigVanaf: '2013-08-15' as Datum,
  parameters: { ...params, ...themaLijst, ...plafonds, ...aanvraagEnStart, sluitTolerantie },
  soorten: THEMAS,
  aanvragers: {
    soorten: ['werkgeversorganisatie', 'werknemersorganisatie', 'oo-fonds', 'kenniscentrum'],
    bron: 'rendement.nl 9-9-2013 en ecg.nl (wie hoofdaanvrager kan zijn); de begrippen: Regeling cofinanciering sectorplannen (Stcrt. 2013, 22962), art. 1.1 "hoofdaanvrager" en "kenniscentrum beroepsonderwijs bedrijfsleven"',
    zekerheid: 'waarschijnlijk',
  },
  regels: sectorplanRegels(context),
  bereken: (b) => sectorplanBereken(b, context),
  controleer(b, calc) {
    const checks = sectorplanControles(b, calc, context);
    const allowed = new Set(THEMAS.map((t) => t.waarde));
    const seen = new Set<string>();
    const buitenLijst = b.maatregelen.some((m) => !allowed.has(m.soort));
    b.maatregelen.forEach((m, i) => {
      if (allowed.has(m.soort)) seen.add(m.soort);
      else
        checks.push({
          code: 'soort-onbekend',
          ...steuntOp(themaLijst.themas),
          path: ['maatregelen', i, 'soort'],
          params: { waarde: m.soort, keuzes: THEMAS.map((t) => t.waarde).join(', ') },
        });
    });
    // Too few themes on the list is as sure as the minimum; when a theme outside the (onzeker) list was named, it
    // may have been a theme under another wording, so the count is only as sure as the list.
    if (b.maatregelen.length > 0 && seen.size < params.minimumThemas.waarde)
      checks.push({
        code: 'te-weinig-themas',
        ...(buitenLijst ? steuntOp(themaLijst.themas) : steuntOp(params.minimumThemas)),
        path: ['maatregelen'],
        params: { aantal: seen.size, themas: [...seen].join(', ') || 'geen', minimum: params.minimumThemas.waarde },
      });
    checks.push(...tijdvakControles(b, [aanvraagEnStart.aanvraagtijdvak1, aanvraagEnStart.aanvraagtijdvak2]));
    checks.push(...startControles(b, calc));
    return checks;
  },
};

/**
 * h/regels (issue 13): each maatregel that is not BBL only begins within 6 months of the beschikking
 * (aanvraagEnStart.startBinnenMaanden, an unsure reading: a waarschuwing). BBL-only maatregelen have their own
 * 12 months for the first instroom.
 */
function startControles(b: Begroting, calc: Berekening): RegelingCheck[] {
  const beschikking = b.plan.beschikkingsdatum;
  if (beschikking === undefined) return [];
  const regel = aanvraagEnStart.startBinnenMaanden;
  const uiterlijk = termijnEinde(beschikking, regel.waarde);
  const alleenBbl = alleenBblLijnen(b, calc);
  const checks: RegelingCheck[] = [];
  b.maatregelen.forEach((m, i) => {
    if (compareDatum(m.startdatum, uiterlijk) > 0 && !alleenBbl(m.code))
      checks.push({
        code: 'start-na-zes-maanden',
        ...steuntOp(regel),
        path: ['maatregelen', i, 'startdatum'],
        params: { start: m.startdatum, uiterlijk, maanden: regel.waarde },
      });
  });
  return checks;
}
