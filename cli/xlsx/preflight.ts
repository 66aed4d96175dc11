/**
 * Checks a file before any xlsx library inflates it: is it a zip at all, is it whole, is it encrypted, and do the
 * sizes its central directory declares stay within limits (zip bombs). Worksheets that declare a large XML part are
 * scanned as a stream for their row count, so a sheet with a million rows is refused before it is loaded.
 * Reads only; never writes.
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** The row limit as the reason of a refusal: one wording for the preflight and both read paths. */
export function rijenGrens(maxRows: number): string {
  return `cofin leest ten hoogste ${maxRows.toLocaleString('nl-NL')} rijen per blad.`;
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
} as const;

export type Limits = { -readonly [K in keyof typeof LIMITS]: number };

export type Preflight = { readonly ok: true } | { readonly ok: false; readonly reden: string };

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const mb = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} kB` : `${Math.round(n / 1024 / 1024)} MB`);

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly uncompressed: number;
  readonly localOffset: number;
}

export async function preflight(data: Buffer, limits: Limits = { ...LIMITS }): Promise<Preflight> {
  const fail = (reden: string): Preflight => ({ ok: false, reden });
  if (data.length === 0) return fail('het bestand is leeg.');
  if (data.length > limits.maxFileBytes) return fail(`het bestand is groter dan ${mb(limits.maxFileBytes)}.`);
  if (data.length >= 8 && data.subarray(0, 8).equals(OLE))
    return fail(
      'het bestand is met een wachtwoord beveiligd (versleuteld) of is een oud Excel 97-2003-bestand (.xls); sla het op als .xlsx zonder wachtwoord.',
    );
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50)
    return fail('dit is geen xlsx-werkmap (het bestand is geen zip-archief).');
  // End of central directory: the last 0x06054b50 within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i -= 1) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail('het bestand is afgebroken of beschadigd: het einde van het zip-archief ontbreekt.');
  const count = data.readUInt16LE(eocd + 10);
  const cdSize = data.readUInt32LE(eocd + 12);
  const cdOffset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    return fail(
      'het zip-archief gebruikt zip64 (bedoeld voor bestanden van vele gigabytes); dat is voor een begroting niet nodig en wordt geweigerd.',
    );
  if (count > limits.maxEntries) return fail(`het zip-archief bevat meer dan ${limits.maxEntries} onderdelen.`);
  if (cdOffset + cdSize > eocd)
    return fail('het bestand is afgebroken of beschadigd: de inhoudsopgave van het zip-archief is onvolledig.');
  const entries: Entry[] = [];
  let p = cdOffset;
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > eocd || data.readUInt32LE(p) !== 0x02014b50)
      return fail('het bestand is beschadigd: de inhoudsopgave van het zip-archief klopt niet.');
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
    if ((flags & 1) === 1) return fail(`het onderdeel ${name} is versleuteld; sla de werkmap op zonder wachtwoord.`);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff)
      return fail('het zip-archief gebruikt zip64; dat wordt geweigerd.');
    if (localOffset + compressed > cdOffset)
      return fail(`het bestand is afgebroken of beschadigd (onderdeel ${name} loopt voorbij het einde).`);
    total += uncompressed;
    if (uncompressed > limits.ratioFloorBytes && uncompressed > Math.max(compressed, 1) * limits.maxRatio)
      return fail(
        `het onderdeel ${name} pakt uit tot ${mb(uncompressed)}, meer dan ${limits.maxRatio} keer zijn gecomprimeerde grootte; dit lijkt een zip-bom en wordt niet geopend.`,
      );
    if (total > limits.maxUncompressedBytes)
      return fail(
        `uitgepakt zou het bestand groter zijn dan ${mb(limits.maxUncompressedBytes)}; dit lijkt een zip-bom en wordt niet geopend.`,
      );
    entries.push({ name, method, compressed, uncompressed, localOffset });
  }
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name) || e.uncompressed < limits.rowScanFromBytes) {
      // The limits above trust the declared sizes; make sure no part inflates beyond what it declares.
      const waar = kloptGrootte(data, e);
      if (waar !== true)
        return fail(
          waar === 'te-groot' ? liegt(e) : `het onderdeel ${e.name} is beschadigd en kan niet worden uitgepakt.`,
        );
      continue;
    }
    const rows = await countRows(data, e, limits.maxRows);
    if (rows === undefined) return fail(`het onderdeel ${e.name} is beschadigd en kan niet worden uitgepakt.`);
    if (rows === 'te-groot') return fail(liegt(e));
    if (rows > limits.maxRows)
      return fail(
        `een werkblad (${e.name.replace(/^xl\/worksheets\//, '')}) heeft meer dan ${limits.maxRows.toLocaleString('nl-NL')} rijen; ${rijenGrens(limits.maxRows)}`,
      );
  }
  return { ok: true };
}

function liegt(e: Entry): string {
  return `het onderdeel ${e.name} pakt uit tot meer dan de opgegeven ${mb(e.uncompressed)}; het archief liegt over zijn inhoud en wordt niet geopend.`;
}

function body(data: Buffer, e: Entry): Buffer | undefined {
  const off = e.localOffset;
  if (off + 30 > data.length || data.readUInt32LE(off) !== 0x04034b50) return undefined;
  const start = off + 30 + data.readUInt16LE(off + 26) + data.readUInt16LE(off + 28);
  return start + e.compressed <= data.length ? data.subarray(start, start + e.compressed) : undefined;
}

/** Inflates a part with its declared size as the ceiling: true, 'te-groot' when it inflates beyond, or undefined when broken. */
function kloptGrootte(data: Buffer, e: Entry): true | 'te-groot' | undefined {
  const b = body(data, e);
  if (!b) return undefined;
  if (e.method === 0) return e.compressed === e.uncompressed ? true : 'te-groot';
  if (e.method !== 8) return undefined;
  try {
    inflateRawSync(b, { maxOutputLength: Math.max(1, e.uncompressed + 1) });
    return true;
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
