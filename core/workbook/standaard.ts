/**
 * The standard begroting workbook: which tables it has, on which sheets, with which header texts, value kinds,
 * choice lists and number formats. The reader finds tables by name or by these header texts (never by fixed cell
 * positions); the template writer lays them out. docs/werkboekformaat.md describes the same format for people.
 */
import {
  AANVRAGERSOORTEN,
  AANVRAGER_LABELS,
  BRON_LABELS,
  DOELGROEPEN,
  DOELGROEP_LABELS,
  FINANCIERINGSBRONNEN,
  KOSTENSOORTEN,
  KOSTENSOORT_LABELS,
} from '../begroting';
import { REGELINGEN } from '../regelingen';
import { REGELING_IDS, type RegelingId } from '../regelingen/ids';
import type { Keuze } from '../regelingen/types';

/** How a cell value is read: coerced by core's one coercion module, then handed to the begroting schema. */
type KolomSoort = 'tekst' | 'bedrag' | 'datum' | 'aantal' | 'tijdvak' | 'waarheid' | 'keuze';

export interface KolomDefinitie {
  /** Field name in the begroting model. */
  readonly veld: string;
  /** Header text in the standard workbook. */
  readonly kop: string;
  /** Other header texts accepted on reading. */
  readonly aliassen?: readonly string[];
  readonly soort: KolomSoort;
  readonly verplicht: boolean;
  /** For 'keuze': the allowed values (codes) and their labels; a cell may hold either. */
  readonly keuzes?: readonly Keuze[];
  readonly numFmt?: string;
  readonly breedte: number;
  readonly toelichting: string;
}

export type TabelSleutel = 'plan' | 'maatregelen' | 'kostenposten' | 'financiering' | 'realisatie';

export interface TabelDefinitie {
  readonly sleutel: TabelSleutel;
  /** Excel table name. */
  readonly naam: string;
  readonly blad: string;
  readonly verplicht: boolean;
  readonly kolommen: readonly KolomDefinitie[];
  readonly toelichting: string;
}

/** The plan table is a two-column list: one row per plan field, found by its label. */
type PlanVeld = KolomDefinitie;

export const NUMFMT = {
  bedrag: '"€" #,##0.00;-"€" #,##0.00',
  datum: 'dd-mm-yyyy',
  aantal: '0',
  procent: '0.0%',
  tekst: '@',
} as const;

export const PLAN_KOPPEN = { gegeven: 'Gegeven', waarde: 'Waarde' } as const;

const k = (
  veld: string,
  kop: string,
  soort: KolomSoort,
  verplicht: boolean,
  breedte: number,
  toelichting: string,
  extra: { aliassen?: readonly string[]; keuzes?: readonly Keuze[] } = {},
): KolomDefinitie => {
  const numFmt =
    soort === 'bedrag'
      ? NUMFMT.bedrag
      : soort === 'datum'
        ? NUMFMT.datum
        : soort === 'aantal' || soort === 'tijdvak'
          ? NUMFMT.aantal
          : undefined;
  return { veld, kop, soort, verplicht, breedte, toelichting, ...(numFmt ? { numFmt } : {}), ...extra };
};

export const KOSTENSOORT_KEUZES: readonly Keuze[] = KOSTENSOORTEN.map((waarde) => ({
  waarde,
  label: KOSTENSOORT_LABELS[waarde],
}));
export const AANVRAGER_KEUZES: readonly Keuze[] = AANVRAGERSOORTEN.map((waarde) => ({
  waarde,
  label: AANVRAGER_LABELS[waarde],
}));
export const BRON_KEUZES: readonly Keuze[] = FINANCIERINGSBRONNEN.map((waarde) => ({
  waarde,
  label: BRON_LABELS[waarde],
}));
export const REGELING_KEUZES: readonly Keuze[] = REGELING_IDS.map((waarde) => ({
  waarde,
  label: REGELINGEN[waarde].naam,
}));
export const DOELGROEP_KEUZES: readonly Keuze[] = DOELGROEPEN.map((waarde) => ({
  waarde,
  label: DOELGROEP_LABELS[waarde],
}));
const WAARHEID_KEUZES: readonly Keuze[] = [
  { waarde: 'ja', label: 'ja' },
  { waarde: 'nee', label: 'nee' },
];

/** The plan fields, in the order of the template. */
const PLAN_CACHE = new Map<RegelingId, readonly PlanVeld[]>();

