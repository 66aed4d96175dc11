/**
 * Writes docs/regelingen.md from the regelingen and the function registry, so the documentation cannot drift from
 * the code. `npm run docs` writes it; test/core/docs.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  FUNCTIONS,
  REGELINGEN,
  REGELING_IDS,
  SCHOLINGSVOUCHER_NAAM,
  WML_PARAMETER,
  WML_PERIODES,
  argumenten,
  scholingsvoucherParams,
  type Parameter,
} from '../core';

const ZEKERHEID: Record<Parameter['zekerheid'], string> = {
  zeker: 'zeker',
  waarschijnlijk: 'waarschijnlijk',
  onzeker: '**onzeker**',
};
const cell = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderDocs(): string {
  const out: string[] = [
    '# Regelingen en functies',
    '',
    '<!-- Gegenereerd door `npm run docs` uit core/; niet met de hand bewerken. -->',
    '',
    'Elke parameter staat in `core/regelingen/<id>/params.ts` met zijn bron en zekerheid (zeker / waarschijnlijk /',
    'onzeker, zoals het regelboek ze labelt). Waar het regelboek onzeker is of zwijgt, staat de gekozen lezing erbij:',
    'de lezing die een zorgvuldige beoordelaar bij de uitvoerder zou kiezen.',
    '',
    'Een bevinding draagt de zekerheid van de parameter of regel waarop zij rust, en bij een regel die niet zeker is',
    'de gekozen lezing (`cofin check` toont beide; json en csv in de velden `zekerheid` en `lezing`). Een bevinding op',
    'een **onzekere** regel is altijd een waarschuwing of info, nooit een fout, ook waar de catalogus voor die code',
    '"fout" noemt: het oordeel "voldoet niet" rust alleen op zekere en waarschijnlijke regels. De samenvatting telt',
    'hoeveel bevindingen op een onzekere lezing rusten. Bevindingen over het werkboekformaat zelf (een ontbrekende',
    'tabel, een cel die geen bedrag is) zijn zeker.',
    '',
  ];
  for (const id of REGELING_IDS) {
    const r = REGELINGEN[id];
    out.push(
      `## \`${id}\`: ${r.naam}`,
      '',
      `${r.citeertitel}, ${r.vindplaats}; parameters volgens de tekst van ${r.versie}.`,
      '',
    );
    out.push(
      '| parameter | waarde | geldig | omschrijving | bron | zekerheid | gekozen lezing |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const [name, p] of Object.entries(r.parameters))
      out.push(
        `| \`${name}\` | ${cell(p.waarde)} | ${p.geldigVanaf || p.geldigTot ? `${p.geldigVanaf ?? ''} t/m ${p.geldigTot ?? ''}` : ''} | ${cell(p.omschrijving)} | ${cell(p.bron)} | ${ZEKERHEID[p.zekerheid]} | ${cell(p.lezing ?? '')} |`,
      );
    out.push(
      '',
      `Toegestane soorten maatregel: ${r.soorten.map((s) => `\`${s.waarde}\` (${s.label})`).join('; ')}.`,
      '',
    );
    out.push(
      `Hoofdaanvrager: ${r.aanvragers.soorten.map((s) => `\`${s}\``).join(', ')} (bron: ${r.aanvragers.bron}; zekerheid: ${ZEKERHEID[r.aanvragers.zekerheid]}${r.aanvragers.lezing !== undefined ? `; gekozen lezing: ${r.aanvragers.lezing}` : ''}).`,
      '',
    );
  }
  out.push(
    '## Wettelijk minimumloon (voor de BBL-grens)',
    '',
    `${WML_PARAMETER.omschrijving}. Bron: ${WML_PARAMETER.bron}; zekerheid: ${WML_PARAMETER.zekerheid}. ${WML_PARAMETER.lezing ?? ''}`,
    '',
  );
  out.push('| vanaf | maandbedrag volwassene | bron |', '| --- | --- | --- |');
  for (const p of WML_PERIODES) out.push(`| ${p.vanaf} | ${p.maandbedrag} | ${cell(p.bron)} |`);
  out.push(
    '',
    `## ${SCHOLINGSVOUCHER_NAAM} en brug-WW`,
    '',
    'Geen cofinancieringsregeling van cofin zelf: een begroting kan regels van kostensoort `scholingsvoucher` hebben',
    '(kolommen Personen en Baangarantie maanden), en `COFIN.SCHOLINGSVOUCHER` geeft het maximum voor één persoon.',
    'De tekst van de regeling in de Staatscourant is niet gelezen; de bron is de Kamerbrief en de pagina van UWV.',
    '',
    '| parameter | waarde | geldig | omschrijving | bron | zekerheid | gekozen lezing |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const [name, p] of Object.entries(
    scholingsvoucherParams as Readonly<Record<string, Parameter<string | number>>>,
  ))
    out.push(
      `| \`${name}\` | ${cell(p.waarde)} | ${p.geldigVanaf || p.geldigTot ? `${p.geldigVanaf ?? ''} t/m ${p.geldigTot ?? ''}` : ''} | ${cell(p.omschrijving)} | ${cell(p.bron)} | ${ZEKERHEID[p.zekerheid]} | ${cell(p.lezing ?? '')} |`,
    );
  out.push(
    '',
    '**Brug-WW: geen functie.** De gelezen bronnen geven alleen voorwaarden in uren en maanden, geen bedrag:',
    'een deeltijdcontract bij een nieuwe werkgever plus (gedeeltelijke) WW voor de scholingsuren, met behoud van de',
    'voorwaarden voor hoogte en duur van de WW (Kamerbrief medio 2016); buiten de sectorplannen (vanaf 1-4-2016) een',
    'contract van ten minste 8 uur per week bij de start en na de scholing een contract van ten minste 6 maanden met de',
    'gewerkte uren plus de scholingsuren (rendement.nl 1-4-2016, secundair); in de sectorplannen 2015 een baangarantie',
    'van ten minste een jaar (Regeling cofinanciering sectorplannen 2015, art. 1.1 "baangarantie"). De WW over de scholingsuren hangt af van de eigen WW-rechten',
    'van de deelnemer (dagloon, duur), die een begroting niet bevat en die de bronnen niet als getal geven; het budget',
    'van EUR 10 mln is een plafond voor het hele land. cofin rekent daarom geen bedrag voor brug-WW uit.',
  );
  out.push('', '## Functies (`=COFIN.NAAM(...)`, `cofin calc NAAM ...`)', '');
  out.push(
    '| functie | Nederlandse naam | argumenten | uitkomst | omschrijving | voorbeeld |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const f of FUNCTIONS) {
    const ex = f.examples[0];
    const example = ex ? `\`${f.name}(${ex.args.join('; ')})\` = ${ex.result}` : '';
    out.push(
      `| \`${f.name}\` | \`${f.nlName}\` | ${argumenten(f, '; ')} | ${cell(f.resultDescription)} | ${cell(f.description)} | ${example} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

if (require.main === module) {
  const target = resolve(__dirname, '../../docs/regelingen.md');
  writeFileSync(target, renderDocs());
  process.stdout.write(`geschreven: ${target}\n`);
}
