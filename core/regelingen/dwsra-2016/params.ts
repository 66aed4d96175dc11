/**
 * Parameters of the Tijdelijke regeling cofinanciering projecten dienstverlening werkzoekenden en projecten
 * samenwerking en regie arbeidsmarkt (Stcrt. 2016, 30260; extended by Stcrt. 2018, 9561). The operative articles
 * were not read; rates and limits come from the agency's (UvB) official summaries and the interim evaluation.
 */
import type { Eenheid } from '../../money';
import type { Parameter } from '../../parameter';

const REGELING = 'Tijdelijke regeling cofinanciering DWSRA (Stcrt. 2016, 30260)';
const EVALUATIE = 'Ecorys, tussenevaluatie DWSRA (april 2018)';

export const params = {
  cofinancieringspercentage: {
    waarde: '0.60',
    omschrijving: 'Cofinanciering ten hoogste 60% van de totale subsidiabele projectkosten',
    bron: `${REGELING}; UvB-nieuws 14-6-2016 en overzicht aanvraagcriteria`,
    zekerheid: 'zeker',
  },
  forfaitaireOpslag: {
    waarde: '0.15',
    omschrijving: 'Forfaitaire opslag van 15% op de directe kosten voor indirecte kosten',
    bron: `${REGELING}; ${EVALUATIE}, voetnoot 19 en tabel 2.2`,
    zekerheid: 'zeker',
    lezing: 'Opslag in centen naar beneden afgerond; subsidiabele kosten = directe kosten + opslag.',
  },
  minimumSubsidie: {
    waarde: '125000',
    omschrijving: 'Aangevraagde subsidie ten minste € 125.000',
    bron: `${REGELING}; UvB-nieuws 14-6-2016; ${EVALUATIE}`,
    zekerheid: 'zeker',
  },
  maximumSubsidie: {
    waarde: '2000000',
    omschrijving: 'Aangevraagde subsidie ten hoogste € 2.000.000',
    bron: `${REGELING}; UvB-nieuws 14-6-2016; ${EVALUATIE}`,
    zekerheid: 'zeker',
  },
  afronding: {
    waarde: 'euro' satisfies Eenheid,
    omschrijving: 'Maximale cofinanciering in hele euro, naar beneden afgerond',
    bron: `${EVALUATIE}, bijlage: "Maximale cofinanciering SZW" = floor(0,60 x 1,15 x directe kosten)`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'Afronden naar beneden past op de gepubliceerde projecten (1.245.313 -> 859.265); half-omhoog wordt door de gegevens weerlegd.',
  },
  plafondTijdvak1Dw: {
    waarde: '10800000',
    omschrijving:
      'Subsidieplafond tijdvak 1 (15-7-2016 t/m 30-9-2016), DW-projecten, na herverdeling (eerst € 9.375.000)',
    bron: 'UvB-nieuws 25-10-2016; tussenevaluatie DWSRA',
    zekerheid: 'zeker',
    lezing: 'Plafond voor alle aanvragen van het tijdvak samen (portefeuilleniveau): geen toets op één begroting.',
    geldigVanaf: '2016-07-15',
    geldigTot: '2016-09-30',
  },
  plafondTijdvak1Sra: {
    waarde: '7950000',
    omschrijving: 'Subsidieplafond tijdvak 1, SRA-projecten, na herverdeling (eerst € 9.375.000)',
    bron: 'UvB-nieuws 25-10-2016; tussenevaluatie DWSRA',
    zekerheid: 'zeker',
    lezing: 'Plafond voor alle aanvragen van het tijdvak samen (portefeuilleniveau): geen toets op één begroting.',
    geldigVanaf: '2016-07-15',
    geldigTot: '2016-09-30',
  },
  plafondTijdvak2Dw: {
    waarde: '7750000',
    omschrijving: 'Subsidieplafond tijdvak 2 (28-11-2016 t/m 23-12-2016), DW-projecten',
    bron: 'UvB-nieuws 25-10-2016 en 13-12-2016; tussenevaluatie DWSRA',
    zekerheid: 'zeker',
    lezing: 'Plafond voor alle aanvragen van het tijdvak samen (portefeuilleniveau): geen toets op één begroting.',
    geldigVanaf: '2016-11-28',
    geldigTot: '2016-12-23',
  },
  plafondTijdvak2Sra: {
    waarde: '11000000',
    omschrijving: 'Subsidieplafond tijdvak 2, SRA-projecten',
    bron: 'UvB-nieuws 25-10-2016 en 13-12-2016; tussenevaluatie DWSRA',
    zekerheid: 'zeker',
    lezing: 'Plafond voor alle aanvragen van het tijdvak samen (portefeuilleniveau): geen toets op één begroting.',
    geldigVanaf: '2016-11-28',
    geldigTot: '2016-12-23',
  },
  combiMinimumAandeel: {
    waarde: '0.75',
    omschrijving: 'Combi-project: ten minste 75% van de projectbegroting naar de hoofdactiviteit',
    bron: `${EVALUATIE}, voetnoot 13`,
    zekerheid: 'zeker',
  },
  wwMaxMaanden: {
    waarde: 6,
    omschrijving: 'DW2 en DW3 alleen voor werkzoekenden met minder dan 6 maanden WW bij de start van de activiteit',
    bron: `${REGELING}, art. 13`,
    zekerheid: 'zeker',
  },
  einddatum: {
    waarde: '2018-12-31',
    omschrijving: 'Activiteiten uiterlijk 31 december 2018 afgerond',
    bron: `${REGELING}; ${EVALUATIE}`,
    zekerheid: 'zeker',
  },
  verlengdeEinddatum: {
    waarde: '2019-06-30',
    omschrijving: 'Verlenging tot 30 juni 2019 voor tijdvak 2 en tijdvak 1 met beschikking na 1 juli 2017',
    bron: `Wijziging Stcrt. 2018, 9561; ${EVALUATIE}, voetnoten 12 en 17`,
    zekerheid: 'zeker',
    lezing:
      'Alleen met verlenging en alleen voor de genoemde projecten; zonder tijdvak en met een beschikking vóór 1-7-2017 is de verlenging niet te beoordelen.',
  },
  verlengingBeschikkingNa: {
    waarde: '2017-07-01',
    omschrijving: 'Tijdvak-1-projecten met een beschikking na 1 juli 2017 mogen ook verlengen',
    bron: `${EVALUATIE}, voetnoot 17`,
    zekerheid: 'zeker',
  },
  eersteProjectjaarMaanden: {
    waarde: 12,
    omschrijving: 'Het eerste projectjaar: 12 maanden vanaf de startdatum',
    bron: `Subsidiebeschikking DWSRA; ${EVALUATIE}, par. 4.2`,
    zekerheid: 'zeker',
  },
  voortgangsrapportageBinnenMaanden: {
    waarde: 2,
    omschrijving: 'Voortgangsrapportage binnen twee maanden na afloop van het eerste projectjaar',
    bron: `Subsidiebeschikking DWSRA; ${EVALUATIE}, par. 4.2 (start 1-1-2017: uiterlijk eind februari 2018)`,
    zekerheid: 'zeker',
  },
  vaststellingNaEindeWeken: {
    waarde: 13,
    omschrijving: 'Aanvraag tot vaststelling uiterlijk 13 weken na de uiterste einddatum van de activiteiten',
    bron: 'Kaderregeling subsidies OCW, SZW en VWS (termijn niet gelezen)',
    zekerheid: 'onzeker',
    lezing:
      'Het regelboek noemt geen termijn. De voorzichtige lezing is de kortste termijn die de uitvoerder elders hanteert (sectorplannen: 13 weken): te vroeg indienen kost niets, te laat wel.',
  },
} as const satisfies Record<string, Parameter<string | number>>;
