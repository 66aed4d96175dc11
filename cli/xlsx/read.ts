/**
 * The .xlsx reader of the command line: file -> core's neutral workbook shape. The only module (with write.ts) that
 * imports exceljs. A file that cannot be read yields a Dutch reason, never an exception. After the preflight, the
 * fast reader (snel.ts) reads the parts the preflight inflated; a file it declines is read with exceljs.
 */
import ExcelJS from 'exceljs';
import {
  datumFromParts,
  finding,
  toExcelSerial,
  zonderTotaalrij,
  type Blad,
  type Cel,
  type CelWaarde,
  type Finding,
  type TabelBereik,
  type Werkboek,
} from '../../core';
import { binnenTijd, leesBytes } from './open';
import { HEEL_BESTAND, LIMITS, onleesbaar, preflight, teVeelRijen, type Limits, type Onleesbaar } from './preflight';
import { snelLezen, snelNodig } from './snel';

export type Leesresultaat = { readonly ok: true; readonly werkboek: Werkboek } | Onleesbaar;

function dateSerial(d: Date): number {
  if (Number.isNaN(d.getTime())) return NaN;
  const day = toExcelSerial(datumFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
  const ms =
    d.getUTCHours() * 3_600_000 + d.getUTCMinutes() * 60_000 + d.getUTCSeconds() * 1000 + d.getUTCMilliseconds();
  return day + ms / 86_400_000;
}

/** A cell value from exceljs as core sees it: text, number (dates as serial numbers), boolean, or null. */
export function celWaarde(v: unknown): CelWaarde {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) {
    const s = dateSerial(v);
    return Number.isFinite(s) ? s : null;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return String(o['error']);
    if (Array.isArray(o['richText'])) return (o['richText'] as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) return celWaarde(o['result']);
    if ('text' in o) return celWaarde(o['text']);
  }
  return null;
}

interface TableModel {
  readonly name?: unknown;
  readonly tableRef?: unknown;
  readonly ref?: unknown;
  readonly totalsRow?: unknown;
}

/** Excel's last row: a cell below it is outside the grid (exceljs reads it, Excel does not). */
const MAX_RIJ = 1_048_576;

/**
 * Converts a loaded exceljs workbook; refuses a sheet with more rows holding data than the limit (the rows, not the
 * last row number: one stray cell far down is read like any other) and a cell below Excel's last row.
 */
export function vanExcelJs(wb: ExcelJS.Workbook, maxRows: number): Leesresultaat {
  const sheets: Blad[] = [];
  const tables: TabelBereik[] = [];
  for (const ws of wb.worksheets) {
    const rijen = ws.actualRowCount;
    if (rijen > maxRows)
      return onleesbaar(
        teVeelRijen(`het werkblad '${ws.name}' heeft ${rijen.toLocaleString('nl-NL')} rijen met gegevens`, maxRows),
      );
    if (ws.rowCount > MAX_RIJ) {
      const waar = `werkblad '${ws.name}'`;
      const rij = ws.rowCount.toLocaleString('nl-NL');
      return onleesbaar(finding('rij-buiten-excel', { ...HEEL_BESTAND, params: { waar, rij, detail: waar } }));
    }
    const cells = new Map<string, Cel>();
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        // A formula's cached result from the cell model: exceljs's `value` drops a falsy result (0, FALSE, '').
        const value = celWaarde(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
        let formula: string | undefined;
        if (cell.type === ExcelJS.ValueType.Formula) {
          const f: unknown = cell.formula;
          if (typeof f === 'string' && f !== '') formula = f;
        }
        if (value === null && formula === undefined) return;
        cells.set(cell.address, {
          sheet: ws.name,
          address: cell.address,
          row: rowNumber,
          col: colNumber,
          value,
          ...(formula !== undefined ? { formula } : {}),
        });
      });
    });
    sheets.push({ name: ws.name, cells });
    for (const t of ws.getTables() as unknown[]) {
      const model = (t as { table?: TableModel }).table;
      const name = model?.name;
      const ref = model?.tableRef ?? model?.ref;
      if (typeof name !== 'string' || typeof ref !== 'string') continue;
      tables.push({ name, sheet: ws.name, ref: model?.totalsRow === true ? zonderTotaalrij(ref) : ref });
    }
  }
  return { ok: true, werkboek: { sheets, tables } };
}

/**
 * What exceljs parses of each sheet: cells, tables and merges. Print settings, choice lists (exceljs expands a list
 * over 1000 rows into 1000 cell entries), conditional formats and drawings are skipped: the check never reads them.
 * `maxRows` makes exceljs stop at the row limit even where the preflight did not count rows.
 */
const OVERGESLAGEN = [
  'sheetPr',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'rowBreaks',
  'hyperlinks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'conditionalFormatting',
  'extLst',
];

export function leesOpties(maxRows: number): ExcelJS.XlsxReadOptions {
  // maxRows is read by exceljs 4.4's worksheet parser but missing from its typings.
  return { ignoreNodes: OVERGESLAGEN, maxRows } as ExcelJS.XlsxReadOptions;
}

function meerDanMaxRijen(maxRows: number): Onleesbaar {
  return onleesbaar(teVeelRijen(`een werkblad heeft meer dan ${maxRows.toLocaleString('nl-NL')} rijen`, maxRows));
}

