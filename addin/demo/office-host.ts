/**
 * The Office host of the browser demo: the part of Office.js the task pane uses, backed by the in-memory workbook of
 * addin/office/memory-gateway.ts.
 * It keeps the rule that makes Office.js what it is: nothing happens until `context.sync()`. Method calls and
 * property writes are queued and run in order at the next sync, `load` takes its snapshot at that point, and reading
 * a property that was not loaded and synced throws. Each sync is counted, so tests can pin the number of round trips.
 *
 * Used by the demo page (addin/demo/index.ts) in place of the CDN's office.js, by the gateway's unit tests (as the
 * global `Excel`) and by the end-to-end test of the bare task pane. `onChange` is called after every batch and
 * settings save, so a view of the workbook can follow what the pane did.
 */
import { address, parseAddress, parseRange } from '../../core';
import { GatewayError } from '../office/gateway';
import { MemoryWorkbook, type MemoryChart, type MemoryTable } from '../office/memory-gateway';
import { sheetRef, type CellInput } from '../office/plan';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** Operations queued and run (method calls and property writes), over all syncs. */
  operations: number;
  settingsSaved: number;
}

type Op = () => void;

class Ctx {
  queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  constructor(
    readonly store: MemoryWorkbook,
    readonly stats: FakeStats,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  push(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.stats.syncs += 1;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) {
      this.stats.operations += 1;
      try {
        op();
      } catch (error) {
        if (error instanceof FakeOfficeError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new FakeOfficeError(
          message.includes('bestaat niet')
            ? 'ItemNotFound'
            : message.includes('al een')
              ? 'ItemAlreadyExists'
              : 'InvalidArgument',
          message,
        );
      }
    }
  }
}

function propList(props: string | readonly string[] | undefined): string[] {
  if (props === undefined) return [];
  const list = typeof props === 'string' ? props.split(',') : [...props];
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Ctx) {}

  load(props?: string | readonly string[]): this {
    const list = propList(props);
    this.ctx.push(() => this.snapshot(list));
    return this;
  }

