/**
 * The workbook seam in core: tables found by name or header text, tolerant of extra rows, columns and sheets;
 * values through core's one coercion; every finding located to its cell. Workbooks built by hand, no file library.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bedragenAlsTekst } from '../core/fixtures';
import {
  REGELING_IDS,
  address,
  controleerWerkboek,
  leesBegroting,
  planVelden,
  tabelDefinities,
  type Blad,
  type Cel,
  type CelWaarde,
  type Werkboek,
} from '../../core';

/** A sheet from rows of values, starting at a given row and column (1-based). */
function blad(name: string, rows: readonly (readonly CelWaarde[])[], top = 1, left = 1): Blad {
  const cells = new Map<string, Cel>();
  rows.forEach((r, i) =>
    r.forEach((value, j) => {
      if (value === null) return;
      const row = top + i;
      const col = left + j;
      cells.set(address(row, col), { sheet: name, address: address(row, col), row, col, value });
    }),
  );
  return { name, cells };
}

// Serial numbers as Excel stores dates: 2017-01-01 = 42736.
const S = { '2016-12-01': 42705, '2017-01-01': 42736, '2018-12-31': 43465 } as const;

/** A DWSRA begroting laid out by hand: no Excel tables, titles above headers, columns shuffled and extra. */
function handgemaakt(): Werkboek {
  return {
    tables: [],
    sheets: [
      blad('Voorblad', [['Aanvraag cofinanciering'], ['door de regio']]),
      blad('Gegevens', [
        ['Projectgegevens'],
        [null],
        ['gegeven', 'WAARDE', 'Opmerking'],
        ['Regeling', 'DWSRA-2016', null],
        ['Naam', 'Regioproject', null],
        ['Hoofdaanvrager', 'Werkgeversvereniging Voorbeeld', null],
        ['Beschikkingsdatum', S['2016-12-01'], null],
        ['Startdatum', '01-01-2017', 'Nederlandse notatie'],
        ['Einddatum', S['2018-12-31'], null],
        ['Tijdvak', 1, null],
        ['Gevraagde subsidie', '€ 207.000,00', 'tekst in Nederlandse notatie'],
        ['Soort aanvrager', 'Werkgeversorganisatie', 'het label, onder een alias van de kop'],
      ]),
      blad(
        'Activiteiten',
        [
          ['Opmerking', 'Beoogde deelnemers', 'Code', 'Naam', 'Activiteit', 'Startdatum', 'Einddatum'],
          ['eerste', 200, 'A1', 'Ondersteuning', 'dw1', S['2017-01-01'], S['2018-12-31']],
          [null, 120, 'A2', 'Oriëntatie', 'DW2', S['2017-01-01'], S['2018-12-31']],
        ],
        2,
        2,
      ),
      blad('Kosten', [
        ['Maatregel', 'Kostensoort', 'Bedrag', 'Omschrijving'],
        ['A1', 'Loonkosten eigen personeel (brutoloon + opslag)', 200000, 'label in plaats van code'],
        ['A2', 'extern', 100000.0, null],
        [null, null, null, null],
        ['Totaal', null, 300000, 'onder een lege regel: geen kostenpost'],
      ]),
      blad('Financiering', [
        ['Bron', 'Bedrag'],
        ['szw', 207000],
        ['gemeente', 88000],
        ['werkgevers', 50000],
      ]),
    ],
  };
}

