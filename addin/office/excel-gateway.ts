/**
 * The Office.js gateway: the one module of the task pane that calls `Excel.run`. It maps a live workbook to core's
 * neutral workbook shape and applies core's workbook model to it; nothing here knows what a begroting is.
 *
 * Round trips are the cost that matters in Office (every `context.sync()` crosses to Excel and, on the web, to a
 * server): reading is two syncs whatever the size of the workbook (names first, then every used range and table
 * range in one batch); applying a model is two (names, then every write).
 */
import type { Blad, Cel, CelWaarde, ModelValidatie, TabelBereik, Werkboek, WerkboekModel } from '../../core';
import { EXCEL_BRON, address as cellAddress, finding, zonderTotaalrij } from '../../core';
import {
  GatewayError,
  type ApplyOptions,
  type ApplyResult,
  type WorkbookGateway,
  type WorkbookSettings,
} from './gateway';
import { OPMAAK_STIJL, TABLE_STYLE, columnRange, planModel, type SheetPlan } from './plan';

/** Excel's refusal as a catalogue finding, placed at the workbook as a whole. */
const excel = { location: '', article: EXCEL_BRON } as const;

/** A failure from Office.js carries a `code` ('ItemNotFound', 'InvalidArgument', …); a Dutch message replaces it. */
function dutchError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const code =
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : '';
  switch (code) {
    case 'ItemAlreadyExists':
      return GatewayError.van(finding('excel-naam-bestaat', excel));
    case 'ItemNotFound':
      return GatewayError.van(finding('excel-niet-gevonden', excel));
    case 'InvalidOperationInCellEditMode':
      return GatewayError.van(finding('excel-cel-in-bewerking', excel));
    case 'ApiNotFound':
    case 'Unsupported':
      return GatewayError.van(finding('excel-api-ontbreekt', excel));
    case 'AccessDenied':
    case 'InsertDeleteConflict':
      return GatewayError.van(finding('excel-niet-toegestaan', excel));
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return GatewayError.van(finding('excel-werkmap-te-groot', excel));
    default:
      return GatewayError.van(finding('excel-fout', { ...excel, params: { foutcode: code } }));
  }
}

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw dutchError(error);
  }
}

/** "'Mijn blad'!A4:C15" -> sheet and range; a table's address always carries its sheet. */
export function splitAddress(text: string): { sheet: string; range: string } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(text);
  if (!m) return undefined;
  return {
    sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string),
    range: (m[3] as string).replace(/\$/g, ''),
  };
}

/**
 * One used range as core's sheet. `formulas` holds the formula text for formula cells and the constant otherwise;
 * Excel also strips the text prefix there, so a text cell "'=A1" reads back as '=A1' in both arrays: a cell is a
 * formula only when its formula text differs from its value.
 */
export function toBlad(
  name: string,
  top: number,
  left: number,
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
): Blad {
  const cells = new Map<string, Cel>();
  for (let i = 0; i < values.length; i += 1) {
    const vrow = values[i] as readonly unknown[];
    const frow = formulas[i];
    for (let j = 0; j < vrow.length; j += 1) {
      const raw = vrow[j];
      const f = frow?.[j];
      const formula = typeof f === 'string' && f.length > 1 && f.startsWith('=') && f !== raw ? f.slice(1) : undefined;
      let value: CelWaarde = null;
      if (typeof raw === 'number') value = Number.isFinite(raw) ? raw : null;
      else if (typeof raw === 'boolean') value = raw;
      else if (typeof raw === 'string' && raw !== '') value = raw;
      if (value === null && formula === undefined) continue;
      const row = top + i + 1;
      const col = left + j + 1;
      const key = cellAddress(row, col);
      cells.set(key, { sheet: name, address: key, row, col, value, ...(formula !== undefined ? { formula } : {}) });
    }
  }
  return { name, cells };
}

