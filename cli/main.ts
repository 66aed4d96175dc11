/** The `cofin` command: subcommands for reviewers and scripts. */
import { calc } from './commands/calc';
import { check } from './commands/check';
import { eindverantwoording } from './commands/eindverantwoording';
import { rapport } from './commands/rapport';
import { template } from './commands/template';
import { EXIT, processIo, type Io } from './io';

export interface Command {
  readonly name: string;
  readonly summary: string;
  run(args: readonly string[], io: Io): number | Promise<number>;
}

export const COMMANDS: Command[] = [
  { name: 'calc', summary: 'Rekent één functie uit: cofin calc MAX 1245313 dwsra-2016', run: calc },
  { name: 'check', summary: 'Controleert begrotingen (.xlsx, ook mappen): cofin check begrotingen/', run: check },
  {
    name: 'template',
    summary: 'Schrijft de standaardbegroting: cofin template --regeling dwsra-2016 --out begroting.xlsx',
    run: template,
  },
  {
    name: 'rapport',
    summary: 'Maakt de voortgangsrapportage: cofin rapport begroting.xlsx --peildatum 2018-01-31 --out rapport.xlsx',
    run: rapport,
  },
  {
    name: 'eindverantwoording',
    summary: 'Vult de bijlage bij de einddeclaratie: cofin eindverantwoording begroting.xlsx --out einddeclaratie.xlsx',
    run: eindverantwoording,
  },
];

export function help(): string {
  const breedte = Math.max(...COMMANDS.map((c) => c.name.length)) + 1;
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(breedte)} ${c.summary}`);
  return [
    'cofin: cofinanciering SZW (sectorplannen 2013, sectorplannen 2015, DWSRA 2016)',
    '',
    'Gebruik: cofin OPDRACHT [ARGUMENTEN]',
    '',
    'Opdrachten:',
    ...lines,
    '',
    'Regelingen: sectorplannen-2013, sectorplannen-2015, dwsra-2016',
    "'cofin OPDRACHT --help' geeft de opties van een opdracht.",
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT.INPUT : EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`cofin: onbekende opdracht '${name}'. 'cofin --help' toont de opdrachten.\n`);
    return EXIT.INPUT;
  }
  return command.run(rest, io);
}
