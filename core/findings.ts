/**
 * Findings are values: a stable code, a severity, the article or source the rule rests on, a location, the
 * parameters of the message, and the Dutch message itself, built from the one catalogue below. Core never throws
 * for a domain problem; it returns findings.
 *
 * Each code declares its parameters and their kinds. A rule passes raw values (amounts, dates, fractions, counts,
 * text); `finding()` renders them to Dutch in one place (formatEuro, formatDatum, formatProcent) and keeps a plain,
 * exact serialisation of them in `Finding.params` (amounts and fractions as decimal strings such as '86232.50',
 * dates as ISO 'JJJJ-MM-DD', counts as numbers), so `--format json` carries exact values, not formatted text.
 */
import { bedragText, formatEuro, formatProcent, type Aantal } from './money';
import { formatDatum, type Datum } from './dates';

export type Severity = 'fout' | 'waarschuwing' | 'info';

/** Confidence of a rule or parameter, as the rule book labels it: certain / likely / unsure. */
export type Zekerheid = 'zeker' | 'waarschijnlijk' | 'onzeker';

/** A path into the begroting model, as zod's issues carry it: keys and row indexes, ['kostenposten', 3, 'bedrag']. */
export type Pad = readonly (string | number)[];

/** First characters a source may start with; the type only exists to make an empty source a compile error. */
type BronTeken =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'X'
  | 'Y'
  | 'Z'
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z'
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '§'
  | '(';

/**
 * The source a finding rests on: an article of a regeling, a rule book, or the cofin format. A non-empty text by
 * type: `article: ''` does not compile, and a plain `string` must come from a source that already is a `Bron`.
 */
export type Bron = `${BronTeken}${string}`;

/**
 * The source of an argument error (and of a function whose rule is the regeling's): the parameter contract of the
 * function itself. The faces do not print it after a message (see `getoondeBron`).
 */
export const CONTRACT_BRON = 'Parametercontract van de cofin-functie (de beschrijving van de functie in Excel)';

/** The source of a refusal of the file itself: the limits `cofin check` documents. */
export const BESTAND_BRON = 'Werkboekformaat van cofin (toelichting in het sjabloon): de grenzen van cofin check';

/** The source of a refusal by Excel itself: the error codes of the Excel JavaScript API. */
export const EXCEL_BRON = 'Office.js: foutcodes van de Excel JavaScript API';

/** Where a finding points: a field path in the model, and once a workbook was read, the sheet and cell. */
export interface Location {
  /** The path as text, `kostenposten[3].bedrag` (see `padTekst`); '' for the begroting as a whole. */
  readonly path: string;
  readonly sheet?: string;
  readonly cell?: string;
}

/** The kinds of a message parameter: the raw value a rule passes for it. */
export interface ParamSoorten {
  readonly tekst: string;
  readonly bedrag: Parameters<typeof formatEuro>[0];
  /** A fraction shown as a percentage: 0.6 -> '60%'. */
  readonly fractie: Parameters<typeof formatProcent>[0];
  /** A quantity shown as it is (hours): 12.5 -> '12.5'. */
  readonly getal: Aantal;
  readonly datum: Datum;
  /** A whole count (months, participants, rows). */
  readonly aantal: number;
}
export type ParamSoort = keyof ParamSoorten;

type Schema = Readonly<Record<string, ParamSoort>>;

const WEERGAVE: { readonly [K in ParamSoort]: (v: ParamSoorten[K]) => string } = {
  tekst: (v) => v,
  bedrag: (v) => formatEuro(v),
  fractie: (v) => formatProcent(v),
  getal: (v) => v.toFixed(),
  datum: (v) => formatDatum(v),
  aantal: (v) => String(v),
};

const SERIALISATIE: { readonly [K in ParamSoort]: (v: ParamSoorten[K]) => string | number } = {
  tekst: (v) => v,
  bedrag: (v) => bedragText(v),
  fractie: (v) => v.toFixed(),
  getal: (v) => v.toFixed(),
  datum: (v) => v,
  aantal: (v) => v,
};

/** The serialised parameters of a finding: exact decimal strings, ISO dates, counts, text (see the module comment). */
export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly article: Bron;
  readonly location: Location;
  readonly params: FindingParams;
  readonly message: string;
  /** How sure the rule this finding rests on is. An 'onzeker' finding is never a fout (see `uncheckedFinding`). */
  readonly zekerheid: Zekerheid;
  /** For a rule that is not 'zeker': the reading chosen, in Dutch, so the user sees what the finding assumes. */
  readonly lezing?: string;
}

interface CatalogueEntry<S extends Schema> {
  readonly severity: Severity;
  readonly params: S;
  readonly message: (x: { readonly [K in keyof S]: string }) => string;
}

/** One catalogue entry; `message` sees exactly the declared parameters, rendered. */
function entry<const S extends Schema>(
  severity: Severity,
  params: S,
  message: (x: { readonly [K in keyof S]: string }) => string,
): CatalogueEntry<S> {
  return { severity, params, message };
}

/**
 * The message catalogue. Codes are stable: tools and reviewers filter on them, so a code is never renamed or reused.
 * `veld` is always the human name of the argument, field or cell the finding is about.
 */
