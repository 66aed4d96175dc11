/**
 * The chart of the voortgangsrapportage survives LibreOffice (Debian package libreoffice-calc-nogui, installed by
 * .ci/run): converted to .ods, the report holds a chart object, a bar chart with its Dutch titles, whose series and
 * categories are the cells of the Voortgang table as LibreOffice read them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { VOORBEELDEN, templateModel } from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { cofin, tmp } from './helpers';

const dir = tmp('cofin-lo-grafiek-');
const lo = join(dir, 'lo');
const sp = VOORBEELDEN['sectorplannen-2013'];
const NS = {
  chart: 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  xlink: 'http://www.w3.org/1999/xlink',
};

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, 'text/xml');
const all = (node: Document | Element, ns: string, name: string): Element[] =>
  Array.from(node.getElementsByTagNameNS(ns, name));

/** How LibreOffice writes a sheet in a cell address: quoted unless it is a plain name. */
const loSheet = (sheet: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`);

let ods: JSZip;
let sheet: string;
beforeAll(async () => {
  expect(execFileSync('soffice', ['--version'], { encoding: 'utf8' })).toMatch(/LibreOffice/);
  const bron = join(dir, 'begroting.xlsx');
  writeFileSync(bron, await modelNaarBuffer(templateModel(sp.plan.regeling, sp)));
  const rapport = join(dir, 'rapport.xlsx');
  expect((await cofin('rapport', bron, '--peildatum', '2015-01-31', '--out', rapport)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(rapport);
  sheet = wb.worksheets.find((ws) => ws.getCell('F3').value === 'Beoogde deelnemers')?.name ?? '';
  mkdirSync(lo, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profiel')}`,
      '--headless',
      '--convert-to',
      'ods',
      '--outdir',
      lo,
      rapport,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  ods = await JSZip.loadAsync(readFileSync(join(lo, 'rapport.ods')));
}, 180_000);

test('LibreOffice keeps the chart as a chart object on the Voortgang sheet', async () => {
  expect(sheet).not.toBe('');
  const content = parse((await ods.file('content.xml')?.async('string')) ?? '');
  const tables = all(content, NS.table, 'table');
  const owners = tables
    .filter((t) => all(t, NS.draw, 'object').length > 0)
    .map((t) => t.getAttributeNS(NS.table, 'name'));
  expect(owners).toEqual([sheet]);
  const objects = all(content, NS.draw, 'object').map((o) => o.getAttributeNS(NS.xlink, 'href'));
  expect(objects).toHaveLength(1);
  expect(ods.file(`${objects[0]!.replace(/^\.\//, '')}/content.xml`)).not.toBeNull();
});

test('the converted chart is a bar chart over the beoogde and gerealiseerde deelnemers per maatregel', async () => {
  const content = parse((await ods.file('content.xml')?.async('string')) ?? '');
  const href = all(content, NS.draw, 'object')[0]?.getAttributeNS(NS.xlink, 'href')?.replace(/^\.\//, '') ?? '';
  const chart = parse((await ods.file(`${href}/content.xml`)?.async('string')) ?? '');
  const c = all(chart, NS.chart, 'chart')[0];
  expect(c?.getAttributeNS(NS.chart, 'class')).toBe('chart:bar');
  const s = loSheet(sheet);
  // LibreOffice writes the one-cell series name as a range of that cell.
  expect(
    all(chart, NS.chart, 'series').map((x) => [
      x.getAttributeNS(NS.chart, 'label-cell-address'),
      x.getAttributeNS(NS.chart, 'values-cell-range-address'),
    ]),
  ).toEqual([
    [`${s}.F3:${s}.F3`, `${s}.F4:${s}.F5`],
    [`${s}.G3:${s}.G3`, `${s}.G4:${s}.G5`],
  ]);
  expect(all(chart, NS.chart, 'categories').map((x) => x.getAttributeNS(NS.table, 'cell-range-address'))).toEqual([
    `${s}.A4:${s}.A5`,
  ]);
  const titles = all(chart, NS.chart, 'title').map((t) => t.textContent);
  expect(titles).toEqual(['Deelnemers per maatregel: beoogd en gerealiseerd', 'Maatregel', 'Aantal deelnemers']);
});
