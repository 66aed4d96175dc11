/**
 * The voortgangsrapportage over in-memory workbooks: the begroting is written into the standard template in core's
 * neutral shape, read back through the one workbook mapping, and the report's figures per maatregel are compared
 * with values computed by hand from the rule book (/work/shared/domain/regeling.md) and docs/regelingen.md.
 */
import {
  berekenVoortgang,
  controleerWerkboek,
  rapportModel,
  templateModel,
  type BegrotingInput,
  type Datum,
  type ModelWaarde,
  type Voortgangsrapportage,
  type WerkboekModel,
} from '../../core';
import { uitModel } from './werkboek-bouwer';

function rapport(input: BegrotingInput, peildatum: string): { r: Voortgangsrapportage; model: WerkboekModel } {
  const controle = controleerWerkboek(uitModel(templateModel(input.plan.regeling, input)));
  if (!controle.begroting || !controle.berekening) throw new Error(controle.findings.map((f) => f.message).join('\n'));
  const r = berekenVoortgang(controle.begroting, controle.berekening, peildatum as Datum, controle.gelezen.locate);
  return { r, model: rapportModel(controle.begroting, r) };
}

const tekst = (w: ModelWaarde | undefined): string | undefined => {
  if (w === undefined) return undefined;
  switch (w.soort) {
    case 'tekst':
      return w.tekst;
    case 'getal':
      return w.getal;
    case 'datum':
      return w.datum;
    case 'waarheid':
      return String(w.waarde);
    case 'leeg':
      return '';
  }
};

/** Per maatregel: [code, beoogd, gerealiseerd, verwacht, realisatie deelnemers, prognose deelnemers, prognose realisatie, prognose kosten, signaal, prognose vaststelling]. */
const perMaatregel = (r: Voortgangsrapportage) =>
  r.maatregelen.map((m) => [
    m.code,
    m.beoogdeDeelnemers,
    m.gerealiseerdeDeelnemers,
    m.verwacht.toFixed(),
    m.realisatieDeelnemers?.toFixed(),
    m.prognoseDeelnemers,
    m.prognoseRealisatie?.toFixed(),
    m.prognoseKosten?.toFixed(),
    m.signaal,
    m.prognoseVaststelling?.toFixed(),
  ]);

const signalen = (r: Voortgangsrapportage) =>
  r.findings.map((f) => `${f.severity} ${f.code} @ ${f.location.sheet ?? '-'}!${f.location.cell ?? '-'}`);

/** The Samenvatting sheet as label -> value text. */
const samenvatting = (model: WerkboekModel): Record<string, string | undefined> => {
  const blad = model.bladen.find((b) => b.naam === 'Samenvatting');
  const out: Record<string, string | undefined> = {};
  for (const c of blad?.cellen ?? []) {
    if (c.col !== 1) continue;
    const label = tekst(c.waarde) ?? '';
    out[label] = tekst(blad?.cellen.find((d) => d.row === c.row && d.col === 2)?.waarde);
  }
  return out;
};

/**
 * Sectorplannen 2013: two maatregelen, both 1-1-2014 to 31-12-2015 (730 days), 50% cofinancing each, verleend 75,000.
 * Realisatie: M1 20 of 50 deelnemers, EUR 25,000 of 60,000; M2 25 of 100 deelnemers, EUR 50,000 of 90,000.
 */
