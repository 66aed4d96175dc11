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

/** As Excel passes a single value to a parameter declared matrix: a 1x1 range; an omitted argument stays null. */
const alsBereik = (a: unknown): unknown => (a === null ? null : [[a]]);

/** A call with single values, as Excel makes it: each argument 1x1, the result one cell of a 1x1 matrix. */
function cell(id: string, ...args: unknown[]): unknown {
  const out = call(id, ...args.map(alsBereik));
  expect(Array.isArray(out)).toBe(true);
  expect(out).toHaveLength(1);
  const row = (out as unknown[][])[0];
  expect(row).toHaveLength(1);
  return row?.[0];
}
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
    const args = spec.params.map((_p, i) =>
      i < example.args.length ? alsBereik(excelArg(example.args[i] as string)) : null,
    );
    expect(wrapperOf(spec)(...args)).toEqual([[excelResult(spec, example.result)]]);
  });
});

describe('Excel-shaped scalar inputs', () => {
  test.each([
    ['number', 1245313, 859265],
    ['numeric text', '1245313', 859265],
    ['Dutch numeric text', '1.245.313,00', 859265],
    ['text with euro sign', '€ 1.245.313', 859265],
  ])('MAX with kosten as %s', (_, kosten, expected) => {
    expect(cell('MAX', kosten, 'dwsra-2016')).toBe(expected);
  });

  test.each([
    ['empty cell on the desktop (0)', 0],
    ['empty cell on the web (null)', null],
    ['empty text', ''],
  ])('an %s is 0 for a required amount', (_, kosten) => {
    expect(cell('MAX', kosten, 'sectorplannen-2013')).toBe(0);
    expectError(
      cell('MAX', kosten, 'dwsra-2016'),
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
    expectError(cell('MAX', kosten, 'dwsra-2016'), code, message);
  });

  test('an unknown regeling is #N/A naming the argument and the choices', () => {
    expectError(
      cell('MAX', 1000, 'dwsra-2099'),
      '#N/A',
      /regeling: onbekende regeling 'dwsra-2099'; kies uit .*dwsra-2016/,
    );
  });

  test('a missing regeling is #VALUE! saying it is required', () => {
    expectError(cell('MAX', 1000, null), '#VALUE!', /regeling ontbreekt/);
  });

  test('omitted optional arguments arrive as null', () => {
    expect(cell('ADVIES', 40, 'sectorplannen-2013', null)).toBe(5000);
    expect(cell('VASTSTELLING', 859265, 1000000, 'dwsra-2016', null, null)).toBe(690000);
  });

  test('dates arrive as serial numbers and leave as serial numbers', () => {
    expect(cell('BBLSTART', serial('2014-01-15'), 'sectorplannen-2013')).toBe(serial('2015-01-15'));
    expect(cell('BBLSTART', '15-01-2014', 'sectorplannen-2013')).toBe(serial('2015-01-15'));
    expectError(cell('BBLSTART', 12, 'sectorplannen-2013'), '#VALUE!', /datum/);
  });

  test('booleans and their Dutch words for a waarheid', () => {
    expect(cell('EINDDATUM', serial('2014-01-15'), 'sectorplannen-2013', true)).toBe(serial('2016-07-15'));
    expect(cell('EINDDATUM', serial('2014-01-15'), 'sectorplannen-2013', 'ONWAAR')).toBe(serial('2016-01-15'));
    expect(cell('EINDDATUM', serial('2014-01-15'), 'sectorplannen-2013', false)).toBe(serial('2016-01-15'));
  });

  test('fractions are numbers', () => {
    expect(cell('REALISATIE', 45, 75)).toBe(0.6);
    expectError(cell('REALISATIE', 45, 0), '#VALUE!', /beoogd is 0/);
  });

  test('an Excel error received as an argument is passed on', () => {
    const na = new StubExcelError('#N/A', 'bron ontbreekt');
    expect(cell('MAX', na, 'dwsra-2016')).toBe(na);
    const div = new StubExcelError('#DIV/0!');
    expect(cell('MAX', 1000, div)).toBe(div);
    expectError(cell('MAX', new StubExcelError('#REF!', 'weg'), 'dwsra-2016'), '#VALUE!');
  });

  test('an unknown function id is #N/A', () => {
    const out = evaluate('BESTAATNIET', []);
    expect(out).toHaveLength(1);
    expectError(out[0]?.[0], '#N/A', /Onbekende functie/);
  });
});

describe('data types and other objects in a message are described in Dutch (issue 14, defect 10)', () => {
  const amsterdam = {
    type: 'Entity',
    text: 'Amsterdam',
    properties: { Inwoners: { type: 'Double', basicValue: 921402 } },
  };
  test.each([
    [
      'an entity as kosten',
      'MAX',
      [amsterdam, 'dwsra-2016'],
      /^kosten: 'een gegevenstype \(entiteit\) "Amsterdam"' is geen bedrag/,
    ],
    [
      'an entity as regeling',
      'MAX',
      [1245313, amsterdam],
      /^regeling: verwacht tekst, kreeg een gegevenstype \(entiteit\) "Amsterdam"\.$/,
    ],
    [
      'a linked entity as a date',
      'BBLSTART',
      [{ type: 'LinkedEntity', text: 'Chai', id: { entityId: 'P1' } }, 'sectorplannen-2013'],
      /^beschikkingsdatum: 'een gekoppeld gegevenstype "Chai"' is geen geldige datum/,
    ],
    [
      'a formatted number',
      'MAX',
      [{ type: 'FormattedNumber', basicValue: 18, numberFormat: '€ #.##0' }, 'dwsra-2016'],
      /^kosten: 'een opgemaakt getal 18' is geen bedrag/,
    ],
    [
      'an error data type',
      'REALISATIE',
      [{ type: 'Error', errorType: 'NotAvailable', basicValue: '#N/A' }, 75],
      /^gerealiseerd: 'een foutwaarde #N\/A' is geen bedrag/,
    ],
    ['an image', 'MAX', [{ type: 'WebImage', address: 'https://x/y.png' }, 'dwsra-2016'], /'een afbeelding'/],
    ['an object without a type', 'MAX', [Object.create(null) as object, 'dwsra-2016'], /^kosten: 'een object'/],
    [
      'a waarheid as an entity',
      'EINDDATUM',
      [41654, 'sectorplannen-2013', amsterdam],
      /^verlenging: 'een gegevenstype/,
    ],
  ])('%s', (_, id, args, message) => {
    const v = cell(id, ...args);
    expectError(v, '#VALUE!', message);
    expect((v as StubExcelError).message).not.toMatch(/object Object|undefined|NaN/);
  });

  test('a long entity name is shortened at a whole character', () => {
    const v = cell('MAX', { type: 'Entity', text: '😀'.repeat(50) }, 'dwsra-2016') as StubExcelError;
    expect(v.message).toContain(`"${'😀'.repeat(40)}…"`);
    expect(v.message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
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

  test('a 1x1 range is one cell of a 1x1 result; an empty range is an empty cell', () => {
    expect(call('MAX', [[1245313]], [['dwsra-2016']])).toEqual([[859265]]);
    expect(call('MAX', [], [['sectorplannen-2013']])).toEqual([[0]]);
    expect(call('MAX', [[]], [['sectorplannen-2013']])).toEqual([[0]]);
  });

  test('a bare value where Excel would pass a 1x1 range is taken as one (the demo and old hosts send them)', () => {
    expect(call('MAX', 1245313, 'dwsra-2016')).toEqual([[859265]]);
    expect(call('ADVIES', [[40]], 'sectorplannen-2013', null)).toEqual([[5000]]);
  });

  test('a range nested inside a range cell is refused for that cell', () => {
    const out = call('MAX', [[[[1000]], 1000]], 'sectorplannen-2013') as unknown[][];
    expectError(out[0]?.[0], '#VALUE!', /kosten: 'een bereik van 1 rij\(en\) en 1 kolom\(men\)' is geen bedrag/);
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
        // The declared result (functions.json): a matrix of at least 1x1, every row as wide as the first.
        expect(Array.isArray(out)).toBe(true);
        const rows = out as unknown[][];
        expect(rows.length).toBeGreaterThan(0);
        const width = rows[0]?.length ?? 0;
        expect(width).toBeGreaterThan(0);
        for (const row of rows) {
          expect(Array.isArray(row)).toBe(true);
          expect(row).toHaveLength(width);
          for (const c of row) checkCell(c);
        }
      }),
      { seed: 20160330, numRuns: 300 },
    );
  });
});
