/**
 * The overview workbook of `cofin check --format xlsx`: a sheet "Overzicht" with one row per file and its key
 * figures, a sheet "Bevindingen" with one row per finding and the plain cell reference it points at (text, never a
 * hyperlink or formula). Both with autofilter, a frozen header, euro formats and a print setup (landscape, fit to
 * width, the header row repeated, title and page numbers). Every text is written as a text cell.
 */
import ExcelJS from 'exceljs';
import {
  EXCEL_GRENZEN,
  KERNBEDRAGEN,
  KERNBEDRAG_LABELS,
  celVerwijzing,
  getoondeBron,
  rijenMerk,
  type Finding,
  type Severity,
  type Zekerheid,
} from '../../core';
import type { BestandResultaat } from './controle';
import { nieuwBlad, werkboekNaarBuffer } from './write';

/** Euro with cents, the Dutch currency symbol in front, in every locale. */
export const EURO_FORMAAT = '[$€-413] #,##0.00;[$€-413] -#,##0.00';

const ERNSTEN: readonly Severity[] = ['fout', 'waarschuwing', 'info'];
const ZEKERHEDEN: readonly Zekerheid[] = ['zeker', 'waarschijnlijk', 'onzeker'];

type Waarde = string | number | null;

interface Kolom {
  readonly kop: string;
  readonly breedte: number;
  readonly euro?: boolean;
}

const OVERZICHT: readonly Kolom[] = [
  { kop: 'Bestand', breedte: 40 },
  { kop: 'Oordeel', breedte: 14 },
  { kop: 'Regeling', breedte: 18 },
  { kop: 'Plan', breedte: 30 },
  { kop: 'Hoofdaanvrager', breedte: 30 },
  ...KERNBEDRAGEN.map((n) => ({ kop: capitalize(KERNBEDRAG_LABELS[n]), breedte: 16, euro: true })),
  ...ERNSTEN.map((e) => ({ kop: `Aantal ${e}`, breedte: 10 })),
  ...ZEKERHEDEN.map((z) => ({ kop: `Aantal ${z}`, breedte: 10 })),
];

const BEVINDINGEN: readonly Kolom[] = [
  { kop: 'Bestand', breedte: 40 },
  { kop: 'Cel', breedte: 16 },
  { kop: 'Code', breedte: 28 },
  { kop: 'Ernst', breedte: 13 },
  { kop: 'Melding', breedte: 80 },
  { kop: 'Bron', breedte: 40 },
  { kop: 'Zekerheid', breedte: 13 },
  { kop: 'Lezing', breedte: 60 },
];

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const OORDEEL: Readonly<Record<string, string>> = {
  voldoet: 'voldoet',
  'voldoet-niet': 'voldoet niet',
  onleesbaar: 'niet te lezen',
};

function overzichtRij(r: BestandResultaat): Waarde[] {
  const k = r.kerncijfers;
  const b = k.bedragen;
  return [
    r.bestand,
    OORDEEL[r.gelezen ? r.oordeel : 'onleesbaar'] ?? '',
    k.regeling ?? null,
    k.plan ?? null,
    k.hoofdaanvrager ?? null,
    // The cell boundary: the exact decimal text becomes a number here and nowhere before.
    ...KERNBEDRAGEN.map((n) => (b !== undefined ? Number(b[n]) : null)),
    ...ERNSTEN.map((e) => k.ernst[e]),
    ...ZEKERHEDEN.map((z) => k.zekerheid[z]),
  ];
}

/** Where a finding points: 'Plan!B13', else its field path, else '-'. */
function verwijzing(f: Finding): string {
  return celVerwijzing(f.location) ?? (f.location.path !== '' ? f.location.path : '-');
}

function bevindingRij(bestand: string, f: Finding): Waarde[] {
  return [
    bestand,
    verwijzing(f),
    f.code,
    f.severity,
    f.message,
    getoondeBron(f.article) ?? null,
    f.zekerheid,
    f.lezing ?? null,
  ];
}

/** The rows that fit under the header row; past Excel's last row the last one says how many were left out. */
function passend(rijen: Waarde[][]): Waarde[][] {
  const ruimte = EXCEL_GRENZEN.rijen - 2;
  return rijen.length <= ruimte + 1 ? rijen : [...rijen.slice(0, ruimte), [rijenMerk(rijen.length - ruimte)]];
}

function blad(wb: ExcelJS.Workbook, naam: string, titel: string, kolommen: readonly Kolom[], alle: Waarde[][]): void {
  const rijen = passend(alle);
  const ws = nieuwBlad(wb, naam, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L&B${titel}&R&D`,
      oddFooter: '&LCofin&RPagina &P van &N',
    },
  });
  kolommen.forEach((k, i) => {
    const col = ws.getColumn(i + 1);
    col.width = k.breedte;
    if (k.euro === true) col.numFmt = EURO_FORMAAT;
  });
  const kop = ws.getRow(1);
  kolommen.forEach((k, i) => {
    const cell = kop.getCell(i + 1);
    cell.value = k.kop;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  rijen.forEach((rij, r) => {
    const row = ws.getRow(r + 2);
    rij.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (typeof v === 'string') cell.alignment = { wrapText: true, vertical: 'top' };
      else cell.alignment = { vertical: 'top' };
    });
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rijen.length + 1), column: kolommen.length } };
  const laatste = ws.getColumn(kolommen.length).letter;
  ws.pageSetup.printArea = `A1:${laatste}${String(rijen.length + 1)}`;
}

export async function overzichtNaarBuffer(results: readonly BestandResultaat[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cofin';
  wb.title = 'Overzicht cofin check';
  blad(wb, 'Overzicht', 'Kerncijfers per begroting', OVERZICHT, results.map(overzichtRij));
  const bevindingen = results.flatMap((r) =>
    (r.gelezen ? r.findings : [r.finding]).map((f) => bevindingRij(r.bestand, f)),
  );
  blad(wb, 'Bevindingen', 'Bevindingen per begroting', BEVINDINGEN, bevindingen);
  return werkboekNaarBuffer(wb);
}