export function planVelden(regeling: RegelingId): readonly PlanVeld[] {
  const cached = PLAN_CACHE.get(regeling);
  if (cached) return cached;
  const velden: PlanVeld[] = [
    k('regeling', 'Regeling', 'keuze', true, 0, 'Id van de regeling', { keuzes: REGELING_KEUZES }),
    k('naam', 'Naam van het plan', 'tekst', true, 0, 'Naam van het sectorplan of project', {
      aliassen: ['Naam', 'Plan', 'Project'],
    }),
    k('hoofdaanvrager', 'Hoofdaanvrager', 'tekst', true, 0, 'Organisatie die de subsidie aanvraagt', {
      aliassen: ['Aanvrager'],
    }),
    k(
      'beschikkingsdatum',
      'Beschikkingsdatum',
      'datum',
      false,
      0,
      'Datum van de verleningsbeschikking (leeg bij een aanvraag)',
    ),
    k('startdatum', 'Startdatum', 'datum', true, 0, 'Start van het plan'),
    k('einddatum', 'Einddatum', 'datum', true, 0, 'Laatste dag van het plan'),
  ];
  if (regeling === 'dwsra-2016') velden.push(k('tijdvak', 'Tijdvak', 'tijdvak', false, 0, 'Aanvraagtijdvak: 1 of 2'));
  velden.push(
    k('verlenging', 'Verlenging verleend', 'waarheid', false, 0, 'ja als verlenging van de looptijd is verleend', {
      aliassen: ['Verlenging'],
      keuzes: WAARHEID_KEUZES,
    }),
    k('gevraagdeSubsidie', 'Gevraagde subsidie', 'bedrag', true, 0, 'Gevraagde cofinanciering SZW in euro'),
    k(
      'verleendeSubsidie',
      'Verleende subsidie',
      'bedrag',
      false,
      0,
      'Verleende subsidie volgens de beschikking (leeg bij een aanvraag)',
    ),
    // Last, so templates made before this row existed keep their cell addresses.
    k(
      'soortAanvrager',
      'Soort hoofdaanvrager',
      'keuze',
      false,
      0,
      'Werkgevers- of werknemersorganisatie, O&O-fonds of kenniscentrum (wie mag aanvragen verschilt per regeling)',
      {
        aliassen: ['Soort aanvrager'],
        keuzes: AANVRAGER_KEUZES,
      },
    ),
    k(
      'aanvraagdatum',
      'Aanvraagdatum',
      'datum',
      false,
      0,
      'Datum waarop de aanvraag is ingediend (leeg: niet getoetst)',
      {
        aliassen: ['Datum aanvraag'],
      },
    ),
  );
  PLAN_CACHE.set(regeling, velden);
  return velden;
}

const TABEL_CACHE = new Map<RegelingId, readonly TabelDefinitie[]>();

/** The tables of the standard workbook for a regeling (built once per regeling). */
export function tabelDefinities(regeling: RegelingId): readonly TabelDefinitie[] {
  const cached = TABEL_CACHE.get(regeling);
  if (cached) return cached;
  const defs = maakTabelDefinities(regeling);
  TABEL_CACHE.set(regeling, defs);
  return defs;
}

