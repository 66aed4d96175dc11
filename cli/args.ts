/** A small option parser for the subcommands: --name value, --name=value, flags, and positional arguments. */
import { EXIT, type Io } from './io';

export interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
}

export type ParseResult = { readonly ok: true; readonly args: Parsed } | { readonly ok: false; readonly fout: string };

export function parseArgs(
  argv: readonly string[],
  withValue: readonly string[],
  flags: readonly string[],
): ParseResult {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const set = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (withValue.includes(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[i + 1];
        if (v === undefined || (eq < 0 && v.startsWith('--')))
          return { ok: false, fout: `--${name} verwacht een waarde.` };
        options.set(name, v);
        if (eq < 0) i += 1;
      } else if (flags.includes(name) && eq < 0) set.add(name);
      else return { ok: false, fout: `onbekende optie '${a}'.` };
    } else positional.push(a);
  }
  return { ok: true, args: { positional, options, flags: set } };
}

/**
 * The preamble every subcommand shares: parse its arguments, print its help for --help, refuse an unknown option
 * with the help text. Returns the arguments, or the exit code when the command is already done.
 */
export function commandArgs(
  command: string,
  help: string,
  argv: readonly string[],
  withValue: readonly string[],
  flags: readonly string[],
  io: Io,
): Parsed | number {
  const parsed = parseArgs(argv, withValue, [...flags, 'help']);
  if (!parsed.ok) {
    io.err(`cofin ${command}: ${parsed.fout}\n${help}`);
    return EXIT.INPUT;
  }
  if (parsed.args.flags.has('help')) {
    io.out(help);
    return EXIT.OK;
  }
  return parsed.args;
}
