/**
 * The begroting (plan budget) model and its zod schema. Input is plain data: amounts as decimal strings
 * ('1250.50') or as the Decimal the workbook reader's coercion already made of a cell, dates as 'YYYY-MM-DD', counts
 * as numbers. Each value is parsed once: text here, a cell in `coerce`; after the schema the types can be trusted.
 *
 * Paths such as `kostenposten[3].bedrag` identify each field; findings carry them so a workbook adapter can point
 * at the cell the field came from.
 */
import type { Pad } from './findings';
import { z } from 'zod';
import { D, aantalVan, bedrag, bedragUitCenten, type Aantal, type Bedrag, type Dec } from './money';
import { parseIsoDatum, type Datum } from './dates';
import { REGELING_IDS } from './regelingen/ids';

export const KOSTENSOORTEN = [
  'personeel',
  'advies',
  'bbl',
  'extern',
  'materieel',
  'overhead',
  'overig',
  'scholingsvoucher',
] as const;
type Kostensoort = (typeof KOSTENSOORTEN)[number];
export const KOSTENSOORT_LABELS: Readonly<Record<Kostensoort, string>> = {
  personeel: 'Loonkosten eigen personeel (brutoloon + opslag)',
  advies: 'Advieskosten (uren x tarief)',
  bbl: 'Loonkosten BBL-deelnemer',
  extern: 'Externe kosten (opleiding, inhuur, derden)',
  materieel: 'Materiële kosten',
  overhead: 'Overhead / indirecte kosten',
  overig: 'Overige directe kosten',
  scholingsvoucher: 'Scholingsvoucher UWV (opleiding richting een kansberoep)',
};

export const FINANCIERINGSBRONNEN = [
  'szw',
  'werkgevers',
  'werknemers',
  'oo-fonds',
  'deelnemers',
  'gemeente',
  'provincie',
  'overig',
] as const;
type Financieringsbron = (typeof FINANCIERINGSBRONNEN)[number];
export const BRON_LABELS: Readonly<Record<Financieringsbron, string>> = {
  szw: 'Cofinanciering SZW (gevraagde subsidie)',
  werkgevers: 'Werkgevers(organisaties)',
  werknemers: 'Werknemers(organisaties)',
  'oo-fonds': 'O&O-fonds',
  deelnemers: 'Individuele werknemers / zzp',
  gemeente: 'Gemeente(n)',
  provincie: 'Provincie(s)',
  overig: 'Overige eigen middelen',
};

/**
 * h/portfolio (issue 12): the target group a maatregel is meant for, optional. Only the portfolio overview uses it
 * (the share of sectorplan money for young people, an aim for all plans together, never a rule for one plan).
 */
export const DOELGROEPEN = ['jongeren', 'werklozen', 'ouderen', 'werkenden', 'geen'] as const;
export type Doelgroep = (typeof DOELGROEPEN)[number];
export const DOELGROEP_LABELS: Readonly<Record<Doelgroep, string>> = {
  jongeren: 'Jongeren',
  werklozen: 'Werklozen en met werkloosheid bedreigden',
  ouderen: 'Ouderen',
  werkenden: 'Zittende werknemers',
  geen: 'Geen specifieke doelgroep',
};

/** Types of organisation that may be hoofdaanvrager under one regeling or another (which, is per regeling). */
export const AANVRAGERSOORTEN = [
  'werkgeversorganisatie',
  'werknemersorganisatie',
  'oo-fonds',
  'kenniscentrum',
] as const;
export type Aanvragersoort = (typeof AANVRAGERSOORTEN)[number];
export const AANVRAGER_LABELS: Readonly<Record<Aanvragersoort, string>> = {
  werkgeversorganisatie: 'Werkgeversorganisatie',
  werknemersorganisatie: 'Werknemersorganisatie',
  'oo-fonds': 'O&O-fonds',
  kenniscentrum: 'Kenniscentrum beroepsonderwijs bedrijfsleven',
};

const DECIMAL = /^\d+(\.\d+)?$/;

const text = (what: string) =>
  z
    .string({ error: (i) => (i.input === undefined ? `${what} ontbreekt` : `${what}: verwacht tekst`) })
    .trim()
    .min(1, { error: `${what} is leeg` });

const BEDRAG_VORM = 'verwacht een bedrag van 0 of meer, zoals 1250.50';

