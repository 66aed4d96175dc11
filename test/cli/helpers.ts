/** Shared helpers for the command-line tests: an in-memory Io, temporary folders, workbooks from core's models. */
import { lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { main } from '../../cli/main';
import type { Io } from '../../cli/io';

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function cofin(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), isTty: false };
  const code = await main(argv, io);
  return { code, out, err };
}

export function tmp(prefix = 'cofin-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * sha256 of every file under a folder, by relative path: to prove inputs are byte-identical after a run. Links are
 * not followed (their target text is recorded) and a FIFO, socket or device is recorded by its kind, never read.
 */
export function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const s = lstatSync(full);
      if (s.isDirectory()) walk(full, `${rel}${name}/`);
      else if (s.isSymbolicLink()) out[`${rel}${name}`] = `koppeling naar ${readlinkSync(full)}`;
      else if (!s.isFile()) out[`${rel}${name}`] = `bijzonder bestand, modus ${s.mode.toString(8)}`;
      else out[`${rel}${name}`] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}
