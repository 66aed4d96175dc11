/**
 * The browser demo's calculation (addin/demo/calc.ts): how a typed COFIN call reaches the function that functions.js
 * registered. Its arguments split as core splits them: a string with a comma, an array constant and a nested call
 * each stay one argument, with ',' or with the Dutch ';' between the arguments.
 */
import { Calculator, type CalcHost, type CellError } from '../../addin/demo/calc';
import { MemoryWorkbook } from '../../addin/office/memory-gateway';

class DemoFout implements CellError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

/** The arguments each call of COFIN.ECHO received, in order. */
function reken(formule: string): unknown[][] {
  const ontvangen: unknown[][] = [];
  const host: CalcHost = {
    names: new Map([['COFIN.ECHO', 'ECHO']]),
    associated: new Map([
      [
        'ECHO',
        (...args: unknown[]) => {
          ontvangen.push(args);
          return 1;
        },
      ],
    ]),
    isError: (v): v is CellError => v instanceof DemoFout,
    error: (code, message) => new DemoFout(code, message),
  };
  const store = new MemoryWorkbook(['Blad1']);
  store.type('Blad1', 'A1', 7);
  store.type('Blad1', 'C1', formule);
  new Calculator(store, host).recalculate();
  return ontvangen.slice(0, 1);
}

const nietGerekend = (tekst: string) =>
  new DemoFout('#NAME?', `De demo rekent alleen getallen, tekst en celverwijzingen als argument: ${tekst}`);

test.each<[string, unknown[]]>([
  ['=COFIN.ECHO({1,2;3,4},"a,b",A1)', [nietGerekend('{1,2;3,4}'), 'a,b', 7]],
  ['=COFIN.ECHO({1,2;3,4};"a;b";1,5)', [nietGerekend('{1,2;3,4}'), 'a;b', 1.5]],
  ['=COFIN.ECHO("a,""b"",c",{1;2})', ['a,"b",c', nietGerekend('{1;2}')]],
  ['=COFIN.ECHO(SOM(A1;A1);2)', [nietGerekend('SOM(A1;A1)'), 2]],
  ['=COFIN.ECHO(1000,5)', [1000, 5]],
  ['=COFIN.ECHO()', []],
])('%s: the function receives its arguments whole', (formule, verwacht) => {
  expect(reken(formule)).toEqual([verwacht]);
});

test('a list that does not split (a brace closed without an opening) is refused as one whole', () => {
  expect(reken('=COFIN.ECHO(1},2)')).toEqual([]);
});
