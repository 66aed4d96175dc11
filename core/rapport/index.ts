/**
 * The voortgangsrapportage (progress report) as a workbook model: per maatregel beoogd and gerealiseerd, the share
 * expected at the peildatum under linear progress, the risk signal when realisation heads below the threshold of
 * the regeling, the prognosis of the vaststelling, and the due date of the report. Pure: the adapters write it.
 */
import { D, ZERO, bedragText, formatEuro, formatProcent, minOf, roundDown, type Bedrag, type Dec, type Fractie } from '../money';
import { compareDatum, formatDatum, type Datum } from '../dates';
import { finding, sortFindings, type Finding, type Location } from '../findings';
import { voortgang } from '../voortgang';
import { REGELINGEN } from '../regelingen';
import type { Begroting } from '../begroting';
import type { Berekening, Regeling } from '../regelingen/types';
import { NUMFMT } from '../workbook/standaard';
import { LEEG, getalWaarde, tekstWaarde, type ModelBlad, type ModelCel, type ModelWaarde, type Opmaak, type WerkboekModel } from '../workbook/model';
import { columnLetters } from '../workbook/types';

export type Signaal = 'op-schema' | 'achter-op-schema' | 'risico' | 'onder-drempel' | 'niet-gestart' | 'geen-prestatie';

export const SIGNAAL_TEKST: Readonly<Record<Signaal, string>> = {
  'op-schema': 'op schema',
  'achter-op-schema': 'achter op schema, boven de drempel',
  risico: 'risico: op koers naar onder de drempel',
  'onder-drempel': 'onder de drempel',
  'niet-gestart': 'nog niet gestart',
  'geen-prestatie': 'geen beoogde deelnemers',
};

