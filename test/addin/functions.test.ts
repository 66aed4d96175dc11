/** The Excel wrappers (addin/functions/functions.ts through addin/functions/adapter.ts) with Excel-shaped inputs. */
import './setup';
import fc from 'fast-check';
import { FUNCTIONS, findFunction, toExcelSerial, parseIsoDatum, type FunctionSpec } from '../../core';
import * as wrappers from '../../addin/functions/functions';
import { evaluate } from '../../addin/functions/adapter';
import { wrapperName } from '../../addin/tools/gen-functions';
import { excelArg, excelResult, isExcelError } from './helpers';
import { StubExcelError } from './setup';

type Wrapper = (...args: unknown[]) => unknown;

function wrapperOf(spec: FunctionSpec): Wrapper {
  const fn = (wrappers as unknown as Record<string, Wrapper | undefined>)[wrapperName(spec)];
  if (fn === undefined) throw new Error(`no wrapper for ${spec.name}`);
  return fn;
}

const call = (id: string, ...args: unknown[]): unknown => wrapperOf(findFunction(id) as FunctionSpec)(...args);
const serial = (iso: string): number =>
  toExcelSerial(parseIsoDatum(iso) as NonNullable<ReturnType<typeof parseIsoDatum>>);

function expectError(v: unknown, code: string, messagePart?: RegExp): void {
  expect(isExcelError(v)).toBe(true);
  const e = v as StubExcelError;
  expect(e.code).toBe(code);
  expect(e.message ?? '').not.toBe('');
  if (messagePart) expect(e.message).toMatch(messagePart);
}

describe('every registry function has a wrapper', () => {
  test.each(FUNCTIONS.map((f) => [f.name, f] as const))('%s', (_, spec) => {
    expect(typeof wrapperOf(spec)).toBe('function');
    expect(wrapperOf(spec).length).toBe(spec.params.length);
  });
});

describe('registry examples give their expected result through the Excel path', () => {
  const cases = FUNCTIONS.flatMap((spec) => spec.examples.map((e) => [spec.name, e.args.join(', '), spec, e] as const));
  test.each(cases)('COFIN.%s(%s)', (_, __, spec, example) => {
    const args = spec.params.map((_p, i) => (i < example.args.length ? excelArg(example.args[i] as string) : null));
    expect(wrapperOf(spec)(...args)).toBe(excelResult(spec, example.result));
  });
});

describe('Excel-shaped scalar inputs', () => {
  test.each([
    ['number', 1245313, 859265],
    ['numeric text', '1245313', 859265],
    ['Dutch numeric text', '1.245.313,00', 859265],
    ['text with euro sign', '€ 1.245.313', 859265],
  ])('MAX with kosten as %s', (_, kosten, expected) => {
    expect(call('MAX', kosten, 'dwsra-2016')).toBe(expected);
  });

  test.each([
    ['empty cell on the desktop (0)', 0],
    ['empty cell on the web (null)', null],
    ['empty text', ''],
  ])('an %s is 0 for a required amount', (_, kosten) => {
    expect(call('MAX', kosten, 'sectorplannen-2013')).toBe(0);
    expectError(
      call('MAX', kosten, 'dwsra-2016'),
      '#VALUE!',
      /kosten: de subsidie € 0 ligt onder het minimum van € 125\.000/,
    );
  });

  test.each([
    ['text that is not a number', 'veel', '#VALUE!', /kosten: 'veel' is geen bedrag/],
    ['ambiguous thousands', '1.245', '#VALUE!', /dubbelzinnig/],
    ['negative amount', -5, '#VALUE!', /niet negatief/],
    ['a boolean', true, '#VALUE!', /geen bedrag/],
  ])('MAX refuses kosten as %s', (_, kosten, code, message) => {
    expectError(call('MAX', kosten, 'dwsra-2016'), code, message);
  });

  test('an unknown regeling is #N/A naming the argument and the choices', () => {
    expectError(
      call('MAX', 1000, 'dwsra-2099'),
      '#N/A',
      /regeling: onbekende regeling 'dwsra-2099'; kies uit .*dwsra-2016/,
    );
  });

  test('a missing regeling is #VALUE! saying it is required', () => {
    expectError(call('MAX', 1000, null), '#VALUE!', /regeling ontbreekt/);
  });

  test('omitted optional arguments arrive as null', () => {
    expect(call('ADVIES', 40, 'sectorplannen-2013', null)).toBe(5000);
    expect(call('VASTSTELLING', 859265, 1000000, 'dwsra-2016', null, null)).toBe(690000);
  });

  test('dates arrive as serial numbers and leave as serial numbers', () => {
    expect(call('BBLSTART', serial('2014-01-15'), 'sectorplannen-2013')).toBe(serial('2015-01-15'));
    expect(call('BBLSTART', '15-01-2014', 'sectorplannen-2013')).toBe(serial('2015-01-15'));
    expectError(call('BBLSTART', 12, 'sectorplannen-2013'), '#VALUE!', /datum/);
  });

  test('booleans and their Dutch words for a waarheid', () => {
    expect(call('EINDDATUM', serial('2014-01-15'), 'sectorplannen-2013', true)).toBe(serial('2016-07-15'));
    expect(call('EINDDATUM', serial('2014-01-15'), 'sectorplannen-2013', 'ONWAAR')).toBe(serial('2016-01-15'));
    expect(call('EINDDATUM', serial('2014-01-15'), 'sectorplannen-2013', false)).toBe(serial('2016-01-15'));
  });

  test('fractions are numbers', () => {
    expect(call('REALISATIE', 45, 75)).toBe(0.6);
    expectError(call('REALISATIE', 45, 0), '#VALUE!', /beoogd is 0/);
  });

  test('an Excel error received as an argument is passed on', () => {
    const na = new StubExcelError('#N/A', 'bron ontbreekt');
    expect(call('MAX', na, 'dwsra-2016')).toBe(na);
    const div = new StubExcelError('#DIV/0!');
    expect(call('MAX', 1000, div)).toBe(div);
    expectError(call('MAX', new StubExcelError('#REF!', 'weg'), 'dwsra-2016'), '#VALUE!');
  });

  test('an unknown function id is #N/A', () => {
    expectError(evaluate('BESTAATNIET', []), '#N/A', /Onbekende functie/);
  });
});

