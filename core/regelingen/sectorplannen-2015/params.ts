/**
 * Parameters of the Regeling cofinanciering sectorplannen 2015 (Stcrt. 2014, 34749), the third tranche: a regeling
 * of its own, not an amendment. Cost rules not restated for 2015 follow the 2013 regeling (same agency, same
 * structure); each such parameter says so and is 'onzeker', unless a text read about 2015 states the rule too (then
 * at most 'waarschijnlijk', with that text named).
 */
import { params as params2013 } from '../sectorplannen-2013/params';
import type { Parameter } from '../../parameter';
import type { Bron } from '../../findings';
import type { SectorplanParams } from '../sectorplannen-2013/params';
import { sluitTolerantie } from '../sluiten';

const REGELING = 'Regeling cofinanciering sectorplannen 2015 (Stcrt. 2014, 34749)';
const UVB_CRITERIA = 'UvB, Cofinanciering van sectorplannen, "Overzicht aanvraagcriteria" (regeling 2015)';

const overgenomenBron = (bron2013: string): Bron =>
  `${REGELING} (artikelen niet gelezen); regel overgenomen uit de regeling 2013: ${bron2013}`;
const alsIn2013 = (bron2015: Bron, bron2013: string): Bron => `${bron2015}; zoals in de regeling 2013: ${bron2013}`;

/**
 * A 2013 rule applied to 2015. Without a 2015 text it is 'onzeker'; `bron2015` names a text read that states the
 * rule for 2015 too, and the rule is then as sure as it was for 2013, at most 'waarschijnlijk'.
 */
const overgenomen = <T extends string | number>(p: Parameter<T>, bron2015?: Bron): Parameter<T> => ({
  ...p,
  bron: bron2015 === undefined ? overgenomenBron(p.bron) : alsIn2013(bron2015, p.bron),
  zekerheid: bron2015 === undefined ? 'onzeker' : p.zekerheid === 'zeker' ? 'waarschijnlijk' : p.zekerheid,
  lezing: `${p.lezing ? p.lezing + ' ' : ''}${
    bron2015 === undefined
      ? 'Geen gelezen tekst over de regeling 2015 noemt deze regel; dezelfde uitvoerder en opzet, dus de regel van 2013 toegepast.'
      : 'Voor 2015 bevestigd door de genoemde tekst; het getal komt uit de regeling 2013.'
  }`,
});

/** The April 2015 amendment applies to both regelingen (innofunding.nl 3-4-2015). */
const WIJZIGING_APRIL_2015 =
  'innofunding.nl 3-4-2015 (de wijziging van april 2015 geldt voor beide regelingen: ten hoogste 24 maanden gesubsidieerd, tussentijdse voortgangsrapportage na 1 jaar)';

