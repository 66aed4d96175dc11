/**
 * The one mapping from a workbook's tables to the begroting model. Tables are found by Excel table name, else by
 * their header texts on any sheet; columns by header text, so users may add rows, columns and sheets. Every field
 * read records the cell it came from, so every finding can point at that cell.
 */
import { coerce, isEmpty, type ParamKind } from '../coerce';
import { finding, type Finding, type Location, type Pad } from '../findings';
import { padTekst } from '../tekst';
import { describePath, type BegrotingInput } from '../begroting';
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

export const FORMAAT_ARTIKEL = 'Standaardformaat begroting cofin (docs/werkboekformaat.md)';

/** How far the reader looks for a header row on a sheet without Excel tables. */
const SCAN_ROWS = 60;
const SCAN_COLS = 40;

export interface GelezenBegroting {
  /** Plain input for `valideerBegroting`; fields whose cell could not be read are left out. */
  readonly input: BegrotingInput;
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
export function vindTabel(werkboek: Werkboek, def: TabelDefinitie): Tabel | undefined {
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

const KIND: Readonly<Record<KolomDefinitie['soort'], ParamKind | undefined>> = {
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

type Veldwaarde = { ok: true; value: unknown } | { ok: false; finding: Finding } | { ok: true; value: undefined };

/** Reads one cell as the kind its column declares. Numbers go through core's one coercion; choices accept code or label. */
export function leesCel(kolom: KolomDefinitie, cel: Cel, path: Pad, locate: (p: Pad) => Location): Veldwaarde {
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
  const v = out.value;
  if (v === undefined) return { ok: true, value: undefined };
  if (kind === 'bedrag') return { ok: true, value: (v as { toFixed(): string }).toFixed() };
  return { ok: true, value: v };
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

/** Maps a workbook to begroting input plus the path-to-cell map. Never throws. */
export function leesBegroting(werkboek: Werkboek): GelezenBegroting {
  const plekken = new Map<string, Location>();
  const findings: Finding[] = [];
  const verklaardePaden = new Set<string>();
  const verklaardeVelden = new Set<string>(); // 'kostenposten.bedrag' when the whole column is missing
  const tabellen: Tabel[] = [];
  const plek = (cel: Cel, path: Pad): Location => ({ path: padTekst(path), sheet: cel.sheet, cell: cel.address });
  // Rows of the list tables are located structurally (table, row, column) rather than through one map entry per cell.
  const lijsten = new Map<string, { readonly tabel: Tabel; readonly kolommen: ReadonlyMap<string, number> }>();
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

  // The plan first: its regeling decides the choice lists.
  const planDef = tabelDefinities('sectorplannen-2013').find((d) => d.sleutel === 'plan') as TabelDefinitie;
  const planTabel = vindTabel(werkboek, planDef);
  const plan: Record<string, unknown> = {};
  let regeling: RegelingId | undefined;
  if (!planTabel) {
    findings.push(tabelOntbreekt(planDef));
    verklaardePaden.add('plan');
  } else {
    tabellen.push(planTabel);
    plekken.set('plan', plek(planTabel.header[0] as Cel, ['plan']));
    const gCol = planTabel.header.findIndex((c) => normKop(String(c.value ?? '')) === normKop(PLAN_KOPPEN.gegeven));
    const wCol = planTabel.header.findIndex((c) => normKop(String(c.value ?? '')) === normKop(PLAN_KOPPEN.waarde));
    const gi = gCol < 0 ? 0 : gCol;
    const wi = wCol < 0 ? 1 : wCol;
    const regelingRij = planTabel.rows.find((r) => normKop(tekst(r.cells[gi]?.value ?? null)) === 'regeling');
    regeling = findRegeling(tekst(regelingRij?.cells[wi]?.value ?? null))?.id;
    const velden = planVelden('dwsra-2016'); // the widest list; tijdvak is harmless elsewhere
    for (const rij of planTabel.rows) {
      const label = tekst(rij.cells[gi]?.value ?? null);
      const veld = velden.find((v) => kopPast(v, label));
      const cel = rij.cells[wi];
      if (!veld || !cel) continue;
      const path = ['plan', veld.veld];
      plekken.set(padTekst(path), plek(cel, path));
      const v =
        veld.veld === 'regeling'
          ? { ok: true as const, value: tekst(cel.value).trim().toLowerCase() }
          : leesCel(veld, cel, path, locate);
      if (!v.ok) {
        findings.push(v.finding);
        verklaardePaden.add(padTekst(path));
      } else if (v.value !== undefined) plan[veld.veld] = v.value;
    }
  }

  const arrays: Partial<Record<TabelSleutel, Record<string, unknown>[]>> = {};
  for (const def of leesDefinities(regeling)) {
    if (def.sleutel === 'plan') continue;
    const tabel = vindTabel(werkboek, def);
    if (!tabel) {
      if (def.verplicht) {
        findings.push(tabelOntbreekt(def));
        verklaardePaden.add(def.sleutel);
      }
      continue;
    }
    tabellen.push(tabel);
    plekken.set(def.sleutel, plek(tabel.header[0] as Cel, [def.sleutel]));
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
        verklaardeVelden.add(`${def.sleutel}.${kol.veld}`);
      }
    }
    lijsten.set(def.sleutel, { tabel, kolommen: new Map([...kolIndex].map(([kol, ci]) => [kol.veld, ci] as const)) });
    const rows: Record<string, unknown>[] = [];
    tabel.rows.forEach((rij, i) => {
      const obj: Record<string, unknown> = {};
      for (const [kol, ci] of kolIndex) {
        const cel = rij.cells[ci];
        if (!cel) continue;
        const path = [def.sleutel, i, kol.veld];
        const v = leesCel(kol, cel, path, locate);
        if (!v.ok) {
          findings.push(v.finding);
          verklaardePaden.add(padTekst(path));
        } else if (v.value !== undefined) obj[kol.veld] = v.value;
      }
      rows.push(obj);
    });
    arrays[def.sleutel] = rows;
  }

  const input = {
    plan,
    maatregelen: arrays.maatregelen ?? [],
    kostenposten: arrays.kostenposten ?? [],
    financiering: arrays.financiering ?? [],
    ...(arrays.realisatie ? { realisatie: arrays.realisatie } : {}),
  } as unknown as BegrotingInput;
  const verklaard = (path: Pad): boolean => {
    if (verklaardePaden.has(padTekst(path))) return true;
    const [tabel, index, veld] = path;
    if (typeof tabel === 'string' && verklaardePaden.has(tabel)) return true;
    return path.length === 3 && typeof index === 'number' && verklaardeVelden.has(`${String(tabel)}.${String(veld)}`);
  };
  return { input, locate, findings, verklaard, tabellen, ...(regeling ? { regeling } : {}) };
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
