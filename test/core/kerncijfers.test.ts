/**
 * The key figures of a checked begroting. Expected amounts are computed by hand from the rule book
 * (/work/shared/domain/regeling.md): sectorplannen at most 50% of the costs; DWSRA 60% of the direct costs plus the
 * forfaitaire opslag of 15%.
 */
import { VOORBEELDEN, kerncijfers, valideerBegroting, type BegrotingInput, type Kerncijfers } from '../../core';

const dwsra = VOORBEELDEN['dwsra-2016'];

test.each<[string, BegrotingInput, Kerncijfers['bedragen']]>([
  [
    // 80,000 + 40,000 = 120,000; 50% = 60,000 requested; own 40,000 + 20,000.
    'sectorplannen-2013',
    VOORBEELDEN['sectorplannen-2013'],
    {
      totaleKosten: '120000.00',
      subsidiabeleKosten: '120000.00',
      maximaleSubsidie: '60000.00',
      gevraagdeSubsidie: '60000.00',
      vereisteEigenBijdrage: '60000.00',
      begroteEigenBijdrage: '60000.00',
      overschrijding: '0.00',
    },
  ],
  [
    // 100,000 + 50,000 = 150,000; 50% = 75,000; own 50,000 + 15,000 + 10,000.
    'sectorplannen-2015',
    VOORBEELDEN['sectorplannen-2015'],
    {
      totaleKosten: '150000.00',
      subsidiabeleKosten: '150000.00',
      maximaleSubsidie: '75000.00',
      gevraagdeSubsidie: '75000.00',
      vereisteEigenBijdrage: '75000.00',
      begroteEigenBijdrage: '75000.00',
      overschrijding: '0.00',
    },
  ],
  [
    // direct 300,000 + 15% opslag 45,000 = 345,000; 60% = 207,000; own 88,000 + 50,000 = 138,000.
    'dwsra-2016',
    dwsra,
    {
      totaleKosten: '345000.00',
      subsidiabeleKosten: '345000.00',
      maximaleSubsidie: '207000.00',
      gevraagdeSubsidie: '207000.00',
      vereisteEigenBijdrage: '138000.00',
      begroteEigenBijdrage: '138000.00',
      overschrijding: '0.00',
    },
  ],
  [
    // 250,000 requested against the maximum 207,000: 43,000 over; own needed 345,000 - 207,000 (the grantable part).
    'dwsra-2016 above the maximum',
    { ...dwsra, plan: { ...dwsra.plan, gevraagdeSubsidie: '250000' } },
    {
      totaleKosten: '345000.00',
      subsidiabeleKosten: '345000.00',
      maximaleSubsidie: '207000.00',
      gevraagdeSubsidie: '250000.00',
      vereisteEigenBijdrage: '138000.00',
      begroteEigenBijdrage: '138000.00',
      overschrijding: '43000.00',
    },
  ],
])('%s: the amounts as exact decimal strings', (_, input, bedragen) => {
  const k = kerncijfers(valideerBegroting(input));
  expect(k.regeling).toBe(input.plan.regeling);
  expect(k.plan).toBe(input.plan.naam);
  expect(k.hoofdaanvrager).toBe(input.plan.hoofdaanvrager);
  expect(k.bedragen).toEqual(bedragen);
});

test('the counts per severity and per zekerheid are those of the findings', () => {
  const controle = valideerBegroting({ ...dwsra, plan: { ...dwsra.plan, gevraagdeSubsidie: '250000' } });
  expect(controle.findings.map((f) => [f.code, f.severity, f.zekerheid])).toEqual([
    ['subsidie-boven-maximum', 'fout', 'zeker'],
  ]);
  const k = kerncijfers(controle);
  expect(k.ernst).toEqual({ fout: 1, waarschuwing: 0, info: 0 });
  expect(k.zekerheid).toEqual({ zeker: 1, waarschijnlijk: 0, onzeker: 0 });
});

test('an amount with cents keeps them: fifty cents above the maximum is an overschrijding of 0.50', () => {
  const k = kerncijfers(
    valideerBegroting({
      ...VOORBEELDEN['sectorplannen-2013'],
      plan: { ...VOORBEELDEN['sectorplannen-2013'].plan, gevraagdeSubsidie: '60000.5' },
    }),
  );
  expect(k.bedragen?.gevraagdeSubsidie).toBe('60000.50');
  expect(k.bedragen?.overschrijding).toBe('0.50');
});

test('input that is no begroting: counts, no amounts, no plan', () => {
  const controle = valideerBegroting({ plan: {} });
  const k = kerncijfers(controle);
  expect(k.bedragen).toBeUndefined();
  expect(k.hoofdaanvrager).toBeUndefined();
  expect(k.ernst.fout).toBe(controle.findings.filter((f) => f.severity === 'fout').length);
  expect(k.ernst.fout).toBeGreaterThan(0);
});
