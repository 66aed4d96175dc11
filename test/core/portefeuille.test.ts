/**
 * h/portfolio (issue 12): the overview across plans. Expected totals are added up by hand from the begrotingen
 * below and the ceilings the regelingen store (sectorplannen 2013 tijdvak 1 EUR 200 mln, tijdvak 2 EUR 200 mln at
 * the opening and EUR 205 mln from 14-1-2015; 2015 EUR 150 mln; DWSRA tijdvak 1 DW 10.8 mln / SRA 7.95 mln, tijdvak 2
 * DW 7.75 mln / SRA 11 mln), and the aim of a third for young people (Kamerbrief voortgang sectorplannen juni 2015).
 */
import {
  VOORBEELDEN,
  portefeuilleOverzicht,
  portefeuillepost,
  valideerBegroting,
  type BegrotingInput,
  type PortefeuilleInvoer,
  type Portefeuillepost,
} from '../../core';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
const copy = (b: BegrotingInput): Mutable<BegrotingInput> => structuredClone(b);

function post(b: BegrotingInput): Portefeuillepost {
  const r = valideerBegroting(b);
  if (!r.begroting || !r.berekening) throw new Error('begroting not read');
  return portefeuillepost(r.begroting, r.berekening, r.oordeel);
}

/** Sectorplannen 2013, tijdvak 1 (applied 15-11-2013), verleend 60000: M1 (SZW 40000) jongeren, M2 (20000) werkenden. */
function plan2013Tijdvak1(): BegrotingInput {
  const b = copy(VOORBEELDEN['sectorplannen-2013']);
  b.plan.aanvraagdatum = '2013-11-15';
  b.maatregelen[0]!.doelgroep = 'jongeren';
  b.maatregelen[1]!.doelgroep = 'werkenden';
  return b;
}

/** Sectorplannen 2013, tijdvak 2 (applied 1-5-2014), only requested (60000): M1 jongeren, M2 without doelgroep. */
function plan2013Tijdvak2(): BegrotingInput {
  const b = copy(VOORBEELDEN['sectorplannen-2013']);
  b.plan.naam = 'Sectorplan tweede tijdvak';
  b.plan.aanvraagdatum = '2014-05-01';
  delete b.plan.beschikkingsdatum;
  delete b.plan.verleendeSubsidie;
  b.maatregelen[0]!.doelgroep = 'jongeren';
  return b;
}

/** Sectorplannen 2015 (one tijdvak), verleend 75000: W1 (SZW 50000) werklozen, W2 (25000) jongeren. */
function plan2015(): BegrotingInput {
  const b = copy(VOORBEELDEN['sectorplannen-2015']);
  b.maatregelen[0]!.doelgroep = 'werklozen';
  b.maatregelen[1]!.doelgroep = 'jongeren';
  return b;
}

/** DWSRA tijdvak 2 with SRA activities only: an SRA project, 207000 requested and granted. */
function dwsraSraTijdvak2(): BegrotingInput {
  const b = copy(VOORBEELDEN['dwsra-2016']);
  b.plan.tijdvak = 2;
  b.maatregelen[0]!.soort = 'SRA1';
  b.maatregelen[1]!.soort = 'SRA2';
  delete b.maatregelen[1]!.wwMaanden;
  return b;
}

const invoer = (b: BegrotingInput): PortefeuilleInvoer => {
  const p = post(b);
  return { oordeel: p.oordeel, post: p };
};

