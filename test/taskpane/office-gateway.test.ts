/**
 * The Office.js gateway against a fake of the Excel object model (addin/demo/office-host.ts) that keeps Office.js's
 * rules: writes and loads happen at `context.sync()`, unloaded properties throw, every sync is counted.
 */
import {
  VOORBEELDEN,
  controleerWerkboek,
  rapportModel,
  berekenVoortgang,
  parseIsoDatum,
  templateModel,
  type Datum,
  type WerkboekModel,
} from '../../core';
import { OfficeGateway, splitAddress, toBlad } from '../../addin/office/excel-gateway';
import { GatewayError } from '../../addin/office/gateway';
import { MemoryGateway, MemoryWorkbook } from '../../addin/office/memory-gateway';
import { fakeHost, install, type FakeHost } from '../../addin/demo/office-host';
import { VERWACHTE_BEVINDINGEN, werkboekMetFouten } from './helpers';

let host: FakeHost;

function useHost(store: MemoryWorkbook): OfficeGateway {
  host = fakeHost(store);
  install(globalThis, host);
  return new OfficeGateway();
}

afterEach(() => {
  for (const name of ['Excel', 'Office', 'CustomFunctions']) Reflect.deleteProperty(globalThis, name);
});

const samenvatting = (f: { severity: string; code: string; location: { sheet?: string; cell?: string } }) =>
  `${f.severity} ${f.code} ${f.location.sheet ?? ''}!${f.location.cell ?? ''}`;

describe('readWorkbook', () => {
  test('reads every sheet and table in two syncs, and core finds the known errors', async () => {
    const gateway = useHost(await werkboekMetFouten());
    const werkboek = await gateway.readWorkbook();
    expect(host.stats).toEqual(expect.objectContaining({ runs: 1, syncs: 2 }));
    expect(werkboek.sheets.map((s) => s.name)).toEqual([
      'Blad1',
      'Toelichting',
      'Plan',
      'Maatregelen',
      'Kosten',
      'Financiering',
      'Realisatie',
      'Overzicht',
      'Keuzelijsten',
    ]);
    expect(werkboek.tables).toEqual([
      { name: 'Plan', sheet: 'Plan', ref: 'A4:C16' },
      { name: 'Maatregelen', sheet: 'Maatregelen', ref: 'A4:G7' },
      { name: 'Kostenposten', sheet: 'Kosten', ref: 'A4:D7' },
      { name: 'Financiering', sheet: 'Financiering', ref: 'A4:D7' },
      { name: 'Realisatie', sheet: 'Realisatie', ref: 'A4:C6' },
    ]);
    expect(werkboek).toEqual(host.store.toWerkboek());
    expect(controleerWerkboek(werkboek).findings.map(samenvatting)).toEqual(VERWACHTE_BEVINDINGEN);
  });

  test('a 10,000-line begroting is still two syncs', async () => {
    const store = await werkboekMetFouten();
    for (let i = 0; i < 10_000; i += 1) {
      const row = 8 + i;
      store.type('Kosten', `A${row}`, "'A1");
      store.type('Kosten', `B${row}`, "'extern");
      store.type('Kosten', `C${row}`, `'Post ${i}`);
      store.type('Kosten', `D${row}`, 10);
    }
    (store.tables.find((t) => t.name === 'Kostenposten') as { range: string }).range = 'A4:D10007';
    const gateway = useHost(store);
    const started = Date.now();
    const werkboek = await gateway.readWorkbook();
    const elapsed = Date.now() - started;
    expect(host.stats.syncs).toBe(2);
    // The last + 2: the headers Personen and Baangarantie maanden (E4:F4) of the scholingsvoucher columns.
    expect(werkboek.sheets.find((s) => s.name === 'Kosten')?.cells.size).toBe(40_000 + 4 * 4 + 2 + 2);
    expect(controleerWerkboek(werkboek).berekening?.totaleKosten.toFixed()).toBe('465750');
    expect(elapsed).toBeLessThan(5000);
  });

  test('an empty sheet is a null object, not an error', async () => {
    const gateway = useHost(new MemoryWorkbook(['Leeg']));
    expect(await gateway.readWorkbook()).toEqual({ sheets: [{ name: 'Leeg', cells: new Map() }], tables: [] });
  });

  test.each([
    ['a formula', '=COFIN.MAX(B1,"dwsra-2016")', 859265, { value: 859265, formula: 'COFIN.MAX(B1,"dwsra-2016")' }],
    ['text that looks like a formula (Excel strips the prefix in formulas too)', '=A1', '=A1', { value: '=A1' }],
    ['a number', 12, 12, { value: 12 }],
    ['a boolean', true, true, { value: true }],
    ['an error value', '=1/0', '#DIV/0!', { value: '#DIV/0!', formula: '1/0' }],
  ])('toBlad: %s', (_label, formula, value, expected) => {
    const blad = toBlad('Blad1', 1, 1, [[value]], [[formula]]);
    expect(blad.cells.get('B2')).toEqual({ sheet: 'Blad1', address: 'B2', row: 2, col: 2, ...expected });
  });

  test.each([
    ['Plan!A4:C14', { sheet: 'Plan', range: 'A4:C14' }],
    ["'Mijn blad'!$A$4:$C$14", { sheet: 'Mijn blad', range: 'A4:C14' }],
    ["'O''Brien'!B2", { sheet: "O'Brien", range: 'B2' }],
    ['A1:B2', undefined],
  ])('splitAddress(%s)', (text, expected) => {
    expect(splitAddress(text)).toEqual(expected);
  });
});

