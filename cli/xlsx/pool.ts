/**
 * A small pool of worker threads (one per core) that runs tasks on files and returns results in input order. Used
 * by `cofin check` for many files (worker.ts); the benchmark runs its own worker through `metWorkers`. Only
 * available from the compiled build (workers load JS).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { finding } from '../../core';
import { onleesbaarResultaat, type BestandResultaat } from './controle';
import { teTraag } from './open';
import { HEEL_BESTAND, LIMITS, type Limits } from './preflight';

/** One task for a worker: a file, and for workers that do more than one thing, which thing. */
export interface Taak {
  readonly id: number;
  readonly soort: string;
  readonly bestand: string;
  /** The reader's limits, when not the defaults. */
  readonly limits?: Limits;
}

export const WORKER_FILE = join(__dirname, 'worker.js');

export function poolBeschikbaar(): boolean {
  return __filename.endsWith('.js') && existsSync(WORKER_FILE);
}

/**
 * How a pool treats a task that overruns or fails: after `seconden` the worker is terminated and replaced, and the
 * file gets `teTraag(bestand)`; a worker that fails or exits gets `fout(bestand, melding)` and is replaced. Without
 * it a failure rejects the whole run.
 */
export interface Vervanging<T> {
  readonly seconden: number;
  readonly teTraag: (bestand: string) => T;
  readonly fout: (bestand: string, melding: string) => T;
}

type Uitkomst<T> = { readonly ok: true; readonly resultaat: T } | { readonly ok: false; readonly vervang: T };

/** Workers that have started: a task's time runs from then, so a slow start does not count against a file. */
const gestart = new WeakSet<Worker>();

/** Runs one task on `w`; settles once, and detaches its listeners. */
function voerUit<T>(w: Worker, taak: Taak, vervanging: Vervanging<T> | undefined): Promise<Uitkomst<T>> {
  return new Promise<Uitkomst<T>>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const klaar = () => {
      clearTimeout(timer);
      w.off('message', opBericht);
      w.off('error', opFout);
      w.off('exit', opExit);
      w.off('online', startKlok);
    };
    const mislukt = (melding: string) => {
      klaar();
      if (vervanging) resolve({ ok: false, vervang: vervanging.fout(taak.bestand, melding) });
      else reject(new Error(melding));
    };
    const opBericht = (msg: { id: number; resultaat?: T; fout?: string }) => {
      if (msg.id !== taak.id) return;
      if (msg.fout !== undefined) {
        mislukt(msg.fout);
        return;
      }
      klaar();
      resolve({ ok: true, resultaat: msg.resultaat as T });
    };
    const opFout = (error: Error) => {
      mislukt(error.message);
    };
    const opExit = (code: number) => {
      mislukt(`de werkthread stopte met code ${String(code)}`);
    };
    const startKlok = () => {
      if (vervanging)
        timer = setTimeout(() => {
          klaar();
          resolve({ ok: false, vervang: vervanging.teTraag(taak.bestand) });
        }, vervanging.seconden * 1000);
    };
    w.on('message', opBericht);
    w.on('error', opFout);
    w.on('exit', opExit);
    if (gestart.has(w)) startKlok();
    else w.once('online', startKlok);
    w.postMessage(taak);
  });
}

/** Runs task `soort` on every file in threads of `workerFile`; resolves to the results in input order. */
export async function metWorkers<T>(
  workerFile: string,
  bestanden: readonly string[],
  soort: string,
  opVoortgang: (klaar: number) => void = () => undefined,
  threads = Math.max(1, Math.min(availableParallelism(), bestanden.length)),
  vervanging?: Vervanging<T>,
  limits?: Limits,
): Promise<T[]> {
  const results = new Array<T>(bestanden.length);
  let next = 0;
  let klaar = 0;
  const levend = new Set<Worker>();
  const nieuw = () => {
    const w = new Worker(workerFile);
    w.once('online', () => gestart.add(w));
    levend.add(w);
    return w;
  };
  const stop = async (w: Worker) => {
    levend.delete(w);
    await w.terminate();
  };
  const slot = async (): Promise<void> => {
    let w = nieuw();
    while (next < bestanden.length) {
      const id = next;
      next += 1;
      const taak: Taak = { id, soort, bestand: bestanden[id] as string, ...(limits ? { limits } : {}) };
      const uitkomst = await voerUit(w, taak, vervanging);
      if (uitkomst.ok) results[id] = uitkomst.resultaat;
      else {
        results[id] = uitkomst.vervang;
        await stop(w);
        w = nieuw();
      }
      klaar += 1;
      opVoortgang(klaar);
    }
  };
  try {
    await Promise.all(Array.from({ length: threads }, slot));
  } finally {
    await Promise.all([...levend].map(stop));
  }
  return results;
}

/**
 * `cofin check` on every file, in the check worker. Each file has `limits.secondenPerBestand`: a worker still busy
 * after that is terminated, whatever it is doing, and the file is one 'bestand-te-traag' entry.
 */
export function metPool(
  bestanden: readonly string[],
  opVoortgang?: (klaar: number) => void,
  threads?: number,
  limits: Limits = { ...LIMITS },
): Promise<BestandResultaat[]> {
  const vervanging: Vervanging<BestandResultaat> = {
    seconden: limits.secondenPerBestand,
    teTraag: (bestand) => onleesbaarResultaat(bestand, teTraag(limits).finding),
    fout: (bestand, melding) =>
      onleesbaarResultaat(bestand, finding('interne-fout', { ...HEEL_BESTAND, params: { melding } })),
  };
  return metWorkers<BestandResultaat>(WORKER_FILE, bestanden, 'check', opVoortgang, threads, vervanging, limits);
}
