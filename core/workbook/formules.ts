/**
 * COFIN formulas in submitted workbooks. Excel saves a custom function =COFIN.MAX(...) in the file as
 * _xldudf_COFIN_MAX(...), with the last computed value cached next to it. Where the arguments are literals or
 * single cells of the same workbook, cofin recomputes the call with the one function registry and reports a cached
 * value that differs; where it cannot, it says why.
 */
import { D, bedrag, decimaal, fractie } from '../money';
import { formatEuro, formatProcent } from '../money';
import { formatDatum, fromExcelSerial, parseIsoDatum } from '../dates';
import { CONTRACT_BRON, finding, type Bron, type Finding, type Location } from '../findings';
import { getoondeBron } from '../tekst';
import { callFunction, findFunction, type FunctionSpec, type FunctionValue } from '../functions';
import { findRegeling } from '../regelingen';
import { address, parseAddress, type Cel, type CelWaarde, type Werkboek } from './types';

const CALL = /^\s*=?\s*(?:_xldudf_)?COFIN[._]([A-Z][A-Z0-9]*)\s*\(([\s\S]*)\)\s*$/i;
const ANY_COFIN = /(?:_xldudf_)?COFIN[._][A-Z][A-Z0-9]*\s*\(/i;
const FUNCTIES_ARTIKEL = 'Functies van cofin (beschrijving per functie in Excel)';
const EXCEL_ERROR = /^#(?:[A-Z0-9/]+[!?]?|N\/[AB])$/i;

/** Formula text as a person would type it: '=COFIN.MAX(B2,"dwsra-2016")', shortened for messages. */
function toonFormule(formula: string): string {
  const text = `=${formula.replace(/^=/, '').replace(/_xldudf_COFIN_/gi, 'COFIN.')}`;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** How `formuleArgumenten` splits: the separator between arguments, and whether a nested call may be an argument. */
export interface ArgumentOpties {
  /** ',' as Office.js and the file write it; ';' as a Dutch Excel shows it. */
  readonly scheiding?: ',' | ';';
  /** A nested call or parentheses stay inside their argument; without it they make the list unsplittable. */
  readonly genest?: boolean;
}

/**
 * Splits a formula's argument list at the separators between arguments: not inside a string literal (`"a,b"`, `""`
 * for a quote), not inside an array constant (`{1,2;3,4}` is one argument) and, with `genest`, not inside a nested
 * call's parentheses. Undefined when a string, brace or parenthesis is left open or closed without an opening, or
 * (without `genest`) when the list holds a parenthesis. An empty list has no arguments; the arguments are trimmed.
 */
export function formuleArgumenten(list: string, opties: ArgumentOpties = {}): string[] | undefined {
  const scheiding = opties.scheiding ?? ',';
  const out: string[] = [];
  let current = '';
  let inString = false;
  let braces = 0;
  let haakjes = 0;
  for (let i = 0; i < list.length; i += 1) {
    const ch = list[i] as string;
    if (inString) {
      current += ch;
      if (ch === '"') {
        if (list[i + 1] === '"') {
          current += '"';
          i += 1;
        } else inString = false;
      }
    } else if (ch === '"') {
      inString = true;
      current += ch;
    } else if (ch === '{' || ch === '}') {
      braces += ch === '{' ? 1 : -1;
      if (braces < 0) return undefined;
      current += ch;
    } else if (ch === '(' || ch === ')') {
      if (opties.genest !== true) return undefined;
      haakjes += ch === '(' ? 1 : -1;
      if (haakjes < 0) return undefined;
      current += ch;
    } else if (ch === scheiding && braces === 0 && haakjes === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (inString || braces !== 0 || haakjes !== 0) return undefined;
  if (list.trim() !== '' || out.length > 0) out.push(current.trim());
  return out;
}

type Arg = { ok: true; value: unknown } | { ok: false; reden: string };

function argument(text: string, sheet: string, werkboek: Werkboek): Arg {
  if (text === '') return { ok: true, value: null };
  const str = /^"((?:[^"]|"")*)"$/.exec(text);
  if (str) return { ok: true, value: (str[1] as string).replace(/""/g, '"') };
  if (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(text)) return { ok: true, value: text };
  if (/^(TRUE|WAAR)$/i.test(text)) return { ok: true, value: true };
  if (/^(FALSE|ONWAAR)$/i.test(text)) return { ok: true, value: false };
  const ref = /^(?:(?:'((?:[^']|'')+)'|([^'![\]:]+))!)?(\$?[A-Z]{1,3}\$?\d+)$/i.exec(text);
  if (!ref) return { ok: false, reden: `het argument ${text} is geen getal, tekst of enkele cel van deze werkmap.` };
  const blad = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? sheet);
  const pos = parseAddress(ref[3] as string);
  const target = werkboek.sheets.find((b) => b.name.toLowerCase() === blad.toLowerCase());
  if (!pos || !target) return { ok: false, reden: `de cel ${text} bestaat niet in deze werkmap.` };
  const cel = target.cells.get(address(pos.row, pos.col));
  const value: CelWaarde = cel?.value ?? null;
  if (typeof value === 'string' && EXCEL_ERROR.test(value.trim()))
    return { ok: false, reden: `de cel ${text} bevat de foutwaarde ${value}.` };
  return { ok: true, value };
}