describe('ranges where one value is expected spill element by element', () => {
  test('a column of costs gives a column of results', () => {
    const out = call('MAX', [[1245313], [2898500], [100000]], 'dwsra-2016') as unknown[][];
    expect(out.slice(0, 2)).toEqual([[859265], [1999965]]);
    expectError(out[2]?.[0], '#VALUE!', /minimum/);
  });

  test('a row broadcasts against a column into a matrix', () => {
    const out = call('MAX', [[100000], [1245313]], [['sectorplannen-2013', 'dwsra-2016']]) as unknown[][];
    expect(out).toHaveLength(2);
    expect(out[0]?.[0]).toBe(50000);
    expectError(out[0]?.[1], '#VALUE!', /minimum/);
    expect(out[1]).toEqual([622656, 859265]);
  });

  test('same-shaped ranges pair up; a cell outside the smaller range is #N/A with a reason', () => {
    const out = call('OVERSCHRIJDING', [[870000], [870000], [870000]], [[690000], [0]], 'dwsra-2016') as unknown[][];
    expect(out[0]).toEqual([89700]);
    expect(out[1]).toEqual([0]);
    expectError(out[2]?.[0], '#N/A', /subsidie: het bereik heeft 2 rij\(en\) en 1 kolom\(men\)/);
  });

  test('errors stay in their own cell', () => {
    const out = call('MAX', [[1000, 'x', null]], 'sectorplannen-2013') as unknown[][];
    expect(out[0]?.[0]).toBe(500);
    expectError(out[0]?.[1], '#VALUE!', /'x' is geen bedrag/);
    expect(out[0]?.[2]).toBe(0);
  });

  test('a 1x1 range is one value; an empty range is an empty cell', () => {
    expect(call('MAX', [[1245313]], [['dwsra-2016']])).toBe(859265);
    expect(call('MAX', [], 'sectorplannen-2013')).toBe(0);
    expect(call('MAX', [[]], 'sectorplannen-2013')).toBe(0);
  });

  test('a range nested inside a range cell is refused for that cell', () => {
    const out = call('MAX', [[[[1000]], 1000]], 'sectorplannen-2013') as unknown[][];
    expectError(out[0]?.[0], '#VALUE!', /\[bereik\]/);
    expect(out[0]?.[1]).toBe(500);
  });
});

describe('property: arbitrary Excel values never break a function', () => {
  const scalar = fc.oneof(
    fc.double(),
    fc.double({ min: -1e16, max: 1e16, noNaN: true }),
    fc.integer({ min: 0, max: 3_000_000 }),
    fc.string(),
    fc.constantFrom(
      'dwsra-2016',
      'sectorplannen-2013',
      'sectorplannen-2015',
      'WAAR',
      'ONWAAR',
      '1.245.313,50',
      '2017-01-01',
      '',
      ' ',
    ),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom(new StubExcelError('#N/A', 'x'), new StubExcelError('#NAME?')),
  );
  const range = fc.array(fc.array(scalar, { minLength: 0, maxLength: 3 }), { minLength: 0, maxLength: 3 });
  const nested = fc.array(fc.array(fc.oneof(scalar, range), { maxLength: 2 }), { maxLength: 2 });
  const excelValue = fc.oneof(
    { weight: 6, arbitrary: scalar },
    { weight: 2, arbitrary: range },
    { weight: 1, arbitrary: nested },
  );

  function checkCell(v: unknown): void {
    if (typeof v === 'number') {
      expect(Number.isFinite(v)).toBe(true);
      return;
    }
    if (isExcelError(v)) {
      expect(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!']).toContain(v.code);
      return;
    }
    expect(typeof v).toBe('string');
  }

  test.each(FUNCTIONS.map((f) => [f.name, f] as const))('%s', (_, spec) => {
    const fn = wrapperOf(spec);
    fc.assert(
      fc.property(fc.array(excelValue, { minLength: spec.params.length, maxLength: spec.params.length }), (args) => {
        const out = fn(...args);
        if (Array.isArray(out)) {
          expect(out.length).toBeGreaterThan(0);
          for (const row of out as unknown[]) {
            expect(Array.isArray(row)).toBe(true);
            for (const cell of row as unknown[]) checkCell(cell);
          }
        } else checkCell(out);
      }),
      { seed: 20160330, numRuns: 300 },
    );
  });
});
