/**
 * Checks a file before any xlsx library inflates it: is it a zip at all, is it whole, is it encrypted, and do the
 * sizes its central directory declares stay within limits (zip bombs). Worksheets that declare a large XML part are
 * scanned as a stream for their row count, so a sheet with a million rows is refused before it is loaded.
 * Reads only; never writes.
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';
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
    entries.push({ name, method, compressed, uncompressed, localOffset });
  }
  const delen = new Map<string, Buffer>();
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name) || e.uncompressed < limits.rowScanFromBytes) {
      // The limits above trust the declared sizes; make sure no part inflates beyond what it declares.
      const waar = kloptGrootte(data, e);
      if (!(waar instanceof Buffer)) return fail(waar === 'te-groot' ? liegt(e) : beschadigd(e));
      const naam = e.name.startsWith('/') ? e.name.slice(1) : e.name;
      if (bewaar(naam)) delen.set(naam, waar);
      continue;
    }
    const rows = await countRows(data, e, limits.maxRows);
    if (rows === undefined) return fail(beschadigd(e));
    if (rows === 'te-groot') return fail(liegt(e));
    if (rows > limits.maxRows)
      return fail(
        teVeelRijen(
          `een werkblad (${e.name.replace(/^xl\/worksheets\//, '')}) heeft meer dan ${limits.maxRows.toLocaleString('nl-NL')} rijen`,
          limits.maxRows,
        ),
      );
    const naam = e.name.startsWith('/') ? e.name.slice(1) : e.name;
    if (bewaar(naam)) {
      const waar = kloptGrootte(data, e);
      if (!(waar instanceof Buffer)) return fail(waar === 'te-groot' ? liegt(e) : beschadigd(e));
      delen.set(naam, waar);
    }
  }
  return { ok: true, delen };
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

/** Inflates a part with its declared size as the ceiling: its bytes, 'te-groot' when it inflates beyond, or undefined when broken. */
function kloptGrootte(data: Buffer, e: Entry): Buffer | 'te-groot' | undefined {
  const b = body(data, e);
  if (!b) return undefined;
  if (e.method === 0) return e.compressed === e.uncompressed ? b : 'te-groot';
  if (e.method !== 8) return undefined;
  try {
    return inflateRawSync(b, { maxOutputLength: Math.max(1, e.uncompressed + 1) });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError
      ? 'te-groot'
      : undefined;
  }
}

/** Counts '<row' tags of a worksheet part as it inflates, stopping as soon as `cap` is passed. */
function countRows(data: Buffer, e: Entry, cap: number): Promise<number | 'te-groot' | undefined> {
  const off = e.localOffset;
  if (off + 30 > data.length || data.readUInt32LE(off) !== 0x04034b50) return Promise.resolve(undefined);
  const start = off + 30 + data.readUInt16LE(off + 26) + data.readUInt16LE(off + 28);
  const body = data.subarray(start, start + e.compressed);
  if (e.method === 0) return Promise.resolve(count(body.toString('latin1'), ''));
  if (e.method !== 8) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let rows = 0;
    let tail = '';
    let seen = 0;
    let done = false;
    const finish = (v: number | 'te-groot' | undefined) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(v);
    };
    inflate.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      const text = tail + chunk.toString('latin1');
      rows += count(text, tail);
      tail = text.slice(-4);
      if (rows > cap) finish(rows);
      else if (seen > e.uncompressed + 1024) finish('te-groot');
    });
    inflate.on('end', () => finish(rows));
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
