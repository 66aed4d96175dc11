/**
 * The task pane's heavy half, loaded on demand: `acties.ts` imports this module with `import()`, so reading a
 * workbook as a begroting (zod and core's workbook mapping), the standard begroting, the reports and recomputing a
 * formula stay out of the pane's first chunk. Pure functions of what the gateway read; no Office and no React here.
 */
import {
  KERNBEDRAGEN,
  KERNBEDRAG_LABELS,
  REGELINGEN,
  address,
  alsZin,
  bedrag,
  controleerWerkboek,
  ernstTelling,
  formatDatum,
  formatEuro,
  formatProcent,
  kerncijfers,
  onzekerTelling,
  rekenFormuleNa,
  voortgangsgrafiek as grafiekVanModel,
  type Cel,
  type Finding,
  type FunctionSpec,
  type Oordeel,
  type Werkboek,
  type WerkboekModel,
} from '../../core';
import type { ChartSpec } from '../office/gateway';
import { EXCEL_FOUT, celNaam } from './cel';
import type { Controle, FormuleUitleg, Kengetal, Uitkomst, Werkmapstand } from './acties';

export { EIND_BLADEN, maakEindverantwoording, maakVoortgangsrapportage, standaardbegroting } from '../../core';

function standVan(r: ReturnType<typeof controleerWerkboek>): Werkmapstand {
  const regeling = r.regeling ?? r.gelezen.regeling;
  const start = r.begroting?.plan.startdatum;
  const rd = regeling && start ? REGELINGEN[regeling].regels.rapportagedatum(start) : undefined;
  return {
    leeg: r.gelezen.tabellen.length === 0,
    ...(regeling ? { regeling } : {}),
    ...(rd?.ok ? { rapportagedatum: rd.value } : {}),
  };
}

function controleUitkomst(oordeel: Oordeel, leeg: boolean, findings: readonly Finding[]): Uitkomst {
  if (leeg)
    return {
      intent: 'info',
      tekst:
        'Deze werkmap bevat nog geen begroting. Voeg de lege begroting of het voorbeeld in, vul hem in en controleer dan.',
    };
  const onzeker = onzekerTelling(findings);
  const telling = `${ernstTelling(findings, ['fout', 'waarschuwing'])}${onzeker !== '' ? `; ${onzeker}` : ''}`;
  if (oordeel !== 'voldoet') return { intent: 'error', tekst: `Controle klaar: voldoet niet; ${telling}.` };
  const waarschuwingen = findings.some((f) => f.severity === 'waarschuwing');
  return { intent: waarschuwingen ? 'warning' : 'success', tekst: `Controle klaar: voldoet; ${telling}.` };
}

/** What the pane shows beside its controls: the Plan sheet's regeling and the plan's report due date. */
export function leesStand(werkboek: Werkboek): Werkmapstand {
  return standVan(controleerWerkboek(werkboek));
}

/** "Controleer begroting" over the workbook read. */
export function controle(werkboek: Werkboek): Controle {
  const r = controleerWerkboek(werkboek);
  const stand = standVan(r);
  // The same key figures as `cofin check` shows, from core's one computation.
  const b = kerncijfers(r).bedragen;
  const kengetallen: Kengetal[] = b
    ? KERNBEDRAGEN.map((naam) => {
        const label = KERNBEDRAG_LABELS[naam];
        return { label: label.charAt(0).toUpperCase() + label.slice(1), waarde: formatEuro(bedrag(b[naam])) };
      })
    : [];
  // An empty workbook: every finding is a missing table, which the way forward already says.
  return {
    oordeel: r.oordeel,
    ...(stand.regeling ? { regeling: stand.regeling } : {}),
    leeg: stand.leeg,
    stand,
    uitkomst: controleUitkomst(r.oordeel, stand.leeg, r.findings),
    kengetallen,
    findings: stand.leeg ? [] : r.findings,
  };
}

function argumentTekst(functie: FunctionSpec, pad: string): string | undefined {
  const p = functie.params.find((x) => x.name === pad);
  return p ? `${p.name}: ${p.description}` : undefined;
}

/** "Waarom deze fout?" for a cell holding a COFIN formula. */
export function uitleg(cel: Cel, werkboek: Werkboek): FormuleUitleg {
  const naam = celNaam(cel.sheet, cel.address);
  if (cel.formula === undefined) return { soort: 'geen-cofin', cel: naam };
  const u = rekenFormuleNa(cel.formula, cel.sheet, werkboek);
  switch (u.soort) {
    case 'geen-cofin':
      return { soort: 'geen-cofin', cel: naam };
    case 'niet-na-te-rekenen':
      return { soort: 'niet-na-te-rekenen', cel: naam, formule: u.formule, reden: u.reden };
    case 'waarde': {
      const w = u.waarde;
      const waarde =
        w.kind === 'bedrag' ? formatEuro(w.value) : w.kind === 'datum' ? formatDatum(w.value) : formatProcent(w.value);
      const excelFout =
        typeof cel.value === 'string' && EXCEL_FOUT.test(cel.value.trim()) ? cel.value.trim() : undefined;
      return { soort: 'waarde', cel: naam, formule: u.formule, waarde, ...(excelFout ? { excelFout } : {}) };
    }
    case 'weigering': {
      const argument = argumentTekst(u.functie, u.finding.location.path);
      return {
        soort: 'fout',
        cel: naam,
        formule: u.formule,
        functie: `COFIN.${u.functie.name}`,
        reden: alsZin(u.finding.message),
        ...(argument ? { argument } : {}),
        artikel: u.artikel,
      };
    }
  }
}

/**
 * The report's chart (core's `voortgangsgrafiek`: beoogde versus gerealiseerde deelnemers per maatregel, under the
 * Voortgang table) as Office.js adds it: one range whose columns, side by side, are the series.
 */
export function voortgangsgrafiek(model: WerkboekModel): ChartSpec | undefined {
  const g = grafiekVanModel(model);
  const eerste = g?.reeksen[0];
  const laatste = g?.reeksen.at(-1);
  if (!g || !eerste || !laatste || laatste.col - eerste.col !== g.reeksen.length - 1) return undefined;
  return {
    sheet: g.blad,
    title: g.titel,
    series: `${address(g.kopRij, eerste.col)}:${address(g.laatsteRij, laatste.col)}`,
    categories: `${address(g.eersteRij, g.categorieKolom)}:${address(g.laatsteRij, g.categorieKolom)}`,
    from: address(g.van.row, g.van.col),
    to: address(g.tot.row, g.tot.col),
  };
}
