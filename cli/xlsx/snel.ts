/**
 * The fast reader of `cofin check`: reads from the parts the preflight already inflated only what core's workbook
 * shape holds (sheet names and order, cell values and formulas, merges, tables), skipping styles beyond number
 * formats, themes, drawings, comments and everything else exceljs builds. Its contract is exceljs's: for every file
 * it accepts, it yields the same `Werkboek` as `vanExcelJs` after an exceljs load with `leesOpties` (pinned by
 * test/cli/snel.test.ts). Anything it does not recognise with certainty (a namespace prefix, CDATA, an unknown
 * element inside a cell, a shared formula without its master, overlapping merges, malformed nesting) makes it
 * decline with `undefined`, and the caller reads the file with exceljs as before. What it finds that makes exceljs
 * fail for certain (a part that is no workbook or worksheet, a cell outside Excel's grid, a missing shared string, an
 * invalid or duplicate sheet name, an undefined XML entity) it refuses with a Dutch finding saying what is wrong, where
 * exceljs would throw an English error.
 */
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
} from '../../core';
import { HEEL_BESTAND, onleesbaar, teVeelRijen } from './preflight';
import type { Leesresultaat } from './read';

/** The parts the fast reader needs, by zip entry name (without a leading '/'). */
export function snelNodig(name: string): boolean {
  return (
    name === 'xl/workbook.xml' ||
    name === 'xl/_rels/workbook.xml.rels' ||
    name === 'xl/sharedStrings.xml' ||
    name === 'xl/styles.xml' ||
    /xl\/worksheets\/sheet(\d+)[.]xml/.test(name) ||
    /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.test(name) ||
    /xl\/tables\/(table\d+)[.]xml/.test(name)
  );
}

class Weigering extends Error {}

/** A refusal: the file is one exceljs cannot read either, and the finding says why. */
class Afwijzing extends Error {
  constructor(readonly bevinding: Finding) {
    super(bevinding.code);
  }
}

/** An entity that is not one of XML's five and not a character reference: saxes (exceljs) fails on it. */
class OnbekendeEntiteit extends Error {
  constructor(readonly entiteit: string) {
    super(entiteit);
  }
}

/** Excel's grid (the limits of a worksheet): columns A to XFD, rows 1 to 1,048,576. */
const MAX_KOLOM = 16_384;
const MAX_RIJ = 1_048_576;

/** Text from the file shown in a message, without control characters. */
const zichtbaar = (s: string) =>
  Array.from(s, (c) => {
    const n = c.charCodeAt(0);
    return n < 32 || n === 127 ? '?' : c;
  }).join('');

const weiger = (): never => {
  throw new Weigering();
};

type Attrs = Record<string, string>;

const ENTITEIT = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

