/** Output plumbing for the command line: where text goes, so commands stay testable without a process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when standard error is a terminal (progress bars only there). */
  readonly isTty: boolean;
  /** True when standard output may carry ANSI colours (see `kleurAan`); absent means no colour. */
  readonly kleur?: boolean;
}

/**
 * Colour only on a terminal: never when output is piped or redirected, when NO_COLOR is set to anything non-empty
 * (https://no-color.org), or on TERM=dumb.
 */
export function kleurAan(env: Readonly<Record<string, string | undefined>>, stdoutIsTty: boolean): boolean {
  return stdoutIsTty && (env.NO_COLOR ?? '') === '' && env.TERM !== 'dumb';
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTty: process.stderr.isTTY,
  kleur: kleurAan(process.env, process.stdout.isTTY),
};

/** Exit codes: 0 no fout findings; 1 fout findings or a refused calculation; 2 an input could not be read or used. */
export const EXIT = { OK: 0, FINDINGS: 1, INPUT: 2 } as const;
