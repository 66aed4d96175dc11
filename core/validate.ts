/**
 * Validation of a begroting: parse once with zod, then the checks every regeling shares, then the regeling's own.
 * Returns findings as data and never throws, whatever the input.
 */
import type { z } from 'zod';
import { bedrag, verschil } from './money';
import { compareDatum } from './dates';
import {
  alsFinding,
  aantalOnzeker,
  sortFindings,
  steunUit,
  uncheckedFinding,
  type Bron,
  type Finding,
  type FindingCode,
  type Location,
  type Pad,
  type RuleParamsOf,
  type Steun,
} from './findings';
import { padTekst } from './tekst';
import {
  describePath,
  financieringSchema,
  kostenpostSchema,
  maatregelSchema,
  planSchema,
  realisatieSchema,
  parseBegroting,
  AANVRAGER_LABELS,
  type Begroting,
  type Kostenpost,
} from './begroting';
import { REGELINGEN } from './regelingen';
import { sluitOpAfronding, sluitTolerantie } from './regelingen/sluiten';
import { steuntOp } from './parameter';
import type { RegelingId } from './regelingen/ids';
import type { Berekening, RegelingCheck } from './regelingen/types';
import { scholingsvoucherControles, type VoucherCheck } from './regelingen/scholingsvoucher';

export type Oordeel = 'voldoet' | 'voldoet-niet';

export interface ControleResultaat {
  readonly oordeel: Oordeel;
  readonly findings: readonly Finding[];
  /** How many findings rest on a reading that is onzeker (they warn; the verdict rests only on the fouten). */
  readonly onzeker: number;
  readonly regeling?: RegelingId;
  /** The figures of the begroting; absent when the input could not be read as a begroting. */
  readonly berekening?: Berekening;
  readonly begroting?: Begroting;
}

interface ControleOpties {
  /** Maps a model path to where it came from (a workbook cell), so every finding points at the cell. */
  readonly locate?: (path: Pad) => Location;
  /** Paths whose problem the reader already reported (a missing column, a cell that is no amount): not repeated. */
  readonly verklaard?: (path: Pad) => boolean;
}

const SCHEMA_ARTICLE = 'Standaardformaat begroting cofin';

/** What a value of the wrong type should have been, by zod's `expected`. */
const VERWACHT: Readonly<Partial<Record<string, string>>> = {
  array: 'een lijst',
  object: 'een rij met velden',
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee',
};

/**
 * Dutch for the issues a schema leaves without a message of its own (its own messages take precedence), passed per
 * parse so zod's global configuration stays untouched.
 */
const nederlands: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'ontbreekt' : `verwacht ${VERWACHT[issue.expected] ?? 'een andere waarde'}`;
    case 'too_big':
      return 'te groot of te veel regels';
    case 'too_small':
      return 'te klein of leeg';
    case 'unrecognized_keys':
      return `onbekende velden: ${issue.keys.join(', ')}`;
    default:
      return 'ongeldige waarde';
  }
};

