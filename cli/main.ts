/** The `cofin` command: subcommands for reviewers and scripts. */
import { calc } from './commands/calc';
import { check } from './commands/check';
import { eindverantwoording } from './commands/eindverantwoording';
import { rapport } from './commands/rapport';
import { template } from './commands/template';
import { version } from '../package.json';
import { suggestie } from './args';
import { EXIT, processIo, type Io } from './io';
import { toonTekst } from './toon';

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
    `cofin ${version}: cofinanciering SZW (sectorplannen 2013, sectorplannen 2015, DWSRA 2016)`,
    '',
    'Gebruik: cofin OPDRACHT [ARGUMENTEN]',
    '',
    'Opdrachten:',
    ...lines,
    '',
    'Opties:',
    '  -h, --help     toont deze hulptekst',
    '  -v, --version  toont de versie',
    '',
    'Regelingen: sectorplannen-2013, sectorplannen-2015, dwsra-2016',
    "'cofin OPDRACHT --help' geeft de opties en een voorbeeld van een opdracht.",
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(help());
    return name === undefined ? EXIT.INPUT : EXIT.OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(`cofin ${version}\n`);
    return EXIT.OK;
  }
  const namen = COMMANDS.map((c) => c.name);
  if (name === 'help') {
    const [onderwerp] = rest;
    if (onderwerp === undefined) {
      io.out(help());
      return EXIT.OK;
    }
    return main([onderwerp, '--help'], io);
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const wat = name.startsWith('-') ? 'optie' : 'opdracht';
    const kandidaten = name.startsWith('-') ? ['--help', '--version'] : namen;
    io.err(
      `cofin: onbekende ${wat} '${toonTekst(name)}'.${suggestie(name, kandidaten)} 'cofin --help' toont de opdrachten.\n`,
    );
    return EXIT.INPUT;
  }
  return command.run(rest, io);
}
