/** The workbook seam: what core/index.ts publishes of it (the neutral workbook shape, the reader, the template). */
export {
  address,
  columnLetters,
  parseAddress,
  parseRange,
  zonderTotaalrij,
  type Blad,
  type Cel,
  type CelWaarde,
  type TabelBereik,
  type Werkboek,
} from './types';
export type { Afdruk, ModelBlad, ModelCel, ModelValidatie, ModelWaarde, Opmaak, WerkboekModel } from './model';
export { afdrukGebied, kopEnVoet } from './model';
export {
  EXCEL_GRENZEN,
  begrensModel,
  geldigeBladnaam,
  ingekort,
  ingekorteKopVoet,
  isGeldigeBladnaam,
  kolommenMerk,
  rijenMerk,
  type ExcelGrenzen,
} from './grenzen';
export { planVelden, tabelDefinities } from './standaard';
export { leesBegroting } from './lezen';
export { controleerWerkboek } from './controle';
export { formuleArgumenten, rekenFormuleNa, type FormuleUitkomst } from './formules';
export { templateModel, standaardbegroting } from './template';
export { VOORBEELDEN } from './voorbeelden';
export {
  KERNBEDRAGEN,
  KERNBEDRAG_LABELS,
  kerncijfers,
  type BedragTekst,
  type KernBedragen,
  type Kerncijfers,
} from './kerncijfers';
