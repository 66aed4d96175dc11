/**
 * Browser entry of the Office host for the end-to-end test of the bare task pane: served in place of the CDN's
 * office.js, before functions.js and taskpane.js load. The test reaches the workbook through `globalThis.__cofin`.
 */
import { MemoryWorkbook } from '../../addin/office/memory-gateway';
import { fakeHost, install } from '../../addin/demo/office-host';

const host = fakeHost(new MemoryWorkbook(['Blad1']));
install(globalThis, host);
Object.assign(globalThis, { __cofin: host });
