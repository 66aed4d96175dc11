/**
 * Dutch presentation text shared by the faces (command line, task pane, the report's Signalen sheet): where a
 * finding points, and counts of findings. Pure text, no layout.
 */
import {
  CONTRACT_BRON,
  aantalOnzeker,
  type Bron,
  type Finding,
  type Location,
  type Pad,
  type Severity,
} from './findings';

/** `n` with the singular or plural noun: aantal(1, 'fout', 'fouten') is '1 fout', aantal(2, ...) '2 fouten'. */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}

const ERNST_WOORD: Readonly<Record<Severity, readonly [string, string]>> = {
  fout: ['fout', 'fouten'],
  waarschuwing: ['waarschuwing', 'waarschuwingen'],
  info: ['info', 'info'],
};

/** '1 fout', '2 waarschuwingen', '3 info'. */
export function ernstAantal(n: number, ernst: Severity): string {
  const [enkelvoud, meervoud] = ERNST_WOORD[ernst];
  return aantal(n, enkelvoud, meervoud);
}

/** The findings counted per severity, in the given order: '2 fouten, 1 waarschuwing, 0 info'. */
export function ernstTelling(
  findings: readonly Finding[],
  ernsten: readonly Severity[] = ['fout', 'waarschuwing', 'info'],
): string {
  return ernsten.map((e) => ernstAantal(findings.filter((f) => f.severity === e).length, e)).join(', ');
}

/** Beside a count of findings: how many rest on an unsure reading, '1 op een onzekere lezing'; '' when none. */
export function onzekerTelling(findings: readonly Finding[]): string {
  const n = aantalOnzeker(findings);
  return n === 0 ? '' : `${aantal(n, 'bevinding', 'bevindingen')} op een onzekere lezing`;
}

/** A finding's confidence as a face shows it after the source: '[onzeker]'; '' for a rule that is zeker. */
export function zekerheidLabel(f: Finding): string {
  return f.zekerheid === 'zeker' ? '' : `[${f.zekerheid}]`;
}

/**
 * The cell a location points at as Excel writes a reference, `Plan!B7` or `'Mijn blad'!B7` (a name other than
 * letters, digits, '_' and '.' quoted, quotes doubled); undefined when the location has no cell.
 */
export function celVerwijzing(location: Location): string | undefined {
  if (location.sheet === undefined || location.cell === undefined) return undefined;
  const sheet = /^[A-Za-z0-9_.]+$/.test(location.sheet) ? location.sheet : `'${location.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${location.cell}`;
}

/** A model path as text, for a reader and for files: ['kostenposten', 3, 'bedrag'] is 'kostenposten[3].bedrag'. */
export function padTekst(pad: Pad): string {
  let out = '';
  for (const key of pad) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** Where a finding points, for a reader: its cell reference, else its field path, else '-'. */
export function plaatsTekst(location: Location): string {
  return celVerwijzing(location) ?? (location.path !== '' ? location.path : '-');
}

/** The source as the faces print it beside a message; undefined for a function's own parameter contract. */
export function getoondeBron(article: Bron): string | undefined {
  return article === CONTRACT_BRON ? undefined : article;
}

/** A sentence as the first letter of a clause after a colon: 'De begroting ...' becomes 'de begroting ...'. */
export function alsZinsdeel(zin: string): string {
  return zin.charAt(0).toLowerCase() + zin.slice(1);
}

/** A clause as the start of a sentence: 'lege standaardbegroting' becomes 'Lege standaardbegroting'. */
export function alsZin(zinsdeel: string): string {
  return zinsdeel.charAt(0).toUpperCase() + zinsdeel.slice(1);
}
