/**
 * The figures of the voortgangsrapportage (progress report): per maatregel beoogd and gerealiseerd, the share
 * expected at the peildatum under linear progress, the risk signal when realisation heads below the threshold of
 * the regeling, the prognosis of the vaststelling, and the due date of the report. Pure computation; `model.ts`
 * lays it out as a workbook.
 *
 * Where the regeling has a realisation threshold (sectorplannen: 60%, `realisatieDrempel`, onzeker) the level of the
 * test is unknown, so the prognosis is given in both readings (VaststellingLezing), on the prognosed participants
 * and costs at the end:
 * - per maatregel: sum over the maatregelen of vaststelling(own verleend, own costs, own participants): nil for a
 *   maatregel below the threshold, else min(verleend, verleend x min(realisatie, 1), rate x costs);
 * - naar rato per plan: the same sum, but the threshold tested on the plan (all prognosed over all targeted
 *   participants): nil for the whole plan below it, else each maatregel pro rata to its own realisation;
 * both at most the plan's verleende subsidie. A regeling without the threshold (DWSRA) has one figure.
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
import { finding, sortFindings, type Bron, type Finding, type Location, type Pad } from '../findings';
import { steuntOp, type Parameter, type Zekerheid } from '../parameter';
import { padTekst } from '../tekst';
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
  /** Granted to this maatregel: its SZW financing, else its maximum (what the vaststelling per maatregel caps at). */
  readonly verleend: Bedrag;
  /** Share of the maatregel's period done at the peildatum (linear progress). */
  readonly verwacht: Fractie;
  /** Participants at the end if the pace so far holds (gerealiseerd / verwacht), whole persons rounded down. */
  readonly prognoseDeelnemers?: number;
  readonly prognoseRealisatie?: Fractie;
  readonly prognoseKosten?: Bedrag;
  readonly signaal: Signaal;
  /** Prognosis of the vaststelling of this maatregel, reading 'per maatregel' (sectorplannen). */
  readonly prognoseVaststelling?: Bedrag;
  /** Prognosis of the vaststelling of this maatregel, reading 'naar rato per plan' (sectorplannen). */
  readonly prognoseVaststellingNaarRato?: Bedrag;
}

export interface Voortgangsrapportage {
  readonly regeling: Regeling;
  readonly peildatum: Datum;
  readonly rapportagedatum?: Datum;
  readonly drempel?: Fractie;
  readonly verleend: Bedrag;
  readonly maatregelen: readonly MaatregelVoortgang[];
  readonly verwachtPlan: Fractie;
  /** Prognosis of the vaststelling; with a realisation threshold the reading 'per maatregel'. */
  readonly prognoseVaststelling?: Bedrag;
  /** With a realisation threshold: the prognosis in the reading 'naar rato per plan'. */
  readonly prognoseVaststellingNaarRato?: Bedrag;
  /** With a realisation threshold: prognosed participants at the end over all targeted, the plan-level test. */
  readonly prognoseRealisatiePlan?: Fractie;
  /** How sure the vaststelling rule is: with a threshold the confidence of `realisatieDrempel` (onzeker). */
  readonly vaststellingZekerheid?: Zekerheid;
  readonly findings: readonly Finding[];
}

/** a / b, or undefined when b is 0. */
const kostenFrac = (a: Bedrag, b: Bedrag): Fractie | undefined => (b.isZero() ? undefined : verhouding(a, b));
const aantalFrac = (a: Aantal, b: Aantal): Fractie | undefined => (b.isZero() ? undefined : verhouding(a, b));

/**
 * Where "overschrijdingen worden niet gesubsidieerd" comes from: for DWSRA the interim evaluation (par. 4.2, costs
 * above the subsidiable costs are the parties' own); for the sectorplannen no text read says it, only that the
 * vaststelling follows the realised numbers and never exceeds the verlening.
 */
