/**
 * The native chart in the voortgangsrapportage `cofin rapport` writes: the DrawingML parts are in the package, wired
 * to the sheet, well-formed, and the series refer to the cells that hold beoogde and gerealiseerde deelnemers per
 * maatregel. Sheet and cells are resolved in the written workbook, not assumed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { VOORBEELDEN, templateModel } from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { cofin, tmp } from './helpers';

const dir = tmp('cofin-grafiek-');
const sp = VOORBEELDEN['sectorplannen-2013'];
const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  s: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

function parse(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(xml, 'text/xml');
}

const all = (node: Document | Element, ns: string, name: string): Element[] =>
  Array.from(node.getElementsByTagNameNS(ns, name));
const one = (node: Document | Element, ns: string, name: string): Element => {
  const found = all(node, ns, name);
  if (found.length !== 1) throw new Error(`${found.length} x ${name}`);
  return found[0]!;
};
const val = (node: Document | Element, name: string): string | null => one(node, NS.c, name).getAttribute('val');
const text = (node: Element): string =>
  all(node, NS.a, 't')
    .map((t) => t.textContent)
    .join('');

/** A part's path resolved against the folder of the part whose relationships name it. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

async function part(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`${path} ontbreekt`);
  return f.async('string');
}

async function rels(zip: JSZip, path: string): Promise<{ id: string; type: string; target: string }[]> {
  const i = path.lastIndexOf('/');
  const relsPath = `${path.slice(0, i)}/_rels/${path.slice(i + 1)}.rels`;
  return all(parse(await part(zip, relsPath)), NS.rel, 'Relationship').map((r) => ({
    id: r.getAttribute('Id') ?? '',
    type: r.getAttribute('Type') ?? '',
    target: resolveTarget(path, r.getAttribute('Target') ?? ''),
  }));
}

/** `'Blad'!$F$4:$F$5` -> the sheet and the values of its cells in the written workbook. */
function cells(wb: ExcelJS.Workbook, ref: string): { sheet: string; values: unknown[] } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`geen bereik: ${ref}`);
  const sheet = m[1]!.replace(/''/g, "'");
  const [c1, r1, c2, r2] = [m[2]!, Number(m[3]), m[4] ?? m[2]!, Number(m[5] ?? m[3])];
  expect(c2).toBe(c1);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`geen blad ${sheet}`);
  const values: unknown[] = [];
  for (let r = r1; r <= r2; r += 1) values.push(ws.getCell(`${c1}${r}`).value);
  return { sheet, values };
}

interface Written {
  readonly file: string;
  readonly zip: JSZip;
  readonly wb: ExcelJS.Workbook;
}

async function rapport(name: string): Promise<Written> {
  const bron = join(dir, `${name}-begroting.xlsx`);
  writeFileSync(bron, await modelNaarBuffer(templateModel(sp.plan.regeling, sp)));
  const file = join(dir, `${name}.xlsx`);
  const r = await cofin('rapport', bron, '--peildatum', '2015-01-31', '--out', file);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { file, zip: await JSZip.loadAsync(readFileSync(file)), wb };
}

let written: Written;
beforeAll(async () => {
  written = await rapport('rapport');
});

test('the report holds one chart part, drawn on the sheet of the Voortgang table, with its content types', async () => {
  const { zip } = written;
  const types = parse(await part(zip, '[Content_Types].xml'));
  const overrides = new Map(
    all(types, NS.ct, 'Override').map((o) => [o.getAttribute('PartName'), o.getAttribute('ContentType')]),
  );
  expect(overrides.get('/xl/charts/chart1.xml')).toBe(
    'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  );
  expect(overrides.get('/xl/drawings/drawing1.xml')).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
  expect(Object.keys(zip.files).filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p))).toEqual([
    'xl/charts/chart1.xml',
    'xl/drawings/drawing1.xml',
  ]);

  // Workbook -> the sheet whose <drawing> names drawing1 -> its chart.
  const workbook = parse(await part(zip, 'xl/workbook.xml'));
  const wbRels = await rels(zip, 'xl/workbook.xml');
  const withDrawing: string[] = [];
  for (const sheet of all(workbook, NS.s, 'sheet')) {
    const path = wbRels.find((r) => r.id === sheet.getAttributeNS(NS.r, 'id'))?.target ?? '';
    const drawings = all(parse(await part(zip, path)), NS.s, 'drawing');
    if (drawings.length === 0) continue;
    withDrawing.push(sheet.getAttribute('name') ?? '');
    const rel = (await rels(zip, path)).find((r) => r.id === drawings[0]!.getAttributeNS(NS.r, 'id'));
    expect(rel).toEqual({
      id: rel?.id,
      type: `${NS.r}/drawing`,
      target: 'xl/drawings/drawing1.xml',
    });
  }
  // The sheet with the chart is the one holding the table with the participants per maatregel.
  const voortgang = written.wb.worksheets.find((ws) => ws.getCell('F3').value === 'Beoogde deelnemers');
  expect(withDrawing).toEqual([voortgang?.name]);

  const drawing = parse(await part(zip, 'xl/drawings/drawing1.xml'));
  const chartRel = one(drawing, NS.c, 'chart').getAttributeNS(NS.r, 'id');
  expect((await rels(zip, 'xl/drawings/drawing1.xml')).find((r) => r.id === chartRel)).toMatchObject({
    type: `${NS.r}/chart`,
    target: 'xl/charts/chart1.xml',
  });
  // Under the table (two maatregelen in rows 4-5): from A8 to H27 inclusive, as the task pane places it.
  const anchor = one(drawing, NS.xdr, 'twoCellAnchor');
  const at = (tag: string) => ['col', 'row'].map((t) => Number(one(one(anchor, NS.xdr, tag), NS.xdr, t).textContent));
  expect([at('from'), at('to')]).toEqual([
    [0, 7],
    [8, 27],
  ]);
});

