/**
 * Opening and saving .xlsx in the page, with exceljs's browser build: loaded on demand, so the first render does not
 * wait for it. Reading reuses the command line's mapping (cli/xlsx/read.ts: exceljs -> core's neutral workbook), so
 * the pane checks an opened file as `cofin check` reads it; number formats, column widths and visibility come from
 * the same exceljs workbook. Saving writes the in-memory workbook's cells (formulas with their last value), number
 * formats, tables, widths and hidden sheets. The bytes never leave the page. The command line's zip preflight (sizes,
 * encryption, zip bombs) needs node:zlib and does not run here: the page opens only the user's own local file.
 */
import ExcelJS from 'exceljs';
import { address, parseRange } from '../../core';
import { leesOpties, vanExcelJs } from '../../cli/xlsx/read';
import { LIMITS } from '../../cli/xlsx/preflight';
import type { MemoryWorkbook } from '../office/memory-gateway';
import { TABLE_STYLE } from '../office/plan';

const MAX_ROWS = LIMITS.maxRows;
const POINTS_PER_CHARACTER = 5.6;

/** Replaces the workbook's contents by the file's; a Dutch reason when the file cannot be read. */
export async function openXlsx(data: ArrayBuffer, store: MemoryWorkbook): Promise<string | undefined> {
  const wb = new ExcelJS.Workbook();
  try {
    // The CLI's options, but keeping the parts it skips for speed (column widths among them): the grid shows them.
    await wb.xlsx.load(data, { ...leesOpties(MAX_ROWS), ignoreNodes: [] });
  } catch (error) {
    return `het bestand is geen leesbare xlsx-werkmap (${(error instanceof Error ? error.message : String(error)).slice(0, 120)}).`;
  }
  const read = vanExcelJs(wb, MAX_ROWS);
  if (!read.ok) return read.reden;
  store.sheets.length = 0;
  store.tables.length = 0;
  store.charts.length = 0;
  store.settings.clear();
  store.selection = undefined;
  for (const blad of read.werkboek.sheets) {
    const s = store.addSheet(blad.name);
    const ws = wb.getWorksheet(blad.name);
    s.visible = ws?.state !== 'hidden' && ws?.state !== 'veryHidden';
    for (const [key, cel] of blad.cells) {
      const numFmt = ws?.getCell(key).numFmt;
      s.cells.set(key, {
        value: cel.value,
        ...(cel.formula !== undefined ? { formula: `=${cel.formula}` } : {}),
        ...(numFmt ? { numberFormat: numFmt } : {}),
      });
    }
    ws?.columns.forEach((c, i) => {
      if (c.width !== undefined) s.columnWidths.set(i + 1, c.width * POINTS_PER_CHARACTER);
    });
  }
  for (const t of read.werkboek.tables) store.addTable(t.sheet, t.ref, t.name).style = TABLE_STYLE;
  store.activeSheet = store.sheets.find((s) => s.visible)?.name;
  return undefined;
}

type Value = ExcelJS.CellValue;

/** The workbook as .xlsx bytes. */
export async function saveXlsx(store: MemoryWorkbook): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cofin (demo)';
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of store.sheets) {
    const ws = wb.addWorksheet(s.name, s.visible ? {} : { state: 'hidden' });
    for (const [col, points] of s.columnWidths) ws.getColumn(col).width = points / POINTS_PER_CHARACTER;
    const value = (key: string): Value => {
      const cell = s.cells.get(key);
      if (!cell) return null;
      if (cell.formula !== undefined)
        return cell.value === null
          ? { formula: cell.formula.slice(1) }
          : { formula: cell.formula.slice(1), result: cell.value };
      return cell.value;
    };
    const inTable = new Set<string>();
    for (const t of store.tables.filter((x) => x.sheet.toLowerCase() === s.name.toLowerCase())) {
      const r = parseRange(t.range);
      if (!r) continue;
      const columns: { name: string; filterButton: boolean }[] = [];
      for (let c = r.left; c <= r.right; c += 1) {
        const header = s.cells.get(address(r.top, c))?.value;
        columns.push({
          name: header === null || header === undefined ? `Kolom${String(c - r.left + 1)}` : String(header),
          filterButton: true,
        });
      }
      const rows: Value[][] = [];
      for (let row = r.top + 1; row <= r.bottom; row += 1) {
        const line: Value[] = [];
        for (let c = r.left; c <= r.right; c += 1) {
          line.push(value(address(row, c)));
          inTable.add(address(row, c));
        }
        rows.push(line);
      }
      for (let c = r.left; c <= r.right; c += 1) inTable.add(address(r.top, c));
      ws.addTable({
        name: t.name,
        ref: address(r.top, r.left),
        headerRow: true,
        totalsRow: false,
        style: { theme: TABLE_STYLE, showRowStripes: true },
        columns,
        rows,
      });
    }
    for (const [key, cell] of s.cells) {
      const target = ws.getCell(key);
      if (!inTable.has(key)) target.value = value(key);
      if (cell.numberFormat !== undefined && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
      if (cell.style?.bold || cell.style?.italic)
        target.font = { ...(cell.style.bold ? { bold: true } : {}), ...(cell.style.italic ? { italic: true } : {}) };
    }
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
