/** `cofin calc NAME ARG...`: evaluates one registry function and prints only its result. */
import {
  FUNCTIONS,
  argumenten,
  bedragText,
  callFunction,
  fractieText,
  getoondeBron,
  type FunctionValue,
} from '../../core';
import { HELP_OPTIE, hulptekst, parseArgs, suggestie, type Opdracht } from '../args';
import { EXIT, type Io } from '../io';
import { toonTekst } from '../toon';

/** Canonical text of a result: amounts as '859265' or '186796.95', fractions as decimals, dates as YYYY-MM-DD. */
export function formatValue(v: FunctionValue): string {
  switch (v.kind) {
    case 'bedrag':
      return bedragText(v.value);
    case 'fractie':
      return fractieText(v.value, 10, 'half-op');
    case 'datum':
      return v.value;
  }
}

export function listFunctions(): string {
  const width = Math.max(...FUNCTIONS.map((f) => f.name.length));
  return FUNCTIONS.map((f) => {
    return `${f.name.padEnd(width)}  ${argumenten(f, ' ')}\n${' '.repeat(width)}  ${f.description}\n`;
  }).join('');
}

const CALC: Opdracht = {
  naam: 'calc',
  gebruik: 'cofin calc FUNCTIE ARGUMENT...',
  omschrijving: `Rekent één functie uit en toont alleen de uitkomst: bedragen als 859265 of 186796.95, fracties als
decimaal getal, datums als JJJJ-MM-DD. Bedragen mogen ook als 1.245.313 of € 4.000,00, datums ook als DD-MM-JJJJ.`,
  opties: [{ naam: 'list', uitleg: 'toont de functies met hun argumenten' }],
  voorbeelden: ['cofin calc MAX 1245313 dwsra-2016', 'cofin calc OVERSCHRIJDING 870000 690000 dwsra-2016'],
};

/** The help of calc: the usage, then every function with its arguments. */
export function calcHulp(): string {
  return `${hulptekst(CALC)}\nFuncties:\n${listFunctions()}`;
}

export function calc(args: readonly string[], io: Io): number {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.err(`cofin calc: geef een functie.\n'cofin calc --help' toont de functies.\n`);
    return EXIT.INPUT;
  }
  // Only the first argument can be an option: after the function name a '-5' is an argument to it.
  if (name.startsWith('-') && name !== '-') {
    const parsed = parseArgs([name], [...CALC.opties, HELP_OPTIE]);
    if (!parsed.ok) {
      io.err(`cofin calc: ${parsed.fout}\n'cofin calc --help' toont de opties.\n`);
      return EXIT.INPUT;
    }
    io.out(parsed.args.flags.has('list') ? listFunctions() : calcHulp());
    return EXIT.OK;
  }
  const outcome = callFunction(name, rest);
  if (!outcome.ok) {
    const bron = getoondeBron(outcome.finding.article);
    const onbekend = outcome.finding.code === 'functie-onbekend';
    const namen = FUNCTIONS.flatMap((f) => [f.name, f.nlName]);
    io.err(
      `cofin calc ${toonTekst(name.toUpperCase())}: ${toonTekst(outcome.finding.message)}${bron !== undefined ? ` (${bron})` : ''}${onbekend ? suggestie(name.toUpperCase(), namen) : ''}\n`,
    );
    return onbekend ? EXIT.INPUT : EXIT.FINDINGS;
  }
  io.out(`${formatValue(outcome.value)}\n`);
  return EXIT.OK;
}
