/**
 * Cell text as Excel with Dutch regional settings shows it for the number formats the workbooks use: amounts
 * ('"€" #,##0.00'), counts ('0'), percentages ('0.0%'), dates ('dd-mm-yyyy', from the serial number), text ('@')
 * and General. Other formats fall back to General.
 */
import { formatDatum, fromExcelSerial, type CelWaarde } from '../../core';

function general(value: number): string {
  return Number.isInteger(value)
    ? String(value)
    : value.toLocaleString('nl-NL', { maximumSignificantDigits: 10, useGrouping: false });
}

function section(format: string, value: number): string {
  const parts = format.split(';');
  return value < 0 && parts.length > 1 ? (parts[1] as string) : (parts[0] as string);
}

export function formatCell(value: CelWaarde, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  const f = format === undefined || format === 'General' || format === '@' ? '' : section(format, value);
  if (f === '') return general(value);
  if (/[dmy]/i.test(f.replace(/"[^"]*"/g, ''))) {
    const d = fromExcelSerial(value);
    return d === undefined ? general(value) : formatDatum(d);
  }
  const literal = f.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const m = /[#0][#0,]*(\.(0+))?%?/.exec(literal);
  if (!m) return general(value);
  const percent = m[0].endsWith('%');
  const decimals = m[2]?.length ?? 0;
  const grouping = m[0].includes(',');
  // The negative section carries its own sign.
  const magnitude = value < 0 && (format ?? '').includes(';') ? -value : value;
  const shown = percent ? magnitude * 100 : magnitude;
  const number = shown.toLocaleString('nl-NL', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
  return `${literal.slice(0, m.index)}${number}${percent ? '%' : ''}${literal.slice(m.index + m[0].length)}`.replace(
    / /g,
    '\u00a0',
  );
}
