/**
 * Golden cases as files: `test/golden/<area>/<case>.json`, one case a file, each with its input, its expected result
 * and the source (`bron`) the expected figure comes from. This module states the file format and loads the files;
 * golden.test.ts runs them. A file that does not fit the format is reported with its path and the offending keys.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';

export const GOLDEN_DIR = join(__dirname, '..', 'golden');

const bron = z.string().trim().min(10, 'bron: noem het document, de pagina of het artikel van de verwachte waarde');
const getalTekst = z.string().regex(/^-?\d+(\.\d+)?$/, 'verwacht: een getal als tekst, zoals "859265" of "1469.40"');

/** A registry function called as Excel and the CLI call it; the result as decimal or ISO-date text. */
const functieUitkomst = z.strictObject({
  functie: z.string().min(1),
  argumenten: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  verwacht: z.string().min(1),
  bron,
});

/** A registry function that must refuse, with the finding code and (optionally) the exact Dutch message. */
const functieWeigering = z.strictObject({
  functie: z.string().min(1),
  argumenten: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  weigering: z.strictObject({ code: z.string().min(1), melding: z.string().min(1).optional() }),
  bron,
});

/** The monthly minimum (youth) wage for a date and an age. */
const wml = z.strictObject({
  wml: z.strictObject({ datum: z.iso.date(), leeftijd: z.int().min(0).max(120) }),
  verwacht: getalTekst,
  bron,
});

const bevinding = z.strictObject({
  ernst: z.enum(['fout', 'waarschuwing', 'info']),
  code: z.string().min(1),
  /** The field path ('plan.gevraagdeSubsidie'); '' for a finding about the whole begroting. */
  pad: z.string(),
  melding: z.string().min(1).optional(),
  /** How sure the rule behind the finding is; asserted when given. */
  zekerheid: z.enum(['zeker', 'waarschijnlijk', 'onzeker']).optional(),
});

/** A begroting as an adapter hands it to the validator, with all its findings in the validator's order. */
const begroting = z.strictObject({
  begroting: z.record(z.string(), z.unknown()),
  verwacht: z.strictObject({
    oordeel: z.enum(['voldoet', 'voldoet-niet']),
    bevindingen: z.array(bevinding),
    totaleKosten: getalTekst.optional(),
    maximaleSubsidie: getalTekst.optional(),
    vereisteEigenBijdrage: getalTekst.optional(),
    maatregelen: z
      .array(
        z.strictObject({
          code: z.string(),
          kosten: getalTekst,
          maximum: getalTekst,
          szw: getalTekst,
          eigen: getalTekst,
        }),
      )
      .optional(),
  }),
  bron,
});

const signaal = z.enum(['op-schema', 'achter-op-schema', 'risico', 'onder-drempel', 'niet-gestart', 'geen-prestatie']);

/**
 * A voortgangsrapportage or vaststelling: a begroting with its realisatie at a peildatum, and the report's figures.
 * Where the regeling has a realisation threshold both readings of it (per maatregel, naar rato per plan); the
 * signals with their confidence (zekerheid) in the report's order.
 */
const rapport = z.strictObject({
  begroting: z.record(z.string(), z.unknown()),
  peildatum: z.iso.date(),
  verwacht: z.strictObject({
    rapportagedatum: z.iso.date().optional(),
    verleend: getalTekst,
    /** Prognosed over targeted participants of the whole plan, to 6 decimals rounded down. */
    prognoseRealisatiePlan: getalTekst.optional(),
    prognoseVaststelling: getalTekst.optional(),
    prognoseVaststellingNaarRato: getalTekst.optional(),
    maatregelen: z.array(
      z.strictObject({
        code: z.string(),
        signaal,
        prognoseDeelnemers: z.int().min(0).optional(),
        prognoseKosten: getalTekst.optional(),
        prognoseVaststelling: getalTekst.optional(),
        prognoseVaststellingNaarRato: getalTekst.optional(),
      }),
    ),
    signalen: z.array(
      z.strictObject({
        ernst: z.enum(['fout', 'waarschuwing', 'info']),
        code: z.string().min(1),
        pad: z.string(),
        zekerheid: z.enum(['zeker', 'waarschijnlijk', 'onzeker']),
      }),
    ),
  }),
  bron,
});

