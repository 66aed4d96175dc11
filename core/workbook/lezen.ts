/**
 * The one mapping from a workbook's tables to the begroting model. Tables are found by Excel table name, else by
 * their header texts on any sheet; columns by header text, so users may add rows, columns and sheets. Every field
 * read records the cell it came from, so every finding can point at that cell.
 */
import { coerce, isEmpty, type ParamKind } from '../coerce';
import { finding, type Finding, type Location, type Pad } from '../findings';
import { padTekst } from '../tekst';
import { describePath } from '../begroting';
import type { Datum } from '../dates';
import type { Bedrag } from '../money';
import { findRegeling } from '../regelingen';
import { REGELING_IDS, type RegelingId } from '../regelingen/ids';
import type { Keuze } from '../regelingen/types';
import {
  PLAN_KOPPEN,
  kopPast,
  normKop,
  planVelden,
  tabelDefinities,
  type KolomDefinitie,
  type TabelDefinitie,
  type TabelSleutel,
} from './standaard';
import { celAt, emptyCel, parseRange, type Blad, type Cel, type CelWaarde, type Tabel, type Werkboek } from './types';

export const FORMAAT_ARTIKEL = 'Standaardformaat begroting cofin (toelichting in het sjabloon)';

/** How far the reader looks for a header row on a sheet without Excel tables. */
const SCAN_ROWS = 60;
const SCAN_COLS = 40;

/** A field as the reader hands it to the schema: a cell's value after the one coercion (`coerce`), or its text. */
type Invoerwaarde = string | number | boolean | Bedrag | Datum;
type InvoerRij = Readonly<Record<string, Invoerwaarde>>;

/**
 * The begroting as read from the tables, before the schema has seen it: per table its rows, per row the fields whose
 * cell held a readable value. Not yet a `BegrotingInput`: a field may be missing or of the wrong kind for its column.
 */
interface GelezenInvoer {
  readonly plan: InvoerRij;
  readonly maatregelen: readonly InvoerRij[];
  readonly kostenposten: readonly InvoerRij[];
  readonly financiering: readonly InvoerRij[];
  readonly realisatie?: readonly InvoerRij[];
}

export interface GelezenBegroting {
  /** Input for `valideerBegroting`, parsed there once; fields whose cell could not be read are left out. */
  readonly input: GelezenInvoer;
  /** Path (['kostenposten', 3, 'bedrag']) to the cell it came from; falls back to the row, then the table. */
  readonly locate: (path: Pad) => Location;
  /** Problems of the workbook itself: a missing table or column, a cell that is not a valid value. */
  readonly findings: readonly Finding[];
  /** Paths whose problem is already explained by `findings` (the validator need not repeat it). */
  readonly verklaard: (path: Pad) => boolean;
  readonly tabellen: readonly Tabel[];
  readonly regeling?: RegelingId;
}

const ROW_INDEX = new WeakMap<Blad, Map<number, Map<number, Cel>>>();

/** The sheet's cells by row, then column; built once per sheet. */
function rowIndex(blad: Blad): Map<number, Map<number, Cel>> {
  let index = ROW_INDEX.get(blad);
  if (!index) {
    index = new Map();
    for (const cel of blad.cells.values()) {
      let row = index.get(cel.row);
      if (!row) index.set(cel.row, (row = new Map<number, Cel>()));
      row.set(cel.col, cel);
    }
    ROW_INDEX.set(blad, index);
  }
  return index;
}

function tableFromRange(blad: Blad, name: string, ref: string, gevondenAls: Tabel['gevondenAls']): Tabel | undefined {
  const r = parseRange(ref);
  if (!r) return undefined;
  const index = rowIndex(blad);
  const header: Cel[] = [];
  for (let c = r.left; c <= r.right; c += 1) header.push(celAt(blad, r.top, c));
  const rows: { row: number; cells: Cel[] }[] = [];
  for (let row = r.top + 1; row <= r.bottom; row += 1) {
    const present = index.get(row);
    if (
      !present ||
      ![...present.values()].some((cel) => cel.col >= r.left && cel.col <= r.right && !isEmpty(cel.value))
    )
      continue;
    const cells: Cel[] = [];
    for (let c = r.left; c <= r.right; c += 1) cells.push(present.get(c) ?? emptyCel(blad.name, row, c));
    rows.push({ row, cells });
  }
  return { name, sheet: blad.name, gevondenAls, header, rows };
}

