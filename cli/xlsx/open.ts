/**
 * Opening an input file for the reader (read.ts): only plain files are read, and a file gets a time budget of its
 * own. A FIFO, socket or device is refused from a stat before anything opens it; the open itself is non-blocking
 * and its result is checked again with fstat, so a file swapped for a FIFO between the stat and the open cannot make
 * cofin wait either. Reads only; never writes.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { finding, type Finding } from '../../core';
import { HEEL_BESTAND, onleesbaar, type Limits, type Onleesbaar } from './preflight';

/**
 * Read-only, never waiting for a writer (FIFO) or a carrier (serial device), never becoming a controlling terminal.
 * Computed on use: Node leaves the POSIX flags undefined on Windows, and the browser demo bundles this module without
 * node:fs (it imports the reader's exceljs mapping only), so nothing may touch `constants` at load time.
 */
function leesvlaggen(): number {
  const posix: Partial<Record<'O_NONBLOCK' | 'O_NOCTTY', number>> = constants;
  return constants.O_RDONLY | (posix.O_NONBLOCK ?? 0) | (posix.O_NOCTTY ?? 0);
}

/** What stat and readdir both say of a file's type. */
export type Soort = Pick<
  Stats,
  'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'
>;

/** What a non-regular file is, in Dutch, for 'bestand-geen-gewoon-bestand'; undefined for a plain file. */
export function bijzonderSoort(s: Soort): string | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return 'een map';
  if (s.isFIFO()) return 'een named pipe (FIFO)';
  if (s.isSocket()) return 'een socket';
  if (s.isCharacterDevice()) return 'een apparaatbestand (tekenapparaat)';
  if (s.isBlockDevice()) return 'een apparaatbestand (blokapparaat)';
  if (s.isSymbolicLink()) return 'een symbolische koppeling';
  return 'een bijzonder bestand';
}

function geenGewoonBestand(s: Stats): Finding {
  return s.isDirectory()
    ? finding('bestand-is-map', HEEL_BESTAND)
    : finding('bestand-geen-gewoon-bestand', { ...HEEL_BESTAND, params: { soort: bijzonderSoort(s) ?? '' } });
}

/** The Dutch reason for a failed stat or open of a file named `path`. */
async function openFout(path: string, error: unknown): Promise<Finding> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    const link = await lstat(path).then(
      (s) => s.isSymbolicLink(),
      () => false,
    );
    return finding(link ? 'koppeling-wijst-nergens' : 'bestand-bestaat-niet', HEEL_BESTAND);
  }
  if (code === 'ELOOP') return finding('koppeling-lus', HEEL_BESTAND);
  if (code === 'EACCES' || code === 'EPERM') return finding('bestand-geen-leesrechten', HEEL_BESTAND);
  if (code === 'EISDIR') return finding('bestand-is-map', HEEL_BESTAND);
  return finding('bestand-niet-te-lezen', { ...HEEL_BESTAND, params: { oorzaak: code ?? 'onbekende fout' } });
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * The bytes of the plain file at `path` (a symbolic link is followed: the caller decides which links reach here),
 * or why not. A file over `limits.maxFileBytes` is refused from its size, before it is read.
 */
export async function leesBytes(
  path: string,
  limits: Limits,
): Promise<{ readonly ok: true; readonly data: Buffer } | Onleesbaar> {
  let voor: Stats;
  try {
    voor = await stat(path);
  } catch (error) {
    return onleesbaar(await openFout(path, error));
  }
  if (!voor.isFile()) return onleesbaar(geenGewoonBestand(voor));
  let fh;
  try {
    fh = await open(path, leesvlaggen());
  } catch (error) {
    return onleesbaar(await openFout(path, error));
  }
  try {
    const s = await fh.stat();
    if (!s.isFile()) return onleesbaar(geenGewoonBestand(s));
    if (s.size > limits.maxFileBytes)
      return onleesbaar(finding('bestand-te-groot', { ...HEEL_BESTAND, params: { grens: mb(limits.maxFileBytes) } }));
    return { ok: true, data: await fh.readFile() };
  } catch (error) {
    return onleesbaar(await openFout(path, error));
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** Seconds as a Dutch number: 30 -> '30', 0.05 -> '0,05'. */
export function secondenTekst(seconden: number): string {
  return seconden.toLocaleString('nl-NL', { maximumFractionDigits: 3 });
}

export function teTraag(limits: Limits): Onleesbaar {
  return onleesbaar(
    finding('bestand-te-traag', { ...HEEL_BESTAND, params: { seconden: secondenTekst(limits.secondenPerBestand) } }),
  );
}

/**
 * Runs `werk` within the file's time budget (`limits.secondenPerBestand`); past it, resolves to 'bestand-te-traag'.
 * In one thread this bounds every wait (the file system, a stalled read), not a synchronous parse already running:
 * that one is bounded by the preflight's limits, and a worker thread that runs over is terminated by the pool.
 */
export async function binnenTijd<T>(limits: Limits, werk: () => Promise<T | Onleesbaar>): Promise<T | Onleesbaar> {
  let timer: NodeJS.Timeout | undefined;
  const verlopen = new Promise<Onleesbaar>((resolve) => {
    timer = setTimeout(() => {
      resolve(teTraag(limits));
    }, limits.secondenPerBestand * 1000);
    timer.unref();
  });
  try {
    return await Promise.race([werk(), verlopen]);
  } finally {
    clearTimeout(timer);
  }
}
