/**
 * Boots the task pane once Office is ready. This page is also the shared runtime of the custom functions
 * (taskpane.html loads functions.js too), so it must never navigate away: the function reference is a view inside it.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FUNCTIONS, REGELINGEN, REGELING_IDS } from '../../core';
import { OfficeGateway } from '../office/excel-gateway';
import { maakActies } from './acties';
import { App } from './App';

/** Today in the user's time zone, YYYY-MM-DD. */
function vandaag(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function toon(container: HTMLElement, tekst: string): void {
  container.textContent = tekst;
}

function start(container: HTMLElement, host: Office.HostType | null): void {
  if (host !== Office.HostType.Excel) {
    toon(container, 'Deze invoegtoepassing werkt alleen in Excel. Open de werkmap in Excel en start cofin daar.');
    return;
  }
  const acties = maakActies(new OfficeGateway());
  const regelingen = REGELING_IDS.map((id) => ({ id, naam: REGELINGEN[id].naam }));
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App acties={acties} regelingen={regelingen} functies={FUNCTIONS} vandaag={vandaag()} />
    </FluentProvider>,
  );
}

const container = document.getElementById('container');
if (container !== null) {
  if (typeof Office === 'undefined')
    toon(container, 'Office is niet geladen: open deze pagina als invoegtoepassing in Excel.');
  else void Office.onReady((info) => start(container, info.host));
}
