/** `cofin template --regeling ID --out FILE.xlsx [--voorbeeld] [--force]`: the standard begroting, blank or filled. */
import { REGELING_IDS, VOORBEELDEN, findRegeling, templateModel } from '../../core';
import { commandArgs } from '../args';
import { EXIT, type Io } from '../io';
import { BestandBestaatAl, modelNaarBuffer, schrijfAtomair } from '../xlsx/write';

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
    io.err(`cofin template: ${id === undefined ? '--regeling ontbreekt' : out === undefined ? '--out ontbreekt' : `onverwacht argument '${positional[0]}'`}.\n${HELP}`);
    return EXIT.INPUT;
  }
  const regeling = findRegeling(id);
  if (!regeling) {
    io.err(`cofin template: onbekende regeling '${id}'; kies uit ${REGELING_IDS.join(', ')}.\n`);
    return EXIT.INPUT;
  }
  const model = templateModel(regeling.id, flags.has('voorbeeld') ? VOORBEELDEN[regeling.id] : undefined);
  try {
    await schrijfAtomair(out, await modelNaarBuffer(model), flags.has('force'));
  } catch (error) {
    io.err(
      error instanceof BestandBestaatAl
        ? `cofin template: ${out} bestaat al; gebruik --force om het te vervangen.\n`
        : `cofin template: ${out} kan niet worden geschreven (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n`,
    );
    return EXIT.INPUT;
  }
  io.out(`${out}: ${flags.has('voorbeeld') ? 'voorbeeldbegroting' : 'lege standaardbegroting'} ${regeling.id} geschreven.\n`);
  return EXIT.OK;
}
