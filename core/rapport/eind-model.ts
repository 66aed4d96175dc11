/**
 * The einddeclaratie as a workbook model: Einddeclaratie (the summary and the deadline), Bijlage per maatregel (the
 * agency's annex "gerealiseerd aantal toepassingen en gerealiseerde subsidiabele kosten per maatregel", with the
 * vaststelling per maatregel), Eindsignalen and Eindtoelichting. Sheet and table names differ from those of the
 * standard begroting and the voortgangsrapportage, so the pane can add them to a workbook that holds both. Layout
 * only; the figures come from `berekenEindverantwoording`.
 */
import { ZERO, bedragText, formatProcent, fractieText, roundDown, som, type Bedrag, type Fractie } from '../money';
import { formatDatum, type Datum } from '../dates';
import type { Begroting } from '../begroting';
import { NUMFMT } from '../workbook/standaard';
import {
  LEEG,
  getalWaarde,
  tekstWaarde,
  type ModelBlad,
  type ModelCel,
  type ModelWaarde,
  type Opmaak,
  type WerkboekModel,
} from '../workbook/model';
import { columnLetters } from '../workbook/types';
import { VASTSTELLING_LEZING_TEKST } from '../regelingen/types';
import { signalenBlad, type Herkomst } from './model';
import { SIGNAAL_TEKST } from './voortgang';
import type { Eindverantwoording, MaatregelEind } from './eind';

/** The sheet names of the einddeclaratie, by role. */
export const EIND_BLADEN = {
  samenvatting: 'Einddeclaratie',
  bijlage: 'Bijlage per maatregel',
  signalen: 'Eindsignalen',
  toelichting: 'Eindtoelichting',
} as const;

/** The name of the annex's Excel table. */
export const EIND_BIJLAGE_TABEL = 'Eindbijlage';

const bedragCel = (a: Bedrag): ModelWaarde => getalWaarde(bedragText(roundDown(a, 'cent')));
const fractieCel = (f: Fractie | undefined): ModelWaarde =>
  f === undefined ? LEEG : getalWaarde(fractieText(f, 6, 'omlaag'));
const datumCel = (d: Datum): ModelWaarde => ({ soort: 'datum', datum: d });

interface Kolom {
  readonly kop: string;
  readonly breedte: number;
  readonly numFmt?: string;
  readonly waarde: (m: MaatregelEind) => ModelWaarde;
  /** Summed in the totals row under the table. */
  readonly totaal?: (ms: readonly MaatregelEind[]) => ModelWaarde;
}

const somBedrag =
  (f: (m: MaatregelEind) => Bedrag | undefined) =>
  (ms: readonly MaatregelEind[]): ModelWaarde =>
    bedragCel(ms.reduce<Bedrag>((s, m) => som(s, f(m) ?? ZERO), ZERO));
const somAantal =
  (f: (m: MaatregelEind) => number) =>
  (ms: readonly MaatregelEind[]): ModelWaarde =>
    getalWaarde(String(ms.reduce((s, m) => s + f(m), 0)));

