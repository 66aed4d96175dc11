export * from './types';
export * from './model';
export * from './standaard';
export { leesBegroting, leesCel, vindTabel, FORMAAT_ARTIKEL, type GelezenBegroting } from './lezen';
export { controleerFormules, splitArgs, toonFormule } from './formules';
export { controleerWerkboek, inWerkboekvolgorde, type WerkboekControle } from './controle';
export { templateModel, instructies, VALIDATIE_RIJEN, KEUZELIJSTEN_BLAD } from './template';
export { VOORBEELDEN } from './voorbeelden';
