/**
 * Excel's limits on what a workbook may hold (Microsoft, "Excel specifications and limits"), as data, and the pure
 * text rules that keep a written value inside them. Every writer applies them at its one seam (the command line's
 * cli/xlsx/write.ts, the task pane's write plan in addin/office/plan.ts); a value over a limit is cut with a visible
 * Dutch mark, never written as it is.
 */
import type { ModelBlad, ModelCel, ModelWaarde, WerkboekModel } from './model';

export interface ExcelGrenzen {
  /** Characters in one cell (text, and a formula's text result). */
  readonly tekst: number;
  /** Characters in a formula's text. */
  readonly formule: number;
  /** Characters in a sheet name. */
  readonly bladnaam: number;
  /** Rows of a sheet. */
  readonly rijen: number;
  /** Columns of a sheet. */
  readonly kolommen: number;
  /** Characters in a page header or footer (all sections with their codes together). */
  readonly kopVoet: number;
  /** Characters in a hyperlink's address. */
  readonly hyperlink: number;
}

export const EXCEL_GRENZEN: ExcelGrenzen = {
  tekst: 32_767,
  formule: 8_192,
  bladnaam: 31,
  rijen: 1_048_576,
  kolommen: 16_384,
  kopVoet: 255,
  hyperlink: 2_079,
};