  /** Subclasses fill `loaded` with the requested properties as they are now. */
  protected snapshot(_props: readonly string[]): void {
    // A Loadable without properties of its own loads nothing.
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Call load() on the object and context.sync() first.`,
      );
    return this.loaded.get(prop) as T;
  }

  setLoaded(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }
}

function requireSheet(store: MemoryWorkbook, name: string) {
  const s = store.sheet(name);
  if (!s) throw new FakeOfficeError('ItemNotFound', `The requested worksheet '${name}' does not exist.`);
  return s;
}

class FakeFont {
  constructor(private readonly range: FakeRange) {}
  set bold(v: boolean) {
    this.range.style({ bold: v });
  }
  set italic(v: boolean) {
    this.range.style({ italic: v });
  }
  set size(v: number) {
    this.range.style({ size: v });
  }
  set color(v: string) {
    this.range.style({ color: v });
  }
}

class FakeFormat {
  readonly font: FakeFont;
  readonly fill: { color: string };
  constructor(private readonly range: FakeRange) {
    this.font = new FakeFont(range);
    const r = range;
    this.fill = {
      set color(v: string) {
        r.style({ fill: v });
      },
      get color(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'fill.color is write-only in this fake');
      },
    };
  }
  set columnWidth(points: number) {
    this.range.columnWidth(points);
  }
}

class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}
  set rule(rule: unknown) {
    this.range.validation({ rule });
  }
  set errorAlert(alert: { message?: string }) {
    this.range.validation(alert.message !== undefined ? { errorMessage: alert.message } : {});
  }
}

export class FakeRange extends Loadable {
  readonly format: FakeFormat;
  readonly dataValidation: FakeDataValidation;
  constructor(
    ctx: Ctx,
    readonly sheetName: string,
    /** The address on the sheet when the operation runs; undefined for a null object (an empty used range). */
    readonly where: () => string | undefined,
  ) {
    super(ctx);
    this.format = new FakeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
  }

  private bounds(): { top: number; left: number; bottom: number; right: number } {
    const at = this.where();
    const r = at === undefined ? undefined : /^[A-Z]+:[A-Z]+$/i.test(at) ? undefined : parseRange(at);
    if (!r) throw new FakeOfficeError('InvalidArgument', `'${at ?? ''}' is no cell range in this fake.`);
    return r;
  }

  protected override snapshot(props: readonly string[]): void {
    const at = this.where();
    this.loaded.set('isNullObject', at === undefined);
    if (at === undefined) return;
    const store = this.ctx.store;
    const s = requireSheet(store, this.sheetName);
    const r = this.bounds();
    const grid = <T>(fn: (row: number, col: number) => T): T[][] => {
      const out: T[][] = [];
      for (let row = r.top; row <= r.bottom; row += 1) {
        const line: T[] = [];
        for (let col = r.left; col <= r.right; col += 1) line.push(fn(row, col));
        out.push(line);
      }
      return out;
    };
    const cell = (row: number, col: number) => s.cells.get(address(row, col));
    for (const p of props) {
      if (p === 'address')
        this.loaded.set(
          p,
          `${sheetRef(s.name)}!${address(r.top, r.left)}${r.bottom === r.top && r.right === r.left ? '' : `:${address(r.bottom, r.right)}`}`,
        );
      else if (p === 'values')
        this.loaded.set(
          p,
          grid((row, col) => cell(row, col)?.value ?? ''),
        );
      else if (p === 'formulas')
        this.loaded.set(
          p,
          grid((row, col) => cell(row, col)?.formula ?? cell(row, col)?.value ?? ''),
        );
      else if (p === 'numberFormat')
        this.loaded.set(
          p,
          grid((row, col) => cell(row, col)?.numberFormat ?? 'General'),
        );
      else if (p === 'rowIndex') this.loaded.set(p, r.top - 1);
      else if (p === 'columnIndex') this.loaded.set(p, r.left - 1);
      else if (p === 'rowCount') this.loaded.set(p, r.bottom - r.top + 1);
      else if (p === 'columnCount') this.loaded.set(p, r.right - r.left + 1);
      else throw new FakeOfficeError('InvalidArgument', `The fake cannot load range property '${p}'.`);
    }
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }

  private write2d(kind: 'input' | 'format', data: readonly (readonly (CellInput | string)[])[]): void {
    this.ctx.push(() => {
      const r = this.bounds();
      if (data.length !== r.bottom - r.top + 1 || data.some((row) => row.length !== r.right - r.left + 1))
        throw new FakeOfficeError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size of the range ${this.where() ?? ''}.`,
        );
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          if (kind === 'input') this.ctx.store.input(this.sheetName, r.top + i, r.left + j, v);
          else this.ctx.store.numberFormat(this.sheetName, r.top + i, r.left + j, v as string | null);
        }),
      );
    });
  }

  set values(data: (CellInput | string)[][]) {
    this.write2d('input', data);
  }
  set formulas(data: (CellInput | string)[][]) {
    this.write2d('input', data);
  }
  set numberFormat(data: (string | null)[][]) {
    this.write2d('format', data);
  }

  style(style: Parameters<MemoryWorkbook['style']>[2]): void {
    this.ctx.push(() => {
      const r = this.bounds();
      this.ctx.store.style(this.sheetName, `${address(r.top, r.left)}:${address(r.bottom, r.right)}`, style);
    });
  }

  columnWidth(points: number): void {
    this.ctx.push(() => {
      const at = this.where() ?? '';
      const s = requireSheet(this.ctx.store, this.sheetName);
      const m = /^([A-Z]+):([A-Z]+)$/i.exec(at);
      const cols = m
        ? [parseAddress(`${m[1] as string}1`)?.col ?? 0, parseAddress(`${m[2] as string}1`)?.col ?? 0]
        : [this.bounds().left, this.bounds().right];
      for (let c = cols[0] as number; c <= (cols[1] as number); c += 1) s.columnWidths.set(c, points);
    });
  }

  validation(patch: { rule?: unknown; errorMessage?: string }): void {
    this.ctx.push(() => {
      const s = requireSheet(this.ctx.store, this.sheetName);
      const range = this.where() ?? '';
      const i = s.validations.findIndex((v) => v.range === range);
      const before = i >= 0 ? s.validations[i] : undefined;
      const next = {
        range,
        rule: patch.rule ?? before?.rule,
        ...(patch.errorMessage !== undefined || before?.errorMessage !== undefined
          ? { errorMessage: patch.errorMessage ?? before?.errorMessage ?? '' }
          : {}),
      };
      if (i >= 0) s.validations[i] = next;
      else s.validations.push(next);
    });
  }

  select(): void {
    this.ctx.push(() => {
      const s = requireSheet(this.ctx.store, this.sheetName);
      const r = this.bounds();
      this.ctx.store.activeSheet = s.name;
      this.ctx.store.selection = {
        sheet: s.name,
        address:
          r.top === r.bottom && r.left === r.right
            ? address(r.top, r.left)
            : `${address(r.top, r.left)}:${address(r.bottom, r.right)}`,
      };
    });
  }
}

