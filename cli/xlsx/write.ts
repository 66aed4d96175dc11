/**
 * The one seam every .xlsx writer of the command line goes through (the template, the voortgangsrapportage, the
 * einddeclaratie, the overview of `cofin check`): sheets are added by `nieuwBlad`, bytes come from
 * `werkboekNaarBuffer`, and between them every cell, sheet name, header and footer is brought within Excel's limits
 * (core's EXCEL_GRENZEN), anything longer cut with a visible mark. Text values are written as text cells only; the
 * model's own formulas are the only formulas, so user text starting with '=' never becomes one.
 */
import { link, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  EXCEL_GRENZEN,
  address,
  afdrukGebied,
  begrensModel,
  geldigeBladnaam,
  ingekort,
  ingekorteKopVoet,
  kolommenMerk,
  kopEnVoet,
  parseRange,
  parts,
  rijenMerk,
  type ExcelGrenzen,
  type ModelBlad,
  type ModelCel,
  type ModelValidatie,
  type ModelWaarde,
  type Opmaak,
  type WerkboekModel,
  voortgangsgrafiek,
} from '../../core';
import { voegGrafiekToe } from './grafiek';

/** Core's `begrensModel`: the one set of limits every model writer applies, here before exceljs. */
export { begrensModel };

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

/** Adds a sheet named as close to `naam` as Excel allows (core's `geldigeBladnaam`, unique among the sheets). */
export function nieuwBlad(
  wb: ExcelJS.Workbook,
  naam: string,
  opties?: Partial<ExcelJS.AddWorksheetOptions>,
): ExcelJS.Worksheet {
  const gebruikt = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  return wb.addWorksheet(geldigeBladnaam(naam, gebruikt), opties);
}

function addSheet(wb: ExcelJS.Workbook, blad: ModelBlad, titel: string): ExcelJS.Worksheet {
  const ws = nieuwBlad(wb, blad.naam, {
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
  return ws;
}

/**
 * The model as an exceljs workbook, within Excel's limits (`begrensModel`), for a writer that adds to it before
 * writing: `naBlad` gets each sheet with the model sheet it was made from (named as written).
 */
export function modelNaarWerkboek(
  model: WerkboekModel,
  naBlad?: (ws: ExcelJS.Worksheet, blad: ModelBlad, model: WerkboekModel) => void,
): ExcelJS.Workbook {
  const begrensd = begrensModel(model);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cofin';
  wb.title = begrensd.titel;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const blad of begrensd.bladen) {
    const ws = addSheet(wb, blad, begrensd.titel);
    naBlad?.(ws, blad, begrensd);
  }
  return wb;
}

type ExcelWaarde = ExcelJS.CellValue;

/** One cell value within the limits: text cut (`ingekort`), a formula too long for Excel written as its result only. */
export function begrensWaarde(v: ExcelWaarde, g: ExcelGrenzen = EXCEL_GRENZEN): ExcelWaarde {
  if (typeof v === 'string') return ingekort(v, g.tekst);
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if ('richText' in v) {
    const tekst = v.richText.map((r) => r.text).join('');
    return tekst.length <= g.tekst ? v : ingekort(tekst, g.tekst);
  }
  if ('hyperlink' in v) {
    const tekst = ingekort(v.text, g.tekst);
    return v.hyperlink.length > g.hyperlink ? tekst : { ...v, text: tekst };
  }
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result;
    const begrensdResultaat = typeof result === 'string' ? ingekort(result, g.tekst) : result;
    const formule = 'formula' in v ? v.formula : undefined;
    if (formule !== undefined && formule.length > g.formule)
      return begrensdResultaat === undefined || typeof begrensdResultaat === 'object' ? null : begrensdResultaat;
    return begrensdResultaat === result ? v : ({ ...v, result: begrensdResultaat } as ExcelWaarde);
  }
  return v;
}

/** A range within the sheet's limits ('A1:Q2000000' -> 'A1:Q1048576'); other text as it is. */
function begrensBereik(ref: string, g: ExcelGrenzen): string {
  const r = parseRange(ref.replace(/\$/g, ''));
  if (!r) return ref;
  const rij = (n: number) => Math.min(n, g.rijen);
  const kol = (n: number) => Math.min(n, g.kolommen);
  return `${address(rij(r.top), kol(r.left))}:${address(rij(r.bottom), kol(r.right))}`;
}

/**
 * exceljs keeps a sheet's rows and a row's cells in arrays and has no public way to drop them: spliceRows and
 * Row.splice leave empty objects behind that are still written as <row r> and <c r>. The limits shorten the arrays.
 */
interface BladIntern {
  _rows: unknown[];
}
interface RijIntern {
  _cells: unknown[];
}

const KOP_VOET = ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'] as const;