/**
 * An amount as text ('1250.50', never a float), or as the Decimal a cell already became in `coerce`, which is taken
 * as it is rather than printed and parsed again. The transforms sit outside the union, so that a text of the wrong
 * form reports its own issue rather than the union's.
 */
const decimaalSchema = z.union(
  [
    z.string().regex(DECIMAL, { error: BEDRAG_VORM }),
    z.instanceof(D).refine((d) => d.isFinite() && (d.isZero() || !d.isNegative()), { error: BEDRAG_VORM }),
  ],
  { error: (i) => (i.input === undefined ? 'bedrag ontbreekt' : 'verwacht een bedrag') },
);
const bedragSchema = decimaalSchema.transform((v): Bedrag => bedrag(v));
/** Hours are written like an amount but are a quantity, never money. */
const urenSchema = decimaalSchema.transform((v): Aantal => aantalVan(v));

const datumSchema = z
  .string({ error: (i) => (i.input === undefined ? 'datum ontbreekt' : 'verwacht een datum') })
  .refine((s) => parseIsoDatum(s) !== undefined, { error: 'verwacht een geldige datum (JJJJ-MM-DD)' })
  .transform((s) => s as Datum);

const aantalSchema = z
  .number({ error: (i) => (i.input === undefined ? 'aantal ontbreekt' : 'verwacht een aantal') })
  .int({ error: 'verwacht een geheel aantal' })
  .min(0, { error: 'aantal mag niet negatief zijn' })
  .max(100_000_000, { error: 'aantal is onwaarschijnlijk groot' });

const maandenSchema = z
  .number({ error: 'verwacht een aantal maanden' })
  .int({ error: 'verwacht een geheel aantal maanden' })
  .min(0, { error: 'aantal maanden mag niet negatief zijn' })
  .max(1200, { error: 'aantal maanden is onwaarschijnlijk groot' });

export const planSchema = z.object({
  regeling: z.enum(REGELING_IDS, { error: `regeling: kies uit ${REGELING_IDS.join(', ')}` }),
  naam: text('naam van het plan'),
  hoofdaanvrager: text('hoofdaanvrager'),
  soortAanvrager: z
    .enum(AANVRAGERSOORTEN, { error: `soort hoofdaanvrager: kies uit ${AANVRAGERSOORTEN.join(', ')}` })
    .optional(),
  beschikkingsdatum: datumSchema.optional(),
  startdatum: datumSchema,
  einddatum: datumSchema,
  tijdvak: z.number().int().min(1, { error: 'tijdvak is 1 of 2' }).max(2, { error: 'tijdvak is 1 of 2' }).optional(),
  verlenging: z.boolean({ error: 'verlenging: verwacht ja of nee' }).optional(),
  gevraagdeSubsidie: bedragSchema,
  verleendeSubsidie: bedragSchema.optional(),
  /** The day the application was submitted; optional, so workbooks without it stay valid. */
  aanvraagdatum: datumSchema.optional(),
});

export const maatregelSchema = z.object({
  code: text('code'),
  naam: text('naam'),
  soort: text('soort'),
  startdatum: datumSchema,
  einddatum: datumSchema,
  beoogdeDeelnemers: aantalSchema,
  /** DWSRA DW2/DW3: the longest WW duration (months) of the target group at the start of the activity. */
  wwMaanden: z.number({ error: 'verwacht een aantal maanden' }).min(0).max(1200).optional(),
  /** h/portfolio (issue 12): the target group, for the portfolio overview only; optional, so older workbooks stay valid. */
  doelgroep: z.enum(DOELGROEPEN, { error: `doelgroep: kies uit ${DOELGROEPEN.join(', ')}` }).optional(),
});

export const kostenpostSchema = z.object({
  maatregel: text('maatregel'),
  soort: z.enum(KOSTENSOORTEN, { error: `soort: kies uit ${KOSTENSOORTEN.join(', ')}` }),
  omschrijving: z.string().optional(),
  bedrag: bedragSchema,
  brutoloon: bedragSchema.optional(),
  uren: urenSchema.optional(),
  tarief: bedragSchema.optional(),
  geboortedatum: datumSchema.optional(),
  startdatum: datumSchema.optional(),
  maanden: maandenSchema.optional(),
  /** Scholingsvoucher: the number of persons the line is for (empty: one). */
  personen: aantalSchema.min(1, { error: 'aantal personen is ten minste 1' }).optional(),
  /** Scholingsvoucher: months of the job guarantee of a new employer (empty: none). */
  baangarantieMaanden: maandenSchema.optional(),
});

