import type { Datum } from '../../dates';
import type { Regeling } from '../types';
import { params, plafonds, tijdvakken } from './params';
import { tijdvakControles } from '../shared';
import {
  sectorplanBereken,
  sectorplanControles,
  sectorplanRegels,
  type SectorplanContext,
} from '../sectorplannen-2013/rules';
import { SOORTEN_2015, controles2015 } from './rules';

const context: SectorplanContext = { naam: 'sectorplannen-2015', params };

export const sectorplannen2015: Regeling = {
  id: 'sectorplannen-2015',
  naam: 'Regeling cofinanciering sectorplannen 2015 (derde tranche)',
  citeertitel: 'Regeling cofinanciering sectorplannen 2015',
  vindplaats: 'Stcrt. 2014, 34749',
  versie: '2015-04-01' as Datum,
  geldigVanaf: '2014-12-02' as Datum,
  parameters: { ...params, ...plafonds, ...tijdvakken },
  soorten: SOORTEN_2015,
  aanvragers: {
    soorten: ['werkgeversorganisatie', 'werknemersorganisatie', 'oo-fonds'],
    bron: 'innofunding.nl 2-12-2014 (noemt als hoofdaanvrager werkgevers- en werknemersorganisaties en O&O-fondsen); de artikelen van de Regeling cofinanciering sectorplannen 2015 (Stcrt. 2014, 34749) zijn niet gelezen',
    zekerheid: 'onzeker',
    lezing:
      'Dat een kenniscentrum beroepsonderwijs bedrijfsleven in 2015 geen hoofdaanvrager meer kan zijn, is een afwezigheid in één nieuwsbericht, geen gelezen regel; de samenvatting van de uitvoerder (UvB, overzicht aanvraagcriteria) noemt de hoofdaanvrager niet. Een kenniscentrum als hoofdaanvrager is daarom een waarschuwing, geen fout.',
  },
  regels: sectorplanRegels(context),
  bereken: (b) => sectorplanBereken(b, context),
  controleer: (b, calc) => [
    ...sectorplanControles(b, calc, context),
    ...controles2015(b, calc, params),
    ...tijdvakControles(b, [tijdvakken.aanvraagtijdvak1]),
  ],
};
