/**
 * Boots the task pane once Office is ready. This page is also the shared runtime of the custom functions
 * (taskpane.html loads functions.js too), so it must never navigate away: the function reference is a view inside it.
 */
import { createRoot } from 'react-dom/client';
import * as React from 'react';
import { FluentProvider } from '@fluentui/react-components';
import { FUNCTIONS } from '../../core';
import { OfficeGateway } from '../office/excel-gateway';
import { laadWerk, maakActies, regelingOpties, vandaag } from './acties';
import { App } from './App';
import { fluentThema, type OfficeThema } from './thema';

/** Office's theme where the host has one (older hosts, the browser demo and tests may not). */
function officeThema(): OfficeThema | undefined {
  try {
    const t: unknown = (Office.context as { officeTheme?: unknown } | undefined)?.officeTheme;
    if (typeof t !== 'object' || t === null) return undefined;
    const kleur: unknown = (t as { bodyBackgroundColor?: unknown }).bodyBackgroundColor;
    return typeof kleur === 'string' ? { bodyBackgroundColor: kleur } : {};
  } catch {
    return undefined;
  }
}

/**
 * The pane in Office's theme as it was when the pane opened (Excel has no theme-change event for add-ins; the
 * pane takes a new theme when it is opened again).
 */
function Pane({ children }: { readonly children: React.ReactNode }): React.JSX.Element {
  const theme = React.useMemo(() => fluentThema(officeThema()), []);
  React.useEffect(() => {
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
  }, [theme]);
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}

function toon(container: HTMLElement, tekst: string): void {
  container.textContent = tekst;
}

/**
 * Runs the on-demand half once the first screen has painted (the frame after the render, then an idle moment), so the
 * first check finds it ready; the first render never waits for it. A failure here is retried on first use.
 */
function laadWerkNaEersteWeergave(): void {
  const laad = (): void => void laadWerk().catch(() => undefined);
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(laad, { timeout: 1000 });
      else laad();
    }, 0),
  );
}

function start(container: HTMLElement, host: Office.HostType | null): void {
  if (host !== Office.HostType.Excel) {
    toon(container, 'Deze invoegtoepassing werkt alleen in Excel. Open de werkmap in Excel en start cofin daar.');
    return;
  }
  const acties = maakActies(new OfficeGateway());
  createRoot(container).render(
    <Pane>
      <App acties={acties} regelingen={regelingOpties()} functies={FUNCTIONS} vandaag={vandaag()} />
    </Pane>,
  );
  laadWerkNaEersteWeergave();
}

const container = document.getElementById('container');
if (container !== null) {
  if (typeof Office === 'undefined')
    toon(container, 'Office is niet geladen: open deze pagina als invoegtoepassing in Excel.');
  else void Office.onReady((info) => start(container, info.host));
}