export const financieringSchema = z.object({
  maatregel: z.string().trim().optional(),
  bron: z.enum(FINANCIERINGSBRONNEN, { error: `bron: kies uit ${FINANCIERINGSBRONNEN.join(', ')}` }),
  omschrijving: z.string().optional(),
  bedrag: bedragSchema,
});

export const realisatieSchema = z.object({
  maatregel: text('maatregel'),
  gerealiseerdeDeelnemers: aantalSchema,
  gerealiseerdeKosten: bedragSchema,
});

export const begrotingSchema = z.object({
  plan: planSchema,
  maatregelen: z.array(maatregelSchema).max(100_000),
  kostenposten: z.array(kostenpostSchema).max(1_000_000),
  financiering: z.array(financieringSchema).max(1_000_000),
  realisatie: z.array(realisatieSchema).max(100_000).optional(),
});

export type Begroting = z.output<typeof begrotingSchema>;
export type BegrotingInput = z.input<typeof begrotingSchema>;
export type Maatregel = Begroting['maatregelen'][number];
export type Kostenpost = Begroting['kostenposten'][number];
export type Financiering = Begroting['financiering'][number];

/** Human names of the fields, for messages that name what is wrong. */
const VELD_LABELS: Readonly<Record<string, string>> = {
  regeling: 'regeling',
  naam: 'naam',
  hoofdaanvrager: 'hoofdaanvrager',
  soortAanvrager: 'soort hoofdaanvrager',
  beschikkingsdatum: 'beschikkingsdatum',
  aanvraagdatum: 'aanvraagdatum',
  startdatum: 'startdatum',
  einddatum: 'einddatum',
  tijdvak: 'tijdvak',
  verlenging: 'verlenging',
  gevraagdeSubsidie: 'gevraagde subsidie',
  verleendeSubsidie: 'verleende subsidie',
  code: 'code',
  soort: 'soort',
  beoogdeDeelnemers: 'beoogde deelnemers',
  wwMaanden: 'WW-maanden bij start',
  doelgroep: 'doelgroep',
  maatregel: 'maatregel',
  omschrijving: 'omschrijving',
  bedrag: 'bedrag',
  brutoloon: 'brutoloon',
  uren: 'uren',
  tarief: 'uurtarief',
  geboortedatum: 'geboortedatum',
  maanden: 'maanden',
  personen: 'personen',
  baangarantieMaanden: 'baangarantie in maanden',
  bron: 'bron',
  gerealiseerdeDeelnemers: 'gerealiseerde deelnemers',
  gerealiseerdeKosten: 'gerealiseerde kosten',
};

/** ['kostenposten', 3, 'bedrag'] -> 'kostenpost 4, bedrag' (1-based, as a person counts rows). */
export function describePath(path: Pad): string {
  const SINGULAR: Record<string, string> = {
    maatregelen: 'maatregel',
    kostenposten: 'kostenpost',
    financiering: 'financieringsregel',
    realisatie: 'realisatieregel',
  };
  const out: string[] = [];
  path.forEach((key, i) => {
    const next = path[i + 1];
    if (typeof key === 'number') return;
    if (typeof next === 'number') out.push(`${SINGULAR[key] ?? key} ${next + 1}`);
    else out.push(key === 'plan' ? 'plan' : (VELD_LABELS[key] ?? key));
  });
  return out.join(', ');
}

/** The parse result of `begrotingSchema`, from `parseBegroting`. */
export type BegrotingParse = ReturnType<typeof begrotingSchema.safeParse>;

const KOSTENSOORT_SET: ReadonlySet<string> = new Set(KOSTENSOORTEN);

/** An object literal or a null-prototype object: the rows a reader or JSON gives, without getters of a class. */
function gewoonObject(x: unknown): x is Readonly<Record<string, unknown>> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * The cents of an amount text that `decimaalSchema` accepts and that is whole cents ('1250', '1250.5', '1250.50'),
 * with at most 13 digits before the point (so the cents are below 10^15, a safe integer); undefined for any other
 * text, which then goes through decimal.js.
 */
function tekstCenten(s: string): number | undefined {
  const n = s.length;
  let c = 0;
  let i = 0;
  for (; i < n; i += 1) {
    const t = s.charCodeAt(i) - 48;
    if (t < 0 || t > 9) break;
    c = c * 10 + t;
  }
  if (i === 0 || i > 13) return undefined;
  if (i === n) return c * 100;
  if (s.charCodeAt(i) !== 46 || n - i - 1 > 2 || n - i - 1 < 1) return undefined;
  const a = s.charCodeAt(i + 1) - 48;
  const b = n - i - 1 === 2 ? s.charCodeAt(i + 2) - 48 : 0;
  if (a < 0 || a > 9 || b < 0 || b > 9) return undefined;
  return c * 100 + a * 10 + b;
}

