/** `cofin template --regeling ID --out FILE.xlsx [--voorbeeld] [--force]`: the standard begroting, blank or filled. */
import { REGELING_IDS, findRegeling, standaardbegroting } from '../../core';
import { commandArgs, type Opdracht } from '../args';
import { EXIT, type Io } from '../io';
import { modelNaarBuffer } from '../xlsx/write';
import { schrijfUitvoer, toonTekst } from './shared';

const TEMPLATE: Opdracht = {
  naam: 'template',
  gebruik: 'cofin template --regeling ID --out BESTAND.xlsx [--voorbeeld] [--force]',
  omschrijving: `Schrijft de standaardbegroting van een regeling als Excel-werkmap: tabellen met keuzelijsten, euro- en
datumnotatie en een blad met uitleg. --voorbeeld vult een geldig voorbeeld in. Een bestaand bestand wordt
alleen met --force vervangen.`,
  opties: [
    { naam: 'regeling', waarde: 'ID', uitleg: `de regeling: ${REGELING_IDS.join(', ')}` },
    { naam: 'out', waarde: 'BESTAND.xlsx', uitleg: 'waar de werkmap komt' },
    { naam: 'voorbeeld', uitleg: 'vult een geldig voorbeeld in' },
    { naam: 'force', uitleg: 'vervangt een bestaand bestand' },
  ],
  voorbeelden: [
    'cofin template --regeling dwsra-2016 --out begroting.xlsx',
    'cofin template --regeling sectorplannen-2015 --voorbeeld --out voorbeeld.xlsx',
  ],
  naschrift: `Regelingen: ${REGELING_IDS.join(', ')}`,
};

export async function template(argv: readonly string[], io: Io): Promise<number> {
  const args = commandArgs(TEMPLATE, argv, io);
  if (typeof args === 'number') return args;
  const { options, flags, positional } = args;
  const id = options.get('regeling');
  const out = options.get('out');
  if (id === undefined || out === undefined || positional.length > 0) {
    io.err(
      `cofin template: ${id === undefined ? '--regeling ontbreekt' : out === undefined ? '--out ontbreekt' : `onverwacht argument '${toonTekst(positional[0] ?? '')}'`}.\n'cofin template --help' toont de opties.\n`,
    );
    return EXIT.INPUT;
  }
  const regeling = findRegeling(id);
  if (!regeling) {
    io.err(`cofin template: onbekende regeling '${toonTekst(id)}'; kies uit ${REGELING_IDS.join(', ')}.\n`);
    return EXIT.INPUT;
  }
  const begroting = standaardbegroting(regeling.id, flags.has('voorbeeld'));
  if (!(await schrijfUitvoer('template', out, await modelNaarBuffer(begroting.model), flags.has('force'), io)))
    return EXIT.INPUT;
  io.out(`${toonTekst(out)}: ${begroting.omschrijving} ${regeling.id} geschreven.\n`);
  return EXIT.OK;
}