describe('leesBegroting', () => {
  test('finds tables by header text on any sheet, tolerating titles, extra and shuffled columns', () => {
    const g = leesBegroting(handgemaakt());
    expect(g.findings).toEqual([]);
    expect(g.regeling).toBe('dwsra-2016');
    expect(bedragenAlsTekst(g.input)).toEqual({
      plan: {
        regeling: 'dwsra-2016',
        naam: 'Regioproject',
        hoofdaanvrager: 'Werkgeversvereniging Voorbeeld',
        soortAanvrager: 'werkgeversorganisatie',
        beschikkingsdatum: '2016-12-01',
        startdatum: '2017-01-01',
        einddatum: '2018-12-31',
        tijdvak: 1,
        gevraagdeSubsidie: '207000',
      },
      maatregelen: [
        {
          code: 'A1',
          naam: 'Ondersteuning',
          soort: 'DW1',
          startdatum: '2017-01-01',
          einddatum: '2018-12-31',
          beoogdeDeelnemers: 200,
        },
        {
          code: 'A2',
          naam: 'Oriëntatie',
          soort: 'DW2',
          startdatum: '2017-01-01',
          einddatum: '2018-12-31',
          beoogdeDeelnemers: 120,
        },
      ],
      kostenposten: [
        { maatregel: 'A1', soort: 'personeel', bedrag: '200000', omschrijving: 'label in plaats van code' },
        { maatregel: 'A2', soort: 'extern', bedrag: '100000' },
      ],
      financiering: [
        { bron: 'szw', bedrag: '207000' },
        { bron: 'gemeente', bedrag: '88000' },
        { bron: 'werkgevers', bedrag: '50000' },
      ],
    });
    expect(g.locate(['maatregelen', 1, 'beoogdeDeelnemers'])).toEqual({
      path: 'maatregelen[1].beoogdeDeelnemers',
      sheet: 'Activiteiten',
      cell: 'C4',
    });
    expect(g.locate(['plan', 'gevraagdeSubsidie'])).toEqual({
      path: 'plan.gevraagdeSubsidie',
      sheet: 'Gegevens',
      cell: 'B11',
    });
    // A path without its own cell falls back to its row, then its table.
    expect(g.locate(['kostenposten', 1, 'uren'])).toEqual({
      path: 'kostenposten[1].uren',
      sheet: 'Kosten',
      cell: 'A3',
    });
    expect(g.locate(['financiering'])).toEqual({ path: 'financiering', sheet: 'Financiering', cell: 'A1' });
  });

  test('the hand-made begroting validates; it only hears that its DW2 line gives no WW months to check', () => {
    const r = controleerWerkboek(handgemaakt());
    expect(r.findings.map((f) => f.code)).toEqual(['ww-duur-niet-te-toetsen']);
    expect(r.oordeel).toBe('voldoet');
  });

  test('an Excel table is found by its name even on an oddly named sheet, and its range bounds the rows', () => {
    const wb = handgemaakt();
    const kosten = blad('Blad7', [
      ['Maatregel', 'Kostensoort', 'Bedrag'],
      ['A1', 'personeel', 200000],
      ['A2', 'extern', 100000],
      ['A9', 'extern', 5],
    ]);
    const r = leesBegroting({
      sheets: [...wb.sheets.filter((b) => b.name !== 'Kosten'), kosten],
      tables: [{ name: 'kostenposten', sheet: 'Blad7', ref: 'A1:C3' }],
    });
    expect(bedragenAlsTekst(r.input.kostenposten)).toEqual([
      { maatregel: 'A1', soort: 'personeel', bedrag: '200000' },
      { maatregel: 'A2', soort: 'extern', bedrag: '100000' },
    ]);
  });

  test('a missing table, a missing column and bad values are findings at their place, each reported once', () => {
    const wb = handgemaakt();
    const sheets = wb.sheets
      .filter((b) => b.name !== 'Financiering')
      .map((b) =>
        b.name === 'Kosten'
          ? blad('Kosten', [
              ['Maatregel', 'Kostensoort', 'Omschrijving'],
              ['A1', 'personeel', 'geen bedragkolom'],
            ])
          : b.name === 'Activiteiten'
            ? blad('Activiteiten', [
                ['Code', 'Naam', 'Soort', 'Startdatum', 'Einddatum', 'Beoogde deelnemers'],
                ['A1', 'x', 'DW1', 'morgen', S['2018-12-31'], -3],
                ['A2', 'y', 'DW1', S['2017-01-01'], S['2018-12-31'], 2.5],
                ['A3', 'z', 'DW1', S['2017-01-01'], S['2018-12-31'], '#VALUE!'],
              ])
            : b,
      );
    const r = controleerWerkboek({ sheets, tables: [] });
    expect(r.oordeel).toBe('voldoet-niet');
    expect(r.findings.map((f) => [f.location.sheet ?? '', f.location.cell ?? '', f.code, f.message])).toEqual([
      [
        '',
        '',
        'tabel-ontbreekt',
        "De tabel Financiering ontbreekt: verwacht een Excel-tabel met die naam, of op een blad (bijvoorbeeld 'Financiering') een kopregel met Bron, Bedrag.",
      ],
      [
        'Activiteiten',
        'D2',
        'argument-geen-datum',
        "maatregel 1, startdatum: 'morgen' is geen geldige datum; geef een Excel-datum, JJJJ-MM-DD of DD-MM-JJJJ.",
      ],
      ['Activiteiten', 'F2', 'argument-negatief', 'maatregel 1, beoogde deelnemers mag niet negatief zijn (-3).'],
      [
        'Activiteiten',
        'F3',
        'argument-geen-geheel-getal',
        'maatregel 2, beoogde deelnemers moet een geheel getal zijn (2.5).',
      ],
      ['Activiteiten', 'F4', 'invoer-ongeldig', 'maatregel 3, beoogde deelnemers: de cel toont de foutwaarde #VALUE!'],
      ['Kosten', 'A1', 'kolom-ontbreekt', "Tabel Kostenposten: de kolom 'Bedrag' ontbreekt in de kopregel."],
      // The readable rows were still checked; checks on totals wait for the unreadable ones.
      [
        '',
        '',
        'controle-onvolledig',
        '4 regel(s) konden niet worden gelezen (maatregelen, kostenposten); de overige regels zijn getoetst, maar toetsen op totalen (sluitende begroting, maximale subsidie, eigen financiering, verhoudingen) volgen pas als die regels zijn verbeterd.',
      ],
    ]);
  });
});

test('docs/werkboekformaat.md names every header and table of the standard definition', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'werkboekformaat.md'), 'utf8');
  for (const id of REGELING_IDS) {
    for (const def of tabelDefinities(id)) {
      expect(doc).toContain(`tabel \`${def.naam}\``);
      for (const kol of def.kolommen) expect(doc).toContain(kol.kop);
    }
    for (const veld of planVelden(id)) expect(doc).toContain(`| ${veld.kop} |`);
  }
});
