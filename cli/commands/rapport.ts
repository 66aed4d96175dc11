/**
 * `cofin rapport BEGROTING.xlsx --peildatum YYYY-MM-DD --out FILE.xlsx [--force]`: fills the standard
 * voortgangsrapportage from a begroting with its Realisatie table. Written atomically; an existing file only with
 * --force; never over the input.
 */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { berekenVoortgang, controleerWerkboek, formatDatum, formatEuro, parseIsoDatum, rapportModel } from '../../core';
import { commandArgs } from '../args';
import { EXIT, type Io } from '../io';
import { leesBestand } from '../xlsx/read';
import { BestandBestaatAl, modelNaarBuffer, schrijfAtomair } from '../xlsx/write';
import { plaats } from './check';

const HELP = `Gebruik: cofin rapport BEGROTING.xlsx --peildatum JJJJ-MM-DD --out RAPPORT.xlsx [--force]

Maakt de voortgangsrapportage: per maatregel beoogd en gerealiseerd (deelnemers en kosten), het verwachte deel
bij lineaire voortgang, het risicosignaal bij koers onder de realisatiedrempel, de prognose van de vaststelling
en de uiterste datum van de rapportage. Een bestaand bestand wordt alleen met --force vervangen.
`;

export async function rapport(argv: readonly string[], io: Io): Promise<number> {
  const args = commandArgs('rapport', HELP, argv, ['peildatum', 'out'], ['force'], io);
  if (typeof args === 'number') return args;
  const { positional, options, flags } = args;
  const [bron, ...rest] = positional;
  const peil = options.get('peildatum');
  const out = options.get('out');
  if (bron === undefined || rest.length > 0 || peil === undefined || out === undefined) {
    const wat = bron === undefined ? 'geef één begroting' : rest.length > 0 ? 'geef precies één begroting' : peil === undefined ? '--peildatum ontbreekt' : '--out ontbreekt';
    io.err(`cofin rapport: ${wat}.\n${HELP}`);
    return EXIT.INPUT;
  }
  const peildatum = parseIsoDatum(peil.trim());
  if (!peildatum) {
    io.err(`cofin rapport: --peildatum '${peil}' is geen geldige datum; schrijf JJJJ-MM-DD.\n`);
    return EXIT.INPUT;
  }
  const doel = await realpath(out).catch(() => resolve(out));
  if (doel === (await realpath(bron).catch(() => resolve(bron)))) {
    io.err('cofin rapport: --out is de begroting zelf; cofin overschrijft nooit een invoerbestand.\n');
    return EXIT.INPUT;
  }
  const gelezen = await leesBestand(bron);
  if (!gelezen.ok) {
    io.err(`cofin rapport: ${bron}: niet te lezen: ${gelezen.reden}\n`);
    return EXIT.INPUT;
  }
  const controle = controleerWerkboek(gelezen.werkboek);
  const fouten = controle.findings.filter((f) => f.severity === 'fout');
  if (!controle.begroting || !controle.berekening) {
    io.err(`cofin rapport: ${bron}: de begroting kan niet worden gelezen:\n`);
    for (const f of fouten) io.err(`  ${plaats(f)}  ${f.code}  ${f.message}\n`);
    return EXIT.FINDINGS;
  }
  if (!controle.begroting.realisatie || controle.begroting.realisatie.length === 0) {
    io.err(`cofin rapport: ${bron}: de begroting heeft geen (gevulde) tabel Realisatie; vul per maatregel de gerealiseerde deelnemers en kosten in.\n`);
    return EXIT.FINDINGS;
  }
  const voortgang = berekenVoortgang(controle.begroting, controle.berekening, peildatum, controle.gelezen.locate);
  try {
    await schrijfAtomair(out, await modelNaarBuffer(rapportModel(controle.begroting, voortgang)), flags.has('force'));
  } catch (error) {
    io.err(
      error instanceof BestandBestaatAl
        ? `cofin rapport: ${out} bestaat al; gebruik --force om het te vervangen.\n`
        : `cofin rapport: ${out} kan niet worden geschreven (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n`,
    );
    return EXIT.INPUT;
  }
  const lines = [`${out}: voortgangsrapportage op ${formatDatum(peildatum)} geschreven.`];
  if (voortgang.rapportagedatum) lines.push(`Uiterste datum voortgangsrapportage: ${formatDatum(voortgang.rapportagedatum)}.`);
  if (voortgang.prognoseVaststelling) lines.push(`Prognose vaststelling: ${formatEuro(voortgang.prognoseVaststelling)} (verleend ${formatEuro(voortgang.verleend)}).`);
  for (const f of voortgang.findings) lines.push(`  ${plaats(f)}  ${f.code}  ${f.message}${f.article ? ` (${f.article})` : ''}`);
  if (fouten.length > 0) lines.push(`Let op: de begroting zelf heeft ${fouten.length} ${fouten.length === 1 ? 'fout' : 'fouten'}; 'cofin check ${bron}' toont ze.`);
  io.out(`${lines.join('\n')}\n`);
  return EXIT.OK;
}
