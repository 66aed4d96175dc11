/** Golden values of every registry function, through the same entry point Excel and the CLI use. */
import { FUNCTIONS, bedragText, callFunction, type FunctionValue } from '../../core';

function text(v: FunctionValue): string {
  if (v.kind === 'bedrag') return bedragText(v.value);
  if (v.kind === 'fractie') return v.value.toFixed();
  return v.value;
}

function run(name: string, ...args: unknown[]): string {
  const out = callFunction(name, args);
  if (!out.ok) throw new Error(`${name}: ${out.finding.message}`);
  return text(out.value);
}

function refusal(name: string, ...args: unknown[]): { code: string; message: string } {
  const out = callFunction(name, args);
  if (out.ok) throw new Error(`${name} gave ${text(out.value)}, expected a refusal`);
  return { code: out.finding.code, message: out.finding.message };
}

describe('every documented example of the registry', () => {
  const cases = FUNCTIONS.flatMap((f) => f.examples.map((e) => [f.name, e.args.join(' '), e.args, e.result] as const));
  test.each(cases)('%s %s', (name, _label, args, expected) => {
    expect(run(name, ...args)).toBe(expected);
  });
  test('every function has at least one example', () => {
    expect(FUNCTIONS.filter((f) => f.examples.length === 0).map((f) => f.name)).toEqual([]);
  });
});

// The worked examples of the rule book (DWSRA, 3e), the cap, the minimum and the float traps of MAX are golden case
// files: test/golden/dwsra-max/*.json, run by golden.test.ts.
describe('worked examples of the rule book (DWSRA, 3e)', () => {
  test('OVERSCHRIJDING 870000 690000 = 89700 (the issue example)', () => {
    expect(run('OVERSCHRIJDING', '870000', '690000', 'dwsra-2016')).toBe('89700');
  });
});

describe('floating-point traps named in the rule book', () => {
  // The exact figures (607200, 759000) are golden files: test/golden/dwsra-max/rekenvalkuil-*.json.
  test('the traps are real: Math.floor(880000 x 1.15 x 0.6) is 607199 and Math.floor(1100000 x 0.69) is 758999 in doubles', () => {
    expect(Math.floor(880000 * 1.15 * 0.6)).toBe(607199);
    expect(Math.floor(1100000 * 0.69)).toBe(758999);
  });
  test('a cell holding 0.1 + 0.2 is read as Excel shows it, 0.3', () => {
    expect(run('LOONKOSTEN', 0.1 + 0.2, 'sectorplannen-2013')).toBe('0.39');
  });
  test('cents survive: 1000.10 at 50% is 500 (rounded down), not 500.04999', () => {
    expect(run('MAX', '1000.10', 'sectorplannen-2013')).toBe('500');
  });
});

describe('sectorplannen rates and rules', () => {
  test.each([
    ['MAX', ['100001', 'sectorplannen-2013'], '50000'],
    ['MAX', ['100001', 'sectorplannen-2015'], '50000'],
    ['MAX', ['0', 'sectorplannen-2013'], '0'],
    ['EIGENBIJDRAGE', ['100001', 'sectorplannen-2013'], '50001'],
    ['LOONKOSTEN', ['2500.55', 'sectorplannen-2013'], '3300.72'],
    ['LOONKOSTEN', ['2500.55', 'sectorplannen-2015'], '3300.72'],
    ['ADVIES', ['10.5', 'sectorplannen-2013'], '1312.50'],
    ['ADVIES', ['10', 'sectorplannen-2013', '125'], '1250'],
    ['ADVIES', ['10', 'sectorplannen-2013', '125.01'], '1250'],
    ['VASTSTELLING', ['50000', '100000', 'sectorplannen-2013', '100', '60'], '30000'],
    ['VASTSTELLING', ['50000', '100000', 'sectorplannen-2013', '100', '120'], '50000'],
    ['VASTSTELLING', ['50000', '60000', 'sectorplannen-2013', '100', '100'], '30000'],
    ['VASTSTELLING', ['50000', '100000', 'sectorplannen-2013', '3', '2'], '33333'],
    ['EINDDATUM', ['2014-01-31', 'sectorplannen-2013'], '2016-01-31'],
    ['EINDDATUM', ['2013-08-31', 'sectorplannen-2013', true], '2016-02-29'],
    ['BBLSTART', ['2014-02-28', 'sectorplannen-2015'], '2015-02-28'],
    ['BBLSTART', ['2015-02-28', 'sectorplannen-2013'], '2016-02-28'],
    ['BBLSTART', ['2016-02-29', 'sectorplannen-2013'], '2017-02-28'],
    ['BBLEIND', ['2014-03-31', 'sectorplannen-2013'], '2017-03-31'],
    ['RAPPORTAGEDATUM', ['2015-12-31', 'sectorplannen-2015'], '2016-12-31'],
    ['VASTSTELLINGSDATUM', ['2015-06-01', 'sectorplannen-2015'], '2018-08-31'],
  ] as const)('%s %j = %s', (name, args, expected) => {
    expect(run(name, ...args)).toBe(expected);
  });

  test('vaststelling just below 60% realisation is nihil, at 60% it is not', () => {
    expect(run('VASTSTELLING', '50000', '100000', 'sectorplannen-2013', '1000', '599')).toBe('0');
    expect(run('VASTSTELLING', '50000', '100000', 'sectorplannen-2013', '1000', '600')).toBe('30000');
  });

  test('sectorplannen vaststelling needs the participants', () => {
    expect(refusal('VASTSTELLING', '50000', '100000', 'sectorplannen-2013')).toEqual({
      code: 'argument-ontbreekt',
      message: 'beoogdeDeelnemers ontbreekt: dit argument is verplicht.',
    });
  });
});

