export * from './types';
export * from './model';
export * from './standaard';
export { leesBegroting, leesCel, vindTabel, FORMAAT_ARTIKEL, type GelezenBegroting } from './lezen';
export { controleerFormules, rekenFormuleNa, splitArgs, toonFormule, type FormuleUitkomst } from './formules';
export { controleerWerkboek, inWerkboekvolgorde, type WerkboekControle } from './controle';
export {
  templateModel,
  standaardbegroting,
  instructies,
  VALIDATIE_RIJEN,
  KEUZELIJSTEN_BLAD,
  type Standaardbegroting,
} from './template';
export { VOORBEELDEN } from './voorbeelden';
