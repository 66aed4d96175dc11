/**
 * Checks a file before any xlsx library inflates it: is it a zip at all, is it whole, is it encrypted, and do the
 * sizes its central directory declares stay within limits (zip bombs). Every part is inflated once, against its
 * declared size and its CRC-32. Worksheets that declare a large XML part are scanned as a stream for their row count
 * (row elements, not the last row number), so a sheet with a million rows is refused before it is loaded. Last, the
 * package itself: a zip that is no workbook (OpenDocument, Word, PowerPoint, xlsb, no or wrong content types, no main
 * part) is refused here, once, for both readers. Reads only; never writes.
 */
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { BESTAND_BRON, finding, type Finding } from '../../core';

/** What a refusal of the file is placed at: the file as a whole, citing the limits of `cofin check`. */
export const HEEL_BESTAND = { location: '', article: BESTAND_BRON } as const;

/** A file that cannot be read: its finding (with a catalogue code), and that finding's message as the reason. */
export interface Onleesbaar {
  readonly ok: false;
  readonly finding: Finding;
  readonly reden: string;
}

export function onleesbaar(f: Finding): Onleesbaar {
  return { ok: false, finding: f, reden: f.message };
}

/** A sheet over the row limit: one code for the preflight and both read paths; `werkblad` says which and how. */
export function teVeelRijen(werkblad: string, maxRows: number): Finding {
  return finding('werkblad-te-veel-rijen', {
    ...HEEL_BESTAND,
    params: { werkblad, maximum: maxRows.toLocaleString('nl-NL') },
  });
}

export const LIMITS = {
  /** Largest file accepted. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Sum of the declared uncompressed sizes of all parts. */
  maxUncompressedBytes: 256 * 1024 * 1024,
  /** Compression ratio above which a large part counts as a bomb. */
  maxRatio: 200,
  /** Parts smaller than this are never called a bomb, whatever their ratio. */
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5000,
  /** Rows per sheet. */
  maxRows: 100_000,
  /** Worksheet parts larger than this (uncompressed) get their rows counted before loading. */
  rowScanFromBytes: 2 * 1024 * 1024,
  /** issue 14 (h/mappen): wall-clock seconds one file may take, read and check (open.ts, pool.ts). */
  secondenPerBestand: 60,
} as const;

export type Limits = { -readonly [K in keyof typeof LIMITS]: number };

