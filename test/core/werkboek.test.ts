/**
 * The one mapping from a workbook to the begroting model, over core's neutral workbook shape (no exceljs, no
 * Office.js): which table becomes which begroting fields, where each finding points, which header texts are
 * accepted, and what happens to totals rows, unreadable rows and missing tables.
 */
import {
  D,
  VOORBEELDEN,
  REGELING_IDS,
  controleerWerkboek,
  templateModel,
  toExcelSerial,
  zonderTotaalrij,
  type CelWaarde,
  type Datum,
  type Finding,
} from '../../core';
import { werkboek, uitModel, type Rij, type TabelInvoer } from './werkboek-bouwer';
import { bedragenAlsTekst } from './fixtures';

const serial = (iso: string): number => toExcelSerial(iso as Datum);

/** The DWSRA worked example (direct costs 1,245,313) laid out as the standard workbook: every header in row 4. */
function planRijen(gevraagd: CelWaarde = 859265): Rij[] {
  return [
    ['Regeling', 'dwsra-2016'], // B5
    ['Naam van het plan', 'Dienstverlening Metaal'], // B6
    ['Hoofdaanvrager', 'O&O-fonds Metaal'], // B7
    ['Soort hoofdaanvrager', 'O&O-fonds'], // B8: the label, not the code
    ['Beschikkingsdatum', serial('2016-11-01')], // B9
    ['Startdatum', serial('2017-01-01')], // B10
    ['Einddatum', '31-12-2018'], // B11: Dutch date text
    ['Tijdvak', 1], // B12
    ['Gevraagde subsidie', gevraagd], // B13
  ];
}

const MAATREGEL_KOPPEN = [
  'Code',
  'Naam',
  'Activiteit',
  'Startdatum',
  'Einddatum',
  'Beoogde deelnemers',
  'WW-maanden bij start',
];
const MAATREGEL_RIJEN: Rij[] = [
  ['A1', 'Begeleiding bij ontslag', 'DW1', serial('2017-01-01'), serial('2018-12-31'), 400, null],
  ['A2', 'Scholing', 'DW3: scholing (WW korter dan 6 maanden)', serial('2017-01-01'), serial('2018-12-31'), 200, 3],
];
const KOSTEN_KOPPEN = ['Maatregel', 'Kostensoort', 'Omschrijving', 'Bedrag'];
const KOSTEN_RIJEN: Rij[] = [
  ['A1', 'extern', 'Loopbaanbegeleiding', 745313],
  ['A2', 'Externe kosten (opleiding, inhuur, derden)', 'Opleidingen', '500.000,00'],
];
const FINANCIERING_KOPPEN = ['Maatregel', 'Bron', 'Omschrijving', 'Bedrag'];
const FINANCIERING_RIJEN: Rij[] = [
  [null, 'szw', null, 859265],
  [null, 'Werkgevers(organisaties)', null, 572844.95],
];
const REALISATIE_KOPPEN = ['Maatregel', 'Gerealiseerde deelnemers', 'Gerealiseerde kosten'];
const REALISATIE_RIJEN: Rij[] = [
  ['A1', 150, 300000],
  ['A2', 60, 150000],
];

interface Delen {
  plan?: TabelInvoer | undefined;
  maatregelen?: TabelInvoer | undefined;
  kosten?: TabelInvoer | undefined;
  financiering?: TabelInvoer | undefined;
  realisatie?: TabelInvoer | undefined;
}

const STANDAARD: Required<{ [K in keyof Delen]: TabelInvoer }> = {
  plan: { blad: 'Plan', links: 'A4', tabel: 'Plan', koppen: ['Gegeven', 'Waarde'], rijen: planRijen() },
  maatregelen: {
    blad: 'Maatregelen',
    links: 'A4',
    tabel: 'Maatregelen',
    koppen: MAATREGEL_KOPPEN,
    rijen: MAATREGEL_RIJEN,
  },
  kosten: { blad: 'Kosten', links: 'A4', tabel: 'Kostenposten', koppen: KOSTEN_KOPPEN, rijen: KOSTEN_RIJEN },
  financiering: {
    blad: 'Financiering',
    links: 'A4',
    tabel: 'Financiering',
    koppen: FINANCIERING_KOPPEN,
    rijen: FINANCIERING_RIJEN,
  },
  realisatie: {
    blad: 'Realisatie',
    links: 'A4',
    tabel: 'Realisatie',
    koppen: REALISATIE_KOPPEN,
    rijen: REALISATIE_RIJEN,
  },
};

