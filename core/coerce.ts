/**
 * The one place where values from outside (Excel cells, command-line text) become typed arguments. Excel sends
 * numbers, text, booleans, and null for an omitted argument or (on the web) an empty cell; the command line sends
 * text. Every refusal names the argument and the rule.
 *
 * Numbers from Excel are doubles with 15 significant digits of meaning (what Excel itself shows and computes with),
 * so a number becomes a decimal through `toPrecision(15)`: a cell holding =0,1+0,2 is 0.3 here, as in Excel.
 */
import { D, aantalVan, bedrag, type Aantal, type Bedrag, type Dec } from './money';
import { fromExcelSerial, parseIsoDatum, datumFromParts, daysInMonth, type Datum } from './dates';
import { ok, fail, uncheckedFinding, type Bron, type FindingCode, type Outcome, type RuleParamsOf } from './findings';
import { findRegeling } from './regelingen';
import { REGELING_IDS } from './regelingen/ids';
import { VASTSTELLING_LEZINGEN, type Regeling, type VaststellingLezing } from './regelingen/types';

export type ParamKind = 'bedrag' | 'aantal' | 'geheel' | 'datum' | 'regeling' | 'waarheid' | 'tijdvak' | 'lezing';

export interface KindTypes {
  bedrag: Bedrag;
  aantal: Aantal;
  geheel: number;
  datum: Datum;
  regeling: Regeling;
  waarheid: boolean;
  tijdvak: number;
  lezing: VaststellingLezing;
}

/** The largest amount accepted: EUR 10^15 is far beyond any budget, and beyond it doubles lose whole euros. */
const MAX_BEDRAG = new D('1e15');
const MAX_GEHEEL = 1_000_000;

export interface ArgContext {
  /** The argument's name as the user sees it, e.g. 'kosten'. */
  readonly name: string;
  /** The article or source a refusal cites (for argument errors: the function's own reference). */
  readonly article: Bron;
}

/** An argument that cannot be coerced: the finding names the argument (`veld`) and points at it. */
function argumentFout<C extends FindingCode>(code: C, ctx: ArgContext, params: RuleParamsOf<C>): Outcome<never> {
  return fail(
    uncheckedFinding(code, { location: ctx.name, article: ctx.article, params: { veld: ctx.name, ...params } }),
  );
}

/** Text of at most `max` characters (whole code points), with '…' where it was cut. */
function kort(text: string, max = 40): string {
  if (text.length <= max) return text;
  // 2 * max code units hold at least max code points; only this head is split, however long the text.
  const chars = Array.from(text.slice(0, 2 * max));
  return chars.length > max || text.length > 2 * max ? `${chars.slice(0, max).join('')}…` : text;
}

/** A field of an object, or undefined; never throws (a getter or proxy may). */
function veldVan(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * An Excel data-type value (Excel.CellValue, passed for an `any` parameter when the metadata allows custom data)
 * described in Dutch: `type` names the kind ('Entity', 'LinkedEntity', 'FormattedNumber', 'Error', ...), `text` the
 * entity's display text, `basicValue` what the cell shows without the data type, `errorType` the error.
 */
function toonGegevenstype(value: object): string | undefined {
  const type = veldVan(value, 'type');
  if (typeof type !== 'string') return undefined;
  const text = veldVan(value, 'text');
  const basic = veldVan(value, 'basicValue');
  const naam = typeof text === 'string' ? text : typeof basic === 'string' ? basic : undefined;
  const met = (wat: string, inhoud: unknown): string =>
    inhoud === undefined || inhoud === null || inhoud === '' ? wat : `${wat} ${show(inhoud)}`;
  switch (type.toLowerCase()) {
    case 'entity':
      return naam === undefined ? 'een gegevenstype (entiteit)' : `een gegevenstype (entiteit) "${kort(naam)}"`;
    case 'linkedentity':
      return naam === undefined ? 'een gekoppeld gegevenstype' : `een gekoppeld gegevenstype "${kort(naam)}"`;
    case 'formattednumber':
      return met('een opgemaakt getal', typeof basic === 'number' ? basic : undefined);
    case 'double':
      return met('een getal als gegevenstype', typeof basic === 'number' ? basic : undefined);
    case 'string':
      return typeof basic === 'string' ? `een tekst als gegevenstype "${kort(basic)}"` : 'een tekst als gegevenstype';
    case 'boolean':
      return met('een waarheidswaarde als gegevenstype', typeof basic === 'boolean' ? basic : undefined);
    case 'error': {
      const code = typeof basic === 'string' ? basic : veldVan(value, 'errorType');
      return typeof code === 'string' ? `een foutwaarde ${kort(code)}` : 'een foutwaarde';
    }
    case 'webimage':
    case 'localimage':
      return 'een afbeelding';
    case 'array':
      return 'een matrix als gegevenstype';
    case 'empty':
      return 'een lege cel';
    case 'reference':
      return 'een verwijzing naar een cel';
    case 'function':
      return 'een functie als gegevenstype';
    default:
      return `een gegevenstype (${kort(type, 20)})`;
  }
}

/** How a received value appears in a message: text shortened, WAAR/ONWAAR, and every other kind described in Dutch. */
function show(raw: unknown): string {
  if (typeof raw === 'string') return kort(raw);
  if (typeof raw === 'boolean') return raw ? 'WAAR' : 'ONWAAR';
  if (typeof raw === 'number') return String(raw);
  if (raw === null || raw === undefined) return 'leeg';
  if (typeof raw === 'bigint') return kort(raw.toString());
  if (Array.isArray(raw)) {
    const rows = raw.length;
    const cols = raw.reduce((w: number, row: unknown) => Math.max(w, Array.isArray(row) ? row.length : 1), 0);
    return `een bereik van ${rows} rij(en) en ${cols} kolom(men)`;
  }
  if (typeof raw === 'object') {
    const code = veldVan(raw, 'code');
    if (typeof code === 'string' && code.startsWith('#')) return `een foutwaarde ${kort(code)}`;
    return toonGegevenstype(raw) ?? 'een object';
  }
  return typeof raw === 'function' ? 'een functie' : 'een onbekende waarde';
}

type NumericText =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'dubbelzinnig'; readonly duizend: string; readonly decimaal: string }
  | { readonly kind: 'ongeldig' };