/**
 * Reads a plain file's bytes (open.ts: no FIFO, device or socket) and parses them, within the file's time budget;
 * the file itself is only ever opened for reading.
 */
export async function leesBestand(path: string, limits: Limits = { ...LIMITS }): Promise<Leesresultaat> {
  return binnenTijd(limits, async () => {
    const bytes = await leesBytes(path, limits);
    return bytes.ok ? leesBuffer(bytes.data, limits) : bytes;
  });
}

export async function leesBuffer(data: Buffer, limits: Limits = { ...LIMITS }): Promise<Leesresultaat> {
  const pre = await preflight(data, limits, snelNodig);
  if (!pre.ok) return pre;
  const snel = snelLezen(pre.delen, limits.maxRows);
  if (snel !== undefined) return snel;
  return leesMetExcelJs(data, limits);
}

/** The exceljs read: the reference the fast reader (snel.ts) equals, and the path for every file it declines. */
export async function leesMetExcelJs(data: Buffer, limits: Limits = { ...LIMITS }): Promise<Leesresultaat> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs 4.4 types its load() argument as its own Buffer interface; a Node Buffer is what it reads.
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer, leesOpties(limits.maxRows));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/^Max row count \(\d+\) exceeded/.test(message)) return meerDanMaxRijen(limits.maxRows);
    return onleesbaar(exceljsFout(message, 'xlsx-onleesbaar'));
  }
  try {
    return vanExcelJs(wb, limits.maxRows);
  } catch (error) {
    return onleesbaar(exceljsFout(error instanceof Error ? error.message : String(error), 'werkmap-onleesbaar'));
  }
}

/** exceljs's refusals of a sheet name (its Worksheet name setter), as the name and the reason in Dutch. */
function werkbladnaamFout(detail: string): { werkblad: string; reden: string } | undefined {
  if (detail.startsWith('The name "History" is protected'))
    return { werkblad: 'History', reden: "'History' is in Excel een gereserveerde naam" };
  const teken = /^Worksheet name (.*) cannot include any of the following characters/.exec(detail);
  if (teken) return { werkblad: teken[1] ?? '', reden: 'de naam bevat een van de tekens * ? : \\ / [ ]' };
  const apostrof = /^The first or last character of worksheet name cannot be a single quotation mark: (.*)$/.exec(
    detail,
  );
  if (apostrof) return { werkblad: apostrof[1] ?? '', reden: 'de naam begint of eindigt met een apostrof' };
  if (detail.startsWith("The name can't be empty")) return { werkblad: '', reden: 'de naam is leeg' };
  return undefined;
}

/** The XML parser's (saxes) messages: `line:column: what`. */
const SAXES = /^(?:[^:\n]*:)?\d+:\d+: /;

/**
 * An error exceljs threw, as a Dutch finding: the conditions the fast reader names precisely (snel.ts) when it sees
 * them first, here from exceljs's own words; anything else under `anders`, with a Dutch description. exceljs's text
 * goes only into `detail`, which no message renders.
 */
export function exceljsFout(message: string, anders: 'xlsx-onleesbaar' | 'werkmap-onleesbaar'): Finding {
  const detail = message.split('\n')[0]?.slice(0, 200) ?? '';
  const bij = { ...HEEL_BESTAND };
  const kolom = /Invalid column letter: ([A-Za-z]+)/.exec(detail);
  if (kolom)
    return finding('kolom-buiten-excel', {
      ...bij,
      params: { waar: 'een cel of bereik in de werkmap', kolom: (kolom[1] as string).slice(0, 10), detail },
    });
  const dubbel = /^Worksheet name already exists: (.*)$/.exec(detail);
  if (dubbel) return finding('werkbladnaam-dubbel', { ...bij, params: { namen: `'${dubbel[1] ?? ''}'`, detail } });
  if (detail.includes('undefined entity')) {
    const plaats = /(\d+):(\d+): undefined entity/.exec(detail);
    const entiteit = plaats ? `regel ${plaats[1] ?? ''}, teken ${plaats[2] ?? ''}` : 'de XML-lezer noemt haar niet';
    return finding('xml-entiteit-onbekend', {
      ...bij,
      params: { waar: 'een onderdeel van het bestand', entiteit, detail },
    });
  }
  if (detail.includes("reading 'richText'"))
    return finding('werkmap-onleesbaar', {
      ...bij,
      params: { melding: 'een cel verwijst naar een gedeelde tekst die niet bestaat', detail },
    });
  if (detail.includes("setting 'sheetNo'"))
    return finding('werkblad-deel-onjuist', {
      ...bij,
      params: { onderdeel: 'xl/worksheets/…', inhoud: 'het bevat geen <worksheet>', detail },
    });
  if (detail.includes("reading 'sheets'"))
    return finding('werkmap-deel-onjuist', {
      ...bij,
      params: { onderdeel: 'xl/workbook.xml', inhoud: 'het bevat geen <workbook>', detail },
    });
  const naam = werkbladnaamFout(detail);
  if (naam) return finding('werkbladnaam-ongeldig', { ...bij, params: { ...naam, detail } });
  if (SAXES.test(detail))
    return finding(anders, { ...bij, params: { melding: 'de XML van een van zijn onderdelen is ongeldig', detail } });
  return finding(anders, {
    ...bij,
    params: { melding: 'de inhoud is niet te herkennen', detail },
  });
}