/** The standard workbook with some tables replaced (or left out with `undefined`). */
function begrotingWerkboek(delen: Delen = {}) {
  const keys = ['plan', 'maatregelen', 'kosten', 'financiering', 'realisatie'] as const;
  const tabellen = keys.flatMap((k) => {
    const t = k in delen ? delen[k] : STANDAARD[k];
    return t ? [t] : [];
  });
  return werkboek(tabellen, [{ blad: 'Plan', adres: 'A1', waarde: 'Plan' }]);
}

/** The begroting the standard workbook holds, as plain input (what the validator receives). */
const VERWACHTE_INVOER = {
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
    { maatregel: 'A2', gerealiseerdeDeelnemers: 60, gerealiseerdeKosten: '150000' },
  ],
};

const plek = (f: Finding) =>
  `${f.severity} ${f.code} @ ${f.location.path} ${f.location.sheet ?? '-'}!${f.location.cell ?? '-'}`;
const plekken = (wb: ReturnType<typeof werkboek>) => controleerWerkboek(wb).findings.map(plek);

describe('each standard table maps to its begroting fields', () => {
  test('the worked example: plan, maatregelen, kostenposten, financiering and realisatie', () => {
    const controle = controleerWerkboek(begrotingWerkboek());
    expect(bedragenAlsTekst(controle.gelezen.input)).toEqual(VERWACHTE_INVOER);
    expect(controle.findings.map(plek)).toEqual([]);
    expect(controle.oordeel).toBe('voldoet');
    expect(controle.gelezen.regeling).toBe('dwsra-2016');
  });

  test('an amount reaches the schema as the Decimal its cell became, parsed once', () => {
    const { input } = controleerWerkboek(begrotingWerkboek()).gelezen;
    expect(input.kostenposten[0]?.['bedrag']).toBeInstanceOf(D);
    expect(input.plan['gevraagdeSubsidie']).toBeInstanceOf(D);
  });

  test('every table is found by its Excel table name, on its sheet, with its header row', () => {
    const gelezen = controleerWerkboek(begrotingWerkboek()).gelezen;
    expect(
      gelezen.tabellen.map((t) => [t.name, t.sheet, t.gevondenAls, t.header[0]?.address, t.rows.map((r) => r.row)]),
    ).toEqual([
      ['Plan', 'Plan', 'tabel', 'A4', [5, 6, 7, 8, 9, 10, 11, 12, 13]],
      ['Maatregelen', 'Maatregelen', 'tabel', 'A4', [5, 6]],
      ['Kostenposten', 'Kosten', 'tabel', 'A4', [5, 6]],
      ['Financiering', 'Financiering', 'tabel', 'A4', [5, 6]],
      ['Realisatie', 'Realisatie', 'tabel', 'A4', [5, 6]],
    ]);
  });

  test('every field read knows its cell', () => {
    const { locate } = controleerWerkboek(begrotingWerkboek()).gelezen;
    expect(
      (
        [
          ['plan', 'gevraagdeSubsidie'],
          ['plan', 'einddatum'],
          ['maatregelen', 1, 'soort'],
          ['maatregelen', 1, 'wwMaanden'],
          ['kostenposten', 1, 'bedrag'],
          ['financiering', 0, 'bron'],
          ['realisatie', 1, 'gerealiseerdeKosten'],
        ] as const
      ).map((p) => {
        const l = locate(p);
        return `${l.path} ${l.sheet ?? '-'}!${l.cell ?? '-'}`;
      }),
    ).toEqual([
      'plan.gevraagdeSubsidie Plan!B13',
      'plan.einddatum Plan!B11',
      'maatregelen[1].soort Maatregelen!C6',
      'maatregelen[1].wwMaanden Maatregelen!G6',
      'kostenposten[1].bedrag Kosten!D6',
      'financiering[0].bron Financiering!B5',
      'realisatie[1].gerealiseerdeKosten Realisatie!C6',
    ]);
  });

  test.each(REGELING_IDS)(
    'the example begroting of %s survives the template: written, read back, the same input',
    (id) => {
      const controle = controleerWerkboek(uitModel(templateModel(id, VOORBEELDEN[id])));
      expect(bedragenAlsTekst(controle.gelezen.input)).toEqual(VOORBEELDEN[id]);
      expect(controle.findings.filter((f) => f.severity === 'fout').map(plek)).toEqual([]);
    },
  );
});