/**
 * Reads numeric text in the forms people type: 1245313, 1245313.50, 1245313,50, 1.245.313,50, 1,245,313.50,
 * € 1.245.313, 1e6. '1.245' and '1,245' (one separator, three digits) are refused as ambiguous rather than guessed.
 */
function parseNumericText(input: string): NumericText {
  // No amount is written in more than 100 characters; a longer text is not read at all (a cell may hold 32,767).
  if (input.length > 100) return { kind: 'ongeldig' };
  const s = input
    .trim()
    .replace(/^€/, '')
    .replace(/[\s\u00a0]/g, '');
  if (/^-?\d+$/.test(s)) return { kind: 'ok', text: s };
  if (/^-?\d+(\.\d+)?[eE][+-]?\d+$/.test(s)) return { kind: 'ok', text: s };
  const ambiguous = /^(-?)([1-9]\d{0,2})[.,](\d{3})$/.exec(s);
  if (ambiguous) {
    const [, sign, a, b] = ambiguous;
    return { kind: 'dubbelzinnig', duizend: `${sign}${a}${b}`, decimaal: `${sign}${a},${b}` };
  }
  if (/^-?\d+\.\d+$/.test(s)) return { kind: 'ok', text: s };
  if (/^-?\d+,\d+$/.test(s)) return { kind: 'ok', text: s.replace(',', '.') };
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return { kind: 'ok', text: s.replace(/\./g, '').replace(',', '.') };
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { kind: 'ok', text: s.replace(/,/g, '') };
  return { kind: 'ongeldig' };
}

function decimalFrom(raw: unknown, ctx: ArgContext): Outcome<Dec> {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return argumentFout('argument-geen-bedrag', ctx, { waarde: show(raw) });
    // A safe integer is exact as it is (and the common case: whole euros); other numbers go through 15 digits.
    return ok(Number.isSafeInteger(raw) ? new D(raw) : new D(raw.toPrecision(15)));
  }
  if (typeof raw === 'string') {
    const parsed = parseNumericText(raw);
    if (parsed.kind === 'dubbelzinnig')
      return argumentFout('argument-dubbelzinnig', ctx, {
        waarde: raw.trim(),
        duizend: parsed.duizend,
        decimaal: parsed.decimaal,
      });
    if (parsed.kind === 'ongeldig') return argumentFout('argument-geen-bedrag', ctx, { waarde: show(raw) });
    return ok(new D(parsed.text));
  }
  return argumentFout('argument-geen-bedrag', ctx, { waarde: show(raw) });
}

function nonNegative(value: Dec, ctx: ArgContext, raw: unknown): Outcome<Dec> {
  if (value.isNegative() && !value.isZero()) return argumentFout('argument-negatief', ctx, { waarde: show(raw) });
  if (value.greaterThan(MAX_BEDRAG)) return argumentFout('argument-te-groot', ctx, { waarde: show(raw), max: '10^15' });
  return ok(value.isZero() ? new D(0) : value);
}

function integer(raw: unknown, ctx: ArgContext, max: number): Outcome<number> {
  const dec = decimalFrom(raw, ctx);
  if (!dec.ok) return dec;
  const nn = nonNegative(dec.value, ctx, raw);
  if (!nn.ok) return nn;
  if (!nn.value.isInteger()) return argumentFout('argument-geen-geheel-getal', ctx, { waarde: show(raw) });
  if (nn.value.greaterThan(max)) return argumentFout('argument-te-groot', ctx, { waarde: show(raw), max: String(max) });
  return ok(nn.value.toNumber()); // a count, not money
}

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

