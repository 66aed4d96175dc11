/** `cofin calc` as a user runs it: the built command, its output and exit code. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(__dirname, '../../cli/bin/cofin.js');

function cofin(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test.each([
  [['calc', 'MAX', '1245313', 'dwsra-2016'], '859265\n'],
  [['calc', 'OVERSCHRIJDING', '870000', '690000', 'dwsra-2016'], '89700\n'],
  [['calc', 'INDIRECT', '1245313', 'dwsra-2016'], '186796.95\n'],
  [['calc', 'REALISATIE', '45', '75'], '0.6\n'],
  [['calc', 'EINDDATUM', '15-01-2014', 'sectorplannen-2013', 'ja'], '2016-07-15\n'],
  [['calc', 'maxsubsidie', '1.245.313', 'DWSRA-2016'], '859265\n'],
])('cofin %j prints only the result', (args, expected) => {
  expect(cofin(...args)).toEqual({ code: 0, out: expected, err: '' });
});

test.each([
  [
    ['calc', 'MAX', 'veel', 'dwsra-2016'],
    1,
    "cofin calc MAX: kosten: 'veel' is geen bedrag; geef een getal zoals 125000 of 125000,50.\n",
  ],
  [['calc', 'MAX', '-5', 'dwsra-2016'], 1, 'cofin calc MAX: kosten mag niet negatief zijn (-5).\n'],
  [
    ['calc', 'MAX', '1000', 'dwsra-2017'],
    1,
    "cofin calc MAX: regeling: onbekende regeling 'dwsra-2017'; kies uit sectorplannen-2013, sectorplannen-2015, dwsra-2016.\n",
  ],
  [['calc', 'MAX', '1000'], 1, 'cofin calc MAX: regeling ontbreekt: dit argument is verplicht.\n'],
  [
    ['calc', 'GEENFUNCTIE'],
    2,
    "cofin calc GEENFUNCTIE: Onbekende functie 'GEENFUNCTIE'; 'cofin calc --list' toont de functies.\n",
  ],
  [['bestaatniet'], 2, "cofin: onbekende opdracht 'bestaatniet'. 'cofin --help' toont de opdrachten.\n"],
])('cofin %j fails with one Dutch line and exit %i', (args, code, err) => {
  expect(cofin(...args)).toEqual({ code, out: '', err });
});

test.each([
  [['calc', 'SCHOLINGSVOUCHER', '1800'], '1800\n'],
  [['calc', 'SCHOLINGSVOUCHER', '4000'], '2500\n'],
  [['calc', 'scholingsvoucher', '€ 4.000,00', '3'], '2500\n'],
])('cofin %j gives the voucher maximum of EUR 2,500 per person (Kamerbrief mid-2016)', (args, expected) => {
  expect(cofin(...args)).toEqual({ code: 0, out: expected, err: '' });
});

test('cofin calc SCHOLINGSVOUCHER above the maximum with a job guarantee refuses and names what the sources lack', () => {
  const r = cofin('calc', 'SCHOLINGSVOUCHER', '4000', '6');
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err).toMatch(/^cofin calc SCHOLINGSVOUCHER: baangarantieMaanden: voor een opleiding van € 4\.000 /);
  expect(r.err).toContain('de bronnen noemen voor die uitzondering geen bovengrens; cofin geeft daarom geen bedrag.');
  expect(r.err).toContain('voetnoot 5');
});

test('a refusal by a rule cites its source', () => {
  const r = cofin('calc', 'MAX', '100000', 'dwsra-2016');
  expect(r.code).toBe(1);
  expect(r.err).toBe(
    'cofin calc MAX: kosten: de subsidie € 69.000 ligt onder het minimum van € 125.000 per project. (Tijdelijke regeling cofinanciering DWSRA (Stcrt. 2016, 30260); UvB-nieuws 14-6-2016; Ecorys, tussenevaluatie DWSRA (april 2018))\n',
  );
});

test('--list names every function with its Dutch description', () => {
  const r = cofin('calc', '--list');
  expect(r.code).toBe(0);
  for (const name of [
    'MAX',
    'INDIRECT',
    'LOONKOSTEN',
    'BBL',
    'ADVIES',
    'EIGENBIJDRAGE',
    'OVERSCHRIJDING',
    'REALISATIE',
    'VASTSTELLING',
    'VOORTGANG',
    'RAPPORTAGEDATUM',
    'EINDDATUM',
    'BBLSTART',
    'BBLEIND',
    'VASTSTELLINGSDATUM',
    'WML',
    'SCHOLINGSVOUCHER',
  ])
    expect(r.out).toMatch(new RegExp(`^${name} `, 'm'));
  expect(r.out).toContain('Maximale cofinanciering bij de gegeven subsidiabele directe kosten');
});

test('--help lists the commands', () => {
  const r = cofin('--help');
  expect(r.code).toBe(0);
  expect(r.out).toContain('calc');
});