describe('portefeuillepost: one plan as the overview counts it', () => {
  test('the tijdvak follows the aanvraagdatum; the money is split over the maatregelen by their SZW financing', () => {
    const p = post(plan2013Tijdvak1());
    expect(p).toMatchObject({ regeling: 'sectorplannen-2013', tijdvak: 1, gevraagd: '60000.00', verleend: '60000.00' });
    expect(p.perDoelgroep).toEqual({ jongeren: '40000.00', werkenden: '20000.00' });
    expect([p.maatregelen, p.maatregelenMetDoelgroep]).toEqual([2, 2]);
    expect(post(plan2013Tijdvak2())).toMatchObject({
      tijdvak: 2,
      gevraagd: '60000.00',
      perDoelgroep: { jongeren: '40000.00', onbekend: '20000.00' },
    });
  });

  test('without tijdvak or aanvraagdatum the tijdvak of sectorplannen 2013 is unknown; 2015 has only one', () => {
    expect(post(VOORBEELDEN['sectorplannen-2013']).tijdvak).toBeUndefined();
    expect(post(VOORBEELDEN['sectorplannen-2015']).tijdvak).toBe(1);
  });

  test('DWSRA: the part follows the main activity; SZW money for the whole plan is split by subsidiable costs', () => {
    // A1 200000 + 15% = 230000, A2 100000 + 15% = 115000: 207000 in the ratio 2 : 1.
    const b = copy(VOORBEELDEN['dwsra-2016']);
    b.maatregelen[0]!.doelgroep = 'werklozen';
    const p = post(b);
    expect(p).toMatchObject({ tijdvak: 1, deel: 'DW' });
    expect(p.perDoelgroep).toEqual({ werklozen: '138000.00', onbekend: '69000.00' });
    expect(post(dwsraSraTijdvak2())).toMatchObject({ tijdvak: 2, deel: 'SRA' });
  });

  test('a doelgroep is never a finding on the plan: the same findings with and without it', () => {
    const codes = (b: BegrotingInput) => valideerBegroting(b).findings.map((f) => `${f.severity} ${f.code}`);
    const zonder = copy(plan2013Tijdvak1());
    for (const m of zonder.maatregelen) delete m.doelgroep;
    expect(codes(plan2013Tijdvak1())).toEqual(codes(zonder));
    // A plan all of whose money goes elsewhere is not below any rule either.
    const ouderen = copy(plan2013Tijdvak1());
    for (const m of ouderen.maatregelen) m.doelgroep = 'ouderen';
    expect(codes(ouderen)).toEqual(codes(zonder));
  });

  test('an unknown doelgroep is a schema fout naming the choices', () => {
    const b = copy(plan2013Tijdvak1()) as unknown as { maatregelen: { doelgroep: string }[] };
    b.maatregelen[0]!.doelgroep = 'kinderen';
    const f = valideerBegroting(b).findings.filter((x) => x.severity === 'fout');
    expect(f.map((x) => x.location.path)).toEqual(['maatregelen[0].doelgroep']);
    expect(f[0]?.message).toContain('jongeren, werklozen, ouderen, werkenden, geen');
  });
});

