/**
 * The demo's workbook grid: a view of the in-memory workbook with sheet tabs, cells shown through their number
 * formats and styles, the selection (set by the pane or by the user) and the charts. The user edits a cell through
 * the input bar above the grid: typing on a selected cell starts there, Enter writes the input as Excel reads typed
 * input (a number, a formula, text) and moves down, arrow keys move the selection.
 */
import { address, columnLetters, parseAddress, parseRange } from '../../core';
import type { MemorySheet, MemoryWorkbook } from '../office/memory-gateway';
import type { Calculator } from './calc';
import { drawChart } from './chart';
import { formatCell } from './format';

const POINTS_TO_PX = 4 / 3;
const DEFAULT_WIDTH_PX = 72;
const HEADER_WIDTH_PX = 40;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface GridOptions {
  /** A cell was typed into: the input as the user typed it. */
  readonly onInput: (sheet: string, cellAddress: string, input: string) => void;
}

export class WorkbookGrid {
  private readonly nameBox = el('output', { id: 'cel-adres', 'aria-label': 'Geselecteerde cel' });
  private readonly input = el('input', { id: 'cel-invoer', 'aria-label': 'Inhoud van de cel', autocomplete: 'off' });
  private readonly reason = el('p', { id: 'cel-reden', 'aria-live': 'polite' });
  private readonly scroller = el('div', { class: 'grid-scroll' });
  private readonly charts = el('div', { class: 'charts' });
  private readonly tabs = el('div', { role: 'tablist', 'aria-label': 'Bladen' });

