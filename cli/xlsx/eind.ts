/**
 * Writes the einddeclaratie (core's `eindModel`) as .xlsx, ready to print: every sheet fit to the page width, the
 * wide annex landscape, the header row of each table repeated on every page, the title in the page header and the
 * page number in the footer, and a print area over what the sheet holds.
 */
import type ExcelJS from 'exceljs';
import { address, type ModelBlad, type WerkboekModel } from '../../core';
import { modelNaarWerkboek, werkboekNaarBuffer } from './write';

/** Total column width above which a sheet prints landscape (about what fits on A4 portrait). */
const STAAND_MAX_BREEDTE = 110;

/** The last row and column the sheet's cells and tables use. */
function omvang(blad: ModelBlad): { rows: number; cols: number } {
  let rows = 1;
  let cols = Math.max(1, blad.kolombreedtes.length);
  for (const c of blad.cellen) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  for (const t of blad.tabellen) {
    rows = Math.max(rows, t.row + Math.max(t.rijen.length, 1));
    cols = Math.max(cols, t.col + t.koppen.length - 1);
  }
  return { rows, cols };
}

/** Escapes '&' for an Excel header/footer string, where it starts a code. */
const kopTekst = (s: string): string => s.replace(/&/g, '&&');

export function afdrukInstellingen(ws: ExcelJS.Worksheet, blad: ModelBlad, titel: string): void {
  const { rows, cols } = omvang(blad);
  const breedte = blad.kolombreedtes.reduce((s, w) => s + w, 0);
  const tabel = blad.tabellen[0];
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: breedte > STAAND_MAX_BREEDTE ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A1:${address(rows, cols)}`,
    ...(tabel ? { printTitlesRow: `${tabel.row}:${tabel.row}` } : {}),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&L${kopTekst(titel)}&R${kopTekst(blad.naam)}`,
    oddFooter: '&CPagina &P van &N',
  };
}

export async function eindverantwoordingNaarBuffer(model: WerkboekModel): Promise<Buffer> {
  const wb = modelNaarWerkboek(model, (ws, blad, begrensd) => {
    afdrukInstellingen(ws, blad, begrensd.titel);
  });
  return werkboekNaarBuffer(wb);
}