function kostenBovenBegrotingSteun(regeling: Regeling): {
  readonly article: Bron;
  readonly zekerheid: Zekerheid;
  readonly lezing?: string;
} {
  return regeling.id === 'dwsra-2016'
    ? {
        article:
          'Ecorys, tussenevaluatie DWSRA (april 2018), par. 4.2 (kosten boven de subsidiabele kosten zelf dragen)',
        zekerheid: 'waarschijnlijk',
      }
    : {
        article: `${regeling.vindplaats} (artikel niet gelezen); Kamerbrief voortgang sectorplannen juni 2015`,
        zekerheid: 'waarschijnlijk',
        lezing:
          'De vaststelling is ten hoogste de verlening; kosten boven de begroting verhogen de subsidie niet. De gelezen teksten noemen dit niet letterlijk.',
      };
}

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
  const drempelSteun = drempelParam ? steuntOp(drempelParam) : undefined;
  const verleend = b.plan.verleendeSubsidie ?? b.plan.gevraagdeSubsidie;
  const findings: Finding[] = [];
  const realisatieIndex = new Map<string, number>();
  (b.realisatie ?? []).forEach((r, i) => {
    if (!realisatieIndex.has(r.maatregel)) realisatieIndex.set(r.maatregel, i);
  });

  const eerst = b.maatregelen.map((m, i) => {
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

    if (signaal === 'onder-drempel' && drempel && drempelSteun)
      findings.push(
        finding('realisatie-onder-drempel', {
          ...drempelSteun,
          location: locate([...rPath, 'gerealiseerdeDeelnemers']),
          params: {
            veld,
            realisatie: realisatieDeelnemers ?? GEEN,
            drempel,
          },
        }),
      );
    if (signaal === 'risico' && drempel && drempelSteun)
      findings.push(
        finding('realisatie-achter-op-schema', {
          ...drempelSteun,
          location: locate([...rPath, 'gerealiseerdeDeelnemers']),
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
          ...kostenBovenBegrotingSteun(regeling),
          location: locate([...rPath, 'gerealiseerdeKosten']),
          params: { veld, gerealiseerd: kosten, begroot },
        }),
      );

    // Granted per maatregel: its SZW financing, else its maximum.
    const verleendM = mc?.szw.greaterThan(ZERO) ? mc.szw : (mc?.maximum ?? ZERO);
    const voortgangM: MaatregelVoortgang = {
      code: m.code,
      naam: m.naam,
      soort: m.soort,
      startdatum: m.startdatum,
      einddatum: m.einddatum,
      beoogdeDeelnemers: m.beoogdeDeelnemers,
      gerealiseerdeDeelnemers: gerealiseerd,
      begroteKosten: begroot,
      gerealiseerdeKosten: kosten,
      verleend: verleendM,
      verwacht,
      signaal,
      ...(realisatieDeelnemers ? { realisatieDeelnemers } : {}),
      ...(realisatieKosten ? { realisatieKosten } : {}),
      ...(prognoseDeelnemers !== undefined ? { prognoseDeelnemers } : {}),
      ...(prognoseRealisatie ? { prognoseRealisatie } : {}),
      ...(prognoseKosten ? { prognoseKosten } : {}),
    };
    return { voortgang: voortgangM, verleendM };
  });

  // The plan-level test of 'naar rato per plan': prognosed participants at the end over all targeted; a maatregel
  // not yet started counts with its target and no participants.
  const planBeoogd = aantalVan(eerst.reduce((n, e) => n + e.voortgang.beoogdeDeelnemers, 0));
  const planPrognose = aantalVan(eerst.reduce((n, e) => n + (e.voortgang.prognoseDeelnemers ?? 0), 0));
  const prognoseRealisatiePlan = drempel ? aantalFrac(planPrognose, planBeoogd) : undefined;

  const maatregelen = eerst.map(({ voortgang: m, verleendM }): MaatregelVoortgang => {
    if (!drempel || m.prognoseKosten === undefined || m.prognoseDeelnemers === undefined) return m;
    const input = {
      verleend: verleendM,
      gerealiseerdeKosten: m.prognoseKosten,
      beoogdeDeelnemers: aantalVan(m.beoogdeDeelnemers),
      gerealiseerdeDeelnemers: aantalVan(m.prognoseDeelnemers),
    };
    const perM = regeling.regels.vaststelling(input);
    const naarRato = planBeoogd.isZero()
      ? perM
      : regeling.regels.vaststelling({ ...input, drempelToets: { beoogd: planBeoogd, gerealiseerd: planPrognose } });
    return {
      ...m,
      ...(perM.ok ? { prognoseVaststelling: perM.value } : {}),
      ...(naarRato.ok ? { prognoseVaststellingNaarRato: naarRato.value } : {}),
    };
  });

  const vgPlan = voortgang(b.plan.startdatum, b.plan.einddatum, peildatum);
  const verwachtPlan = vgPlan.ok ? vgPlan.value : GEEN;
  let prognoseVaststelling: Bedrag | undefined;
  let prognoseVaststellingNaarRato: Bedrag | undefined;
  if (drempel) {
    prognoseVaststelling = minOf(totaal(maatregelen.map((m) => m.prognoseVaststelling ?? ZERO)), verleend);
    prognoseVaststellingNaarRato = minOf(
      totaal(maatregelen.map((m) => m.prognoseVaststellingNaarRato ?? ZERO)),
      verleend,
    );
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
    ...(prognoseVaststellingNaarRato ? { prognoseVaststellingNaarRato } : {}),
    ...(prognoseRealisatiePlan ? { prognoseRealisatiePlan } : {}),
    ...(drempelSteun ? { vaststellingZekerheid: drempelSteun.zekerheid } : {}),
  };
}
