/**
 * Stand-in for the `CustomFunctions` global that Excel's runtime defines: the Error class and error codes the adapter
 * uses, and an `associate` that records what a bundle registers. Imported first by every add-in test.
 */
export class StubExcelError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export const associated = new Map<string, (...args: unknown[]) => unknown>();

export function customFunctionsStub(record: Map<string, (...args: unknown[]) => unknown>) {
  return {
    Error: StubExcelError,
    ErrorCode: ERROR_CODES,
    associate(id: string, fn: (...args: unknown[]) => unknown): void {
      record.set(id, fn);
    },
  };
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = customFunctionsStub(associated);
