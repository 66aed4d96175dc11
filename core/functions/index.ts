/**
 * The one registry of cofin functions, a face of core: Excel custom functions, `cofin calc`, the documentation and the
 * workbook check (which recomputes saved COFIN formulas) all use it. Nothing below it in core imports it.
 */
export { FUNCTIONS } from './specs';
export {
  findFunction,
  callCel,
  callFunction,
  callSpec,
  callSpecCel,
  celGetalFunctie,
  prepareCall,
  type CelGetal,
} from './call';
export { excelErrorKind } from './errors';
export { argumenten, signatuur, voorbeeldFormule } from './signatuur';
export type { FunctionSpec, FunctionValue } from './types';