export const params = {
  ...params2013,
  cofinancieringspercentage: {
    waarde: '0.50',
    omschrijving: 'Cofinanciering ten hoogste 50% van de projectkosten, per maatregel',
    bron: `${UVB_CRITERIA}: "maximaal 50% van de gemaakte kosten van maatregelen"; innofunding.nl 2-12-2014 en 3-8-2015`,
    zekerheid: 'waarschijnlijk',
  },
  afronding: overgenomen(params2013.afronding),
  minimumSubsidie: overgenomen(params2013.minimumSubsidie),
  eigenFinancieringMinimum: {
    ...params2013.eigenFinancieringMinimum,
    omschrijving: 'Eigen financiering van de sociale partners ten minste 50% van de kosten van de maatregelen',
    bron: `${UVB_CRITERIA}: de sociale partners investeren zelf ten minste 50% in de kosten van de maatregelen`,
    zekerheid: 'waarschijnlijk',
  },
  loonkostenOpslag: overgenomen(params2013.loonkostenOpslag),
  bblPercentageWml: overgenomen(params2013.bblPercentageWml),
  bblMaxMaanden: overgenomen(params2013.bblMaxMaanden),
  bblStartBinnenMaanden: overgenomen(params2013.bblStartBinnenMaanden),
  bblEindBinnenMaanden: overgenomen(params2013.bblEindBinnenMaanden),
  adviesMaxUurtarief: overgenomen(params2013.adviesMaxUurtarief),
  maxLooptijdMaanden: {
    waarde: 24,
    omschrijving: 'Maatregelen worden ten hoogste twee aaneengesloten jaren gecofinancierd',
    bron: `${REGELING} (innofunding.nl 2-12-2014; Kamerbrief medio 2016)`,
    zekerheid: 'waarschijnlijk',
  },
  eindBinnenMaanden: overgenomen(params2013.eindBinnenMaanden, WIJZIGING_APRIL_2015),
  verlengingMaanden: {
    ...params2013.verlengingMaanden,
    bron: `${REGELING}; verlengingsregel geldt voor beide regelingen (innofunding.nl 3-4-2015; Kamerbrief juni 2015)`,
    zekerheid: 'waarschijnlijk',
  },
  voortgangsrapportageNaMaanden: overgenomen(params2013.voortgangsrapportageNaMaanden, WIJZIGING_APRIL_2015),
  vaststellingBinnenMaanden: overgenomen(params2013.vaststellingBinnenMaanden),
  vaststellingExtraWeken: overgenomen(params2013.vaststellingExtraWeken),
  realisatieDrempel: overgenomen(params2013.realisatieDrempel),
  minimumThemas: {
    ...params2013.minimumThemas,
    waarde: 0,
    omschrijving: 'Geen thema-eis: de 2015-regeling kent vier soorten maatregelen',
  },
  vroegsteStart: {
    waarde: '2014-12-02',
    omschrijving: 'Maatregelen starten niet vóór 2 december 2014',
    bron: `${REGELING} (innofunding.nl 2-12-2014)`,
    zekerheid: 'waarschijnlijk',
  },
  overhedenMaxAandeelEigen: {
    waarde: '0.50',
    omschrijving:
      'Gemeenten en provincies samen ten hoogste de helft van de minimale eigen financiering (50% van de kosten), per sectorplan: 25% van de kosten',
    bron: `${UVB_CRITERIA}: gemeenten en/of provincies mogen bijdragen aan de eigen financiering van de sociale partners, "de helft van de 50%"`,
    zekerheid: 'waarschijnlijk',
    lezing:
      '"De helft van de 50%" is de helft van de 50% van de kosten die de sociale partners ten minste zelf investeren, dus 25% van de kosten, ook als de partners meer dan 50% inbrengen (finestri.nl las: de helft van alle eigen financiering). Het niveau staat niet in de tekst: getoetst per sectorplan, op alle begrote kosten.',
  },
  soortenMaatregelen: {
    waarde: 'werk-ander-beroep, werk-zelfde-beroep, ww-naar-werk, overig-naar-werk',
    omschrijving: 'De vier soorten maatregelen (transities) van de regeling 2015',
    bron: `${UVB_CRITERIA} (vier transities); ${REGELING}, art. 1.1 "ander beroep" en "beroep"`,
    zekerheid: 'zeker',
  },
  sluitTolerantie,
} as const satisfies SectorplanParams & Record<string, Parameter<string | number>>;

/** The subsidy ceiling of the 2015 tijdvak: dated data, checked at portfolio level, not per begroting. */
export const plafonds = {
  plafondTijdvak1: {
    waarde: '150000000',
    omschrijving: 'Subsidieplafond van het tijdvak 15-1-2015 t/m 15-9-2015 (verlengd van 29-5-2015)',
    bron: 'Kamerbrief voortgang sectorplannen juni 2015; innofunding.nl 2-12-2014',
    zekerheid: 'zeker',
    lezing: 'Plafond voor alle aanvragen van het tijdvak samen (portefeuilleniveau): geen toets op één begroting.',
    geldigVanaf: '2015-01-15',
    geldigTot: '2015-09-15',
  },
} as const satisfies Record<string, Parameter>;

/** h/regels (issue 13): the application period of the third tranche. */
export const tijdvakken = {
  aanvraagtijdvak1: {
    waarde: 1,
    omschrijving: 'Aanvraagtijdvak: aanvragen van 15 januari tot en met 15 september 2015 (verlengd van 29 mei 2015)',
    bron: 'Kamerbrief voortgang sectorplannen juni 2015 ("Op 15 januari 2015 is het derde aanvraagtijdvak opengesteld"; verlengd "tot en met 15 september 2015")',
    zekerheid: 'zeker',
    geldigVanaf: '2015-01-15',
    geldigTot: '2015-09-15',
  },
} as const satisfies Record<string, Parameter<number>>;
