/** Cell names and Excel error values as the pane shows them; shared by the actions and their on-demand half. */

/** An Excel error value as a cell shows it (#WAARDE!, #N/B, #VALUE!, ...). */
export const EXCEL_FOUT = /^#(?:[A-Z0-9/]+[!?]?|N\/[AB])$/i;

/** `Blad!A1`, the sheet name quoted where Excel would quote it. */
export function celNaam(sheet: string, address: string): string {
  return /^[A-Za-z0-9_.]+$/.test(sheet) ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}