// h/regels (issue 13): the optional Aanvraagdatum row is the Plan table's last, so older workbooks keep their cells.
describe('the aanvraagdatum', () => {
  test('is written as the last plan row, read back, and checked against the tijdvakken at its cell', () => {
    const input = { ...VOORBEELDEN['dwsra-2016'] };
    const metDatum = { ...input, plan: { ...input.plan, aanvraagdatum: '2016-10-15' } };
    const controle = controleerWerkboek(uitModel(templateModel('dwsra-2016', metDatum)));
    expect(controle.begroting?.plan.aanvraagdatum).toBe('2016-10-15');
    const f = controle.findings.find((x) => x.code === 'aanvraag-buiten-tijdvak');
    expect([f?.severity, f?.location.sheet, f?.location.cell]).toEqual(['fout', 'Plan', 'B16']);
  });
});

describe('each finding points at its sheet and cell', () => {
  test('a rule break of the validator: requested one euro above the maximum, at the plan cell', () => {
    const wb = begrotingWerkboek({
      plan: { ...STANDAARD.plan, rijen: planRijen(859266) },
      financiering: {
        ...STANDAARD.financiering,
        rijen: [
          [null, 'szw', null, 859266],
          [null, 'werkgevers', null, 572843.95],
        ],
      },
    });
    // 1,245,313 x 0.69 = 859,265.97 -> 859,265 (rule book 3e); 859,266 is one euro too much.
    expect(plekken(wb)).toEqual(['fout subsidie-boven-maximum @ plan.gevraagdeSubsidie Plan!B13']);
  });

  test('a row finding at the first cell of the row, a field finding at the field cell', () => {
    const wb = begrotingWerkboek({
      kosten: { ...STANDAARD.kosten, rijen: [KOSTEN_RIJEN[0] as Rij, ['A9', 'extern', 'Opleidingen', 500000]] },
    });
    // A2 loses its costs (a warning at its row) and A9 is unknown (at the cell); the cost line still counts, so the
    // financing still closes: (745,313 + 500,000) x 1.15 = 1,432,109.95 = 859,265 + 572,844.95.
    expect(plekken(wb)).toEqual([
      'fout maatregel-onbekend @ kostenposten[1].maatregel Kosten!A6',
      'waarschuwing maatregel-zonder-kosten @ maatregelen[1] Maatregelen!A6',
    ]);
  });

  test('a table finding at the header of the table', () => {
    const wb = begrotingWerkboek({
      financiering: {
        ...STANDAARD.financiering,
        rijen: [
          [null, 'szw', null, 859265],
          [null, 'werkgevers', null, 500000],
        ],
      },
    });
    // 859,265 + 500,000 = 1,359,265 financed against 1,432,109.95 costs.
    expect(plekken(wb)).toEqual(['fout begroting-sluit-niet @ financiering Financiering!A4']);
  });

  test('fout first, then in workbook order: sheet by sheet, row by row', () => {
    const wb = begrotingWerkboek({
      maatregelen: {
        ...STANDAARD.maatregelen,
        rijen: [
          MAATREGEL_RIJEN[0] as Rij,
          ['A2', 'Scholing', 'DW3', serial('2017-01-01'), serial('2019-01-01'), 200, 6],
        ],
      },
    });
    // DW3 needs less than 6 months of WW (art. 13, rule book 3a); activities end by 31-12-2018 (3d).
    expect(plekken(wb)).toEqual([
      'fout einddatum-na-termijn @ maatregelen[1].einddatum Maatregelen!E6',
      'fout ww-duur-te-lang @ maatregelen[1].wwMaanden Maatregelen!G6',
    ]);
  });
});