/** The last row of a sheet holding any value, for tables found by header (which run to the first empty row). */
function tableBelowHeader(blad: Blad, name: string, headerRow: number, left: number, right: number): Tabel {
  const header: Cel[] = [];
  for (let c = left; c <= right; c += 1) header.push(celAt(blad, headerRow, c));
  const rows: { row: number; cells: Cel[] }[] = [];
  let maxRow = 0;
  for (const cel of blad.cells.values()) if (cel.row > maxRow) maxRow = cel.row;
  for (let row = headerRow + 1; row <= maxRow; row += 1) {
    const cells: Cel[] = [];
    for (let c = left; c <= right; c += 1) cells.push(celAt(blad, row, c));
    if (cells.every((cel) => isEmpty(cel.value))) break;
    rows.push({ row, cells });
  }
  return { name, sheet: blad.name, gevondenAls: 'kopjes', header, rows };
}

function kopTeksten(def: TabelDefinitie): KolomDefinitie[] {
  if (def.sleutel === 'plan')
    return [
      { veld: 'gegeven', kop: PLAN_KOPPEN.gegeven, soort: 'tekst', verplicht: true, breedte: 0, toelichting: '' },
      { veld: 'waarde', kop: PLAN_KOPPEN.waarde, soort: 'tekst', verplicht: true, breedte: 0, toelichting: '' },
    ];
  return def.kolommen.filter((c) => c.verplicht);
}

/** Finds a table: by Excel table name, else an Excel table with the required headers, else a header row on a sheet. */
function vindTabel(werkboek: Werkboek, def: TabelDefinitie): Tabel | undefined {
  const bladen = new Map(werkboek.sheets.map((b) => [b.name, b] as const));
  const nodig = kopTeksten(def);
  const byName = werkboek.tables.find((t) => t.name.toLowerCase() === def.naam.toLowerCase());
  if (byName) {
    const blad = bladen.get(byName.sheet);
    if (blad) return tableFromRange(blad, byName.name, byName.ref, 'tabel');
  }
  for (const t of werkboek.tables) {
    const blad = bladen.get(t.sheet);
    const r = parseRange(t.ref);
    if (!blad || !r) continue;
    const koppen: string[] = [];
    for (let c = r.left; c <= r.right; c += 1) koppen.push(String(celAt(blad, r.top, c).value ?? ''));
    if (nodig.every((kol) => koppen.some((tekst) => kopPast(kol, tekst))))
      return tableFromRange(blad, t.name, t.ref, 'tabel');
  }
  // Sheets named like the table first, then the others.
  const ordered = [...werkboek.sheets].sort(
    (a, b) => Number(normKop(b.name) === normKop(def.blad)) - Number(normKop(a.name) === normKop(def.blad)),
  );
  for (const blad of ordered) {
    // On the sheet the standard puts the table on, most of the headers suffice (a missing column is then reported);
    // elsewhere all required headers must be there.
    const eigenBlad = normKop(blad.name) === normKop(def.blad) || normKop(blad.name) === normKop(def.naam);
    const minimum = eigenBlad ? Math.min(nodig.length, Math.max(2, Math.ceil(nodig.length / 2))) : nodig.length;
    const byRow = new Map<number, Cel[]>();
    for (const cel of blad.cells.values()) {
      if (cel.row > SCAN_ROWS || cel.col > SCAN_COLS || typeof cel.value !== 'string') continue;
      const list = byRow.get(cel.row);
      if (list) list.push(cel);
      else byRow.set(cel.row, [cel]);
    }
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      const cells = byRow.get(row) ?? [];
      const hits = nodig
        .map((kol) => cells.find((cel) => kopPast(kol, String(cel.value))))
        .filter((h): h is Cel => h !== undefined);
      if (hits.length >= minimum) {
        const cols = cells.map((c) => c.col);
        let left = Math.min(...hits.map((h) => h.col));
        let right = Math.max(...hits.map((h) => h.col));
        // Widen to adjacent header cells, so optional columns next to the required ones are found too.
        while (cols.includes(left - 1)) left -= 1;
        while (cols.includes(right + 1)) right += 1;
        return tableBelowHeader(blad, def.naam, row, left, right);
      }
    }
  }
  return undefined;
}