export function valideerBegroting(input: unknown, opties: ControleOpties = {}): ControleResultaat {
  const locate = opties.locate ?? ((path: Pad): Location => ({ path: padTekst(path) }));
  const make: Make = (code, path, steun, params) => {
    const location = locate(path);
    return uncheckedFinding(code, { location, ...steunUit(steun), params: { veld: describePath(path), ...params } });
  };
  const place = (check: RegelingCheck | VoucherCheck): Finding =>
    'zekerheid' in check
      ? uncheckedFinding(check.code, {
          location: locate(check.path),
          article: check.article,
          zekerheid: check.zekerheid,
          ...(check.lezing === undefined ? {} : { lezing: check.lezing }),
          params: { veld: describePath(check.path), ...check.params },
        })
      : alsFinding(check, locate(check.path), describePath(check.path));
  try {
    const parsed = parseBegroting(input, { error: nederlands });
    if (parsed.success) {
      const { berekening, findings } = controleer(parsed.data, make, place);
      return {
        oordeel: findings.some((f) => f.severity === 'fout') ? 'voldoet-niet' : 'voldoet',
        findings,
        onzeker: aantalOnzeker(findings),
        regeling: parsed.data.plan.regeling,
        berekening,
        begroting: parsed.data,
      };
    }
    const verklaard = opties.verklaard ?? (() => false);
    const schemaFindings = parsed.error.issues
      .slice(0, 1000)
      .map((issue) => ({ issue, path: alsPad(issue.path) }))
      .filter(({ path }) => !verklaard(path))
      .map(({ issue, path }) => make('invoer-ongeldig', path, SCHEMA_ARTICLE, { reden: issue.message }));
    // Unreadable rows must not hide the rule breaks in the readable ones: check what could be read, but hold back
    // the checks whose outcome depends on the rows that are missing.
    const partial = parseReadableRows(input);
    if (!partial) return { oordeel: 'voldoet-niet', findings: sortFindings(schemaFindings), onzeker: 0 };
    const { findings } = controleer(partial.begroting, make, place);
    const kept = findings.filter((f) => !dependsOnMissingRows(f.code, partial.incomplete));
    const note =
      partial.incomplete.size > 0
        ? [
            make('controle-onvolledig', [], SCHEMA_ARTICLE, {
              veld: 'begroting',
              aantal: partial.dropped,
              tabellen: [...partial.incomplete].join(', '),
            }),
          ]
        : [];
    const alle = sortFindings([...schemaFindings, ...kept, ...note]);
    return {
      oordeel: 'voldoet-niet',
      findings: alle,
      onzeker: aantalOnzeker(alle),
      regeling: partial.begroting.plan.regeling,
    };
  } catch (error) {
    // A defect in cofin itself must not cost a reviewer the rest of a batch: report it as a finding.
    const reden = `interne fout in cofin (${error instanceof Error ? error.message : String(error)}); meld dit aan de beheerders.`;
    return {
      oordeel: 'voldoet-niet',
      findings: [make('invoer-ongeldig', [], SCHEMA_ARTICLE, { veld: 'begroting', reden })],
      onzeker: 0,
    };
  }
}

/** A finding at a model path; `veld` defaults to the path's name for a reader. */
type Make = <C extends FindingCode>(
  code: C,
  path: Pad,
  steun: Bron | Steun,
  params: RuleParamsOf<C> & { readonly veld?: string },
) => Finding;
type Place = (check: RegelingCheck | VoucherCheck) => Finding;