/**
 * What `bedragSchema` makes of v, or undefined where `decimaalSchema` would refuse it: whole-cent text without
 * parsing it through decimal.js.
 */
function snelBedrag(v: unknown): Bedrag | undefined {
  if (typeof v === 'string') {
    const c = tekstCenten(v);
    if (c !== undefined) return bedragUitCenten(c);
    return DECIMAL.test(v) ? bedrag(v) : undefined;
  }
  return geldigDecimaal(v) ? bedrag(v) : undefined;
}

/** Whether `decimaalSchema` accepts v (a decimal text, or a finite decimal of 0 or more) without any issue. */
function geldigDecimaal(v: unknown): v is string | Dec {
  if (typeof v === 'string') return DECIMAL.test(v);
  return v instanceof D && v.isFinite() && (v.isZero() || !v.isNegative());
}

const snelMaanden = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 1200;
const snelAantal = (v: unknown, min: number): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= 100_000_000;
const snelDatum = (v: unknown): v is Datum => typeof v === 'string' && parseIsoDatum(v) !== undefined;
/** `text(...)`'s output: the trimmed text when it is not empty. */
const snelTekst = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length === 0 ? undefined : t;
};

/**
 * One cost line as `kostenpostSchema` outputs it (the shape's keys in the shape's order, an optional key present
 * exactly when the input has it, unknown keys dropped), or undefined wherever the schema could refuse or treat the
 * row in any other way; then the schema reads it. Only plain, well-formed rows take this path. Each optional field
 * has its own branch on purpose: one shared helper taking a reader per field made its call sites megamorphic and the
 * 10,000-line validation of bench/run.ts about 2x slower (measured).
 */
function snelleKostenpost(row: unknown): Kostenpost | undefined {
  if (!gewoonObject(row)) return undefined;
  const { maatregel, soort, omschrijving, bedrag: bedragWaarde, brutoloon, uren, tarief } = row;
  if (typeof maatregel !== 'string' || typeof soort !== 'string' || !KOSTENSOORT_SET.has(soort)) return undefined;
  const code = maatregel.trim();
  const bedragPost = snelBedrag(bedragWaarde);
  if (code.length === 0 || bedragPost === undefined) return undefined;
  const out: Record<string, unknown> = { maatregel: code, soort };
  if (omschrijving !== undefined) {
    if (typeof omschrijving !== 'string') return undefined;
    out['omschrijving'] = omschrijving;
  } else if ('omschrijving' in row) out['omschrijving'] = undefined;
  out['bedrag'] = bedragPost;
  if (brutoloon !== undefined) {
    const loon = snelBedrag(brutoloon);
    if (loon === undefined) return undefined;
    out['brutoloon'] = loon;
  } else if ('brutoloon' in row) out['brutoloon'] = undefined;
  if (uren !== undefined) {
    if (!geldigDecimaal(uren)) return undefined;
    out['uren'] = aantalVan(uren);
  } else if ('uren' in row) out['uren'] = undefined;
  if (tarief !== undefined) {
    const t = snelBedrag(tarief);
    if (t === undefined) return undefined;
    out['tarief'] = t;
  } else if ('tarief' in row) out['tarief'] = undefined;
  // The rarer fields (BBL and voucher lines), in the shape's order.
  const { geboortedatum, startdatum, maanden, personen, baangarantieMaanden } = row;
  if (geboortedatum !== undefined) {
    if (!snelDatum(geboortedatum)) return undefined;
    out['geboortedatum'] = geboortedatum;
  } else if ('geboortedatum' in row) out['geboortedatum'] = undefined;
  if (startdatum !== undefined) {
    if (!snelDatum(startdatum)) return undefined;
    out['startdatum'] = startdatum;
  } else if ('startdatum' in row) out['startdatum'] = undefined;
  if (maanden !== undefined) {
    if (!snelMaanden(maanden)) return undefined;
    out['maanden'] = maanden;
  } else if ('maanden' in row) out['maanden'] = undefined;
  if (personen !== undefined) {
    if (!snelAantal(personen, 1)) return undefined;
    out['personen'] = personen;
  } else if ('personen' in row) out['personen'] = undefined;
  if (baangarantieMaanden !== undefined) {
    if (!snelMaanden(baangarantieMaanden)) return undefined;
    out['baangarantieMaanden'] = baangarantieMaanden;
  } else if ('baangarantieMaanden' in row) out['baangarantieMaanden'] = undefined;
  return out as unknown as Kostenpost;
}