/** A file that passed: the inflated parts that `bewaar` asked to keep, by entry name (so no part is inflated twice). */
export type Preflight = { readonly ok: true; readonly delen: ReadonlyMap<string, Buffer> } | Onleesbaar;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const mb = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} kB` : `${Math.round(n / 1024 / 1024)} MB`);

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressed: number;
  readonly uncompressed: number;
  readonly localOffset: number;
}

export async function preflight(
  data: Buffer,
  limits: Limits = { ...LIMITS },
  bewaar: (name: string) => boolean = () => false,
): Promise<Preflight> {
  const fail = onleesbaar;
  if (data.length === 0) return fail(finding('bestand-leeg', HEEL_BESTAND));
  if (data.length > limits.maxFileBytes)
    return fail(finding('bestand-te-groot', { ...HEEL_BESTAND, params: { grens: mb(limits.maxFileBytes) } }));
  if (data.length >= 8 && data.subarray(0, 8).equals(OLE)) return fail(finding('bestand-versleuteld', HEEL_BESTAND));
  // An empty zip is only its end record (22 bytes and a comment, no entries).
  const leeg = data.length >= 22 && data.readUInt32LE(0) === 0x06054b50 && data.readUInt16LE(10) === 0;
  if (leeg) return fail(finding('zip-leeg', HEEL_BESTAND));
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) return fail(finding('bestand-geen-zip', HEEL_BESTAND));
  // End of central directory: the last 0x06054b50 within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i -= 1) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail(finding('zip-einde-ontbreekt', HEEL_BESTAND));
  const count = data.readUInt16LE(eocd + 10);
  const cdSize = data.readUInt32LE(eocd + 12);
  const cdOffset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    return fail(finding('zip64-geweigerd', HEEL_BESTAND));
  if (count > limits.maxEntries)
    return fail(finding('zip-te-veel-onderdelen', { ...HEEL_BESTAND, params: { maximum: limits.maxEntries } }));
  if (cdOffset + cdSize > eocd) return fail(finding('zip-inhoudsopgave-onvolledig', HEEL_BESTAND));
  const entries: Entry[] = [];
  let p = cdOffset;
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > eocd || data.readUInt32LE(p) !== 0x02014b50)
      return fail(finding('zip-inhoudsopgave-onjuist', HEEL_BESTAND));
    const flags = data.readUInt16LE(p + 8);
    const method = data.readUInt16LE(p + 10);
    const crc = data.readUInt32LE(p + 16);
    const compressed = data.readUInt32LE(p + 20);
    const uncompressed = data.readUInt32LE(p + 24);
    const nameLen = data.readUInt16LE(p + 28);
    const extraLen = data.readUInt16LE(p + 30);
    const commentLen = data.readUInt16LE(p + 32);
    const localOffset = data.readUInt32LE(p + 42);
    const name = data.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if ((flags & 1) === 1)
      return fail(finding('onderdeel-versleuteld', { ...HEEL_BESTAND, params: { onderdeel: name } }));
    if (compressed === 0xffffffff || uncompressed === 0xffffffff)
      return fail(finding('zip64-onderdeel-geweigerd', HEEL_BESTAND));
    if (localOffset + compressed > cdOffset)
      return fail(finding('onderdeel-voorbij-einde', { ...HEEL_BESTAND, params: { onderdeel: name } }));
    total += uncompressed;
    if (uncompressed > limits.ratioFloorBytes && uncompressed > Math.max(compressed, 1) * limits.maxRatio)
      return fail(
        finding('zip-bom', {
          ...HEEL_BESTAND,
          params: { onderdeel: name, grootte: mb(uncompressed), verhouding: limits.maxRatio },
        }),
      );
    if (total > limits.maxUncompressedBytes)
      return fail(finding('zip-bom-totaal', { ...HEEL_BESTAND, params: { grens: mb(limits.maxUncompressedBytes) } }));
    entries.push({ name, method, crc, compressed, uncompressed, localOffset });
  }
  const delen = new Map<string, Buffer>();
  const pakket = new Map<string, Buffer>();
  for (const e of entries) {
    const naam = e.name.startsWith('/') ? e.name.slice(1) : e.name;
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name) || e.uncompressed < limits.rowScanFromBytes) {
      // The limits above trust the declared sizes; make sure no part inflates beyond what it declares.
      const waar = kloptGrootte(data, e);
      if (waar === undefined || typeof waar === 'string') return fail(nietUitgepakt(waar, e));
      if (bewaar(naam)) delen.set(naam, waar);
      if (PAKKET_DELEN.test(naam)) pakket.set(naam.toLowerCase(), waar);
      continue;
    }
    const rows = await countRows(data, e, limits.maxRows);
    if (typeof rows !== 'number') return fail(nietUitgepakt(rows, e));
    if (rows > limits.maxRows)
      return fail(
        teVeelRijen(
          `een werkblad (${e.name.replace(/^xl\/worksheets\//, '')}) heeft meer dan ${limits.maxRows.toLocaleString('nl-NL')} rijen`,
          limits.maxRows,
        ),
      );
    if (bewaar(naam)) {
      const waar = kloptGrootte(data, e);
      if (waar === undefined || typeof waar === 'string') return fail(nietUitgepakt(waar, e));
      delen.set(naam, waar);
    }
  }
  const soort = geenWerkmap(
    pakket,
    new Set(entries.map((e) => (e.name.startsWith('/') ? e.name.slice(1) : e.name).toLowerCase())),
  );
  if (soort !== undefined) return fail(soort);
  return { ok: true, delen };
}

/** Why a part could not be inflated as its central directory declares it. */
type NietUitgepakt = 'te-groot' | 'crc' | undefined;

function nietUitgepakt(waarom: NietUitgepakt, e: Entry): Finding {
  if (waarom === 'te-groot') return liegt(e);
  if (waarom === 'crc') return finding('onderdeel-crc-onjuist', { ...HEEL_BESTAND, params: { onderdeel: e.name } });
  return beschadigd(e);
}

function liegt(e: Entry): Finding {
  return finding('onderdeel-liegt', { ...HEEL_BESTAND, params: { onderdeel: e.name, grootte: mb(e.uncompressed) } });
}

function beschadigd(e: Entry): Finding {
  return finding('onderdeel-beschadigd', { ...HEEL_BESTAND, params: { onderdeel: e.name } });
}

function body(data: Buffer, e: Entry): Buffer | undefined {
  const off = e.localOffset;
  if (off + 30 > data.length || data.readUInt32LE(off) !== 0x04034b50) return undefined;
  const start = off + 30 + data.readUInt16LE(off + 26) + data.readUInt16LE(off + 28);
  return start + e.compressed <= data.length ? data.subarray(start, start + e.compressed) : undefined;
}

/**
 * Inflates a part with its declared size as the ceiling: its bytes, 'te-groot' when it inflates beyond, 'crc' when
 * its bytes do not match the CRC-32 its central directory declares, or undefined when broken.
 */