function toon(v: FunctionValue): string {
  switch (v.kind) {
    case 'bedrag':
      return formatEuro(v.value);
    case 'fractie':
      return formatProcent(v.value);
    case 'datum':
      return formatDatum(v.value);
  }
}

function toonOpgeslagen(value: CelWaarde, kind: FunctionValue['kind'] | undefined): string {
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (typeof value === 'number' && Number.isFinite(value)) {
    const d = new D(value.toPrecision(15));
    if (kind === 'datum') {
      const datum = fromExcelSerial(value);
      return datum ? formatDatum(datum) : d.toString();
    }
    if (kind === 'fractie') return formatProcent(fractie(d));
    return formatEuro(bedrag(d));
  }
  return String(value);
}

/** Whether a cached cell value equals the recomputed value, at Excel's 15 significant digits. */
function gelijk(cached: CelWaarde, v: FunctionValue): boolean {
  if (v.kind === 'datum') {
    if (typeof cached === 'number') return fromExcelSerial(cached) === v.value;
    return typeof cached === 'string' && parseIsoDatum(cached.trim()) === v.value;
  }
  if (typeof cached !== 'number' || !Number.isFinite(cached)) return false;
  return new D(cached.toPrecision(15)).equals(decimaal(v.value).toSignificantDigits(15));
}

/** Checks every COFIN formula of the workbook against the registry. */
export function controleerFormules(werkboek: Werkboek): Finding[] {
  const out: Finding[] = [];
  for (const blad of werkboek.sheets) {
    for (const cel of blad.cells.values()) {
      if (cel.formula === undefined || !ANY_COFIN.test(cel.formula)) continue;
      const f = controleerFormule(cel, werkboek);
      if (f) out.push(f);
    }
  }
  return out;
}

