/** Shared helpers of the add-in tests: Excel-shaped arguments from registry examples, and the built dist/ files. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDatum, toExcelSerial, type FunctionSpec } from '../../core';
import { StubExcelError } from './setup';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export function distFile(name: string): string {
  const file = join(DIST, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build:addin" (npm test does it first)`);
  return readFileSync(file, 'utf8');
}

/** What Excel would send for an example argument written as text: numbers, dates as serials, WAAR as true, text. */
export function excelArg(text: string): unknown {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const datum = parseIsoDatum(text);
  if (datum !== undefined) return toExcelSerial(datum);
  if (text === 'WAAR') return true;
  if (text === 'ONWAAR') return false;
  return text;
}

/** What the cell should show for an example result. */
export function excelResult(spec: FunctionSpec, text: string): number {
  if (spec.result === 'datum') {
    const datum = parseIsoDatum(text);
    if (datum === undefined) throw new Error(`bad date in example: ${text}`);
    return toExcelSerial(datum);
  }
  return Number(text);
}

export function isExcelError(v: unknown): v is StubExcelError {
  return v instanceof StubExcelError;
}
