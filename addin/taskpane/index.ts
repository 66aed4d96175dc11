/**
 * Placeholder task pane (the React task pane is its own issue). The page matters already: in the shared runtime it
 * is the one page that also loads functions.js, so the custom functions keep running while the workbook is open.
 */
export function showReady(target: HTMLElement): void {
  target.textContent =
    'De COFIN-functies zijn geladen. Typ in een cel bijvoorbeeld =COFIN.MAX(1245313; "dwsra-2016"); help.html beschrijft alle functies.';
}

const target = document.getElementById('status');
if (target !== null) {
  if (typeof Office === 'undefined') showReady(target);
  else void Office.onReady(() => showReady(target));
}