/**
 * h/eind (issue 12): an einddeclaratie, run through the use case (`maakEindverantwoording` on the begroting as the
 * template writes it): the figures at the plan's end, the vaststelling in both readings where the regeling has a
 * realisation threshold, and the last day to submit.
 */
const einddeclaratie = z.strictObject({
  begroting: z.record(z.string(), z.unknown()),
  einddeclaratie: z.strictObject({
    einddatum: z.iso.date(),
    vaststellingsdatum: z.iso.date().optional(),
    verleend: getalTekst,
    /** All realised over all targeted participants of the plan, to 6 decimals rounded down. */
    realisatiePlan: getalTekst.optional(),
    vaststelling: getalTekst.optional(),
    vaststellingNaarRato: getalTekst.optional(),
    maatregelen: z.array(
      z.strictObject({
        code: z.string(),
        gerealiseerdeDeelnemers: z.int().min(0),
        gerealiseerdeSubsidiabeleKosten: getalTekst,
        verleend: getalTekst.optional(),
        vaststelling: getalTekst.optional(),
        vaststellingNaarRato: getalTekst.optional(),
      }),
    ),
    signalen: z.array(
      z.strictObject({
        ernst: z.enum(['fout', 'waarschuwing', 'info']),
        code: z.string().min(1),
        pad: z.string(),
        zekerheid: z.enum(['zeker', 'waarschijnlijk', 'onzeker']),
      }),
    ),
  }),
  bron,
});

const FORMATEN = [
  'functie met verwacht',
  'functie met weigering',
  'wml',
  'begroting',
  'rapport',
  'einddeclaratie',
] as const;
export const goldenCaseSchema = z.union([functieUitkomst, functieWeigering, wml, begroting, rapport, einddeclaratie]);
export type GoldenCase = z.infer<typeof goldenCaseSchema>;
export type FunctieUitkomst = z.infer<typeof functieUitkomst>;
export type FunctieWeigering = z.infer<typeof functieWeigering>;
export type WmlCase = z.infer<typeof wml>;
export type BegrotingCase = z.infer<typeof begroting>;
export type RapportCase = z.infer<typeof rapport>;
export type EinddeclaratieCase = z.infer<typeof einddeclaratie>;

export interface GoldenFile {
  /** 'dwsra-max/werkvoorbeeld-1245313.json', relative to test/golden. */
  readonly naam: string;
  readonly area: string;
  readonly inhoud: unknown;
}

/** Every .json file under test/golden, sorted by path; anything else in that folder is an error. */
export function goldenFiles(dir: string = GOLDEN_DIR): GoldenFile[] {
  const out: GoldenFile[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const naam = relative(dir, p).split('\\').join('/');
        if (!naam.endsWith('.json') || !naam.includes('/'))
          throw new Error(`${naam}: a golden case is test/golden/<area>/<case>.json`);
        let inhoud: unknown;
        try {
          inhoud = JSON.parse(readFileSync(p, 'utf8'));
        } catch (error) {
          throw new Error(`${naam}: not valid JSON (${String(error)})`);
        }
        out.push({ naam, area: naam.slice(0, naam.indexOf('/')), inhoud });
      }
    }
  };
  walk(dir);
  return out;
}

/** The case in a file, or an error naming the file and each problem with its key path. */
export function parseGoldenCase(file: Pick<GoldenFile, 'naam' | 'inhoud'>): GoldenCase {
  const parsed = goldenCaseSchema.safeParse(file.inhoud);
  if (parsed.success) return parsed.data;
  const problemen = parsed.error.issues.flatMap((issue) =>
    issue.code === 'invalid_union'
      ? issue.errors.map(
          (branch, i) =>
            `as ${FORMATEN[i] ?? `format ${i + 1}`}: ${branch.map((b) => `${b.path.join('.') || '(root)'}: ${b.message}`).join('; ')}`,
        )
      : [`${issue.path.join('.') || '(root)'}: ${issue.message}`],
  );
  throw new Error(
    `${file.naam} is no valid golden case; it fits none of the formats:\n  - ${problemen.join('\n  - ')}`,
  );
}