describe('header texts: case, spacing, units, aliases and order do not matter', () => {
  test('shuffled columns with odd spelling and an extra column of the user read the same begroting', () => {
    const wb = begrotingWerkboek({
      kosten: {
        blad: 'Kosten',
        links: 'B3',
        tabel: 'Kostenposten',
        koppen: ['  BEDRAG (€) ', 'opmerking', 'kosten soort', 'OMSCHRIJVING', 'maatregel'],
        rijen: [
          [745313, 'eigen notitie', 'extern', 'Loopbaanbegeleiding', 'A1'],
          ['500.000,00', null, 'Externe kosten (opleiding, inhuur, derden)', 'Opleidingen', 'A2'],
        ],
      },
      financiering: {
        blad: 'Financiering',
        links: 'A4',
        tabel: 'Financiering',
        koppen: ['Financieringsbron', 'Bedrag', 'Code'], // aliases of Bron and Maatregel
        rijen: [
          ['szw', 859265, null],
          ['werkgevers', 572844.95, null],
        ],
      },
    });
    const controle = controleerWerkboek(wb);
    expect(bedragenAlsTekst(controle.gelezen.input)).toEqual(VERWACHTE_INVOER);
    expect(controle.gelezen.locate(['kostenposten', 1, 'bedrag'])).toEqual({
      path: 'kostenposten[1].bedrag',
      sheet: 'Kosten',
      cell: 'B5',
    });
    expect(controle.findings.map(plek)).toEqual([]);
  });

  test('a table that is no Excel table is found by its header row, on a renamed sheet too', () => {
    const { tabel: _n, ...kosten } = STANDAARD.kosten;
    const wb = begrotingWerkboek({ kosten: { ...kosten, blad: 'Mijn begroting', links: 'C7' } });
    const controle = controleerWerkboek(wb);
    expect(bedragenAlsTekst(controle.gelezen.input)).toEqual(VERWACHTE_INVOER);
    const tabel = controle.gelezen.tabellen.find((t) => t.name === 'Kostenposten');
    expect([tabel?.sheet, tabel?.gevondenAls, tabel?.header[0]?.address]).toEqual(['Mijn begroting', 'kopjes', 'C7']);
    expect(controle.gelezen.locate(['kostenposten', 0, 'bedrag'])).toEqual({
      path: 'kostenposten[0].bedrag',
      sheet: 'Mijn begroting',
      cell: 'F8',
    });
  });

  test('an Excel table under another name is found by its headers', () => {
    const wb = begrotingWerkboek({ kosten: { ...STANDAARD.kosten, tabel: 'Tabel1' } });
    const controle = controleerWerkboek(wb);
    expect(bedragenAlsTekst(controle.gelezen.input)).toEqual(VERWACHTE_INVOER);
    expect(controle.gelezen.tabellen.find((t) => t.name === 'Tabel1')?.gevondenAls).toBe('tabel');
  });
});

describe('a totals row holds no data', () => {
  test.each([
    ['A4:D7', 'A4:D6'],
    ['B3:H40', 'B3:H39'],
    ['A4:D4', 'A4:D4'], // a header alone has no totals row to drop
    ['geen bereik', 'geen bereik'],
  ])('zonderTotaalrij(%s) = %s', (ref, expected) => {
    expect(zonderTotaalrij(ref)).toBe(expected);
  });

  test('with the range an adapter passes (without the totals row) the begroting is read as without it', () => {
    const wb = begrotingWerkboek({ kosten: { ...STANDAARD.kosten, totaalrij: ['Totaal', null, null, 1245313] } });
    const metTotaal = wb.tables.find((t) => t.name === 'Kostenposten');
    expect(metTotaal?.ref).toBe('A4:D7');
    const zonder = {
      ...wb,
      tables: wb.tables.map((t) => (t.name === 'Kostenposten' ? { ...t, ref: zonderTotaalrij(t.ref) } : t)),
    };
    const controle = controleerWerkboek(zonder);
    expect(bedragenAlsTekst(controle.gelezen.input)).toEqual(VERWACHTE_INVOER);
    expect(controle.findings.map(plek)).toEqual([]);
  });

  test('left in the range, the totals row would be a kostenpost: the reason the adapters drop it', () => {
    const wb = begrotingWerkboek({ kosten: { ...STANDAARD.kosten, totaalrij: ['Totaal', null, null, 1245313] } });
    const gelezen = controleerWerkboek(wb).gelezen;
    expect(gelezen.input.kostenposten).toHaveLength(3);
    expect(gelezen.locate(['kostenposten', 2, 'maatregel'])).toEqual({
      path: 'kostenposten[2].maatregel',
      sheet: 'Kosten',
      cell: 'A7',
    });
  });
});