describe('BBL cap: 20% of the minimum(jeugd)loon plus the fixed 32% opslag (26.4%), at most 24 months', () => {
  test('a 17-year-old: 26.4% of the minimumjeugdloon (1485.60 x 39.5% = 586.80) for three months, rounded down', () => {
    // innofunding.nl 2-12-2013: 32% opslag on wage costs of at most 20% WML; 3 x 586.80 x 0.264 = 464.7456 -> 464
    expect(run('BBL', '1996-03-15', '2014-01-01', 3, 'sectorplannen-2013')).toBe('464');
  });
  test('the age rises at the birthday and the WML at each half year', () => {
    // born 1996-02-10: 1-1-2014 17y (586.80), 1-2 17y, 1-3 18y (675.95), ..., 1-7 18y on the new WML (680.30)
    // 2 x 586.80 + 4 x 675.95 + 1 x 680.30 = 4557.70; x 0.264 = 1203.2328 -> 1203
    expect(run('BBL', '1996-02-10', '2014-01-01', 7, 'sectorplannen-2013')).toBe('1203');
  });
  test('more than 24 months counts 24', () => {
    expect(run('BBL', '1980-01-01', '2014-01-01', 36, 'sectorplannen-2013')).toBe(
      run('BBL', '1980-01-01', '2014-01-01', 24, 'sectorplannen-2013'),
    );
  });
  test('months beyond the WML table are refused, not guessed', () => {
    expect(refusal('BBL', '1980-01-01', '2019-06-01', 12, 'sectorplannen-2013').code).toBe('wml-onbekend');
  });
  test('a participant under 15 has no minimumjeugdloon', () => {
    expect(refusal('BBL', '2000-06-01', '2014-01-01', 12, 'sectorplannen-2013')).toEqual({
      code: 'leeftijd-onder-15',
      message: 'geboortedatum: de deelnemer is in 01-01-2014 13 jaar; het minimumjeugdloon begint bij 15 jaar.',
    });
  });
});