/** The annex's columns by key, in sheet order; the two vaststelling columns only where the regeling has two readings. */
const KOLOMMEN = {
  code: { kop: 'Code', breedte: 9, waarde: (m) => tekstWaarde(m.code) },
  naam: { kop: 'Maatregel', breedte: 30, waarde: (m) => tekstWaarde(m.naam) },
  soort: { kop: 'Soort', breedte: 16, waarde: (m) => tekstWaarde(m.soort) },
  startdatum: { kop: 'Startdatum', breedte: 11, numFmt: NUMFMT.datum, waarde: (m) => datumCel(m.startdatum) },
  einddatum: { kop: 'Einddatum', breedte: 11, numFmt: NUMFMT.datum, waarde: (m) => datumCel(m.einddatum) },
  beoogd: {
    kop: 'Beoogd aantal toepassingen',
    breedte: 12,
    numFmt: NUMFMT.aantal,
    waarde: (m) => getalWaarde(String(m.beoogdeDeelnemers)),
    totaal: somAantal((m) => m.beoogdeDeelnemers),
  },
  gerealiseerd: {
    kop: 'Gerealiseerd aantal toepassingen',
    breedte: 13,
    numFmt: NUMFMT.aantal,
    waarde: (m) => getalWaarde(String(m.gerealiseerdeDeelnemers)),
    totaal: somAantal((m) => m.gerealiseerdeDeelnemers),
  },
  realisatie: {
    kop: 'Realisatie aantal',
    breedte: 11,
    numFmt: NUMFMT.procent,
    waarde: (m) => fractieCel(m.realisatieDeelnemers),
  },
  begroot: {
    kop: 'Begrote subsidiabele kosten',
    breedte: 15,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => bedragCel(m.begroteSubsidiabeleKosten),
    totaal: somBedrag((m) => m.begroteSubsidiabeleKosten),
  },
  kosten: {
    kop: 'Gerealiseerde kosten',
    breedte: 15,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => bedragCel(m.gerealiseerdeKosten),
    totaal: somBedrag((m) => m.gerealiseerdeKosten),
  },
  subsidiabel: {
    kop: 'Gerealiseerde subsidiabele kosten',
    breedte: 16,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => bedragCel(m.gerealiseerdeSubsidiabeleKosten),
    totaal: somBedrag((m) => m.gerealiseerdeSubsidiabeleKosten),
  },
  verleend: {
    kop: 'Verleend (maatregel)',
    breedte: 15,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => bedragCel(m.verleend),
    totaal: somBedrag((m) => m.verleend),
  },
  vaststelling: {
    kop: `Vaststelling ${VASTSTELLING_LEZING_TEKST['per-maatregel']} (onzeker)`,
    breedte: 16,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => (m.vaststelling ? bedragCel(m.vaststelling) : LEEG),
    totaal: somBedrag((m) => m.vaststelling),
  },
  vaststellingNaarRato: {
    kop: `Vaststelling ${VASTSTELLING_LEZING_TEKST['naar-rato']} (onzeker)`,
    breedte: 16,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => (m.vaststellingNaarRato ? bedragCel(m.vaststellingNaarRato) : LEEG),
    totaal: somBedrag((m) => m.vaststellingNaarRato),
  },
  signaal: { kop: 'Signaal', breedte: 30, waarde: (m) => tekstWaarde(SIGNAAL_TEKST[m.signaal]) },
} as const satisfies Record<string, Kolom>;

export type EindKolom = keyof typeof KOLOMMEN;

/** Columns that only a regeling with a vaststelling per maatregel (a realisation threshold) fills. */
const PER_MAATREGEL: ReadonlySet<EindKolom> = new Set(['verleend', 'vaststelling', 'vaststellingNaarRato']);

/**
 * The annex's columns for a report: with a realisation threshold the verlening per maatregel and both vaststelling
 * readings; without one (DWSRA: the vaststelling is of the whole plan) neither.
 */
export function eindKolommen(e: Eindverantwoording): EindKolom[] {
  return (Object.keys(KOLOMMEN) as EindKolom[]).filter((k) => e.drempel !== undefined || !PER_MAATREGEL.has(k));
}

/** Column key -> header text of the annex. */
export const EIND_KOLOMMEN: Readonly<Record<EindKolom, string>> = Object.fromEntries(
  (Object.keys(KOLOMMEN) as EindKolom[]).map((k) => [k, KOLOMMEN[k].kop]),
) as Record<EindKolom, string>;

const SIGNAAL_OPMAAK: Partial<Record<MaatregelEind['signaal'], Opmaak>> = {
  'onder-drempel': 'risico',
  risico: 'risico',
  'achter-op-schema': 'let-op',
  'geen-prestatie': 'let-op',
};

/** The audit line: cofin's version, the regeling and the version of its parameters, the day written. */
function auditRegel(e: Eindverantwoording, herkomst?: Herkomst): string {
  const regeling = `regeling ${e.regeling.id} versie ${formatDatum(e.regeling.versie)}`;
  return herkomst
    ? `Gemaakt met cofin ${herkomst.cofinVersie} op ${formatDatum(herkomst.geschreven)}; ${regeling}; realisatie tot en met ${formatDatum(e.einddatum)}.`
    : `Gemaakt met cofin; ${regeling}; realisatie tot en met ${formatDatum(e.einddatum)}.`;
}

