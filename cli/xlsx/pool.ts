/**
 * A small pool of worker threads (one per core) that runs tasks on files and returns results in input order. Used
 * by `cofin check` for many files (worker.ts); the benchmark runs its own worker through `metWorkers`. Only
 * available from the compiled build (workers load JS).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** One task for a worker: a file, and for workers that do more than one thing, which thing. */
export interface Taak {
  readonly id: number;
  readonly soort: string;
  readonly bestand: string;
}

export const WORKER_FILE = join(__dirname, 'worker.js');

export function poolBeschikbaar(): boolean {
  return __filename.endsWith('.js') && existsSync(WORKER_FILE);
}

/** Runs task `soort` on every file in threads of `workerFile`; resolves to the results in input order. */
export async function metWorkers<T>(
  workerFile: string,
  bestanden: readonly string[],
  soort: string,
  opVoortgang: (klaar: number) => void = () => undefined,
  threads = Math.max(1, Math.min(availableParallelism(), bestanden.length)),
): Promise<T[]> {
  const results = new Array<T>(bestanden.length);
  let next = 0;
  let klaar = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= bestanden.length) {
                resolve();
                return;
              }
              const id = next;
              next += 1;
              w.postMessage({ id, soort, bestand: bestanden[id] as string } satisfies Taak);
            };
            w.on('message', (msg: { id: number; resultaat?: T; fout?: string }) => {
              if (msg.fout !== undefined) {
                reject(new Error(msg.fout));
                return;
              }
              results[msg.id] = msg.resultaat as T;
              klaar += 1;
              opVoortgang(klaar);
              send();
            });
            w.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** `cofin check` on every file, in the check worker. */
export function metPool<T>(
  bestanden: readonly string[],
  opVoortgang?: (klaar: number) => void,
  threads?: number,
): Promise<T[]> {
  return metWorkers<T>(WORKER_FILE, bestanden, 'check', opVoortgang, threads);
}
