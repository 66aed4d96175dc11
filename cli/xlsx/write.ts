/**
 * Applies core's workbook model (template, voortgangsrapportage) with exceljs. Text values are written as text
 * cells only; the model's own formulas are the only formulas, so user text starting with '=' never becomes one.
 */
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  address,
  afdrukGebied,
  kopEnVoet,
  parts,
  type ModelBlad,
  type ModelCel,
  type ModelValidatie,
  type ModelWaarde,
  type Opmaak,
  type WerkboekModel,
  voortgangsgrafiek,
} from '../../core';
import { voegGrafiekToe } from './grafiek';

type Value = string | number | boolean | Date | null;

/** The cell boundary: decimal text becomes a number here and nowhere before. */
export function celwaarde(w: ModelWaarde): Value {
  switch (w.soort) {
    case 'tekst':
      return w.tekst;
    case 'getal':
      return Number(w.getal);
    case 'datum': {
      const { y, m, d } = parts(w.datum);
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'waarheid':
      return w.waarde;
    case 'leeg':
      return null;
  }
}

const FILL: Partial<Record<Opmaak, string>> = {
  kop: 'FFDDEBF7',
  goed: 'FFE2EFDA',
  'let-op': 'FFFFF2CC',
  risico: 'FFF8CBAD',
};

function style(cell: ExcelJS.Cell, opmaak: Opmaak | undefined): void {
  if (!opmaak) return;
  if (opmaak === 'titel') cell.font = { bold: true, size: 14 };
  else if (opmaak === 'vet' || opmaak === 'kop') cell.font = { bold: true };
  else if (opmaak === 'toelichting') cell.font = { italic: true, color: { argb: 'FF595959' } };
  const fill = FILL[opmaak];
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
}

interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function validation(v: ModelValidatie): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: 'Ongeldige invoer',
    error: v.melding,
  };
  switch (v.soort) {
    case 'lijst':
      return { ...common, type: 'list', formulae: [v.bron] };
    case 'bedrag':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'geheel':
      return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
    case 'datum':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1990, 0, 1))] };
  }
}

function writeCell(ws: ExcelJS.Worksheet, c: ModelCel): void {
  const cell = ws.getCell(c.row, c.col);
  const v = celwaarde(c.waarde);
  if (c.formule !== undefined) {
    const result = v ?? undefined;
    cell.value = result === undefined ? { formula: c.formule } : { formula: c.formule, result };
  } else {
    cell.value = v;
  }
  if (c.numFmt) cell.numFmt = c.numFmt;
  style(cell, c.opmaak);
}

/**
 * Paper size A4 (9 in the file format). exceljs declares PaperSize as an ambient const enum, which has no runtime value
 * under isolated transpilation (ts-jest), so the number is written and typed here.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the enum has no runtime value (see above)
const A4 = 9 as ExcelJS.PaperSize;

/** A4, fitted to one page wide; the model's orientation, repeated header rows, print area, header and footer. */
function printSetup(ws: ExcelJS.Worksheet, blad: ModelBlad, titel: string): void {
  const afdruk = blad.afdruk ?? { liggend: false };
  const herhaal = afdruk.herhaalRijen;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: afdruk.liggend ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: afdrukGebied(blad),
    ...(herhaal ? { printTitlesRow: `${herhaal.van}:${herhaal.tot}` } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  const kv = kopEnVoet(titel);
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: `&L${kv.kopLinks}&R${kv.kopRechts}`,
    oddFooter: `&L${kv.voetLinks}&R${kv.voetRechts}`,
  };
}

function wrapColumns(ws: ExcelJS.Worksheet, blad: ModelBlad): void {
  for (const col of blad.omloopKolommen ?? [])
    ws.getColumn(col).eachCell({ includeEmpty: false }, (cell) => {
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    });
}

function addSheet(wb: ExcelJS.Workbook, blad: ModelBlad, titel: string): void {
  const ws = wb.addWorksheet(blad.naam, {
    ...(blad.vastRijen ? { views: [{ state: 'frozen', ySplit: blad.vastRijen }] } : {}),
    ...(blad.verborgen ? { state: 'hidden' as const } : {}),
  });
  blad.kolombreedtes.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const t of blad.tabellen) {
    ws.addTable({
      name: t.naam,
      ref: address(t.row, t.col),
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: t.koppen.map((name) => ({ name, filterButton: true })),
      rows: t.rijen.map((r) => r.map(celwaarde)),
    });
    t.numFmts.forEach((fmt, j) => {
      if (!fmt) return;
      for (let i = 0; i < t.rijen.length; i += 1) ws.getCell(t.row + 1 + i, t.col + j).numFmt = fmt;
    });
  }
  for (const c of blad.cellen) writeCell(ws, c);
  const dv = (ws as unknown as { dataValidations: DataValidations }).dataValidations;
  for (const v of blad.validaties) dv.add(v.bereik, validation(v));
  wrapColumns(ws, blad);
  printSetup(ws, blad, titel);
}

/** The model as an exceljs workbook, for a writer that adds to it (print setup) before writing. */
export function modelNaarWerkboek(model: WerkboekModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cofin';
  wb.title = model.titel;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const blad of model.bladen) addSheet(wb, blad, model.titel);
  return wb;
}

export async function modelNaarBuffer(model: WerkboekModel): Promise<Buffer> {
  const wb = modelNaarWerkboek(model);
  const out = Buffer.from(await wb.xlsx.writeBuffer());
  // exceljs writes no charts: the report's chart is added to the package it wrote.
  const grafiek = voortgangsgrafiek(model);
  const ws = grafiek && wb.getWorksheet(grafiek.blad);
  return grafiek && ws ? voegGrafiekToe(out, grafiek, (row, col) => ws.getCell(row, col).value) : out;
}

export class BestandBestaatAl extends Error {}

/**
 * Writes `data` to `target` atomically: a temporary file in the same folder, flushed, then put in place in one
 * step. Without `force` an existing target is never replaced (hard link fails if the name exists).
 */
export async function schrijfAtomair(target: string, data: Uint8Array, force: boolean): Promise<void> {
  const full = resolve(target);
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await open(tmp, 'wx');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    if (force) await rename(tmp, full);
    else {
      try {
        await link(tmp, full);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new BestandBestaatAl(full);
        throw error;
      }
      await unlink(tmp);
    }
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