export const CATALOGUE = {
  // --- arguments of the functions (Excel, command line) ---
  'argument-ontbreekt': entry('fout', { veld: 'tekst' }, (x) => `${x.veld} ontbreekt: dit argument is verplicht.`),
  'argument-te-veel': entry(
    'fout',
    { functie: 'tekst', max: 'aantal' },
    (x) => `Te veel argumenten: ${x.functie} neemt er hoogstens ${x.max}.`,
  ),
  'argument-geen-bedrag': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst' },
    (x) => `${x.veld}: '${x.waarde}' is geen bedrag; geef een getal zoals 125000 of 125000,50.`,
  ),
  'argument-dubbelzinnig': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst', duizend: 'tekst', decimaal: 'tekst' },
    (x) =>
      `${x.veld}: '${x.waarde}' is dubbelzinnig (duizendtallen of decimalen?); schrijf ${x.duizend} of ${x.decimaal}.`,
  ),
  'argument-negatief': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst' },
    (x) => `${x.veld} mag niet negatief zijn (${x.waarde}).`,
  ),
  'argument-geen-geheel-getal': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst' },
    (x) => `${x.veld} moet een geheel getal zijn (${x.waarde}).`,
  ),
  'argument-te-groot': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst', max: 'tekst' },
    (x) => `${x.veld} is onwaarschijnlijk groot (${x.waarde}); het maximum is ${x.max}.`,
  ),
  'argument-geen-datum': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst' },
    (x) => `${x.veld}: '${x.waarde}' is geen geldige datum; geef een Excel-datum, JJJJ-MM-DD of DD-MM-JJJJ.`,
  ),
  'argument-geen-waarheid': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst' },
    (x) => `${x.veld}: '${x.waarde}' is geen WAAR of ONWAAR.`,
  ),
  'argument-geen-tekst': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst' },
    (x) => `${x.veld}: verwacht tekst, kreeg ${x.waarde}.`,
  ),
  'regeling-onbekend': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst', keuzes: 'tekst' },
    (x) => `${x.veld}: onbekende regeling '${x.waarde}'; kies uit ${x.keuzes}.`,
  ),
  'functie-onbekend': entry(
    'fout',
    { functie: 'tekst' },
    (x) => `Onbekende functie '${x.functie}'; 'cofin calc --list' toont de functies.`,
  ),
  'niet-van-toepassing': entry(
    'fout',
    { onderwerp: 'tekst', regeling: 'tekst', reden: 'tekst' },
    (x) => `${x.onderwerp} is niet van toepassing op ${x.regeling}: ${x.reden}`,
  ),
  'deling-door-nul': entry(
    'fout',
    { veld: 'tekst', grootheid: 'tekst' },
    (x) => `${x.veld} is 0; daardoor is ${x.grootheid} niet te berekenen.`,
  ),
  'periode-ongeldig': entry(
    'fout',
    { veld: 'tekst', eind: 'datum', begin: 'datum' },
    (x) => `${x.veld}: de einddatum ${x.eind} ligt niet na de begindatum ${x.begin}.`,
  ),
  'wml-onbekend': entry(
    'fout',
    { maand: 'datum', van: 'tekst', tot: 'tekst' },
    (x) => `Geen wettelijk minimum(jeugd)loon bekend voor ${x.maand} (tabel loopt van ${x.van} tot en met ${x.tot}).`,
  ),
  'leeftijd-onder-15': entry(
    'fout',
    { veld: 'tekst', maand: 'datum', leeftijd: 'aantal' },
    (x) => `${x.veld}: de deelnemer is in ${x.maand} ${x.leeftijd} jaar; het minimumjeugdloon begint bij 15 jaar.`,
  ),
  'tijdvak-nodig': entry(
    'fout',
    { veld: 'tekst', verlengdTot: 'datum', grens: 'datum' },
    (x) =>
      `${x.veld} ontbreekt: verlenging tot ${x.verlengdTot} geldt alleen voor tijdvak 2 en voor tijdvak 1 met een beschikking na ${x.grens}; geef het tijdvak (1 of 2).`,
  ),
  // h/voucher: COFIN.SCHOLINGSVOUCHER above the maximum with a job guarantee, where the sources give no amount.
  'voucher-uitzondering-zonder-maximum': entry(
    'fout',
    { veld: 'tekst', kosten: 'bedrag', maximum: 'bedrag', maanden: 'aantal', minMaanden: 'aantal' },
    (x) =>
      `${x.veld}: voor een opleiding van ${x.kosten} met een baangarantie van ${x.maanden} maanden (ten minste ${x.minMaanden}) kan UWV een uitzondering maken op het maximum van ${x.maximum}, maar de bronnen noemen voor die uitzondering geen bovengrens; cofin geeft daarom geen bedrag. Vast staat ${x.maximum}; UWV beslist over meer, als de dure opleiding nodig is voor een kansberoep.`,
  ),
  // h/vast: the reading of the 60% threshold in VASTSTELLING.
  'lezing-onbekend': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst', keuzes: 'tekst' },
    (x) => `${x.veld}: onbekende lezing '${x.waarde}'; kies uit ${x.keuzes}.`,
  ),

  // --- subsidy amounts ---
  'subsidie-onder-minimum': entry(
    'fout',
    { veld: 'tekst', bedrag: 'bedrag', minimum: 'bedrag' },
    (x) => `${x.veld}: de subsidie ${x.bedrag} ligt onder het minimum van ${x.minimum} per project.`,
  ),
  'subsidie-boven-plafond': entry(
    'fout',
    { veld: 'tekst', bedrag: 'bedrag', maximum: 'bedrag' },
    (x) => `${x.veld}: de gevraagde subsidie ${x.bedrag} ligt boven het maximum van ${x.maximum} per project.`,
  ),
  'subsidie-boven-maximum': entry(
    'fout',
    { veld: 'tekst', gevraagd: 'bedrag', maximum: 'bedrag', grondslag: 'tekst', overschrijding: 'bedrag' },
    (x) =>
      `${x.veld}: gevraagd ${x.gevraagd}, maar de maximale cofinanciering is ${x.maximum} (${x.grondslag}); ${x.overschrijding} te veel.`,
  ),
  'eigen-financiering-te-laag': entry(
    'fout',
    { veld: 'tekst', eigen: 'bedrag', procent: 'fractie', kosten: 'bedrag', vereist: 'bedrag' },
    (x) =>
      `${x.veld}: de eigen financiering ${x.eigen} is minder dan ${x.procent} van de kosten ${x.kosten}; vereist is ten minste ${x.vereist}.`,
  ),
  'bijdrage-overheden-te-hoog': entry(
    'fout',
    { bijdrage: 'bedrag', helft: 'fractie', procent: 'fractie', kosten: 'bedrag', maximum: 'bedrag' },
    (x) =>
      `Gemeenten en provincies dragen samen ${x.bijdrage} bij; dat is meer dan ${x.helft} van de ${x.procent} eigen financiering van de kosten ${x.kosten} (hoogstens ${x.maximum}).`,
  ),
  'begroting-sluit-niet': entry(
    'fout',
    { kosten: 'bedrag', financiering: 'bedrag', verschil: 'bedrag' },
    (x) => `De begroting sluit niet: kosten ${x.kosten}, financiering ${x.financiering} (verschil ${x.verschil}).`,
  ),
  'begroting-sluit-op-afronding': entry(
    'info',
    { kosten: 'bedrag', financiering: 'bedrag', verschil: 'bedrag', tolerantie: 'bedrag' },
    (x) =>
      `De begroting sluit op een afrondingsverschil na: kosten ${x.kosten}, financiering ${x.financiering} (verschil ${x.verschil}, minder dan ${x.tolerantie}).`,
  ),
  'maatregel-sluit-niet': entry(
    'waarschuwing',
    { veld: 'tekst', financiering: 'bedrag', kosten: 'bedrag', verschil: 'bedrag' },
    (x) =>
      `${x.veld}: de financiering ${x.financiering} dekt de kosten ${x.kosten} niet precies (verschil ${x.verschil}).`,
  ),
  'plan-subsidie-wijkt-af': entry(
    'waarschuwing',
    { veld: 'tekst', plan: 'bedrag', som: 'bedrag' },
    (x) =>
      `${x.veld}: de gevraagde subsidie van het plan ${x.plan} wijkt af van de som van de SZW-financiering per maatregel ${x.som}.`,
  ),
  // h/regels (issue 13): direct costs too small for any request to reach the minimum
  'minimum-onbereikbaar': entry(
    'fout',
    { veld: 'tekst', direct: 'bedrag', maximum: 'bedrag', minimum: 'bedrag', drempel: 'bedrag' },
    (x) =>
      `${x.veld}: op de directe kosten ${x.direct} is de maximale cofinanciering ${x.maximum}; voor het minimum van ${x.minimum} zijn directe kosten van ten minste ${x.drempel} nodig, dus geen aanvraag op deze kosten kan slagen.`,
  ),

  // --- cost rules ---
  'loonkosten-opslag-te-hoog': entry(
    'fout',
    { veld: 'tekst', bedrag: 'bedrag', brutoloon: 'bedrag', opslag: 'fractie', maximum: 'bedrag' },
    (x) =>
      `${x.veld}: loonkosten ${x.bedrag} zijn hoger dan brutoloon ${x.brutoloon} plus de vaste opslag van ${x.opslag} (${x.maximum}).`,
  ),
  'loonkosten-boven-vaste-opslag': entry(
    'waarschuwing',
    {
      veld: 'tekst',
      bedrag: 'bedrag',
      brutoloon: 'bedrag',
      opslag: 'fractie',
      subsidiabel: 'bedrag',
      eigenKosten: 'bedrag',
    },
    (x) =>
      `${x.veld}: loonkosten ${x.bedrag} zijn hoger dan brutoloon ${x.brutoloon} plus de vaste opslag van ${x.opslag}; subsidiabel is ${x.subsidiabel}, ${x.eigenKosten} zijn eigen kosten.`,
  ),
  'advies-boven-maximumtarief': entry(
    'waarschuwing',
    {
      veld: 'tekst',
      bedrag: 'bedrag',
      subsidiabel: 'bedrag',
      grondslag: 'tekst',
      maximum: 'bedrag',
      eigenKosten: 'bedrag',
    },
    (x) =>
      `${x.veld}: van de advieskosten ${x.bedrag} is ${x.subsidiabel} subsidiabel (${x.grondslag}, ten hoogste ${x.maximum} per uur); ${x.eigenKosten} zijn eigen kosten.`,
  ),
  'advies-tarief-te-hoog': entry(
    'fout',
    { veld: 'tekst', tarief: 'bedrag', maximum: 'bedrag' },
    (x) => `${x.veld}: het uurtarief ${x.tarief} is hoger dan het maximum van ${x.maximum} per uur voor advieskosten.`,
  ),
  'advies-bedrag-te-hoog': entry(
    'fout',
    { veld: 'tekst', bedrag: 'bedrag', uren: 'getal', maximumTarief: 'bedrag', maximum: 'bedrag' },
    (x) => `${x.veld}: advieskosten ${x.bedrag} zijn hoger dan ${x.uren} uur x ${x.maximumTarief} = ${x.maximum}.`,
  ),
  'bbl-duur-te-lang': entry(
    'fout',
    { veld: 'tekst', maximum: 'aantal', maanden: 'aantal' },
    (x) => `${x.veld}: een BBL-traject wordt ten hoogste ${x.maximum} maanden gesubsidieerd, begroot is ${x.maanden}.`,
  ),
  'bbl-subsidie-begrensd': entry(
    'info',
    { veld: 'tekst', plafond: 'bedrag', percentage: 'fractie', opslag: 'fractie', maanden: 'aantal' },
    (x) =>
      `${x.veld}: de subsidie op deze BBL-loonkosten is begrensd op ${x.plafond} (${x.percentage} van het minimum(jeugd)loon plus de vaste opslag van ${x.opslag}, over ${x.maanden} maanden).`,
  ),
  'bbl-deels-gefinancierd': entry(
    'info',
    { veld: 'tekst', maanden: 'aantal', maximum: 'aantal' },
    (x) =>
      `${x.veld}: het BBL-traject duurt ${x.maanden} maanden; daarvan worden ${x.maximum} maanden gefinancierd, de overige maanden zijn eigen kosten.`,
  ),
  'bbl-maanden-na-termijn': entry(
    'info',
    { veld: 'tekst', maanden: 'aantal', gefinancierd: 'aantal', termijn: 'aantal', uiterlijk: 'datum' },
    (x) =>
      `${x.veld}: van de ${x.maanden} te financieren maanden vallen er ${x.gefinancierd} binnen ${x.termijn} maanden na de beschikking (tot en met ${x.uiterlijk}); alleen die worden gefinancierd, de maanden erna zijn eigen kosten.`,
  ),
  'bbl-start-te-laat': entry(
    'fout',
    { veld: 'tekst', start: 'datum', uiterlijk: 'datum', maanden: 'aantal' },
    (x) => `${x.veld}: de BBL-instroom op ${x.start} ligt na ${x.uiterlijk}, ${x.maanden} maanden na de beschikking.`,
  ),
  'bbl-eind-te-laat': entry(
    'fout',
    { veld: 'tekst', eind: 'datum', uiterlijk: 'datum', maanden: 'aantal' },
    (x) =>
      `${x.veld}: het BBL-traject eindigt op ${x.eind}, na ${x.uiterlijk} (${x.maanden} maanden na de beschikking).`,
  ),
  'bbl-gegevens-ontbreken': entry(
    'fout',
    { veld: 'tekst' },
    (x) =>
      `${x.veld}: voor BBL-loonkosten zijn geboortedatum, startdatum en aantal maanden nodig om het plafond te toetsen.`,
  ),
  'indirect-niet-subsidiabel': entry(
    'waarschuwing',
    { veld: 'tekst', bedrag: 'bedrag', opslag: 'fractie' },
    (x) =>
      `${x.veld}: indirecte kosten ${x.bedrag} zijn niet subsidiabel naast de forfaitaire opslag van ${x.opslag}; ze tellen niet mee voor de subsidie.`,
  ),
  'indirect-is-opslag': entry(
    'info',
    { veld: 'tekst', bedrag: 'bedrag', opslag: 'fractie', direct: 'bedrag', opslagBedrag: 'bedrag' },
    (x) =>
      `${x.veld}: de indirecte kosten ${x.bedrag} zijn de forfaitaire opslag van ${x.opslag} over de directe kosten ${x.direct} (${x.opslagBedrag}); cofin rekent die opslag zelf en telt hem één keer.`,
  ),
  // h/voucher: scholingsvoucher lines in a begroting (EUR 2,500 per person, more only with a job guarantee).
  'voucher-boven-maximum': entry(
    'waarschuwing',
    {
      veld: 'tekst',
      bedrag: 'bedrag',
      personen: 'aantal',
      maximumPerPersoon: 'bedrag',
      maximum: 'bedrag',
      eigenKosten: 'bedrag',
      minMaanden: 'aantal',
    },
    (x) =>
      `${x.veld}: scholingsvouchers van samen ${x.bedrag} voor ${x.personen} (aantal personen) is meer dan ${x.personen} x ${x.maximumPerPersoon} = ${x.maximum}; zonder baangarantie van ten minste ${x.minMaanden} maanden vergoedt de voucher niet meer, ${x.eigenKosten} zijn eigen kosten of komen uit andere financiering.`,
  ),
  'voucher-uitzondering-baangarantie': entry(
    'info',
    {
      veld: 'tekst',
      bedrag: 'bedrag',
      personen: 'aantal',
      maximum: 'bedrag',
      maanden: 'aantal',
      minMaanden: 'aantal',
    },
    (x) =>
      `${x.veld}: scholingsvouchers van samen ${x.bedrag} voor ${x.personen} (aantal personen) is meer dan het maximum van ${x.maximum}; met de baangarantie van ${x.maanden} maanden (ten minste ${x.minMaanden}) kan UWV een uitzondering maken, als de dure opleiding nodig is voor een kansberoep. De bronnen noemen geen bovengrens; UWV beslist.`,
  ),
  'voucher-dubbele-financiering': entry(
    'waarschuwing',
    { veld: 'tekst', regeling: 'tekst' },
    (x) =>
      `${x.veld}: een scholingsvoucher wordt niet verstrekt voor een opleiding die al (gedeeltelijk) uit een andere (semi-)publieke regeling wordt betaald; deze post telt mee in de subsidiabele kosten van de cofinanciering (${x.regeling}). Haal de post uit de begroting als de voucher de opleiding betaalt, of onderbouw dat het om andere kosten gaat.`,
  ),

  // --- looptijd ---
  'looptijd-te-lang': entry(
    'fout',
    { veld: 'tekst', maanden: 'aantal', start: 'datum', eind: 'datum', maximum: 'aantal' },
    (x) =>
      `${x.veld}: de maatregel loopt ${x.maanden} maanden (${x.start} tot ${x.eind}); ten hoogste ${x.maximum} maanden worden gesubsidieerd.`,
  ),
  'einddatum-na-termijn': entry(
    'fout',
    { veld: 'tekst', eind: 'datum', uiterlijk: 'datum' },
    (x) => `${x.veld}: de einddatum ${x.eind} ligt na de uiterste datum ${x.uiterlijk}.`,
  ),
  'startdatum-te-vroeg': entry(
    'fout',
    { veld: 'tekst', start: 'datum', vroegst: 'datum' },
    (x) => `${x.veld}: de maatregel begint op ${x.start}, vóór ${x.vroegst}.`,
  ),
  'beschikkingsdatum-ontbreekt': entry(
    'info',
    {},
    () => 'Er is (nog) geen beschikkingsdatum: de termijnen die vanaf de beschikking tellen zijn niet getoetst.',
  ),
  // h/regels (issue 13): starts and dates against the application and the tijdvakken
  'start-na-zes-maanden': entry(
    'fout',
    { veld: 'tekst', start: 'datum', uiterlijk: 'datum', maanden: 'aantal' },
    (x) =>
      `${x.veld}: de maatregel begint op ${x.start}, na ${x.uiterlijk}; maatregelen starten binnen ${x.maanden} maanden na de beschikking.`,
  ),
  'activiteit-voor-aanvraag': entry(
    'waarschuwing',
    { veld: 'tekst', start: 'datum', grens: 'datum', wat: 'tekst' },
    (x) =>
      `${x.veld}: de activiteit begint op ${x.start}, vóór ${x.wat} (${x.grens}); kosten van vóór die datum zijn voorbereiding en niet subsidiabel.`,
  ),
  'aanvraag-buiten-tijdvak': entry(
    'fout',
    { veld: 'tekst', datum: 'datum', tijdvakken: 'tekst' },
    (x) => `${x.veld}: de aanvraag op ${x.datum} valt buiten het aanvraagtijdvak (${x.tijdvakken}).`,
  ),
  'beschikking-voor-tijdvak': entry(
    'fout',
    { veld: 'tekst', datum: 'datum', geopend: 'datum', tijdvak: 'tekst' },
    (x) =>
      `${x.veld}: de beschikking op ${x.datum} ligt vóór de opening van ${x.tijdvak} op ${x.geopend}; een beschikking volgt op een aanvraag in een geopend tijdvak.`,
  ),
  'beschikking-voor-aanvraag': entry(
    'fout',
    { veld: 'tekst', datum: 'datum', aanvraag: 'datum' },
    (x) => `${x.veld}: de beschikking op ${x.datum} ligt vóór de aanvraag op ${x.aanvraag}.`,
  ),

  // --- plan content ---
  'te-weinig-themas': entry(
    'fout',
    { aantal: 'aantal', themas: 'tekst', minimum: 'aantal' },
    (x) => `Het plan behandelt ${x.aantal} thema('s) (${x.themas}); vereist zijn ten minste ${x.minimum}.`,
  ),
  'aanvrager-niet-toegestaan': entry(
    'fout',
    { veld: 'tekst', soort: 'tekst', keuzes: 'tekst' },
    (x) => `${x.veld}: een ${x.soort} kan onder deze regeling geen hoofdaanvrager zijn; toegestaan: ${x.keuzes}.`,
  ),
  'aanvrager-soort-ontbreekt': entry(
    'info',
    { keuzes: 'tekst' },
    (x) =>
      `De soort hoofdaanvrager is niet opgegeven; daardoor is niet getoetst of deze organisatie mag aanvragen (toegestaan: ${x.keuzes}).`,
  ),
  'maatregel-onbekend': entry(
    'fout',
    { veld: 'tekst', code: 'tekst' },
    (x) => `${x.veld}: maatregel '${x.code}' staat niet in de lijst van maatregelen.`,
  ),
  'maatregel-dubbel': entry(
    'fout',
    { veld: 'tekst', code: 'tekst' },
    (x) => `${x.veld}: de code '${x.code}' komt vaker voor; elke maatregel heeft een eigen code.`,
  ),
  'maatregel-zonder-kosten': entry(
    'waarschuwing',
    { veld: 'tekst', code: 'tekst' },
    (x) => `${x.veld}: maatregel '${x.code}' heeft geen kostenposten.`,
  ),
  'maatregel-zonder-prestatie': entry(
    'waarschuwing',
    { veld: 'tekst', code: 'tekst' },
    (x) =>
      `${x.veld}: maatregel '${x.code}' noemt geen beoogd aantal deelnemers; elke maatregel moet tot een concrete prestatie leiden.`,
  ),
  'soort-onbekend': entry(
    'fout',
    { veld: 'tekst', waarde: 'tekst', keuzes: 'tekst' },
    (x) => `${x.veld}: '${x.waarde}' is geen toegestane soort; kies uit ${x.keuzes}.`,
  ),
  'combi-hoofdactiviteit-te-klein': entry(
    'fout',
    { hoofd: 'tekst', aandeel: 'fractie', minimum: 'fractie' },
    (x) =>
      `Combi-project: de hoofdactiviteit ${x.hoofd} heeft ${x.aandeel} van de projectbegroting; vereist is ten minste ${x.minimum}.`,
  ),
  'ww-duur-te-lang': entry(
    'fout',
    { veld: 'tekst', activiteit: 'tekst', maximum: 'aantal', maanden: 'aantal' },
    (x) =>
      `${x.veld}: ${x.activiteit} is alleen voor werkzoekenden met minder dan ${x.maximum} maanden WW bij de start; opgegeven ${x.maanden}.`,
  ),
  // h/regels (issue 13): what a begroting can and cannot show of the DW target groups
  'ww-duur-niet-te-toetsen': entry(
    'info',
    { maatregelen: 'tekst', maximum: 'aantal' },
    (x) =>
      `DW2/DW3 zijn alleen voor werkzoekenden met minder dan ${x.maximum} maanden WW bij de start; bij ${x.maatregelen} staan geen WW-maanden, dus dat is uit de begroting niet te toetsen (de WW-duur is per deelnemer, bij de start).`,
  ),
  'dw1-deelnemers-in-ww': entry(
    'waarschuwing',
    { veld: 'tekst', maanden: 'aantal' },
    (x) =>
      `${x.veld}: DW1 is voor met ontslag bedreigde werknemers (ondersteuning bij ontslag en de WW-aanvraag), maar hier staan ${x.maanden} maanden WW bij de start; past de activiteit bij DW2 of DW3?`,
  ),
  'controle-onvolledig': entry(
    'info',
    { aantal: 'aantal', tabellen: 'tekst' },
    (x) =>
      `${x.aantal} regel(s) konden niet worden gelezen (${x.tabellen}); de overige regels zijn getoetst, maar toetsen op totalen (sluitende begroting, maximale subsidie, eigen financiering, verhoudingen) volgen pas als die regels zijn verbeterd.`,
  ),
  'invoer-ongeldig': entry('fout', { veld: 'tekst', reden: 'tekst' }, (x) => `${x.veld}: ${x.reden}`),

  // --- realisation and vaststelling ---
  'realisatie-onder-drempel': entry(
    'waarschuwing',
    { veld: 'tekst', realisatie: 'fractie', drempel: 'fractie' },
    (x) =>
      `${x.veld}: gerealiseerd ${x.realisatie} van de beoogde deelnemers; onder ${x.drempel} kan de subsidie op nihil worden vastgesteld.`,
  ),
  'realisatie-achter-op-schema': entry(
    'waarschuwing',
    { veld: 'tekst', realisatie: 'fractie', verwacht: 'fractie', drempel: 'fractie' },
    (x) =>
      `${x.veld}: gerealiseerd ${x.realisatie}, bij lineaire voortgang verwacht ${x.verwacht}; bij dit tempo eindigt de maatregel onder de drempel van ${x.drempel}.`,
  ),
  'kosten-boven-begroting': entry(
    'waarschuwing',
    { veld: 'tekst', gerealiseerd: 'bedrag', begroot: 'bedrag' },
    (x) =>
      `${x.veld}: gerealiseerde kosten ${x.gerealiseerd} liggen boven de begroting ${x.begroot}; overschrijdingen worden niet gesubsidieerd.`,
  ),
  // h/regels (issue 13): realised costs that seem to carry the indirect costs the 15% opslag already covers
  'realisatie-met-indirecte-kosten': entry(
    'waarschuwing',
    { veld: 'tekst', gerealiseerd: 'bedrag', begroot: 'bedrag', metIndirect: 'bedrag', opslag: 'fractie' },
    (x) =>
      `${x.veld}: de gerealiseerde kosten ${x.gerealiseerd} liggen boven de begrote directe kosten ${x.begroot}, maar niet boven de directe kosten plus de begrote overhead (${x.metIndirect}); vul alleen directe kosten in: de opslag van ${x.opslag} voor indirecte kosten komt er bij de vaststelling bij, overhead daarnaast is niet subsidiabel.`,
  ),
  // --- the workbook itself ---
  'tabel-ontbreekt': entry(
    'fout',
    { tabel: 'tekst', blad: 'tekst', koppen: 'tekst' },
    (x) =>
      `De tabel ${x.tabel} ontbreekt: verwacht een Excel-tabel met die naam, of op een blad (bijvoorbeeld '${x.blad}') een kopregel met ${x.koppen}.`,
  ),
  'kolom-ontbreekt': entry(
    'fout',
    { tabel: 'tekst', kolom: 'tekst' },
    (x) => `Tabel ${x.tabel}: de kolom '${x.kolom}' ontbreekt in de kopregel.`,
  ),
  'formule-wijkt-af': entry(
    'fout',
    { veld: 'tekst', formule: 'tekst', opgeslagen: 'tekst', berekend: 'tekst' },
    (x) => `${x.veld}: de formule ${x.formule} toont ${x.opgeslagen}, maar cofin berekent ${x.berekend}.`,
  ),
  'formule-niet-te-controleren': entry(
    'waarschuwing',
    { veld: 'tekst', formule: 'tekst', reden: 'tekst' },
    (x) => `${x.veld}: de formule ${x.formule} kan niet worden nagerekend: ${x.reden}`,
  ),

  // --- the file itself, before a workbook exists (cofin check, cofin rapport: the .xlsx reader and its preflight) ---
  // The messages are clauses: the command line prints them after '<bestand>: niet te lezen: '.
  'bestand-bestaat-niet': entry('fout', {}, () => 'het bestand bestaat niet.'),
  'bestand-geen-leesrechten': entry('fout', {}, () => 'geen leesrechten op het bestand.'),
  'bestand-is-map': entry('fout', {}, () => 'dit is een map, geen bestand.'),
  'bestand-niet-te-lezen': entry(
    'fout',
    { oorzaak: 'tekst' },
    (x) => `het bestand kan niet worden gelezen (${x.oorzaak}).`,
  ),
  'bestand-leeg': entry('fout', {}, () => 'het bestand is leeg.'),
  'bestand-te-groot': entry('fout', { grens: 'tekst' }, (x) => `het bestand is groter dan ${x.grens}.`),
  'bestand-versleuteld': entry(
    'fout',
    {},
    () =>
      'het bestand is met een wachtwoord beveiligd (versleuteld) of is een oud Excel 97-2003-bestand (.xls); sla het op als .xlsx zonder wachtwoord.',
  ),
  'bestand-geen-zip': entry('fout', {}, () => 'dit is geen xlsx-werkmap (het bestand is geen zip-archief).'),
  'zip-einde-ontbreekt': entry(
    'fout',
    {},
    () => 'het bestand is afgebroken of beschadigd: het einde van het zip-archief ontbreekt.',
  ),
  'zip64-geweigerd': entry(
    'fout',
    {},
    () =>
      'het zip-archief gebruikt zip64 (bedoeld voor bestanden van vele gigabytes); dat is voor een begroting niet nodig en wordt geweigerd.',
  ),
  'zip64-onderdeel-geweigerd': entry('fout', {}, () => 'het zip-archief gebruikt zip64; dat wordt geweigerd.'),
  'zip-te-veel-onderdelen': entry(
    'fout',
    { maximum: 'aantal' },
    (x) => `het zip-archief bevat meer dan ${x.maximum} onderdelen.`,
  ),
  'zip-inhoudsopgave-onvolledig': entry(
    'fout',
    {},
    () => 'het bestand is afgebroken of beschadigd: de inhoudsopgave van het zip-archief is onvolledig.',
  ),
  'zip-inhoudsopgave-onjuist': entry(
    'fout',
    {},
    () => 'het bestand is beschadigd: de inhoudsopgave van het zip-archief klopt niet.',
  ),
  'onderdeel-versleuteld': entry(
    'fout',
    { onderdeel: 'tekst' },
    (x) => `het onderdeel ${x.onderdeel} is versleuteld; sla de werkmap op zonder wachtwoord.`,
  ),
  'onderdeel-voorbij-einde': entry(
    'fout',
    { onderdeel: 'tekst' },
    (x) => `het bestand is afgebroken of beschadigd (onderdeel ${x.onderdeel} loopt voorbij het einde).`,
  ),
  'onderdeel-beschadigd': entry(
    'fout',
    { onderdeel: 'tekst' },
    (x) => `het onderdeel ${x.onderdeel} is beschadigd en kan niet worden uitgepakt.`,
  ),
  'zip-bom': entry(
    'fout',
    { onderdeel: 'tekst', grootte: 'tekst', verhouding: 'aantal' },
    (x) =>
      `het onderdeel ${x.onderdeel} pakt uit tot ${x.grootte}, meer dan ${x.verhouding} keer zijn gecomprimeerde grootte; dit lijkt een zip-bom en wordt niet geopend.`,
  ),
  'zip-bom-totaal': entry(
    'fout',
    { grens: 'tekst' },
    (x) => `uitgepakt zou het bestand groter zijn dan ${x.grens}; dit lijkt een zip-bom en wordt niet geopend.`,
  ),
  'onderdeel-liegt': entry(
    'fout',
    { onderdeel: 'tekst', grootte: 'tekst' },
    (x) =>
      `het onderdeel ${x.onderdeel} pakt uit tot meer dan de opgegeven ${x.grootte}; het archief liegt over zijn inhoud en wordt niet geopend.`,
  ),
  'werkblad-te-veel-rijen': entry(
    'fout',
    { werkblad: 'tekst', maximum: 'tekst' },
    (x) => `${x.werkblad}; cofin leest ten hoogste ${x.maximum} rijen per blad.`,
  ),
  // `melding` is cofin's own Dutch description; `detail` (issue 14, h/pakket) the library's text, not rendered.
  'xlsx-onleesbaar': entry(
    'fout',
    { melding: 'tekst', detail: 'tekst' },
    (x) => `het bestand is geen leesbare xlsx-werkmap (${x.melding}).`,
  ),
  'werkmap-onleesbaar': entry(
    'fout',
    { melding: 'tekst', detail: 'tekst' },
    (x) => `de werkmap kan niet worden gelezen (${x.melding}).`,
  ),
  'interne-fout': entry(
    'fout',
    { melding: 'tekst' },
    (x) => `interne fout in cofin (${x.melding}); meld dit aan de beheerders.`,
  ),
  // issue 14 (h/mappen): what is not a plain readable workbook file: kinds of file, links, folders, the time budget.
  'bestand-geen-gewoon-bestand': entry(
    'fout',
    { soort: 'tekst' },
    (x) => `dit is geen gewoon bestand maar ${x.soort}; cofin leest alleen gewone bestanden.`,
  ),
  'bestand-te-traag': entry(
    'fout',
    { seconden: 'tekst' },
    (x) =>
      `het lezen duurde langer dan ${x.seconden} seconden, de tijd die cofin een bestand geeft; het is niet gecontroleerd.`,
  ),
  'koppeling-wijst-nergens': entry(
    'fout',
    {},
    () => 'dit is een symbolische koppeling naar een bestand dat niet bestaat.',
  ),
  'koppeling-lus': entry('fout', {}, () => 'dit is een symbolische koppeling die in een kring naar zichzelf verwijst.'),
  'koppeling-niet-gevolgd': entry(
    'fout',
    { naar: 'tekst' },
    (x) =>
      `overgeslagen: een symbolische koppeling naar ${x.naar}; cofin volgt in een map geen koppelingen (noem het doel zelf om het te controleren).`,
  ),
  'map-geen-leesrechten': entry('fout', {}, () => 'geen leesrechten op de map.'),
  'map-bestaat-niet': entry('fout', {}, () => 'de map bestaat niet (meer).'),
  'map-niet-te-lezen': entry('fout', { oorzaak: 'tekst' }, (x) => `de map kan niet worden gelezen (${x.oorzaak}).`),
  'map-zonder-werkmappen': entry('fout', {}, () => 'map zonder werkmappen (.xlsx of .xlsm).'),
  'map-niets-te-controleren': entry(
    'fout',
    { overgeslagen: 'aantal' },
    (x) => `map zonder werkmappen die cofin kan controleren (${x.overgeslagen} overgeslagen, zie hieronder).`,
  ),
  // issue 14 (h/pakket): zips that are no workbook, damaged parts, and what exceljs would otherwise say in English.
  // `detail` carries a library's own text (or the technical place) for json; the messages never render it.
  'zip-leeg': entry('fout', {}, () => 'dit is een leeg zip-archief, geen xlsx-werkmap.'),
  'bestand-is-opendocument': entry(
    'fout',
    { soort: 'tekst' },
    (x) =>
      `dit is ${x.soort}, geen xlsx-werkmap; sla het in uw rekenprogramma op als Excel-werkmap (.xlsx) en controleer dat bestand.`,
  ),
  'bestand-is-ander-zip': entry(
    'fout',
    { mimetype: 'tekst' },
    (x) => `dit is geen xlsx-werkmap maar een ander soort zip-bestand (mimetype ${x.mimetype}).`,
  ),
  'bestand-is-ander-office': entry('fout', { soort: 'tekst' }, (x) => `dit is ${x.soort}, geen xlsx-werkmap.`),
  'bestand-is-xlsb': entry(
    'fout',
    {},
    () =>
      'dit is een binaire Excel-werkmap (.xlsb); cofin leest alleen .xlsx en .xlsm: sla de werkmap in Excel op als Excel-werkmap (.xlsx).',
  ),
  'zip-zonder-inhoudstypen': entry(
    'fout',
    {},
    () =>
      'dit is een zip-archief maar geen xlsx-werkmap: het onderdeel [Content_Types].xml, dat elke xlsx-werkmap heeft, ontbreekt.',
  ),
  'zip-zonder-werkmap': entry(
    'fout',
    { detail: 'tekst' },
    () => 'dit is een zip-archief maar geen xlsx-werkmap: volgens zijn [Content_Types].xml bevat het geen werkmap.',
  ),
  'werkmap-hoofddeel-ontbreekt': entry(
    'fout',
    { onderdeel: 'tekst' },
    (x) =>
      `het bestand is onvolledig of beschadigd: [Content_Types].xml noemt de werkmap ${x.onderdeel}, maar dat onderdeel ontbreekt.`,
  ),
  'werkmap-hoofddeel-elders': entry(
    'fout',
    { onderdeel: 'tekst' },
    (x) =>
      `de werkmap staat in het onderdeel ${x.onderdeel} in plaats van xl/workbook.xml, waar Excel haar opslaat; sla het bestand in Excel opnieuw op als .xlsx.`,
  ),
  'onderdeel-crc-onjuist': entry(
    'fout',
    { onderdeel: 'tekst' },
    (x) => `het onderdeel ${x.onderdeel} is beschadigd: zijn controlegetal (CRC-32) klopt niet met zijn inhoud.`,
  ),
  'werkmap-deel-onjuist': entry(
    'fout',
    { onderdeel: 'tekst', inhoud: 'tekst', detail: 'tekst' },
    (x) => `het onderdeel ${x.onderdeel} is geen werkmap: ${x.inhoud}.`,
  ),
  'werkblad-deel-onjuist': entry(
    'fout',
    { onderdeel: 'tekst', inhoud: 'tekst', detail: 'tekst' },
    (x) => `het onderdeel ${x.onderdeel} is geen werkblad: ${x.inhoud}.`,
  ),
  'kolom-buiten-excel': entry(
    'fout',
    { waar: 'tekst', kolom: 'tekst', detail: 'tekst' },
    (x) => `${x.waar}: kolom ${x.kolom} bestaat niet in Excel (de laatste kolom is XFD).`,
  ),
  'rij-buiten-excel': entry(
    'fout',
    { waar: 'tekst', rij: 'tekst', detail: 'tekst' },
    (x) => `${x.waar}: rij ${x.rij} bestaat niet in Excel (de laatste rij is 1.048.576).`,
  ),
  'werkbladnaam-dubbel': entry(
    'fout',
    { namen: 'tekst', detail: 'tekst' },
    (x) => `twee werkbladen heten ${x.namen}; in één werkmap kan dat niet (ook niet met andere hoofdletters).`,
  ),
  'werkbladnaam-ongeldig': entry(
    'fout',
    { werkblad: 'tekst', reden: 'tekst', detail: 'tekst' },
    (x) => `de werkbladnaam '${x.werkblad}' kan in Excel niet: ${x.reden}.`,
  ),
  'gedeelde-tekst-ontbreekt': entry(
    'fout',
    { waar: 'tekst', nummer: 'tekst', aantal: 'tekst', detail: 'tekst' },
    (x) =>
      `${x.waar} verwijst naar gedeelde tekst nummer ${x.nummer}, maar xl/sharedStrings.xml bevat ${x.aantal} (genummerd vanaf 0); het bestand is beschadigd.`,
  ),
  'xml-entiteit-onbekend': entry(
    'fout',
    { waar: 'tekst', entiteit: 'tekst', detail: 'tekst' },
    (x) =>
      `${x.waar} gebruikt een XML-entiteit die in een werkmap niet bestaat (${x.entiteit}); alleen &amp;, &lt;, &gt;, &quot;, &apos; en tekennummers zijn toegestaan.`,
  ),

  // --- Excel itself, as the task pane's gateway meets it (Office.js error codes) ---
  'excel-naam-bestaat': entry(
    'fout',
    {},
    () => 'Er bestaat al een blad of tabel met deze naam; cofin overschrijft niets.',
  ),
  'excel-niet-gevonden': entry('fout', {}, () => 'Het blad of de cel bestaat niet (meer) in deze werkmap.'),
  'excel-blad-of-cel-weg': entry(
    'fout',
    { blad: 'tekst', cel: 'tekst' },
    (x) => `Het blad '${x.blad}' of de cel ${x.cel} bestaat niet (meer) in deze werkmap.`,
  ),
  'excel-cel-in-bewerking': entry(
    'fout',
    {},
    () => 'Excel is een cel aan het bewerken. Druk op Enter of Esc en probeer het opnieuw.',
  ),
  'excel-api-ontbreekt': entry(
    'fout',
    {},
    () => 'Deze versie van Excel kent een onderdeel niet dat cofin nodig heeft (ExcelApi 1.8 of nieuwer).',
  ),
  'excel-niet-toegestaan': entry(
    'fout',
    {},
    () => 'Excel staat deze wijziging niet toe (is de werkmap beveiligd of alleen-lezen?).',
  ),
  'excel-werkmap-te-groot': entry(
    'fout',
    {},
    () => 'De werkmap is te groot om in één keer te lezen; verwijder lege opgemaakte rijen of splits de begroting.',
  ),
  'excel-fout': entry(
    'fout',
    { foutcode: 'tekst' },
    (x) =>
      `Excel meldde een fout${x.foutcode !== '' ? ` (${x.foutcode})` : ''}. Probeer het opnieuw; blijft het misgaan, sla de werkmap op en gebruik 'cofin check'.`,
  ),
  'excel-keuze-niet-bewaard': entry('fout', {}, () => 'De keuze kon niet in de werkmap worden bewaard.'),

  // --- the voortgangsrapportage (cofin rapport, the task pane) ---
  'peildatum-ontbreekt': entry('fout', {}, () => 'Vul een peildatum in (JJJJ-MM-DD of DD-MM-JJJJ).'),
  'peildatum-ongeldig': entry(
    'fout',
    { waarde: 'tekst' },
    (x) => `De peildatum '${x.waarde}' is geen geldige datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ.`,
  ),
  'rapport-begroting-onleesbaar': entry(
    'fout',
    { fouten: 'tekst' },
    (x) => `De begroting kan niet worden gelezen (${x.fouten}).`,
  ),
  'rapport-zonder-realisatie': entry(
    'fout',
    {},
    () =>
      'De begroting heeft geen (gevulde) tabel Realisatie; vul per maatregel de gerealiseerde deelnemers en kosten in.',
  ),
} as const;