const SIGNAAL_OPMAAK: Readonly<Record<Signaal, Opmaak>> = {
  'op-schema': 'goed',
  'achter-op-schema': 'let-op',
  risico: 'risico',
  'onder-drempel': 'risico',
  'niet-gestart': 'goed',
  'geen-prestatie': 'let-op',
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

const frac = (a: Dec, b: Dec): Fractie | undefined => (b.isZero() ? undefined : (a.dividedBy(b) as Fractie));

/** Computes the report's figures from a parsed begroting with a realisatie table. */
export function berekenVoortgang(
  b: Begroting,
  calc: Berekening,
  peildatum: Datum,
  locate: (path: string) => Location = (path) => ({ path }),
): Voortgangsrapportage {
  const regeling = REGELINGEN[b.plan.regeling];
  const drempelParam = regeling.parameters['realisatieDrempel'];
  const drempel = drempelParam ? (new D(String(drempelParam.waarde)) as Fractie) : undefined;
  const drempelArtikel = drempelParam?.bron ?? regeling.vindplaats;
  const perMaatregel = drempel !== undefined;
  const verleend = (b.plan.verleendeSubsidie ?? b.plan.gevraagdeSubsidie) as Bedrag;
  const findings: Finding[] = [];
  const realisatieIndex = new Map<string, number>();
  (b.realisatie ?? []).forEach((r, i) => {
    if (!realisatieIndex.has(r.maatregel)) realisatieIndex.set(r.maatregel, i);
  });

  const maatregelen = b.maatregelen.map((m, i): MaatregelVoortgang => {
    const ri = realisatieIndex.get(m.code);
    const r = ri === undefined ? undefined : b.realisatie?.[ri];
    const rPath = ri === undefined ? `maatregelen[${i}]` : `realisatie[${ri}]`;
    const veld = `maatregel ${m.code}`;
    const mc = calc.maatregelen[i];
    const begroot = (mc?.kosten ?? ZERO) as Bedrag;
    const gerealiseerd = r?.gerealiseerdeDeelnemers ?? 0;
    const kosten = (r?.gerealiseerdeKosten ?? ZERO) as Bedrag;
    const vg = voortgang(m.startdatum, m.einddatum, peildatum);
    const verwacht = (vg.ok ? vg.value : new D(0)) as Fractie;
    const beoogd = new D(m.beoogdeDeelnemers);
    const realisatieDeelnemers = frac(new D(gerealiseerd), beoogd);
    const realisatieKosten = frac(kosten, begroot);
    const gestart = verwacht.greaterThan(0);
    const prognoseDeelnemers = gestart ? new D(gerealiseerd).dividedBy(verwacht).floor().toNumber() : undefined; // a count
    const prognoseRealisatie = prognoseDeelnemers === undefined ? undefined : frac(new D(prognoseDeelnemers), beoogd);
    const prognoseKosten = gestart ? roundDown(kosten.dividedBy(verwacht) as Bedrag, 'cent') : undefined;
    let signaal: Signaal;
    if (m.beoogdeDeelnemers === 0) signaal = 'geen-prestatie';
    else if (!gestart) signaal = 'niet-gestart';
    else if (drempel && verwacht.equals(1) && (realisatieDeelnemers ?? new D(0)).lessThan(drempel)) signaal = 'onder-drempel';
    else if (drempel && prognoseRealisatie !== undefined && prognoseRealisatie.lessThan(drempel)) signaal = 'risico';
    else if ((realisatieDeelnemers ?? new D(0)).lessThan(verwacht)) signaal = 'achter-op-schema';
    else signaal = 'op-schema';

    if (signaal === 'onder-drempel' && drempel)
      findings.push(
        finding('realisatie-onder-drempel', {
          location: locate(`${rPath}.gerealiseerdeDeelnemers`),
          article: drempelArtikel,
          params: { veld, realisatie: formatProcent(realisatieDeelnemers ?? new D(0)), drempel: formatProcent(drempel) },
        }),
      );
    if (signaal === 'risico' && drempel)
      findings.push(
        finding('realisatie-achter-op-schema', {
          location: locate(`${rPath}.gerealiseerdeDeelnemers`),
          article: drempelArtikel,
          params: {
            veld,
            realisatie: formatProcent(realisatieDeelnemers ?? new D(0)),
            verwacht: formatProcent(verwacht),
            drempel: formatProcent(drempel),
          },
        }),
      );
    if (kosten.greaterThan(begroot))
      findings.push(
        finding('kosten-boven-begroting', {
          location: locate(`${rPath}.gerealiseerdeKosten`),
          article: regeling.vindplaats,
          params: { veld, gerealiseerd: formatEuro(kosten), begroot: formatEuro(begroot) },
        }),
      );

    let prognoseVaststelling: Bedrag | undefined;
    if (perMaatregel && prognoseKosten !== undefined && prognoseDeelnemers !== undefined) {
      const verleendM = (mc && mc.szw.greaterThan(0) ? mc.szw : (mc?.maximum ?? ZERO)) as Bedrag;
      const v = regeling.regels.vaststelling({
        verleend: verleendM,
        gerealiseerdeKosten: prognoseKosten,
        beoogdeDeelnemers: beoogd as Bedrag,
        gerealiseerdeDeelnemers: new D(prognoseDeelnemers) as Bedrag,
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
  const verwachtPlan = (vgPlan.ok ? vgPlan.value : new D(0)) as Fractie;
  let prognoseVaststelling: Bedrag | undefined;
  if (perMaatregel) {
    let som: Dec = ZERO;
    for (const m of maatregelen) som = som.plus(m.prognoseVaststelling ?? ZERO);
    prognoseVaststelling = minOf(som as Bedrag, verleend);
  } else if (verwachtPlan.greaterThan(0)) {
    let kosten: Dec = ZERO;
    for (const m of maatregelen) kosten = kosten.plus(m.prognoseKosten ?? ZERO);
    const v = regeling.regels.vaststelling({ verleend, gerealiseerdeKosten: kosten as Bedrag });
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

const bedragCel = (a: Dec): ModelWaarde => getalWaarde(bedragText(roundDown(a as Bedrag, 'cent')));
const fractieCel = (f: Dec | undefined): ModelWaarde => (f === undefined ? LEEG : getalWaarde(f.toDecimalPlaces(6, D.ROUND_DOWN).toFixed()));
const datumCel = (d: Datum): ModelWaarde => ({ soort: 'datum', datum: d });

export const VOORTGANG_KOPPEN = [
  'Code',
  'Maatregel',
  'Soort',
  'Startdatum',
  'Einddatum',
  'Beoogde deelnemers',
  'Gerealiseerde deelnemers',
  'Realisatie deelnemers',
  'Begrote kosten',
  'Gerealiseerde kosten',
  'Realisatie kosten',
  'Verwacht bij lineaire voortgang',
  'Prognose deelnemers einde',
  'Prognose realisatie einde',
  'Signaal',
  'Prognose vaststelling',
] as const;

/** The report as a workbook: Samenvatting, Voortgang (one row per maatregel), Signalen, Toelichting. */
export function rapportModel(b: Begroting, r: Voortgangsrapportage): WerkboekModel {
  const t = tekstWaarde;
  const samenvatting: ModelCel[] = [];
  let row = 1;
  const regel = (label: string, waarde: ModelWaarde, numFmt?: string, opmaak?: Opmaak) => {
    samenvatting.push({ row, col: 1, waarde: t(label), opmaak: 'vet' });
    samenvatting.push({ row, col: 2, waarde, ...(numFmt ? { numFmt } : {}), ...(opmaak ? { opmaak } : {}) });
    row += 1;
  };
  samenvatting.push({ row, col: 1, waarde: t(`Voortgangsrapportage ${b.plan.naam}`), opmaak: 'titel' });
  row += 2;
  regel('Regeling', t(`${r.regeling.naam} (${r.regeling.vindplaats})`));
  regel('Hoofdaanvrager', t(b.plan.hoofdaanvrager));
  regel('Looptijd plan', t(`${formatDatum(b.plan.startdatum)} tot en met ${formatDatum(b.plan.einddatum)}`));
  regel('Peildatum', datumCel(r.peildatum), NUMFMT.datum);
  if (r.rapportagedatum) {
    const laat = compareDatum(r.peildatum, r.rapportagedatum) > 0;
    regel('Uiterste datum voortgangsrapportage', datumCel(r.rapportagedatum), NUMFMT.datum, laat ? 'risico' : undefined);
    if (laat) regel('', t('De peildatum ligt na de uiterste datum van de rapportage.'), undefined, 'risico');
  }
  regel('Verwacht deel van het plan gedaan (lineair)', fractieCel(r.verwachtPlan), NUMFMT.procent);
  regel(b.plan.verleendeSubsidie ? 'Verleende subsidie' : 'Gevraagde subsidie (geen verlening opgegeven)', bedragCel(r.verleend), NUMFMT.bedrag);
  let beoogd = 0;
  let gerealiseerd = 0;
  let kostenB: Dec = ZERO;
  let kostenG: Dec = ZERO;
  for (const m of r.maatregelen) {
    beoogd += m.beoogdeDeelnemers;
    gerealiseerd += m.gerealiseerdeDeelnemers;
    kostenB = kostenB.plus(m.begroteKosten);
    kostenG = kostenG.plus(m.gerealiseerdeKosten);
  }
  regel('Beoogde deelnemers', getalWaarde(String(beoogd)), NUMFMT.aantal);
  regel('Gerealiseerde deelnemers', getalWaarde(String(gerealiseerd)), NUMFMT.aantal);
  regel('Begrote kosten', bedragCel(kostenB), NUMFMT.bedrag);
  regel('Gerealiseerde kosten', bedragCel(kostenG), NUMFMT.bedrag);
  regel(
    'Prognose vaststelling (bij gelijkblijvend tempo)',
    r.prognoseVaststelling ? bedragCel(r.prognoseVaststelling) : t('niet te bepalen (plan nog niet gestart)'),
    r.prognoseVaststelling ? NUMFMT.bedrag : undefined,
  );
  const risico = r.maatregelen.filter((m) => m.signaal === 'risico' || m.signaal === 'onder-drempel').length;
  regel(
    'Maatregelen met risico',
    r.drempel ? getalWaarde(String(risico)) : t('n.v.t.: deze regeling kent geen realisatiedrempel'),
    r.drempel ? NUMFMT.aantal : undefined,
    risico > 0 ? 'risico' : undefined,
  );
  if (r.drempel) regel('Realisatiedrempel', fractieCel(r.drempel), NUMFMT.procent);

  const rijen: ModelWaarde[][] = r.maatregelen.map((m) => [
    t(m.code),
    t(m.naam),
    t(m.soort),
    datumCel(m.startdatum),
    datumCel(m.einddatum),
    getalWaarde(String(m.beoogdeDeelnemers)),
    getalWaarde(String(m.gerealiseerdeDeelnemers)),
    fractieCel(m.realisatieDeelnemers),
    bedragCel(m.begroteKosten),
    bedragCel(m.gerealiseerdeKosten),
    fractieCel(m.realisatieKosten),
    fractieCel(m.verwacht),
    m.prognoseDeelnemers === undefined ? LEEG : getalWaarde(String(m.prognoseDeelnemers)),
    fractieCel(m.prognoseRealisatie),
    t(SIGNAAL_TEKST[m.signaal]),
    m.prognoseVaststelling ? bedragCel(m.prognoseVaststelling) : LEEG,
  ]);
  const numFmts = [
    undefined,
    undefined,
    undefined,
    NUMFMT.datum,
    NUMFMT.datum,
    NUMFMT.aantal,
    NUMFMT.aantal,
    NUMFMT.procent,
    NUMFMT.bedrag,
    NUMFMT.bedrag,
    NUMFMT.procent,
    NUMFMT.procent,
    NUMFMT.aantal,
    NUMFMT.procent,
    undefined,
    NUMFMT.bedrag,
  ];
  const top = 3;
  // The realisation percentages are live formulas (with their computed result), so a reviewer can follow them.
  const formules: ModelCel[] = [];
  const signaalCellen: ModelCel[] = [];
  r.maatregelen.forEach((m, i) => {
    const rr = top + 1 + i;
    const col = (n: number) => `${columnLetters(n)}${rr}`;
    formules.push({ row: rr, col: 8, waarde: fractieCel(m.realisatieDeelnemers), formule: `IF(${col(6)}=0,"",${col(7)}/${col(6)})`, numFmt: NUMFMT.procent });
    formules.push({ row: rr, col: 11, waarde: fractieCel(m.realisatieKosten), formule: `IF(${col(9)}=0,"",${col(10)}/${col(9)})`, numFmt: NUMFMT.procent });
    signaalCellen.push({ row: rr, col: 15, waarde: t(SIGNAAL_TEKST[m.signaal]), opmaak: SIGNAAL_OPMAAK[m.signaal] });
  });
  const voortgangBlad: ModelBlad = {
    naam: 'Voortgang',
    kolombreedtes: [10, 36, 20, 12, 12, 11, 12, 11, 15, 15, 11, 12, 12, 12, 34, 16],
    cellen: [
      { row: 1, col: 1, waarde: t(`Voortgang per maatregel op ${formatDatum(r.peildatum)}`), opmaak: 'titel' },
      ...formules,
      ...signaalCellen,
    ],
    tabellen: [{ naam: 'Voortgang', row: top, col: 1, koppen: [...VOORTGANG_KOPPEN], rijen: rijen.length > 0 ? rijen : [VOORTGANG_KOPPEN.map(() => LEEG)], numFmts }],
    validaties: [],
    vastRijen: top,
  };

  const signalen: ModelCel[] = [{ row: 1, col: 1, waarde: t('Signalen'), opmaak: 'titel' }];
  const sigRijen: ModelWaarde[][] = r.findings.map((f) => [
    t(f.location.sheet && f.location.cell ? `${f.location.sheet}!${f.location.cell}` : f.location.path),
    t(f.severity),
    t(f.code),
    t(f.message),
    t(f.article),
  ]);
  const signalenBlad: ModelBlad = {
    naam: 'Signalen',
    kolombreedtes: [18, 13, 28, 100, 40],
    cellen: sigRijen.length === 0 ? [...signalen, { row: 2, col: 1, waarde: t('Geen signalen.') }] : signalen,
    tabellen:
      sigRijen.length === 0
        ? []
        : [{ naam: 'Signalen', row: 3, col: 1, koppen: ['Cel', 'Ernst', 'Code', 'Melding', 'Artikel'], rijen: sigRijen, numFmts: [undefined, undefined, undefined, undefined, undefined] }],
    validaties: [],
  };

  const uitleg = [
    'Toelichting bij de voortgangsrapportage',
    '',
    'Verwacht bij lineaire voortgang: het deel van de looptijd van de maatregel dat op de peildatum (einde van de dag) verstreken is, in hele dagen.',
    'Prognose deelnemers einde: gerealiseerde deelnemers gedeeld door het verwachte deel; zo eindigt de maatregel als het tempo tot nu aanhoudt.',
    r.drempel
      ? `Signaal "risico": de prognose van de realisatie ligt onder de drempel van ${formatProcent(r.drempel)}; onder die drempel kan de subsidie op nihil worden vastgesteld (${r.regeling.parameters['realisatieDrempel']?.bron ?? ''}).`
      : 'Deze regeling kent geen drempel voor de realisatie van deelnemers; de vaststelling volgt de gerealiseerde directe kosten.',
    r.drempel
      ? 'Prognose vaststelling: per maatregel nihil onder de drempel, anders het laagste van verleend, verleend x realisatiegraad en het percentage van de kosten; opgeteld, ten hoogste de verleende subsidie. De toets per maatregel is de gekozen lezing van een onzekere regel (zie docs/regelingen.md).'
      : 'Prognose vaststelling: de vaststellingsregel van de regeling toegepast op de geprognosticeerde directe kosten aan het einde, ten hoogste de verleende subsidie.',
    'Uiterste datum voortgangsrapportage: volgens de termijn van de regeling vanaf de startdatum van het plan.',
    '',
    `Gemaakt met cofin; peildatum ${formatDatum(r.peildatum)}.`,
  ];
  const toelichting: ModelBlad = {
    naam: 'Toelichting',
    kolombreedtes: [120],
    cellen: uitleg.map((u, i) => ({ row: i + 1, col: 1, waarde: u === '' ? LEEG : t(u), ...(i === 0 ? { opmaak: 'titel' as const } : {}) })),
    tabellen: [],
    validaties: [],
  };
  return {
    titel: `Voortgangsrapportage ${b.plan.naam}`,
    bladen: [{ naam: 'Samenvatting', kolombreedtes: [46, 60], cellen: samenvatting, tabellen: [], validaties: [] }, voortgangBlad, signalenBlad, toelichting],
  };
}
