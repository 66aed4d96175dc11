/**
 * A native chart in an .xlsx written by exceljs, which cannot write charts itself: the DrawingML parts
 * (xl/charts/chartN.xml, xl/drawings/drawingN.xml and its rels), the sheet's <drawing r:id> with its relationship
 * and the content types are added to the package exceljs produced. The series refer to the sheet's cells, so Excel
 * and LibreOffice draw what the cells hold; the caches carry the values as written for viewers that do not compute.
 */
import JSZip from 'jszip';
import { columnLetters, type ModelGrafiek } from '../../core';

/** A cell's value as written (exceljs's cell value, or what the caller has for that cell). */
export type Celwaarde = (row: number, col: number) => unknown;

const NS = {
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};
const REL_TYPE = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
};
const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text escaped for an XML attribute value or element content. */
function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `'Blad'!$F$4:$F$5`: an absolute reference as a chart formula, the sheet name always quoted. */
export function grafiekBereik(blad: string, col: number, van: number, tot = van): string {
  const c = columnLetters(col);
  const cel = (row: number) => `$${c}$${row}`;
  return `'${blad.replace(/'/g, "''")}'!${cel(van)}${tot === van ? '' : `:${cel(tot)}`}`;
}

function rijen(g: ModelGrafiek): number[] {
  return Array.from({ length: g.laatsteRij - g.eersteRij + 1 }, (_, i) => g.eersteRij + i);
}

function tekst(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

function strRef(f: string, waarden: readonly string[]): string {
  const pts = waarden.map((w, i) => `<c:pt idx="${i}"><c:v>${esc(w)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${esc(f)}</c:f><c:strCache><c:ptCount val="${waarden.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, waarden: readonly unknown[]): string {
  const pts = waarden
    .map((w, i) => (typeof w === 'number' && Number.isFinite(w) ? `<c:pt idx="${i}"><c:v>${w}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numRef><c:f>${esc(f)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${waarden.length}"/>${pts}</c:numCache></c:numRef>`;
}

function titel(text: string, verticaal = false): string {
  const body = verticaal ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
  return `<c:title><c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="nl-NL" b="1"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

const KLEUREN = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000'];
const CAT_AS = 500000001;
const VAL_AS = 500000002;

/** The chart part: a clustered column chart, one series per column of `g`, over the cells of `g.blad`. */
export function grafiekXml(g: ModelGrafiek, cel: Celwaarde): string {
  const rows = rijen(g);
  const categorieen = strRef(
    grafiekBereik(g.blad, g.categorieKolom, g.eersteRij, g.laatsteRij),
    rows.map((r) => tekst(cel(r, g.categorieKolom))),
  );
  const reeksen = g.reeksen
    .map((s, i) =>
      [
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`,
        `<c:tx>${strRef(grafiekBereik(g.blad, s.col, g.kopRij), [tekst(cel(g.kopRij, s.col))])}</c:tx>`,
        `<c:spPr><a:solidFill><a:srgbClr val="${KLEUREN[i % KLEUREN.length] ?? '4472C4'}"/></a:solidFill></c:spPr>`,
        '<c:invertIfNegative val="0"/>',
        `<c:cat>${categorieen}</c:cat>`,
        `<c:val>${numRef(
          grafiekBereik(g.blad, s.col, g.eersteRij, g.laatsteRij),
          rows.map((r) => cel(r, s.col)),
        )}</c:val>`,
        '</c:ser>',
      ].join(''),
    )
    .join('');
  const as = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return [
    XML_DECL,
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">`,
    '<c:lang val="nl-NL"/><c:roundedCorners val="0"/>',
    '<c:chart>',
    titel(g.titel),
    '<c:autoTitleDeleted val="0"/>',
    '<c:plotArea><c:layout/>',
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>',
    reeksen,
    `<c:gapWidth val="150"/><c:axId val="${CAT_AS}"/><c:axId val="${VAL_AS}"/></c:barChart>`,
    `<c:catAx><c:axId val="${CAT_AS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>`,
    `<c:axPos val="b"/>${titel(g.categorieAs)}<c:numFmt formatCode="General" sourceLinked="1"/>${as}`,
    `<c:crossAx val="${VAL_AS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>`,
    '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>',
    `<c:valAx><c:axId val="${VAL_AS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>`,
    `<c:axPos val="l"/><c:majorGridlines/>${titel(g.waardeAs, true)}<c:numFmt formatCode="General" sourceLinked="1"/>`,
    `${as}<c:crossAx val="${CAT_AS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`,
    '</c:plotArea>',
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>',
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    '</c:chart>',
    '</c:chartSpace>',
  ].join('');
}

/** The drawing part: one frame anchored over the cells `g.van`..`g.tot` (inclusive), showing chart `chartRel`. */
export function tekeningXml(g: ModelGrafiek, chartRel: string): string {
  const punt = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return [
    XML_DECL,
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">`,
    '<xdr:twoCellAnchor editAs="oneCell">',
    punt('from', g.van.col - 1, g.van.row - 1),
    punt('to', g.tot.col, g.tot.row),
    '<xdr:graphicFrame macro="">',
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafiek 1" descr="${esc(g.titel)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartRel}"/></a:graphicData></a:graphic>`,
    '</xdr:graphicFrame>',
    '<xdr:clientData/>',
    '</xdr:twoCellAnchor>',
    '</xdr:wsDr>',
  ].join('');
}

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const body = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"/>`).join('');
  return `${XML_DECL}<Relationships xmlns="${NS.rel}">${body}</Relationships>`;
}

