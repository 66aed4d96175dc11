/**
 * h/portfolio (issue 12): `cofin check --overzicht`, the overview across plans as text and as the `portefeuille`
 * block of the JSON output. The figures come from core's `portefeuilleOverzicht`; this module only lays them out.
 */
import {
  REGELINGEN,
  aantal,
  formatEuro,
  formatProcent,
  fractieText,
  getoondeBron,
  portefeuilleOverzicht,
  type Bedrag,
  type JongerenAandeel,
  type PlafondRegel,
  type Portefeuille,
  type PortefeuilleInvoer,
} from '../../core';
import type { BestandResultaat } from '../xlsx/controle';

/** Money in files: an exact decimal string with two places ('86232.00'), never a formatted euro text. */
const geld = (x: Bedrag): string => x.toFixed(2);

export function overzichtVan(results: readonly BestandResultaat[]): Portefeuille {
  const invoer: PortefeuilleInvoer[] = results.map((r) =>
    !r.gelezen ? { oordeel: 'onleesbaar' } : r.post ? { oordeel: r.oordeel, post: r.post } : { oordeel: r.oordeel },
  );
  return portefeuilleOverzicht(invoer);
}

function regelNaam(r: PlafondRegel): string {
  const tijdvak = r.tijdvak !== undefined ? `tijdvak ${r.tijdvak}` : 'tijdvak onbekend';
  return `${REGELINGEN[r.regeling].citeertitel}, ${tijdvak}${r.deel !== undefined ? `, ${r.deel}-projecten` : ''}`;
}

function ruimte(x: Bedrag, wat: string): string {
  return x.isNegative()
    ? `${formatEuro(x).replace('-', '')} boven het plafond (${wat})`
    : `${formatEuro(x)} onder het plafond (${wat})`;
}

function plafondRegels(r: PlafondRegel): string[] {
  const verleend =
    r.plannenMetVerleend > 0
      ? `, verleend ${formatEuro(r.verleend)} (${aantal(r.plannenMetVerleend, 'plan', 'plannen')})`
      : '';
  const lines = [
    `  ${regelNaam(r)}: ${aantal(r.plannen, 'plan', 'plannen')}; gevraagd ${formatEuro(r.gevraagd)}${verleend}`,
  ];
  if (r.plafond) {
    const eerder = r.plafond.eerder.map((e) => `eerder ${formatEuro(e.bedrag)}`).join(', ');
    lines.push(
      `    plafond ${formatEuro(r.plafond.bedrag)}${eerder !== '' ? ` (${eerder})` : ''} (${getoondeBron(r.plafond.bron) ?? r.plafond.bron})`,
    );
    const stand: string[] = [];
    if (r.ruimteGevraagd) stand.push(ruimte(r.ruimteGevraagd, 'gevraagd'));
    if (r.ruimteVerleend && r.plannenMetVerleend > 0) stand.push(ruimte(r.ruimteVerleend, 'verleend'));
    lines.push(`    ${stand.join('; ')}`);
  } else
    lines.push(
      r.tijdvak === undefined
        ? `    geen plafond: het tijdvak is onbekend (vul ${r.regeling === 'dwsra-2016' ? 'Tijdvak of ' : ''}Aanvraagdatum in op het blad Plan)`
        : '    geen plafond bekend voor dit tijdvak',
    );
  return lines;
}

const STATUS_TEKST: Readonly<Record<JongerenAandeel['status'], string>> = {
  gehaald: 'doel gehaald',
  'niet-gehaald': 'doel niet gehaald',
  onvolledig: 'doel nog niet gehaald; het geld van maatregelen zonder doelgroep kan het verschil maken',
};

function jongerenRegels(j: JongerenAandeel): string[] {
  const aandeel = j.aandeel !== undefined ? ` = ${formatProcent(j.aandeel)}` : '';
  return [
    'Aandeel voor jongeren (alle sectorplannen samen; een doel voor het geheel, geen eis aan één plan):',
    `  ${formatEuro(j.jongeren)} van ${formatEuro(j.totaal)}${aandeel}; ten minste een derde is ${formatEuro(j.doelBedrag)}: ${STATUS_TEKST[j.status]}`,
    `  ${aantal(j.maatregelenMetDoelgroep, 'maatregel', 'maatregelen')} van ${j.maatregelen} met een doelgroep, in ${aantal(j.plannen, 'plan', 'plannen')}; ${formatEuro(j.zonderDoelgroep)} zonder doelgroep`,
    `  (${j.parameter.bron})`,
    ...(j.parameter.lezing !== undefined ? [`  Lezing: ${j.parameter.lezing}`] : []),
  ];
}

export function overzichtTekst(p: Portefeuille): string {
  const lines = [
    '',
    'Overzicht over de plannen',
    `  ${aantal(p.bestanden, 'bestand', 'bestanden')}: ${p.perOordeel.voldoet} voldoet, ${p.perOordeel['voldoet-niet']} voldoet niet, ${p.perOordeel.onleesbaar} niet te lezen`,
    '',
    'Subsidie per regeling en tijdvak, tegen het subsidieplafond (voor alle aanvragen samen):',
    ...(p.regels.length === 0 ? ['  geen begroting gelezen'] : p.regels.flatMap(plafondRegels)),
  ];
  if (p.jongeren) lines.push('', ...jongerenRegels(p.jongeren));
  return `${lines.join('\n')}\n`;
}

export function overzichtJson(p: Portefeuille) {
  return {
    bestanden: p.bestanden,
    perOordeel: p.perOordeel,
    plafonds: p.regels.map((r) => ({
      regeling: r.regeling,
      tijdvak: r.tijdvak ?? null,
      deel: r.deel ?? null,
      plannen: r.plannen,
      gevraagd: geld(r.gevraagd),
      verleend: geld(r.verleend),
      plannenMetVerleend: r.plannenMetVerleend,
      plafond: r.plafond
        ? {
            bedrag: geld(r.plafond.bedrag),
            omschrijving: r.plafond.omschrijving,
            bron: r.plafond.bron,
            zekerheid: r.plafond.zekerheid,
            lezing: r.plafond.lezing ?? null,
            geldigVanaf: r.plafond.geldigVanaf ?? null,
            eerder: r.plafond.eerder.map((e) => ({ bedrag: geld(e.bedrag), omschrijving: e.omschrijving })),
          }
        : null,
      ruimteGevraagd: r.ruimteGevraagd ? geld(r.ruimteGevraagd) : null,
      ruimteVerleend: r.ruimteVerleend ? geld(r.ruimteVerleend) : null,
    })),
    jongeren: p.jongeren
      ? {
          plannen: p.jongeren.plannen,
          totaal: geld(p.jongeren.totaal),
          jongeren: geld(p.jongeren.jongeren),
          zonderDoelgroep: geld(p.jongeren.zonderDoelgroep),
          // Rounded down, as the text's percentage: never more than the plans give.
          aandeel: p.jongeren.aandeel ? fractieText(p.jongeren.aandeel, 6, 'omlaag') : null,
          doel: p.jongeren.parameter.waarde,
          doelBedrag: geld(p.jongeren.doelBedrag),
          status: p.jongeren.status,
          maatregelen: p.jongeren.maatregelen,
          maatregelenMetDoelgroep: p.jongeren.maatregelenMetDoelgroep,
          bron: p.jongeren.parameter.bron,
          zekerheid: p.jongeren.parameter.zekerheid,
          lezing: p.jongeren.parameter.lezing ?? null,
        }
      : null,
  };
}