function ontsnap(s: string): string {
  if (!s.includes('&')) return s;
  const out = s.replace(ENTITEIT, (_m, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return xmlTeken(code) ? String.fromCodePoint(code) : weiger();
  });
  if (!out.includes('&') || !/&(?!amp;|lt;|gt;|quot;|apos;|#)/.test(s)) return out;
  const naam = /&([A-Za-z_:][\w.:-]*);/.exec(s.replace(ENTITEIT, ''));
  throw naam ? new OnbekendeEntiteit(`&${zichtbaar(naam[1] as string).slice(0, 40)};`) : new Weigering();
}

/** A character XML 1.0 allows (its Char production); saxes refuses a reference to any other. */
function xmlTeken(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** Runs a parse of one part, turning an undefined entity into the refusal that names the part. */
function inDeel<T>(deel: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (!(error instanceof OnbekendeEntiteit)) throw error;
    throw new Afwijzing(
      finding('xml-entiteit-onbekend', {
        ...HEEL_BESTAND,
        params: { waar: `het onderdeel ${deel}`, entiteit: error.entiteit, detail: deel },
      }),
    );
  }
}

/** The first element of a part, or undefined when it has none. */
function wortel(xml: string): string | undefined {
  const m = /<([^\s>/<?!]+)/.exec(xml.replace(/<\?[^]*?\?>|<!--[^]*?-->/g, ''));
  return m?.[1];
}

/** A part that is no workbook or worksheet: its first element is not the one exceljs parses. */
function geenDeel(
  code: 'werkmap-deel-onjuist' | 'werkblad-deel-onjuist',
  deel: string,
  verwacht: string,
  begin: string | undefined,
): never {
  const inhoud =
    begin === undefined
      ? 'het bevat geen XML-element'
      : `het begint met <${zichtbaar(begin).slice(0, 40)}> in plaats van <${verwacht}>`;
  throw new Afwijzing(finding(code, { ...HEEL_BESTAND, params: { onderdeel: deel, inhoud, detail: deel } }));
}

/** Refuses a cell or range address outside Excel's grid; `waar` names it for the message. */
function binnenRaster(pos: { readonly row: number; readonly col: number }, letters: string, waar: string): void {
  if (pos.col > MAX_KOLOM)
    throw new Afwijzing(
      finding('kolom-buiten-excel', { ...HEEL_BESTAND, params: { waar, kolom: letters, detail: waar } }),
    );
  if (pos.row > MAX_RIJ)
    throw new Afwijzing(
      finding('rij-buiten-excel', {
        ...HEEL_BESTAND,
        params: { waar, rij: pos.row.toLocaleString('nl-NL'), detail: waar },
      }),
    );
}

/** exceljs's xmlDecode, applied a second time to a formula's string result. */
function xmlDecode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : "'",
  );
}

/** Text as exceljs's TextXform yields it: _xHHHH_ escapes decoded. */
const tekstXform = (s: string) =>
  s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/** An opening tag at a position: name, attributes (quoted values may hold '>'), and whether it closes itself. */
const TAG = /<([^\s>/<]+)((?:\s+[^\s=>/<]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attrs(s: string): Attrs {
  const out: Attrs = {};
  if (s.length === 0) return out;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(s)) !== null) out[m[1] as string] = ontsnap(m[2] ?? m[3] ?? '');
  return out;
}

interface Handler {
  open(name: string, a: string, leeg: boolean): void;
  close(name: string): void;
  text(t: string): void;
}

/**
 * A strict pull tokenizer: elements must nest, CDATA and doctype are declined. Names keep their prefix, as exceljs
 * (no namespace processing) sees them. Text between tags is passed entity-decoded.
 */
function doorloop(xml: string, h: Handler): void {
  const stack: string[] = [];
  let wortelGezien = false;
  let i = 0;
  const n = xml.length;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (xml.slice(i).trim() !== '') weiger();
      break;
    }
    if (lt > i && stack.length > 0) h.text(ontsnap(xml.slice(i, lt)));
    else if (lt > i && xml.slice(i, lt).trim() !== '') weiger();
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) weiger();
      i = end + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (!xml.startsWith('<!--', lt)) weiger();
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) weiger();
      i = end + 3;
      continue;
    }
    if (c === 47 /* / */) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) weiger();
      const name = xml.slice(lt + 2, gt).trim();
      if (stack.pop() !== name) weiger();
      h.close(name);
      i = gt + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(xml) ?? weiger();
    // One root element: a second one is no XML document (exceljs's parser refuses it).
    if (stack.length === 0 && wortelGezien) weiger();
    wortelGezien = true;
    const name = m[1] as string;
    const leeg = m[3] === '/';
    h.open(name, m[2] as string, leeg);
    if (leeg) h.close(name);
    else stack.push(name);
    i = TAG.lastIndex;
  }
  if (stack.length > 0) weiger();
}

function tekstNaarString(buf: Buffer): string {
  return buf.toString('utf8');
}

function rels(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (xml === undefined) return out;
  doorloop(xml, {
    open(name, a) {
      if (name !== 'Relationship') return;
      const at = attrs(a);
      if (at['Id'] !== undefined && at['Target'] !== undefined) out.set(at['Id'], at['Target']);
    },
    close: () => undefined,
    text: () => undefined,
  });
  return out;
}

