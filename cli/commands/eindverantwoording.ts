/**
 * `cofin eindverantwoording BEGROTING.xlsx --out FILE.xlsx [--force]`: fills the annex of the einddeclaratie
 * ("gerealiseerd aantal toepassingen en gerealiseerde subsidiabele kosten per maatregel") from a begroting with its
 * Realisatie table, with the vaststelling per maatregel and the last day to submit. Written atomically; an existing
 * file only with --force; never over the input. The use case is core's `maakEindverantwoording`; this command
 * reads, writes and prints.
 */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { alsZinsdeel, datumFromParts, ernstAantal, maakEindverantwoording } from '../../core';
import { version } from '../../package.json';
import { commandArgs, type Opdracht } from '../args';
import { EXIT, type Io } from '../io';
import { leesBestand } from '../xlsx/read';
import { eindverantwoordingNaarBuffer } from '../xlsx/eind';
import { bevindingRegel, lezingRegels, schrijfUitvoer, toonTekst } from './shared';

const EINDVERANTWOORDING: Opdracht = {
  naam: 'eindverantwoording',
  gebruik: 'cofin eindverantwoording BEGROTING.xlsx --out EINDDECLARATIE.xlsx [--force]',
  omschrijving: `Vult de bijlage bij de einddeclaratie: per maatregel het gerealiseerde aantal toepassingen (deelnemers) en de
gerealiseerde subsidiabele kosten, uit de tabellen Maatregelen, Kostenposten en Realisatie van de begroting.
Berekent de vaststelling per maatregel volgens de regeling (bij de sectorplannen in beide lezingen van de
realisatiedrempel, per maatregel en naar rato per plan) en geeft de uiterste datum van de einddeclaratie.
Een bestaand bestand wordt alleen met --force vervangen.`,
  opties: [
    { naam: 'out', waarde: 'EINDDECLARATIE.xlsx', uitleg: 'waar de bijlage komt' },
    { naam: 'force', uitleg: 'vervangt een bestaand bestand' },
  ],
  voorbeelden: ['cofin eindverantwoording begroting.xlsx --out einddeclaratie.xlsx'],
};

export async function eindverantwoording(argv: readonly string[], io: Io): Promise<number> {
  const args = commandArgs(EINDVERANTWOORDING, argv, io);
  if (typeof args === 'number') return args;
  const { positional, options, flags } = args;
  const [bron, ...rest] = positional;
  const out = options.get('out');
  if (bron === undefined || rest.length > 0 || out === undefined) {
    const wat =
      bron === undefined ? 'geef één begroting' : rest.length > 0 ? 'geef precies één begroting' : '--out ontbreekt';
    io.err(`cofin eindverantwoording: ${wat}.\n'cofin eindverantwoording --help' toont de opties.\n`);
    return EXIT.INPUT;
  }
  const doel = await realpath(out).catch(() => resolve(out));
  if (doel === (await realpath(bron).catch(() => resolve(bron)))) {
    io.err('cofin eindverantwoording: --out is de begroting zelf; cofin overschrijft nooit een invoerbestand.\n');
    return EXIT.INPUT;
  }
  const gelezen = await leesBestand(bron);
  if (!gelezen.ok) {
    io.err(`cofin eindverantwoording: ${toonTekst(bron)}: niet te lezen: ${toonTekst(gelezen.reden)}\n`);
    return EXIT.INPUT;
  }
  const nu = new Date();
  const geschreven = datumFromParts(nu.getFullYear(), nu.getMonth() + 1, nu.getDate());
  const r = maakEindverantwoording(gelezen.werkboek, { cofinVersie: version, geschreven });
  if (!r.ok) {
    io.err(`cofin eindverantwoording: ${toonTekst(bron)}: ${toonTekst(alsZinsdeel(r.weigering.message))}\n`);
    for (const f of r.fouten) io.err(`  ${bevindingRegel(f)}\n`);
    return EXIT.FINDINGS;
  }
  const data = await eindverantwoordingNaarBuffer(r.model);
  if (!(await schrijfUitvoer('eindverantwoording', out, data, flags.has('force'), io))) return EXIT.INPUT;
  const lines = [
    `${toonTekst(out)}: einddeclaratie geschreven.`,
    toonTekst(r.zinnen.termijn),
    toonTekst(r.zinnen.vaststelling),
  ];
  for (const f of r.eind.findings) lines.push(`  ${bevindingRegel(f)}`, ...lezingRegels(f, '      '));
  if (r.fouten.length > 0)
    lines.push(
      `Let op: de begroting zelf heeft ${ernstAantal(r.fouten.length, 'fout')}; 'cofin check ${toonTekst(bron)}' toont ze.`,
    );
  io.out(`${lines.join('\n')}\n`);
  return EXIT.OK;
}