describe('unreadable rows are reported at their cell and the readable rows are still checked', () => {
  test('an amount that is no amount, an error value and an impossible date', () => {
    const wb = begrotingWerkboek({
      maatregelen: {
        ...STANDAARD.maatregelen,
        rijen: [MAATREGEL_RIJEN[0] as Rij, ['A2', 'Scholing', 'DW3', '31-02-2017', serial('2018-12-31'), 200, 3]],
      },
      kosten: {
        ...STANDAARD.kosten,
        rijen: [
          ['A1', 'extern', 'Loopbaanbegeleiding', 'veel'],
          ['A2', 'extern', 'Opleidingen', '#VALUE!'],
        ],
      },
    });
    const controle = controleerWerkboek(wb);
    // The reader passes on the code of core's one coercion; an error value has its own reason.
    expect(controle.findings.map(plek)).toEqual([
      'fout argument-geen-datum @ maatregelen[1].startdatum Maatregelen!D6',
      'fout argument-geen-bedrag @ kostenposten[0].bedrag Kosten!D5',
      'fout invoer-ongeldig @ kostenposten[1].bedrag Kosten!D6',
      'info controle-onvolledig @  -!-',
    ]);
    expect(controle.oordeel).toBe('voldoet-niet');
    expect(controle.findings[2]?.message).toContain('#VALUE!');
  });

  test('an unreadable row does not hide a rule break in a readable row', () => {
    const wb = begrotingWerkboek({
      maatregelen: {
        ...STANDAARD.maatregelen,
        rijen: [
          MAATREGEL_RIJEN[0] as Rij,
          ['A2', 'Scholing', 'DW3', serial('2017-01-01'), serial('2018-12-31'), 200, 7],
        ],
      },
      kosten: { ...STANDAARD.kosten, rijen: [['A1', 'extern', 'Loopbaanbegeleiding', 'veel'], KOSTEN_RIJEN[1] as Rij] },
    });
    // WW of 7 months at the start of a DW3 activity: the target group has less than 6 (art. 13, rule book 3a).
    expect(plekken(wb)).toEqual([
      'fout ww-duur-te-lang @ maatregelen[1].wwMaanden Maatregelen!G6',
      'fout argument-geen-bedrag @ kostenposten[0].bedrag Kosten!D5',
      'info controle-onvolledig @  -!-',
    ]);
  });

  test('empty rows inside a table are skipped, the rows keep their own cells', () => {
    const wb = begrotingWerkboek({
      kosten: {
        ...STANDAARD.kosten,
        rijen: [KOSTEN_RIJEN[0] as Rij, [null, null, null, null], KOSTEN_RIJEN[1] as Rij],
      },
    });
    const controle = controleerWerkboek(wb);
    expect(bedragenAlsTekst(controle.gelezen.input)).toEqual(VERWACHTE_INVOER);
    expect(controle.gelezen.locate(['kostenposten', 1, 'bedrag'])).toEqual({
      path: 'kostenposten[1].bedrag',
      sheet: 'Kosten',
      cell: 'D7',
    });
  });
});

describe('missing tables and columns', () => {
  test('a missing required table is a finding without a cell', () => {
    // The validator then also reports that financing EUR 0 does not cover the costs, at the same path: a consequence
    // of the missing table, told as a second fout (only 'invoer-ongeldig' is held back for an explained path).
    expect(plekken(begrotingWerkboek({ financiering: undefined }))).toEqual([
      'fout tabel-ontbreekt @ financiering -!-',
      'fout begroting-sluit-niet @ financiering -!-',
    ]);
  });

  test('without a Plan table nothing is known about the plan, and only that is reported', () => {
    expect(plekken(begrotingWerkboek({ plan: undefined }))).toEqual(['fout tabel-ontbreekt @ plan -!-']);
  });

  test('the Realisatie table is optional', () => {
    const controle = controleerWerkboek(begrotingWerkboek({ realisatie: undefined }));
    expect(controle.findings.map(plek)).toEqual([]);
    const { realisatie: _r, ...zonder } = VERWACHTE_INVOER;
    expect(bedragenAlsTekst(controle.gelezen.input)).toEqual(zonder);
  });

  test('a missing required column is reported once, at the header, not once per row', () => {
    const wb = begrotingWerkboek({
      kosten: {
        ...STANDAARD.kosten,
        koppen: ['Maatregel', 'Kostensoort', 'Omschrijving'],
        rijen: KOSTEN_RIJEN.map((r) => r.slice(0, 3)),
      },
    });
    const controle = controleerWerkboek(wb);
    expect(controle.findings.filter((f) => f.severity === 'fout').map(plek)).toEqual([
      'fout kolom-ontbreekt @ kostenposten Kosten!A4',
    ]);
  });

  test('an empty workbook names every required table', () => {
    expect(plekken(werkboek([], [], ['Blad1']))).toEqual([
      'fout tabel-ontbreekt @ financiering -!-',
      'fout tabel-ontbreekt @ kostenposten -!-',
      'fout tabel-ontbreekt @ maatregelen -!-',
      'fout tabel-ontbreekt @ plan -!-',
    ]);
  });
});
