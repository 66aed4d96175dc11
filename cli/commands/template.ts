/** `cofin template --regeling ID --out FILE.xlsx [--voorbeeld] [--force]`: the standard begroting, blank or filled. */
import { REGELING_IDS, findRegeling, standaardbegroting } from '../../core';
import { commandArgs } from '../args';
import { EXIT, type Io } from '../io';
import { modelNaarBuffer } from '../xlsx/write';
import { schrijfUitvoer } from './shared';

const HELP = `Gebruik: cofin template --regeling ID --out BESTAND.xlsx [--voorbeeld] [--force]

Schrijft de standaardbegroting van een regeling als Excel-werkmap: tabellen met keuzelijsten, euro- en
datumnotatie en een blad met uitleg. --voorbeeld vult een geldig voorbeeld in. Een bestaand bestand wordt
alleen met --force vervangen.

Regelingen: ${REGELING_IDS.join(', ')}
`;

export async function template(argv: readonly string[], io: Io): Promise<number> {
  const args = commandArgs('template', HELP, argv, ['regeling', 'out'], ['voorbeeld', 'force'], io);
  if (typeof args === 'number') return args;
  const { options, flags, positional } = args;
  const id = options.get('regeling');
  const out = options.get('out');
  if (id === undefined || out === undefined || positional.length > 0) {
    io.err(
      `cofin template: ${id === undefined ? '--regeling ontbreekt' : out === undefined ? '--out ontbreekt' : `onverwacht argument '${positional[0]}'`}.\n${HELP}`,
    );
    return EXIT.INPUT;
  }
  const regeling = findRegeling(id);
  if (!regeling) {
    io.err(`cofin template: onbekende regeling '${id}'; kies uit ${REGELING_IDS.join(', ')}.\n`);
    return EXIT.INPUT;
  }
  const begroting = standaardbegroting(regeling.id, flags.has('voorbeeld'));
  if (!(await schrijfUitvoer('template', out, await modelNaarBuffer(begroting.model), flags.has('force'), io)))
    return EXIT.INPUT;
  io.out(`${out}: ${begroting.omschrijving} ${regeling.id} geschreven.\n`);
  return EXIT.OK;
}
