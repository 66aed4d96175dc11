/**
 * h/portfolio (issue 12): `cofin check --overzicht` over a folder of generated workbooks. The totals are added up by
 * hand from the begrotingen written here and the ceilings the regelingen store (see test/core/portefeuille.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { VOORBEELDEN, templateModel, type BegrotingInput } from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { cofin, hashes, tmp } from './helpers';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
const copy = (b: BegrotingInput): Mutable<BegrotingInput> => structuredClone(b);

async function schrijf(path: string, b: BegrotingInput): Promise<void> {
  writeFileSync(path, await modelNaarBuffer(templateModel(b.plan.regeling, b)));
}

interface Json {
  bestanden: unknown[];
  portefeuille?: {
    bestanden: number;
    perOordeel: Record<string, number>;
    plafonds: {
      regeling: string;
      tijdvak: number | null;
      deel: string | null;
      plannen: number;
      gevraagd: string;
      verleend: string;
      plafond: { bedrag: string; eerder: { bedrag: string }[] } | null;
      ruimteGevraagd: string | null;
      ruimteVerleend: string | null;
    }[];
    jongeren: {
      totaal: string;
      jongeren: string;
      zonderDoelgroep: string;
      aandeel: string;
      doel: string;
      doelBedrag: string;
      status: string;
      bron: string;
    } | null;
  };
}

describe('cofin check --overzicht', () => {
  const dir = tmp();
  let before: Record<string, string>;
  beforeAll(async () => {
    // 2013 tijdvak 1, verleend 60000: M1 (SZW 40000) jongeren, M2 (SZW 20000) without doelgroep.
    const a = copy(VOORBEELDEN['sectorplannen-2013']);
    a.plan.aanvraagdatum = '2013-11-15';
    a.maatregelen[0]!.doelgroep = 'jongeren';
    // 2013 tijdvak 2, requested 60000 without verlening: M1 werkenden, M2 ouderen.
    const b = copy(VOORBEELDEN['sectorplannen-2013']);
    b.plan.aanvraagdatum = '2014-05-01';
    delete b.plan.beschikkingsdatum;
    delete b.plan.verleendeSubsidie;
    b.maatregelen[0]!.doelgroep = 'werkenden';
    b.maatregelen[1]!.doelgroep = 'ouderen';
    // 2015, verleend 75000: W2 (SZW 25000) jongeren.
    const c = copy(VOORBEELDEN['sectorplannen-2015']);
    c.maatregelen[1]!.doelgroep = 'jongeren';
    // DWSRA tijdvak 1, a DW project of 207000, written twice.
    await schrijf(join(dir, 'a.xlsx'), a);
    await schrijf(join(dir, 'b.xlsx'), b);
    await schrijf(join(dir, 'c.xlsx'), c);
    await schrijf(join(dir, 'd1.xlsx'), VOORBEELDEN['dwsra-2016']);
    await schrijf(join(dir, 'd2.xlsx'), VOORBEELDEN['dwsra-2016']);
    before = hashes(dir);
  }, 60_000);

  test('the template has the optional Doelgroep column, last in the Maatregelen table, with its choice list', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'a.xlsx'));
    const ws = wb.getWorksheet('Maatregelen');
    let kopRij = 0;
    ws?.eachRow((row, n) => {
      if (kopRij === 0 && row.getCell(1).value === 'Code') kopRij = n;
    });
    const kop = ws?.getRow(kopRij);
    const laatste = kop?.cellCount ?? 0;
    expect(kop?.getCell(laatste).value).toBe('Doelgroep');
    const m1 = ws?.getRow(kopRij + 1).getCell(laatste);
    expect([ws?.getRow(kopRij + 1).getCell(1).value, m1?.value]).toEqual(['M1', 'jongeren']);
    expect(m1?.dataValidation.type).toBe('list');
    expect(m1?.dataValidation.formulae[0]).toMatch(/^Keuzelijsten!\$[A-Z]+\$2:\$[A-Z]+\$6$/);
  });

  test('json: a portefeuille block with totals per regeling and tijdvak against the ceilings, as decimal strings', async () => {
    const r = await cofin('check', '--overzicht', '--format', 'json', dir);
    expect(r.code).toBe(0);
    const p = (JSON.parse(r.out) as Json).portefeuille;
    expect(p?.bestanden).toBe(5);
    expect(p?.perOordeel).toEqual({ voldoet: 5, 'voldoet-niet': 0, onleesbaar: 0 });
    expect(
      p?.plafonds.map((x) => [
        x.regeling,
        x.tijdvak,
        x.deel,
        x.plannen,
        x.gevraagd,
        x.verleend,
        x.plafond?.bedrag,
        x.plafond?.eerder.map((e) => e.bedrag),
        x.ruimteGevraagd,
        x.ruimteVerleend,
      ]),
    ).toEqual([
      ['sectorplannen-2013', 1, null, 1, '60000.00', '60000.00', '200000000.00', [], '199940000.00', '199940000.00'],
      [
        'sectorplannen-2013',
        2,
        null,
        1,
        '60000.00',
        '0.00',
        '205000000.00',
        ['200000000.00'],
        '204940000.00',
        '205000000.00',
      ],
      ['sectorplannen-2015', 1, null, 1, '75000.00', '75000.00', '150000000.00', [], '149925000.00', '149925000.00'],
      ['dwsra-2016', 1, 'DW', 2, '414000.00', '414000.00', '10800000.00', [], '10386000.00', '10386000.00'],
    ]);
    // Young people: 40000 + 25000 of 60000 + 60000 + 75000 = 195000; 20000 (a, M2) + 50000 (c, W1) untagged.
    expect(p?.jongeren).toMatchObject({
      totaal: '195000.00',
      jongeren: '65000.00',
      zonderDoelgroep: '70000.00',
      aandeel: '0.333333',
      doel: '1/3',
      doelBedrag: '65000.00',
      status: 'gehaald',
    });
    expect(hashes(dir)).toEqual(before);
  }, 60_000);

  test('text: the overview after the summary, in Dutch', async () => {
    const r = await cofin('check', '--overzicht', dir);
    expect(r.code).toBe(0);
    const tekst = r.out.slice(r.out.indexOf('Overzicht over de plannen'));
    expect(tekst.split('\n').slice(0, 8)).toEqual([
      'Overzicht over de plannen',
      '  5 bestanden: 5 voldoet, 0 voldoet niet, 0 niet te lezen',
      '',
      'Subsidie per regeling en tijdvak, tegen het subsidieplafond (voor alle aanvragen samen):',
      '  Regeling cofinanciering sectorplannen, tijdvak 1: 1 plan; gevraagd € 60.000, verleend € 60.000 (1 plan)',
      expect.stringMatching(/^ {4}plafond € 200\.000\.000 \(Kamerbrief voorjaar 2014/) as unknown as string,
      '    € 199.940.000 onder het plafond (gevraagd); € 199.940.000 onder het plafond (verleend)',
      '  Regeling cofinanciering sectorplannen, tijdvak 2: 1 plan; gevraagd € 60.000',
    ]);
    expect(tekst).toContain('    plafond € 205.000.000 (eerder € 200.000.000) (');
    expect(tekst).toContain(
      '  Tijdelijke regeling cofinanciering DWSRA, tijdvak 1, DW-projecten: 2 plannen; gevraagd € 414.000, verleend € 414.000 (2 plannen)',
    );
    expect(tekst).toContain('  € 65.000 van € 195.000 = 33,3%; ten minste een derde is € 65.000: doel gehaald');
    expect(tekst).toContain('  4 maatregelen van 6 met een doelgroep, in 3 plannen; € 70.000 zonder doelgroep');
  }, 60_000);

  test('without --overzicht the output is as before; with csv it is refused', async () => {
    const r = await cofin('check', '--format', 'json', dir);
    expect((JSON.parse(r.out) as Json).portefeuille).toBeUndefined();
    expect((await cofin('check', dir)).out).not.toContain('Overzicht over de plannen');
    const csv = await cofin('check', '--overzicht', '--format', 'csv', dir);
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('--overzicht kan met --format text of json');
  }, 60_000);

  test('a plan of unknown tijdvak has no ceiling and says what to fill in; an unreadable file counts as such', async () => {
    const d = tmp();
    await schrijf(join(d, 'zonder-aanvraagdatum.xlsx'), VOORBEELDEN['sectorplannen-2013']);
    writeFileSync(join(d, 'kapot.xlsx'), 'geen zip');
    const r = await cofin('check', '--overzicht', d);
    expect(r.code).toBe(2);
    expect(r.out).toContain('  2 bestanden: 1 voldoet, 0 voldoet niet, 1 niet te lezen\n');
    expect(r.out).toContain(
      '  Regeling cofinanciering sectorplannen, tijdvak onbekend: 1 plan; gevraagd € 60.000, verleend € 60.000 (1 plan)\n    geen plafond: het tijdvak is onbekend (vul Aanvraagdatum in op het blad Plan)\n',
    );
    expect(r.out).not.toContain('Aandeel voor jongeren');
  }, 60_000);
});