// INDIRECT 535022 and EIGENBIJDRAGE 1245313 of the worked examples: test/golden/dwsra-werkvoorbeeld/*.json.
describe('DWSRA rules', () => {
  test.each([
    ['INDIRECT', ['1000000.01', 'dwsra-2016'], '150000'],
    ['EIGENBIJDRAGE', ['3000000', 'dwsra-2016'], '1450000'],
    ['OVERSCHRIJDING', ['1245313', '859265', 'dwsra-2016'], '0'],
    ['OVERSCHRIJDING', ['1245313', '859266', 'dwsra-2016'], '1'],
    ['OVERSCHRIJDING', ['100000', '130000', 'dwsra-2016'], '61000'],
    ['VASTSTELLING', ['859265', '2000000', 'dwsra-2016'], '859265'],
    ['VASTSTELLING', ['859265', '0', 'dwsra-2016'], '0'],
    ['RAPPORTAGEDATUM', ['2017-01-01', 'dwsra-2016'], '2018-02-28'],
    ['RAPPORTAGEDATUM', ['2016-10-15', 'dwsra-2016'], '2017-12-14'],
    ['EINDDATUM', ['2016-11-01', 'dwsra-2016'], '2018-12-31'],
    ['EINDDATUM', ['2016-11-01', 'dwsra-2016', true, 1], '2018-12-31'],
    ['EINDDATUM', ['2017-07-02', 'dwsra-2016', true], '2019-06-30'],
    ['EINDDATUM', ['2017-07-01', 'dwsra-2016', true, 2], '2019-06-30'],
    // From the project's own end (capped at the regeling's): 30-6-2019 + 91 days; 30-9-2018 + 91 days.
    ['VASTSTELLINGSDATUM', ['2017-07-02', 'dwsra-2016', true, null, '2019-06-30'], '2019-09-29'],
    ['VASTSTELLINGSDATUM', ['2017-07-02', 'dwsra-2016', true, null, '2018-09-30'], '2018-12-30'],
    // Tijdvak 2 runs to 30-6-2019 without verlenging (evaluatie par. 1.2).
    ['EINDDATUM', ['2017-05-15', 'dwsra-2016', false, 2], '2019-06-30'],
    // Start + 14 months - 1 day: the year to 30-4-2018, two months after it.
    ['RAPPORTAGEDATUM', ['2017-05-01', 'dwsra-2016'], '2018-06-30'],
    ['RAPPORTAGEDATUM', ['2017-03-31', 'dwsra-2016'], '2018-05-30'],
  ] as const)('%s %j = %s', (name, args, expected) => {
    expect(run(name, ...args)).toBe(expected);
  });

  test('extension without tijdvak for an early beschikking asks for the tijdvak', () => {
    expect(refusal('EINDDATUM', '2017-07-01', 'dwsra-2016', true).code).toBe('tijdvak-nodig');
  });

  test.each(['LOONKOSTEN', 'ADVIES'])('%s is not applicable to DWSRA (#N/A with the reason)', (name) => {
    expect(refusal(name, '100', 'dwsra-2016').code).toBe('niet-van-toepassing');
  });
  test('sectorplannen have no forfaitaire opslag', () => {
    expect(refusal('INDIRECT', '100', 'sectorplannen-2013').message).toBe(
      'Een forfaitaire opslag voor indirecte kosten is niet van toepassing op sectorplannen-2013: overhead wordt als werkelijke kosten begroot; de gelezen teksten noemen geen vast percentage.',
    );
  });
});

describe('ratios and progress', () => {
  test.each([
    ['REALISATIE', ['45', '75'], '0.6'],
    ['REALISATIE', ['0', '75'], '0'],
    ['REALISATIE', ['90', '75'], '1.2'],
    ['VOORTGANG', ['2017-01-01', '2018-12-31', '2016-06-01'], '0'],
    ['VOORTGANG', ['2017-01-01', '2018-12-31', '2019-06-01'], '1'],
    ['VOORTGANG', ['2017-01-01', '2017-01-10', '2017-01-01'], '0.1'],
    ['VOORTGANG', ['2017-01-01', '2017-01-01', '2017-01-01'], '1'],
  ] as const)('%s %j = %s', (name, args, expected) => {
    expect(run(name, ...args)).toBe(expected);
  });
  test('REALISATIE of a zero target is refused', () => {
    expect(refusal('REALISATIE', '5', '0').message).toBe(
      'beoogd is 0; daardoor is de realisatiegraad niet te berekenen.',
    );
  });
  test('VOORTGANG with the end before the start is refused', () => {
    expect(refusal('VOORTGANG', '2018-01-01', '2017-01-01', '2017-06-01').code).toBe('periode-ongeldig');
  });
});

describe('bad input: one Dutch sentence naming the argument and the rule', () => {
  test.each([
    [['MAX', 'abc', 'dwsra-2016'], "kosten: 'abc' is geen bedrag; geef een getal zoals 125000 of 125000,50."],
    [['MAX', '-5', 'dwsra-2016'], 'kosten mag niet negatief zijn (-5).'],
    [['MAX', -0.01, 'dwsra-2016'], 'kosten mag niet negatief zijn (-0.01).'],
    [
      ['MAX', '1.245', 'dwsra-2016'],
      "kosten: '1.245' is dubbelzinnig (duizendtallen of decimalen?); schrijf 1245 of 1,245.",
    ],
    [
      ['MAX', '1000', 'dwsra'],
      "regeling: onbekende regeling 'dwsra'; kies uit sectorplannen-2013, sectorplannen-2015, dwsra-2016.",
    ],
    [['MAX', '1000', 42], 'regeling: verwacht tekst, kreeg 42.'],
    [['MAX', '1000'], 'regeling ontbreekt: dit argument is verplicht.'],
    [['MAX', true, 'dwsra-2016'], "kosten: 'WAAR' is geen bedrag; geef een getal zoals 125000 of 125000,50."],
    [['MAX', Number.NaN, 'dwsra-2016'], "kosten: 'NaN' is geen bedrag; geef een getal zoals 125000 of 125000,50."],
    [['MAX', 1e16, 'dwsra-2016'], 'kosten is onwaarschijnlijk groot (10000000000000000); het maximum is 10^15.'],
    [['MAX', '1', 'dwsra-2016', 'x'], 'Te veel argumenten: MAX neemt er hoogstens 2.'],
    [
      ['BBL', '31-02-2000', '2014-01-01', 12, 'sectorplannen-2013'],
      "geboortedatum: '31-02-2000' is geen geldige datum; geef een Excel-datum, JJJJ-MM-DD of DD-MM-JJJJ.",
    ],
    [['BBL', '2000-01-01', '2014-01-01', 2.5, 'sectorplannen-2013'], 'maanden moet een geheel getal zijn (2.5).'],
    [['EINDDATUM', '2014-01-01', 'sectorplannen-2013', 'misschien'], "verlenging: 'misschien' is geen WAAR of ONWAAR."],
    [['NIETBESTAAND', '1'], "Onbekende functie 'NIETBESTAAND'; 'cofin calc --list' toont de functies."],
  ] as const)('%j', ([name, ...args], message) => {
    expect(refusal(name, ...args).message).toBe(message);
  });
});