/** A zod issue's path as a model path (zod's keys are property keys; the schema has no symbol keys). */
function alsPad(path: readonly PropertyKey[]): Pad {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function controleer(b: Begroting, make: Make, place: Place): { berekening: Berekening; findings: Finding[] } {
  const regeling = REGELINGEN[b.plan.regeling];
  const berekening = regeling.bereken(b);
  const findings: Finding[] = [...gedeeldeControles(b, berekening, make)];
  for (const check of regeling.controleer(b, berekening)) findings.push(place(check));
  for (const check of scholingsvoucherControles(b, regeling.naam)) findings.push(place(check));
  return { berekening, findings: sortFindings(findings) };
}

type Table = 'maatregelen' | 'kostenposten' | 'financiering' | 'realisatie';

/** Checks whose outcome depends on every row of a table: held back while rows of that table are unreadable. */
const DEPENDS_ON: Readonly<Partial<Record<FindingCode, readonly Table[]>>> = {
  'begroting-sluit-niet': ['kostenposten', 'financiering'],
  'begroting-sluit-op-afronding': ['kostenposten', 'financiering'],
  'subsidie-boven-maximum': ['kostenposten', 'financiering', 'maatregelen'],
  'subsidie-onder-minimum': [],
  'eigen-financiering-te-laag': ['kostenposten', 'financiering'],
  'maatregel-sluit-niet': ['kostenposten', 'financiering'],
  'plan-subsidie-wijkt-af': ['financiering'],
  'bijdrage-overheden-te-hoog': ['financiering'],
  'combi-hoofdactiviteit-te-klein': ['kostenposten', 'maatregelen'],
  'te-weinig-themas': ['maatregelen'],
  'maatregel-zonder-kosten': ['kostenposten'],
  'maatregel-onbekend': ['maatregelen'],
  'bbl-subsidie-begrensd': [],
  // h/regels (issue 13)
  'minimum-onbereikbaar': ['kostenposten'],
  'ww-duur-niet-te-toetsen': ['maatregelen'],
};

function dependsOnMissingRows(code: FindingCode, incomplete: ReadonlySet<Table>): boolean {
  return (DEPENDS_ON[code] ?? []).some((t) => incomplete.has(t));
}

interface ReadableRows {
  readonly begroting: Begroting;
  readonly incomplete: ReadonlySet<Table>;
  readonly dropped: number;
}

/** The readable part of an input: the plan must parse; rows that do not are left out and counted. */
function parseReadableRows(input: unknown): ReadableRows | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const raw = input as Record<string, unknown>;
  const plan = planSchema.safeParse(raw['plan']);
  if (!plan.success) return undefined;
  const incomplete = new Set<Table>();
  let dropped = 0;
  const rows = <T>(
    table: Table,
    schema: { safeParse(x: unknown): { success: true; data: T } | { success: false } },
  ): T[] => {
    const list = raw[table];
    if (list === undefined && table === 'realisatie') return [];
    if (!Array.isArray(list)) {
      incomplete.add(table);
      return [];
    }
    const out: T[] = [];
    for (const row of list) {
      const r = schema.safeParse(row);
      if (r.success) out.push(r.data);
      else {
        incomplete.add(table);
        dropped += 1;
      }
    }
    return out;
  };
  const begroting: Begroting = {
    plan: plan.data,
    maatregelen: rows('maatregelen', maatregelSchema),
    kostenposten: rows('kostenposten', kostenpostSchema),
    financiering: rows('financiering', financieringSchema),
    realisatie: rows('realisatie', realisatieSchema),
  };
  return { begroting, incomplete, dropped };
}