/** Shared strings as exceljs models them: text, rich text runs joined (for `celWaarde`), or null for an empty si. */
function gedeeldeTeksten(xml: string | undefined): (string | null)[] | undefined {
  if (xml === undefined) return undefined;
  const out: (string | null)[] = [];
  let inSi = false;
  let depth = 0;
  let tekst: string | null = null;
  let runs: string[] | undefined;
  let pad: string[] = [];
  let buf = '';
  doorloop(xml, {
    open(name) {
      if (name === 'si') {
        inSi = true;
        tekst = null;
        runs = undefined;
        pad = [];
        depth = 0;
        return;
      }
      if (!inSi) return;
      pad.push(name);
      depth += 1;
      if (name === 't') buf = '';
    },
    close(name) {
      if (name === 'si') {
        out.push(runs !== undefined ? runs.join('') : tekst);
        inSi = false;
        return;
      }
      if (!inSi) return;
      pad.pop();
      depth -= 1;
      if (name !== 't') return;
      const ouder = pad.at(-1);
      if (ouder === undefined) tekst = tekstXform(buf);
      else if (ouder === 'r') (runs ??= []).push(tekstXform(buf));
      else if (ouder !== 'rPh') weiger();
    },
    text(t) {
      if (inSi && pad.at(-1) === 't') buf += t;
      else if (inSi && depth === 0 && t.trim() !== '') weiger();
    },
  });
  return out;
}

const STANDAARD_NUMFMT: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** exceljs's isDateFmt. */
function isDatumFormaat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Per cellXfs index: whether exceljs turns a number with that style into a Date. */
function datumStijlen(xml: string | undefined): boolean[] | undefined {
  if (xml === undefined) return undefined;
  const formaten = new Map<number, string>();
  const xfs: number[] = [];
  let inXfs = false;
  let inFmts = false;
  let diepte = 0;
  doorloop(xml, {
    open(name, a) {
      diepte += 1;
      if (diepte === 2 && name === 'cellXfs') inXfs = true;
      else if (diepte === 2 && name === 'numFmts') inFmts = true;
      else if (diepte === 3 && inXfs && name === 'xf') xfs.push(parseInt(attrs(a)['numFmtId'] ?? '', 10));
      else if (diepte === 3 && inFmts && name === 'numFmt') {
        const at = attrs(a);
        formaten.set(parseInt(at['numFmtId'] ?? '', 10), (at['formatCode'] ?? weiger()).replace(/[\\](.)/g, '$1'));
      }
    },
    close(name) {
      diepte -= 1;
      if (diepte === 1 && name === 'cellXfs') inXfs = false;
      if (diepte === 1 && name === 'numFmts') inFmts = false;
    },
    text: () => undefined,
  });
  // As exceljs: an empty own format code falls back to the built-in one.
  const code = (id: number) => {
    const eigen = formaten.get(id);
    return eigen !== undefined && eigen !== '' ? eigen : STANDAARD_NUMFMT[id];
  };
  return xfs.map((id) => (id ? isDatumFormaat(code(id)) : false));
}

function kolomNummer(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i += 1) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col;
}

function kolomLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const ADRES = /^([A-Z]{1,3})([1-9][0-9]*)$/;

function adres(a: string): { row: number; col: number; letters: string } {
  const m = ADRES.exec(a);
  if (!m) return weiger();
  return { col: kolomNummer(m[1] as string), row: parseInt(m[2] as string, 10), letters: m[1] as string };
}

/** exceljs's slideFormula: a shared formula moved from its master cell to another. */
function schuifFormule(formule: string, van: string, naar: string): string {
  const a = adres(van);
  const b = adres(naar);
  return formule.replace(
    /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi,
    (ref: string, blad: string | undefined, _b: unknown, deel: string, haakje: string | undefined) => {
      if (haakje) return ref;
      const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(deel);
      if (!m) return ref;
      const colStr = (m[2] as string).toUpperCase();
      if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return ref;
      let col = kolomNummer(colStr);
      let row = parseInt(m[4] as string, 10);
      if (!m[1]) col += b.col - a.col;
      if (!m[3]) row += b.row - a.row;
      return `${blad ?? ''}${m[1] ?? ''}${kolomLetters(col)}${m[3] ?? ''}${row}`;
    },
  );
}