function validationRule(v: ModelValidatie): Excel.DataValidationRule {
  switch (v.soort) {
    case 'lijst':
      return { list: { inCellDropDown: true, source: `=${v.bron}` } };
    case 'bedrag':
      return { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
    case 'geheel':
      return { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
    case 'datum':
      return { date: { formula1: '1990-01-01', operator: 'GreaterThan' } };
  }
}

/** Queues every write of one new sheet; nothing is sent until the caller syncs. */
function writeSheet(ws: Excel.Worksheet, sp: SheetPlan): void {
  if (sp.block) {
    const range = ws.getRange(sp.block.range);
    if (sp.block.numberFormats.some((row) => row.some((f) => f !== null)))
      range.numberFormat = sp.block.numberFormats as string[][];
    // null leaves a cell alone (documented for values, numberFormat and formulas); the sheet is new, so it stays empty.
    range.formulas = sp.block.formulas as (string | number | boolean)[][];
  }
  for (const t of sp.tables) {
    const table = ws.tables.add(ws.getRange(t.range), true);
    table.name = t.name;
    table.style = TABLE_STYLE;
  }
  for (const st of sp.styles) {
    const look = OPMAAK_STIJL[st.opmaak];
    const format = ws.getRange(st.range).format;
    if (look.bold) format.font.bold = true;
    if (look.italic) format.font.italic = true;
    if (look.size !== undefined) format.font.size = look.size;
    if (look.color !== undefined) format.font.color = look.color;
    if (look.fill !== undefined) format.fill.color = look.fill;
  }
  for (const v of sp.validations) {
    const dv = ws.getRange(v.bereik).dataValidation;
    dv.rule = validationRule(v);
    dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Ongeldige invoer', message: v.melding };
  }
  sp.columnWidths.forEach((w, i) => {
    ws.getRange(columnRange(i)).format.columnWidth = w;
  });
  if (sp.frozenRows !== undefined) ws.freezePanes.freezeRows(sp.frozenRows);
  if (sp.hidden) ws.visibility = 'Hidden';
}

function officeSettings(): WorkbookSettings {
  return {
    get(key) {
      const v: unknown = Office.context.document.settings.get(key);
      return typeof v === 'string' ? v : undefined;
    },
    set(key, value) {
      const settings = Office.context.document.settings;
      settings.set(key, value);
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed)
            reject(GatewayError.van(finding('excel-keuze-niet-bewaard', excel)));
          else resolve();
        });
      });
    },
  };
}

export class OfficeGateway implements WorkbookGateway {
  readonly settings: WorkbookSettings = officeSettings();

  readWorkbook(): Promise<Werkboek> {
    return run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const tables = context.workbook.tables;
      tables.load('items/name,items/showTotals');
      await context.sync();
      // Second and last round trip: every sheet's used range (values only: formatting alone does not count) and
      // every table's address, queued together.
      const used = worksheets.items.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load('values,formulas,rowIndex,columnIndex');
        return { name: ws.name, range };
      });
      const tableRanges = tables.items.map((t) => {
        const range = t.getRange();
        range.load('address');
        return { name: t.name, totals: t.showTotals, range };
      });
      await context.sync();
      const sheets = used.map(({ name, range }) =>
        range.isNullObject
          ? { name, cells: new Map<string, Cel>() }
          : toBlad(name, range.rowIndex, range.columnIndex, range.values, range.formulas),
      );
      const found: TabelBereik[] = [];
      for (const t of tableRanges) {
        const where = splitAddress(t.range.address);
        if (where)
          found.push({ name: t.name, sheet: where.sheet, ref: t.totals ? zonderTotaalrij(where.range) : where.range });
      }
      return { sheets, tables: found };
    });
  }

  applyModel(model: WerkboekModel, options: ApplyOptions): Promise<ApplyResult> {
    return run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      const tables = context.workbook.tables;
      tables.load('items/name');
      await context.sync();
      const plan = planModel(
        model,
        { sheets: worksheets.items.map((w) => w.name), tables: tables.items.map((t) => t.name) },
        options,
      );
      const added = new Map<string, Excel.Worksheet>();
      for (const sp of plan.sheets) {
        const ws = worksheets.add(sp.name);
        added.set(sp.name, ws);
        writeSheet(ws, sp);
      }
      for (const c of plan.charts) {
        const ws = added.get(c.sheet);
        if (!ws) continue;
        const chart = ws.charts.add('ColumnClustered', ws.getRange(c.series), 'Columns');
        chart.title.text = c.title;
        chart.axes.categoryAxis.setCategoryNames(ws.getRange(c.categories));
        chart.setPosition(c.from, c.to);
      }
      const first = plan.sheets.find((s) => !s.hidden);
      if (first) added.get(first.name)?.activate();
      await context.sync();
      return { sheets: new Map(plan.sheets.map((s) => [s.modelName, s.name] as const)) };
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    try {
      await run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'excel-niet-gevonden')
        throw GatewayError.van(finding('excel-blad-of-cel-weg', { ...excel, params: { blad: sheet, cel: address } }));
      throw error;
    }
  }
}
