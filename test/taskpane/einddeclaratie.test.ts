/**
 * The pane's "Maak einddeclaratie": the same use case as `cofin eindverantwoording` (core's maakEindverantwoording),
 * written through the gateway into new sheets that never take the name of an existing sheet or table. Run on the
 * fake Excel (MemoryGateway); the figures are those of the golden case
 * test/golden/eindverantwoording/sectorplannen-2013-drie-maatregelen.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maakEindverantwoording, templateModel, type BegrotingInput, type Datum } from '../../core';
import { MemoryGateway, MemoryWorkbook } from '../../addin/office/memory-gateway';
import { maakActies } from '../../addin/taskpane/acties';
import { GatewayError } from '../../addin/office/gateway';

const sp = (
  JSON.parse(
    readFileSync(
      join(__dirname, '..', 'golden', 'eindverantwoording', 'sectorplannen-2013-drie-maatregelen.json'),
      'utf8',
    ),
  ) as { begroting: BegrotingInput }
).begroting;
const herkomst = () => ({ cofinVersie: '9.9.9', geschreven: '2026-12-01' as Datum });

async function paneMet(b: BegrotingInput, bladen: readonly string[] = ['Blad1']): Promise<MemoryGateway> {
  const gateway = new MemoryGateway(new MemoryWorkbook(bladen));
  await gateway.applyModel(templateModel(b.plan.regeling, b), { onConflict: 'refuse' });
  return gateway;
}

test('writes the annex, the summary, the signals and the explanation into new sheets, and says deadline and vaststelling', async () => {
  const gateway = await paneMet(sp, ['Blad1', 'Einddeclaratie']);
  const fasen: string[] = [];
  const uitkomst = await maakActies(gateway, { herkomst }).maakEinddeclaratie((f) => fasen.push(f));
  expect(fasen).toEqual(['lezen', 'controleren', 'schrijven']);
  expect(uitkomst).toEqual({
    intent: 'warning',
    tekst:
      "Einddeclaratie ingevoegd op de bladen 'Einddeclaratie (2)', 'Bijlage per maatregel', 'Eindsignalen', 'Eindtoelichting'. " +
      'Uiterste datum einddeclaratie: 16-04-2017 (waarschijnlijk). ' +
      'Vaststelling (onzeker: of de drempel van 60% per maatregel of per plan geldt, is niet bekend): per maatregel € 34.000, naar rato per plan € 44.000 (verleend € 60.000). ' +
      "2 signalen; zie het blad 'Eindsignalen'.",
  });
  const wb = gateway.workbook;
  // The existing sheet is left as it was.
  expect(wb.sheet('Einddeclaratie')?.cells.size).toBe(0);
  expect(wb.cell('Bijlage per maatregel', 'K3')?.value).toBe('Gerealiseerde subsidiabele kosten');
  expect(['G5', 'K5', 'M5', 'N5'].map((a) => wb.cell('Bijlage per maatregel', a)?.value)).toEqual([
    25, 30000, 0, 10000,
  ]);
  expect(wb.cell('Bijlage per maatregel', 'H5')?.formula).toBe('=IF(F5=0,"",G5/F5)');
  expect(wb.cell('Bijlage per maatregel', 'M7')?.formula).toBe('=SUM(M4:M6)');
  expect(wb.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Eindbijlage', 'Eindsignalen']));
  const audit = [...(wb.sheet('Eindtoelichting')?.cells.values() ?? [])].map((c) => String(c.value));
  expect(audit).toContain(
    'Gemaakt met cofin 9.9.9 op 01-12-2026; regeling sectorplannen-2013 versie 01-04-2015; realisatie tot en met 31-12-2015.',
  );
});

test('the pane writes the model the CLI writes', async () => {
  const gateway = await paneMet(sp);
  const werkboek = await gateway.readWorkbook();
  const r = maakEindverantwoording(werkboek, herkomst());
  if (!r.ok) throw new Error(r.weigering.message);
  const spy = jest.spyOn(gateway, 'applyModel');
  await maakActies(gateway, { herkomst }).maakEinddeclaratie();
  expect(spy).toHaveBeenCalledWith(r.model, { onConflict: 'rename' });
});

test('a second einddeclaratie gets free sheet and table names', async () => {
  const gateway = await paneMet(sp);
  const acties = maakActies(gateway, { herkomst });
  await acties.maakEinddeclaratie();
  const tweede = await acties.maakEinddeclaratie();
  expect(tweede.tekst).toMatch(
    /^Einddeclaratie ingevoegd op de bladen 'Einddeclaratie \(2\)', 'Bijlage per maatregel \(2\)', 'Eindsignalen \(2\)', 'Eindtoelichting \(2\)'\./,
  );
  expect(gateway.workbook.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Eindbijlage', 'Eindbijlage_2']));
});

test('without a realisation, or without a begroting, a Dutch refusal and nothing written', async () => {
  const gateway = await paneMet({ ...sp, realisatie: [] });
  const bladen = gateway.workbook.sheets.length;
  await expect(maakActies(gateway).maakEinddeclaratie()).rejects.toThrow(
    new GatewayError(
      'De begroting heeft geen (gevulde) tabel Realisatie; vul per maatregel de gerealiseerde deelnemers en kosten in.',
    ),
  );
  expect(gateway.workbook.sheets.length).toBe(bladen);
  await expect(maakActies(new MemoryGateway(new MemoryWorkbook())).maakEinddeclaratie()).rejects.toThrow(
    /^De begroting kan niet worden gelezen \(\d+ fouten\)\. Kies "Controleer begroting"/,
  );
});