function datumSerie(v: number, date1904: boolean): number {
  const d = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  if (Number.isNaN(d.getTime())) return NaN;
  const day = toExcelSerial(datumFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
  const ms =
    d.getUTCHours() * 3_600_000 + d.getUTCMinutes() * 60_000 + d.getUTCSeconds() * 1000 + d.getUTCMilliseconds();
  return day + ms / 86_400_000;
}

const getal = (v: number): CelWaarde => (Number.isFinite(v) ? v : null);

interface GelezenBlad {
  readonly rijElementen: number;
  readonly cellen: Cel[];
  readonly tabelRids: string[];
}

interface Context {
  readonly teksten: (string | null)[] | undefined;
  readonly datums: boolean[] | undefined;
  readonly date1904: boolean;
}

/** Reads one worksheet part; `naam` is its sheet name ('' when the workbook does not name it), `deel` its entry. */
function leesBlad(xml: string, naam: string, deel: string, ctx: Context): GelezenBlad {
  const begin = wortel(xml);
  if (begin !== 'worksheet') geenDeel('werkblad-deel-onjuist', deel, 'worksheet', begin);
  const blad = naam !== '' ? `werkblad '${zichtbaar(naam)}'` : `het werkblad ${deel}`;
  const cellen: Cel[] = [];
  const tabelRids: string[] = [];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  const meesters = new Map<string, { adres: string; formule: string | undefined }>();
  let rijElementen = 0;
  let vorigeRij = 0;
  let vorigeKol = 0;
  let pad: string[] = [];
  let inData = false;
  // The cell being read.
  let adresTekst = '';
  let t: string | undefined;
  let stijl = 0;
  let formule: string | undefined;
  let fAttrs: Attrs = {};
  let v: string | undefined;
  let runs: string[] | undefined;
  let run = '';
  let inCel = false;

  const sluitCel = () => {
    const pos = adres(adresTekst);
    binnenRaster(pos, pos.letters, `cel ${adresTekst} op ${blad}`);
    if (pos.row !== vorigeRij || pos.col <= vorigeKol) weiger();
    vorigeKol = pos.col;
    const datum = stijl !== 0 && ctx.datums?.[stijl] === true;
    const shareType = fAttrs['t'];
    let value: CelWaarde = null;
    let f: string | undefined;
    if (formule !== undefined || shareType !== undefined) {
      if (v !== undefined) {
        if (t === 'str') value = xmlDecode(v);
        else if (t === 'b') value = parseInt(v, 10) !== 0;
        else if (t === 'e') value = v;
        else {
          const x = parseFloat(v);
          value = datum ? getal(datumSerie(x, ctx.date1904)) : getal(x);
        }
      }
      f = formule;
      if (shareType === 'shared') {
        const si = fAttrs['si'] ?? '';
        if (fAttrs['ref'] !== undefined) meesters.set(si, { adres: adresTekst, formule });
        else {
          const m = meesters.get(si) ?? weiger();
          f = formule ?? (m.formule ? schuifFormule(m.formule, m.adres, adresTekst) : undefined);
        }
      }
    } else if (runs !== undefined) value = runs.join('');
    else if (v !== undefined) {
      if (t === 's') {
        const i = parseInt(v, 10);
        const s = ctx.teksten?.[i];
        if (s === undefined && ctx.teksten !== undefined) {
          const n = ctx.teksten.length;
          throw new Afwijzing(
            finding('gedeelde-tekst-ontbreekt', {
              ...HEEL_BESTAND,
              params: {
                waar: `cel ${adresTekst} op ${blad}`,
                nummer: zichtbaar(v.trim()).slice(0, 20),
                aantal: n === 0 ? 'geen teksten' : n === 1 ? '1 tekst' : `${n} teksten`,
                detail: `xl/sharedStrings.xml: ${n}`,
              },
            }),
          );
        }
        if (s === undefined) weiger();
        value = s ?? null;
      } else if (t === 'str') value = xmlDecode(v);
      else if (t === 'inlineStr') value = v;
      else if (t === 'b') value = parseInt(v, 10) !== 0;
      else if (t === 'e') value = v;
      else if (t === 'd') weiger();
      else {
        const x = parseFloat(v);
        value = datum ? getal(datumSerie(x, ctx.date1904)) : getal(x);
      }
    }
    if (value === null && (f === undefined || f === '')) return;
    cellen.push({
      sheet: naam,
      address: adresTekst,
      row: pos.row,
      col: pos.col,
      value,
      ...(f !== undefined && f !== '' ? { formula: f } : {}),
    });
  };

  doorloop(xml, {
    open(name, a) {
      pad.push(name);
      const d = pad.length;
      if (d === 2) {
        if (name === 'sheetData') inData = true;
        return;
      }
      if (d === 3 && pad[1] === 'mergeCells' && name === 'mergeCell') {
        const ref = attrs(a)['ref'] ?? '';
        const [van, tot] = ref.split(':');
        const p = adres(van ?? '');
        const q = adres(tot ?? van ?? '');
        binnenRaster(p, p.letters, `de samenvoeging ${zichtbaar(ref)} op ${blad}`);
        binnenRaster(q, q.letters, `de samenvoeging ${zichtbaar(ref)} op ${blad}`);
        merges.push({
          top: Math.min(p.row, q.row),
          left: Math.min(p.col, q.col),
          bottom: Math.max(p.row, q.row),
          right: Math.max(p.col, q.col),
        });
        return;
      }
      if (d === 3 && pad[1] === 'tableParts' && name === 'tablePart') {
        tabelRids.push(attrs(a)['r:id'] ?? weiger());
        return;
      }
      if (!inData) return;
      if (d === 3) {
        if (name !== 'row') weiger();
        const r = parseInt(attrs(a)['r'] ?? weiger(), 10);
        if (!(r > vorigeRij)) weiger();
        binnenRaster({ row: r, col: 1 }, 'A', blad);
        rijElementen += 1;
        vorigeRij = r;
        vorigeKol = 0;
        return;
      }
      if (d === 4) {
        if (name !== 'c') weiger();
        const at = attrs(a);
        adresTekst = at['r'] ?? weiger();
        t = at['t'];
        stijl = at['s'] !== undefined ? parseInt(at['s'], 10) : 0;
        formule = undefined;
        fAttrs = {};
        v = undefined;
        runs = undefined;
        inCel = true;
        return;
      }
      if (d === 5) {
        if (name === 'f') fAttrs = attrs(a);
        else if (name !== 'v' && name !== 'is') weiger();
        return;
      }
      if (d === 6 && pad[4] === 'is') {
        if (name === 'r') (runs ??= []).push('');
        else if (name !== 't') weiger();
        if (name === 't' && runs !== undefined) weiger();
        return;
      }
      if (d === 7 && pad[4] === 'is' && pad[5] === 'r') {
        if (name === 't') run = '';
        else if (name !== 'rPr') return;
        return;
      }
      if (d >= 8 && pad[4] === 'is' && pad[6] === 'rPr') return;
      weiger();
    },
    close(name) {
      const d = pad.length;
      pad.pop();
      if (d === 2 && name === 'sheetData') inData = false;
      if (!inCel) return;
      if (d === 4) {
        inCel = false;
        sluitCel();
      } else if (d === 7 && name === 't' && pad[5] === 'r' && runs !== undefined) {
        runs[runs.length - 1] = tekstXform(run);
      }
    },
    text(tekst) {
      if (!inCel) return;
      const d = pad.length;
      const name = pad[d - 1];
      if (d === 5 && name === 'f') formule = (formule ?? '') + tekst;
      else if (d === 5 && name === 'v') v = (v ?? '') + tekst;
      else if (d === 6 && name === 't' && pad[4] === 'is') v = (v ?? '') + tekst;
      else if (d === 7 && name === 't' && pad[5] === 'r') run += tekst;
    },
  });
  pad = [];

  if (merges.length === 0) return { rijElementen, cellen, tabelRids };
  for (let i = 0; i < merges.length; i += 1)
    for (let j = i + 1; j < merges.length; j += 1) {
      const p = merges[i] as (typeof merges)[number];
      const q = merges[j] as (typeof merges)[number];
      if (p.left <= q.right && q.left <= p.right && p.top <= q.bottom && q.top <= p.bottom) weiger();
    }
  const bedekt = (c: Cel) =>
    merges.some(
      (m) =>
        c.row >= m.top &&
        c.row <= m.bottom &&
        c.col >= m.left &&
        c.col <= m.right &&
        !(c.row === m.top && c.col === m.left),
    );
  return { rijElementen, cellen: cellen.filter((c) => !bedekt(c)), tabelRids };
}

interface Tabeldeel {
  readonly name: string | undefined;
  readonly ref: string | undefined;
  readonly totalsRow: boolean;
}

function leesTabel(xml: string): Tabeldeel {
  let out: Tabeldeel | undefined;
  doorloop(xml, {
    open(name, a) {
      if (out !== undefined || name !== 'table') return;
      const at = attrs(a);
      out = { name: at['name'], ref: at['ref'], totalsRow: at['totalsRowCount'] === '1' };
    },
    close: () => undefined,
    text: () => undefined,
  });
  return out ?? weiger();
}

/**
 * The werkboek from the inflated parts, or a refusal exceljs would also give (too many rows); `undefined` when the
 * fast reader declines and exceljs must read the file.
 */
export function snelLezen(delen: ReadonlyMap<string, Buffer>, maxRows: number): Leesresultaat | undefined {
  try {
    return lees(delen, maxRows);
  } catch (error) {
    if (error instanceof Weigering) return undefined;
    if (error instanceof Afwijzing) return onleesbaar(error.bevinding);
    throw error;
  }
}

function lees(delen: ReadonlyMap<string, Buffer>, maxRows: number): Leesresultaat | undefined {
  const tekst = (naam: string): string | undefined => {
    const b = delen.get(naam);
    return b === undefined ? undefined : tekstNaarString(b);
  };
  const workbookXml = tekst('xl/workbook.xml');
  if (workbookXml === undefined) return undefined;
  const begin = wortel(workbookXml);
  if (begin !== 'workbook') geenDeel('werkmap-deel-onjuist', 'xl/workbook.xml', 'workbook', begin);
  const bladDefs: { name: string; rId: string }[] = [];
  let date1904 = false;
  inDeel('xl/workbook.xml', () =>
    doorloop(workbookXml, {
      open(name, a) {
        if (name === 'sheet') {
          const at = attrs(a);
          bladDefs.push({ name: at['name'] ?? weiger(), rId: at['r:id'] ?? weiger() });
        } else if (name === 'workbookPr') date1904 = attrs(a)['date1904'] === '1';
      },
      close: () => undefined,
      text: () => undefined,
    }),
  );
  const boekRels = inDeel('xl/_rels/workbook.xml.rels', () => rels(tekst('xl/_rels/workbook.xml.rels')));
  const ctx: Context = {
    teksten: inDeel('xl/sharedStrings.xml', () => gedeeldeTeksten(tekst('xl/sharedStrings.xml'))),
    datums: inDeel('xl/styles.xml', () => datumStijlen(tekst('xl/styles.xml'))),
    date1904,
  };
  // exceljs parses every worksheet part in the archive; its row limit stops the whole load.
  const gelezen = new Map<string, GelezenBlad>();
  const bladNummer = new Map<string, string>();
  for (const [naam, buf] of delen) {
    const m = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(naam);
    if (!m || naam.includes('xl/worksheets/_rels/')) continue;
    if (gelezen.has(naam)) weiger();
    const def = bladDefs.find((d) => {
      const target = boekRels.get(d.rId);
      return target !== undefined && `xl/${target.replace(/^(\s|\/xl\/)+/, '')}` === naam;
    });
    const blad = inDeel(naam, () => leesBlad(tekstNaarString(buf), def?.name ?? '', naam, ctx));
    if (blad.rijElementen > maxRows)
      return onleesbaar(teVeelRijen(`een werkblad heeft meer dan ${maxRows.toLocaleString('nl-NL')} rijen`, maxRows));
    gelezen.set(naam, blad);
    bladNummer.set(naam, m[1] as string);
  }
  const tabelCache = new Map<string, Tabeldeel>();
  const sheets: Blad[] = [];
  const tables: TabelBereik[] = [];
  const gezien = new Set<string>();
  for (const def of bladDefs) {
    const target = boekRels.get(def.rId);
    if (target === undefined) continue;
    const pad = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    const blad = gelezen.get(pad);
    if (blad === undefined) continue;
    if (gezien.has(pad)) return undefined;
    gezien.add(pad);
    const fout = bladnaamFout(def.name, sheets);
    if (fout !== undefined) return onleesbaar(fout);
    const cells = new Map<string, Cel>();
    for (const c of blad.cellen) cells.set(c.address, c.sheet === def.name ? c : { ...c, sheet: def.name });
    sheets.push({ name: def.name, cells });
    if (blad.tabelRids.length === 0) continue;
    const relsDeel = `xl/worksheets/_rels/sheet${bladNummer.get(pad) ?? ''}.xml.rels`;
    const bladRels = inDeel(relsDeel, () => rels(tekst(relsDeel)));
    // exceljs keys a sheet's tables by name (Object.values order).
    const perNaam: Record<string, Tabeldeel> = {};
    for (const rid of blad.tabelRids) {
      const doel = bladRels.get(rid) ?? weiger();
      const m = /^\.\.\/tables\/(table\d+)[.]xml$/.exec(doel) ?? weiger();
      const deel = `xl/tables/${m[1] as string}.xml`;
      let tabel = tabelCache.get(deel);
      if (tabel === undefined) {
        const xml = tekst(deel) ?? weiger();
        tabel = inDeel(deel, () => leesTabel(xml));
        tabelCache.set(deel, tabel);
      }
      perNaam[tabel.name ?? 'undefined'] = tabel;
    }
    for (const tabel of Object.values(perNaam)) {
      if (typeof tabel.name !== 'string' || typeof tabel.ref !== 'string') continue;
      tables.push({ name: tabel.name, sheet: def.name, ref: tabel.totalsRow ? zonderTotaalrij(tabel.ref) : tabel.ref });
    }
  }
  return { ok: true, werkboek: { sheets, tables } };
}

/**
 * Why a sheet name cannot be in a workbook, as exceljs's Worksheet refuses it (and Excel does not allow it): empty,
 * the reserved 'History', one of * ? : \\ / [ ], an apostrophe at either end, longer than 31 characters (exceljs
 * would cut it), or the name of an earlier sheet in any case.
 */
function bladnaamFout(naam: string, eerder: readonly Blad[]): Finding | undefined {
  const ongeldig = (reden: string) =>
    finding('werkbladnaam-ongeldig', {
      ...HEEL_BESTAND,
      params: { werkblad: zichtbaar(naam).slice(0, 60), reden, detail: 'xl/workbook.xml' },
    });
  if (naam === '') return ongeldig('de naam is leeg');
  if (naam === 'History') return ongeldig("'History' is in Excel een gereserveerde naam");
  if (/[*?:/\\[\]]/.test(naam)) return ongeldig('de naam bevat een van de tekens * ? : \\ / [ ]');
  if (/(^')|('$)/.test(naam)) return ongeldig('de naam begint of eindigt met een apostrof');
  if (naam.length > 31) return ongeldig('de naam is langer dan 31 tekens');
  const zelfde = eerder.find((b) => b.name.toLowerCase() === naam.toLowerCase());
  if (zelfde === undefined) return undefined;
  const namen = zelfde.name === naam ? `'${zichtbaar(naam)}'` : `'${zichtbaar(zelfde.name)}' en '${zichtbaar(naam)}'`;
  return finding('werkbladnaam-dubbel', { ...HEEL_BESTAND, params: { namen, detail: 'xl/workbook.xml' } });
}