/** 10485781 -> '10.485.781'. */
function duizendtallen(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The first `n` UTF-16 units of `tekst`, one fewer when the cut would split a surrogate pair. */
function kop(tekst: string, n: number): string {
  if (n <= 0) return '';
  const code = tekst.charCodeAt(n - 1);
  return tekst.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/** The mark at the end of a cut text: '… [ingekort: 10.485.781 tekens]' (the length of the whole text). */
export function inkortMerk(lengte: number): string {
  return `… [ingekort: ${duizendtallen(lengte)} tekens]`;
}

/**
 * `tekst` when it has at most `max` characters (UTF-16 units, as Excel counts them); otherwise its start followed by
 * `inkortMerk` of its whole length, together exactly `max` characters or one fewer (never half a surrogate pair).
 */
export function ingekort(tekst: string, max: number = EXCEL_GRENZEN.tekst): string {
  if (tekst.length <= max) return tekst;
  const merk = inkortMerk(tekst.length);
  if (merk.length >= max) return kop(merk, max);
  return kop(tekst, max - merk.length) + merk;
}

/** The rows a sheet keeps when `aantal` would not fit: the last row of the sheet then says how many were left out. */
export function rijenMerk(weggelaten: number): string {
  return `… [ingekort: ${duizendtallen(weggelaten)} ${weggelaten === 1 ? 'rij' : 'rijen'} weggelaten; Excel toont ten hoogste ${duizendtallen(EXCEL_GRENZEN.rijen)} rijen]`;
}

/** Beside the last column kept when a sheet is too wide. */
export function kolommenMerk(weggelaten: number): string {
  return `… [ingekort: ${duizendtallen(weggelaten)} ${weggelaten === 1 ? 'kolom' : 'kolommen'} weggelaten]`;
}

/** Characters Excel refuses in a sheet name, and control characters (which XML cannot carry). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rule removes
const VERBODEN_IN_BLADNAAM = /[:\\/?*[\]\u0000-\u001f\u007f]/g;

/** Names Excel keeps for itself (case-insensitive). */
const GERESERVEERD = new Set(['history']);

/**
 * A sheet name Excel accepts, close to `naam`: the characters : \ / ? * [ ] and control characters become '_', a
 * leading or trailing apostrophe goes, at most `max` characters, not empty ('Blad'), not reserved ('History'), and
 * unique case-insensitively among `gebruikt` (lower-case names already taken) by ' (2)', ' (3)', ...; the chosen
 * name is added to `gebruikt`.
 */
export function geldigeBladnaam(naam: string, gebruikt: Set<string>, max: number = EXCEL_GRENZEN.bladnaam): string {
  let basis = naam.replace(VERBODEN_IN_BLADNAAM, '_').replace(/^'+|'+$/g, '');
  basis = kop(basis, max).replace(/'+$/, '');
  if (basis.trim() === '') basis = 'Blad';
  if (GERESERVEERD.has(basis.toLowerCase())) basis = kop(`${basis}_`, max);
  let kandidaat = basis;
  for (let n = 2; gebruikt.has(kandidaat.toLowerCase()); n += 1) {
    const achter = ` (${n})`;
    kandidaat = kop(basis, max - achter.length).replace(/'+$/, '') + achter;
  }
  gebruikt.add(kandidaat.toLowerCase());
  return kandidaat;
}

/** Whether Excel accepts `naam` as a sheet name on its own (not counting the other sheets). */
export function isGeldigeBladnaam(naam: string, max: number = EXCEL_GRENZEN.bladnaam): boolean {
  return (
    naam.length > 0 &&
    naam.length <= max &&
    !new RegExp(VERBODEN_IN_BLADNAAM.source).test(naam) &&
    !naam.startsWith("'") &&
    !naam.endsWith("'") &&
    !GERESERVEERD.has(naam.toLowerCase())
  );
}

/**
 * A page header or footer at most `max` characters: cut at the end, never inside an '&' code (a trailing lone '&'
 * goes, as does an unfinished '&"font"' code), the cut marked by '…'.
 */
export function ingekorteKopVoet(tekst: string, max: number = EXCEL_GRENZEN.kopVoet): string {
  if (tekst.length <= max) return tekst;
  let kort = kop(tekst, max - 1);
  const ampersands = /&+$/.exec(kort)?.[0].length ?? 0;
  if (ampersands % 2 === 1) kort = kort.slice(0, -1);
  const font = kort.lastIndexOf('&"');
  if (font >= 0 && !kort.slice(font + 2).includes('"')) kort = kort.slice(0, font);
  return `${kort}…`;
}

/** A text value within `max` characters (`ingekort`); any other value as it is. */
function begrensdeWaarde(w: ModelWaarde, max: number): ModelWaarde {
  return w.soort === 'tekst' && w.tekst.length > max ? { soort: 'tekst', tekst: ingekort(w.tekst, max) } : w;
}

/** A cell within the limits: its text cut; a formula longer than Excel takes written as its computed value only. */
function begrensdeCel(c: ModelCel, g: ExcelGrenzen): ModelCel {
  const waarde = begrensdeWaarde(c.waarde, g.tekst);
  if (c.formule !== undefined && c.formule.length > g.formule) {
    const { formule: _weg, ...rest } = c;
    return { ...rest, waarde };
  }
  return waarde === c.waarde ? c : { ...c, waarde };
}

/**
 * The model within Excel's limits, for every writer of a model: a table's data rows that would pass the last row of
 * the sheet go, the last row then says how many; table columns past the last column go, the last one kept says how
 * many; single cells outside the sheet go, counted in the same way. Text (cells, table headers and rows, the title)
 * is cut with the visible mark, a formula too long for Excel becomes its value, and sheet names become valid and
 * unique (`geldigeBladnaam`).
 */
export function begrensModel(model: WerkboekModel, g: ExcelGrenzen = EXCEL_GRENZEN): WerkboekModel {
  const gebruikt = new Set<string>();
  const bladen = model.bladen.map((blad): ModelBlad => {
    const merken: ModelCel[] = [];
    const tabellen = blad.tabellen.map((t) => {
      let { koppen, rijen, numFmts } = t;
      const teBreed = t.col + koppen.length - 1 - g.kolommen;
      if (teBreed > 0) {
        const houd = Math.max(1, koppen.length - teBreed);
        koppen = [...koppen.slice(0, houd - 1), kolommenMerk(teBreed + 1)];
        rijen = rijen.map((r) => [...r.slice(0, houd - 1), { soort: 'leeg' as const }]);
        numFmts = numFmts.slice(0, houd);
      }
      const teLang = t.row + rijen.length - (g.rijen - 1);
      if (teLang > 0) {
        const houd = Math.max(1, rijen.length - teLang);
        merken.push({ row: g.rijen, col: t.col, waarde: { soort: 'tekst', tekst: rijenMerk(rijen.length - houd) } });
        rijen = rijen.slice(0, houd);
      }
      koppen = koppen.map((k) => ingekort(k, g.tekst));
      rijen = rijen.map((r) =>
        r.some((w) => w.soort === 'tekst' && w.tekst.length > g.tekst) ? r.map((w) => begrensdeWaarde(w, g.tekst)) : r,
      );
      return { ...t, koppen, rijen, numFmts };
    });
    const binnen = blad.cellen.filter((c) => c.row < g.rijen && c.col <= g.kolommen).map((c) => begrensdeCel(c, g));
    const buiten = blad.cellen.filter((c) => c.row >= g.rijen || c.col > g.kolommen);
    if (buiten.length > 0 && merken.length === 0)
      merken.push({
        row: g.rijen,
        col: 1,
        waarde: { soort: 'tekst', tekst: rijenMerk(new Set(buiten.map((c) => c.row)).size) },
      });
    return {
      ...blad,
      naam: geldigeBladnaam(blad.naam, gebruikt, g.bladnaam),
      cellen: [...binnen, ...merken],
      tabellen,
      kolombreedtes: blad.kolombreedtes.slice(0, g.kolommen),
    };
  });
  return { ...model, titel: ingekort(model.titel, g.tekst), bladen };
}
