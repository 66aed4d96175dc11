/**
 * A begroting with known errors, as a user would type it into the blank dwsra-2016 standard begroting the pane
 * inserted: plain data (sheet, cell, what is typed), so the end-to-end test can send it into the browser as is.
 * Dates are typed as Excel stores them (serial numbers); Excel tables grow when a row is typed under them, which the
 * fake does not do by itself, so the new table ranges are listed too.
 */
import { parseIsoDatum, toExcelSerial } from '../../core';

export interface Invoer {
  readonly sheet: string;
  readonly address: string;
  readonly input: string | number;
}

const datum = (iso: string): number =>
  toExcelSerial(parseIsoDatum(iso) as NonNullable<ReturnType<typeof parseIsoDatum>>);

const rij = (sheet: string, row: number, values: readonly (string | number | null)[]): Invoer[] =>
  values.flatMap((v, i) =>
    v === null
      ? []
      : [{ sheet, address: `${String.fromCharCode(65 + i)}${row}`, input: typeof v === 'string' ? `'${v}` : v }],
  );

export const BEGROTING_MET_FOUTEN: readonly Invoer[] = [
  // Plan: the Waarde column of the rows the template lists (Regeling is already filled in).
  ...[
    ['B6', "'Mobiliteitsproject Testregio"],
    ['B7', "'Gemeente Teststad"],
    ['B8', datum('2016-12-01')],
    ['B9', datum('2017-01-01')],
    ['B10', datum('2018-12-31')],
    ['B11', 1],
    ['B12', "'nee"],
    ['B13', 260000],
    ['B14', 260000],
  ].map(([address, input]) => ({ sheet: 'Plan', address: address as string, input: input as string | number })),
  ...rij('Maatregelen', 5, [
    'A1',
    'Ondersteuning bij dreigend ontslag',
    'DW1',
    datum('2017-01-01'),
    datum('2018-12-31'),
    200,
    null,
  ]),
  ...rij('Maatregelen', 6, [
    'A2',
    'Loopbaanoriëntatie kort in de WW',
    'DW2',
    datum('2017-01-01'),
    datum('2018-12-31'),
    120,
    3,
  ]),
  // A maatregel without kostenposten (a waarschuwing).
  ...rij('Maatregelen', 7, ['A3', 'Nazorg', 'DW1', datum('2017-01-01'), datum('2018-12-31'), 10, null]),
  ...rij('Kosten', 5, ['A1', 'personeel', 'Inzet mobiliteitsadviseurs', 200000]),
  ...rij('Kosten', 6, ['A2', 'extern', 'Loopbaantrajecten', 100000]),
  // A kostenpost for a maatregel that does not exist.
  ...rij('Kosten', 7, ['A9', 'extern', 'Vergeten maatregel', 5000]),
  ...rij('Financiering', 5, [null, 'szw', null, 260000]),
  ...rij('Financiering', 6, [null, 'gemeente', 'Gemeenten in de regio', 88000]),
  ...rij('Financiering', 7, [null, 'werkgevers', 'Werkgevers in de regio', 50000]),
  ...rij('Realisatie', 5, ['A1', 110, 95000]),
  ...rij('Realisatie', 6, ['A2', 30, 30000]),
];

/** The tables after typing (Excel extends a table over a row typed directly under it). */
export const TABELLEN_NA_INVOER: Readonly<Record<string, string>> = {
  Maatregelen: 'A4:G7',
  Kostenposten: 'A4:D7',
  Financiering: 'A4:D7',
  Realisatie: 'A4:C6',
};
