/**
 * A filled, valid begroting per regeling: what `cofin template --voorbeeld` writes. Each validates without fout
 * findings (a test holds this), and carries a realisatie table so `cofin rapport` has something to report on.
 */
import type { BegrotingInput } from '../begroting';
import type { RegelingId } from '../regelingen/ids';

export const VOORBEELDEN: Readonly<Record<RegelingId, BegrotingInput>> = {
  'sectorplannen-2013': {
    plan: {
      regeling: 'sectorplannen-2013',
      naam: 'Sectorplan Voorbeeldsector 2014-2015',
      hoofdaanvrager: 'Stichting O&O-fonds Voorbeeldsector',
      soortAanvrager: 'oo-fonds',
      beschikkingsdatum: '2014-01-15',
      startdatum: '2014-02-01',
      einddatum: '2016-01-14',
      verlenging: false,
      gevraagdeSubsidie: '60000',
      verleendeSubsidie: '60000',
    },
    maatregelen: [
      {
        code: 'M1',
        naam: 'Leerwerkplekken voor jongeren',
        soort: 'jongeren',
        startdatum: '2014-02-01',
        einddatum: '2015-12-31',
        beoogdeDeelnemers: 40,
      },
      {
        code: 'M2',
        naam: 'Bijscholing vakkrachten',
        soort: 'scholing',
        startdatum: '2014-03-01',
        einddatum: '2015-12-31',
        beoogdeDeelnemers: 60,
      },
    ],
    kostenposten: [
      { maatregel: 'M1', soort: 'extern', omschrijving: 'Opleidingskosten leerwerkplekken', bedrag: '80000' },
      { maatregel: 'M2', soort: 'extern', omschrijving: 'Cursussen ROC', bedrag: '40000' },
    ],
    financiering: [
      { maatregel: 'M1', bron: 'szw', bedrag: '40000' },
      { maatregel: 'M1', bron: 'werkgevers', omschrijving: 'Bijdrage werkgevers', bedrag: '40000' },
      { maatregel: 'M2', bron: 'szw', bedrag: '20000' },
      { maatregel: 'M2', bron: 'oo-fonds', omschrijving: 'O&O-fonds', bedrag: '20000' },
    ],
    realisatie: [
      { maatregel: 'M1', gerealiseerdeDeelnemers: 18, gerealiseerdeKosten: '41000' },
      { maatregel: 'M2', gerealiseerdeDeelnemers: 12, gerealiseerdeKosten: '9500' },
    ],
  },
  'sectorplannen-2015': {
    plan: {
      regeling: 'sectorplannen-2015',
      naam: 'Sectorplan Voorbeeld derde tranche',
      hoofdaanvrager: 'Stichting Opleidingsfonds Voorbeeld',
      soortAanvrager: 'oo-fonds',
      beschikkingsdatum: '2015-03-01',
      startdatum: '2015-03-01',
      einddatum: '2017-02-28',
      verlenging: false,
      gevraagdeSubsidie: '75000',
      verleendeSubsidie: '75000',
    },
    maatregelen: [
      {
        code: 'W1',
        naam: 'Van werk naar werk: omscholing',
        soort: 'werk-ander-beroep',
        startdatum: '2015-03-01',
        einddatum: '2017-02-28',
        beoogdeDeelnemers: 50,
      },
      {
        code: 'W2',
        naam: 'Van WW naar werk',
        soort: 'ww-naar-werk',
        startdatum: '2015-04-01',
        einddatum: '2017-02-28',
        beoogdeDeelnemers: 30,
      },
    ],
    kostenposten: [
      { maatregel: 'W1', soort: 'extern', omschrijving: 'Omscholingstrajecten', bedrag: '100000' },
      { maatregel: 'W2', soort: 'extern', omschrijving: 'Bemiddeling en scholing', bedrag: '50000' },
    ],
    financiering: [
      { maatregel: 'W1', bron: 'szw', bedrag: '50000' },
      { maatregel: 'W1', bron: 'werkgevers', bedrag: '50000' },
      { maatregel: 'W2', bron: 'szw', bedrag: '25000' },
      { maatregel: 'W2', bron: 'werkgevers', bedrag: '15000' },
      { maatregel: 'W2', bron: 'gemeente', omschrijving: 'Gemeente Voorbeeldstad', bedrag: '10000' },
    ],
    realisatie: [
      { maatregel: 'W1', gerealiseerdeDeelnemers: 20, gerealiseerdeKosten: '45000' },
      { maatregel: 'W2', gerealiseerdeDeelnemers: 6, gerealiseerdeKosten: '12000' },
    ],
  },
  'dwsra-2016': {
    plan: {
      regeling: 'dwsra-2016',
      naam: 'Regionaal mobiliteitsproject Voorbeeldregio',
      hoofdaanvrager: 'Werkgeversvereniging Voorbeeldregio namens het samenwerkingsverband',
      soortAanvrager: 'werkgeversorganisatie',
      beschikkingsdatum: '2016-12-01',
      startdatum: '2017-01-01',
      einddatum: '2018-12-31',
      tijdvak: 1,
      verlenging: false,
      gevraagdeSubsidie: '207000',
      verleendeSubsidie: '207000',
    },
    maatregelen: [
      {
        code: 'A1',
        naam: 'Ondersteuning bij dreigend ontslag',
        soort: 'DW1',
        startdatum: '2017-01-01',
        einddatum: '2018-12-31',
        beoogdeDeelnemers: 200,
      },
      {
        code: 'A2',
        naam: 'Loopbaanoriëntatie kort in de WW',
        soort: 'DW2',
        startdatum: '2017-01-01',
        einddatum: '2018-12-31',
        beoogdeDeelnemers: 120,
        wwMaanden: 3,
      },
    ],
    kostenposten: [
      { maatregel: 'A1', soort: 'personeel', omschrijving: 'Inzet mobiliteitsadviseurs', bedrag: '200000' },
      { maatregel: 'A2', soort: 'extern', omschrijving: 'Loopbaantrajecten', bedrag: '100000' },
    ],
    financiering: [
      { bron: 'szw', bedrag: '207000' },
      { bron: 'gemeente', omschrijving: 'Gemeenten in de regio', bedrag: '88000' },
      { bron: 'werkgevers', omschrijving: 'Werkgevers in de regio', bedrag: '50000' },
    ],
    realisatie: [
      { maatregel: 'A1', gerealiseerdeDeelnemers: 110, gerealiseerdeKosten: '95000' },
      { maatregel: 'A2', gerealiseerdeDeelnemers: 30, gerealiseerdeKosten: '30000' },
    ],
  },
};
