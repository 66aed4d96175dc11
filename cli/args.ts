/**
 * The option parser of the subcommands. Each option is declared once, as an `Optie`; help text, parsing and the
 * "bedoelde u ...?" suggestions all read that one declaration. `--name value`, `--name=value`, `-k value` and flags;
 * anything else that starts with `-` is an unknown option (exit 2), never a file name; after `--` every argument is
 * positional.
 */
import { EXIT, type Io } from './io';
import { toonTekst } from './toon';

export interface Optie {
  /** The long name without dashes: `format` for `--format`. */
  readonly naam: string;
  /** A one-letter short form without the dash: `h` for `-h`. */
  readonly kort?: string;
  /** The placeholder of the value in the help (`text|json|csv`); absent for a flag. */
  readonly waarde?: string;
  /** One Dutch line for the help. */
  readonly uitleg: string;
}

/** What a subcommand declares about itself: its usage line, what it does, its options and at least one example. */
export interface Opdracht {
  readonly naam: string;
  readonly gebruik: string;
  readonly omschrijving: string;
  readonly opties: readonly Optie[];
  readonly voorbeelden: readonly string[];
  /** Text after the examples (exit codes, the regelingen, the functions). */
  readonly naschrift?: string;
}

export const HELP_OPTIE: Optie = { naam: 'help', kort: 'h', uitleg: 'toont deze hulptekst' };

export interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
}

export type ParseResult = { readonly ok: true; readonly args: Parsed } | { readonly ok: false; readonly fout: string };

/** Levenshtein distance, for suggestions only. */
export function afstand(a: string, b: string): number {
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const rij = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const kost = a[i - 1] === b[j - 1] ? 0 : 1;
      rij.push(Math.min((vorige[j] ?? 0) + 1, (rij[j - 1] ?? 0) + 1, (vorige[j - 1] ?? 0) + kost));
    }
    vorige = rij;
  }
  return vorige[b.length] ?? 0;
}

/**
 * The candidate closest to `invoer`, when it is close enough to be a typo. Compared without leading dashes and case:
 * `invoer` is a prefix of exactly one candidate, or within a third of its length in edits (at most 3); a one- or
 * two-letter slip gets no guess.
 */
export function bedoeld(invoer: string, kandidaten: readonly string[]): string | undefined {
  const kaal = (t: string) => t.replace(/^-+/, '').toLowerCase();
  const x = kaal(invoer);
  if (x === '') return undefined;
  const prefix = kandidaten.filter((k) => kaal(k).startsWith(x));
  if (prefix.length === 1) return prefix[0];
  let beste: string | undefined;
  let besteAfstand = Infinity;
  for (const k of kandidaten) {
    const d = afstand(x, kaal(k));
    if (d < besteAfstand) {
      beste = k;
      besteAfstand = d;
    }
  }
  return besteAfstand <= Math.min(3, Math.floor(x.length / 3)) ? beste : undefined;
}

/** ` Bedoelde u 'x'?` or nothing. */
export function suggestie(invoer: string, kandidaten: readonly string[]): string {
  const b = bedoeld(invoer, kandidaten);
  return b === undefined ? '' : ` Bedoelde u '${b}'?`;
}

function onbekend(a: string, opties: readonly Optie[]): string {
  const naam = a.split('=')[0] ?? a;
  const kandidaten = [...opties.map((o) => `--${o.naam}`), ...opties.flatMap((o) => (o.kort ? [`-${o.kort}`] : []))];
  return `onbekende optie '${toonTekst(naam)}'.${suggestie(naam, kandidaten)}`;
}

export function parseArgs(argv: readonly string[], opties: readonly Optie[]): ParseResult {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const set = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const lang = a.startsWith('--');
    const naam = lang ? (eq > 0 ? a.slice(2, eq) : a.slice(2)) : a.slice(1);
    const optie = lang ? opties.find((o) => o.naam === naam) : opties.find((o) => o.kort === naam);
    if (optie === undefined || (!lang && eq >= 0)) return { ok: false, fout: onbekend(a, opties) };
    if (optie.waarde !== undefined) {
      const v = lang && eq > 0 ? a.slice(eq + 1) : argv[i + 1];
      if (v === undefined || (!(lang && eq > 0) && v.startsWith('-') && v !== '-'))
        return { ok: false, fout: `--${optie.naam} verwacht een waarde (${optie.waarde}).` };
      options.set(optie.naam, v);
      if (!(lang && eq > 0)) i += 1;
    } else if (eq > 0) return { ok: false, fout: `--${optie.naam} neemt geen waarde.` };
    else set.add(optie.naam);
  }
  return { ok: true, args: { positional, options, flags: set } };
}

/** The help of a subcommand, generated from its declaration. */
export function hulptekst(o: Opdracht): string {
  const alle = [...o.opties, HELP_OPTIE];
  const links = alle.map(
    (x) =>
      `${x.kort !== undefined ? `-${x.kort}, ` : '    '}--${x.naam}${x.waarde !== undefined ? ` ${x.waarde}` : ''}`,
  );
  const breed = Math.max(...links.map((l) => l.length));
  return [
    `Gebruik: ${o.gebruik}`,
    '',
    o.omschrijving,
    '',
    'Opties:',
    ...alle.map((x, i) => `  ${(links[i] ?? '').padEnd(breed)}  ${x.uitleg}`),
    '',
    o.voorbeelden.length > 1 ? 'Voorbeelden:' : 'Voorbeeld:',
    ...o.voorbeelden.map((v) => `  ${v}`),
    ...(o.naschrift !== undefined ? ['', o.naschrift] : []),
    '',
  ].join('\n');
}

/**
 * The preamble every subcommand shares: parse its arguments, print its help for -h/--help, refuse an unknown option
 * with one Dutch line and a pointer to the help (exit 2). Returns the arguments, or the exit code when the command is
 * already done.
 */
export function commandArgs(opdracht: Opdracht, argv: readonly string[], io: Io): Parsed | number {
  const parsed = parseArgs(argv, [...opdracht.opties, HELP_OPTIE]);
  if (!parsed.ok) {
    io.err(`cofin ${opdracht.naam}: ${parsed.fout}\n'cofin ${opdracht.naam} --help' toont de opties.\n`);
    return EXIT.INPUT;
  }
  if (parsed.args.flags.has('help')) {
    io.out(hulptekst(opdracht));
    return EXIT.OK;
  }
  return parsed.args;
}
