/** Reading back what cofin wrote, at the level of the package: every limit of Excel, every formula, every text cell. */
import JSZip from 'jszip';
import { EXCEL_GRENZEN, isGeldigeBladnaam, parseAddress } from '../../core';

/** XML text content as the reader sees it. */
export function xmlTekst(x: string): string {
  return x
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every XML part of an .xlsx, by path. */
export async function xmlDelen(xlsx: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new Map<string, string>();
  for (const [name, f] of Object.entries(zip.files))
    if (!f.dir && /\.(xml|rels)$/.test(name)) out.set(name, await f.async('string'));
  return out;
}

const alle = (xml: string, re: RegExp): string[] => [...xml.matchAll(re)].map((m) => m[1] ?? '');

/** What in a written .xlsx passes a limit of Excel, one line each; [] when everything is within. */
export async function overschrijdingen(xlsx: Uint8Array): Promise<string[]> {
  const g = EXCEL_GRENZEN;
  const out: string[] = [];
  for (const [pad, xml] of await xmlDelen(xlsx)) {
    if (pad === 'xl/sharedStrings.xml')
      for (const si of alle(xml, /<si>([\s\S]*?)<\/si>/g)) {
        const n = alle(si, /<t(?:\s[^>]*)?>([^<]*)<\/t>/g)
          .map(xmlTekst)
          .join('').length;
        if (n > g.tekst) out.push(`${pad}: tekst van ${n} tekens`);
      }
    if (pad.startsWith('xl/worksheets/')) {
      for (const t of alle(xml, /<is>([\s\S]*?)<\/is>/g)) {
        const n = alle(t, /<t(?:\s[^>]*)?>([^<]*)<\/t>/g)
          .map(xmlTekst)
          .join('').length;
        if (n > g.tekst) out.push(`${pad}: tekst van ${n} tekens`);
      }
      for (const v of alle(xml, /<c [^>]*t="str"[^>]*>[\s\S]*?<v>([^<]*)<\/v>/g))
        if (xmlTekst(v).length > g.tekst) out.push(`${pad}: formuleresultaat van ${xmlTekst(v).length} tekens`);
      for (const f of alle(xml, /<f(?:\s[^>]*)?>([^<]*)<\/f>/g))
        if (xmlTekst(f).length > g.formule) out.push(`${pad}: formule van ${xmlTekst(f).length} tekens`);
      for (const r of alle(xml, /<c r="([^"]+)"/g)) if (!parseAddress(r)) out.push(`${pad}: cel ${r} buiten het blad`);
      for (const k of alle(xml, /<(?:odd|even|first)(?:Header|Footer)>([^<]*)</g))
        if (xmlTekst(k).length > g.kopVoet) out.push(`${pad}: kop- of voettekst van ${xmlTekst(k).length} tekens`);
    }
    if (pad === 'xl/workbook.xml') {
      const namen = alle(xml, /<sheet [^>]*name="([^"]*)"/g).map(xmlTekst);
      for (const n of namen) if (!isGeldigeBladnaam(n)) out.push(`${pad}: bladnaam ${JSON.stringify(n)}`);
      if (new Set(namen.map((n) => n.toLowerCase())).size !== namen.length) out.push(`${pad}: dubbele bladnamen`);
    }
  }
  return out;
}

/** Every formula in the sheets of an .xlsx, decoded, with its sheet part. */
export async function formules(xlsx: Uint8Array): Promise<string[]> {
  const out: string[] = [];
  for (const [pad, xml] of await xmlDelen(xlsx))
    if (pad.startsWith('xl/worksheets/') && !pad.includes('_rels'))
      out.push(...alle(xml, /<f(?:\s[^>]*)?>([^<]*)<\/f>/g).map(xmlTekst), ...alle(xml, /<f(\s[^>]*)\/>/g));
  return out;
}

/** A CSV of cofin (semicolons, every field quoted, CRLF) as rows of field values. */
export function leesCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let veld = '';
  let inQuotes = false;
  const tekst = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < tekst.length; i += 1) {
    const c = tekst[i] ?? '';
    if (inQuotes) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i += 1;
      } else if (c === '"') inQuotes = false;
      else veld += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ';') {
      row.push(veld);
      veld = '';
    } else if (c === '\r' && tekst[i + 1] === '\n') {
      row.push(veld);
      rows.push(row);
      row = [];
      veld = '';
      i += 1;
    } else veld += c;
  }
  return rows;
}