function maakTabelDefinities(regeling: RegelingId): readonly TabelDefinitie[] {
  const r = REGELINGEN[regeling];
  const soortKop = regeling === 'sectorplannen-2013' ? 'Thema' : regeling === 'dwsra-2016' ? 'Activiteit' : 'Soort';
  const dwsra = regeling === 'dwsra-2016';
  const maatregelKolommen: KolomDefinitie[] = [
    k('code', 'Code', 'tekst', true, 10, 'Unieke korte code van de maatregel, bijvoorbeeld M1'),
    k('naam', 'Naam', 'tekst', true, 40, 'Naam van de maatregel', { aliassen: ['Maatregel', 'Omschrijving'] }),
    k('soort', soortKop, 'keuze', true, 22, `Kies uit de lijst (${r.soorten.map((s) => s.waarde).join(', ')})`, {
      aliassen: ['Soort', 'Thema', 'Activiteit', 'Type'],
      keuzes: r.soorten,
    }),
    k('startdatum', 'Startdatum', 'datum', true, 13, 'Start van de maatregel'),
    k('einddatum', 'Einddatum', 'datum', true, 13, 'Laatste dag van de maatregel'),
    k('beoogdeDeelnemers', 'Beoogde deelnemers', 'aantal', true, 12, 'Beoogd aantal deelnemers (de prestatie)', {
      aliassen: ['Deelnemers', 'Aantal deelnemers'],
    }),
  ];
  if (dwsra)
    maatregelKolommen.push(
      k(
        'wwMaanden',
        'WW-maanden bij start',
        'aantal',
        false,
        12,
        'DW2/DW3: langste WW-duur in maanden van de doelgroep bij de start',
      ),
    );
  // h/portfolio (issue 12): last, so workbooks made before this column existed keep their cell addresses.
  maatregelKolommen.push(
    k('doelgroep', 'Doelgroep', 'keuze', false, 22, 'Voor wie de maatregel vooral is (leeg: niet opgegeven)', {
      keuzes: DOELGROEP_KEUZES,
    }),
  );
  const kostenKolommen: KolomDefinitie[] = [
    k('maatregel', 'Maatregel', 'tekst', true, 10, 'Code van de maatregel waar de kosten bij horen', {
      aliassen: ['Code', 'Maatregelcode'],
    }),
    k('soort', 'Kostensoort', 'keuze', true, 22, 'Kies uit de lijst', {
      aliassen: ['Soort'],
      keuzes: KOSTENSOORT_KEUZES,
    }),
    k('omschrijving', 'Omschrijving', 'tekst', false, 36, 'Vrije tekst'),
    k('bedrag', 'Bedrag', 'bedrag', true, 16, 'Begrote kosten in euro', { aliassen: ['Kosten'] }),
  ];
  if (!dwsra)
    kostenKolommen.push(
      k('brutoloon', 'Brutoloon', 'bedrag', false, 14, 'Personeel: brutoloon waarover de vaste opslag gaat'),
      k('uren', 'Uren', 'bedrag', false, 8, 'Advies: aantal uren'),
      k('tarief', 'Uurtarief', 'bedrag', false, 11, 'Advies: uurtarief in euro', { aliassen: ['Tarief'] }),
      k('geboortedatum', 'Geboortedatum', 'datum', false, 13, 'BBL: geboortedatum van de deelnemer'),
      k('startdatum', 'Startdatum', 'datum', false, 13, 'BBL: startdatum van het traject'),
      k('maanden', 'Maanden', 'aantal', false, 9, 'BBL: duur van het traject in maanden'),
    );
  kostenKolommen.push(
    k('personen', 'Personen', 'aantal', false, 9, 'Scholingsvoucher: aantal personen (leeg: één)'),
    k(
      'baangarantieMaanden',
      'Baangarantie maanden',
      'aantal',
      false,
      11,
      'Scholingsvoucher: baangarantie van een nieuwe werkgever, in maanden (leeg: geen)',
      {
        aliassen: ['Baangarantie'],
      },
    ),
  );
  return [
    {
      sleutel: 'plan',
      naam: 'Plan',
      blad: 'Plan',
      verplicht: true,
      kolommen: [],
      toelichting: 'Gegevens van het plan: één regel per gegeven, kolommen Gegeven en Waarde.',
    },
    {
      sleutel: 'maatregelen',
      naam: 'Maatregelen',
      blad: 'Maatregelen',
      verplicht: true,
      kolommen: maatregelKolommen,
      toelichting: 'Eén regel per maatregel (activiteit).',
    },
    {
      sleutel: 'kostenposten',
      naam: 'Kostenposten',
      blad: 'Kosten',
      verplicht: true,
      kolommen: kostenKolommen,
      toelichting: dwsra
        ? 'Eén regel per kostenpost; alleen directe kosten (de opslag van 15% rekent cofin zelf).'
        : 'Eén regel per kostenpost.',
    },
    {
      sleutel: 'financiering',
      naam: 'Financiering',
      blad: 'Financiering',
      verplicht: true,
      kolommen: [
        k('maatregel', 'Maatregel', 'tekst', false, 10, 'Code van de maatregel (leeg: het hele plan)', {
          aliassen: ['Code'],
        }),
        k('bron', 'Bron', 'keuze', true, 36, 'Kies uit de lijst', {
          aliassen: ['Financieringsbron'],
          keuzes: BRON_KEUZES,
        }),
        k('omschrijving', 'Omschrijving', 'tekst', false, 30, 'Vrije tekst'),
        k('bedrag', 'Bedrag', 'bedrag', true, 16, 'Bijdrage in euro'),
      ],
      toelichting: 'Eén regel per financieringsbron; de financiering moet de kosten precies dekken.',
    },
    {
      sleutel: 'realisatie',
      naam: 'Realisatie',
      blad: 'Realisatie',
      verplicht: false,
      kolommen: [
        k('maatregel', 'Maatregel', 'tekst', true, 10, 'Code van de maatregel', { aliassen: ['Code'] }),
        k(
          'gerealiseerdeDeelnemers',
          'Gerealiseerde deelnemers',
          'aantal',
          true,
          14,
          'Aantal deelnemers tot de peildatum',
          { aliassen: ['Deelnemers gerealiseerd'] },
        ),
        k(
          'gerealiseerdeKosten',
          'Gerealiseerde kosten',
          'bedrag',
          true,
          18,
          dwsra ? 'Gerealiseerde directe kosten tot de peildatum' : 'Gerealiseerde kosten tot de peildatum',
          { aliassen: ['Kosten gerealiseerd'] },
        ),
      ],
      toelichting: 'Alleen voor de voortgangsrapportage: per maatregel de realisatie tot de peildatum.',
    },
  ];
}

/** Normalised header text for matching: case, spaces, punctuation and a unit in brackets do not matter. */
const NORM_CACHE = new Map<string, string>();

export function normKop(text: string): string {
  const hit = NORM_CACHE.get(text);
  if (hit !== undefined) return hit;
  const norm = text
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
  // Header and choice texts repeat across rows and files; free text is rarely normalised, so the cache stays small.
  if (NORM_CACHE.size < 10_000) NORM_CACHE.set(text, norm);
  return norm;
}

export function kopPast(kolom: KolomDefinitie, text: string): boolean {
  const n = normKop(text);
  return n !== '' && (normKop(kolom.kop) === n || (kolom.aliassen ?? []).some((a) => normKop(a) === n));
}