function sectorplan(): BegrotingInput {
  return {
    plan: {
      regeling: 'sectorplannen-2013',
      naam: 'Sectorplan Rapport',
      hoofdaanvrager: 'O&O-fonds Rapport',
      soortAanvrager: 'oo-fonds',
      beschikkingsdatum: '2014-01-01',
      startdatum: '2014-01-01',
      einddatum: '2015-12-31',
      gevraagdeSubsidie: '75000',
      verleendeSubsidie: '75000',
    },
    maatregelen: [
      {
        code: 'M1',
        naam: 'Jongeren begeleiden',
        soort: 'jongeren',
        startdatum: '2014-01-01',
        einddatum: '2015-12-31',
        beoogdeDeelnemers: 50,
      },
      {
        code: 'M2',
        naam: 'Omscholing',
        soort: 'scholing',
        startdatum: '2014-01-01',
        einddatum: '2015-12-31',
        beoogdeDeelnemers: 100,
      },
    ],
    kostenposten: [
      { maatregel: 'M1', soort: 'extern', omschrijving: 'Coaching', bedrag: '60000' },
      { maatregel: 'M2', soort: 'extern', omschrijving: 'Opleidingen', bedrag: '90000' },
    ],
    financiering: [
      { maatregel: 'M1', bron: 'szw', bedrag: '30000' },
      { maatregel: 'M1', bron: 'werkgevers', bedrag: '30000' },
      { maatregel: 'M2', bron: 'szw', bedrag: '45000' },
      { maatregel: 'M2', bron: 'oo-fonds', bedrag: '45000' },
    ],
    realisatie: [
      { maatregel: 'M1', gerealiseerdeDeelnemers: 20, gerealiseerdeKosten: '25000' },
      { maatregel: 'M2', gerealiseerdeDeelnemers: 25, gerealiseerdeKosten: '50000' },
    ],
  };
}