const KIND: Readonly<Record<KolomDefinitie['soort'], Exclude<ParamKind, 'regeling' | 'aantal'> | undefined>> = {
  tekst: undefined,
  keuze: undefined,
  bedrag: 'bedrag',
  datum: 'datum',
  aantal: 'geheel',
  tijdvak: 'tijdvak',
  waarheid: 'waarheid',
};

/** Text of a cell for a text field: numbers as Excel shows them with 15 digits (a code 12 stays '12'). */
function tekst(value: CelWaarde): string {
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  return value ?? '';
}

const KEUZE_INDEX = new WeakMap<readonly Keuze[], Map<string, string>>();

/** A choice cell may hold the code or the label, in any case or spacing; unknown text is passed on for the schema to refuse. */
function keuzeWaarde(keuzes: readonly Keuze[], text: string): string {
  let index = KEUZE_INDEX.get(keuzes);
  if (!index) {
    index = new Map();
    for (const k of keuzes) {
      index.set(normKop(k.label), k.waarde);
      index.set(normKop(k.waarde), k.waarde);
    }
    KEUZE_INDEX.set(keuzes, index);
  }
  return index.get(normKop(text)) ?? text;
}

type Veldwaarde = { ok: true; value: Invoerwaarde | undefined } | { ok: false; finding: Finding };

/**
 * Reads one cell as the kind its column declares: amounts, dates, counts and booleans through core's one coercion
 * (an amount stays the Decimal it became), text as text; choices accept code or label.
 */
function leesCel(kolom: KolomDefinitie, cel: Cel, path: Pad, locate: (p: Pad) => Location): Veldwaarde {
  if (isEmpty(cel.value)) return { ok: true, value: undefined };
  if (typeof cel.value === 'string' && cel.value.startsWith('#'))
    return {
      ok: false,
      finding: finding('invoer-ongeldig', {
        location: locate(path),
        article: FORMAAT_ARTIKEL,
        params: { veld: describePath(path), reden: `de cel toont de foutwaarde ${cel.value.slice(0, 20)}` },
      }),
    };
  const kind = KIND[kolom.soort];
  if (kind === undefined) {
    const text = tekst(cel.value).trim();
    if (kolom.soort === 'keuze' && kolom.keuzes) return { ok: true, value: keuzeWaarde(kolom.keuzes, text) };
    return { ok: true, value: text };
  }
  // The name is only read when coercion refuses, so it is computed only then.
  const out = coerce(
    kind,
    cel.value,
    {
      get name() {
        return describePath(path);
      },
      article: FORMAAT_ARTIKEL,
    },
    true,
  );
  if (!out.ok)
    return {
      ok: false,
      finding: finding(out.finding.code, {
        location: locate(path),
        article: FORMAAT_ARTIKEL,
        params: { ...out.finding.params, veld: describePath(path) },
      }),
    };
  return { ok: true, value: out.value };
}

/** The columns the reader accepts: those of the regeling, plus optional columns other regelingen define. */
const LEES_CACHE = new Map<RegelingId | undefined, TabelDefinitie[]>();

function leesDefinities(regeling: RegelingId | undefined): TabelDefinitie[] {
  const cached = LEES_CACHE.get(regeling);
  if (cached) return cached;
  const defs = maakLeesDefinities(regeling);
  LEES_CACHE.set(regeling, defs);
  return defs;
}

function maakLeesDefinities(regeling: RegelingId | undefined): TabelDefinitie[] {
  const basis = tabelDefinities(regeling ?? 'sectorplannen-2013');
  return basis.map((def) => {
    const kolommen = [...def.kolommen];
    for (const id of REGELING_IDS) {
      const other = tabelDefinities(id).find((d) => d.sleutel === def.sleutel);
      for (const kol of other?.kolommen ?? []) if (!kolommen.some((c) => c.veld === kol.veld)) kolommen.push(kol);
    }
    return { ...def, kolommen };
  });
}