function kloptGrootte(data: Buffer, e: Entry): Buffer | NietUitgepakt {
  const b = body(data, e);
  if (!b) return undefined;
  if (e.method === 0) return e.compressed !== e.uncompressed ? 'te-groot' : crc32(b) === e.crc ? b : 'crc';
  if (e.method !== 8) return undefined;
  try {
    const uit = inflateRawSync(b, { maxOutputLength: Math.max(1, e.uncompressed + 1) });
    return crc32(uit) === e.crc ? uit : 'crc';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError
      ? 'te-groot'
      : undefined;
  }
}

/**
 * Counts '<row' tags of a worksheet part as it inflates, stopping as soon as `cap` is passed; a part read to its end
 * must match its declared CRC-32.
 */
function countRows(data: Buffer, e: Entry, cap: number): Promise<number | NietUitgepakt> {
  const off = e.localOffset;
  if (off + 30 > data.length || data.readUInt32LE(off) !== 0x04034b50) return Promise.resolve(undefined);
  const start = off + 30 + data.readUInt16LE(off + 26) + data.readUInt16LE(off + 28);
  const body = data.subarray(start, start + e.compressed);
  if (e.method === 0) return Promise.resolve(crc32(body) === e.crc ? count(body.toString('latin1'), '') : 'crc');
  if (e.method !== 8) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let rows = 0;
    let tail = '';
    let seen = 0;
    let crc = 0;
    let done = false;
    const finish = (v: number | NietUitgepakt) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(v);
    };
    inflate.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      crc = crc32(chunk, crc);
      const text = tail + chunk.toString('latin1');
      rows += count(text, tail);
      tail = text.slice(-4);
      if (rows > cap) finish(rows);
      else if (seen > e.uncompressed + 1024) finish('te-groot');
    });
    inflate.on('end', () => finish(crc === e.crc ? rows : 'crc'));
    inflate.on('error', () => finish(undefined));
    inflate.end(body);
  });
}

function count(text: string, carried: string): number {
  let n = 0;
  let i = text.indexOf('<row', Math.max(0, carried.length - 3));
  while (i >= 0) {
    const next = text.charCodeAt(i + 4);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) n += 1;
    i = text.indexOf('<row', i + 4);
  }
  return n;
}

/** The parts that say what kind of package a zip is, kept (lower-case names) for `geenWerkmap`. */
const PAKKET_DELEN = /^(?:\[content_types\]\.xml|mimetype)$/i;

/** Content types of a workbook's main part (ECMA-376 Part 1, 12.3.23): .xlsx, .xlsm, .xltx, .xltm. */
const WERKMAP_TYPEN = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroenabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.template.macroenabled.main+xml',
]);

/** Main parts of the other Office packages, by content type (lower case), and what the file then is. */
const ANDERE_OFFICE: readonly (readonly [RegExp, string])[] = [
  [/^application\/vnd\.ms-excel\.sheet\.binary\.macroenabled\.main$/, 'xlsb'],
  [
    /wordprocessingml\.(?:document|template)\.main\+xml$|^application\/vnd\.ms-word\..+\.main\+xml$/,
    'een Word-document',
  ],
  [
    /presentationml\.(?:presentation|slideshow|template)\.main\+xml$|^application\/vnd\.ms-powerpoint\..+\.main\+xml$/,
    'een PowerPoint-presentatie',
  ],
  [/^application\/vnd\.ms-visio\.drawing(?:\.macroenabled)?\.main\+xml$/, 'een Visio-tekening'],
];

/** OpenDocument mimetypes (the `mimetype` entry every ODF package starts with) and what the file then is. */
const OPENDOCUMENT: Readonly<Record<string, string>> = {
  'application/vnd.oasis.opendocument.spreadsheet': 'een OpenDocument-rekenblad (.ods)',
  'application/vnd.oasis.opendocument.spreadsheet-template': 'een OpenDocument-rekenbladsjabloon (.ots)',
  'application/vnd.oasis.opendocument.text': 'een OpenDocument-tekstdocument (.odt)',
  'application/vnd.oasis.opendocument.presentation': 'een OpenDocument-presentatie (.odp)',
  'application/vnd.oasis.opendocument.graphics': 'een OpenDocument-tekening (.odg)',
};

/** Text from the file shown in a message: printable ASCII only, bounded. */
const zichtbaar = (s: string, max = 100) => {
  const t = s.replace(/[^\x20-\x7e]/g, '?');
  return t.length > max ? `${t.slice(0, max)}…` : t;
};

const XML_TEKEN: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The Default and Override elements of a [Content_Types].xml, or undefined when it is no well-formed Types document
 * (the part is small and flat: a root Types element holding empty elements; prefixes are allowed, a DTD is not).
 */