function datum(raw: unknown, ctx: ArgContext): Outcome<Datum> {
  if (typeof raw === 'number') {
    const d = fromExcelSerial(raw);
    return d ? ok(d) : argumentFout('argument-geen-datum', ctx, { waarde: show(raw) });
  }
  if (typeof raw === 'string') {
    const s = raw.trim();
    const iso = parseIsoDatum(s);
    if (iso) return ok(iso);
    const nl = DUTCH_DATE.exec(s);
    if (nl) {
      const dd = +(nl[1] as string);
      const mm = +(nl[2] as string);
      const yy = +(nl[3] as string);
      if (mm >= 1 && mm <= 12 && yy >= 1900 && dd >= 1 && dd <= daysInMonth(yy, mm))
        return ok(datumFromParts(yy, mm, dd));
    }
    if (/^\d+(\.\d+)?$/.test(s)) {
      const d = fromExcelSerial(+s);
      if (d) return ok(d);
    }
  }
  return argumentFout('argument-geen-datum', ctx, { waarde: show(raw) });
}

const TRUE_WORDS = new Set(['waar', 'true', 'ja', 'j', 'yes', '1']);
const FALSE_WORDS = new Set(['onwaar', 'false', 'nee', 'n', 'no', '0']);

function waarheid(raw: unknown, ctx: ArgContext): Outcome<boolean> {
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'number' && Number.isFinite(raw)) return ok(raw !== 0);
  if (typeof raw === 'string') {
    const s = raw.trim().toLowerCase();
    if (TRUE_WORDS.has(s)) return ok(true);
    if (FALSE_WORDS.has(s)) return ok(false);
  }
  return argumentFout('argument-geen-waarheid', ctx, { waarde: show(raw) });
}

/** Empty: JS null/undefined (omitted, or an empty cell on the web) or text of only spaces. */
export function isEmpty(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * Coerces one argument. An empty value for an optional argument is `undefined`. For a required amount or count an
 * empty cell is 0, as Excel on the desktop already sends it; a required date or regeling must be given.
 */
export function coerce<K extends ParamKind>(
  kind: K,
  raw: unknown,
  ctx: ArgContext,
  optional: boolean,
): Outcome<KindTypes[K] | undefined> {
  const out = coerceAny(kind, raw, ctx, optional);
  return out as Outcome<KindTypes[K] | undefined>;
}

function coerceAny(kind: ParamKind, raw: unknown, ctx: ArgContext, optional: boolean): Outcome<unknown> {
  if (isEmpty(raw)) {
    if (optional) return ok(undefined);
    switch (kind) {
      case 'bedrag':
        return ok(bedrag('0'));
      case 'aantal':
        return ok(aantalVan('0'));
      case 'geheel':
        return ok(0);
      case 'waarheid':
        return ok(false);
      default:
        return argumentFout('argument-ontbreekt', ctx, {});
    }
  }
  switch (kind) {
    case 'bedrag':
    case 'aantal': {
      const dec = decimalFrom(raw, ctx);
      const nn = dec.ok ? nonNegative(dec.value, ctx, raw) : dec;
      if (!nn.ok) return nn;
      return ok(kind === 'bedrag' ? bedrag(nn.value) : aantalVan(nn.value));
    }
    case 'geheel':
      return integer(raw, ctx, MAX_GEHEEL);
    case 'tijdvak': {
      const n = integer(raw, ctx, 2);
      if (n.ok && n.value < 1) return argumentFout('argument-geen-geheel-getal', ctx, { waarde: show(raw) });
      return n;
    }
    case 'datum':
      return datum(raw, ctx);
    case 'waarheid':
      return waarheid(raw, ctx);
    case 'lezing': {
      if (typeof raw !== 'string') return argumentFout('argument-geen-tekst', ctx, { waarde: show(raw) });
      // 'per-maatregel', 'per maatregel', 'naar-rato', 'naar rato' and 'naar rato per plan', in any case.
      const key = raw
        .trim()
        .toLowerCase()
        .replace(/\s+/g, '-')
        .replace(/-per-plan$/, '');
      const lezing = VASTSTELLING_LEZINGEN.find((l) => l === key);
      return lezing
        ? ok(lezing)
        : argumentFout('lezing-onbekend', ctx, { waarde: show(raw), keuzes: VASTSTELLING_LEZINGEN.join(', ') });
    }
    case 'regeling': {
      if (typeof raw !== 'string') return argumentFout('argument-geen-tekst', ctx, { waarde: show(raw) });
      const regeling = findRegeling(raw);
      return regeling
        ? ok(regeling)
        : argumentFout('regeling-onbekend', ctx, { waarde: show(raw), keuzes: REGELING_IDS.join(', ') });
    }
  }
}
