/**
 * The finding catalogue as typed data. The `@ts-expect-error` lines are type tests: `npm run typecheck` compiles this
 * file, and fails when one of those lines compiles (a misspelt, missing or extra parameter, an empty source).
 * The runtime tests render every code from raw values of its declared kinds.
 */
import { aantalVan, bedrag, fractie } from '../../core/money';
import type { Datum } from '../../core';
import {
  CATALOGUE,
  aantalOnzeker,
  alsFinding,
  finding,
  refuse,
  type Bron,
  type FindingCode,
  type ParamSoort,
  type ParamSoorten,
  type Refusal,
} from '../../core/findings';

const ARTIKEL = 'art. 4 Regeling';
const datum = '2016-12-31' as Datum;

describe('the compiler checks parameters and sources', () => {
  test('a well-formed finding compiles and renders its raw values once', () => {
    const f = finding('bbl-duur-te-lang', {
      location: 'kostenposten[0].maanden',
      article: ARTIKEL,
      params: { veld: 'kostenpost 1, maanden', maanden: 30, maximum: 24 },
    });
    expect(f.message).toBe(
      'kostenpost 1, maanden: een BBL-traject wordt ten hoogste 24 maanden gesubsidieerd, begroot is 30.',
    );
  });

  test('a misspelt parameter does not compile', () => {
    const f = finding('bbl-duur-te-lang', {
      location: 'x',
      article: ARTIKEL,
      // @ts-expect-error 'maaanden' is not a parameter of bbl-duur-te-lang
      params: { veld: 'x', maaanden: 30, maximum: 24 },
    });
    expect(f.code).toBe('bbl-duur-te-lang');
  });

  test('a missing parameter does not compile', () => {
    // @ts-expect-error 'maximum' is missing
    const f = finding('bbl-duur-te-lang', { location: 'x', article: ARTIKEL, params: { veld: 'x', maanden: 30 } });
    expect(f.code).toBe('bbl-duur-te-lang');
  });

  test('a parameter of the wrong kind does not compile (an amount is no text)', () => {
    const maak = () =>
      finding('subsidie-onder-minimum', {
        location: 'x',
        article: ARTIKEL,
        // @ts-expect-error bedrag is an amount, not pre-formatted text
        params: { veld: 'x', bedrag: '€ 69.000', minimum: bedrag('125000') },
      });
    expect(maak).toThrow();
  });

  test('a code with parameters needs them', () => {
    // @ts-expect-error params are required for argument-ontbreekt
    const f = finding('argument-ontbreekt', { location: 'x', article: ARTIKEL });
    expect(f.code).toBe('argument-ontbreekt');
  });

  test('an empty source does not compile, neither in a finding nor in a refusal', () => {
    // @ts-expect-error an empty article
    const f = finding('beschikkingsdatum-ontbreekt', { location: 'x', article: '' });
    expect(f.code).toBe('beschikkingsdatum-ontbreekt');
    // @ts-expect-error an empty article
    const r = refuse({ code: 'deling-door-nul', article: '', params: { grootheid: 'de realisatiegraad' } });
    expect(r.ok).toBe(false);
    const tekst: string = ARTIKEL;
    // @ts-expect-error a plain string is not known to be non-empty
    const bron: Bron = tekst;
    expect(bron).toBe(ARTIKEL);
  });

  test("a refusal's parameters follow its code", () => {
    // @ts-expect-error 'minimum' belongs to subsidie-onder-minimum, not to deling-door-nul
    const r: Refusal = { code: 'deling-door-nul', article: ARTIKEL, params: { grootheid: 'x', minimum: bedrag('1') } };
    expect(r.code).toBe('deling-door-nul');
  });
});

/** A raw example value of each kind. */
const VOORBEELD: { readonly [K in ParamSoort]: ParamSoorten[K] } = {
  tekst: 'tekst',
  bedrag: bedrag('86232.5'),
  fractie: fractie('0.6'),
  getal: aantalVan('12.5'),
  datum,
  aantal: 3,
};

function voorbeeldParams(code: FindingCode): Record<string, unknown> {
  const schema = CATALOGUE[code].params as Readonly<Record<string, ParamSoort>>;
  return Object.fromEntries(Object.entries(schema).map(([key, soort]) => [key, VOORBEELD[soort]]));
}

