/**
 * `cofin check` on the hostile corpus (test/fixtures/corpus): every case alone gives its exit code, its Dutch reason
 * and its code, never a stack trace; a folder run over all of them still checks the valid file; inputs stay
 * byte-identical.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateModel, VOORBEELDEN } from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { CORPUS, maakCorpus } from '../fixtures/corpus';
import { cofin, hashes, tmp } from './helpers';

/** What an uncaught error or a library's own text looks like in output meant for a Dutch reader. */
const STACK = /^\s+at .+\(.*:\d+:\d+\)$|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|Error):/m;

interface JsonBestand {
  readonly bestand: string;
  readonly oordeel: string;
  readonly code?: string;
  readonly bevindingen: readonly { readonly code: string }[];
}

describe('cofin check on the hostile corpus', () => {
  const dir = tmp();
  let before: Record<string, string>;
  beforeAll(async () => {
    const geldig = await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016']));
    maakCorpus(dir, geldig);
    writeFileSync(join(dir, 'goed.xlsx'), geldig);
    before = hashes(dir);
  }, 120_000);

  test('every entry has a unique name, a kind, and exactly one way to be made', () => {
    expect(new Set(CORPUS.map((c) => c.bestand)).size).toBe(CORPUS.length);
    for (const c of CORPUS) {
      expect(c.soort).not.toBe('');
      expect(c.maak === undefined).not.toBe(c.maakOp === undefined);
      if (c.afsluitcode === 2) expect(c.reden).toBeDefined();
    }
  });

  test.each(CORPUS.map((c) => [c.bestand, c] as const))(
    '%s: its exit code, reason and code',
    async (bestand, c) => {
      const pad = join(dir, bestand);
      const tekst = await cofin('check', pad);
      expect(tekst.code).toBe(c.afsluitcode);
      expect(`${tekst.out}${tekst.err}`).not.toMatch(STACK);
      if (c.reden !== undefined) {
        const prefix = `${pad}: niet te lezen: `;
        if (c.reden.endsWith('…')) expect(tekst.out.startsWith(prefix + c.reden.slice(0, -1))).toBe(true);
        else expect(tekst.out.split('\n')[0]).toBe(prefix + c.reden);
      }
      const json = await cofin('check', '--format', 'json', pad);
      expect(json.code).toBe(c.afsluitcode);
      const bestanden = (JSON.parse(json.out) as { bestanden: JsonBestand[] }).bestanden;
      if (c.afsluitcode === 2) expect(bestanden.map((b) => b.code)).toContain(c.code);
      else if (c.code !== '') expect(bestanden.flatMap((b) => b.bevindingen.map((f) => f.code))).toContain(c.code);
    },
    60_000,
  );

  test('one bad file does not stop the run: the good one is still checked, exit 2, inputs byte-identical', async () => {
    const r = await cofin('check', dir);
    expect(r.code).toBe(2);
    expect(`${r.out}${r.err}`).not.toMatch(STACK);
    expect(r.out).toContain(`${join(dir, 'goed.xlsx')}: voldoet (0 fouten, 0 waarschuwingen, 0 info)`);
    expect(hashes(dir)).toEqual(before);
  }, 120_000);
});
