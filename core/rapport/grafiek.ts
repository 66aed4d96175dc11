/**
 * The chart of the voortgangsrapportage, beoogde versus gerealiseerde deelnemers per maatregel, as data over cells
 * of the report model. Both faces draw it natively from this one description: the task pane with Office.js, the
 * command line as DrawingML parts in the .xlsx. Sheet name and cells come from the model, never from constants.
 */
import type { WerkboekModel } from '../workbook/model';
import { VOORTGANG_KOLOMMEN } from './model';

/** A cell of a sheet, 1-based. */
export interface GrafiekCel {
  readonly row: number;
  readonly col: number;
}

/** One series: its name is the header cell above its values, one value per category row. */
export interface GrafiekReeks {
  readonly col: number;
}

/**
 * A clustered column chart over one sheet of a model: categories in `categorieKolom`, each series in its own
 * column, header in `kopRij`, data rows `eersteRij`..`laatsteRij`; the chart covers the cells `van`..`tot`.
 */
export interface ModelGrafiek {
  readonly blad: string;
  readonly titel: string;
  readonly categorieAs: string;
  readonly waardeAs: string;
  readonly kopRij: number;
  readonly eersteRij: number;
  readonly laatsteRij: number;
  readonly categorieKolom: number;
  readonly reeksen: readonly GrafiekReeks[];
  readonly van: GrafiekCel;
  readonly tot: GrafiekCel;
}

export const VOORTGANGSGRAFIEK_TITEL = 'Deelnemers per maatregel: beoogd en gerealiseerd';

/**
 * The chart under the Voortgang table of a report model: found by its columns (Code, Beoogde and Gerealiseerde
 * deelnemers), so a renamed sheet or table keeps its chart. Undefined for a model without that table or without
 * maatregelen (the table then holds one empty row).
 */
export function voortgangsgrafiek(model: WerkboekModel): ModelGrafiek | undefined {
  for (const blad of model.bladen) {
    for (const t of blad.tabellen) {
      const code = t.koppen.indexOf(VOORTGANG_KOLOMMEN.code);
      const beoogd = t.koppen.indexOf(VOORTGANG_KOLOMMEN.beoogdeDeelnemers);
      const gerealiseerd = t.koppen.indexOf(VOORTGANG_KOLOMMEN.gerealiseerdeDeelnemers);
      if (code < 0 || beoogd < 0 || gerealiseerd < 0) continue;
      if (t.rijen.every((r) => r[code]?.soort === 'leeg')) return undefined;
      const laatsteRij = t.row + t.rijen.length;
      return {
        blad: blad.naam,
        titel: VOORTGANGSGRAFIEK_TITEL,
        categorieAs: 'Maatregel',
        waardeAs: 'Aantal deelnemers',
        kopRij: t.row,
        eersteRij: t.row + 1,
        laatsteRij,
        categorieKolom: t.col + code,
        reeksen: [{ col: t.col + beoogd }, { col: t.col + gerealiseerd }],
        van: { row: laatsteRij + 3, col: t.col },
        tot: { row: laatsteRij + 22, col: t.col + 7 },
      };
    }
  }
  return undefined;
}
