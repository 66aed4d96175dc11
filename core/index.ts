/**
 * cofin core: the pure domain library. Adapters (Excel functions, task pane, command line, scripts, bench) import only
 * this file, and it exports by name what they use; test/core/public.test.ts pins the list.
 */
export {
  D,
  allocate,
  bedrag,
  bedragText,
  formatEuro,
  formatProcent,
  fractieText,
  roundDown,
  toCellNumber,
} from './money';
export type { Bedrag, Dec } from './money';
export {
  addMonths,
  datumFromParts,
  daysBetween,
  formatDatum,
  fromExcelSerial,
  leeftijdOp,
  parseIsoDatum,
  parts,
  toExcelSerial,
  wholeMonthsBetween,
} from './dates';
export type { Datum } from './dates';
export { BESTAND_BRON, CONTRACT_BRON, EXCEL_BRON, aantalOnzeker, finding } from './findings';
export type { Bron, Finding, FindingCode, Outcome, Pad, Severity, Zekerheid } from './findings';
export type { Parameter } from './parameter';
export { REGELING_IDS } from './regelingen/ids';
export type { RegelingId } from './regelingen/ids';
export { WML_PARAMETER, WML_PERIODES, wmlPerMaand } from './wml';
export { SCHOLINGSVOUCHER_NAAM, scholingsvoucherParams } from './regelingen/scholingsvoucher';
export type { BegrotingInput } from './begroting';
export { REGELINGEN, findRegeling } from './regelingen';
export { valideerBegroting } from './validate';
export type { Oordeel } from './validate';
export { jongerenDoel, portefeuilleOverzicht, portefeuillepost } from './portefeuille';
export type {
  JongerenAandeel,
  PlafondRegel,
  Portefeuille,
  PortefeuilleInvoer,
  PortefeuilleOordeel,
  Portefeuillepost,
} from './portefeuille';
export {
  FUNCTIONS,
  argumenten,
  callCel,
  callFunction,
  callSpec,
  callSpecCel,
  celGetalFunctie,
  excelErrorKind,
  findFunction,
  prepareCall,
  signatuur,
  voorbeeldFormule,
} from './functions';
export type { CelGetal, FunctionSpec, FunctionValue } from './functions';
export {
  EXCEL_GRENZEN,
  KERNBEDRAGEN,
  KERNBEDRAG_LABELS,
  VOORBEELDEN,
  address,
  afdrukGebied,
  begrensModel,
  columnLetters,
  controleerWerkboek,
  formuleArgumenten,
  geldigeBladnaam,
  ingekort,
  ingekorteKopVoet,
  isGeldigeBladnaam,
  kerncijfers,
  kolommenMerk,
  kopEnVoet,
  leesBegroting,
  parseAddress,
  parseRange,
  planVelden,
  rekenFormuleNa,
  rijenMerk,
  tabelDefinities,
  standaardbegroting,
  templateModel,
  zonderTotaalrij,
} from './workbook';
export type {
  Afdruk,
  BedragTekst,
  ExcelGrenzen,
  Blad,
  Cel,
  CelWaarde,
  ModelBlad,
  ModelCel,
  ModelValidatie,
  ModelWaarde,
  FormuleUitkomst,
  KernBedragen,
  Kerncijfers,
  Opmaak,
  TabelBereik,
  Werkboek,
  WerkboekModel,
} from './workbook';
export {
  VOORTGANG_KOLOMMEN,
  berekenVoortgang,
  leesPeildatum,
  maakVoortgangsrapportage,
  rapportModel,
  voortgangsgrafiek,
} from './rapport';
export type { Herkomst, ModelGrafiek, Voortgangsrapportage } from './rapport';
// h/eind (issue 12): the einddeclaratie.
export { EIND_BLADEN, EIND_KOLOMMEN, berekenEindverantwoording, maakEindverantwoording } from './rapport';
export type { Eindverantwoording, MaatregelEind } from './rapport';
export {
  aantal,
  alsZin,
  alsZinsdeel,
  celVerwijzing,
  ernstAantal,
  ernstTelling,
  getoondeBron,
  onzekerTelling,
  padTekst,
  plaatsTekst,
  zekerheidLabel,
} from './tekst';
