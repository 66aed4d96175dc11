/**
 * Workbooks written by another program: LibreOffice (Debian package libreoffice-calc-nogui, installed by .ci/run)
 * re-saves cofin's own files and converts a hand-written spreadsheet without Excel tables to .xlsx.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { VOORBEELDEN, leesBegroting } from '../../core';
import { leesBestand } from '../../cli/xlsx/read';
import { fods } from '../fixtures/fods';
import { bedragenAlsTekst } from '../core/fixtures';
import { cofin, hashes, tmp } from './helpers';

const dir = tmp('cofin-lo-');
const lo = join(dir, 'lo');

/** Converts files to .xlsx with LibreOffice in one run, with a private profile (safe next to other soffice runs). */
function soffice(files: readonly string[]): void {
  mkdirSync(lo, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profiel')}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      lo,
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

const d = (datum: string) => ({ datum });

/** The DWSRA example, typed by hand on plain sheets: titles above the headers, an extra column, labels for choices. */
const handwerk = (gevraagd: number) =>
  fods([
    { naam: 'Uitleg', rijen: [['Begroting gemaakt in LibreOffice, zonder tabellen']] },
    {
      naam: 'Plan',
      rijen: [
        ['Plangegevens'],
        [null],
        ['Gegeven', 'Waarde', 'Opmerking'],
        ['Regeling', 'dwsra-2016', null],
        ['Naam van het plan', 'Regionaal mobiliteitsproject Voorbeeldregio', null],
        ['Hoofdaanvrager', 'Werkgeversvereniging Voorbeeldregio namens het samenwerkingsverband', null],
        ['Beschikkingsdatum', d('2016-12-01'), null],
        ['Startdatum', d('2017-01-01'), null],
        ['Einddatum', d('2018-12-31'), null],
        ['Tijdvak', 1, null],
        ['Verlenging verleend', 'nee', null],
        ['Gevraagde subsidie', gevraagd, 'in euro'],
        ['Verleende subsidie', 207000, null],
        ['Soort hoofdaanvrager', 'Werkgeversorganisatie', null],
      ],
    },
    {
      naam: 'Maatregelen',
      rijen: [
        [
          'Code',
          'Naam',
          'Activiteit',
          'Startdatum',
          'Einddatum',
          'Beoogde deelnemers',
          'WW-maanden bij start',
          'Notitie',
        ],
        ['A1', 'Ondersteuning bij dreigend ontslag', 'DW1', d('2017-01-01'), d('2018-12-31'), 200, null, 'x'],
        ['A2', 'Loopbaanoriëntatie kort in de WW', 'DW2', d('2017-01-01'), d('2018-12-31'), 120, 3, null],
      ],
    },
    {
      naam: 'Kosten',
      rijen: [
        ['Maatregel', 'Kostensoort', 'Omschrijving', 'Bedrag'],
        ['A1', 'Loonkosten eigen personeel (brutoloon + opslag)', 'Inzet mobiliteitsadviseurs', 200000],
        ['A2', 'extern', 'Loopbaantrajecten', 100000],
      ],
    },
    {
      naam: 'Financiering',
      rijen: [
        ['Maatregel', 'Bron', 'Omschrijving', 'Bedrag'],
        [null, 'szw', null, 207000],
        [null, 'gemeente', 'Gemeenten in de regio', 88000],
        [null, 'werkgevers', 'Werkgevers in de regio', 50000],
      ],
    },
    {
      naam: 'Realisatie',
      rijen: [
        ['Maatregel', 'Gerealiseerde deelnemers', 'Gerealiseerde kosten'],
        ['A1', 110, 95000],
        ['A2', 30, 30000],
      ],
    },
  ]);

beforeAll(async () => {
  expect(execFileSync('soffice', ['--version'], { encoding: 'utf8' })).toMatch(/LibreOffice/);
  for (const id of ['sectorplannen-2013', 'dwsra-2016']) {
    const r = await cofin('template', '--regeling', id, '--out', join(dir, `${id}.xlsx`), '--voorbeeld');
    expect(r.code).toBe(0);
  }
  expect(
    (
      await cofin(
        'rapport',
        join(dir, 'sectorplannen-2013.xlsx'),
        '--peildatum',
        '2015-01-31',
        '--out',
        join(dir, 'rapport.xlsx'),
      )
    ).code,
  ).toBe(0);
  writeFileSync(join(dir, 'handwerk.fods'), handwerk(207000));
  writeFileSync(join(dir, 'handwerk-te-hoog.fods'), handwerk(250000));
  soffice(
    ['sectorplannen-2013.xlsx', 'dwsra-2016.xlsx', 'rapport.xlsx', 'handwerk.fods', 'handwerk-te-hoog.fods'].map((f) =>
      join(dir, f),
    ),
  );
}, 180_000);

test.each([['sectorplannen-2013'], ['dwsra-2016']] as const)(
  'the %s example re-saved by LibreOffice reads back to the same begroting',
  async (id) => {
    const r = await leesBestand(join(lo, `${id}.xlsx`));
    if (!r.ok) throw new Error(r.reden);
    expect(bedragenAlsTekst(leesBegroting(r.werkboek).input)).toEqual(VOORBEELDEN[id]);
    expect((await cofin('check', join(lo, `${id}.xlsx`))).code).toBe(0);
  },
);

test('a spreadsheet typed in LibreOffice without Excel tables reads as the same begroting and passes', async () => {
  const file = join(lo, 'handwerk.xlsx');
  const r = await leesBestand(file);
  if (!r.ok) throw new Error(r.reden);
  expect(r.werkboek.tables).toEqual([]);
  const { realisatie: _r, ...verwacht } = VOORBEELDEN['dwsra-2016'];
  const gelezen = leesBegroting(r.werkboek).input;
  expect(bedragenAlsTekst({ ...gelezen, realisatie: undefined })).toEqual({ ...verwacht, realisatie: undefined });
  expect(await cofin('check', file)).toEqual({
    code: 0,
    // DWSRA: direct 300,000 + 15% opslag = 345,000; 60% = 207,000; own 88,000 + 50,000.
    out: [
      `${file}: voldoet (0 fouten, 0 waarschuwingen, 0 info)`,
      '  Kerncijfers: regeling dwsra-2016, hoofdaanvrager Werkgeversvereniging Voorbeeldregio namens het samenwerkingsverband',
      '    totale kosten € 345.000; subsidiabele kosten € 345.000',
      '    maximale subsidie € 207.000; gevraagde subsidie € 207.000; overschrijding € 0',
      '    vereiste eigen bijdrage € 138.000; begrote eigen bijdrage € 138.000',
      '    zekerheid: 0 zeker, 0 waarschijnlijk, 0 onzeker',
      '',
      '1 bestand: 1 voldoet, 0 voldoet niet, 0 niet te lezen',
      '',
    ].join('\n'),
    err: '',
  });
});

test('in that spreadsheet a finding points at the cell LibreOffice kept', async () => {
  const file = join(lo, 'handwerk-te-hoog.xlsx');
  const r = await cofin('check', '--format', 'csv', file);
  expect(r.code).toBe(1);
  expect(
    r.out
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split(';').slice(2, 6).join(';')),
  ).toEqual(['"Plan";"B12";"subsidie-boven-maximum";"fout"']);
});

test('the voortgangsrapportage opens in LibreOffice and its formulas compute what cofin wrote', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(lo, 'rapport.xlsx'));
  const ws = wb.getWorksheet('Voortgang');
  const h4 = ws?.getCell('H4').value as ExcelJS.CellFormulaValue;
  expect(h4.formula).toBe('IF(F4=0,"",G4/F4)');
  expect(h4.result).toBe(0.45);
  expect((ws?.getCell('K5').value as ExcelJS.CellFormulaValue).result).toBe(0.2375);
});

test('checking the LibreOffice files leaves them byte-identical', async () => {
  const before = hashes(lo);
  await cofin('check', lo);
  expect(hashes(lo)).toEqual(before);
});