/** Where a list table's fields are: the table and, per field, the column index. */
interface Lijst {
  readonly tabel: Tabel;
  readonly kolommen: ReadonlyMap<string, number>;
}

/** The plan table as found: its field cells by path, and the regeling it names (which decides the choice lists). */
interface GevondenPlan {
  readonly tabel: Tabel;
  readonly velden: readonly { readonly veld: KolomDefinitie; readonly cel: Cel; readonly path: Pad }[];
  readonly regeling?: RegelingId;
}

/** A list table as found: its definition, the table, and the columns found for its fields. */
interface GevondenLijst {
  readonly def: TabelDefinitie;
  readonly tabel: Tabel;
  readonly kolIndex: ReadonlyMap<KolomDefinitie, number>;
  /** Missing required columns, as findings and as 'kostenposten.bedrag' keys. */
  readonly findings: readonly Finding[];
  readonly ontbrekend: readonly string[];
}

/** The field values read from cells, and the findings (with their paths) of the cells that could not be read. */
interface GelezenVelden {
  readonly waarden: InvoerRij;
  readonly findings: readonly Finding[];
  readonly onleesbaar: readonly string[];
}

const plek = (cel: Cel, path: Pad): Location => ({ path: padTekst(path), sheet: cel.sheet, cell: cel.address });

/** What reading one table gave: its findings in reading order, and the paths and columns they explain. */
interface TabelUitkomst {
  readonly findings: readonly Finding[];
  readonly verklaardePaden: readonly string[];
  /** 'kostenposten.bedrag' when the whole column is missing. */
  readonly verklaardeVelden: readonly string[];
}

const GEEN_UITKOMST: TabelUitkomst = { findings: [], verklaardePaden: [], verklaardeVelden: [] };

/** Maps a workbook to begroting input plus the path-to-cell map. Never throws. */
export function leesBegroting(werkboek: Werkboek): GelezenBegroting {
  // The plan first: its regeling decides the choice lists.
  const planDef = tabelDefinities('sectorplannen-2013').find((d) => d.sleutel === 'plan') as TabelDefinitie;
  const plan = vindPlan(werkboek, planDef);
  const regeling = plan?.regeling;
  const defs = leesDefinities(regeling).filter((def) => def.sleutel !== 'plan');
  const gevonden = defs.map((def) => ({ def, lijst: vindLijst(werkboek, def) }));
  const lijsten = gevonden.flatMap(({ lijst }) => (lijst ? [lijst] : []));
  const locate = maakLocate(plekken(plan, lijsten), lijstIndex(lijsten));

  const planVelden = plan ? leesPlanVelden(plan, locate) : undefined;
  const gelezen = gevonden.map(({ def, lijst }) => ({ def, lijst, rijen: lijst ? leesRijen(lijst, locate) : [] }));
  const uitkomsten: TabelUitkomst[] = [
    planVelden
      ? { ...GEEN_UITKOMST, findings: planVelden.findings, verklaardePaden: planVelden.onleesbaar }
      : ontbreekt(planDef),
    ...gelezen.map(({ def, lijst, rijen }): TabelUitkomst => {
      if (!lijst) return def.verplicht ? ontbreekt(def) : GEEN_UITKOMST;
      return {
        findings: [...lijst.findings, ...rijen.flatMap((r) => r.findings)],
        verklaardePaden: rijen.flatMap((r) => r.onleesbaar),
        verklaardeVelden: lijst.ontbrekend,
      };
    }),
  ];
  const rijenVan = (sleutel: TabelSleutel): InvoerRij[] | undefined => {
    const tabel = gelezen.find((g) => g.def.sleutel === sleutel);
    return tabel?.lijst ? tabel.rijen.map((r) => r.waarden) : undefined;
  };
  const realisatie = rijenVan('realisatie');
  const input: GelezenInvoer = {
    plan: planVelden?.waarden ?? {},
    maatregelen: rijenVan('maatregelen') ?? [],
    kostenposten: rijenVan('kostenposten') ?? [],
    financiering: rijenVan('financiering') ?? [],
    ...(realisatie ? { realisatie } : {}),
  };
  return {
    input,
    locate,
    findings: uitkomsten.flatMap((u) => u.findings),
    verklaard: maakVerklaard(
      new Set(uitkomsten.flatMap((u) => u.verklaardePaden)),
      new Set(uitkomsten.flatMap((u) => u.verklaardeVelden)),
    ),
    tabellen: [...(plan ? [plan.tabel] : []), ...lijsten.map((l) => l.tabel)],
    ...(regeling ? { regeling } : {}),
  };
}

