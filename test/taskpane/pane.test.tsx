/**
 * The pane as users read it (issue 11): colours that follow the verdict, the regeling's source of truth, the way
 * forward for an empty workbook, Dutch numbers, the proposed peildatum, the function search, Office's theme,
 * "Waarom deze fout?", "Waarden vastzetten" and the reports' audit line. Real actions over the in-memory gateway.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS, REGELINGEN, templateModel, type BegrotingInput, type Datum } from '../../core';
import { MemoryGateway, MemoryWorkbook } from '../../addin/office/memory-gateway';
import { REGELING_KORT, maakActies, regelingOpties, type Acties } from '../../addin/taskpane/acties';
import { App } from '../../addin/taskpane/App';
import { FunctieOverzicht } from '../../addin/taskpane/components';
import { fluentThema, isDonker } from '../../addin/taskpane/thema';
import { werkboekMetFouten } from './helpers';

function toon(acties: Acties, vandaag = '2026-12-01') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App acties={acties} regelingen={regelingOpties()} functies={FUNCTIONS} vandaag={vandaag} />
    </FluentProvider>,
  );
}

const intent = () => screen.getByRole('status').querySelector('[data-intent]')?.getAttribute('data-intent');
const klik = (naam: string) => fireEvent.click(screen.getAllByRole('button', { name: naam })[0] as HTMLElement);

describe('the message colour follows what it says', () => {
  test('voldoet niet is an error bar, not a green tick', async () => {
    toon(maakActies(new MemoryGateway(await werkboekMetFouten())));
    klik('Controleer begroting');
    await within(screen.getByRole('status')).findByText(/^Controle klaar: voldoet niet; 3 fouten/);
    expect(intent()).toBe('error');
  });

  test('the example voldoet: green only without warnings', async () => {
    const gateway = new MemoryGateway(new MemoryWorkbook());
    const acties = maakActies(gateway);
    await acties.voegBegrotingIn('dwsra-2016', true);
    toon(acties);
    klik('Controleer begroting');
    const tekst = await within(screen.getByRole('status')).findByText(/^Controle klaar: voldoet;/);
    expect(intent()).toBe(/[1-9]\d* waarschuwing/.test(tekst.textContent) ? 'warning' : 'success');
  });

  test('a peildatum before the start of the plan is a warning', async () => {
    const gateway = new MemoryGateway(new MemoryWorkbook());
    const acties = maakActies(gateway);
    await acties.voegBegrotingIn('sectorplannen-2013', true);
    toon(acties);
    // The example plan starts on 01-02-2014.
    fireEvent.change(screen.getByLabelText('Peildatum'), { target: { value: '31-12-2013' } });
    klik('Maak voortgangsrapportage');
    await within(screen.getByRole('status')).findByText(/de peildatum ligt vóór de start van het plan/);
    expect(intent()).toBe('warning');
  });
});

describe('the check view says how sure each finding is', () => {
  test('an unsure rule broken: voldoet, the count of unsure findings, the finding with its confidence and reading', async () => {
    const combi = (
      JSON.parse(
        readFileSync(join(__dirname, '../golden/begrotingen/dwsra-2016-combi-hoofdactiviteit-70-procent.json'), 'utf8'),
      ) as { begroting: BegrotingInput }
    ).begroting;
    const gateway = new MemoryGateway(new MemoryWorkbook(['Blad1']));
    await gateway.applyModel(templateModel('dwsra-2016', combi), { onConflict: 'refuse' });
    toon(maakActies(gateway));
    klik('Controleer begroting');
    await within(screen.getByRole('status')).findByText(
      'Controle klaar: voldoet; 0 fouten, 1 waarschuwing; 1 bevinding op een onzekere lezing.',
    );
    const lezing = REGELINGEN['dwsra-2016'].parameters['combiMinimumAandeel']?.lezing ?? '(geen lezing)';
    expect(screen.getByText(/regel onzeker$/)).toBeTruthy();
    expect(screen.getByText(`Lezing: ${lezing}`)).toBeTruthy();
  });
});

describe('the regeling: short labels, and the Plan sheet as the source of truth', () => {
  test('the options have short distinct labels, the official name as their title', () => {
    toon(maakActies(new MemoryGateway(new MemoryWorkbook())));
    const opties = within(screen.getByLabelText('Regeling')).getAllByRole<HTMLOptionElement>('option');
    expect(opties.map((o) => [o.textContent, o.title])).toEqual([
      ['Sectorplannen 2013-2014 (tranche 1-2)', REGELINGEN['sectorplannen-2013'].naam],
      ['Sectorplannen 2015 (tranche 3)', REGELINGEN['sectorplannen-2015'].naam],
      ['DWSRA 2016', REGELINGEN['dwsra-2016'].naam],
    ]);
  });

  test('when the dropdown and the Plan sheet disagree the pane says so, and which one the check uses', async () => {
    const wb = await werkboekMetFouten();
    wb.settings.set('cofin.regeling', 'sectorplannen-2015');
    toon(maakActies(new MemoryGateway(wb)));
    expect((await screen.findByLabelText('Volgens het blad Plan')).textContent).toBe(
      'Regeling op het blad Plan: DWSRA 2016',
    );
    expect(
      screen.getByText(/Het blad Plan noemt DWSRA 2016, de keuze hier is Sectorplannen 2015 \(tranche 3\)/),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Regeling'), { target: { value: 'dwsra-2016' } });
    await waitFor(() => expect(screen.queryByText(/Het blad Plan noemt/)).toBeNull());
    klik('Controleer begroting');
    expect(await screen.findByText('Getoetst aan: DWSRA 2016 (blad Plan)')).toBeTruthy();
  });
});

test('an empty workbook gets the way forward, not a verdict and four missing tables', async () => {
  const gateway = new MemoryGateway(new MemoryWorkbook());
  toon(maakActies(gateway));
  klik('Controleer begroting');
  const uitkomst = await screen.findByRole('region', { name: 'Uitkomst van de controle' });
  expect(within(screen.getByRole('status')).getByText(/^Deze werkmap bevat nog geen begroting\./)).toBeTruthy();
  expect(intent()).toBe('info');
  expect(within(uitkomst).queryByText('Oordeel')).toBeNull();
  expect(within(uitkomst).queryAllByRole('heading')).toEqual([]);
  fireEvent.click(within(uitkomst).getByRole('button', { name: 'Voorbeeld invoegen' }));
  await within(screen.getByRole('status')).findByText(/^Voorbeeldbegroting .* ingevoegd/);
  expect(gateway.workbook.sheet('Plan')).toBeDefined();
});

describe('numbers as Dutch readers write them', () => {
  test('the summary keeps the euro sign with its amount and the regeling out of the label grid', async () => {
    toon(maakActies(new MemoryGateway(await werkboekMetFouten())));
    klik('Controleer begroting');
    const samenvatting = await screen.findByLabelText('Samenvatting van de controle');
    const termen = within(samenvatting)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(termen).toEqual([
      'Totale kosten',
      'Subsidiabele kosten',
      'Maximale subsidie',
      'Gevraagde subsidie',
      'Vereiste eigen bijdrage',
      'Begrote eigen bijdrage',
      'Overschrijding',
      'Oordeel',
    ]);
    for (const d of within(samenvatting).getAllByRole('definition').slice(0, 7))
      expect(d.textContent).toMatch(/^€\u00a0\d/);
    // Findings that name an amount keep it together too.
    expect(screen.getByRole('button', { name: /gevraagd €\u00a0260\.000/ })).toBeTruthy();
  });

  test('the function reference writes a decimal comma in results', () => {
    render(<FunctieOverzicht functies={FUNCTIONS} onTerug={() => undefined} />);
    const voorbeelden = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(voorbeelden.filter((t) => /geeft 0[.,]6$/.test(t))).toEqual([expect.stringMatching(/geeft 0,6$/)]);
    expect(voorbeelden.some((t) => /geeft \d+\.\d/.test(t))).toBe(false);
  });
});

describe('the peildatum', () => {
  test('defaults to the report due date of the plan in the workbook, as dd-mm-jjjj', async () => {
    const gateway = new MemoryGateway(new MemoryWorkbook());
    toon(maakActies(gateway));
    expect(screen.getByLabelText<HTMLInputElement>('Peildatum').value).toBe('01-12-2026');
    klik('Voorbeeld invoegen');
    // sectorplannen-2013 (the first option): the example starts 01-02-2014, report due 12 months later.
    const due = REGELINGEN['sectorplannen-2013'].regels.rapportagedatum('2014-02-01' as Datum);
    expect(due).toEqual({ ok: true, value: '2015-02-01' });
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Peildatum').value).toBe('01-02-2015'));
    expect(screen.getByText(/uiterste rapportagedatum van het plan, 01-02-2015/)).toBeTruthy();
  });

  test.each(['31-01-2015', '2015-01-31'])('accepts %s in the field', async (tekst) => {
    const gateway = new MemoryGateway(new MemoryWorkbook());
    const acties = maakActies(gateway);
    await acties.voegBegrotingIn('sectorplannen-2013', true);
    toon(acties);
    const veld = screen.getByLabelText<HTMLInputElement>('Peildatum');
    expect(veld.type).toBe('text');
    fireEvent.change(veld, { target: { value: tekst } });
    klik('Maak voortgangsrapportage');
    await within(screen.getByRole('status')).findByText(/^Voortgangsrapportage op 31-01-2015 ingevoegd/);
  });
});

test('the function reference filters by name, Dutch name and description', () => {
  render(<FunctieOverzicht functies={FUNCTIONS} onTerug={() => undefined} />);
  const zoek = screen.getByLabelText('Zoek een functie');
  const namen = () => screen.queryAllByRole('article').map((a) => a.querySelector('h3')?.textContent);
  fireEvent.change(zoek, { target: { value: 'maxsubsidie' } });
  expect(namen()).toEqual(['COFIN.MAX']);
  fireEvent.change(zoek, { target: { value: '=COFIN.rapportagedatum' } });
  expect(namen()).toEqual(['COFIN.RAPPORTAGEDATUM']);
  const overLoon = FUNCTIONS.filter((f) => f.description.toLowerCase().includes('loon')).map((f) => `COFIN.${f.name}`);
  fireEvent.change(zoek, { target: { value: 'LOON' } });
  expect(namen()).toEqual(
    FUNCTIONS.filter((f) => overLoon.includes(`COFIN.${f.name}`) || /loon/i.test(f.name + f.nlName)).map(
      (f) => `COFIN.${f.name}`,
    ),
  );
  fireEvent.change(zoek, { target: { value: 'bestaat-niet' } });
  expect(namen()).toEqual([]);
  expect(screen.getByText('Geen functie gevonden.')).toBeTruthy();
  fireEvent.change(zoek, { target: { value: '' } });
  expect(namen()).toHaveLength(FUNCTIONS.length);
});

test("the pane follows Office's theme, and light where the host says nothing", () => {
  expect(fluentThema({ bodyBackgroundColor: '#262626' })).toBe(webDarkTheme);
  expect(fluentThema({ bodyBackgroundColor: '#000000' })).toBe(webDarkTheme);
  expect(fluentThema({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
  expect(fluentThema({ bodyBackgroundColor: '#f3f3f3' })).toBe(webLightTheme);
  expect(fluentThema({})).toBe(webLightTheme);
  expect(fluentThema(undefined)).toBe(webLightTheme);
  expect(isDonker({ bodyBackgroundColor: 'geen kleur' })).toBe(false);
});

describe('Waarom deze fout?', () => {
  function metFormule(formula: string, value: string | number | null): MemoryGateway {
    const wb = new MemoryWorkbook(['Blad1']);
    wb.type('Blad1', 'B3', -5);
    wb.type('Blad1', 'C3', formula);
    const cel = wb.cell('Blad1', 'C3');
    if (cel) cel.value = value;
    wb.selection = { sheet: 'Blad1', address: 'C3' };
    return new MemoryGateway(wb);
  }

  test('a refused argument: the reason, the argument and the article in full', async () => {
    toon(maakActies(metFormule('=COFIN.MAX(B3,"dwsra-2016")', '#WAARDE!')));
    klik('Waarom deze fout?');
    const kaart = await screen.findByRole('region', { name: 'Waarom deze fout?' });
    const regels = [...kaart.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(regels).toEqual([
      ['Formule', '=COFIN.MAX(B3,"dwsra-2016") in Blad1!C3'],
      ['Reden', 'Kosten mag niet negatief zijn (-5).'],
      ['Argument', 'kosten: Subsidiabele directe kosten in euro'],
      ['Bron', REGELINGEN['dwsra-2016'].vindplaats],
    ]);
  });

  test('a cell without a COFIN formula, and a formula that is fine', async () => {
    const gateway = metFormule('=SUM(B3)', -5);
    toon(maakActies(gateway));
    klik('Waarom deze fout?');
    expect(await screen.findByText('De cel Blad1!C3 bevat geen COFIN-formule.')).toBeTruthy();
    gateway.workbook.type('Blad1', 'B3', 1245313);
    gateway.workbook.type('Blad1', 'C3', '=COFIN.MAX(B3,"dwsra-2016")');
    klik('Waarom deze fout?');
    const kaart = screen.getByRole('region', { name: 'Waarom deze fout?' });
    await waitFor(() =>
      expect(kaart.textContent).toBe('=COFIN.MAX(B3,"dwsra-2016") in Blad1!C3 geeft €\u00a0859.265 en geen fout.'),
    );
  });
});

describe('Waarden vastzetten', () => {
  function blad(): MemoryGateway {
    const wb = new MemoryWorkbook(['Blad1']);
    wb.type('Blad1', 'A1', 1245313);
    wb.type('Blad1', 'B1', '=COFIN.MAX(A1,"dwsra-2016")');
    wb.type('Blad1', 'B2', '=SUM(A1)');
    wb.type('Blad1', 'B3', '=COFIN.INDIRECT(A1,"dwsra-2016")');
    wb.type('Blad1', 'B4', '=COFIN.MAX(-1,"dwsra-2016")');
    // A range argument spills: its anchor's one value would not replace the spilled cells.
    wb.type('Blad1', 'B5', '=COFIN.MAX(A1:A2,"dwsra-2016")');
    const zet = (a: string, v: string | number) => {
      const c = wb.cell('Blad1', a);
      if (c) c.value = v;
    };
    zet('B1', 859265);
    zet('B2', 1245313);
    zet('B3', 186796.95);
    zet('B4', '#WAARDE!');
    zet('B5', 859265);
    return new MemoryGateway(wb);
  }

  test('asks first, counts the cells, replaces only COFIN formulas by their values, and can put them back', async () => {
    const gateway = blad();
    toon(maakActies(gateway));
    klik('Heel blad vastzetten');
    const vraag = await screen.findByRole('group', { name: 'Waarden vastzetten bevestigen' });
    expect(vraag.textContent).toContain(
      "2 cellen met een COFIN-formule op het blad 'Blad1' (A1:B5) krijgen hun huidige waarde in plaats van de formule: B1, B3.",
    );
    expect(vraag.textContent).toContain(
      'Blijven formule (geen waarde, een foutwaarde of een bereik dat kan overlopen): B4, B5.',
    );
    expect(gateway.calls.write).toBe(0);
    fireEvent.click(within(vraag).getByRole('button', { name: 'Vervang door waarden' }));
    await within(screen.getByRole('status')).findByText(
      "2 COFIN-formules op het blad 'Blad1' vervangen door hun waarden.",
    );
    const cel = (a: string) => gateway.workbook.cell('Blad1', a);
    expect([cel('B1'), cel('B3')]).toEqual([{ value: 859265 }, { value: 186796.95 }]);
    expect(cel('B2')?.formula).toBe('=SUM(A1)');
    expect(cel('B4')?.formula).toBe('=COFIN.MAX(-1,"dwsra-2016")');
    fireEvent.click(screen.getByRole('button', { name: 'Formules terugzetten' }));
    await within(screen.getByRole('status')).findByText("2 formules teruggezet op het blad 'Blad1'.");
    expect([cel('B1')?.formula, cel('B3')?.formula]).toEqual([
      '=COFIN.MAX(A1,"dwsra-2016")',
      '=COFIN.INDIRECT(A1,"dwsra-2016")',
    ]);
  });

  test('the selection only; cancel changes nothing; nothing to do is said so', async () => {
    const gateway = blad();
    gateway.workbook.selection = { sheet: 'Blad1', address: 'B1:B2' };
    toon(maakActies(gateway));
    klik('Selectie vastzetten');
    const vraag = await screen.findByRole('group', { name: 'Waarden vastzetten bevestigen' });
    expect(vraag.textContent).toContain("1 cel met een COFIN-formule op het blad 'Blad1' (B1:B2)");
    fireEvent.click(within(vraag).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('group', { name: 'Waarden vastzetten bevestigen' })).toBeNull();
    expect(gateway.workbook.cell('Blad1', 'B1')?.formula).toBe('=COFIN.MAX(A1,"dwsra-2016")');
    gateway.workbook.selection = { sheet: 'Blad1', address: 'B2' };
    klik('Selectie vastzetten');
    await within(screen.getByRole('status')).findByText(
      "Geen COFIN-formule met een waarde om vast te zetten op het blad 'Blad1' (B2).",
    );
    expect(gateway.calls.write).toBe(0);
  });
});

test("the pane's report carries the audit line: cofin version, regeling version, peildatum, day written", async () => {
  const gateway = new MemoryGateway(new MemoryWorkbook());
  const acties = maakActies(gateway, { herkomst: () => ({ cofinVersie: '9.8.7', geschreven: '2026-12-01' as Datum }) });
  await acties.voegBegrotingIn('sectorplannen-2013', true);
  await acties.maakRapportage('31-01-2015');
  const toelichting = gateway.workbook.sheets.find((s) => s.name === 'Toelichting rapportage');
  const teksten = [...(toelichting?.cells.values() ?? [])].map((c) => c.value);
  expect(teksten).toContain(
    `Gemaakt met cofin 9.8.7 op 01-12-2026; regeling sectorplannen-2013 versie 01-04-2015; peildatum 31-01-2015.`,
  );
  expect(REGELINGEN['sectorplannen-2013'].versie).toBe('2015-04-01');
  expect(REGELING_KORT['sectorplannen-2013']).toBe('Sectorplannen 2013-2014 (tranche 1-2)');
});