export type FindingCode = keyof typeof CATALOGUE;

/** The raw parameters of a code, as a rule passes them: exactly the declared keys, each of its declared kind. */
export type ParamsOf<C extends FindingCode> = Waarden<(typeof CATALOGUE)[C]['params']>;
type Waarden<S> = { readonly [K in keyof S]: S[K] extends ParamSoort ? ParamSoorten[S[K]] : never };

/** Parameters a rule need not pass because the caller adds them: `veld`, the name of the field or argument. */
export type RuleParamsOf<C extends FindingCode> = Omit<ParamsOf<C>, 'veld'>;

interface InitBase {
  readonly location: Location | string;
  readonly article: Bron;
  /** Overrides the catalogue severity, for rules whose weight differs per regeling. */
  readonly severity?: Severity;
  /** The confidence of the rule the finding rests on; 'zeker' when the rule is the cofin format or an argument contract. */
  readonly zekerheid?: Zekerheid;
  /** The reading chosen, for a rule that is not 'zeker'. */
  readonly lezing?: string;
}

/** What `finding(code, ...)` takes: `params` is required when the code declares parameters. */
export type FindingInit<C extends FindingCode> = InitBase &
  (keyof ParamsOf<C> extends never ? { readonly params?: ParamsOf<C> } : { readonly params: ParamsOf<C> });

