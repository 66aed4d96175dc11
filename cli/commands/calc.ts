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
import { EXIT, type Io } from '../io';

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

export function calc(args: readonly string[], io: Io): number {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out('Gebruik: cofin calc FUNCTIE ARGUMENT...   (cofin calc --list toont de functies)\n');
    return name === undefined ? EXIT.INPUT : EXIT.OK;
  }
  if (name === '--list') {
    io.out(listFunctions());
    return EXIT.OK;
  }
  const outcome = callFunction(name, rest);
  if (!outcome.ok) {
    const bron = getoondeBron(outcome.finding.article);
    io.err(`cofin calc ${name.toUpperCase()}: ${outcome.finding.message}${bron !== undefined ? ` (${bron})` : ''}\n`);
    return outcome.finding.code === 'functie-onbekend' ? EXIT.INPUT : EXIT.FINDINGS;
  }
  io.out(`${formatValue(outcome.value)}\n`);
  return EXIT.OK;
}
