/**
 * The demo page's own script, loaded before the add-in's unchanged functions.js and taskpane.js: it puts Office,
 * Excel and CustomFunctions on the page (office-host.ts over one in-memory workbook), so the real pane and the
 * real custom functions run as they do in Excel, and shows that workbook in the grid beside the pane. Nothing is
 * fetched but the page's own files from the same origin.
 */
import { address, parseAddress, parseRange } from '../../core';
import { GatewayError } from '../office/gateway';
import { MemoryWorkbook } from '../office/memory-gateway';
import { Calculator, type CellError } from './calc';
import { WorkbookGrid } from './grid';
import { fakeHost, install } from './office-host';

interface Metadata {
  readonly functions: readonly { readonly id: string; readonly name: string }[];
}

const NAMESPACE = 'COFIN';

const store = new MemoryWorkbook(['Blad1']);
let refresh: () => void = () => undefined;
const host = fakeHost(store, () => {
  refresh();
});
install(globalThis, host);
Object.assign(globalThis, { __cofin: host });

const ErrorClass = (host.CustomFunctions as { Error: new (code: string, message?: string) => CellError }).Error;
const names = new Map<string, string>();
const calc = new Calculator(store, {
  names,
  associated: host.associated,
  isError: (value): value is CellError => value instanceof ErrorClass,
  error: (code, message) => new ErrorClass(code, message),
});

/** Typed input as Excel with Dutch settings reads it: a decimal comma makes a number. */
function typed(input: string): string {
  const t = input.trim();
  return /^[+-]?\d+(\.\d{3})*,\d+$/.test(t) || /^[+-]?\d{1,3}(\.\d{3})+$/.test(t)
    ? t.replace(/\./g, '').replace(',', '.')
    : input;
}

/** Excel extends a table over a row typed directly under it, with the table's formats. */
function growTables(sheet: string, cellAddress: string): void {
  const pos = parseAddress(cellAddress);
  if (!pos) return;
  for (const t of store.tables) {
    const r = parseRange(t.range);
    if (t.sheet.toLowerCase() !== sheet.toLowerCase() || !r) continue;
    if (pos.row !== r.bottom + 1 || pos.col < r.left || pos.col > r.right) continue;
    t.range = `${address(r.top, r.left)}:${address(pos.row, r.right)}`;
    // The new row takes the number formats of the row above it.
    const s = store.requireSheet(sheet);
    for (let col = r.left; col <= r.right; col += 1) {
      const above = s.cells.get(address(r.bottom, col))?.numberFormat;
      const here = s.cells.get(address(pos.row, col));
      if (above !== undefined && here?.numberFormat === undefined) store.numberFormat(sheet, pos.row, col, above);
    }
  }
}

function status(text: string): void {
  const out = document.getElementById('demo-status');
  if (out) out.textContent = text;
}

async function loadNames(): Promise<void> {
  for (const file of ['functions.json', 'functions-nl.json']) {
    const response = await fetch(file);
    const meta = (await response.json()) as Metadata;
    for (const f of meta.functions) names.set(`${NAMESPACE}.${f.name}`.toUpperCase(), f.id);
  }
}

function start(): void {
  const root = document.getElementById('werkmap');
  if (!root) return;
  const grid = new WorkbookGrid(root, store, calc, {
    onInput: (sheet, cellAddress, input) => {
      // What Excel refuses (text over 32,767 characters, a formula over 8,192) the demo refuses with a message too.
      try {
        store.type(sheet, cellAddress, typed(input));
      } catch (error) {
        if (!(error instanceof GatewayError)) throw error;
        status(error.message);
        return;
      }
      if (input.trim() !== '') growTables(sheet, cellAddress);
      refresh();
    },
  });
  refresh = () => {
    calc.recalculate();
    grid.render();
  };
  refresh();
  performance.mark('cofin-demo-grid');
  // The pane renders on Office.onReady, possibly before this runs.
  const pane = document.getElementById('container');
  const rendered = (): boolean => Boolean(pane?.querySelector('h1'));
  if (rendered()) performance.mark('cofin-demo-pane');
  else if (pane) {
    const watch = new MutationObserver(() => {
      if (!rendered()) return;
      performance.mark('cofin-demo-pane');
      watch.disconnect();
    });
    watch.observe(pane, { childList: true, subtree: true });
  }
  void loadNames().then(refresh, (error: unknown) => {
    status(`De functienamen konden niet worden geladen: ${String(error)}`);
  });

  const file = document.getElementById('open-xlsx') as HTMLInputElement;
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void (async () => {
      const { openXlsx } = await import(/* webpackChunkName: "demo-xlsx" */ './xlsx');
      const reden = await openXlsx(await chosen.arrayBuffer(), store);
      file.value = '';
      refresh();
      status(reden === undefined ? `${chosen.name} geopend.` : `${chosen.name} kan niet worden geopend: ${reden}`);
    })();
  });
  document.getElementById('save-xlsx')?.addEventListener('click', () => {
    void (async () => {
      const { saveXlsx } = await import(/* webpackChunkName: "demo-xlsx" */ './xlsx');
      const bytes = await saveXlsx(store);
      const url = URL.createObjectURL(
        new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = 'cofin-demo.xlsx';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => {
        URL.revokeObjectURL(url);
      }, 1000);
      status('Werkmap gedownload als cofin-demo.xlsx.');
    })();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
