/**
 * Validation of a begroting: parse once with zod, then the checks every regeling shares, then the regeling's own.
 * Returns findings as data and never throws, whatever the input.
 */
import type { z } from 'zod';
import { formatEuro } from './money';
import { compareDatum, formatDatum } from './dates';
import { finding, sortFindings, type Finding, type FindingCode, type FindingParams, type Location } from './findings';
import { begrotingSchema, describePath, pathText, type Begroting } from './begroting';
import { REGELINGEN } from './regelingen';
import type { Berekening, RegelingId } from './regelingen/types';

export type Oordeel = 'voldoet' | 'voldoet-niet';

export interface ControleResultaat {
  readonly oordeel: Oordeel;
  readonly findings: readonly Finding[];
  readonly regeling?: RegelingId;
  /** The figures of the begroting; absent when the input could not be read as a begroting. */
  readonly berekening?: Berekening;
  readonly begroting?: Begroting;
}

export interface ControleOpties {
  /** Maps a model path to where it came from (a workbook cell), so every finding points at the cell. */
  readonly locate?: (path: string) => Location;
}

const SCHEMA_ARTICLE = 'Standaardformaat begroting cofin';

/** Turns a zod issue into Dutch, whether the schema gave the message or zod did. */
function dutchReason(issue: z.core.$ZodIssue): string {
  if (!/^(Invalid|Expected|Too|Unrecognized|Number must|String must|Array must)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'ontbreekt' : `verwacht ${issue.expected === 'array' ? 'een lijst' : issue.expected === 'object' ? 'een rij met velden' : 'een andere waarde'}`;
    case 'too_big':
      return 'te groot of te veel regels';
    case 'too_small':
      return 'te klein of leeg';
    case 'unrecognized_keys':
      return `onbekende velden: ${issue.keys.join(', ')}`;
    default:
      return 'ongeldige waarde';
  }
}

export function valideerBegroting(input: unknown, opties: ControleOpties = {}): ControleResultaat {
  const locate = opties.locate ?? ((path: string): Location => ({ path }));
  const make = (code: FindingCode, path: string, article: string, params: FindingParams = {}): Finding =>
    finding(code, { location: locate(path), article, params: { veld: describePath(path), ...params } });
  try {
    const parsed = begrotingSchema.safeParse(input);
    if (!parsed.success) {
      const findings = parsed.error.issues
        .slice(0, 1000)
        .map((issue) => make('invoer-ongeldig', pathText(issue.path), SCHEMA_ARTICLE, { reden: dutchReason(issue) }));
      return { oordeel: 'voldoet-niet', findings: sortFindings(findings) };
    }
    const b = parsed.data;
    const regeling = REGELINGEN[b.plan.regeling];
    const berekening = regeling.bereken(b);
    const findings: Finding[] = [...gedeeldeControles(b, berekening, make)];
    for (const check of regeling.controleer(b, berekening)) findings.push(make(check.code, check.path, check.article, check.params));
    const sorted = sortFindings(findings);
    return {
      oordeel: sorted.some((f) => f.severity === 'fout') ? 'voldoet-niet' : 'voldoet',
      findings: sorted,
      regeling: regeling.id,
      berekening,
      begroting: b,
    };
  } catch (error) {
    // A defect in cofin itself must not cost a reviewer the rest of a batch: report it as a finding.
    const reden = `interne fout in cofin (${error instanceof Error ? error.message : String(error)}); meld dit aan de beheerders.`;
    return { oordeel: 'voldoet-niet', findings: [make('invoer-ongeldig', '', SCHEMA_ARTICLE, { veld: 'begroting', reden })] };
  }
}

type Make = (code: FindingCode, path: string, article: string, params?: FindingParams) => Finding;

/** Checks that hold under every regeling: references, periods, a closing budget. */
function gedeeldeControles(b: Begroting, calc: Berekening, make: Make): Finding[] {
  const out: Finding[] = [];
  const article = REGELINGEN[b.plan.regeling].vindplaats;
  const codes = new Map<string, number>();
  b.maatregelen.forEach((m, i) => {
    if (codes.has(m.code)) out.push(make('maatregel-dubbel', `maatregelen[${i}].code`, SCHEMA_ARTICLE, { code: m.code }));
    else codes.set(m.code, i);
    if (compareDatum(m.einddatum, m.startdatum) < 0)
      out.push(
        make('periode-ongeldig', `maatregelen[${i}].einddatum`, SCHEMA_ARTICLE, {
          begin: formatDatum(m.startdatum),
          eind: formatDatum(m.einddatum),
        }),
      );
    if (m.beoogdeDeelnemers === 0)
      out.push(make('maatregel-zonder-prestatie', `maatregelen[${i}].beoogdeDeelnemers`, article, { code: m.code }));
  });
  if (compareDatum(b.plan.einddatum, b.plan.startdatum) < 0)
    out.push(
      make('periode-ongeldig', 'plan.einddatum', SCHEMA_ARTICLE, {
        begin: formatDatum(b.plan.startdatum),
        eind: formatDatum(b.plan.einddatum),
      }),
    );
  const metKosten = new Set<string>();
  b.kostenposten.forEach((k, i) => {
    metKosten.add(k.maatregel);
    if (!codes.has(k.maatregel)) out.push(make('maatregel-onbekend', `kostenposten[${i}].maatregel`, SCHEMA_ARTICLE, { code: k.maatregel }));
  });
  b.financiering.forEach((f, i) => {
    if (f.maatregel !== undefined && f.maatregel !== '' && !codes.has(f.maatregel))
      out.push(make('maatregel-onbekend', `financiering[${i}].maatregel`, SCHEMA_ARTICLE, { code: f.maatregel }));
  });
  (b.realisatie ?? []).forEach((r, i) => {
    if (!codes.has(r.maatregel)) out.push(make('maatregel-onbekend', `realisatie[${i}].maatregel`, SCHEMA_ARTICLE, { code: r.maatregel }));
  });
  b.maatregelen.forEach((m, i) => {
    if (!metKosten.has(m.code)) out.push(make('maatregel-zonder-kosten', `maatregelen[${i}]`, SCHEMA_ARTICLE, { code: m.code }));
  });
  if (!calc.totaleFinanciering.equals(calc.totaleKosten))
    out.push(
      make('begroting-sluit-niet', 'financiering', article, {
        kosten: formatEuro(calc.totaleKosten),
        financiering: formatEuro(calc.totaleFinanciering),
        verschil: formatEuro(calc.totaleFinanciering.minus(calc.totaleKosten)),
      }),
    );
  if (b.plan.beschikkingsdatum === undefined) out.push(make('beschikkingsdatum-ontbreekt', 'plan.beschikkingsdatum', article));
  return out;
}