describe('sectorplannen: the 60% threshold per maatregel (regeling.md 1h, docs/regelingen.md realisatieDrempel)', () => {
  /*
   * Peildatum 31-12-2014 (end of the day): 365 of the 730 days done, verwacht = 365 / 730 = 0.5 for both and the plan.
   * M1: realisatie 20 / 50 = 0.4 < 0.5, so behind schedule; prognose deelnemers floor(20 / 0.5) = 40, 40 / 50 = 0.8
   *     >= 0.6, so no risk; prognose kosten 25,000 / 0.5 = 50,000. Vaststelling at the end: verleend (SZW share)
   *     30,000; realisation 0.8 >= 0.6, so min(30,000, 30,000 x 0.8 = 24,000, 50% x 50,000 = 25,000) = 24,000.
   * M2: realisatie 25 / 100 = 0.25; prognose floor(25 / 0.5) = 50, 50 / 100 = 0.5 < 0.6: risk, and nihil at the
   *     end (regeling.md 1h: "kan op nihil gesteld worden bij minder dan 60% realisatie"); prognose kosten 100,000.
   * Plan, reading 'per maatregel': 24,000 + 0 = 24,000, at most verleend 75,000.
   * Reading 'naar rato per plan' (params.realisatieDrempel.lezing): the plan's prognosis (40 + 50) / (50 + 100) =
   *     90 / 150 = 0.6, not below 0.6, so no nil; M1 24,000 as above, M2 pro rata: min(45,000, 45,000 x 0.5 =
   *     22,500, 50% x 100,000 = 50,000) = 22,500; plan 24,000 + 22,500 = 46,500.
   * Rapportagedatum: one year after the start (regeling.md 1h): 1-1-2015.
   */
  const { r, model } = rapport(sectorplan(), '2014-12-31');

  test('the figures per maatregel', () => {
    expect(perMaatregel(r)).toEqual([
      ['M1', 50, 20, '0.5', '0.4', 40, '0.8', '50000', 'achter-op-schema', '24000'],
      ['M2', 100, 25, '0.5', '0.25', 50, '0.5', '100000', 'risico', '0'],
    ]);
    expect(r.maatregelen.map((m) => [m.begroteKosten.toFixed(), m.gerealiseerdeKosten.toFixed()])).toEqual([
      ['60000', '25000'],
      ['90000', '50000'],
    ]);
  });

  test('the plan figures and the signal at the realisatie cell of M2', () => {
    expect([
      r.verwachtPlan.toFixed(),
      r.prognoseVaststelling?.toFixed(),
      r.verleend.toFixed(),
      r.drempel?.toFixed(),
      r.rapportagedatum,
    ]).toEqual(['0.5', '24000', '75000', '0.6', '2015-01-01']);
    expect([
      r.prognoseVaststellingNaarRato?.toFixed(),
      r.prognoseRealisatiePlan?.toFixed(),
      r.vaststellingZekerheid,
      r.maatregelen.map((m) => m.prognoseVaststellingNaarRato?.toFixed()),
    ]).toEqual(['46500', '0.6', 'onzeker', ['24000', '22500']]);
    // The standard template puts Realisatie's header in row 4: M2 is row 6, Gerealiseerde deelnemers column B.
    expect(signalen(r)).toEqual(['waarschuwing realisatie-achter-op-schema @ Realisatie!B6']);
    // The signal rests on the 60% threshold, an onzeker reading (steuntOp(params.realisatieDrempel)).
    expect(r.findings.map((f) => [f.zekerheid, f.article])).toEqual([
      ['onzeker', 'Kamerbrief voortgang sectorplannen juni 2015'],
    ]);
  });

  test('the Voortgang sheet: one row per maatregel, percentages truncated to 6 decimals, live formulas', () => {
    const blad = model.bladen.find((b) => b.naam === 'Voortgang');
    const tabel = blad?.tabellen[0];
    expect([tabel?.naam, tabel?.row, tabel?.col]).toEqual(['Voortgang', 3, 1]);
    // 25,000 / 60,000 = 0.41666..., 50,000 / 90,000 = 0.55555...
    expect(tabel?.rijen.map((rij) => rij.map(tekst))).toEqual([
      [
        'M1',
        'Jongeren begeleiden',
        'jongeren',
        '2014-01-01',
        '2015-12-31',
        '50',
        '20',
        '0.4',
        '60000',
        '25000',
        '0.416666',
        '0.5',
        '40',
        '0.8',
        'achter op schema, boven de drempel',
        '24000',
        '24000',
      ],
      [
        'M2',
        'Omscholing',
        'scholing',
        '2014-01-01',
        '2015-12-31',
        '100',
        '25',
        '0.25',
        '90000',
        '50000',
        '0.555555',
        '0.5',
        '50',
        '0.5',
        'risico: op koers naar onder de drempel',
        '0',
        '22500',
      ],
    ]);
    expect(
      blad?.cellen.filter((c) => c.formule !== undefined).map((c) => [c.row, c.col, c.formule, tekst(c.waarde)]),
    ).toEqual([
      [4, 8, 'IF(F4=0,"",G4/F4)', '0.4'],
      [4, 11, 'IF(I4=0,"",J4/I4)', '0.416666'],
      [5, 8, 'IF(F5=0,"",G5/F5)', '0.25'],
      [5, 11, 'IF(I5=0,"",J5/I5)', '0.555555'],
    ]);
  });

  test('the Samenvatting sheet: totals 150 / 45 deelnemers and EUR 150,000 / 75,000, one maatregel at risk', () => {
    expect(samenvatting(model)).toMatchObject({
      Peildatum: '2014-12-31',
      'Uiterste datum voortgangsrapportage': '2015-01-01',
      'Verwacht deel van het plan gedaan (lineair)': '0.5',
      'Verleende subsidie': '75000',
      'Beoogde deelnemers': '150',
      'Gerealiseerde deelnemers': '45',
      'Begrote kosten': '150000',
      'Gerealiseerde kosten': '75000',
      'Prognose realisatie deelnemers plan (einde)': '0.6',
      'Prognose vaststelling per maatregel (onzeker)': '24000',
      'Prognose vaststelling naar rato per plan (onzeker)': '46500',
      'Maatregelen met risico': '1',
      Realisatiedrempel: '0.6',
    });
  });

  test('the Signalen sheet lists the signal with its cell', () => {
    const tabel = model.bladen.find((b) => b.naam === 'Signalen')?.tabellen[0];
    expect(tabel?.rijen.map((rij) => rij.slice(0, 3).map(tekst))).toEqual([
      ['Realisatie!B6', 'waarschuwing', 'realisatie-achter-op-schema'],
    ]);
  });
});

