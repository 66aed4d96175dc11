/**
 * Parameters of the Tijdelijke regeling cofinanciering projecten dienstverlening werkzoekenden en projecten
 * samenwerking en regie arbeidsmarkt (Stcrt. 2016, 30260; extended by Stcrt. 2018, 9561). The operative articles
 * were not read; rates and limits come from the agency's (UvB) official summaries and the interim evaluation.
 */
import type { Eenheid } from '../../money';
import type { Parameter } from '../../parameter';
import { sluitTolerantie } from '../sluiten';

const REGELING = 'Tijdelijke regeling cofinanciering DWSRA (Stcrt. 2016, 30260)';
const EVALUATIE = 'Ecorys, tussenevaluatie DWSRA (april 2018)';
const UVB = 'UvB-nieuws 14-6-2016 en overzicht aanvraagcriteria DWSRA';

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
    bron: `${EVALUATIE}, par. 2.1, voetnoot 13 bij de projectcode van combinatieprojecten ("Dit houdt in dat minimaal 75% van het budget van het combinatieproject aan de hoofdactiviteit wordt besteed"); de UvB-samenvattingen noemen geen 75%-regel en de regeling zelf is niet gelezen`,
    zekerheid: 'onzeker',
    lezing:
      'De voetnoot van de evaluator legt uit wat de projectcode (DW of SRA) van een combinatieproject betekent; of de regeling 75% als voorwaarde stelt, of dat alleen de indeling bij het DW- of SRA-plafond is, zegt geen gelezen tekst. cofin toetst het aandeel van de hoofdactiviteit op alle begrote kosten van DW- en SRA-maatregelen en meldt een kleiner aandeel als waarschuwing, niet als fout.',
  },
  wwMaxMaanden: {
    waarde: 6,
    omschrijving: 'DW2 en DW3 alleen voor werkzoekenden met minder dan 6 maanden WW bij de start van de activiteit',
    bron: `UvB overzicht aanvraagcriteria DWSRA ("korter dan zes maanden een WW-uitkering"); ${EVALUATIE}, voetnoot 10 (noemt art. 13 van de regeling; die tekst is niet gelezen)`,
    zekerheid: 'zeker',
  },
  activiteiten: {
    waarde: 'DW1, DW2, DW3, SRA1, SRA2, SRA3',
    omschrijving:
      'De subsidiabele activiteiten: dienstverlening werkzoekenden (DW1-3) en samenwerking en regie (SRA1-3)',
    bron: `UvB-nieuws 14-6-2016 en overzicht aanvraagcriteria DWSRA; ${EVALUATIE}, voetnoten 10 en 11 (noemen art. 13 en 15 van de regeling; die tekst is niet gelezen)`,
    zekerheid: 'zeker',
  },
  einddatum: {
    waarde: '2018-12-31',
    omschrijving: 'Activiteiten uiterlijk 31 december 2018 afgerond',
    bron: `${EVALUATIE}, par. 1.2 ("In de regeling is omschreven dat de activiteiten uiterlijk 31 december 2018 dienen te zijn afgerond"); de regeling zelf is niet gelezen`,
    zekerheid: 'zeker',
  },
  einddatumTijdvak2: {
    waarde: '2019-06-30',
    omschrijving: 'Projecten uit tijdvak 2: activiteiten uiterlijk 30 juni 2019 afgerond, zonder apart verzoek',
    bron: `${EVALUATIE}, par. 1.2 ("is de einddatum daarom begin 2018 op 30 juni 2019 gesteld") en par. 2.2 ("indien gewenst, mogen worden verlengd"), voetnoten 12 en 17 (wijziging Stcrt. 2018, 9561; die tekst is niet gelezen)`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'Par. 1.2 zegt dat de einddatum voor de tweede ronde op 30-6-2019 is gesteld; "indien gewenst" in par. 2.2 lezen we als: het project kiest of het die ruimte gebruikt, er hoeft geen verlenging te zijn verleend. Een begroting uit tijdvak 2 die tot 30-6-2019 loopt voldoet dus ook zonder "verlenging = ja".',
  },
  verlengdeEinddatum: {
    waarde: '2019-06-30',
    omschrijving: 'Verlenging tot 30 juni 2019 voor tijdvak-1-projecten met een beschikking na 1 juli 2017',
    bron: `${EVALUATIE}, voetnoot 17 ("In mei 2018 is besloten dat ook projecten uit de eerste ronde waarvan de beschikking na 1 juli 2017 is afgegeven tot die datum mogen doorlopen")`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'Het besluit van mei 2018 is alleen uit de evaluatie bekend; hoe het werd toegepast staat er niet. Voorzichtige lezing: alleen met verlenging = ja; zonder tijdvak en met een beschikking vóór 1-7-2017 is de verlenging niet te beoordelen.',
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
    lezing:
      'De twee maanden beginnen als het eerste jaar voorbij is (start + 12 maanden) en eindigen de dag vóór start + 14 maanden: start 1-1-2017 geeft 28-2-2018, start 1-3-2017 geeft 30-4-2018.',
  },
  vaststellingNaEindeWeken: {
    waarde: 13,
    omschrijving:
      'Einddeclaratie (aanvraag tot vaststelling) uiterlijk 13 weken na de einddatum van het project zelf, niet die van de regeling',
    bron: 'UvB, DWSRA "Uitvoeren en verantwoorden" (einddeclaratie via het E-portaal; de termijn staat niet in de gelezen tekst); Kaderregeling subsidies OCW, SZW en VWS (artikelen niet gelezen)',
    zekerheid: 'onzeker',
    lezing:
      'Geen gelezen tekst noemt de termijn. De einddeclaratie volgt op het einde van het eigen project; tellen vanaf de uiterste einddatum van de regeling geeft een project dat eerder eindigt een te late datum. Daarom: de eigen einddatum (hoogstens de uiterste einddatum) plus de kortste termijn die de uitvoerder elders hanteert (sectorplannen: 13 weken). Te vroeg indienen kost niets, te laat wel.',
  },
  geenLoonkostenopslag: {
    waarde: 'geen',
    omschrijving:
      'Geen vaste opslag op het brutoloon: loonkosten zijn directe kosten, indirecte kosten dekt de opslag van 15%',
    bron: `${EVALUATIE}, voetnoot 19 (subsidiabel zijn de directe kosten uit de beschikking en de opslag van 15%; hogere indirecte kosten niet); ${UVB} noemen geen loonkostenopslag`,
    zekerheid: 'waarschijnlijk',
  },
  geenUurtariefgrens: {
    waarde: 'geen',
    omschrijving: 'Geen maximum uurtarief voor advies of externe kosten',
    bron: `Niet gevonden: ${UVB} en ${EVALUATIE} noemen geen uurtariefgrens; de artikelen van de regeling zijn niet gelezen`,
    zekerheid: 'onzeker',
    lezing:
      'Dat er geen grens is, is een afwezigheid in de gelezen teksten, geen regel die we lazen. cofin rekent externe kosten als directe kosten en toetst geen tarief.',
  },
  geenBblSubsidie: {
    waarde: 'geen',
    omschrijving: 'Geen BBL-loonkostensubsidie: de regeling subsidieert projectactiviteiten DW1-3 en SRA1-3',
    bron: `${UVB} (de zes activiteiten, geen BBL-trajecten); ${EVALUATIE}, par. 1.2`,
    zekerheid: 'waarschijnlijk',
  },
  // h/regels (issue 13): the application periods, preparation before the application, the DW1 target group
  aanvraagtijdvak1: {
    waarde: 1,
    omschrijving: 'Aanvraagtijdvak 1: aanvragen van 15 juli tot en met 30 september 2016',
    bron: `UvB-nieuws 14-6-2016; ${EVALUATIE}, par. 2.1 ("van 15 juli tot en met 30 september 2016 (eerste ronde)")`,
    zekerheid: 'zeker',
    geldigVanaf: '2016-07-15',
    geldigTot: '2016-09-30',
  },
  aanvraagtijdvak2: {
    waarde: 2,
    omschrijving: 'Aanvraagtijdvak 2: aanvragen van 28 november tot en met 23 december 2016',
    bron: `UvB-nieuws 25-10-2016 en 13-12-2016; ${EVALUATIE}, par. 2.1 ("van 28 november 2016 tot en met 23 december 2016 (tweede ronde)")`,
    zekerheid: 'zeker',
    geldigVanaf: '2016-11-28',
    geldigTot: '2016-12-23',
  },
  geenVoorbereidingskosten: {
    waarde: '2016-07-15',
    omschrijving:
      'Kosten van vóór de aanvraag (voorbereiding) zijn niet subsidiabel; aanvragen kan vanaf 15 juli 2016, de inwerkingtreding',
    bron: `${EVALUATIE}, voetnoot 19 ("Alle andere kosten (voorbereiding, niet omschreven directe kosten, hogere indirecte kosten) komen niet in aanmerking") en par. 4.2 (de tijd voor "de voorbereiding van de aanvraag"); UvB-nieuws 14-6-2016 (eerste tijdvak vanaf 15-7-2016)`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'De evaluatie noemt voorbereidingskosten niet subsidiabel; een artikel over de vroegste start van de activiteiten is niet gelezen. Gelezen als: een activiteit die vóór de aanvraagdatum begint (zonder aanvraagdatum: vóór 15-7-2016, toen aanvragen nog niet kon) heeft kosten van vóór de aanvraag, en die zijn voorbereiding. Dat maakt die kosten eigen kosten, niet de begroting ongeldig: een waarschuwing.',
  },
  dw1Doelgroep: {
    waarde: 'DW1',
    omschrijving:
      'DW1 is voor met ontslag bedreigde werknemers: ondersteuning bij ontslag en bij de aanvraag van een WW-uitkering (de fase vóór de WW)',
    bron: `${EVALUATIE}, par. 1.2, voetnoot 10 (noemt art. 13 van de regeling; die tekst is niet gelezen); UvB overzicht aanvraagcriteria DWSRA`,
    zekerheid: 'onzeker',
    lezing:
      'Of een deelnemer met ontslag bedreigd is, staat niet in een begroting: zonder WW-maanden is de fase niet te toetsen en volgt geen bevinding. Staan er bij een DW1-activiteit WW-maanden (meer dan 0), dan ontvangt de doelgroep al WW; dat lezen we als een teken dat de activiteit DW2 of DW3 is. Een afleiding, geen gelezen regel: een waarschuwing.',
  },
  realisatieZonderIndirect: {
    waarde: 'directe kosten',
    omschrijving:
      'In de voortgangsrapportage zijn de gerealiseerde kosten directe kosten; de opslag van 15% komt er bij de vaststelling bij',
    bron: `${EVALUATIE}, par. 4.2 en voetnoot 20 (verwachte overschrijdingen waarbij het "lijkt om een foutieve verwerking van indirecte kosten te gaan"); voetnoot 19 (hogere indirecte kosten niet subsidiabel)`,
    zekerheid: 'onzeker',
    lezing:
      'Heeft een activiteit in de begroting overheadregels naast de opslag, en liggen haar gerealiseerde kosten boven haar begrote directe kosten maar niet boven directe kosten plus die overhead, dan lezen we dat als overhead die in de gerealiseerde kosten is meegeteld: de opslag telt dan dubbel. Het kan ook een echte overschrijding zijn; daarom een waarschuwing, in plaats van de melding "boven de begroting". Zonder overheadregels blijft het de gewone melding.',
  },
  sluitTolerantie,
} as const satisfies Record<string, Parameter<string | number>>;
