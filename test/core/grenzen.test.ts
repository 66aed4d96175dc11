/** Excel's limits as data, and the text rules that keep a written value inside them (core/workbook/grenzen.ts). */
import {
  EXCEL_GRENZEN,
  geldigeBladnaam,
  ingekort,
  ingekorteKopVoet,
  isGeldigeBladnaam,
  kolommenMerk,
  rijenMerk,
} from '../../core';

test('the limits are those of Excel specifications and limits', () => {
  expect(EXCEL_GRENZEN).toEqual({
    tekst: 32767,
    formule: 8192,
    bladnaam: 31,
    rijen: 1048576,
    kolommen: 16384,
    kopVoet: 255,
    hyperlink: 2079,
  });
});

describe('ingekort: text within a cell', () => {
  test('a text at the limit stays as it is', () => {
    const t = 'a'.repeat(32767);
    expect(ingekort(t)).toBe(t);
    expect(ingekort('')).toBe('');
  });

  test('the 10 MB cell of the issue: 32,767 characters with the mark naming the whole length', () => {
    const t = `Voortgangsrapportage ${'A'.repeat(10 * 1024 * 1024)}`;
    expect(t.length).toBe(10485781);
    const k = ingekort(t);
    expect(k.length).toBe(32767);
    expect(k.endsWith('… [ingekort: 10.485.781 tekens]')).toBe(true);
    expect(k.startsWith('Voortgangsrapportage AAAA')).toBe(true);
  });

  test('one character over: cut, marked', () => {
    const k = ingekort('b'.repeat(32768));
    expect(k).toBe(`${'b'.repeat(32767 - '… [ingekort: 32.768 tekens]'.length)}… [ingekort: 32.768 tekens]`);
  });

  test('never half a surrogate pair', () => {
    const merk = '… [ingekort: 41 tekens]';
    // 10 units for the text before the mark; the 10th is the high half of '😀', so the cut keeps 9.
    const t = `${'x'.repeat(9)}😀${'y'.repeat(30)}`;
    expect(t.length).toBe(41);
    expect(ingekort(t, 10 + merk.length)).toBe(`${'x'.repeat(9)}${merk}`);
  });

  test('a limit shorter than the mark gives the start of the mark', () => {
    expect(ingekort('abcdefghij', 5)).toBe('… [in');
  });
});

describe('geldigeBladnaam: a name Excel accepts, unique case-insensitively', () => {
  test.each([
    ['Samenvatting', 'Samenvatting'],
    ['a:b\\c/d?e*f[g]h', 'a_b_c_d_e_f_g_h'],
    ["'Mijn blad'", 'Mijn blad'],
    ["''", 'Blad'],
    ['', 'Blad'],
    ['   ', 'Blad'],
    ['History', 'History_'],
    ['regel\nnieuw\u0007', 'regel_nieuw_'],
    ['x'.repeat(40), 'x'.repeat(31)],
    [`${'y'.repeat(30)}'z`, 'y'.repeat(30)],
    ['😀'.repeat(16), '😀'.repeat(15)],
  ])('%j -> %j', (naam, verwacht) => {
    const n = geldigeBladnaam(naam, new Set());
    expect(n).toBe(verwacht);
    expect(isGeldigeBladnaam(n)).toBe(true);
  });

  test('names already taken get (2), (3), within 31 characters', () => {
    const gebruikt = new Set<string>();
    const lang = 'L'.repeat(31);
    expect(['Plan', 'plan', 'PLAN', lang, lang.toLowerCase()].map((n) => geldigeBladnaam(n, gebruikt))).toEqual([
      'Plan',
      'plan (2)',
      'PLAN (3)',
      lang,
      `${'l'.repeat(27)} (2)`,
    ]);
    expect([...gebruikt]).toEqual(['plan', 'plan (2)', 'plan (3)', lang.toLowerCase(), `${'l'.repeat(27)} (2)`]);
  });

  test.each([
    ['a/b', false],
    ["'a", false],
    ["a'", false],
    ["a'b", true],
    ['', false],
    ['x'.repeat(32), false],
    ['history', false],
    ['Blad 1', true],
  ])('isGeldigeBladnaam(%j) is %s', (naam, geldig) => {
    expect(isGeldigeBladnaam(naam)).toBe(geldig);
  });
});

describe('ingekorteKopVoet: a header or footer of at most 255 characters', () => {
  test('short stays', () => {
    expect(ingekorteKopVoet('&LTitel&R&A')).toBe('&LTitel&R&A');
  });

  test('long is cut to 255 with a mark, never inside an & code', () => {
    const k = ingekorteKopVoet(`&L${'t'.repeat(252)}&&&Rx`);
    expect(k.length).toBeLessThanOrEqual(255);
    expect(k).toBe(`&L${'t'.repeat(252)}…`);
    const f = ingekorteKopVoet(`&L${'t'.repeat(240)}&"Arial,Bold"${'u'.repeat(20)}`);
    expect(f).toBe(`&L${'t'.repeat(240)}…`);
    const t = ingekorteKopVoet(`&L${'v'.repeat(300)}`);
    expect(t).toBe(`&L${'v'.repeat(252)}…`);
    expect(t.length).toBe(255);
  });
});

test('the marks for rows and columns left out', () => {
  expect(rijenMerk(1)).toBe('… [ingekort: 1 rij weggelaten; Excel toont ten hoogste 1.048.576 rijen]');
  expect(rijenMerk(2000000)).toBe('… [ingekort: 2.000.000 rijen weggelaten; Excel toont ten hoogste 1.048.576 rijen]');
  expect(kolommenMerk(3)).toBe('… [ingekort: 3 kolommen weggelaten]');
});