/** Checks that hold under every regeling: references, periods, a closing budget. */
function gedeeldeControles(b: Begroting, calc: Berekening, make: Make): Finding[] {
  const out: Finding[] = [];
  const article = REGELINGEN[b.plan.regeling].vindplaats;
  const prestatie = prestatieSteun(b.plan.regeling);
  // No operative article was read: that the financing must cover the costs is the begroting's own logic, as every
  // summary of the regelingen describes it, not an article text.
  const sluiten: Steun = { article, zekerheid: 'waarschijnlijk' };
  // The codes of the maatregelen, each with whether a cost line names it.
  const codes = new Map<string, boolean>();
  b.maatregelen.forEach((m, i) => {
    if (codes.has(m.code))
      out.push(make('maatregel-dubbel', ['maatregelen', i, 'code'], SCHEMA_ARTICLE, { code: m.code }));
    else codes.set(m.code, false);
    if (compareDatum(m.einddatum, m.startdatum) < 0)
      out.push(
        make('periode-ongeldig', ['maatregelen', i, 'einddatum'], SCHEMA_ARTICLE, {
          begin: m.startdatum,
          eind: m.einddatum,
        }),
      );
    if (m.beoogdeDeelnemers === 0)
      out.push(
        make('maatregel-zonder-prestatie', ['maatregelen', i, 'beoogdeDeelnemers'], prestatie, { code: m.code }),
      );
  });
  if (compareDatum(b.plan.einddatum, b.plan.startdatum) < 0)
    out.push(
      make('periode-ongeldig', ['plan', 'einddatum'], SCHEMA_ARTICLE, {
        begin: b.plan.startdatum,
        eind: b.plan.einddatum,
      }),
    );
  const posten = b.kostenposten;
  for (let i = 0; i < posten.length; i += 1) {
    const code = (posten[i] as Kostenpost).maatregel;
    const heeftKosten = codes.get(code);
    if (heeftKosten === undefined)
      out.push(make('maatregel-onbekend', ['kostenposten', i, 'maatregel'], SCHEMA_ARTICLE, { code }));
    else if (!heeftKosten) codes.set(code, true);
  }
  b.financiering.forEach((f, i) => {
    if (f.maatregel !== undefined && f.maatregel !== '' && !codes.has(f.maatregel))
      out.push(make('maatregel-onbekend', ['financiering', i, 'maatregel'], SCHEMA_ARTICLE, { code: f.maatregel }));
  });
  (b.realisatie ?? []).forEach((r, i) => {
    if (!codes.has(r.maatregel))
      out.push(make('maatregel-onbekend', ['realisatie', i, 'maatregel'], SCHEMA_ARTICLE, { code: r.maatregel }));
  });
  b.maatregelen.forEach((m, i) => {
    if (codes.get(m.code) !== true)
      out.push(make('maatregel-zonder-kosten', ['maatregelen', i], SCHEMA_ARTICLE, { code: m.code }));
  });
  // The financing covers all declared costs, own cost above the subsidiable costs included; under one euro apart
  // is rounding (sluitTolerantie, with its reading).
  if (!calc.totaleFinanciering.equals(calc.totaleKosten)) {
    const cijfers = {
      kosten: calc.totaleKosten,
      financiering: calc.totaleFinanciering,
      verschil: verschil(calc.totaleFinanciering, calc.totaleKosten),
    };
    out.push(
      sluitOpAfronding(calc.totaleFinanciering, calc.totaleKosten)
        ? make('begroting-sluit-op-afronding', ['financiering'], steuntOp(sluitTolerantie), {
            ...cijfers,
            tolerantie: bedrag(sluitTolerantie.waarde),
          })
        : make('begroting-sluit-niet', ['financiering'], sluiten, cijfers),
    );
  }
  if (b.plan.beschikkingsdatum === undefined)
    out.push(make('beschikkingsdatum-ontbreekt', ['plan', 'beschikkingsdatum'], article, {}));
  const { aanvragers } = REGELINGEN[b.plan.regeling];
  const keuzes = aanvragers.soorten.map((s) => AANVRAGER_LABELS[s]).join(', ');
  const aanvragerSteun: Steun = {
    article: aanvragers.bron,
    zekerheid: aanvragers.zekerheid,
    ...(aanvragers.lezing === undefined ? {} : { lezing: aanvragers.lezing }),
  };
  if (b.plan.soortAanvrager === undefined)
    out.push(make('aanvrager-soort-ontbreekt', ['plan', 'soortAanvrager'], aanvragerSteun, { keuzes }));
  else if (!aanvragers.soorten.includes(b.plan.soortAanvrager))
    out.push(
      make('aanvrager-niet-toegestaan', ['plan', 'soortAanvrager'], aanvragerSteun, {
        soort: AANVRAGER_LABELS[b.plan.soortAanvrager],
        keuzes,
      }),
    );
  return out;
}

/**
 * "Elke maatregel moet leiden tot een concrete prestatie" is the sectorplannen' wording (sectorplannen.nl); no text
 * read says it of DWSRA, where the warning stays on an unsure reading.
 */
function prestatieSteun(regeling: RegelingId): Steun {
  return regeling === 'dwsra-2016'
    ? {
        article: 'Geen gelezen tekst over DWSRA; voor de sectorplannen: sectorplannen.nl, "Uitleg van de maatregelen"',
        zekerheid: 'onzeker',
        lezing:
          'Een project zonder beoogd aantal deelnemers kan zijn resultaat niet verantwoorden; de eis van een concrete prestatie per maatregel staat alleen in de uitleg bij de sectorplannen en is hier als waarschuwing overgenomen.',
      }
    : {
        article:
          'sectorplannen.nl, "Uitleg van de maatregelen": "Elke maatregel moet leiden tot een concrete prestatie"',
        zekerheid: 'waarschijnlijk',
      };
}