describe('sectorplannen after the end: below the threshold is nihil', () => {
  /*
   * Peildatum 1-1-2016, after the end: verwacht 1. M1 20 / 50 = 0.4 and M2 25 / 100 = 0.25 are both below 0.6, so
   * both are under the threshold and nihil; the prognosis is the realisation itself (floor(20 / 1) = 20).
   */
  const { r } = rapport(sectorplan(), '2016-01-01');
  test('both maatregelen under the threshold, prognose vaststelling 0', () => {
    expect(perMaatregel(r)).toEqual([
      ['M1', 50, 20, '1', '0.4', 20, '0.4', '25000', 'onder-drempel', '0'],
      ['M2', 100, 25, '1', '0.25', 25, '0.25', '50000', 'onder-drempel', '0'],
    ]);
    expect(r.prognoseVaststelling?.toFixed()).toBe('0');
    // Naar rato per plan: (20 + 25) / 150 = 0.3 < 0.6, the whole plan nihil as well.
    expect([r.prognoseVaststellingNaarRato?.toFixed(), r.prognoseRealisatiePlan?.toFixed()]).toEqual(['0', '0.3']);
    expect(signalen(r)).toEqual([
      'waarschuwing realisatie-onder-drempel @ Realisatie!B5',
      'waarschuwing realisatie-onder-drempel @ Realisatie!B6',
    ]);
  });
});

/** The DWSRA worked example (direct costs 745,313 + 500,000 = 1,245,313; maximum 859,265) with a realisatie. */
function dwsra(realisatieA2 = '150000'): BegrotingInput {
  return {
    plan: {
      regeling: 'dwsra-2016',
      naam: 'Dienstverlening Metaal',
      hoofdaanvrager: 'O&O-fonds Metaal',
      soortAanvrager: 'oo-fonds',
      beschikkingsdatum: '2016-11-01',
      startdatum: '2017-01-01',
      einddatum: '2018-12-31',
      tijdvak: 1,
      gevraagdeSubsidie: '859265',
    },
    maatregelen: [
      {
        code: 'A1',
        naam: 'Begeleiding bij ontslag',
        soort: 'DW1',
        startdatum: '2017-01-01',
        einddatum: '2018-12-31',
        beoogdeDeelnemers: 400,
      },
      {
        code: 'A2',
        naam: 'Scholing',
        soort: 'DW3',
        startdatum: '2017-01-01',
        einddatum: '2018-12-31',
        beoogdeDeelnemers: 200,
        wwMaanden: 3,
      },
    ],
    kostenposten: [
      { maatregel: 'A1', soort: 'extern', omschrijving: 'Loopbaanbegeleiding', bedrag: '745313' },
      { maatregel: 'A2', soort: 'extern', omschrijving: 'Opleidingen', bedrag: '500000' },
    ],
    financiering: [
      { bron: 'szw', bedrag: '859265' },
      { bron: 'werkgevers', bedrag: '572844.95' },
    ],
    realisatie: [
      { maatregel: 'A1', gerealiseerdeDeelnemers: 150, gerealiseerdeKosten: '300000' },
      { maatregel: 'A2', gerealiseerdeDeelnemers: 60, gerealiseerdeKosten: realisatieA2 },
    ],
  };
}

