/**
 * Test-only builder of core's neutral workbook shape (Werkboek: sheets of cells that carry sheet and address, plus
 * Excel table ranges), so the mapping and the report are tested in core without exceljs or Office.js.
 */
import {
  address,
  parseAddress,
  toExcelSerial,
  type Blad,
  type Cel,
  type CelWaarde,
  type ModelWaarde,
  type TabelBereik,
  type Werkboek,
  type WerkboekModel,
} from '../../core';

export type Rij = readonly CelWaarde[];

export interface TabelInvoer {
  readonly blad: string;
  /** Top-left cell of the header row; 'A1' when omitted. */
  readonly links?: string;
  readonly koppen: Rij;
  readonly rijen: readonly Rij[];
  /** Registered as an Excel table (ListObject) under this name; without it, only the cells are there. */
  readonly tabel?: string;
  /** A totals row directly below the data rows, inside the table's range (as Excel stores it). */
  readonly totaalrij?: Rij;
}

/** A loose cell (a title, a note) on a sheet. */
export interface LosseCel {
  readonly blad: string;
  readonly adres: string;
  readonly waarde: CelWaarde;
  readonly formule?: string;
}

/** A workbook holding the given tables and cells; sheets in order of first mention. Empty cells (null) are left out. */
export function werkboek(
  tabellen: readonly TabelInvoer[],
  losse: readonly LosseCel[] = [],
  extraBladen: readonly string[] = [],
): Werkboek {
  const bladen = new Map<string, Map<string, Cel>>();
  const blad = (naam: string): Map<string, Cel> => {
    let cells = bladen.get(naam);
    if (!cells) bladen.set(naam, (cells = new Map<string, Cel>()));
    return cells;
  };
  const zet = (sheet: string, row: number, col: number, value: CelWaarde, formula?: string): void => {
    if (value === null && formula === undefined) return;
    const a = address(row, col);
    blad(sheet).set(a, { sheet, address: a, row, col, value, ...(formula !== undefined ? { formula } : {}) });
  };
  const bereiken: TabelBereik[] = [];
  for (const t of tabellen) {
    const start = parseAddress(t.links ?? 'A1');
    if (!start) throw new Error(`bad address ${t.links ?? ''}`);
    const regels = [t.koppen, ...t.rijen, ...(t.totaalrij ? [t.totaalrij] : [])];
    regels.forEach((regel, r) => regel.forEach((v, c) => zet(t.blad, start.row + r, start.col + c, v)));
    blad(t.blad);
    if (t.tabel !== undefined) {
      const breedte = Math.max(...regels.map((r) => r.length));
      const ref = `${address(start.row, start.col)}:${address(start.row + regels.length - 1, start.col + breedte - 1)}`;
      bereiken.push({ name: t.tabel, sheet: t.blad, ref });
    }
  }
  for (const c of losse) {
    const p = parseAddress(c.adres);
    if (!p) throw new Error(`bad address ${c.adres}`);
    zet(c.blad, p.row, p.col, c.waarde, c.formule);
  }
  for (const naam of extraBladen) blad(naam);
  const sheets: Blad[] = [...bladen].map(([name, cells]) => ({ name, cells }));
  return { sheets, tables: bereiken };
}

/** A cell value as an adapter reads it back: amounts as numbers, dates as Excel serial numbers. */
function celWaarde(w: ModelWaarde): CelWaarde {
  switch (w.soort) {
    case 'tekst':
      return w.tekst;
    case 'getal':
      return Number(w.getal);
    case 'datum':
      return toExcelSerial(w.datum);
    case 'waarheid':
      return w.waarde;
    case 'leeg':
      return null;
  }
}

/** The workbook an adapter would read back after writing `model` (the template, the report), formulas with their result. */
export function uitModel(model: WerkboekModel): Werkboek {
  const tabellen: TabelInvoer[] = [];
  const losse: LosseCel[] = [];
  for (const b of model.bladen) {
    for (const t of b.tabellen)
      tabellen.push({
        blad: b.naam,
        links: address(t.row, t.col),
        koppen: t.koppen,
        rijen: t.rijen.map((r) => r.map(celWaarde)),
        tabel: t.naam,
      });
    // Loose cells are written after the tables, as the writers do, so a formatted or formula cell wins.
    for (const c of b.cellen)
      losse.push({
        blad: b.naam,
        adres: address(c.row, c.col),
        waarde: celWaarde(c.waarde),
        ...(c.formule !== undefined ? { formule: c.formule } : {}),
      });
  }
  return werkboek(
    tabellen,
    losse,
    model.bladen.map((b) => b.naam),
  );
}

/** The cell at an address of a sheet, for assertions. */
export function cel(wb: Werkboek, sheet: string, adres: string): Cel | undefined {
  return wb.sheets.find((s) => s.name === sheet)?.cells.get(adres);
}
