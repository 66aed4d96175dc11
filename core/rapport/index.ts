/** The voortgangsrapportage: its figures (voortgang.ts), its layout as a workbook (model.ts), the use case (maak.ts). */
export {
  berekenVoortgang,
  SIGNAAL_TEKST,
  type MaatregelVoortgang,
  type Signaal,
  type Voortgangsrapportage,
} from './voortgang';
export {
  auditRegel,
  rapportModel,
  voortgangKolom,
  VOORTGANG_KOLOMMEN,
  VOORTGANG_KOPPEN,
  type VoortgangKolom,
  type Herkomst,
} from './model';
export {
  leesPeildatum,
  maakVoortgangsrapportage,
  RAPPORT_ARTIKEL,
  type GemaakteRapportage,
  type GeweigerdeRapportage,
  type Rapportage,
} from './maak';
