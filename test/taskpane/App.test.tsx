/**
 * The task pane's components in jsdom, with the real actions over the in-memory gateway (no Office anywhere).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FUNCTIONS, voorbeeldFormule, type Finding } from '../../core';
import { GatewayError } from '../../addin/office/gateway';
import { MemoryGateway, MemoryWorkbook } from '../../addin/office/memory-gateway';
import { maakActies, regelingOpties, type Acties } from '../../addin/taskpane/acties';
import { App } from '../../addin/taskpane/App';
import { Bevindingen, FunctieOverzicht } from '../../addin/taskpane/components';
import { VERWACHTE_KENGETALLEN, werkboekMetFouten } from './helpers';

const regelingen = regelingOpties();

function toon(acties: Acties) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App acties={acties} regelingen={regelingen} functies={FUNCTIONS} vandaag="2018-01-31" />
    </FluentProvider>,
  );
}

test('the regeling comes from the workbook settings and a new choice is stored there', async () => {
  const gateway = new MemoryGateway(new MemoryWorkbook());
  gateway.workbook.settings.set('cofin.regeling', 'sectorplannen-2015');
  toon(maakActies(gateway));
  const keuze = screen.getByLabelText<HTMLSelectElement>('Regeling');
  expect(keuze.value).toBe('sectorplannen-2015');
  fireEvent.change(keuze, { target: { value: 'dwsra-2016' } });
  await waitFor(() => expect(gateway.workbook.settings.get('cofin.regeling')).toBe('dwsra-2016'));
});

test('Voorbeeld invoegen adds the sheets and confirms in the status region', async () => {
  const gateway = new MemoryGateway(new MemoryWorkbook());
  toon(maakActies(gateway));
  fireEvent.click(screen.getByRole('button', { name: 'Voorbeeld invoegen' }));
  await within(screen.getByRole('status')).findByText(
    /^Voorbeeldbegroting Regeling cofinanciering sectorplannen \(tranche 1 en 2\) ingevoegd op de bladen 'Toelichting', 'Plan'/,
  );
  expect(gateway.workbook.sheets.map((s) => s.name)).toEqual([
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
});

test('Controleer begroting: progress, then the summary and the findings; a finding selects its cell', async () => {
  const gateway = new MemoryGateway(await werkboekMetFouten());
  toon(maakActies(gateway));
  fireEvent.click(screen.getByRole('button', { name: 'Controleer begroting' }));
  expect(within(screen.getByRole('status')).getByText('De werkmap wordt gelezen…')).toBeTruthy();
  const uitkomst = await screen.findByRole('region', { name: 'Uitkomst van de controle' });
  const samenvatting = within(uitkomst).getByLabelText('Samenvatting van de controle');
  for (const k of VERWACHTE_KENGETALLEN)
    expect(within(samenvatting).getByText(k.label).nextSibling?.textContent).toBe(k.waarde);
  expect(within(samenvatting).getByText('Oordeel').nextSibling?.textContent).toBe('Voldoet niet');
  expect(
    within(uitkomst)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual(['Fouten (3)', 'Waarschuwingen (1)', 'Ter informatie (1)']);
  expect(screen.getByRole('status').textContent).toBe('Controle klaar: voldoet niet; 3 fouten, 1 waarschuwing.');
  const knop = within(uitkomst).getByRole('button', { name: /maatregel 'A9' staat niet in de lijst/ });
  expect(knop.textContent).toContain('Cel Kosten!A7 · Standaardformaat begroting cofin');
  fireEvent.click(knop);
  await waitFor(() => expect(gateway.workbook.selection).toEqual({ sheet: 'Kosten', address: 'A7' }));
});

test('a failure shows a Dutch message in an alert, never a stack trace', async () => {
  const gateway = new MemoryGateway(new MemoryWorkbook());
  const acties: Acties = {
    ...maakActies(gateway),
    controleer: () => Promise.reject(new TypeError('x is undefined\n    at f (taskpane.js:1:1)')),
  };
  toon(acties);
  fireEvent.click(screen.getByRole('button', { name: 'Controleer begroting' }));
  const alert = await screen.findByText(/Er ging iets onverwachts mis/);
  expect(screen.getByRole('alert').textContent).toBe(alert.textContent);
  expect(screen.getByRole('alert').textContent).not.toMatch(/taskpane\.js|TypeError/);
});

test('Maak voortgangsrapportage without a begroting says what is missing', async () => {
  toon(maakActies(new MemoryGateway(new MemoryWorkbook())));
  fireEvent.click(screen.getByRole('button', { name: 'Maak voortgangsrapportage' }));
  expect(
    await within(screen.getByRole('alert')).findByText(
      /^De begroting kan niet worden gelezen \(\d+ fouten\)\. Kies "Controleer begroting"/,
    ),
  ).toBeTruthy();
});

test('Maak voortgangsrapportage refuses a date that is no date', async () => {
  toon(maakActies(new MemoryGateway(await werkboekMetFouten())));
  fireEvent.change(screen.getByLabelText('Peildatum'), { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: 'Maak voortgangsrapportage' }));
  expect(
    await within(screen.getByRole('alert')).findByText('Vul een peildatum in (JJJJ-MM-DD of DD-MM-JJJJ).'),
  ).toBeTruthy();
});

test('buttons stay focusable while an action runs, and do nothing then', async () => {
  let klaar: (v: string) => void = () => undefined;
  const gateway = new MemoryGateway(new MemoryWorkbook());
  const voegIn = jest.fn(() => new Promise<string>((resolve) => (klaar = resolve)));
  toon({ ...maakActies(gateway), voegBegrotingIn: voegIn });
  const knop = screen.getByRole('button', { name: 'Lege begroting invoegen' });
  fireEvent.click(knop);
  expect(knop.getAttribute('aria-disabled')).toBe('true');
  fireEvent.click(knop);
  expect(voegIn).toHaveBeenCalledTimes(1);
  await act(async () => klaar('klaar'));
  expect(knop.getAttribute('aria-disabled')).toBeNull();
});

describe('Bevindingen', () => {
  const f = (severity: Finding['severity'], cell?: string): Finding => ({
    code: 'invoer-ongeldig',
    severity,
    article: 'art. 1',
    location: cell ? { path: 'p', sheet: 'Plan', cell } : { path: 'p' },
    params: {},
    message: `bericht ${severity}`,
    zekerheid: 'zeker',
  });

  test('groups by severity; only findings with a cell are buttons; Enter and click call onKies', () => {
    const onKies = jest.fn();
    render(<Bevindingen findings={[f('info'), f('fout', 'B5'), f('waarschuwing', 'B6')]} onKies={onKies} />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([
      'Fouten (1)',
      'Waarschuwingen (1)',
      'Ter informatie (1)',
    ]);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'bericht foutCel Plan!B5 · art. 1',
      'bericht waarschuwingCel Plan!B6 · art. 1',
    ]);
    expect(screen.getByText('Geen cel · art. 1')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button')[1] as HTMLElement);
    expect(onKies).toHaveBeenCalledWith(expect.objectContaining({ severity: 'waarschuwing' }));
    expect((screen.getAllByRole('button')[0] as HTMLButtonElement).type).toBe('button');
  });

  test('a rule that is not zeker shows its confidence beside the source, and its reading', () => {
    const onzeker: Finding = { ...f('waarschuwing', 'B7'), zekerheid: 'onzeker', lezing: 'Gelezen als X.' };
    const waarschijnlijk: Finding = { ...f('fout', 'B8'), zekerheid: 'waarschijnlijk' };
    render(<Bevindingen findings={[waarschijnlijk, onzeker, f('info', 'B9')]} onKies={() => undefined} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'bericht foutCel Plan!B8 · art. 1 · regel waarschijnlijk',
      'bericht waarschuwingCel Plan!B7 · art. 1 · regel onzeker' + 'Lezing: Gelezen als X.',
      'bericht infoCel Plan!B9 · art. 1',
    ]);
  });

  test('no findings', () => {
    render(<Bevindingen findings={[]} onKies={() => undefined} />);
    expect(screen.getByText('Geen bevindingen.')).toBeTruthy();
  });
});

test('the function reference lists every registry function with Dutch name and examples', () => {
  const onTerug = jest.fn();
  render(<FunctieOverzicht functies={FUNCTIONS} onTerug={onTerug} />);
  expect(screen.getAllByRole('article')).toHaveLength(FUNCTIONS.length);
  expect(document.activeElement?.textContent).toBe('COFIN-functies');
  const max = FUNCTIONS.find((x) => x.name === 'MAX');
  if (!max) throw new Error('MAX expected');
  expect(voorbeeldFormule(max, ['1245313', 'dwsra-2016'])).toBe('=COFIN.MAX(1245313; "dwsra-2016")');
  expect(screen.getAllByText(`Nederlandstalige Excel: COFIN.${max.nlName}`)).toHaveLength(1);
  fireEvent.click(screen.getByRole('button', { name: 'Terug naar de begroting' }));
  expect(onTerug).toHaveBeenCalledTimes(1);
});

test('GatewayError messages are shown as they are', async () => {
  const acties: Acties = {
    ...maakActies(new MemoryGateway(new MemoryWorkbook())),
    controleer: () => Promise.reject(new GatewayError('Het blad is weg.')),
  };
  toon(acties);
  fireEvent.click(screen.getByRole('button', { name: 'Controleer begroting' }));
  expect(await within(screen.getByRole('alert')).findByText('Het blad is weg.')).toBeTruthy();
});