/** A missing table: its finding, and every path below it explained by it. */
function ontbreekt(def: TabelDefinitie): TabelUitkomst {
  return { findings: [tabelOntbreekt(def)], verklaardePaden: [def.sleutel], verklaardeVelden: [] };
}

/** Finds the plan table, the cell of each field it names, and its regeling; undefined when there is no plan table. */
function vindPlan(werkboek: Werkboek, planDef: TabelDefinitie): GevondenPlan | undefined {
  const planTabel = vindTabel(werkboek, planDef);
  if (!planTabel) return undefined;
  const gCol = planTabel.header.findIndex((c) => normKop(String(c.value ?? '')) === normKop(PLAN_KOPPEN.gegeven));
  const wCol = planTabel.header.findIndex((c) => normKop(String(c.value ?? '')) === normKop(PLAN_KOPPEN.waarde));
  const gi = gCol < 0 ? 0 : gCol;
  const wi = wCol < 0 ? 1 : wCol;
  const regelingRij = planTabel.rows.find((r) => normKop(tekst(r.cells[gi]?.value ?? null)) === 'regeling');
  const regeling = findRegeling(tekst(regelingRij?.cells[wi]?.value ?? null))?.id;
  const velden = planVelden('dwsra-2016'); // the widest list; tijdvak is harmless elsewhere
  const gevonden: { veld: KolomDefinitie; cel: Cel; path: Pad }[] = [];
  for (const rij of planTabel.rows) {
    const label = tekst(rij.cells[gi]?.value ?? null);
    const veld = velden.find((v) => kopPast(v, label));
    const cel = rij.cells[wi];
    if (!veld || !cel) continue;
    const path: Pad = ['plan', veld.veld];
    gevonden.push({ veld, cel, path });
  }
  return { tabel: planTabel, velden: gevonden, ...(regeling ? { regeling } : {}) };
}

/** Finds a list table and the column of each field; undefined when the table is not there. */
function vindLijst(werkboek: Werkboek, def: TabelDefinitie): GevondenLijst | undefined {
  const tabel = vindTabel(werkboek, def);
  if (!tabel) return undefined;
  const findings: Finding[] = [];
  const ontbrekend: string[] = [];
  const kolIndex = new Map<KolomDefinitie, number>();
  for (const kol of def.kolommen) {
    const i = tabel.header.findIndex((h) => typeof h.value === 'string' && kopPast(kol, h.value));
    if (i >= 0) kolIndex.set(kol, i);
    else if (kol.verplicht) {
      findings.push(
        finding('kolom-ontbreekt', {
          location: plek(tabel.header[0] as Cel, [def.sleutel]),
          article: FORMAAT_ARTIKEL,
          params: { kolom: kol.kop, tabel: def.naam },
        }),
      );
      ontbrekend.push(`${def.sleutel}.${kol.veld}`);
    }
  }
  return { def, tabel, kolIndex, findings, ontbrekend };
}

/** The cells that paths point at: each table's first header cell, and each plan field's value cell. */
function plekken(plan: GevondenPlan | undefined, lijsten: readonly GevondenLijst[]): ReadonlyMap<string, Location> {
  const out = new Map<string, Location>();
  if (plan) {
    out.set('plan', plek(plan.tabel.header[0] as Cel, ['plan']));
    for (const { cel, path } of plan.velden) out.set(padTekst(path), plek(cel, path));
  }
  for (const { def, tabel } of lijsten) out.set(def.sleutel, plek(tabel.header[0] as Cel, [def.sleutel]));
  return out;
}

