/** The voortgangsrapportage: its figures (voortgang.ts), its layout as a workbook (model.ts), the use case (maak.ts). */
export { berekenVoortgang, type Voortgangsrapportage } from './voortgang';
export { rapportModel, VOORTGANG_KOLOMMEN, type Herkomst } from './model';
export { leesPeildatum, maakVoortgangsrapportage } from './maak';
export { voortgangsgrafiek, type ModelGrafiek } from './grafiek';
