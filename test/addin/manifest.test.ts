/** Structure of manifest.xml (the development template) and of the built dist/manifest.xml, plus xmllint. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { buildManifest, normaliseBaseUrl } from '../../addin/tools/addin-assets';
import { distFile, DIST, ROOT } from './helpers';

const OFFICE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const template = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
}

function all(root: Document | Element, ns: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

function one(root: Document | Element, ns: string, name: string): Element {
  const found = all(root, ns, name);
  expect(found).toHaveLength(1);
  return found[0] as Element;
}

function children(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === n.ELEMENT_NODE);
}

function urls(doc: Document): string[] {
  const out: string[] = [];
  for (const el of all(doc, '*', '*')) {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = el.getAttribute(attr);
      if (v !== null && /^[a-z]+:\/\//i.test(v)) out.push(v);
    }
  }
  for (const d of all(doc, OFFICE, 'AppDomain')) out.push(d.textContent ?? '');
  return out;
}

function checkStructure(doc: Document, origin: string): void {
  const app = doc.documentElement as Element;
  expect(app.namespaceURI).toBe(OFFICE);
  expect(app.localName).toBe('OfficeApp');
  expect(app.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
  expect(children(app).map((c) => c.localName)).toEqual([
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'VersionOverrides',
  ]);
  expect(one(doc, OFFICE, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(one(doc, OFFICE, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(one(doc, OFFICE, 'Permissions').textContent).toBe('ReadWriteDocument');

  const sets = all(doc, OFFICE, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
  expect(sets).toEqual([
    ['SharedRuntime', '1.1'],
    ['CustomFunctionsRuntime', '1.3'], // 1.3: CustomFunctions.Error with ErrorCode values and messages
  ]);

  const host = one(doc, OVERRIDES, 'Host');
  expect(host.getAttributeNS(XSI, 'type')).toBe('Workbook');
  expect(children(host)[0]?.localName).toBe('Runtimes'); // must come first, or the shared runtime does not load
  const runtimes = all(doc, OVERRIDES, 'Runtime');
  expect(runtimes).toHaveLength(1);
  const runtime = runtimes[0] as Element;
  expect(runtime.getAttribute('lifetime')).toBe('long');

  const cf = all(doc, OVERRIDES, 'ExtensionPoint').filter((e) => e.getAttributeNS(XSI, 'type') === 'CustomFunctions');
  expect(cf).toHaveLength(1);
  const ext = cf[0] as Element;
  const sourceOf = (name: string) => one(one(ext, OVERRIDES, name), OVERRIDES, 'SourceLocation').getAttribute('resid');
  const page = sourceOf('Page');
  const functionFile = one(doc, OVERRIDES, 'FunctionFile').getAttribute('resid');
  const taskpaneActions = all(doc, OVERRIDES, 'Action').map((a) =>
    one(a, OVERRIDES, 'SourceLocation').getAttribute('resid'),
  );
  // One runtime: the runtime, the custom-functions page, the function file and the task pane are the same page.
  expect(new Set([runtime.getAttribute('resid'), page, functionFile, ...taskpaneActions])).toEqual(
    new Set(['Taskpane.Url']),
  );
  expect(all(doc, OVERRIDES, 'TaskpaneId')).toEqual([]);

  // Every resid is defined once in Resources, and every resource is used.
  const defined = new Map<string, Element>();
  for (const kind of ['Image', 'Url', 'String']) {
    for (const el of all(doc, BT, kind)) {
      const id = el.getAttribute('id');
      if (id === null) continue;
      expect(defined.has(id)).toBe(false);
      defined.set(id, el);
    }
  }
  const used = all(doc, '*', '*')
    .map((e) => e.getAttribute('resid'))
    .filter((r): r is string => r !== null && r !== '');
  for (const resid of used) expect(defined.has(resid) ? resid : `undefined resid ${resid}`).toBe(resid);
  expect([...defined.keys()].filter((id) => !used.includes(id))).toEqual([]);

  const defaultOf = (id: string) => defined.get(id)?.getAttribute('DefaultValue');
  expect(defaultOf('Functions.Namespace')).toBe('COFIN');
  expect(defaultOf('Functions.Script.Url')).toBe(`${origin}functions.js`);
  expect(defaultOf('Functions.Metadata.Url')).toBe(`${origin}functions.json`);
  expect(defaultOf('Taskpane.Url')).toBe(`${origin}taskpane.html`);
  expect(one(doc, OFFICE, 'SourceLocation').getAttribute('DefaultValue')).toBe(`${origin}taskpane.html`);
  const override = one(defined.get('Functions.Metadata.Url') as Element, BT, 'Override');
  expect([override.getAttribute('Locale'), override.getAttribute('Value')]).toEqual([
    'nl-NL',
    `${origin}functions-nl.json`,
  ]);

  // https only, one host.
  const all_urls = urls(doc);
  expect(all_urls.length).toBeGreaterThan(10);
  for (const u of all_urls) expect(new URL(u).protocol).toBe('https:');
  expect(new Set(all_urls.map((u) => new URL(u).host))).toEqual(new Set([new URL(origin).host]));
}

test('manifest.xml (development) is a shared-runtime custom-functions manifest', () => {
  checkStructure(parse(template), 'https://localhost:3000/');
});

test('dist/manifest.xml is the same manifest for the configured base URL', () => {
  checkStructure(parse(distFile('manifest.xml')), 'https://localhost:3000/');
});

test('a production base URL moves every URL, and nothing else', () => {
  const prod = buildManifest(template, 'https://cofin.example.nl/excel', '1.2.3.4');
  checkStructure(parse(prod), 'https://cofin.example.nl/excel/');
  expect(one(parse(prod), OFFICE, 'Version').textContent).toBe('1.2.3.4');
  expect(prod).not.toContain('localhost:3000/');
});

test('the base URL must be https', () => {
  expect(() => normaliseBaseUrl('http://cofin.example.nl/')).toThrow(/https/);
  expect(() => buildManifest(template, 'ftp://x/')).toThrow(/https/);
  expect(normaliseBaseUrl('https://a.nl/b')).toBe('https://a.nl/b/');
});

describe('xmllint', () => {
  const found = spawnSync('xmllint', ['--version']).status === 0;

  test('is installed (CI installs libxml2-utils)', () => {
    expect(found ? 'xmllint found' : 'xmllint missing: apt-get install libxml2-utils').toBe('xmllint found');
  });

  test.each([join(ROOT, 'manifest.xml'), join(DIST, 'manifest.xml')])('%s is well-formed', (file) => {
    expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow();
  });
});

test('icons are PNG files of the sizes the manifest names', () => {
  for (const n of [16, 32, 64, 80]) {
    const png = readFileSync(join(DIST, 'assets', `icon-${n}.png`));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([n, n]);
  }
  expect(template).toMatch(/icon-16\.png[\s\S]*icon-32\.png[\s\S]*icon-80\.png/);
});