function inhoudstypen(
  xml: string,
): { readonly soort: string; readonly a: Readonly<Record<string, string>> }[] | undefined {
  const kaal = xml
    .replace(/^\uFEFF/, '')
    .replace(/<\?[^]*?\?>/g, '')
    .replace(/<!--[^]*?-->/g, '')
    .trim();
  const wortel = /^<((?:[\w.-]+:)?)Types(?=[\s/>])/.exec(kaal);
  if (!wortel || kaal.includes('<!')) return undefined;
  const voorvoegsel = wortel[1] ?? '';
  const leeg = /^<[^<>]*\/>$/.test(kaal);
  if (!leeg && !kaal.endsWith(`</${voorvoegsel}Types>`)) return undefined;
  const out: { soort: string; a: Record<string, string> }[] = [];
  const ELEMENT = /<(?:[\w.-]+:)?(Override|Default)((?:\s+[^\s=>/<]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
  for (const m of kaal.matchAll(ELEMENT)) {
    const a: Record<string, string> = {};
    for (const at of (m[2] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      a[at[1] as string] = (at[2] ?? at[3] ?? '').replace(
        /&(amp|lt|gt|quot|apos);/g,
        (_m, e: string) => XML_TEKEN[e] ?? '',
      );
    out.push({ soort: m[1] as string, a });
  }
  return out;
}

/**
 * Why a zip is no workbook cofin reads, or undefined when it is one: an OpenDocument or other mimetype package, no
 * [Content_Types].xml, content types that name no workbook main part (or another Office document's), or a main part
 * that is missing or not where Excel and both readers look for it (xl/workbook.xml). `namen`: every entry, lower case.
 */
function geenWerkmap(pakket: ReadonlyMap<string, Buffer>, namen: ReadonlySet<string>): Finding | undefined {
  const typen = pakket.get('[content_types].xml');
  if (typen === undefined) {
    const mime = pakket.get('mimetype')?.toString('latin1').trim();
    if (mime !== undefined && mime !== '') {
      const odf = OPENDOCUMENT[mime];
      if (odf !== undefined) return finding('bestand-is-opendocument', { ...HEEL_BESTAND, params: { soort: odf } });
      if (mime.startsWith('application/vnd.oasis.opendocument.'))
        return finding('bestand-is-opendocument', { ...HEEL_BESTAND, params: { soort: 'een OpenDocument-bestand' } });
      return finding('bestand-is-ander-zip', { ...HEEL_BESTAND, params: { mimetype: zichtbaar(mime) } });
    }
    return finding('zip-zonder-inhoudstypen', HEEL_BESTAND);
  }
  const lijst = inhoudstypen(typen.toString('utf8'));
  if (lijst === undefined)
    return finding('xlsx-onleesbaar', {
      ...HEEL_BESTAND,
      params: { melding: 'de inhoudsopgave [Content_Types].xml is geen geldige XML', detail: '[Content_Types].xml' },
    });
  const type = (e: { readonly a: Readonly<Record<string, string>> }) => (e.a['ContentType'] ?? '').trim().toLowerCase();
  const hoofd = lijst.find((e) => e.soort === 'Override' && WERKMAP_TYPEN.has(type(e)));
  if (hoofd !== undefined) {
    const deel = (hoofd.a['PartName'] ?? '').replace(/^\//, '');
    if (!namen.has(deel.toLowerCase()))
      return finding('werkmap-hoofddeel-ontbreekt', { ...HEEL_BESTAND, params: { onderdeel: zichtbaar(deel) } });
    if (deel.toLowerCase() !== 'xl/workbook.xml')
      return finding('werkmap-hoofddeel-elders', { ...HEEL_BESTAND, params: { onderdeel: zichtbaar(deel) } });
    return undefined;
  }
  // A Default that makes every part of an extension a workbook: the part the readers open must then exist.
  if (lijst.some((e) => e.soort === 'Default' && WERKMAP_TYPEN.has(type(e)))) {
    if (namen.has('xl/workbook.xml')) return undefined;
    return finding('werkmap-hoofddeel-ontbreekt', { ...HEEL_BESTAND, params: { onderdeel: 'xl/workbook.xml' } });
  }
  for (const e of lijst)
    for (const [patroon, soort] of ANDERE_OFFICE)
      if (e.soort === 'Override' && patroon.test(type(e)))
        return soort === 'xlsb'
          ? finding('bestand-is-xlsb', HEEL_BESTAND)
          : finding('bestand-is-ander-office', { ...HEEL_BESTAND, params: { soort } });
  const genoemd = [...new Set(lijst.map(type).filter((t) => t !== ''))].join(', ');
  return finding('zip-zonder-werkmap', {
    ...HEEL_BESTAND,
    params: { detail: zichtbaar(genoemd === '' ? 'geen inhoudstypen' : `inhoudstypen: ${genoemd}`, 300) },
  });
}