// Rows of the list tables are located structurally (table, row, column) rather than through one map entry per cell.
function lijstIndex(lijsten: readonly GevondenLijst[]): ReadonlyMap<string, Lijst> {
  return new Map(
    lijsten.map(({ def, tabel, kolIndex }) => [
      def.sleutel,
      { tabel, kolommen: new Map([...kolIndex].map(([kol, ci]) => [kol.veld, ci] as const)) },
    ]),
  );
}

/** Path (['kostenposten', 3, 'bedrag']) to the cell it came from; falls back to the row, then the table. */
function maakLocate(
  plekken: ReadonlyMap<string, Location>,
  lijsten: ReadonlyMap<string, Lijst>,
): (path: Pad) => Location {
  const locate = (path: Pad): Location => {
    const [tabel, index, veld] = path;
    const lijst = typeof tabel === 'string' ? lijsten.get(tabel) : undefined;
    if (lijst && typeof index === 'number') {
      const rij = lijst.tabel.rows[index];
      if (rij) {
        const ci = typeof veld === 'string' ? lijst.kolommen.get(veld) : undefined;
        return plek(rij.cells[ci ?? 0] as Cel, path);
      }
    }
    for (let n = path.length; n > 0; n -= 1) {
      const hit = plekken.get(padTekst(path.slice(0, n)));
      if (hit) return { ...hit, path: padTekst(path) };
    }
    return { path: padTekst(path) };
  };
  return locate;
}

function leesPlanVelden(plan: GevondenPlan, locate: (path: Pad) => Location): GelezenVelden {
  const waarden: Record<string, Invoerwaarde> = {};
  const findings: Finding[] = [];
  const onleesbaar: string[] = [];
  for (const { veld, cel, path } of plan.velden) {
    const v =
      veld.veld === 'regeling'
        ? { ok: true as const, value: tekst(cel.value).trim().toLowerCase() }
        : leesCel(veld, cel, path, (p) => (padTekst(p) === padTekst(path) ? plek(cel, p) : locate(p)));
    if (!v.ok) {
      findings.push(v.finding);
      onleesbaar.push(padTekst(path));
    } else if (v.value !== undefined) waarden[veld.veld] = v.value;
  }
  return { waarden, findings, onleesbaar };
}

function leesRijen(lijst: GevondenLijst, locate: (path: Pad) => Location): GelezenVelden[] {
  return lijst.tabel.rows.map((rij, i) => {
    const waarden: Record<string, Invoerwaarde> = {};
    const findings: Finding[] = [];
    const onleesbaar: string[] = [];
    for (const [kol, ci] of lijst.kolIndex) {
      const cel = rij.cells[ci];
      if (!cel) continue;
      const path: Pad = [lijst.def.sleutel, i, kol.veld];
      const v = leesCel(kol, cel, path, locate);
      if (!v.ok) {
        findings.push(v.finding);
        onleesbaar.push(padTekst(path));
      } else if (v.value !== undefined) waarden[kol.veld] = v.value;
    }
    return { waarden, findings, onleesbaar };
  });
}

/** Whether a path's problem is already explained by the reader: its cell, its whole table or its whole column. */
function maakVerklaard(
  verklaardePaden: ReadonlySet<string>,
  verklaardeVelden: ReadonlySet<string>,
): (path: Pad) => boolean {
  const verklaard = (path: Pad): boolean => {
    if (verklaardePaden.has(padTekst(path))) return true;
    const [tabel, index, veld] = path;
    if (typeof tabel === 'string' && verklaardePaden.has(tabel)) return true;
    return path.length === 3 && typeof index === 'number' && verklaardeVelden.has(`${String(tabel)}.${String(veld)}`);
  };
  return verklaard;
}

function tabelOntbreekt(def: TabelDefinitie): Finding {
  const koppen =
    def.sleutel === 'plan'
      ? `${PLAN_KOPPEN.gegeven}, ${PLAN_KOPPEN.waarde}`
      : def.kolommen
          .filter((k) => k.verplicht)
          .map((k) => k.kop)
          .join(', ');
  return finding('tabel-ontbreekt', {
    location: { path: def.sleutel },
    article: FORMAAT_ARTIKEL,
    params: { tabel: def.naam, blad: def.blad, koppen },
  });
}
