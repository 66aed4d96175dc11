/** `cofin template` and the formula check, through real .xlsx files written and read back. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  REGELINGEN,
  REGELING_IDS,
  VOORBEELDEN,
  controleerWerkboek,
  leesBegroting,
  templateModel,
  valideerBegroting,
} from '../../core';
import { leesBestand } from '../../cli/xlsx/read';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { cofin, tmp } from './helpers';
import { bedragenAlsTekst } from '../core/fixtures';

const dir = tmp();

async function lees(path: string) {
  const r = await leesBestand(path);
  if (!r.ok) throw new Error(r.reden);
  return r.werkboek;
}

describe.each(REGELING_IDS.map((id) => [id]))('%s', (id) => {
  test('the example validates without fout findings, in core and after a round trip through a file', async () => {
    expect(valideerBegroting(VOORBEELDEN[id]).findings.filter((f) => f.severity === 'fout')).toEqual([]);
    const file = join(dir, `voorbeeld-${id}.xlsx`);
    expect(await cofin('template', '--regeling', id, '--out', file, '--voorbeeld')).toEqual({
      code: 0,
      out: `${file}: voorbeeldbegroting ${id} geschreven.\n`,
      err: '',
    });
    const wb = await lees(file);
    expect(bedragenAlsTekst(leesBegroting(wb).input)).toEqual(VOORBEELDEN[id]);
    const r = controleerWerkboek(wb);
    expect(r.findings.filter((f) => f.severity === 'fout')).toEqual([]);
    expect(r.oordeel).toBe('voldoet');
    expect((await cofin('check', file)).code).toBe(0);
  });

  test('the blank template has the five tables, choice lists, euro and date formats, and reads as an empty begroting', async () => {
    const file = join(dir, `leeg-${id}.xlsx`);
    expect((await cofin('template', '--regeling', id, '--out', file)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Toelichting',
      'Plan',
      'Maatregelen',
      'Kosten',
      'Financiering',
      'Realisatie',
      'Overzicht',
      'Keuzelijsten',
    ]);
    const tables = wb.worksheets.flatMap((w) =>
      w.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name),
    );
    expect(tables).toEqual(['Plan', 'Maatregelen', 'Kostenposten', 'Financiering', 'Realisatie']);
    const maatregelen = wb.getWorksheet('Maatregelen');
    expect(maatregelen?.getCell('C5').dataValidation).toMatchObject({
      type: 'list',
      formulae: [
        'Keuzelijsten!$C$2:$C$' +
          String(
            templateModel(id).bladen.length > 0
              ? 1 + (id === 'sectorplannen-2013' ? 7 : id === 'dwsra-2016' ? 6 : 4)
              : 0,
          ),
      ],
    });
    expect(wb.getWorksheet('Kosten')?.getCell('B900').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Keuzelijsten!$E$2:$E$9'],
    });
    expect(wb.getWorksheet('Kosten')?.getCell('D5').numFmt).toBe('"€" #,##0.00;-"€" #,##0.00');
    expect(maatregelen?.getCell('D5').numFmt).toBe('dd-mm-yyyy');
    expect(wb.getWorksheet('Toelichting')?.getCell('A1').text).toContain('Standaardbegroting cofin');
    const r = controleerWerkboek(await lees(file));
    expect(r.findings.map((f) => f.code)).toEqual(Array(5).fill('invoer-ongeldig'));
  });

  test('the template prints: A4, one page wide, wide sheets landscape, header rows repeated, title and page numbers', async () => {
    const file = join(dir, `afdruk-${id}.xlsx`);
    expect((await cofin('template', '--regeling', id, '--out', file, '--voorbeeld')).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const instellingen = wb.worksheets.map((ws) => {
      const p = ws.pageSetup;
      return [ws.name, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight, p.paperSize, p.printTitlesRow];
    });
    expect(instellingen).toEqual([
      ['Toelichting', 'portrait', true, 1, 0, 9, undefined],
      ['Plan', 'landscape', true, 1, 0, 9, '4:4'],
      ['Maatregelen', 'landscape', true, 1, 0, 9, '4:4'],
      ['Kosten', 'landscape', true, 1, 0, 9, '4:4'],
      ['Financiering', 'landscape', true, 1, 0, 9, '4:4'],
      ['Realisatie', 'landscape', true, 1, 0, 9, '4:4'],
      ['Overzicht', 'portrait', true, 1, 0, 9, '4:4'],
      ['Keuzelijsten', 'landscape', true, 1, 0, 9, '1:1'],
    ]);
    // The print area ends at the tables' last row, not at the 1000 rows the choice lists cover.
    const kosten = wb.getWorksheet('Kosten');
    expect(kosten?.pageSetup.printArea).toBe(
      `A1:${String.fromCharCode(64 + (kosten?.getRow(4).cellCount ?? 0))}${4 + VOORBEELDEN[id].kostenposten.length}`,
    );
    for (const ws of wb.worksheets)
      expect(ws.headerFooter).toMatchObject({
        oddHeader: `&L${templateModel(id).titel}&R&A`,
        oddFooter: '&Lcofin&RPagina &P van &N',
      });
  });

  test('the explanation speaks to someone in Excel: no command lines, no repository paths, example dates in the period', async () => {
    const file = join(dir, `uitleg-${id}.xlsx`);
    expect((await cofin('template', '--regeling', id, '--out', file)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const teksten: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => teksten.push(c.text))));
    expect(teksten.filter((t) => /docs\/|\.md\b|cofin (check|rapport|template)|--[a-z]/.test(t))).toEqual([]);
    const uitleg = teksten.join('\n');
    expect(uitleg).toContain('Controleer begroting');
    const regeling = REGELINGEN[id];
    expect(uitleg).toContain(`De regeling: ${regeling.citeertitel} (${regeling.vindplaats}).`);
    const pct = regeling.parameters['cofinancieringspercentage'];
    expect(uitleg).toContain(`- ${pct?.omschrijving ?? ''}: ${pct?.bron ?? ''} (${pct?.zekerheid ?? ''}).`);
    const voorbeelden = teksten.filter((t) => t.includes('(bijvoorbeeld')).join('\n');
    const datums = [...voorbeelden.matchAll(/\b(\d{2})-(\d{2})-(\d{4})\b/g)].map((m) => `${m[3]}-${m[2]}-${m[1]}`);
    expect(datums.length).toBeGreaterThanOrEqual(2);
    for (const d of datums) {
      expect(d >= regeling.geldigVanaf).toBe(true);
      if (regeling.geldigTot !== undefined) expect(d <= regeling.geldigTot).toBe(true);
    }
  });

  test('the Overzicht sheet holds ordinary Excel formulas only, and the reader ignores it', async () => {
    const model = templateModel(id, VOORBEELDEN[id]);
    const overzicht = model.bladen.find((b) => b.naam === 'Overzicht');
    const formules = overzicht?.cellen.flatMap((c) => (c.formule === undefined ? [] : [c.formule])) ?? [];
    expect(formules.length).toBeGreaterThan(20);
    expect(formules.filter((f) => /\bCOFIN[._]|_xldudf_/i.test(f))).toEqual([]);
    const labels = overzicht?.cellen.filter((c) => c.col === 1 && c.waarde.soort === 'tekst').map((c) => c.waarde);
    expect(labels).toEqual(
      expect.arrayContaining([
        { soort: 'tekst', tekst: 'Totale kosten' },
        { soort: 'tekst', tekst: 'Maximale subsidie' },
        { soort: 'tekst', tekst: 'Vereiste eigen bijdrage' },
        { soort: 'tekst', tekst: 'Verschil eigen bijdrage (begroot min vereist)' },
        { soort: 'tekst', tekst: 'Verschil financiering en kosten' },
      ]),
    );
    const wb = await lees(await schrijfModel(`overzicht-${id}.xlsx`, model));
    expect(leesBegroting(wb).tabellen.map((t) => t.sheet)).not.toContain('Overzicht');
    const zonder = await lees(
      await schrijfModel(`zonder-overzicht-${id}.xlsx`, {
        ...model,
        bladen: model.bladen.filter((b) => b.naam !== 'Overzicht'),
      }),
    );
    expect(controleerWerkboek(wb).findings).toEqual(controleerWerkboek(zonder).findings);
    expect(controleerWerkboek(wb).oordeel).toBe('voldoet');
  });
});

async function schrijfModel(naam: string, model: ReturnType<typeof templateModel>): Promise<string> {
  const file = join(dir, naam);
  writeFileSync(file, await modelNaarBuffer(model));
  return file;
}

test('template refuses to overwrite without --force, and names a bad regeling', async () => {
  const file = join(dir, 'bestaat.xlsx');
  writeFileSync(file, 'oud');
  expect(await cofin('template', '--regeling', 'dwsra-2016', '--out', file)).toEqual({
    code: 2,
    out: '',
    err: `cofin template: ${file} bestaat al; gebruik --force om het te vervangen.\n`,
  });
  expect(readFileSync(file, 'utf8')).toBe('oud');
  expect((await cofin('template', '--regeling', 'dwsra-2016', '--out', file, '--force')).code).toBe(0);
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  expect((await cofin('template', '--regeling', 'wsw-2020', '--out', file)).err).toBe(
    "cofin template: onbekende regeling 'wsw-2020'; kies uit sectorplannen-2013, sectorplannen-2015, dwsra-2016.\n",
  );
});

describe('COFIN formulas saved by Excel are recomputed', () => {
  const file = join(dir, 'formules.xlsx');
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016']))) as unknown as ExcelJS.Buffer,
    );
    const ws = wb.addWorksheet('Berekening');
    ws.getCell('B2').value = 1245313;
    const f = (addr: string, formula: string, result: ExcelJS.CellFormulaValue['result']) => {
      ws.getCell(addr).value = { formula, result } as ExcelJS.CellFormulaValue;
    };
    f('C2', '_xldudf_COFIN_MAX(B2,"dwsra-2016")', 859265);
    f('C3', '_xldudf_COFIN_MAX(B2,"dwsra-2016")', 859266);
    f('C4', '_xldudf_cofin_max(Berekening!$B$2,"dwsra-2016")', 859265);
    f('C5', 'COFIN.MAX(B2*2,"dwsra-2016")', 1);
    f('C6', 'ROUND(_xldudf_COFIN_MAX(B2,"dwsra-2016"),0)', 859265);
    f('C7', '_xldudf_COFIN_MAX(B2,"dwsra-2016")', { error: '#NAME?' });
    f('C8', '_xldudf_COFIN_VASTSTELLING(859265,1000000,"dwsra-2016")', 690000);
    f('C9', '_xldudf_COFIN_MAX(B2,"onbekend")', { error: '#N/A' });
    f('C10', '_xldudf_COFIN_RAPPORTAGEDATUM(DATE(2017,1,1),"dwsra-2016")', 43159);
    f('C11', '_xldudf_COFIN_RAPPORTAGEDATUM("2017-01-01","dwsra-2016")', 43159);
    f('C12', '_xldudf_COFIN_OVERSCHRIJDING(100000,\'Plan\'!B13,"dwsra-2016")', 138000);
    f('C13', '_xldudf_COFIN_OVERSCHRIJDING(100000,\'Plan\'!B13,"dwsra-2016")', 138001);
    await wb.xlsx.writeFile(file);
  });

  test('a differing cached value is a fout at its cell; what cannot be recomputed says why', async () => {
    const r = await cofin('check', file);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n').filter((l) => l.includes('Berekening!'));
    expect(lines).toEqual([
      '  Berekening!C3   formule-wijkt-af             cel C3: de formule =COFIN.MAX(B2,"dwsra-2016") toont € 859.266, maar cofin berekent € 859.265. (Stcrt. 2016, 30260)',
      '  Berekening!C13  formule-wijkt-af             cel C13: de formule =COFIN.OVERSCHRIJDING(100000,\'Plan\'!B13,"dwsra-2016") toont € 138.001, maar cofin berekent € 138.000. (Stcrt. 2016, 30260)',
      '  Berekening!C5   formule-niet-te-controleren  cel C5: de formule =COFIN.MAX(B2*2,"dwsra-2016") kan niet worden nagerekend: het argument B2*2 is geen getal, tekst of enkele cel van deze werkmap. (Functies van cofin (beschrijving per functie in Excel))',
      '  Berekening!C6   formule-niet-te-controleren  cel C6: de formule =ROUND(COFIN.MAX(B2,"dwsra-2016"),0) kan niet worden nagerekend: de COFIN-functie staat binnen een grotere formule; cofin rekent alleen een losse COFIN-functie na. (Functies van cofin (beschrijving per functie in Excel))',
      '  Berekening!C7   formule-niet-te-controleren  cel C7: de formule =COFIN.MAX(B2,"dwsra-2016") kan niet worden nagerekend: Excel kon de functie niet uitrekenen (#NAME?); was de invoegtoepassing cofin geladen? (Stcrt. 2016, 30260)',
      '  Berekening!C10  formule-niet-te-controleren  cel C10: de formule =COFIN.RAPPORTAGEDATUM(DATE(2017,1,1),"dwsra-2016") kan niet worden nagerekend: de argumenten bevatten zelf een formule; cofin rekent alleen getallen, tekst en losse cellen na. (Functies van cofin (beschrijving per functie in Excel))',
    ]);
  });
});