const DOELGROEP_SET: ReadonlySet<string> = new Set(DOELGROEPEN);
const BRON_SET: ReadonlySet<string> = new Set(FINANCIERINGSBRONNEN);

/** One maatregel row as `maatregelSchema` outputs it, or undefined wherever the schema could read it otherwise. */
function snelleMaatregel(row: unknown): Maatregel | undefined {
  if (!gewoonObject(row)) return undefined;
  const code = snelTekst(row['code']);
  const naam = snelTekst(row['naam']);
  const soort = snelTekst(row['soort']);
  const { startdatum, einddatum, beoogdeDeelnemers } = row;
  if (code === undefined || naam === undefined || soort === undefined) return undefined;
  if (!snelDatum(startdatum) || !snelDatum(einddatum) || !snelAantal(beoogdeDeelnemers, 0)) return undefined;
  const out: Record<string, unknown> = { code, naam, soort, startdatum, einddatum, beoogdeDeelnemers };
  if ('wwMaanden' in row) {
    const v = row['wwMaanden'];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1200)) return undefined;
    out['wwMaanden'] = v;
  }
  if ('doelgroep' in row) {
    const v = row['doelgroep'];
    if (v !== undefined && !(typeof v === 'string' && DOELGROEP_SET.has(v))) return undefined;
    out['doelgroep'] = v;
  }
  return out as unknown as Maatregel;
}

/** One financing row as `financieringSchema` outputs it, or undefined wherever the schema could read it otherwise. */
function snelleFinanciering(row: unknown): Financiering | undefined {
  if (!gewoonObject(row)) return undefined;
  const { bron } = row;
  const bedragRegel = snelBedrag(row['bedrag']);
  if (typeof bron !== 'string' || !BRON_SET.has(bron) || bedragRegel === undefined) return undefined;
  const out: Record<string, unknown> = {};
  if ('maatregel' in row) {
    const v = row['maatregel'];
    if (v !== undefined && typeof v !== 'string') return undefined;
    out['maatregel'] = v === undefined ? v : v.trim();
  }
  out['bron'] = bron;
  if ('omschrijving' in row) {
    const v = row['omschrijving'];
    if (v !== undefined && typeof v !== 'string') return undefined;
    out['omschrijving'] = v;
  }
  out['bedrag'] = bedragRegel;
  return out as unknown as Financiering;
}

/** Every row of `rows` read by `snel`, or undefined when one is not plain and well formed (or the list is too long). */
function snelleRijen<T>(rows: unknown, max: number, snel: (row: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(rows) || rows.length > max) return undefined;
  const out: T[] = [];
  for (const row of rows) {
    const r = snel(row);
    if (r === undefined) return undefined;
    out.push(r);
  }
  return out;
}

/**
 * `begrotingSchema.safeParse(input, params)`, with the maatregelen, cost lines and financing rows (the bulk of a
 * large begroting) read by `snelleMaatregel`, `snelleKostenpost` and `snelleFinanciering` where every row is plain
 * and well formed: the same data, key for key, each amount the same decimal (test/core/parse.test.ts). Wherever a row
 * or the rest of the begroting could be refused, the schema parses the whole input, so every issue is the schema's
 * own, in its order.
 */
export function parseBegroting(
  input: unknown,
  params?: Parameters<typeof begrotingSchema.safeParse>[1],
): BegrotingParse {
  if (gewoonObject(input)) {
    const kostenposten = snelleRijen(input['kostenposten'], 1_000_000, snelleKostenpost);
    const maatregelen = kostenposten && snelleRijen(input['maatregelen'], 100_000, snelleMaatregel);
    const financiering = maatregelen && snelleRijen(input['financiering'], 1_000_000, snelleFinanciering);
    if (kostenposten && maatregelen && financiering) {
      const rest = begrotingSchema.safeParse({ ...input, maatregelen: [], kostenposten: [], financiering: [] }, params);
      if (rest.success) return { success: true, data: { ...rest.data, maatregelen, kostenposten, financiering } };
    }
  }
  return begrotingSchema.safeParse(input, params);
}
