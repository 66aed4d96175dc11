/** Shared by the task pane tests: a fake Office host with the blank dwsra-2016 begroting and the known errors typed in. */
import { templateModel } from '../../core';
import { MemoryGateway, MemoryWorkbook } from '../../addin/office/memory-gateway';
import { BEGROTING_MET_FOUTEN, TABELLEN_NA_INVOER } from '../e2e/begroting';

/** Types the begroting with known errors into a workbook holding the blank standard begroting. */
export function voerBegrotingIn(wb: MemoryWorkbook): void {
  for (const e of BEGROTING_MET_FOUTEN) wb.type(e.sheet, e.address, e.input);
  for (const t of wb.tables) t.range = TABELLEN_NA_INVOER[t.name] ?? t.range;
}

/** A workbook with the blank dwsra-2016 begroting, filled with the known errors. */
export async function werkboekMetFouten(): Promise<MemoryWorkbook> {
  const gateway = new MemoryGateway(new MemoryWorkbook(['Blad1']));
  await gateway.applyModel(templateModel('dwsra-2016'), { onConflict: 'refuse' });
  voerBegrotingIn(gateway.workbook);
  return gateway.workbook;
}

/** The findings of that workbook, as `severity code sheet!cell`. */
export const VERWACHTE_BEVINDINGEN = [
  'fout subsidie-boven-maximum Plan!B13',
  'fout maatregel-onbekend Kosten!A7',
  'fout begroting-sluit-niet Financiering!A4',
  'waarschuwing maatregel-zonder-kosten Maatregelen!A7',
  'info aanvrager-soort-ontbreekt Plan!B15',
];

/** As the pane shows them: the euro sign joined to the amount by a non-breaking space. */
// Direct 305,000 (200,000 + 100,000 + 5,000) + 15% opslag = 350,750; 60% = 210,450; own needed 350,750 - 210,450;
// own financing 88,000 + 50,000; requested 260,000 - 210,450 = 49,550 over the maximum.
export const VERWACHTE_KENGETALLEN = [
  { label: 'Totale kosten', waarde: '€\u00a0350.750' },
  { label: 'Subsidiabele kosten', waarde: '€\u00a0350.750' },
  { label: 'Maximale subsidie', waarde: '€\u00a0210.450' },
  { label: 'Gevraagde subsidie', waarde: '€\u00a0260.000' },
  { label: 'Vereiste eigen bijdrage', waarde: '€\u00a0140.300' },
  { label: 'Begrote eigen bijdrage', waarde: '€\u00a0138.000' },
  { label: 'Overschrijding', waarde: '€\u00a049.550' },
];