function controleerFormule(cel: Cel, werkboek: Werkboek): Finding | undefined {
  const formula = cel.formula ?? '';
  const location: Location = { path: `${cel.sheet}!${cel.address}`, sheet: cel.sheet, cell: cel.address };
  const base = { veld: `cel ${cel.address}`, formule: toonFormule(formula) };
  const nietTeControleren = (reden: string, article: Bron = FUNCTIES_ARTIKEL): Finding =>
    finding('formule-niet-te-controleren', { location, article, params: { ...base, reden } });
  const call = CALL.exec(formula);
  if (!call)
    return nietTeControleren(
      'de COFIN-functie staat binnen een grotere formule; cofin rekent alleen een losse COFIN-functie na.',
    );
  const name = call[1] as string;
  const spec = findFunction(name);
  if (!spec) return nietTeControleren(`cofin kent de functie COFIN.${name.toUpperCase()} niet.`);
  const parts = formuleArgumenten(call[2] as string);
  if (!parts)
    return nietTeControleren(
      'de argumenten bevatten zelf een formule; cofin rekent alleen getallen, tekst en losse cellen na.',
    );
  const args: unknown[] = [];
  for (const part of parts) {
    const a = argument(part, cel.sheet, werkboek);
    if (!a.ok) return nietTeControleren(a.reden);
    args.push(a.value);
  }
  // The rule a call rests on: the regeling named in its arguments, else the function's own source.
  const regeling = args.map((a) => (typeof a === 'string' ? findRegeling(a) : undefined)).find((r) => r !== undefined);
  const article = regeling?.vindplaats ?? (spec.article === CONTRACT_BRON ? FUNCTIES_ARTIKEL : spec.article);
  const cached = cel.value;
  if (cached === null) return nietTeControleren('het bestand bevat geen opgeslagen uitkomst van de formule.', article);
  const cachedError = typeof cached === 'string' && EXCEL_ERROR.test(cached.trim());
  if (cachedError && /^#(NAME\?|NAAM\?|BUSY!|BEZET!)$/i.test(cached.trim()))
    return nietTeControleren(
      `Excel kon de functie niet uitrekenen (${cached}); was de invoegtoepassing cofin geladen?`,
      article,
    );
  const outcome = callFunction(spec.name, args);
  if (!outcome.ok) {
    if (cachedError) return undefined; // both refuse: consistent
    return finding('formule-wijkt-af', {
      location,
      article: outcome.finding.article === CONTRACT_BRON ? article : outcome.finding.article,
      params: {
        ...base,
        opgeslagen: toonOpgeslagen(cached, undefined),
        berekend: `geen uitkomst (${outcome.finding.message})`,
      },
    });
  }
  if (gelijk(cached, outcome.value)) return undefined;
  return finding('formule-wijkt-af', {
    location,
    article,
    params: { ...base, opgeslagen: toonOpgeslagen(cached, outcome.value.kind), berekend: toon(outcome.value) },
  });
}

/** What one saved COFIN formula comes to when core recomputes it (for the task pane's "Waarom deze fout?"). */
export type FormuleUitkomst =
  /** The formula calls no COFIN function. */
  | { readonly soort: 'geen-cofin' }
  /** cofin cannot recompute it; `reden` says why, as a Dutch clause. */
  | { readonly soort: 'niet-na-te-rekenen'; readonly formule: string; readonly reden: string }
  | {
      readonly soort: 'waarde';
      readonly formule: string;
      readonly functie: FunctionSpec;
      readonly waarde: FunctionValue;
    }
  /**
   * The function refuses its arguments: the finding names the reason and the argument (its path); `artikel` is the
   * source the call rests on (the finding's own, else the regeling named in the arguments, else the function's).
   */
  | {
      readonly soort: 'weigering';
      readonly formule: string;
      readonly functie: FunctionSpec;
      readonly finding: Finding;
      readonly artikel: string;
    };

/**
 * Recomputes the COFIN formula of one cell with the one function registry, as `cofin check` does for a saved
 * workbook: literals and single cells of `werkboek` as arguments (a reference without a sheet means the cell's own).
 * `formula` is the formula text with or without its '=', with ',' between arguments (Office.js `formulas`).
 */
export function rekenFormuleNa(formula: string, sheet: string, werkboek: Werkboek): FormuleUitkomst {
  if (!ANY_COFIN.test(formula)) return { soort: 'geen-cofin' };
  const formule = toonFormule(formula);
  const niet = (reden: string): FormuleUitkomst => ({ soort: 'niet-na-te-rekenen', formule, reden });
  const call = CALL.exec(formula);
  if (!call)
    return niet('de COFIN-functie staat binnen een grotere formule; cofin rekent alleen een losse COFIN-functie na.');
  const name = call[1] as string;
  const functie = findFunction(name);
  if (!functie) return niet(`cofin kent de functie COFIN.${name.toUpperCase()} niet.`);
  const parts = formuleArgumenten(call[2] as string);
  if (!parts)
    return niet('de argumenten bevatten zelf een formule; cofin rekent alleen getallen, tekst en losse cellen na.');
  const args: unknown[] = [];
  for (const part of parts) {
    const a = argument(part, sheet, werkboek);
    if (!a.ok) return niet(a.reden);
    args.push(a.value);
  }
  const outcome = callFunction(functie.name, args);
  if (outcome.ok) return { soort: 'waarde', formule, functie, waarde: outcome.value };
  // An argument error cites the function's parameter contract; the reader wants the regeling named in the call.
  const regeling = args.map((a) => (typeof a === 'string' ? findRegeling(a) : undefined)).find((r) => r !== undefined);
  const artikel = getoondeBron(outcome.finding.article) ?? regeling?.vindplaats ?? functie.article;
  return { soort: 'weigering', formule, functie, finding: outcome.finding, artikel };
}
