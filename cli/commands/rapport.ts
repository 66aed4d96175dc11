/**
 * `cofin rapport BEGROTING.xlsx --peildatum DATUM --out FILE.xlsx [--force]`: fills the standard
 * voortgangsrapportage from a begroting with its Realisatie table. Written atomically; an existing file only with
 * --force; never over the input. The use case is core's `maakVoortgangsrapportage`; this command reads, writes
 * and prints.
 */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { alsZinsdeel, datumFromParts, ernstAantal, formatDatum, maakVoortgangsrapportage } from '../../core';
import { version } from '../../package.json';
import { commandArgs, type Opdracht } from '../args';
import { EXIT, type Io } from '../io';
import { leesBestand } from '../xlsx/read';
import { modelNaarBuffer } from '../xlsx/write';
import { bevindingRegel, lezingRegels, schrijfUitvoer, toonTekst } from './shared';

const RAPPORT: Opdracht = {
  naam: 'rapport',
  gebruik: 'cofin rapport BEGROTING.xlsx --peildatum DATUM --out RAPPORT.xlsx [--force]',
  omschrijving: `Maakt de voortgangsrapportage: per maatregel beoogd en gerealiseerd (deelnemers en kosten), het verwachte deel
bij lineaire voortgang, het risicosignaal bij koers onder de realisatiedrempel, de prognose van de vaststelling
en de uiterste datum van de rapportage. De peildatum schrijft u als JJJJ-MM-DD of DD-MM-JJJJ (zoals bij
cofin calc). Een bestaand bestand wordt alleen met --force vervangen.`,
  opties: [
    { naam: 'peildatum', waarde: 'DATUM', uitleg: 'de datum waarop de realisatie wordt gemeten' },
    { naam: 'out', waarde: 'RAPPORT.xlsx', uitleg: 'waar de rapportage komt' },
    { naam: 'force', uitleg: 'vervangt een bestaand bestand' },
  ],
  voorbeelden: ['cofin rapport begroting.xlsx --peildatum 2018-01-31 --out rapportage.xlsx'],
};

export async function rapport(argv: readonly string[], io: Io): Promise<number> {
  const args = commandArgs(RAPPORT, argv, io);
  if (typeof args === 'number') return args;
  const { positional, options, flags } = args;
  const [bron, ...rest] = positional;
  const peil = options.get('peildatum');
  const out = options.get('out');
  if (bron === undefined || rest.length > 0 || peil === undefined || out === undefined) {
    const wat =
      bron === undefined
        ? 'geef één begroting'
        : rest.length > 0
          ? 'geef precies één begroting'
          : peil === undefined
            ? '--peildatum ontbreekt'
            : '--out ontbreekt';
    io.err(`cofin rapport: ${wat}.\n'cofin rapport --help' toont de opties.\n`);
    return EXIT.INPUT;
  }
  const doel = await realpath(out).catch(() => resolve(out));
  if (doel === (await realpath(bron).catch(() => resolve(bron)))) {
    io.err('cofin rapport: --out is de begroting zelf; cofin overschrijft nooit een invoerbestand.\n');
    return EXIT.INPUT;
  }
  const gelezen = await leesBestand(bron);
  if (!gelezen.ok) {
    io.err(`cofin rapport: ${toonTekst(bron)}: niet te lezen: ${toonTekst(gelezen.reden)}\n`);
    return EXIT.INPUT;
  }
  const nu = new Date();
  const geschreven = datumFromParts(nu.getFullYear(), nu.getMonth() + 1, nu.getDate());
  const r = maakVoortgangsrapportage(gelezen.werkboek, peil, { cofinVersie: version, geschreven });
  if (!r.ok) {
    const code = r.weigering.code;
    if (code === 'peildatum-ongeldig' || code === 'peildatum-ontbreekt') {
      io.err(`cofin rapport: ${toonTekst(alsZinsdeel(r.weigering.message))}\n`);
      return EXIT.INPUT;
    }
    io.err(`cofin rapport: ${toonTekst(bron)}: ${toonTekst(alsZinsdeel(r.weigering.message))}\n`);
    for (const f of r.fouten) io.err(`  ${bevindingRegel(f)}\n`);
    return EXIT.FINDINGS;
  }
  if (!(await schrijfUitvoer('rapport', out, await modelNaarBuffer(r.model), flags.has('force'), io)))
    return EXIT.INPUT;
  const lines = [`${toonTekst(out)}: voortgangsrapportage op ${formatDatum(r.peildatum)} geschreven.`];
  if (r.zinnen.rapportagedatum) lines.push(toonTekst(r.zinnen.rapportagedatum));
  if (r.zinnen.prognose) lines.push(toonTekst(r.zinnen.prognose));
  for (const f of r.voortgang.findings) lines.push(`  ${bevindingRegel(f)}`, ...lezingRegels(f, '      '));
  if (r.fouten.length > 0)
    lines.push(
      `Let op: de begroting zelf heeft ${ernstAantal(r.fouten.length, 'fout')}; 'cofin check ${toonTekst(bron)}' toont ze.`,
    );
  io.out(`${lines.join('\n')}\n`);
  return EXIT.OK;
}
