/**
 * Build-time assets of the add-in, derived from the registry and the manifest template, used by webpack.config.js
 * (compiled to build/addin/tools) and by the tests:
 * - `localizeMetadata`: the Dutch `functions-nl.json` from the generated `functions.json` (same ids, Dutch names);
 * - `rebaseHelpUrls`: help URLs onto the configured base URL;
 * - `buildManifest`: `dist/manifest.xml` with every URL on the configured base URL, through an XML DOM;
 * - `helpPage`: `help.html`, one section per function with an anchor per id.
 */
import { DOMParser, XMLSerializer, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { FUNCTIONS, getoondeBron, signatuur, voorbeeldFormule, type FunctionSpec } from '../../core';
import { SOURCE_BASE_URL } from './gen-functions';

export interface MetadataParameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

export interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: MetadataFunction[];
}

/** Checks and normalises a base URL: https, with a trailing slash. */
export function normaliseBaseUrl(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`The add-in base URL must use https: ${raw}`);
  if (url.search !== '' || url.hash !== '')
    throw new Error(`The add-in base URL must not have a query or fragment: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function rebase(url: string, baseUrl: string): string {
  if (!url.startsWith(SOURCE_BASE_URL)) throw new Error(`URL outside the development base ${SOURCE_BASE_URL}: ${url}`);
  return new URL(url.slice(SOURCE_BASE_URL.length), baseUrl).href;
}

export function rebaseHelpUrls(meta: Metadata, baseUrl: string): Metadata {
  const base = normaliseBaseUrl(baseUrl);
  return {
    ...meta,
    functions: meta.functions.map((f) => (f.helpUrl === undefined ? f : { ...f, helpUrl: rebase(f.helpUrl, base) })),
  };
}

/** Dutch metadata: same ids, parameters and help URLs, the registry's Dutch-Excel name per function. */
export function localizeMetadata(meta: Metadata, functions: readonly FunctionSpec[] = FUNCTIONS): Metadata {
  const byId = new Map(functions.map((f) => [f.name, f]));
  return {
    ...meta,
    functions: meta.functions.map((f) => {
      const spec = byId.get(f.id);
      if (spec === undefined) throw new Error(`functions.json names ${f.id}, which the registry does not have`);
      return { ...f, name: spec.nlName };
    }),
  };
}

const URL_ATTRIBUTES = new Set(['DefaultValue', 'Value']);

function walk(node: XmlNode, visit: (el: XmlElement) => void): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) {
      visit(child as XmlElement);
      walk(child, visit);
    }
  }
}

/**
 * The manifest for one base URL: every URL-valued attribute and AppDomain that points into the development base is
 * moved onto `baseUrl`; `version`, when given, replaces <Version>; top-level comments are dropped. Anything else is
 * left exactly as written.
 */
export function buildManifest(templateXml: string, baseUrl: string, version?: string): string {
  const base = normaliseBaseUrl(baseUrl);
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(templateXml, 'text/xml');
  if (errors.length > 0) throw new Error(`manifest.xml is not well-formed: ${errors.join('; ')}`);
  // The template's comments describe the template (development URLs, how to build); the output gets none.
  for (const node of Array.from(doc.childNodes)) if (node.nodeType === node.COMMENT_NODE) doc.removeChild(node);
  const origin = new URL(base).origin;
  const devOrigin = new URL(SOURCE_BASE_URL).origin;
  walk(doc, (el) => {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value?.startsWith('http')) el.setAttribute(name, rebase(value, base));
    }
    if (el.localName === 'AppDomain') {
      if (el.textContent !== devOrigin)
        throw new Error(`AppDomain outside the development base: ${el.textContent ?? ''}`);
      el.textContent = origin;
    }
    if (el.localName === 'Version' && version !== undefined && el.parentNode === doc.documentElement) {
      el.textContent = version;
    }
  });
  return new XMLSerializer().serializeToString(doc);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The help page the functions' help URLs point to: plain HTML, no scripts, nothing loaded from elsewhere. */
export function helpPage(functions: readonly FunctionSpec[] = FUNCTIONS): string {
  const sections = functions.map((f) => {
    const signature = signatuur(f);
    const params = f.params
      .map(
        (p) =>
          `<li><code>${escapeHtml(p.name)}</code>${p.optional === true ? ' (optioneel)' : ''}: ${escapeHtml(p.description)}</li>`,
      )
      .join('\n        ');
    const examples = f.examples
      .map((e) => {
        const uitleg = e.toelichting === undefined ? '' : ` (${escapeHtml(e.toelichting)})`;
        return `<li><code>${escapeHtml(voorbeeldFormule(f, e.args))}</code> geeft ${escapeHtml(e.result)}${uitleg}</li>`;
      })
      .join('\n        ');
    return `    <section id="${f.name}">
      <h2>COFIN.${f.name} <small>(Nederlandstalige Excel: COFIN.${f.nlName})</small></h2>
      <p>${escapeHtml(f.description)}</p>
      <p><code>${escapeHtml(signature)}</code></p>
      <ul>
        ${params}
      </ul>
      <p>Uitkomst: ${escapeHtml(f.resultDescription)}.${getoondeBron(f.article) === undefined ? '' : ` Bron: ${escapeHtml(f.article)}.`}</p>
      <p>Voorbeelden:</p>
      <ul>
        ${examples}
      </ul>
    </section>`;
  });
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>COFIN-functies</title>
    <style>body{font-family:Segoe UI,system-ui,sans-serif;max-width:60em;margin:1em auto;padding:0 1em}code{background:#f3f3f3}</style>
  </head>
  <body>
    <h1>COFIN-functies</h1>
    <p>Een ontbrekend of ongeldig argument geeft #WAARDE! (#VALUE!) of #N/B (#N/A) met een uitleg in het Nederlands.
    Een bereik waar één waarde wordt verwacht geeft per cel een uitkomst (overlopende matrix).</p>
    <nav><ul>${functions.map((f) => `<li><a href="#${f.name}">COFIN.${f.name}</a></li>`).join('')}</ul></nav>
${sections.join('\n')}
  </body>
</html>
`;
}
