/**
 * The figures of the voortgangsrapportage (progress report): per maatregel beoogd and gerealiseerd, the share
 * expected at the peildatum under linear progress, the risk signal when realisation heads below the threshold of
 * the regeling, the prognosis of the vaststelling, and the due date of the report. Pure computation; `model.ts`
 * lays it out as a workbook.
 */
import {
  GEEN,
  HEEL,
  ZERO,
  aantalVan,
  deel,
  fractie,
  heelAantalOmlaag,
  minOf,
  roundDown,
  som,
  totaal,
  verhouding,
  type Aantal,
  type Bedrag,
  type Fractie,
} from '../money';
import type { Datum } from '../dates';
import { finding, sortFindings, type Finding, type Location, type Pad } from '../findings';
import { padTekst } from '../tekst';
import { steuntOp, type Parameter } from '../parameter';
import { voortgang } from '../voortgang';
import { REGELINGEN } from '../regelingen';
import type { Begroting } from '../begroting';
import type { Berekening, Regeling } from '../regelingen/types';

export type Signaal = 'op-schema' | 'achter-op-schema' | 'risico' | 'onder-drempel' | 'niet-gestart' | 'geen-prestatie';

export const SIGNAAL_TEKST: Readonly<Record<Signaal, string>> = {
  'op-schema': 'op schema',
  'achter-op-schema': 'achter op schema, boven de drempel',
  risico: 'risico: op koers naar onder de drempel',
  'onder-drempel': 'onder de drempel',
  'niet-gestart': 'nog niet gestart',
  'geen-prestatie': 'geen beoogde deelnemers',
};
export interface MaatregelVoortgang {
  readonly code: string;
  readonly naam: string;
  readonly soort: string;
  readonly startdatum: Datum;
  readonly einddatum: Datum;
  readonly beoogdeDeelnemers: number;
  readonly gerealiseerdeDeelnemers: number;
  readonly realisatieDeelnemers?: Fractie;
  readonly begroteKosten: Bedrag;
  readonly gerealiseerdeKosten: Bedrag;
  readonly realisatieKosten?: Fractie;
  /** Share of the maatregel's period done at the peildatum (linear progress). */
  readonly verwacht: Fractie;
  /** Participants at the end if the pace so far holds (gerealiseerd / verwacht), whole persons rounded down. */
  readonly prognoseDeelnemers?: number;
  readonly prognoseRealisatie?: Fractie;
  readonly prognoseKosten?: Bedrag;
  readonly signaal: Signaal;
  /** Prognosis of the vaststelling of this maatregel, where the regeling tests per maatregel (sectorplannen). */
  readonly prognoseVaststelling?: Bedrag;
}

export interface Voortgangsrapportage {
  readonly regeling: Regeling;
  readonly peildatum: Datum;
  readonly rapportagedatum?: Datum;
  readonly drempel?: Fractie;
  readonly verleend: Bedrag;
  readonly maatregelen: readonly MaatregelVoortgang[];
  readonly verwachtPlan: Fractie;
  readonly prognoseVaststelling?: Bedrag;
  readonly findings: readonly Finding[];
}

/** a / b, or undefined when b is 0. */
const kostenFrac = (a: Bedrag, b: Bedrag): Fractie | undefined => (b.isZero() ? undefined : verhouding(a, b));
const aantalFrac = (a: Aantal, b: Aantal): Fractie | undefined => (b.isZero() ? undefined : verhouding(a, b));

/**
 * h/regels (issue 13): where the regeling adds a forfaitaire opslag for indirect costs (DWSRA) and the begroting has
 * overhead lines for the maatregel beside it, its direct costs plus those lines: realised costs up to that amount that
 * exceed the direct costs probably count the overhead the opslag already covers (parameter `realisatieZonderIndirect`).
 */