describe('Excel-shaped input', () => {
  test.each([
    [1245313, '859265'],
    ['1245313', '859265'],
    ['1.245.313', '859265'],
    ['1.245.313,00', '859265'],
    ['1,245,313.00', '859265'],
    ['€ 1.245.313', '859265'],
    [' 1245313 ', '859265'],
    ['1245313,9', '859266'],
  ] as const)('MAX(%j) reads the amount', (kosten, expected) => {
    expect(run('MAX', kosten, 'dwsra-2016')).toBe(expected);
  });
  test('an empty required amount is 0 on every platform (desktop sends 0, the web null)', () => {
    expect(run('MAX', null, 'sectorplannen-2013')).toBe('0');
    expect(run('MAX', 0, 'sectorplannen-2013')).toBe('0');
    expect(run('MAX', '', 'sectorplannen-2013')).toBe('0');
  });
  test('an omitted optional argument (null) uses its default', () => {
    expect(run('ADVIES', 2, 'sectorplannen-2013', null)).toBe('250');
  });
  test('dates as Excel serial numbers, ISO text and Dutch text agree', () => {
    expect(run('EINDDATUM', 41654, 'sectorplannen-2013')).toBe('2016-01-15');
    expect(run('EINDDATUM', 41654.75, 'sectorplannen-2013')).toBe('2016-01-15');
    expect(run('EINDDATUM', '15-01-2014', 'sectorplannen-2013')).toBe('2016-01-15');
    expect(run('EINDDATUM', '2014-01-15', 'sectorplannen-2013')).toBe('2016-01-15');
  });
  test('function names are found by Excel id, Dutch name and with the namespace', () => {
    expect(run('maxsubsidie', 100, 'sectorplannen-2013')).toBe('50');
    expect(run('COFIN.MAX', 100, 'SECTORPLANNEN-2013 ')).toBe('50');
  });
});

// Kamerbrief "Doorstart naar nieuw werk" (mid-2016): "Het maximale subsidiebedrag van de voucher is 2.500 euro";
// footnote 5: more only for a dearer course needed for a kansberoep with a job guarantee of at least six months.
describe('SCHOLINGSVOUCHER', () => {
  test.each([
    [['0'], '0'],
    [['2499.99'], '2499.99'],
    [['2500'], '2500'],
    [['2500.01'], '2500'],
    [['4000', null], '2500'],
    [['4000', '5'], '2500'],
    [['2000', '12'], '2000'],
  ])('SCHOLINGSVOUCHER %j = %s', (args, expected) => {
    expect(run('SCHOLINGSVOUCHER', ...args)).toBe(expected);
  });

  test('above the maximum with a job guarantee of 6 months it refuses: the sources name no amount', () => {
    expect(refusal('SCHOLINGSVOUCHER', '4000', '6')).toEqual({
      code: 'voucher-uitzondering-zonder-maximum',
      message:
        'baangarantieMaanden: voor een opleiding van € 4.000 met een baangarantie van 6 maanden (ten minste 6) kan UWV een uitzondering maken op het maximum van € 2.500, maar de bronnen noemen voor die uitzondering geen bovengrens; cofin geeft daarom geen bedrag. Vast staat € 2.500; UWV beslist over meer, als de dure opleiding nodig is voor een kansberoep.',
    });
  });

  test('the Dutch name reaches the same rule', () => {
    expect(run('COFIN.scholingsvoucher', '3000')).toBe('2500');
  });
});
