/**
 * The task pane's one door to the workbook. Components and actions see only this interface; `excel-gateway.ts` is
 * its Office.js implementation (the one module that calls `Excel.run`), `memory-gateway.ts` an in-memory one for the
 * tests, the fake host of the end-to-end test and the browser demo. Values cross as core's shapes: the neutral workbook in, the model out.
 */
import type { Finding, FindingCode, Werkboek, WerkboekModel } from '../../core';

/** What to do when a sheet or table name of the model is taken: refuse with a Dutch reason, or pick a free name. */
export type OnConflict = 'refuse' | 'rename';

/** A clustered column chart over cells of a sheet of the model; addresses are relative to that sheet. */
export interface ChartSpec {
  /** Name of the sheet in the model (the adapter maps it to the name it actually used). */
  readonly sheet: string;
  readonly title: string;
  /** Header row plus data rows of the series columns, 'F3:G5': each column is one series, its header the name. */
  readonly series: string;
  /** The category labels, one per data row: 'A4:A5'. */
  readonly categories: string;
  /** Top-left and bottom-right cell the chart covers. */
  readonly from: string;
  readonly to: string;
}

export interface ApplyOptions {
  readonly onConflict: OnConflict;
  readonly charts?: readonly ChartSpec[];
}

export interface ApplyResult {
  /** Per model sheet, the name it got in the workbook (differs from the model's under 'rename'). */
  readonly sheets: ReadonlyMap<string, string>;
}

/** Settings stored in the workbook itself (Office.context.document.settings). */
export interface WorkbookSettings {
  get(key: string): string | undefined;
  set(key: string, value: string): Promise<void>;
}

export interface WorkbookGateway {
  /** Every sheet's used cells (values and formula text) and every Excel table's range. */
  readWorkbook(): Promise<Werkboek>;
  /** Adds the model's sheets as new sheets; never changes an existing sheet. */
  applyModel(model: WerkboekModel, options: ApplyOptions): Promise<ApplyResult>;
  /** Activates the sheet and selects the cell ('E12'). */
  selectCell(sheet: string, address: string): Promise<void>;
  readonly settings: WorkbookSettings;
}

/**
 * A failure with a Dutch message meant for the user (no stack, no codes they cannot act on). Failures of Excel itself
 * come from the catalogue (`GatewayError.van`) and keep their code for the program.
 */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly code?: FindingCode,
  ) {
    super(message);
    this.name = 'GatewayError';
  }

  static van(f: Finding): GatewayError {
    return new GatewayError(f.message, f.code);
  }
}