const CODES = Object.keys(CATALOGUE) as FindingCode[];

describe('every catalogue code renders from its declared parameters', () => {
  test.each(CODES)('%s: no placeholder, no undefined, every parameter shown', (code) => {
    const params = voorbeeldParams(code);
    const f = finding(code, { location: 'x', article: ARTIKEL, params });
    expect(f.message).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
    expect(f.message.length).toBeGreaterThan(10);
    expect(Object.keys(f.params).sort()).toEqual(Object.keys(params).sort());
  });

  test('amounts, fractions and dates are formatted in Dutch in the message and kept exact in params', () => {
    const f = finding('eigen-financiering-te-laag', {
      location: 'x',
      article: ARTIKEL,
      params: {
        veld: 'maatregel 1',
        eigen: bedrag('86232.5'),
        procent: fractie('0.4'),
        kosten: bedrag('1432109.95'),
        vereist: bedrag('572843.98'),
      },
    });
    expect(f.message).toBe(
      'maatregel 1: de eigen financiering € 86.232,50 is minder dan 40% van de kosten € 1.432.109,95; vereist is ten minste € 572.843,98.',
    );
    expect(f.params).toEqual({
      veld: 'maatregel 1',
      eigen: '86232.50',
      procent: '0.4',
      kosten: '1432109.95',
      vereist: '572843.98',
    });
    const d = finding('startdatum-te-vroeg', {
      location: 'x',
      article: ARTIKEL,
      params: { veld: 'maatregel 1', start: datum, vroegst: '2015-09-01' as Datum },
    });
    expect(d.message).toBe('maatregel 1: de maatregel begint op 31-12-2016, vóór 01-09-2015.');
    expect(d.params).toEqual({ veld: 'maatregel 1', start: '2016-12-31', vroegst: '2015-09-01' });
  });
});

describe('a finding carries the confidence of the rule it rests on', () => {
  const init = { location: 'plan.startdatum', article: ARTIKEL, params: { veld: 'Startdatum' } } as const;

  test('a rule without a stated confidence is the cofin format or a contract: zeker, no reading', () => {
    const f = finding('argument-ontbreekt', init);
    expect(f.zekerheid).toBe('zeker');
    expect(f.severity).toBe('fout');
    expect(f.lezing).toBeUndefined();
  });

  test('an onzeker rule never rejects on its own: its fout becomes a waarschuwing that names the reading', () => {
    const f = finding('argument-ontbreekt', { ...init, zekerheid: 'onzeker', lezing: 'Gelezen als X.' });
    expect(f.severity).toBe('waarschuwing');
    expect(f.zekerheid).toBe('onzeker');
    expect(f.lezing).toBe('Gelezen als X.');
  });

  test('a waarschijnlijk rule keeps its fout and its reading', () => {
    const f = finding('argument-ontbreekt', { ...init, zekerheid: 'waarschijnlijk', lezing: 'Gelezen als Y.' });
    expect(f.severity).toBe('fout');
    expect(f.lezing).toBe('Gelezen als Y.');
  });
});

describe('a refusal keeps the confidence of the rule that refuses', () => {
  test('placed as a finding it carries zekerheid and lezing; an onzeker refusal is no fout', () => {
    const f = alsFinding(
      {
        code: 'argument-ontbreekt',
        article: ARTIKEL,
        params: {},
        zekerheid: 'onzeker',
        lezing: 'Gelezen als Z.',
      },
      'kosten',
      'kosten',
    );
    expect([f.severity, f.zekerheid, f.lezing]).toEqual(['waarschuwing', 'onzeker', 'Gelezen als Z.']);
    expect(
      aantalOnzeker([f, finding('argument-ontbreekt', { location: 'x', article: ARTIKEL, params: { veld: 'x' } })]),
    ).toBe(1);
  });

  test('a refusal without a stated confidence is the format or a contract: zeker, a fout', () => {
    const f = alsFinding({ code: 'argument-ontbreekt', article: ARTIKEL, params: {} }, 'kosten', 'kosten');
    expect([f.severity, f.zekerheid, f.lezing]).toEqual(['fout', 'zeker', undefined]);
  });
});