function metOverhead(
  regeling: Regeling,
  b: Begroting,
  code: string,
  begroot: Bedrag,
): { bedrag: Bedrag; opslag: Fractie; regel: Parameter<string | number> } | undefined {
  const regel = regeling.parameters['realisatieZonderIndirect'];
  const opslag = regeling.parameters['forfaitaireOpslag'];
  const overhead = totaal(
    b.kostenposten.filter((k) => k.maatregel === code && k.soort === 'overhead').map((k) => k.bedrag),
  );
  if (!regel || !opslag || overhead.isZero()) return undefined;
  return { bedrag: som(begroot, overhead), opslag: fractie(String(opslag.waarde)), regel };
}

/** Computes the report's figures from a parsed begroting with a realisatie table. */
export function berekenVoortgang(
  b: Begroting,
  calc: Berekening,
  peildatum: Datum,
  locate: (path: Pad) => Location = (path) => ({ path: padTekst(path) }),
): Voortgangsrapportage {
  const regeling = REGELINGEN[b.plan.regeling];
  const drempelParam = regeling.parameters['realisatieDrempel'];
  const drempel = drempelParam ? fractie(String(drempelParam.waarde)) : undefined;
  const drempelArtikel = drempelParam?.bron ?? regeling.vindplaats;
  const perMaatregel = drempel !== undefined;
  const verleend = b.plan.verleendeSubsidie ?? b.plan.gevraagdeSubsidie;
  const findings: Finding[] = [];
  const realisatieIndex = new Map<string, number>();
  (b.realisatie ?? []).forEach((r, i) => {
    if (!realisatieIndex.has(r.maatregel)) realisatieIndex.set(r.maatregel, i);
  });

  const maatregelen = b.maatregelen.map((m, i): MaatregelVoortgang => {
    const ri = realisatieIndex.get(m.code);
    const r = ri === undefined ? undefined : b.realisatie?.[ri];
    const rPath = ri === undefined ? ['maatregelen', i] : ['realisatie', ri];
    const veld = `maatregel ${m.code}`;
    const mc = calc.maatregelen[i];
    const begroot = mc?.kosten ?? ZERO;
    const gerealiseerd = r?.gerealiseerdeDeelnemers ?? 0;
    const kosten = r?.gerealiseerdeKosten ?? ZERO;
    const vg = voortgang(m.startdatum, m.einddatum, peildatum);
    const verwacht = vg.ok ? vg.value : GEEN;
    const beoogd = aantalVan(m.beoogdeDeelnemers);
    const realisatieDeelnemers = aantalFrac(aantalVan(gerealiseerd), beoogd);
    const realisatieKosten = kostenFrac(kosten, begroot);
    const gestart = verwacht.greaterThan(GEEN);
    const prognoseDeelnemers = gestart ? heelAantalOmlaag(deel(aantalVan(gerealiseerd), verwacht)) : undefined;
    const prognoseRealisatie =
      prognoseDeelnemers === undefined ? undefined : aantalFrac(aantalVan(prognoseDeelnemers), beoogd);
    const prognoseKosten = gestart ? roundDown(deel(kosten, verwacht), 'cent') : undefined;
    let signaal: Signaal;
    if (m.beoogdeDeelnemers === 0) signaal = 'geen-prestatie';
    else if (!gestart) signaal = 'niet-gestart';
    else if (drempel && verwacht.equals(HEEL) && (realisatieDeelnemers ?? GEEN).lessThan(drempel))
      signaal = 'onder-drempel';
    else if (drempel && prognoseRealisatie?.lessThan(drempel)) signaal = 'risico';
    else if ((realisatieDeelnemers ?? GEEN).lessThan(verwacht)) signaal = 'achter-op-schema';
    else signaal = 'op-schema';

    if (signaal === 'onder-drempel' && drempel)
      findings.push(
        finding('realisatie-onder-drempel', {
          location: locate([...rPath, 'gerealiseerdeDeelnemers']),
          article: drempelArtikel,
          params: {
            veld,
            realisatie: realisatieDeelnemers ?? GEEN,
            drempel,
          },
        }),
      );
    if (signaal === 'risico' && drempel)
      findings.push(
        finding('realisatie-achter-op-schema', {
          location: locate([...rPath, 'gerealiseerdeDeelnemers']),
          article: drempelArtikel,
          params: {
            veld,
            realisatie: realisatieDeelnemers ?? GEEN,
            verwacht,
            drempel,
          },
        }),
      );
    const metIndirect = metOverhead(regeling, b, m.code, begroot);
    if (metIndirect && kosten.greaterThan(begroot) && !kosten.greaterThan(metIndirect.bedrag))
      findings.push(
        finding('realisatie-met-indirecte-kosten', {
          ...steuntOp(metIndirect.regel),
          location: locate([...rPath, 'gerealiseerdeKosten']),
          params: { veld, gerealiseerd: kosten, begroot, metIndirect: metIndirect.bedrag, opslag: metIndirect.opslag },
        }),
      );
    else if (kosten.greaterThan(begroot))
      findings.push(
        finding('kosten-boven-begroting', {
          location: locate([...rPath, 'gerealiseerdeKosten']),
          article: regeling.vindplaats,
          params: { veld, gerealiseerd: kosten, begroot },
        }),
      );

    let prognoseVaststelling: Bedrag | undefined;
    if (perMaatregel && prognoseKosten !== undefined && prognoseDeelnemers !== undefined) {
      const verleendM = mc?.szw.greaterThan(ZERO) ? mc.szw : (mc?.maximum ?? ZERO);
      const v = regeling.regels.vaststelling({
        verleend: verleendM,
        gerealiseerdeKosten: prognoseKosten,
        beoogdeDeelnemers: beoogd,
        gerealiseerdeDeelnemers: aantalVan(prognoseDeelnemers),
      });
      if (v.ok) prognoseVaststelling = v.value;
    }
    return {
      code: m.code,
      naam: m.naam,
      soort: m.soort,
      startdatum: m.startdatum,
      einddatum: m.einddatum,
      beoogdeDeelnemers: m.beoogdeDeelnemers,
      gerealiseerdeDeelnemers: gerealiseerd,
      begroteKosten: begroot,
      gerealiseerdeKosten: kosten,
      verwacht,
      signaal,
      ...(realisatieDeelnemers ? { realisatieDeelnemers } : {}),
      ...(realisatieKosten ? { realisatieKosten } : {}),
      ...(prognoseDeelnemers !== undefined ? { prognoseDeelnemers } : {}),
      ...(prognoseRealisatie ? { prognoseRealisatie } : {}),
      ...(prognoseKosten ? { prognoseKosten } : {}),
      ...(prognoseVaststelling ? { prognoseVaststelling } : {}),
    };
  });

  const vgPlan = voortgang(b.plan.startdatum, b.plan.einddatum, peildatum);
  const verwachtPlan = vgPlan.ok ? vgPlan.value : GEEN;
  let prognoseVaststelling: Bedrag | undefined;
  if (perMaatregel) {
    const opgeteld = totaal(maatregelen.map((m) => m.prognoseVaststelling ?? ZERO));
    prognoseVaststelling = minOf(opgeteld, verleend);
  } else if (verwachtPlan.greaterThan(GEEN)) {
    const kosten = totaal(maatregelen.map((m) => m.prognoseKosten ?? ZERO));
    const v = regeling.regels.vaststelling({ verleend, gerealiseerdeKosten: kosten });
    if (v.ok) prognoseVaststelling = v.value;
  }
  const rd = regeling.regels.rapportagedatum(b.plan.startdatum);
  return {
    regeling,
    peildatum,
    verleend,
    maatregelen,
    verwachtPlan,
    findings: sortFindings(findings),
    ...(rd.ok ? { rapportagedatum: rd.value } : {}),
    ...(drempel ? { drempel } : {}),
    ...(prognoseVaststelling ? { prognoseVaststelling } : {}),
  };
}