  constructor(
    root: HTMLElement,
    private readonly store: MemoryWorkbook,
    private readonly calc: Calculator,
    private readonly options: GridOptions,
  ) {
    const bar = el('div', { class: 'formula-bar' });
    bar.append(this.nameBox, this.input);
    root.append(bar, this.reason, this.scroller, this.charts, this.tabs);
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.commit();
      } else if (e.key === 'Escape') {
        this.render();
        this.focusGrid();
      }
    });
    this.scroller.addEventListener('click', (e) => {
      const td = (e.target as HTMLElement).closest('td[data-cel]');
      if (td) this.select(td.getAttribute('data-cel') as string);
    });
    this.scroller.addEventListener('keydown', (e) => this.key(e));
  }

  private sheet(): MemorySheet | undefined {
    const visible = this.store.sheets.filter((s) => s.visible);
    const active = this.store.activeSheet === undefined ? undefined : this.store.sheet(this.store.activeSheet);
    return active?.visible ? active : visible[0];
  }

  private selected(): string {
    const s = this.sheet();
    const sel = this.store.selection;
    return s && sel?.sheet.toLowerCase() === s.name.toLowerCase() ? (sel.address.split(':')[0] as string) : 'A1';
  }

  private select(cellAddress: string): void {
    const s = this.sheet();
    if (!s) return;
    this.store.activeSheet = s.name;
    this.store.selection = { sheet: s.name, address: cellAddress };
    this.render();
    this.focusGrid();
  }

  private focusGrid(): void {
    this.scroller.querySelector<HTMLElement>('table')?.focus({ preventScroll: true });
  }

  private key(e: KeyboardEvent): void {
    const pos = parseAddress(this.selected());
    if (!pos) return;
    const move: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, 1],
    };
    const step = move[e.key];
    if (step) {
      e.preventDefault();
      this.select(address(Math.max(1, pos.row + step[0]), Math.max(1, pos.col + step[1])));
    } else if (e.key === 'F2') {
      e.preventDefault();
      this.input.focus();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.input.value = e.key;
      this.input.focus();
    }
  }

  private commit(): void {
    const s = this.sheet();
    if (!s) return;
    const at = this.selected();
    this.options.onInput(s.name, at, this.input.value);
    const pos = parseAddress(at) as { row: number; col: number };
    this.select(address(pos.row + 1, pos.col));
  }

  render(): void {
    const s = this.sheet();
    this.tabs.replaceChildren(
      ...this.store.sheets
        .filter((sh) => sh.visible)
        .map((sh) => {
          const tab = el('button', { role: 'tab', type: 'button', 'aria-selected': String(sh === s) }, sh.name);
          tab.addEventListener('click', () => {
            this.store.activeSheet = sh.name;
            this.render();
          });
          return tab;
        }),
    );
    if (!s) {
      this.scroller.replaceChildren();
      return;
    }
    const at = this.selected();
    const sel = this.store.selection;
    const range =
      sel?.sheet.toLowerCase() === s.name.toLowerCase()
        ? parseRange(sel.address.includes(':') ? sel.address : `${sel.address}:${sel.address}`)
        : undefined;
    const used = this.store.usedRange(s.name);
    const selPos = parseAddress(at) ?? { row: 1, col: 1 };
    const rows = Math.max(30, (used?.bottom ?? 0) + 5, selPos.row + 3);
    const cols = Math.max(10, (used?.right ?? 0) + 2, selPos.col + 2);

    const table = el('table', { role: 'grid', 'aria-label': `Blad ${s.name}`, tabindex: '0' });
    const colgroup = el('colgroup');
    colgroup.append(el('col', { style: `width:${String(HEADER_WIDTH_PX)}px` }));
    let tableWidth = HEADER_WIDTH_PX;
    for (let c = 1; c <= cols; c += 1) {
      const w = s.columnWidths.get(c);
      const px = Math.round(w ? w * POINTS_TO_PX : DEFAULT_WIDTH_PX);
      tableWidth += px;
      colgroup.append(el('col', { style: `width:${String(px)}px` }));
    }
    table.style.width = `${String(tableWidth)}px`;
    const head = el('tr');
    head.append(el('th', { class: 'corner' }));
    for (let c = 1; c <= cols; c += 1) head.append(el('th', { scope: 'col' }, columnLetters(c)));
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    for (let r = 1; r <= rows; r += 1) {
      const tr = el('tr');
      tr.append(el('th', { scope: 'row' }, String(r)));
      for (let c = 1; c <= cols; c += 1) {
        const key = address(r, c);
        const cell = s.cells.get(key);
        const td = el('td', { 'data-cel': key });
        const inRange =
          range !== undefined && r >= range.top && r <= range.bottom && c >= range.left && c <= range.right;
        if (inRange) td.setAttribute('aria-selected', 'true');
        if (key === at) td.classList.add('active');
        if (cell) {
          const error = this.calc.errors.get(`${s.name}!${key}`);
          const custom = cell.formula !== undefined && this.calc.functionOf(cell.formula) !== undefined;
          if (cell.formula !== undefined && !custom) {
            td.textContent = cell.formula;
            td.classList.add('formula');
            td.title = 'Deze formule rekent Excel uit; de demo rekent alleen COFIN-functies.';
          } else {
            td.textContent = formatCell(cell.value, cell.numberFormat);
            if (typeof cell.value === 'number') td.classList.add('num');
          }
          if (error) {
            td.classList.add('error');
            td.title = error.message ?? error.code;
          }
          const st = cell.style;
          if (st?.bold) td.style.fontWeight = '600';
          if (st?.italic) td.style.fontStyle = 'italic';
          if (st?.size) td.style.fontSize = `${String(st.size)}pt`;
          if (st?.color) td.style.color = st.color;
          if (st?.fill) td.style.background = st.fill;
        }
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(colgroup, thead, tbody);
    const hadFocus = this.scroller.contains(document.activeElement);
    this.scroller.replaceChildren(table);
    if (hadFocus) table.focus({ preventScroll: true });
    table.querySelector('td.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });

    const cell = s.cells.get(at);
    this.nameBox.textContent = `${s.name}!${at}`;
    if (document.activeElement !== this.input) {
      this.input.value = cell?.formula ?? (cell?.value === null || cell === undefined ? '' : String(cell.value));
    }
    const error = this.calc.errors.get(`${s.name}!${at}`);
    this.reason.textContent = error ? `${at}: ${error.code} ${error.message ?? ''}` : '';

    this.charts.replaceChildren(
      ...this.store.charts.filter((c) => c.sheet.toLowerCase() === s.name.toLowerCase()).map((c) => drawChart(s, c)),
    );
  }
}