/** The einddeclaratie as a workbook: Einddeclaratie, Bijlage per maatregel, Eindsignalen, Eindtoelichting. */
export function eindModel(b: Begroting, e: Eindverantwoording, herkomst?: Herkomst): WerkboekModel {
  const t = tekstWaarde;
  const zekerheid = e.vaststellingZekerheid ?? 'onzeker';
  const samenvatting: ModelCel[] = [];
  let row = 1;
  const regel = (label: string, waarde: ModelWaarde, numFmt?: string, opmaak?: Opmaak) => {
    samenvatting.push({ row, col: 1, waarde: t(label), opmaak: 'vet' });
    samenvatting.push({ row, col: 2, waarde, ...(numFmt ? { numFmt } : {}), ...(opmaak ? { opmaak } : {}) });
    row += 1;
  };
  samenvatting.push({ row, col: 1, waarde: t(`Einddeclaratie ${b.plan.naam}`), opmaak: 'titel' });
  row += 2;
  regel('Regeling', t(`${e.regeling.naam} (${e.regeling.vindplaats})`));
  regel('Hoofdaanvrager', t(b.plan.hoofdaanvrager));
  regel('Looptijd plan', t(`${formatDatum(b.plan.startdatum)} tot en met ${formatDatum(b.plan.einddatum)}`));
  if (e.vaststellingsdatum)
    regel(
      `Uiterste datum einddeclaratie (${e.termijn?.zekerheid ?? 'onzeker'})`,
      datumCel(e.vaststellingsdatum),
      NUMFMT.datum,
    );
  else
    regel(
      'Uiterste datum einddeclaratie',
      t(`niet te bepalen: ${e.vaststellingsdatumOntbreekt ?? 'onbekend'}`),
      undefined,
      'let-op',
    );
  regel(
    b.plan.verleendeSubsidie ? 'Verleende subsidie' : 'Gevraagde subsidie (geen verlening opgegeven)',
    bedragCel(e.verleend),
    NUMFMT.bedrag,
  );
  const ms = e.maatregelen;
  regel('Beoogd aantal toepassingen', somAantal((m) => m.beoogdeDeelnemers)(ms), NUMFMT.aantal);
  regel('Gerealiseerd aantal toepassingen', somAantal((m) => m.gerealiseerdeDeelnemers)(ms), NUMFMT.aantal);
  regel('Gerealiseerde subsidiabele kosten', somBedrag((m) => m.gerealiseerdeSubsidiabeleKosten)(ms), NUMFMT.bedrag);
  if (e.drempel) {
    regel('Realisatie aantal plan', fractieCel(e.realisatiePlan), NUMFMT.procent);
    regel(
      `Vaststelling ${VASTSTELLING_LEZING_TEKST['per-maatregel']} (${zekerheid})`,
      bedragCel(e.vaststelling ?? ZERO),
      NUMFMT.bedrag,
    );
    regel(
      `Vaststelling ${VASTSTELLING_LEZING_TEKST['naar-rato']} (${zekerheid})`,
      bedragCel(e.vaststellingNaarRato ?? ZERO),
      NUMFMT.bedrag,
    );
    if (!(e.vaststelling ?? ZERO).equals(e.vaststellingNaarRato ?? ZERO))
      regel(
        '',
        t(
          'De twee lezingen geven een ander bedrag: of de drempel per maatregel of per plan geldt, staat in geen gelezen tekst.',
        ),
        undefined,
        'let-op',
      );
  } else if (e.vaststelling) regel('Vaststelling', bedragCel(e.vaststelling), NUMFMT.bedrag);
  else regel('Vaststelling', t('niet te bepalen'), undefined, 'let-op');

  const keys = eindKolommen(e);
  const kolommen = keys.map((k) => KOLOMMEN[k] as Kolom);
  const top = 3;
  const rijen: ModelWaarde[][] = ms.map((m) => kolommen.map((k) => k.waarde(m)));
  const col = (k: EindKolom) => keys.indexOf(k) + 1;
  const cellen: ModelCel[] = [
    {
      row: 1,
      col: 1,
      waarde: t('Gerealiseerd aantal toepassingen en gerealiseerde subsidiabele kosten per maatregel'),
      opmaak: 'titel',
    },
  ];
  ms.forEach((m, i) => {
    const rr = top + 1 + i;
    const cel = (k: EindKolom) => `${columnLetters(col(k))}${rr}`;
    // The realisation is a live formula (with its computed result), so a reviewer can follow it.
    cellen.push({
      row: rr,
      col: col('realisatie'),
      waarde: fractieCel(m.realisatieDeelnemers),
      formule: `IF(${cel('beoogd')}=0,"",${cel('gerealiseerd')}/${cel('beoogd')})`,
      numFmt: NUMFMT.procent,
    });
    const opmaak = SIGNAAL_OPMAAK[m.signaal];
    if (opmaak) cellen.push({ row: rr, col: col('signaal'), waarde: t(SIGNAAL_TEKST[m.signaal]), opmaak });
  });
  // Totals under the table as SUM formulas over its data rows, with their computed result.
  const totaalRij = top + Math.max(ms.length, 1) + 1;
  cellen.push({ row: totaalRij, col: 1, waarde: t('Totaal'), opmaak: 'vet' });
  keys.forEach((k, j) => {
    const kolom = KOLOMMEN[k] as Kolom;
    if (!kolom.totaal) return;
    const letter = columnLetters(j + 1);
    cellen.push({
      row: totaalRij,
      col: j + 1,
      waarde: kolom.totaal(ms),
      formule: `SUM(${letter}${top + 1}:${letter}${totaalRij - 1})`,
      ...(kolom.numFmt ? { numFmt: kolom.numFmt } : {}),
      opmaak: 'vet',
    });
  });
  const bijlage: ModelBlad = {
    naam: EIND_BLADEN.bijlage,
    kolombreedtes: kolommen.map((k) => k.breedte),
    cellen,
    tabellen: [
      {
        naam: EIND_BIJLAGE_TABEL,
        row: top,
        col: 1,
        koppen: kolommen.map((k) => k.kop),
        rijen: rijen.length > 0 ? rijen : [kolommen.map(() => LEEG)],
        numFmts: kolommen.map((k) => k.numFmt),
      },
    ],
    validaties: [],
    vastRijen: top,
  };

  const signalen = signalenBlad(e.findings, {
    naam: EIND_BLADEN.signalen,
    titel: 'Signalen bij de einddeclaratie',
    tabel: 'Eindsignalen',
    bronKop: 'Bron',
    kolombreedtes: [18, 13, 28, 100, 40, 14, 80],
    afdruk: false,
  });

  const drempelBron = e.regeling.parameters['realisatieDrempel']?.bron ?? '';
  const uitleg = [
    'Toelichting bij de einddeclaratie',
    '',
    `Het blad '${EIND_BLADEN.bijlage}' volgt de bijlage bij de einddeclaratie: per maatregel het gerealiseerde aantal toepassingen (deelnemers) en de gerealiseerde subsidiabele kosten, uit de tabellen Maatregelen, Kostenposten en Realisatie van de begroting.`,
    e.regeling.id === 'dwsra-2016'
      ? 'Gerealiseerde subsidiabele kosten: de gerealiseerde directe kosten plus de forfaitaire opslag voor indirecte kosten.'
      : 'Gerealiseerde subsidiabele kosten: de gerealiseerde kosten van de maatregel.',
    ...(e.drempel
      ? [
          `Vaststelling: op de gerealiseerde aantallen en kosten (Kamerbrief voortgang sectorplannen juni 2015: de subsidie "kan" op nihil bij minder dan ${formatProcent(e.drempel)} realisatie en volgt de feitelijk gerealiseerde aantallen; ${drempelBron}). Of de drempel per maatregel of per plan geldt, staat in geen gelezen tekst; daarom twee lezingen, beide onzeker:`,
          '- per maatregel: een maatregel onder de drempel kan op nihil (getoond als nihil); een andere maatregel het laagste van zijn verlening, verlening x realisatiegraad (ten hoogste 100%) en het percentage van zijn kosten;',
          '- naar rato per plan: de drempel getoetst op alle deelnemers van het plan samen; daaronder kan het hele plan op nihil, anders krijgt elke maatregel hetzelfde bedrag als hierboven maar zonder nihil per maatregel.',
          'Beide lezingen: opgeteld over de maatregelen, ten hoogste de verleende subsidie, in hele euro omlaag.',
        ]
      : [
          'Vaststelling: de vaststellingsregel van de regeling toegepast op de gerealiseerde kosten van het hele plan, ten hoogste de verleende subsidie; kosten boven de begroting verhogen de subsidie niet.',
        ]),
    e.termijn
      ? `Uiterste datum einddeclaratie: ${e.termijn.article}${e.termijn.lezing ? `. Lezing: ${e.termijn.lezing}` : ''}`
      : 'Uiterste datum einddeclaratie: de regeling noemt geen termijn.',
    '',
    auditRegel(e, herkomst),
  ];
  const toelichting: ModelBlad = {
    naam: EIND_BLADEN.toelichting,
    kolombreedtes: [120],
    cellen: uitleg.map((u, i) => ({
      row: i + 1,
      col: 1,
      waarde: u === '' ? LEEG : t(u),
      ...(i === 0 ? { opmaak: 'titel' as const } : {}),
    })),
    tabellen: [],
    validaties: [],
  };
  return {
    titel: `Einddeclaratie ${b.plan.naam}`,
    bladen: [
      { naam: EIND_BLADEN.samenvatting, kolombreedtes: [46, 60], cellen: samenvatting, tabellen: [], validaties: [] },
      bijlage,
      signalen,
      toelichting,
    ],
  };
}