test('a clustered column chart with Dutch titles whose series are the beoogde and gerealiseerde deelnemers', async () => {
  const { zip, wb } = written;
  const chart = parse(await part(zip, 'xl/charts/chart1.xml'));
  const bar = one(chart, NS.c, 'barChart');
  expect([val(bar, 'barDir'), val(bar, 'grouping')]).toEqual(['col', 'clustered']);
  const titles = all(chart, NS.c, 'title').map(text);
  expect(titles).toEqual(['Deelnemers per maatregel: beoogd en gerealiseerd', 'Maatregel', 'Aantal deelnemers']);
  expect(text(one(one(chart, NS.c, 'catAx'), NS.c, 'title'))).toBe('Maatregel');
  expect(text(one(one(chart, NS.c, 'valAx'), NS.c, 'title'))).toBe('Aantal deelnemers');

  const series = all(bar, NS.c, 'ser').map((s) => {
    const f = (wrapper: string) => one(one(s, NS.c, wrapper), NS.c, 'f').textContent ?? '';
    const cache = (wrapper: string) => all(one(s, NS.c, wrapper), NS.c, 'v').map((v) => v.textContent);
    return {
      name: cells(wb, f('tx')),
      categories: cells(wb, f('cat')),
      values: cells(wb, f('val')),
      cached: [cache('tx'), cache('cat'), cache('val')],
    };
  });
  const sheet = wb.worksheets.find((ws) => ws.getCell('F3').value === 'Beoogde deelnemers')?.name ?? '';
  // The example plan: M1 40 beoogd, 18 gerealiseerd; M2 60 beoogd, 12 gerealiseerd.
  expect(series).toEqual([
    {
      name: { sheet, values: ['Beoogde deelnemers'] },
      categories: { sheet, values: ['M1', 'M2'] },
      values: { sheet, values: [40, 60] },
      cached: [['Beoogde deelnemers'], ['M1', 'M2'], ['40', '60']],
    },
    {
      name: { sheet, values: ['Gerealiseerde deelnemers'] },
      categories: { sheet, values: ['M1', 'M2'] },
      values: { sheet, values: [18, 12] },
      cached: [['Gerealiseerde deelnemers'], ['M1', 'M2'], ['18', '12']],
    },
  ]);
});

(hasXmllint ? test : test.skip)('every part the chart adds or changes is well-formed for xmllint', async () => {
  const { zip } = written;
  const paths = Object.keys(zip.files).filter(
    (p) => /^xl\/(charts|drawings|worksheets)\//.test(p) || p === '[Content_Types].xml',
  );
  expect(paths).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/_rels/drawing1.xml.rels']));
  for (const p of paths) {
    if (zip.files[p]?.dir) continue;
    const file = join(dir, p.replace(/[/[\]]/g, '_'));
    writeFileSync(file, await part(zip, p));
    expect(execFileSync('xmllint', ['--noout', file], { encoding: 'utf8', stdio: 'pipe' })).toBe('');
  }
});

test('the template, which has no Voortgang table, gets no chart', async () => {
  const zip = await JSZip.loadAsync(await modelNaarBuffer(templateModel(sp.plan.regeling, sp)));
  expect(Object.keys(zip.files).filter((p) => /chart|drawing/.test(p))).toEqual([]);
});

test('with --force the report with its chart replaces an existing file in one step', async () => {
  const again = await cofin(
    'rapport',
    join(dir, 'rapport-begroting.xlsx'),
    '--peildatum',
    '2015-01-31',
    '--out',
    written.file,
  );
  expect(again.code).toBe(2);
  expect(
    (
      await cofin(
        'rapport',
        join(dir, 'rapport-begroting.xlsx'),
        '--peildatum',
        '2015-01-31',
        '--out',
        written.file,
        '--force',
      )
    ).code,
  ).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(written.file));
  expect(zip.file('xl/charts/chart1.xml')).not.toBeNull();
});
