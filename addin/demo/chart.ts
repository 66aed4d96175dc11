/**
 * Draws a clustered column chart of the in-memory workbook as SVG: one series per column of the source range (its
 * first row holds the series names when the range is one row taller than the categories), the category names from
 * their range.
 */
import { address, parseRange } from '../../core';
import type { MemoryChart, MemorySheet } from '../office/memory-gateway';
import { formatCell } from './format';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#0f6cbd', '#e3008c', '#107c10', '#ca5010'];

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function column(sheet: MemorySheet, range: string): { top: number; left: number; bottom: number; right: number } {
  return parseRange(range) ?? { top: 1, left: 1, bottom: 0, right: 0 };
}

export function drawChart(sheet: MemorySheet, chart: MemoryChart): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const src = column(sheet, chart.source);
  const cats = chart.categories ? column(sheet, chart.categories) : undefined;
  const value = (row: number, col: number) => sheet.cells.get(address(row, col))?.value ?? null;
  const categoryCount = cats ? cats.bottom - cats.top + 1 : src.bottom - src.top + 1;
  const header = src.bottom - src.top + 1 > categoryCount;
  const firstRow = header ? src.top + 1 : src.top;
  const series: { name: string; values: number[] }[] = [];
  for (let col = src.left; col <= src.right; col += 1) {
    const values: number[] = [];
    for (let row = firstRow; row <= src.bottom; row += 1) {
      const v = value(row, col);
      values.push(typeof v === 'number' ? v : 0);
    }
    series.push({
      name: header ? formatCell(value(src.top, col), undefined) : `Reeks ${String(series.length + 1)}`,
      values,
    });
  }
  const names = Array.from({ length: categoryCount }, (_, i) =>
    cats ? formatCell(value(cats.top + i, cats.left), undefined) : String(i + 1),
  );
  const width = 520;
  const height = 260;
  const left = 56;
  const bottom = 40;
  const top = 16;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const plotH = height - top - bottom;
  const groupW = (width - left - 16) / Math.max(1, categoryCount);
  const barW = (groupW * 0.7) / Math.max(1, series.length);
  const root = svg('svg', {
    viewBox: `0 0 ${String(width)} ${String(height + 24)}`,
    width,
    height: height + 24,
    role: 'img',
    'aria-label': `Grafiek: ${chart.title}`,
  });
  root.append(svg('line', { x1: left, y1: top + plotH, x2: width - 8, y2: top + plotH, stroke: '#8a8886' }));
  for (let t = 0; t <= 4; t += 1) {
    const y = top + plotH - (plotH * t) / 4;
    root.append(svg('line', { x1: left, y1: y, x2: width - 8, y2: y, stroke: '#edebe9' }));
    root.append(
      svg(
        'text',
        { x: left - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 11 },
        formatCell(Math.round((max * t) / 4), '#,##0'),
      ),
    );
  }
  names.forEach((name, i) => {
    const gx = left + i * groupW + groupW * 0.15;
    series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const h = (plotH * Math.max(0, v)) / max;
      const bar = svg('rect', {
        x: gx + j * barW,
        y: top + plotH - h,
        width: Math.max(1, barW - 2),
        height: h,
        fill: COLOURS[j % COLOURS.length] as string,
      });
      bar.append(svg('title', {}, `${name}, ${s.name}: ${formatCell(v, undefined)}`));
      root.append(bar);
    });
    root.append(
      svg('text', { x: gx + (groupW * 0.7) / 2, y: top + plotH + 16, 'text-anchor': 'middle', 'font-size': 11 }, name),
    );
  });
  series.forEach((s, j) => {
    const x = left + j * 180;
    root.append(svg('rect', { x, y: height + 6, width: 12, height: 12, fill: COLOURS[j % COLOURS.length] as string }));
    root.append(svg('text', { x: x + 16, y: height + 16, 'font-size': 11 }, s.name));
  });
  const caption = document.createElement('figcaption');
  caption.textContent = chart.title;
  figure.append(caption, root);
  return figure;
}
