/** Valid begrotingen per regeling, as plain input (what an adapter produces). Tests break one rule at a time. */
import { D, type BegrotingInput } from '../../core';

export function sectorplan2013(): BegrotingInput {
  return {
    plan: {
      regeling: 'sectorplannen-2013',
      naam: 'Sectorplan Techniek',
      hoofdaanvrager: 'O&O-fonds Techniek',
      soortAanvrager: 'oo-fonds',
      beschikkingsdatum: '2014-01-15',
      startdatum: '2014-02-01',
      einddatum: '2015-12-31',
      gevraagdeSubsidie: '75000',
    },
    maatregelen: [
      {
        code: 'M1',
        naam: 'Jongeren begeleiden',
        soort: 'jongeren',
        startdatum: '2014-02-01',
        einddatum: '2015-12-31',
        beoogdeDeelnemers: 50,
      },
      {
        code: 'M2',
        naam: 'Omscholing',
        soort: 'scholing',
        startdatum: '2014-02-01',
        einddatum: '2015-12-31',
        beoogdeDeelnemers: 100,
      },
    ],
    kostenposten: [
      { maatregel: 'M1', soort: 'personeel', omschrijving: 'Coaches', bedrag: '60000', brutoloon: '50000' },
      { maatregel: 'M2', soort: 'extern', omschrijving: 'Opleidingen', bedrag: '90000' },
    ],
    financiering: [
      { maatregel: 'M1', bron: 'szw', bedrag: '30000' },
      { maatregel: 'M1', bron: 'werkgevers', bedrag: '30000' },
      { maatregel: 'M2', bron: 'szw', bedrag: '45000' },
      { maatregel: 'M2', bron: 'oo-fonds', bedrag: '45000' },
    ],
  };
}

export function sectorplan2015(): BegrotingInput {
  const b = sectorplan2013();
  return {
    ...b,
    plan: {
      ...b.plan,
      regeling: 'sectorplannen-2015',
      beschikkingsdatum: '2015-06-01',
      startdatum: '2015-07-01',
      einddatum: '2017-05-31',
    },
    maatregelen: [
      {
        code: 'M1',
        naam: 'Van werk naar werk',
        soort: 'werk-ander-beroep',
        startdatum: '2015-07-01',
        einddatum: '2017-05-31',
        beoogdeDeelnemers: 50,
      },
      {
        code: 'M2',
        naam: 'WW naar werk',
        soort: 'ww-naar-werk',
        startdatum: '2015-07-01',
        einddatum: '2017-05-31',
        beoogdeDeelnemers: 100,
      },
    ],
  };
}

export function dwsra(): BegrotingInput {
  return {
    plan: {
      regeling: 'dwsra-2016',
      naam: 'Dienstverlening Metaal',
      hoofdaanvrager: 'O&O-fonds Metaal',
      soortAanvrager: 'oo-fonds',
      beschikkingsdatum: '2016-11-01',
      startdatum: '2017-01-01',
      einddatum: '2018-12-31',
      tijdvak: 1,
      gevraagdeSubsidie: '859265',
    },
    maatregelen: [
      {
        code: 'A1',
        naam: 'Begeleiding bij ontslag',
        soort: 'DW1',
        startdatum: '2017-01-01',
        einddatum: '2018-12-31',
        beoogdeDeelnemers: 400,
      },
      {
        code: 'A2',
        naam: 'Scholing',
        soort: 'DW3',
        startdatum: '2017-01-01',
        einddatum: '2018-12-31',
        beoogdeDeelnemers: 200,
        wwMaanden: 3,
      },
    ],
    kostenposten: [
      { maatregel: 'A1', soort: 'extern', omschrijving: 'Loopbaanbegeleiding', bedrag: '745313' },
      { maatregel: 'A2', soort: 'extern', omschrijving: 'Opleidingen', bedrag: '500000' },
    ],
    financiering: [
      { bron: 'szw', bedrag: '859265' },
      { bron: 'werkgevers', bedrag: '572844.95' },
    ],
  };
}

/**
 * The workbook reader's input as plain input: each amount (the Decimal its cell became in the one coercion) as its
 * exact decimal text, so it compares with the plain begrotingen above and the examples.
 */
export function bedragenAlsTekst(x: unknown): unknown {
  if (x instanceof D) return x.toFixed();
  if (Array.isArray(x)) return x.map(bedragenAlsTekst);
  if (typeof x === 'object' && x !== null)
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, bedragenAlsTekst(v)]));
  return x;
}