/**
 * Every sheet of `wb` within Excel's limits, in place: rows past the last row and columns past the last column go
 * (the last row or column kept says how many), every cell value through `begrensWaarde`, headers and footers cut,
 * the print area within the sheet, the title cut.
 */
export function begrensWerkboek(wb: ExcelJS.Workbook, g: ExcelGrenzen = EXCEL_GRENZEN): void {
  if (typeof wb.title === 'string') wb.title = ingekort(wb.title, g.tekst);
  for (const ws of wb.worksheets) {
    const intern = ws as unknown as BladIntern;
    if (ws.rowCount > g.rijen) {
      const weg = ws.rowCount - g.rijen + 1;
      intern._rows.length = g.rijen - 1;
      ws.getCell(g.rijen, 1).value = rijenMerk(weg);
    }
    if (ws.columnCount > g.kolommen) {
      const weg = ws.columnCount - g.kolommen + 1;
      ws.eachRow({ includeEmpty: true }, (row) => {
        const cellen = (row as unknown as RijIntern)._cells;
        if (cellen.length >= g.kolommen) cellen.length = g.kolommen - 1;
      });
      ws.getCell(1, g.kolommen).value = kolommenMerk(weg);
    }
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        const begrensd = begrensWaarde(v, g);
        if (begrensd !== v) cell.value = begrensd;
      });
    });
    for (const k of KOP_VOET) {
      const tekst = ws.headerFooter[k];
      if (typeof tekst === 'string') ws.headerFooter[k] = ingekorteKopVoet(tekst, g.kopVoet);
    }
    const gebied = ws.pageSetup.printArea;
    if (gebied !== undefined) ws.pageSetup.printArea = begrensBereik(gebied, g);
  }
}

/** The bytes of `wb`, first brought within Excel's limits (`begrensWerkboek`): every writer ends here. */
export async function werkboekNaarBuffer(wb: ExcelJS.Workbook, g: ExcelGrenzen = EXCEL_GRENZEN): Promise<Buffer> {
  begrensWerkboek(wb, g);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function modelNaarBuffer(model: WerkboekModel): Promise<Buffer> {
  let begrensd: WerkboekModel | undefined;
  const wb = modelNaarWerkboek(model, (_ws, _blad, m) => {
    begrensd = m;
  });
  const out = await werkboekNaarBuffer(wb);
  // exceljs writes no charts: the report's chart is added to the package it wrote.
  const grafiek = begrensd && voortgangsgrafiek(begrensd);
  const ws = grafiek && wb.getWorksheet(grafiek.blad);
  return grafiek && ws ? voegGrafiekToe(out, grafiek, (row, col) => ws.getCell(row, col).value) : out;
}

export class BestandBestaatAl extends Error {}

/** The temporary file of a write to `naam` by process `pid`: hidden, named after its target and cofin, ending in .tmp. */
export function tijdelijkeNaam(naam: string, pid: number, kenmerk: string): string {
  return `.${naam}.cofin-${pid}-${kenmerk}.tmp`;
}

const TIJDELIJK = /^\.(.+)\.cofin-(\d+)-[0-9a-f]{8}\.tmp$/;

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what an earlier write to `full` left behind when its process was killed (SIGKILL, power loss): the
 * temporary files of `tijdelijkeNaam` for that target whose process no longer runs. Best effort; a file of a
 * running process is never touched.
 */
async function ruimRestenOp(full: string): Promise<void> {
  const naam = basename(full);
  const namen = await readdir(dirname(full)).catch(() => [] as string[]);
  for (const n of namen) {
    const m = TIJDELIJK.exec(n);
    if (m?.[1] !== naam || leeft(Number(m[2]))) continue;
    await unlink(join(dirname(full), n)).catch(() => undefined);
  }
}

/** Makes a rename or link in `dir` durable (a no-op where the platform cannot open a folder). */
async function syncMap(dir: string): Promise<void> {
  const fh = await open(dir, 'r').catch(() => undefined);
  if (!fh) return;
  await fh.sync().catch(() => undefined);
  await fh.close();
}

/**
 * Writes `data` to `target` atomically: a temporary file in the same folder (`tijdelijkeNaam`), flushed, then put in
 * place in one step, so the target is at every moment absent, its old content, or the whole new file, even when the
 * process is killed. Without `force` an existing target is never replaced (hard link fails if the name exists).
 * Temporary files of killed earlier writes to the same target are removed first.
 */
export async function schrijfAtomair(target: string, data: Uint8Array, force: boolean): Promise<void> {
  const full = resolve(target);
  await ruimRestenOp(full);
  const tmp = join(dirname(full), tijdelijkeNaam(basename(full), process.pid, randomBytes(4).toString('hex')));
  const fh = await open(tmp, 'wx');
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
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
  await syncMap(dirname(full));
}
