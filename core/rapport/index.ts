/** The voortgangsrapportage: its figures (voortgang.ts), its layout as a workbook (model.ts), the use case (maak.ts). */
export { berekenVoortgang, type Voortgangsrapportage } from './voortgang';
export { rapportModel, VOORTGANG_KOLOMMEN, type Herkomst } from './model';
export { leesPeildatum, maakVoortgangsrapportage } from './maak';
export { berekenEindverantwoording, type Eindverantwoording, type MaatregelEind } from './eind';
export { EIND_BLADEN, EIND_KOLOMMEN, eindModel } from './eind-model';
export { maakEindverantwoording } from './eind-maak';
export { voortgangsgrafiek, type ModelGrafiek } from './grafiek';
