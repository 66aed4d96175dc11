/**
 * The pane's "Maak einddeclaratie" button in jsdom, with the real actions over the in-memory gateway: it writes the
 * einddeclaratie and shows the deadline and the vaststelling, or says in Dutch what is missing.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FUNCTIONS, VOORBEELDEN, templateModel } from '../../core';
import { MemoryGateway, MemoryWorkbook } from '../../addin/office/memory-gateway';
import { maakActies, regelingOpties, type Acties } from '../../addin/taskpane/acties';
import { App } from '../../addin/taskpane/App';

function toon(acties: Acties) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App acties={acties} regelingen={regelingOpties()} functies={FUNCTIONS} vandaag="2019-01-31" />
    </FluentProvider>,
  );
}

test('Maak einddeclaratie writes the sheets and shows the deadline and the vaststelling', async () => {
  const gateway = new MemoryGateway(new MemoryWorkbook());
  await gateway.applyModel(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016']), { onConflict: 'refuse' });
  toon(maakActies(gateway));
  fireEvent.click(screen.getByRole('button', { name: 'Maak einddeclaratie' }));
  expect(
    await screen.findByText(
      /^Einddeclaratie ingevoegd op de bladen 'Einddeclaratie', 'Bijlage per maatregel'/,
      {},
      { timeout: 20_000 },
    ),
  ).toBeTruthy();
  expect(screen.getByText(/Uiterste datum einddeclaratie: 01-04-2019 \(onzeker\)\./)).toBeTruthy();
  expect(gateway.workbook.sheet('Bijlage per maatregel')).toBeDefined();
}, 30_000);

test('Maak einddeclaratie without a begroting says what is missing', async () => {
  toon(maakActies(new MemoryGateway(new MemoryWorkbook())));
  fireEvent.click(screen.getByRole('button', { name: 'Maak einddeclaratie' }));
  expect(
    await within(screen.getByRole('alert')).findByText(
      /^De begroting kan niet worden gelezen \(\d+ fouten\)\. Kies "Controleer begroting"/,
      {},
      { timeout: 20_000 },
    ),
  ).toBeTruthy();
}, 30_000);
