import type { Datum } from '../../dates';
import type { Regeling } from '../types';
import { params } from './params';
import { ACTIVITEITEN, bereken, controleer, regels } from './rules';

export const dwsra2016: Regeling = {
  id: 'dwsra-2016',
  naam: 'Tijdelijke regeling cofinanciering projecten dienstverlening werkzoekenden en samenwerking en regie arbeidsmarkt',
  citeertitel: 'Tijdelijke regeling cofinanciering DWSRA',
  vindplaats: 'Stcrt. 2016, 30260',
  versie: '2018-02-21' as Datum,
  geldigVanaf: '2016-07-15' as Datum,
  geldigTot: '2019-07-01' as Datum,
  parameters: params,
  soorten: ACTIVITEITEN,
  aanvragers: {
    soorten: ['oo-fonds', 'werkgeversorganisatie', 'werknemersorganisatie'],
    bron: 'UvB overzicht aanvraagcriteria DWSRA (aanvrager van een DW-project: O&O-fonds, werkgevers- of werknemersorganisatie); het begrip O&O-fonds: Tijdelijke regeling cofinanciering DWSRA (Stcrt. 2016, 30260), art. 1 "O&O-fonds"',
    zekerheid: 'zeker',
  },
  regels,
  bereken,
  controleer,
};
