/**
 * Findings are values: a stable code, a severity, the article or source the rule rests on, a location, the
 * parameters of the message, and the Dutch message itself, built from the one catalogue below. Core never throws
 * for a domain problem; it returns findings.
 */

export type Severity = 'fout' | 'waarschuwing' | 'info';

/** Where a finding points: a field path in the model, and once a workbook was read, the sheet and cell. */
export interface Location {
  readonly path: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export type FindingParams = Readonly<Record<string, string>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly article: string;
  readonly location: Location;
  readonly params: FindingParams;
  readonly message: string;
}

interface CatalogueEntry {
  readonly severity: Severity;
  readonly message: (p: FindingParams) => string;
}

const p = (params: FindingParams, key: string): string => params[key] ?? `{${key}}`;

/**
 * The message catalogue. Codes are stable: tools and reviewers filter on them, so a code is never renamed or reused.
 * `{veld}` is always the human name of the argument, field or cell the finding is about.
 */
export const CATALOGUE = {
  // --- arguments of the functions (Excel, command line) ---
  'argument-ontbreekt': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')} ontbreekt: dit argument is verplicht.`,
  },
  'argument-te-veel': {
    severity: 'fout',
    message: (x) => `Te veel argumenten: ${p(x, 'functie')} neemt er hoogstens ${p(x, 'max')}.`,
  },
  'argument-geen-bedrag': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: '${p(x, 'waarde')}' is geen bedrag; geef een getal zoals 125000 of 125000,50.`,
  },
  'argument-dubbelzinnig': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: '${p(x, 'waarde')}' is dubbelzinnig (duizendtallen of decimalen?); schrijf ${p(x, 'duizend')} of ${p(x, 'decimaal')}.`,
  },
  'argument-negatief': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')} mag niet negatief zijn (${p(x, 'waarde')}).`,
  },
  'argument-geen-geheel-getal': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')} moet een geheel getal zijn (${p(x, 'waarde')}).`,
  },
  'argument-te-groot': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')} is onwaarschijnlijk groot (${p(x, 'waarde')}); het maximum is ${p(x, 'max')}.`,
  },
  'argument-geen-datum': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: '${p(x, 'waarde')}' is geen geldige datum; geef een Excel-datum, JJJJ-MM-DD of DD-MM-JJJJ.`,
  },
  'argument-geen-waarheid': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: '${p(x, 'waarde')}' is geen WAAR of ONWAAR.`,
  },
  'argument-geen-tekst': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: verwacht tekst, kreeg ${p(x, 'waarde')}.`,
  },
  'regeling-onbekend': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: onbekende regeling '${p(x, 'waarde')}'; kies uit ${p(x, 'keuzes')}.`,
  },
  'functie-onbekend': {
    severity: 'fout',
    message: (x) => `Onbekende functie '${p(x, 'functie')}'; 'cofin calc --list' toont de functies.`,
  },
  'niet-van-toepassing': {
    severity: 'fout',
    message: (x) => `${p(x, 'onderwerp')} is niet van toepassing op ${p(x, 'regeling')}: ${p(x, 'reden')}`,
  },
  'deling-door-nul': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')} is 0; daardoor is ${p(x, 'grootheid')} niet te berekenen.`,
  },
  'periode-ongeldig': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: de einddatum ${p(x, 'eind')} ligt niet na de begindatum ${p(x, 'begin')}.`,
  },
  'wml-onbekend': {
    severity: 'fout',
    message: (x) =>
      `Geen wettelijk minimum(jeugd)loon bekend voor ${p(x, 'maand')} (tabel loopt van ${p(x, 'van')} tot en met ${p(x, 'tot')}).`,
  },
  'leeftijd-onder-15': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: de deelnemer is in ${p(x, 'maand')} ${p(x, 'leeftijd')} jaar; het minimumjeugdloon begint bij 15 jaar.`,
  },
  'tijdvak-nodig': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')} ontbreekt: verlenging tot ${p(x, 'verlengdTot')} geldt alleen voor tijdvak 2 en voor tijdvak 1 met een beschikking na ${p(x, 'grens')}; geef het tijdvak (1 of 2).`,
  },

  // --- subsidy amounts ---
  'subsidie-onder-minimum': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: de subsidie ${p(x, 'bedrag')} ligt onder het minimum van ${p(x, 'minimum')} per project.`,
  },
  'subsidie-boven-plafond': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: de gevraagde subsidie ${p(x, 'bedrag')} ligt boven het maximum van ${p(x, 'maximum')} per project.`,
  },
  'subsidie-boven-maximum': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: gevraagd ${p(x, 'gevraagd')}, maar de maximale cofinanciering is ${p(x, 'maximum')} (${p(x, 'grondslag')}); ${p(x, 'overschrijding')} te veel.`,
  },
  'eigen-financiering-te-laag': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: de eigen financiering ${p(x, 'eigen')} is minder dan ${p(x, 'procent')} van de kosten ${p(x, 'kosten')}; vereist is ten minste ${p(x, 'vereist')}.`,
  },
  'bijdrage-overheden-te-hoog': {
    severity: 'fout',
    message: (x) =>
      `Gemeenten en provincies dragen samen ${p(x, 'bijdrage')} bij; dat is meer dan de helft van de eigen financiering ${p(x, 'eigen')} (hoogstens ${p(x, 'maximum')}).`,
  },
  'begroting-sluit-niet': {
    severity: 'fout',
    message: (x) =>
      `De begroting sluit niet: kosten ${p(x, 'kosten')}, financiering ${p(x, 'financiering')} (verschil ${p(x, 'verschil')}).`,
  },
  'maatregel-sluit-niet': {
    severity: 'waarschuwing',
    message: (x) =>
      `${p(x, 'veld')}: de financiering ${p(x, 'financiering')} dekt de kosten ${p(x, 'kosten')} niet precies (verschil ${p(x, 'verschil')}).`,
  },
  'plan-subsidie-wijkt-af': {
    severity: 'waarschuwing',
    message: (x) =>
      `${p(x, 'veld')}: de gevraagde subsidie van het plan ${p(x, 'plan')} wijkt af van de som van de SZW-financiering per maatregel ${p(x, 'som')}.`,
  },

  // --- cost rules ---
  'loonkosten-opslag-te-hoog': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: loonkosten ${p(x, 'bedrag')} zijn hoger dan brutoloon ${p(x, 'brutoloon')} plus de vaste opslag van ${p(x, 'opslag')} (${p(x, 'maximum')}).`,
  },
  'advies-tarief-te-hoog': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: het uurtarief ${p(x, 'tarief')} is hoger dan het maximum van ${p(x, 'maximum')} per uur voor advieskosten.`,
  },
  'loonkosten-boven-vaste-opslag': {
    severity: 'waarschuwing',
    message: (x) =>
      `${p(x, 'veld')}: loonkosten ${p(x, 'bedrag')} zijn hoger dan brutoloon ${p(x, 'brutoloon')} plus de vaste opslag van ${p(x, 'opslag')}; subsidiabel is ${p(x, 'subsidiabel')}, ${p(x, 'eigenKosten')} zijn eigen kosten.`,
  },
  'advies-boven-maximumtarief': {
    severity: 'waarschuwing',
    message: (x) =>
      `${p(x, 'veld')}: van de advieskosten ${p(x, 'bedrag')} is ${p(x, 'subsidiabel')} subsidiabel (${p(x, 'grondslag')}, ten hoogste ${p(x, 'maximum')} per uur); ${p(x, 'eigenKosten')} zijn eigen kosten.`,
  },
  'advies-bedrag-te-hoog': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: advieskosten ${p(x, 'bedrag')} zijn hoger dan ${p(x, 'uren')} uur x ${p(x, 'maximumTarief')} = ${p(x, 'maximum')}.`,
  },
  'bbl-duur-te-lang': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: een BBL-traject wordt ten hoogste ${p(x, 'maximum')} maanden gesubsidieerd, begroot is ${p(x, 'maanden')}.`,
  },
  'bbl-subsidie-begrensd': {
    severity: 'info',
    message: (x) =>
      `${p(x, 'veld')}: de subsidie op deze BBL-loonkosten is begrensd op ${p(x, 'plafond')} (${p(x, 'percentage')} van het minimum(jeugd)loon plus de vaste opslag van ${p(x, 'opslag')}, over ${p(x, 'maanden')} maanden).`,
  },
  'bbl-deels-gefinancierd': {
    severity: 'info',
    message: (x) =>
      `${p(x, 'veld')}: het BBL-traject duurt ${p(x, 'maanden')} maanden; daarvan worden ${p(x, 'maximum')} maanden gefinancierd, de overige maanden zijn eigen kosten.`,
  },
  'bbl-maanden-na-termijn': {
    severity: 'info',
    message: (x) =>
      `${p(x, 'veld')}: van de ${p(x, 'maanden')} te financieren maanden vallen er ${p(x, 'gefinancierd')} binnen ${p(x, 'termijn')} maanden na de beschikking (tot en met ${p(x, 'uiterlijk')}); alleen die worden gefinancierd, de maanden erna zijn eigen kosten.`,
  },
  'bbl-start-te-laat': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: de BBL-instroom op ${p(x, 'start')} ligt na ${p(x, 'uiterlijk')}, ${p(x, 'maanden')} maanden na de beschikking.`,
  },
  'bbl-eind-te-laat': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: het BBL-traject eindigt op ${p(x, 'eind')}, na ${p(x, 'uiterlijk')} (${p(x, 'maanden')} maanden na de beschikking).`,
  },
  'bbl-gegevens-ontbreken': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: voor BBL-loonkosten zijn geboortedatum, startdatum en aantal maanden nodig om het plafond te toetsen.`,
  },
  'indirect-niet-subsidiabel': {
    severity: 'waarschuwing',
    message: (x) =>
      `${p(x, 'veld')}: indirecte kosten ${p(x, 'bedrag')} zijn niet subsidiabel naast de forfaitaire opslag van ${p(x, 'opslag')}; ze tellen niet mee voor de subsidie.`,
  },

  // --- looptijd ---
  'looptijd-te-lang': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: de maatregel loopt ${p(x, 'maanden')} maanden (${p(x, 'start')} tot ${p(x, 'eind')}); ten hoogste ${p(x, 'maximum')} maanden worden gesubsidieerd.`,
  },
  'einddatum-na-termijn': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: de einddatum ${p(x, 'eind')} ligt na de uiterste datum ${p(x, 'uiterlijk')}.`,
  },
  'startdatum-te-vroeg': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: de maatregel begint op ${p(x, 'start')}, vóór ${p(x, 'vroegst')}.`,
  },
  'beschikkingsdatum-ontbreekt': {
    severity: 'info',
    message: () =>
      'Er is (nog) geen beschikkingsdatum: de termijnen die vanaf de beschikking tellen zijn niet getoetst.',
  },

  // --- plan content ---
  'te-weinig-themas': {
    severity: 'fout',
    message: (x) =>
      `Het plan behandelt ${p(x, 'aantal')} thema('s) (${p(x, 'themas')}); vereist zijn ten minste ${p(x, 'minimum')}.`,
  },
  'aanvrager-niet-toegestaan': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: een ${p(x, 'soort')} kan onder deze regeling geen hoofdaanvrager zijn; toegestaan: ${p(x, 'keuzes')}.`,
  },
  'aanvrager-soort-ontbreekt': {
    severity: 'info',
    message: (x) =>
      `De soort hoofdaanvrager is niet opgegeven; daardoor is niet getoetst of deze organisatie mag aanvragen (toegestaan: ${p(x, 'keuzes')}).`,
  },
  'maatregel-onbekend': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: maatregel '${p(x, 'code')}' staat niet in de lijst van maatregelen.`,
  },
  'maatregel-dubbel': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: de code '${p(x, 'code')}' komt vaker voor; elke maatregel heeft een eigen code.`,
  },
  'maatregel-zonder-kosten': {
    severity: 'waarschuwing',
    message: (x) => `${p(x, 'veld')}: maatregel '${p(x, 'code')}' heeft geen kostenposten.`,
  },
  'maatregel-zonder-prestatie': {
    severity: 'waarschuwing',
    message: (x) =>
      `${p(x, 'veld')}: maatregel '${p(x, 'code')}' noemt geen beoogd aantal deelnemers; elke maatregel moet tot een concrete prestatie leiden.`,
  },
  'soort-onbekend': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: '${p(x, 'waarde')}' is geen toegestane soort; kies uit ${p(x, 'keuzes')}.`,
  },
  'combi-hoofdactiviteit-te-klein': {
    severity: 'fout',
    message: (x) =>
      `Combi-project: de hoofdactiviteit ${p(x, 'hoofd')} heeft ${p(x, 'aandeel')} van de projectbegroting; vereist is ten minste ${p(x, 'minimum')}.`,
  },
  'ww-duur-te-lang': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: ${p(x, 'activiteit')} is alleen voor werkzoekenden met minder dan ${p(x, 'maximum')} maanden WW bij de start; opgegeven ${p(x, 'maanden')}.`,
  },
  'controle-onvolledig': {
    severity: 'info',
    message: (x) =>
      `${p(x, 'aantal')} regel(s) konden niet worden gelezen (${p(x, 'tabellen')}); de overige regels zijn getoetst, maar toetsen op totalen (sluitende begroting, maximale subsidie, eigen financiering, verhoudingen) volgen pas als die regels zijn verbeterd.`,
  },
  'invoer-ongeldig': {
    severity: 'fout',
    message: (x) => `${p(x, 'veld')}: ${p(x, 'reden')}`,
  },

  // --- realisation and vaststelling ---
  'realisatie-onder-drempel': {
    severity: 'waarschuwing',
    message: (x) =>
      `${p(x, 'veld')}: gerealiseerd ${p(x, 'realisatie')} van de beoogde deelnemers; onder ${p(x, 'drempel')} kan de subsidie op nihil worden vastgesteld.`,
  },
  'realisatie-achter-op-schema': {
    severity: 'waarschuwing',
    message: (x) =>
      `${p(x, 'veld')}: gerealiseerd ${p(x, 'realisatie')}, bij lineaire voortgang verwacht ${p(x, 'verwacht')}; bij dit tempo eindigt de maatregel onder de drempel van ${p(x, 'drempel')}.`,
  },
  'kosten-boven-begroting': {
    severity: 'waarschuwing',
    message: (x) =>
      `${p(x, 'veld')}: gerealiseerde kosten ${p(x, 'gerealiseerd')} liggen boven de begroting ${p(x, 'begroot')}; overschrijdingen worden niet gesubsidieerd.`,
  },
  // --- the workbook itself ---
  'tabel-ontbreekt': {
    severity: 'fout',
    message: (x) =>
      `De tabel ${p(x, 'tabel')} ontbreekt: verwacht een Excel-tabel met die naam, of op een blad (bijvoorbeeld '${p(x, 'blad')}') een kopregel met ${p(x, 'koppen')}.`,
  },
  'kolom-ontbreekt': {
    severity: 'fout',
    message: (x) => `Tabel ${p(x, 'tabel')}: de kolom '${p(x, 'kolom')}' ontbreekt in de kopregel.`,
  },
  'formule-wijkt-af': {
    severity: 'fout',
    message: (x) =>
      `${p(x, 'veld')}: de formule ${p(x, 'formule')} toont ${p(x, 'opgeslagen')}, maar cofin berekent ${p(x, 'berekend')}.`,
  },
  'formule-niet-te-controleren': {
    severity: 'waarschuwing',
    message: (x) => `${p(x, 'veld')}: de formule ${p(x, 'formule')} kan niet worden nagerekend: ${p(x, 'reden')}`,
  },

  // --- the voortgangsrapportage (cofin rapport, the task pane) ---
  'peildatum-ontbreekt': {
    severity: 'fout',
    message: () => 'Vul een peildatum in (JJJJ-MM-DD of DD-MM-JJJJ).',
  },
  'peildatum-ongeldig': {
    severity: 'fout',
    message: (x) => `De peildatum '${p(x, 'waarde')}' is geen geldige datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ.`,
  },
  'rapport-begroting-onleesbaar': {
    severity: 'fout',
    message: (x) => `De begroting kan niet worden gelezen (${p(x, 'fouten')}).`,
  },
  'rapport-zonder-realisatie': {
    severity: 'fout',
    message: () =>
      'De begroting heeft geen (gevulde) tabel Realisatie; vul per maatregel de gerealiseerde deelnemers en kosten in.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type FindingCode = keyof typeof CATALOGUE;

export interface FindingInit {
  readonly location: Location | string;
  readonly article: string;
  readonly params?: FindingParams;
  /** Overrides the catalogue severity, for rules whose weight differs per regeling. */
  readonly severity?: Severity;
}

export function finding(code: FindingCode, init: FindingInit): Finding {
  const entry: CatalogueEntry = CATALOGUE[code];
  const params = init.params ?? {};
  const location = typeof init.location === 'string' ? { path: init.location } : init.location;
  return {
    code,
    severity: init.severity ?? entry.severity,
    article: init.article,
    location,
    params,
    message: entry.message(params),
  };
}

/** The outcome of a rule or function: a value, or the finding that explains why there is none. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly finding: Finding };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(f: Finding): Outcome<T> {
  return { ok: false, finding: f };
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { fout: 0, waarschuwing: 1, info: 2 };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.location.path.localeCompare(b.location.path),
  );
}