/** The value of attribute `name` in the start tag `tag` (as exceljs writes it: double quotes, no entities needed). */
function attribuut(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

async function tekst0(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} ontbreekt in het geschreven werkboek`);
  return file.async('string');
}

/** The package path of the worksheet named `blad`, from xl/workbook.xml and its relationships. */
async function bladPad(zip: JSZip, blad: string): Promise<string> {
  const workbook = await tekst0(zip, 'xl/workbook.xml');
  const sheet = (workbook.match(/<sheet\s[^>]*>/g) ?? []).find((t) => attribuut(t, 'name') === esc(blad));
  const rid = sheet === undefined ? undefined : attribuut(sheet, 'r:id');
  if (rid === undefined) throw new Error(`blad '${blad}' ontbreekt in het geschreven werkboek`);
  const rels = await tekst0(zip, 'xl/_rels/workbook.xml.rels');
  const rel = (rels.match(/<Relationship\s[^>]*>/g) ?? []).find((t) => attribuut(t, 'Id') === rid);
  const target = rel === undefined ? undefined : attribuut(rel, 'Target');
  if (target === undefined) throw new Error(`blad '${blad}' heeft geen deel in het geschreven werkboek`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The first `prefix{n}.xml` not yet in the package. */
function vrijNummer(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n += 1;
  return n;
}

/** Elements that follow <drawing> in a worksheet (ECMA-376 CT_Worksheet order): <drawing> goes before the first. */
const NA_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<drawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

function metDrawing(sheet: string, rid: string): string {
  if (sheet.includes('<drawing ')) throw new Error('het blad heeft al een tekening');
  const at = Math.min(...NA_DRAWING.map((t) => sheet.indexOf(t)).filter((i) => i >= 0));
  const root = /<worksheet\s[^>]*>/.exec(sheet)?.[0] ?? '';
  const metNs = root.includes('xmlns:r=')
    ? sheet
    : sheet.replace(root, root.replace('<worksheet', `<worksheet xmlns:r="${NS.r}"`));
  const shift = metNs.length - sheet.length;
  return `${metNs.slice(0, at + shift)}<drawing r:id="${rid}"/>${metNs.slice(at + shift)}`;
}

/**
 * The package `xlsx` with chart `g` drawn on its sheet `g.blad`; `cel` gives the values written in that sheet's
 * cells (for the caches). Throws when the package lacks that sheet, which is a programming error of the writer.
 */
export async function voegGrafiekToe(xlsx: Uint8Array, g: ModelGrafiek, cel: Celwaarde): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const pad = await bladPad(zip, g.blad);
  const map = pad.slice(0, pad.lastIndexOf('/'));
  const naam = pad.slice(pad.lastIndexOf('/') + 1);
  const sheetRelsPath = `${map}/_rels/${naam}.rels`;

  const chartNr = vrijNummer(zip, 'xl/charts/chart');
  const drawingNr = vrijNummer(zip, 'xl/drawings/drawing');
  const chartPath = `xl/charts/chart${chartNr}.xml`;
  const drawingPath = `xl/drawings/drawing${drawingNr}.xml`;

  zip.file(chartPath, grafiekXml(g, cel));
  zip.file(drawingPath, tekeningXml(g, 'rId1'));
  zip.file(
    `xl/drawings/_rels/drawing${drawingNr}.xml.rels`,
    relsXml([{ id: 'rId1', type: REL_TYPE.chart, target: `../charts/chart${chartNr}.xml` }]),
  );

  const bestaand = zip.file(sheetRelsPath) ? await tekst0(zip, sheetRelsPath) : relsXml([]);
  const ids = new Set((bestaand.match(/\sId="[^"]*"/g) ?? []).map((m) => m.slice(5, -1)));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n += 1;
  const rid = `rId${n}`;
  const drawingRel = `<Relationship Id="${rid}" Type="${REL_TYPE.drawing}" Target="../drawings/drawing${drawingNr}.xml"/>`;
  zip.file(sheetRelsPath, bestaand.replace('</Relationships>', `${drawingRel}</Relationships>`));
  zip.file(pad, metDrawing(await tekst0(zip, pad), rid));

  const types = await tekst0(zip, '[Content_Types].xml');
  const overrides =
    `<Override PartName="/${chartPath}" ContentType="${CONTENT_TYPE.chart}"/>` +
    `<Override PartName="/${drawingPath}" ContentType="${CONTENT_TYPE.drawing}"/>`;
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides}</Types>`));

  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
