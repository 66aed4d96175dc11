/**
 * cofin core: the pure domain library. Adapters (Excel functions, task pane, command line) import only this file.
 */
export * from './money';
export * from './dates';
export * from './findings';
export * from './begroting';
export * from './wml';
export * from './validate';
export * from './regelingen/types';
export { REGELINGEN, findRegeling } from './regelingen';
export { THEMAS } from './regelingen/sectorplannen-2013';
export { SOORTEN_2015 } from './regelingen/sectorplannen-2015/rules';
export { ACTIVITEITEN } from './regelingen/dwsra-2016/rules';
export { coerce, isEmpty, parseNumericText, MAX_BEDRAG, type ParamKind, type KindTypes } from './functions/coerce';
export {
  FUNCTIONS,
  callFunction,
  callSpec,
  findFunction,
  excelErrorKind,
  voortgang,
  type FunctionSpec,
  type FunctionValue,
  type ParamSpec,
  type ResultKind,
  type Example,
} from './functions/registry';
export * from './workbook';
export * from './rapport';
export { aantal, alsZin, alsZinsdeel, celVerwijzing, ernstAantal, ernstTelling, plaatsTekst } from './tekst';