class FakeTable extends Loadable {
  constructor(
    ctx: Ctx,
    /** The table once created (set by the queued add). */
    private readonly ref: { table?: MemoryTable },
  ) {
    super(ctx);
  }
  private table(): MemoryTable {
    if (!this.ref.table) throw new FakeOfficeError('ItemNotFound', 'The table does not exist.');
    return this.ref.table;
  }
  protected override snapshot(props: readonly string[]): void {
    const t = this.table();
    for (const p of props) {
      if (p === 'name') this.loaded.set(p, t.name);
      else if (p === 'showTotals') this.loaded.set(p, false);
      else throw new FakeOfficeError('InvalidArgument', `The fake cannot load table property '${p}'.`);
    }
  }
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.ctx.push(() => {
      const t = this.table();
      if (this.ctx.store.tables.some((o) => o !== t && o.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `A table named '${name}' already exists.`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || parseAddress(name) !== undefined)
        throw new FakeOfficeError('InvalidArgument', `'${name}' is no valid table name.`);
      t.name = name;
    });
  }
  get showTotals(): boolean {
    return this.read('showTotals');
  }
  set style(style: string) {
    this.ctx.push(() => {
      this.table().style = style;
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.ref.table?.sheet ?? '', () => this.table().range);
  }
}

function itemProps(props: readonly string[]): string[] {
  return props.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
}

class FakeTables extends Loadable {
  constructor(
    ctx: Ctx,
    private readonly sheetName?: string,
  ) {
    super(ctx);
  }
  protected override snapshot(props: readonly string[]): void {
    const sub = itemProps(props);
    const items = this.ctx.store.tables
      .filter((t) => this.sheetName === undefined || t.sheet === this.sheetName)
      .map((t) => {
        const ft = new FakeTable(this.ctx, { table: t });
        for (const p of sub) ft.setLoaded(p, p === 'name' ? t.name : p === 'showTotals' ? false : undefined);
        return ft;
      });
    this.loaded.set('items', items);
  }
  get items(): FakeTable[] {
    return this.read('items');
  }
  add(range: FakeRange | string, _hasHeaders: boolean): FakeTable {
    const ref: { table?: MemoryTable } = {};
    const sheet = typeof range === 'string' ? (this.sheetName ?? '') : range.sheetName;
    const where = typeof range === 'string' ? () => range : () => range.where();
    this.ctx.push(() => {
      let n = this.ctx.store.tables.length + 1;
      while (this.ctx.store.tables.some((t) => t.name === `Tabel${n}`)) n += 1;
      ref.table = this.ctx.store.addTable(sheet, where() ?? '', `Tabel${n}`);
    });
    return new FakeTable(this.ctx, ref);
  }
}

class FakeChart {
  readonly title: { text: string };
  readonly axes: { categoryAxis: { setCategoryNames(range: FakeRange): void } };
  constructor(
    private readonly ctx: Ctx,
    ref: { chart?: MemoryChart },
  ) {
    const queue = (fn: (c: MemoryChart) => void) =>
      ctx.push(() => {
        if (!ref.chart) throw new FakeOfficeError('ItemNotFound', 'The chart does not exist.');
        fn(ref.chart);
      });
    this.title = {
      set text(t: string) {
        queue((c) => {
          c.title = t;
        });
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'title.text is write-only in this fake');
      },
    };
    this.axes = {
      categoryAxis: {
        setCategoryNames(range: FakeRange) {
          queue((c) => {
            const at = range.where();
            if (at !== undefined) c.categories = at;
          });
        },
      },
    };
    this.setPosition = (from: string, to?: string) =>
      queue((c) => {
        c.from = from;
        if (to !== undefined) c.to = to;
      });
  }
  setPosition: (from: string, to?: string) => void;
}

class FakeCharts {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheetName: string,
  ) {}
  add(type: string, range: FakeRange, _seriesBy?: string): FakeChart {
    const ref: { chart?: MemoryChart } = {};
    this.ctx.push(() => {
      requireSheet(this.ctx.store, this.sheetName);
      const chart: MemoryChart = { sheet: this.sheetName, type, source: range.where() ?? '', title: '' };
      this.ctx.store.charts.push(chart);
      ref.chart = chart;
    });
    return new FakeChart(this.ctx, ref);
  }
}