describe('applyModel', () => {
  test('writes the template in two syncs, the same workbook as the in-memory gateway', async () => {
    const model = templateModel('sectorplannen-2013', VOORBEELDEN['sectorplannen-2013']);
    const gateway = useHost(new MemoryWorkbook(['Blad1']));
    const result = await gateway.applyModel(model, { onConflict: 'refuse' });
    expect(host.stats.syncs).toBe(2);
    expect([...result.sheets.values()]).toEqual([
      'Toelichting',
      'Plan',
      'Maatregelen',
      'Kosten',
      'Financiering',
      'Realisatie',
      'Overzicht',
      'Keuzelijsten',
    ]);

    const twin = new MemoryGateway(new MemoryWorkbook(['Blad1']));
    await twin.applyModel(model, { onConflict: 'refuse' });
    const store = host.store;
    expect(store.toWerkboek()).toEqual(twin.workbook.toWerkboek());
    expect(store.tables).toEqual(twin.workbook.tables);
    for (const s of twin.workbook.sheets) {
      const mine = store.sheet(s.name);
      expect(mine?.cells).toEqual(s.cells);
      expect(mine?.frozenRows).toBe(s.frozenRows);
      expect(mine?.columnWidths).toEqual(s.columnWidths);
      expect(mine?.validations.map((v) => v.range)).toEqual(s.validations.map((v) => v.range));
    }
    expect(store.activeSheet).toBe('Toelichting');
    expect(controleerWerkboek(store.toWerkboek()).oordeel).toBe('voldoet');
  });

  test('cells: text stays text, amounts are numbers, dates serials with their format, choice lists point at Keuzelijsten', async () => {
    const gateway = useHost(new MemoryWorkbook(['Blad1']));
    await gateway.applyModel(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016']), { onConflict: 'refuse' });
    const store = host.store;
    expect(store.cell('Plan', 'B5')).toEqual({ value: 'dwsra-2016' });
    expect(store.cell('Plan', 'B8')).toEqual({ value: 42705, numberFormat: 'dd-mm-yyyy' });
    expect(store.cell('Plan', 'B13')).toEqual({ value: 207000, numberFormat: '"€" #,##0.00;-"€" #,##0.00' });
    expect(store.cell('Plan', 'A1')).toEqual({ value: 'Plan', style: { bold: true, size: 14 } });
    expect(store.cell('Maatregelen', 'A5')).toEqual({ value: 'A1' });
    const lijst = store.sheet('Maatregelen')?.validations.find((v) => v.range === 'C5:C1004');
    expect(lijst).toEqual({
      range: 'C5:C1004',
      rule: { list: { inCellDropDown: true, source: '=Keuzelijsten!$C$2:$C$7' } },
      errorMessage: 'Activiteit: kies een waarde uit de lijst.',
    });
    expect(store.sheet('Maatregelen')?.frozenRows).toBe(4);
  });

  test('text that Excel would take for a formula, number or date is written as text', async () => {
    const model: WerkboekModel = {
      titel: 't',
      bladen: [
        {
          naam: 'Gevaarlijk',
          kolombreedtes: [],
          tabellen: [],
          validaties: [],
          cellen: ['=SOM(A1)', '0123', 'TRUE', '+31', "'quote"].map((tekst, i) => ({
            row: i + 1,
            col: 1,
            waarde: { soort: 'tekst' as const, tekst },
          })),
        },
      ],
    };
    const gateway = useHost(new MemoryWorkbook(['Blad1']));
    await gateway.applyModel(model, { onConflict: 'refuse' });
    expect([1, 2, 3, 4, 5].map((r) => host.store.cell('Gevaarlijk', `A${r}`))).toEqual(
      ['=SOM(A1)', '0123', 'TRUE', '+31', "'quote"].map((value) => ({ value })),
    );
  });

  test('refuses a clash in one sync and changes nothing', async () => {
    const store = new MemoryWorkbook(['Blad1', 'Plan']);
    const gateway = useHost(store);
    const attempt = gateway.applyModel(templateModel('dwsra-2016'), { onConflict: 'refuse' });
    await expect(attempt).rejects.toThrow(GatewayError);
    await expect(attempt).rejects.toThrow(
      "Deze werkmap heeft al het blad 'Plan'. cofin overschrijft nooit een bestaand blad",
    );
    expect(host.stats.syncs).toBe(1);
    expect(store.sheets.map((s) => s.name)).toEqual(['Blad1', 'Plan']);
  });

  test('the voortgangsrapportage twice: unique sheet and table names, a chart of beoogd versus gerealiseerd', async () => {
    const store = await werkboekMetFouten();
    const gateway = useHost(store);
    const controle = controleerWerkboek(store.toWerkboek());
    if (!controle.begroting || !controle.berekening) throw new Error('begroting expected');
    const model = rapportModel(
      controle.begroting,
      berekenVoortgang(controle.begroting, controle.berekening, parseIsoDatum('2018-01-31') as Datum),
    );
    const chart = {
      sheet: 'Voortgang',
      title: 'Deelnemers',
      series: 'F3:G6',
      categories: 'A4:A6',
      from: 'A9',
      to: 'H28',
    };
    const first = await gateway.applyModel(model, { onConflict: 'rename', charts: [chart] });
    const second = await gateway.applyModel(model, { onConflict: 'rename', charts: [chart] });
    expect(host.stats.syncs).toBe(4);
    // The report's explanation sheet no longer collides with the template's Toelichting.
    expect([...first.sheets.values()]).toEqual(['Samenvatting', 'Voortgang', 'Signalen', 'Toelichting rapportage']);
    expect([...second.sheets.values()]).toEqual([
      'Samenvatting (2)',
      'Voortgang (2)',
      'Signalen (2)',
      'Toelichting rapportage (2)',
    ]);
    // 17 columns (A:Q): the prognosis of the vaststelling per maatregel and naar rato per plan.
    expect(
      store.tables.filter((t) => t.name.startsWith('Voortgang')).map((t) => `${t.name} ${t.sheet}!${t.range}`),
    ).toEqual(['Voortgang Voortgang!A3:Q6', 'Voortgang_2 Voortgang (2)!A3:Q6']);
    expect(store.charts).toEqual([
      {
        sheet: 'Voortgang',
        type: 'ColumnClustered',
        source: 'F3:G6',
        title: 'Deelnemers',
        categories: 'A4:A6',
        from: 'A9',
        to: 'H28',
      },
      {
        sheet: 'Voortgang (2)',
        type: 'ColumnClustered',
        source: 'F3:G6',
        title: 'Deelnemers',
        categories: 'A4:A6',
        from: 'A9',
        to: 'H28',
      },
    ]);
    expect(store.cell('Voortgang (2)', 'H4')).toEqual({
      value: null,
      formula: '=IF(F4=0,"",G4/F4)',
      numberFormat: '0.0%',
    });
    expect(store.activeSheet).toBe('Samenvatting (2)');
  });
});

describe('selectCell and settings', () => {
  test('selects a cell in one sync and activates its sheet', async () => {
    const gateway = useHost(await werkboekMetFouten());
    await gateway.selectCell('Kosten', 'A7');
    expect(host.stats.syncs).toBe(1);
    expect(host.store.selection).toEqual({ sheet: 'Kosten', address: 'A7' });
    expect(host.store.activeSheet).toBe('Kosten');
  });

  test('a sheet that is gone gives a Dutch message', async () => {
    const gateway = useHost(new MemoryWorkbook(['Blad1']));
    await expect(gateway.selectCell('Kosten', 'A7')).rejects.toThrow(
      "Het blad 'Kosten' of de cel A7 bestaat niet (meer) in deze werkmap.",
    );
  });

  test.each([
    [
      'InvalidOperationInCellEditMode',
      'Excel is een cel aan het bewerken. Druk op Enter of Esc en probeer het opnieuw.',
    ],
    ['ApiNotFound', 'Deze versie van Excel kent een onderdeel niet dat cofin nodig heeft (ExcelApi 1.8 of nieuwer).'],
    [
      'GeneralException',
      "Excel meldde een fout (GeneralException). Probeer het opnieuw; blijft het misgaan, sla de werkmap op en gebruik 'cofin check'.",
    ],
  ])('an Office error %s becomes Dutch', async (code, message) => {
    const gateway = useHost(new MemoryWorkbook());
    host.Excel.run = () => Promise.reject(Object.assign(new Error('RichApi.Error'), { code }));
    await expect(gateway.readWorkbook()).rejects.toEqual(new GatewayError(message));
  });

  test('settings are stored in the document and saved', async () => {
    const gateway = useHost(new MemoryWorkbook());
    expect(gateway.settings.get('cofin.regeling')).toBeUndefined();
    await gateway.settings.set('cofin.regeling', 'sectorplannen-2015');
    expect(gateway.settings.get('cofin.regeling')).toBe('sectorplannen-2015');
    expect(host.stats.settingsSaved).toBe(1);
  });
});

describe('the selected cell and Waarden vastzetten', () => {
  function store(): MemoryWorkbook {
    const wb = new MemoryWorkbook(['Blad1', 'Mijn blad']);
    wb.type('Mijn blad', 'A1', -5);
    wb.type('Mijn blad', 'B1', '=COFIN.MAX(A1,"dwsra-2016")');
    wb.type('Mijn blad', 'B2', '=SUM(A1)');
    const b1 = wb.cell('Mijn blad', 'B1');
    if (b1) b1.value = '#VALUE!';
    wb.activeSheet = 'Mijn blad';
    wb.selection = { sheet: 'Mijn blad', address: 'B1:B2' };
    return wb;
  }

  test('readActiveCell: the first cell of the selection, with its formula text, in one sync', async () => {
    const gateway = useHost(store());
    expect(await gateway.readActiveCell()).toEqual({
      sheet: 'Mijn blad',
      address: 'B1',
      row: 1,
      col: 2,
      value: '#VALUE!',
      formula: 'COFIN.MAX(A1,"dwsra-2016")',
    });
    expect(host.stats.syncs).toBe(1);
  });

  test('readFormulaCells and writeCells: the same as the in-memory gateway, one sync each', async () => {
    const officeStore = store();
    const gateway = useHost(officeStore);
    const memory = new MemoryGateway(store());
    for (const bereik of ['selectie', 'blad'] as const)
      expect(await gateway.readFormulaCells(bereik)).toEqual(await memory.readFormulaCells(bereik));
    expect((await gateway.readFormulaCells('blad')).bereik).toBe('A1:B2');
    const syncs = host.stats.syncs;
    await gateway.writeCells('Mijn blad', [
      { address: 'B1', waarde: 12 },
      { address: 'B2', waarde: '=geen formule' },
    ]);
    expect(host.stats.syncs - syncs).toBe(1);
    expect([officeStore.cell('Mijn blad', 'B1'), officeStore.cell('Mijn blad', 'B2')]).toEqual([
      { value: 12 },
      { value: '=geen formule' },
    ]);
    await gateway.writeCells('Mijn blad', [{ address: 'B1', formule: '=COFIN.MAX(A1,"dwsra-2016")' }]);
    expect(officeStore.cell('Mijn blad', 'B1')?.formula).toBe('=COFIN.MAX(A1,"dwsra-2016")');
  });
});
