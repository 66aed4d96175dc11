/**
 * Calendar dates without time zones. A `Datum` is an ISO string 'YYYY-MM-DD'; arithmetic runs on day numbers
 * (days since 1970-01-01, proleptic Gregorian), so no JS Date, no time zone and no daylight saving can shift a
 * deadline by a day.
 */

declare const datumBrand: unique symbol;
export type Datum = string & { readonly [datumBrand]: true };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1970-01-01 to the given civil date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function datumFromParts(y: number, m: number, d: number): Datum {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as Datum;
}

export function daysInMonth(y: number, m: number): number {
  return daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1);
}

/** Parses 'YYYY-MM-DD'; returns undefined for anything else, including impossible dates such as 2015-02-30. */
export function parseIsoDatum(text: string): Datum | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const y = +(match[1] as string);
  const m = +(match[2] as string);
  const d = +(match[3] as string);
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return datumFromParts(y, m, d);
}

export function parts(datum: Datum): { y: number; m: number; d: number } {
  return { y: +datum.slice(0, 4), m: +datum.slice(5, 7), d: +datum.slice(8, 10) };
}

function toDays(datum: Datum): number {
  const { y, m, d } = parts(datum);
  return daysFromCivil(y, m, d);
}

function fromDays(days: number): Datum {
  const { y, m, d } = civilFromDays(days);
  return datumFromParts(y, m, d);
}

export function addDays(datum: Datum, n: number): Datum {
  return fromDays(toDays(datum) + n);
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's last day
 * (2014-01-31 + 1 month = 2014-02-28), the usual reading of "binnen N maanden na".
 */
export function addMonths(datum: Datum, n: number): Datum {
  const { y, m, d } = parts(datum);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return datumFromParts(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export function compareDatum(a: Datum, b: Datum): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function daysBetween(from: Datum, to: Datum): number {
  return toDays(to) - toDays(from);
}

/** Whole months from `from` to `to`, counting a month only once its day is reached (2014-01-15 .. 2014-03-14 = 1). */
export function wholeMonthsBetween(from: Datum, to: Datum): number {
  const a = parts(from);
  const b = parts(to);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  if (b.d < a.d && b.d < daysInMonth(b.y, b.m)) months -= 1;
  return months;
}

/** Age in whole years on `peildatum` for someone born on `geboortedatum`. */
export function leeftijdOp(geboortedatum: Datum, peildatum: Datum): number {
  const g = parts(geboortedatum);
  const p = parts(peildatum);
  let age = p.y - g.y;
  if (p.m < g.m || (p.m === g.m && p.d < g.d)) age -= 1;
  return age;
}

/** Dutch notation for messages: 31-12-2018. */
export function formatDatum(datum: Datum): string {
  const { y, m, d } = parts(datum);
  return `${pad(d, 2)}-${pad(m, 2)}-${pad(y, 4)}`;
}

// Excel serial numbers (1900 date system). Serial 1 is 1900-01-01; Excel counts a non-existent 1900-02-29 as
// serial 60, so from serial 61 on the date is 1899-12-30 plus the serial. Serials 1..60 are refused: no date of a
// regeling lies there, and the phantom leap day makes them ambiguous.
const EXCEL_EPOCH_DAYS = daysFromCivil(1899, 12, 30);
const EXCEL_SERIAL_MIN = 61;
const EXCEL_SERIAL_MAX = 2958465; // 9999-12-31

export function fromExcelSerial(serial: number): Datum | undefined {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < EXCEL_SERIAL_MIN || whole > EXCEL_SERIAL_MAX) return undefined;
  return fromDays(EXCEL_EPOCH_DAYS + whole);
}

export function toExcelSerial(datum: Datum): number {
  return toDays(datum) - EXCEL_EPOCH_DAYS;
}