describe('DWSRA: no participant threshold, vaststelling on the direct costs of the plan (regeling.md 3c, 3d)', () => {
  /*
   * Peildatum 31-12-2017: 365 of the 730 days of 2017-2018, verwacht 0.5.
   * A1: 150 / 400 = 0.375 < 0.5, behind schedule; prognose floor(150 / 0.5) = 300, 300 / 400 = 0.75; kosten 600,000.
   * A2: 60 / 200 = 0.3 < 0.5, behind schedule; prognose 120, 120 / 200 = 0.6; kosten 300,000.
   * Plan: prognose direct costs 900,000; vastgesteld = min(verleend 859,265, floor(0.60 x 1.15 x 900,000) = 621,000)
   * = 621,000 (formula 'vastgesteld' in regeling.md). No per-maatregel vaststelling.
   * Rapportagedatum: within 2 months after the end of the first year (3d: started 1-1-2017, due end Feb 2018): 28-2-2018.
   */
  const { r, model } = rapport(dwsra(), '2017-12-31');

  test('the figures per maatregel and of the plan', () => {
    expect(perMaatregel(r)).toEqual([
      ['A1', 400, 150, '0.5', '0.375', 300, '0.75', '600000', 'achter-op-schema', undefined],
      ['A2', 200, 60, '0.5', '0.3', 120, '0.6', '300000', 'achter-op-schema', undefined],
    ]);
    expect([
      r.verwachtPlan.toFixed(),
      r.prognoseVaststelling?.toFixed(),
      r.verleend.toFixed(),
      r.drempel,
      r.rapportagedatum,
    ]).toEqual(['0.5', '621000', '859265', undefined, '2018-02-28']);
    expect(signalen(r)).toEqual([]);
  });

  test('the report model: 300,000 / 745,313 = 0.4025154... truncated, no threshold to report', () => {
    const rijen = model.bladen.find((b) => b.naam === 'Voortgang')?.tabellen[0]?.rijen.map((rij) => rij.map(tekst));
    expect(rijen?.map((rij) => [rij[0], rij[8], rij[9], rij[10], rij[15]])).toEqual([
      ['A1', '745313', '300000', '0.402515', ''],
      ['A2', '500000', '150000', '0.3', ''],
    ]);
    expect(samenvatting(model)).toMatchObject({
      'Gevraagde subsidie (geen verlening opgegeven)': '859265',
      'Prognose vaststelling (bij gelijkblijvend tempo)': '621000',
      'Maatregelen met risico': 'n.v.t.: deze regeling kent geen realisatiedrempel',
      'Uiterste datum voortgangsrapportage': '2018-02-28',
    });
  });

  test('realised costs above the budget of a maatregel are signalled at the cell', () => {
    // A2: 510,000 realised against 500,000 budgeted. Realisatie row 6, Gerealiseerde kosten column C.
    expect(signalen(rapport(dwsra('510000'), '2017-12-31').r)).toEqual([
      'waarschuwing kosten-boven-begroting @ Realisatie!C6',
    ]);
  });

  test('before the start nothing is done and nothing can be foreseen', () => {
    const voor = rapport(dwsra(), '2016-12-31');
    expect(perMaatregel(voor.r).map((m) => [m[0], m[3], m[5], m[8]])).toEqual([
      ['A1', '0', undefined, 'niet-gestart'],
      ['A2', '0', undefined, 'niet-gestart'],
    ]);
    expect(voor.r.prognoseVaststelling).toBeUndefined();
    expect(samenvatting(voor.model)['Prognose vaststelling (bij gelijkblijvend tempo)']).toBe(
      'niet te bepalen (plan nog niet gestart)',
    );
  });
});

// h/regels (issue 13): the evaluation found indirect costs processed wrongly in progress reports (Ecorys, tussenevaluatie
// DWSRA, voetnoot 20); the 15% opslag already covers them (voetnoot 19).
describe('DWSRA: realised costs that seem to count the overhead beside the 15% opslag', () => {
  /** A2 budgets 500,000 direct costs and an overhead line of 75,000 beside the opslag (not subsidiable, own money). */
  const metOverhead = (realisatieA2: string): BegrotingInput => {
    const b = dwsra(realisatieA2);
    return { ...b, kostenposten: [...b.kostenposten, { maatregel: 'A2', soort: 'overhead', bedrag: '75000' }] };
  };

  test('above the direct costs but within direct costs plus the overhead line: a waarschuwing naming the reading', () => {
    // 500,000 < 560,000 <= 500,000 + 75,000 = 575,000; Realisatie row 6, Gerealiseerde kosten column C.
    const { r } = rapport(metOverhead('560000'), '2017-12-31');
    expect(signalen(r)).toEqual(['waarschuwing realisatie-met-indirecte-kosten @ Realisatie!C6']);
    const f = r.findings[0];
    expect(f?.zekerheid).toBe('onzeker');
    expect(f?.lezing).toContain('overhead');
    expect(f?.message).toBe(
      'maatregel A2: de gerealiseerde kosten € 560.000 liggen boven de begrote directe kosten € 500.000, maar niet boven de directe kosten plus de begrote overhead (€ 575.000); vul alleen directe kosten in: de opslag van 15% voor indirecte kosten komt er bij de vaststelling bij, overhead daarnaast is niet subsidiabel.',
    );
  });

  test('above direct costs plus the overhead line it is an ordinary overrun; without an overhead line too', () => {
    expect(signalen(rapport(metOverhead('575001'), '2017-12-31').r)).toEqual([
      'waarschuwing kosten-boven-begroting @ Realisatie!C6',
    ]);
    expect(signalen(rapport(dwsra('560000'), '2017-12-31').r)).toEqual([
      'waarschuwing kosten-boven-begroting @ Realisatie!C6',
    ]);
  });
});