export class FakeWorksheet extends Loadable {
  readonly tables: FakeTables;
  readonly charts: FakeCharts;
  readonly freezePanes: { freezeRows(count: number): void };
  constructor(
    ctx: Ctx,
    private readonly sheetName: string,
  ) {
    super(ctx);
    this.tables = new FakeTables(ctx, sheetName);
    this.charts = new FakeCharts(ctx, sheetName);
    this.freezePanes = {
      freezeRows: (count: number) =>
        ctx.push(() => {
          requireSheet(ctx.store, sheetName).frozenRows = count;
        }),
    };
  }
  protected override snapshot(props: readonly string[]): void {
    const s = requireSheet(this.ctx.store, this.sheetName);
    for (const p of props) {
      if (p === 'name') this.loaded.set(p, s.name);
      else if (p === 'visibility') this.loaded.set(p, s.visible ? 'Visible' : 'Hidden');
      else throw new FakeOfficeError('InvalidArgument', `The fake cannot load worksheet property '${p}'.`);
    }
  }
  get name(): string {
    return this.read('name');
  }
  set visibility(v: string) {
    this.ctx.push(() => {
      requireSheet(this.ctx.store, this.sheetName).visible = v === 'Visible';
    });
  }
  getRange(at: string): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => at.replace(/\$/g, ''));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => {
      const r = this.ctx.store.usedRange(this.sheetName);
      return r === undefined ? undefined : `${address(r.top, r.left)}:${address(r.bottom, r.right)}`;
    });
  }
  activate(): void {
    this.ctx.push(() => {
      this.ctx.store.activeSheet = requireSheet(this.ctx.store, this.sheetName).name;
    });
  }
}

class FakeWorksheets extends Loadable {
  protected override snapshot(props: readonly string[]): void {
    const sub = itemProps(props);
    this.loaded.set(
      'items',
      this.ctx.store.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s.name);
        for (const p of sub) ws.setLoaded(p, p === 'name' ? s.name : undefined);
        return ws;
      }),
    );
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  add(name: string): FakeWorksheet {
    this.ctx.push(() => {
      try {
        this.ctx.store.addSheet(name);
      } catch (error) {
        if (error instanceof GatewayError)
          throw new FakeOfficeError(
            error.message.includes('al een') ? 'ItemAlreadyExists' : 'InvalidArgument',
            error.message,
          );
        throw error;
      }
    });
    return new FakeWorksheet(this.ctx, name);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.store.activeSheet ?? '');
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  constructor(private readonly ctx: Ctx) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
  }
  /** The store's selection (a cell or a range); the active cell is its first cell. */
  getSelectedRange(): FakeRange {
    const sel = this.ctx.store.selection;
    return new FakeRange(this.ctx, sel?.sheet ?? this.ctx.store.activeSheet ?? '', () => sel?.address ?? 'A1');
  }
  getActiveCell(): FakeRange {
    const sel = this.ctx.store.selection;
    const first = sel?.address.split(':')[0] ?? 'A1';
    return new FakeRange(this.ctx, sel?.sheet ?? this.ctx.store.activeSheet ?? '', () => first);
  }
}

export interface FakeHost {
  readonly store: MemoryWorkbook;
  readonly stats: FakeStats;
  /** Custom functions registered through CustomFunctions.associate. */
  readonly associated: Map<string, unknown>;
  readonly Excel: { run<T>(batch: (context: unknown) => Promise<T>): Promise<T> };
  readonly Office: unknown;
  readonly CustomFunctions: unknown;
}

/** Builds the fake host; `install` puts Office, Excel and CustomFunctions on the given global object. */
export function fakeHost(
  store: MemoryWorkbook = new MemoryWorkbook(),
  onChange: () => void = () => undefined,
): FakeHost {
  const stats: FakeStats = { runs: 0, syncs: 0, operations: 0, settingsSaved: 0 };
  const associated = new Map<string, unknown>();
  const Excel = {
    async run<T>(batch: (context: unknown) => Promise<T>): Promise<T> {
      stats.runs += 1;
      const ctx = new Ctx(store, stats);
      try {
        const result = await batch(ctx);
        // Office.js runs whatever is still queued when the batch ends.
        if (ctx.queue.length > 0) await ctx.sync();
        return result;
      } finally {
        onChange();
      }
    },
  };
  const settings = {
    get: (key: string): unknown => store.settings.get(key) ?? null,
    set: (key: string, value: unknown): void => {
      store.settings.set(key, String(value));
    },
    remove: (key: string): void => {
      store.settings.delete(key);
    },
    saveAsync: (callback?: (result: { status: string }) => void): void => {
      stats.settingsSaved += 1;
      setTimeout(() => {
        onChange();
        callback?.({ status: 'succeeded' });
      }, 0);
    },
  };
  const Office = {
    HostType: {
      Excel: 'Excel',
      Word: 'Word',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
      Project: 'Project',
      Access: 'Access',
    },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: { document: { settings } },
    onReady(
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }> {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };
  class CustomFunctionsError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const CustomFunctions = {
    associate(id: string, fn: unknown): void {
      associated.set(id, fn);
    },
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  };
  return { store, stats, associated, Excel, Office, CustomFunctions };
}

export function install(target: object, host: FakeHost): void {
  Object.assign(target, { Excel: host.Excel, Office: host.Office, CustomFunctions: host.CustomFunctions });
}