/** A code's declared parameters as [name, kind] pairs, listed once per code (the catalogue never changes). */
const VELDEN = new Map<FindingCode, readonly (readonly [string, ParamSoort])[]>();
function veldenVan(code: FindingCode, schema: Schema): readonly (readonly [string, ParamSoort])[] {
  let velden = VELDEN.get(code);
  if (velden === undefined) {
    velden = Object.entries(schema);
    VELDEN.set(code, velden);
  }
  return velden;
}

/** Renders and serialises raw parameters by their declared kinds. */
function zetOm(
  velden: readonly (readonly [string, ParamSoort])[],
  raw: Readonly<Record<string, unknown>>,
  via: typeof WEERGAVE | typeof SERIALISATIE,
) {
  const out: Record<string, string | number> = {};
  for (const [key, soort] of velden) {
    const v = raw[key];
    if (v === undefined) continue;
    out[key] = (via[soort] as (x: unknown) => string | number)(v);
  }
  return out;
}

export function finding<C extends FindingCode>(code: C, init: FindingInit<C>): Finding {
  return uncheckedFinding(code, init);
}

/** What `uncheckedFinding` takes: parameters by name, unchecked against the code. */
export interface UncheckedInit extends InitBase {
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * `finding` without the compile-time check of the parameters, for the few callers that forward parameters whose
 * type their own signature already checked (a refusal being placed, an argument error). Keys the code does not
 * declare are dropped.
 */
export function uncheckedFinding(code: FindingCode, init: UncheckedInit): Finding {
  const entry = CATALOGUE[code] as CatalogueEntry<Schema>;
  const raw = init.params ?? {};
  const location = typeof init.location === 'string' ? { path: init.location } : init.location;
  const zekerheid = init.zekerheid ?? 'zeker';
  const severity = init.severity ?? entry.severity;
  const velden = veldenVan(code, entry.params);
  return {
    code,
    // A verdict rests only on rules the sources support: an unsure reading warns, it never rejects on its own.
    severity: zekerheid === 'onzeker' && severity === 'fout' ? 'waarschuwing' : severity,
    article: init.article,
    location,
    params: zetOm(velden, raw, SERIALISATIE),
    message: entry.message(zetOm(velden, raw, WEERGAVE) as Record<string, string>),
    zekerheid,
    ...(init.lezing === undefined || zekerheid === 'zeker' ? {} : { lezing: init.lezing }),
  };
}

/**
 * Why a rule produced no value, before it has a location: a code, its source and its raw parameters, and the path
 * (relative to what the caller asked about: an argument name, a field of a row, a model path) it is about. The caller
 * (the validator, a function call) places it and adds `veld`. One shape for the refusals of rules, functions and
 * regeling checks.
 */
export type Refusal = {
  readonly [C in FindingCode]: {
    readonly code: C;
    readonly article: Bron;
    readonly params: RuleParamsOf<C>;
    readonly path?: Pad;
    /** The confidence of the rule that refuses (`steuntOp(param)`); absent: the cofin format or a contract, zeker. */
    readonly zekerheid?: Zekerheid;
    readonly lezing?: string;
  };
}[FindingCode];

/** The result of a rule: a value, or the refusal that explains why there is none. */
export type RuleResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

export const value = <T>(v: T): RuleResult<T> => ({ ok: true, value: v });
export const refuse = <T = never>(r: Refusal): RuleResult<T> => ({ ok: false, refusal: r });

/** The outcome of a function or use case at a face: a value, or the placed finding that explains why there is none. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly finding: Finding };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T = never>(f: Finding): Outcome<T> {
  return { ok: false, finding: f };
}

/** A refusal placed at a location, as a finding; `veld` names the field or argument. */
export function alsFinding(refusal: Refusal, location: Location | string, veld: string): Finding {
  return uncheckedFinding(refusal.code, {
    location,
    article: refusal.article,
    params: { veld, ...refusal.params },
    ...steunVan(refusal),
  });
}

/** The confidence and reading a refusal or init carries, to pass on unchanged (exactOptionalPropertyTypes). */
function steunVan(s: { readonly zekerheid?: Zekerheid; readonly lezing?: string }): {
  readonly zekerheid?: Zekerheid;
  readonly lezing?: string;
} {
  return {
    ...(s.zekerheid === undefined ? {} : { zekerheid: s.zekerheid }),
    ...(s.lezing === undefined ? {} : { lezing: s.lezing }),
  };
}

/** What a finding rests on: its source and how sure that source's rule is (`steuntOp(param)` gives one). */
export interface Steun {
  readonly article: Bron;
  readonly zekerheid?: Zekerheid;
  readonly lezing?: string;
}

/** A bare source is the cofin format or a contract (zeker); a `Steun` carries its rule's confidence. */
export function steunUit(steun: Bron | Steun): Steun {
  return typeof steun === 'string' ? { article: steun } : steun;
}

/** How many findings rest on a reading that is onzeker: what a summary says beside its verdict. */
export function aantalOnzeker(findings: readonly Finding[]): number {
  return findings.filter((f) => f.zekerheid === 'onzeker').length;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { fout: 0, waarschuwing: 1, info: 2 };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.location.path.localeCompare(b.location.path),
  );
}