describe('portefeuilleOverzicht: totals against the ceilings, verdicts, the youth share', () => {
  const alle = [plan2013Tijdvak1(), plan2013Tijdvak2(), plan2015(), VOORBEELDEN['dwsra-2016'], dwsraSraTijdvak2()];
  const overzicht = portefeuilleOverzicht([...alle.map(invoer), { oordeel: 'onleesbaar' }]);

  test('plans per verdict, unreadable files included', () => {
    expect(overzicht.bestanden).toBe(6);
    expect(overzicht.perOordeel).toEqual({ voldoet: 5, 'voldoet-niet': 0, onleesbaar: 1 });
  });

  test('per regeling, tijdvak and DWSRA part: requested, granted, ceiling and the room left', () => {
    const rij = overzicht.regels.map((r) => [
      r.regeling,
      r.tijdvak,
      r.deel,
      r.plannen,
      r.gevraagd.toFixed(2),
      r.verleend.toFixed(2),
      r.plannenMetVerleend,
      r.plafond?.bedrag.toFixed(0),
      r.plafond?.eerder.map((e) => e.bedrag.toFixed(0)),
      r.ruimteGevraagd?.toFixed(2),
      r.ruimteVerleend?.toFixed(2),
    ]);
    expect(rij).toEqual([
      [
        'sectorplannen-2013',
        1,
        undefined,
        1,
        '60000.00',
        '60000.00',
        1,
        '200000000',
        [],
        '199940000.00',
        '199940000.00',
      ],
      [
        'sectorplannen-2013',
        2,
        undefined,
        1,
        '60000.00',
        '0.00',
        0,
        '205000000',
        ['200000000'],
        '204940000.00',
        '205000000.00',
      ],
      [
        'sectorplannen-2015',
        1,
        undefined,
        1,
        '75000.00',
        '75000.00',
        1,
        '150000000',
        [],
        '149925000.00',
        '149925000.00',
      ],
      ['dwsra-2016', 1, 'DW', 1, '207000.00', '207000.00', 1, '10800000', [], '10593000.00', '10593000.00'],
      ['dwsra-2016', 2, 'SRA', 1, '207000.00', '207000.00', 1, '11000000', [], '10793000.00', '10793000.00'],
    ]);
    expect(overzicht.regels[1]?.plafond?.zekerheid).toBe('zeker');
  });

  test('at a peildatum before 14-1-2015 the ceiling of sectorplannen tijdvak 2 is the EUR 200 mln of the opening', () => {
    const o = portefeuilleOverzicht([invoer(plan2013Tijdvak2())], { peildatum: '2014-06-01' });
    expect(o.regels[0]?.plafond?.bedrag.toFixed(0)).toBe('200000000');
    expect(o.regels[0]?.plafond?.eerder).toEqual([]);
  });

  test('requests above a ceiling leave a negative room', () => {
    const groot = copy(VOORBEELDEN['dwsra-2016']);
    groot.plan.gevraagdeSubsidie = '2000000';
    groot.plan.verleendeSubsidie = '2000000';
    const o = portefeuilleOverzicht(Array.from({ length: 6 }, () => invoer(groot)));
    // 6 x 2000000 = 12000000 against 10800000.
    expect(o.regels.map((r) => [r.gevraagd.toFixed(0), r.ruimteGevraagd?.toFixed(2)])).toEqual([
      ['12000000', '-1200000.00'],
    ]);
  });

  test('the youth share over all sectorplannen together: 105000 of 195000 against a third (65000)', () => {
    // 40000 (2013 t1, M1) + 40000 (2013 t2, M1) + 25000 (2015, W2) of 60000 + 60000 + 75000; 20000 untagged.
    const j = overzicht.jongeren;
    expect(j && [j.plannen, j.totaal.toFixed(2), j.jongeren.toFixed(2), j.zonderDoelgroep.toFixed(2)]).toEqual([
      3,
      '195000.00',
      '105000.00',
      '20000.00',
    ]);
    expect(j?.aandeel?.toFixed(4)).toBe('0.5385');
    expect(j?.doelBedrag.toFixed(2)).toBe('65000.00');
    expect(j?.status).toBe('gehaald');
    expect([j?.maatregelen, j?.maatregelenMetDoelgroep]).toEqual([6, 5]);
    expect(j?.parameter.bron).toContain('Kamerbrief voortgang sectorplannen juni 2015');
  });

  test('below a third: onvolledig while untagged money could make it up, niet gehaald when it cannot', () => {
    // 0 of 60000 for young people, 20000 untagged: exactly a third would be reached with it.
    const b = copy(plan2013Tijdvak2());
    b.maatregelen[0]!.doelgroep = 'werkenden';
    expect(portefeuilleOverzicht([invoer(b)]).jongeren?.status).toBe('onvolledig');
    b.maatregelen[1]!.doelgroep = 'ouderen';
    const j = portefeuilleOverzicht([invoer(b)]).jongeren;
    expect([j?.status, j?.jongeren.toFixed(2), j?.aandeel?.toFixed(4)]).toEqual(['niet-gehaald', '0.00', '0.0000']);
  });

  test('no share without a doelgroep on any sectorplan maatregel; DWSRA money never counts in it', () => {
    expect(portefeuilleOverzicht([invoer(VOORBEELDEN['sectorplannen-2013'])]).jongeren).toBeUndefined();
    const d = copy(VOORBEELDEN['dwsra-2016']);
    d.maatregelen[0]!.doelgroep = 'jongeren';
    expect(portefeuilleOverzicht([invoer(d)]).jongeren).toBeUndefined();
    expect(portefeuilleOverzicht([invoer(d), invoer(plan2015())]).jongeren?.totaal.toFixed(2)).toBe('75000.00');
  });

  test('a plan of unknown tijdvak is counted without a ceiling', () => {
    const o = portefeuilleOverzicht([invoer(VOORBEELDEN['sectorplannen-2013'])]);
    expect(o.regels.map((r) => [r.tijdvak, r.plafond, r.gevraagd.toFixed(0)])).toEqual([
      [undefined, undefined, '60000'],
    ]);
  });
});
