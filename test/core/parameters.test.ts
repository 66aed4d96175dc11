/** Every parameter of every regeling is sourced, labelled with its confidence, and explains its reading when unsure. */
import { REGELINGEN, REGELING_IDS, WML_PARAMETER, bedrag, type Parameter } from '../../core';
import { params as sectorplanParams } from '../../core/regelingen/sectorplannen-2013/params';
import { sectorplanRegels } from '../../core/regelingen/sectorplannen-2013/rules';

const all: [string, string, Parameter<string | number>][] = REGELING_IDS.flatMap((id) =>
  Object.entries(REGELINGEN[id].parameters).map(
    ([name, p]) => [id, name, p] as [string, string, Parameter<string | number>],
  ),
);

test.each(all)('%s %s has a source and a confidence', (_id, _name, p) => {
  expect(p.bron.length).toBeGreaterThan(10);
  expect(['zeker', 'waarschijnlijk', 'onzeker']).toContain(p.zekerheid);
  expect(p.omschrijving.length).toBeGreaterThan(5);
});

test.each(all.filter(([, , p]) => p.zekerheid === 'onzeker'))(
  '%s %s (onzeker) records the reading chosen',
  (_id, _name, p) => {
    expect(p.lezing?.length ?? 0).toBeGreaterThan(20);
  },
);

test('the WML table is sourced', () => {
  expect(WML_PARAMETER.zekerheid).toBe('waarschijnlijk');
});

test('the values the rules use', () => {
  const v = (id: (typeof REGELING_IDS)[number], name: string) => REGELINGEN[id].parameters[name]?.waarde;
  expect([
    v('sectorplannen-2013', 'cofinancieringspercentage'),
    v('sectorplannen-2013', 'loonkostenOpslag'),
    v('sectorplannen-2013', 'bblPercentageWml'),
    v('sectorplannen-2013', 'bblMaxMaanden'),
    v('sectorplannen-2013', 'adviesMaxUurtarief'),
    v('sectorplannen-2013', 'realisatieDrempel'),
    v('sectorplannen-2015', 'overhedenMaxAandeelEigen'),
    v('sectorplannen-2015', 'vroegsteStart'),
    v('dwsra-2016', 'cofinancieringspercentage'),
    v('dwsra-2016', 'forfaitaireOpslag'),
    v('dwsra-2016', 'minimumSubsidie'),
    v('dwsra-2016', 'maximumSubsidie'),
    v('dwsra-2016', 'combiMinimumAandeel'),
  ]).toEqual([
    '0.50',
    '0.32',
    '0.20',
    24,
    '125',
    '0.60',
    '0.50',
    '2014-12-02',
    '0.60',
    '0.15',
    '125000',
    '2000000',
    '0.75',
  ]);
});

test('the subsidy ceilings are dated: tijdvak 2 of the sectorplannen went from 200 to 205 mln on 14-1-2015', () => {
  const p = REGELINGEN['sectorplannen-2013'].parameters;
  expect(
    [p['plafondTijdvak2Opening'], p['plafondTijdvak2']].map((x) => [x?.waarde, x?.geldigVanaf, x?.geldigTot]),
  ).toEqual([
    ['200000000', '2014-04-01', '2015-01-13'],
    ['205000000', '2015-01-14', undefined],
  ]);
  expect(REGELINGEN['sectorplannen-2015'].parameters['plafondTijdvak2']).toBeUndefined();
  expect(REGELINGEN['sectorplannen-2015'].parameters['plafondTijdvak1']?.waarde).toBe('150000000');
  const d = REGELINGEN['dwsra-2016'].parameters;
  expect(
    ['plafondTijdvak1Dw', 'plafondTijdvak1Sra', 'plafondTijdvak2Dw', 'plafondTijdvak2Sra'].map((k) => d[k]?.waarde),
  ).toEqual(['10800000', '7950000', '7750000', '11000000']);
});

describe('the rounding of the maximum is the afronding parameter, not a constant in the rule', () => {
  const kosten = bedrag('1001'); // 50% is 500.50
  const met = (afronding: 'euro' | 'cent') =>
    sectorplanRegels({
      naam: 'test',
      params: { ...sectorplanParams, afronding: { ...sectorplanParams.afronding, waarde: afronding } },
    }).maximum(kosten);

  test.each([
    ['euro', '500'],
    ['cent', '500.5'],
  ] as const)('afronding %s: 50%% of 1001 is %s', (afronding, verwacht) => {
    const r = met(afronding);
    expect(r.ok && r.value.bedrag.toFixed()).toBe(verwacht);
  });

  test('both regelingen that round their maximum say whole euros', () => {
    expect(REGELINGEN['sectorplannen-2013'].parameters['afronding']?.waarde).toBe('euro');
    expect(REGELINGEN['dwsra-2016'].parameters['afronding']?.waarde).toBe('euro');
  });
});
