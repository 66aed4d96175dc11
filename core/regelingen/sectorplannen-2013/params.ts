/**
 * Parameters of the Regeling cofinanciering sectorplannen (Stcrt. 2013, 22962), as amended in September 2013,
 * December 2013, March 2014, June 2014 and April 2015. Neither the operative articles nor the amending regelingen
 * were read (rule book, "Important limitation"): each amendment is known from the news page that summarises it, and
 * a parameter cites that page as what was read, never an article number that was not seen:
 * - Sept 2013: innofunding.nl 30-9-2013 (BBL 20% WML, fixed 32% opslag, EUR 125 per hour for advice);
 * - Dec 2013: innofunding.nl 2-12-2013 (32% opslag also on BBL wage costs capped at 20% WML; one einddeclaratie);
 * - Mar 2014: innofunding.nl 20-3-2014 (technical: arbeidsjaareenheden, verantwoording and einddeclaratie);
 * - June 2014: innofunding.nl 20-6-2014 (several BBL instroommomenten, the first within 12 months; at most two years
 *   financed per traject; vaststelling 13 weeks after 36 months);
 * - Apr 2015: innofunding.nl 3-4-2015 (one extension of at most 6 months; no effect on BBL).
 */
import type { Eenheid } from '../../money';
import type { Parameter } from '../../parameter';

const REGELING = 'Regeling cofinanciering sectorplannen (Stcrt. 2013, 22962)';

export const params = {
  cofinancieringspercentage: {
    waarde: '0.50',
    omschrijving: 'Cofinanciering ten hoogste 50% van de kosten, per maatregel',
    bron: `rendement.nl "Menukaart cofinanciering sectorplannen bekend" (2-9-2013): ten hoogste 50% "(per maatregel)"; het begrip: ${REGELING}, art. 1.1 "cofinanciering" (het percentage van de kosten in de begroting, zonder getal)`,
    zekerheid: 'waarschijnlijk',
  },
  eigenFinancieringMinimum: {
    waarde: '0.50',
    omschrijving: 'Eigen financiering van het samenwerkingsverband ten minste 50% per maatregel',
    bron: `${REGELING}; Q&A Agentschap SZW via rendement.nl (9-9-2013)`,
    zekerheid: 'waarschijnlijk',
  },
  afronding: {
    waarde: 'euro' satisfies Eenheid,
    omschrijving: 'Maximale cofinanciering in hele euro, naar beneden afgerond',
    bron: `${REGELING} (afrondingsartikel niet gelezen)`,
    zekerheid: 'onzeker',
    lezing:
      'Hele euro naar beneden, per maatregel: nooit meer dan 50% van de kosten, en gelijk aan de afronding die de DWSRA-gegevens tonen.',
  },
  minimumSubsidie: {
    waarde: '0',
    omschrijving: 'Geen minimum subsidie per plan',
    bron: 'Kamerbrief voorjaar 2014, tabel 1 (toekenningen van € 126.000 tot € 57,7 mln)',
    zekerheid: 'onzeker',
    lezing: 'Geen minimum of maximum per plan gevonden; behandeld als "geen grens" tot het tegendeel blijkt.',
  },
  loonkostenOpslag: {
    waarde: '0.32',
    omschrijving: 'Vaste opslag van 32% op het brutoloon voor loonkosten',
    bron: `Wijziging sept. 2013 (innofunding.nl 30-9-2013: "een vaste opslag van 32% berekend, bovenop het brutoloon"; rendement.nl 28-10-2013); het begrip loonkosten (brutoloon plus werkgeverslasten): ${REGELING}, art. 1.1 "loonkosten"`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'De opslag is vast, geen maximum: subsidiabel zijn brutoloon x 1,32. Een loonkostenpost boven dat bedrag is niet verboden, maar het meerdere is eigen kosten: het telt niet mee voor de maximale cofinanciering (waarschuwing met het bedrag).',
  },
  bblPercentageWml: {
    waarde: '0.20',
    omschrijving:
      'Subsidie op loonkosten BBL ten hoogste 20% van het wettelijk minimum(jeugd)loon, plus de vaste opslag van 32%: 26,4% per maand',
    bron: `${REGELING}, wijziging sept. 2013 (innofunding.nl 30-9-2013; rendement.nl 28-10-2013) en wijziging dec. 2013 (innofunding.nl 2-12-2013: "evenals bij de andere loonkostensubsidies, een vaste opslag van 32% op de loonkosten (maximaal 20% wettelijk minimumloon)")`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'Het plafond begrenst de subsidie op de BBL-loonkosten (het SZW-deel van de kostenpost): per gefinancierde maand 20% van het minimum(jeugd)loon dat op de eerste dag van die maand gold bij de leeftijd op die dag, vermeerderd met de vaste opslag van 32% (20% x 1,32 = 26,4%), opgeteld en in hele euro omlaag. De wijziging van december 2013 zegt dat de opslag "berekend kan worden" op loonkosten van ten hoogste 20% WML; gelezen als: het plafond is 20% WML plus de opslag. Minimumjeugdloon: rendement.nl 28-10-2013 ("minimum(jeugd)loon").',
  },
  bblMaxMaanden: {
    waarde: 24,
    omschrijving: 'Een BBL-traject wordt ten hoogste 24 maanden gefinancierd',
    bron: `${REGELING}, wijziging juni 2014 (innofunding.nl 20-6-2014: "maximaal twee jaar gefinancierd, of zo veel korter als het traject duurt")`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'Een grens aan de financiering, niet aan het traject: een drie- of vierjarige BBL-opleiding is toegestaan, de eerste 24 maanden worden gefinancierd en de overige zijn eigen kosten (info, geen fout).',
  },
  bblStartBinnenMaanden: {
    waarde: 12,
    omschrijving: 'Eerste BBL-instroom binnen 12 maanden na de verleningsbeschikking',
    bron: `${REGELING}, wijziging juni 2014 (innofunding.nl 20-6-2014: "meerdere instroommomenten [...] waarbij in ieder geval het eerste instroommoment plaatsvindt binnen twaalf maanden"); eerder rendement.nl 28-10-2013`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'Getoetst op de vroegste BBL-start van het plan (de tekst spreekt over "het gehele sectorplan"); latere instroommomenten zijn geldig en worden korter gefinancierd als het venster van 36 maanden dat vraagt. Niet getoetst: een tweede BBL-maatregel die pas na 12 maanden begint (de Q&A van juni 2015 spreekt van "start BBL-maatregel"; de inhoud ervan is niet gelezen).',
  },
  bblEindBinnenMaanden: {
    waarde: 36,
    omschrijving: 'BBL-maanden worden gefinancierd tot en met 36 maanden na de beschikking',
    bron: `${REGELING}, zoals gewijzigd in juni 2014 (innofunding.nl 20-6-2014: vaststelling "dertien weken nadat de 36 maanden na de datum van de verleningsbeschikking zijn verstreken"); het BBL-venster als bestaande regel beschreven in innofunding.nl 3-4-2015 ("maximaal 24 maanden [...] gesubsidieerd binnen een periode tot en met 36 maanden na datum van subsidiebeschikking"), welke wijziging BBL zelf niet raakt`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'Het venster begrenst de gesubsidieerde maanden, niet het traject: alleen hele maanden die uiterlijk op beschikking + 36 maanden eindigen tellen voor het plafond; een traject dat later eindigt is geen fout, de maanden erna zijn eigen kosten (info). Of een gebroken laatste maand meetelt, zegt geen gelezen tekst; hier telt hij niet mee.',
  },
  adviesMaxUurtarief: {
    waarde: '125',
    omschrijving: 'Subsidiabel uurtarief adviseringsmaatregelen ten hoogste € 125',
    bron: `${REGELING}, wijziging sept. 2013 (innofunding.nl 30-9-2013: "een gemaximeerd uurtarief van € 125 voor de kosten van adviseringsmaatregelen")`,
    zekerheid: 'waarschijnlijk',
    lezing:
      'Een plafond op de subsidiabele kosten, geen verbod op een duurdere adviseur: subsidiabel zijn uren x het laagste van het werkelijke tarief en € 125, nooit meer dan het begrote bedrag; het meerdere is eigen kosten (waarschuwing met het bedrag).',
  },
  maxLooptijdMaanden: {
    waarde: 24,
    omschrijving: 'Een maatregel wordt ten hoogste 24 maanden gesubsidieerd',
    bron: `${REGELING}; Kamerbrief juni 2015 ("meeste sectorplannen 2 jaar en bij BBL 3 jaar")`,
    zekerheid: 'waarschijnlijk',
  },
  eindBinnenMaanden: {
    waarde: 24,
    omschrijving: 'Maatregelen eindigen binnen 24 maanden na de beschikking',
    bron: `${REGELING} (rendement.nl 15-8-2013)`,
    zekerheid: 'waarschijnlijk',
  },
  verlengingMaanden: {
    waarde: 6,
    omschrijving: 'Eenmalige verlenging met ten hoogste 6 maanden: einde binnen 30 maanden na de beschikking',
    bron: `${REGELING}, wijziging 2015; Kamerbrief juni 2015 ("met maximaal zes maanden kan worden verlengd")`,
    zekerheid: 'zeker',
    lezing: 'De 30 maanden tellen vanaf de beschikkingsdatum (innofunding.nl 3-4-2015); BBL houdt zijn 36 maanden.',
  },
  voortgangsrapportageNaMaanden: {
    waarde: 12,
    omschrijving: 'Voortgangsrapportage één jaar na de start van het plan',
    bron: 'Kamerbrief voortgang sectorplannen juni 2015; innofunding.nl 3-4-2015',
    zekerheid: 'zeker',
  },
  vaststellingBinnenMaanden: {
    waarde: 36,
    omschrijving: 'Aanvraag tot vaststelling uiterlijk 13 weken na 36 maanden na de beschikking',
    bron: `${REGELING} (innofunding.nl 20-6-2014)`,
    zekerheid: 'waarschijnlijk',
  },
  vaststellingExtraWeken: {
    waarde: 13,
    omschrijving: '13 weken na het einde van de 36 maanden',
    bron: `${REGELING} (innofunding.nl 20-6-2014)`,
    zekerheid: 'waarschijnlijk',
  },
  realisatieDrempel: {
    waarde: '0.60',
    omschrijving: 'Bij minder dan 60% realisatie kan de subsidie op nihil worden vastgesteld',
    bron: 'Kamerbrief voortgang sectorplannen juni 2015',
    zekerheid: 'onzeker',
    lezing:
      'Drempel zeker, niveau niet: de Kamerbrief zegt alleen dat de subsidie bij minder dan 60% realisatie op nihil "kan" worden gesteld en pas na afloop wordt toegekend "op basis van de feitelijk gerealiseerde aantallen"; of de 60% per maatregel of per plan geldt staat in geen gelezen tekst. cofin toont daarom twee lezingen. Per maatregel (standaard, want het percentage en de prestatie gelden per maatregel): een maatregel met minder dan 60% van zijn beoogde deelnemers kan op nihil en wordt als nihil getoond; een andere maatregel krijgt het laagste van zijn verlening, verlening x realisatiegraad (ten hoogste 1) en 50% van zijn gerealiseerde kosten. Naar rato per plan: de 60% getoetst op alle gerealiseerde gedeeld door alle beoogde deelnemers van het plan; daaronder kan het hele plan op nihil, anders krijgt elke maatregel naar rato van zijn eigen realisatie hetzelfde bedrag, zonder nihil per maatregel. In beide lezingen opgeteld, ten hoogste de verlening van het plan, in hele euro omlaag. "Kan" is als nihil gerekend (het laagste bedrag dat de tekst toelaat).',
  },
  minimumThemas: {
    waarde: 2,
    omschrijving: "Een plan behandelt ten minste twee thema's",
    bron: `${REGELING} (rendement.nl 15-8-2013, citeert de regeling)`,
    zekerheid: 'waarschijnlijk',
  },
} as const satisfies Record<string, Parameter<string | number>>;

/**
 * The seven themes a plan chooses from (2013 regeling only; the 2015 regeling has four types of measure). A list
 * of its own, not in `params`, so the 2015 params do not take it over.
 */
export const themaLijst = {
  themas: {
    waarde:
      'jongeren, vakkrachten, afstand-arbeidsmarkt, mobiliteit, scholing, van-werk-naar-werk, goed-werkgeverschap',
    omschrijving: "De zeven thema's waarvan een plan er ten minste twee behandelt",
    bron: 'innofunding.nl 20-6-2013 ("Spelregels cofinanciering sectorplannen van sociale partners gepubliceerd": ten minste twee van zeven thema\'s); rendement.nl 15-8-2013 (noemt de zeven thema\'s)',
    zekerheid: 'onzeker',
    lezing:
      "De lijst komt uit de spelregels van juni 2013 (vóór de regeling) en een nieuwsbericht dat de regeling samenvat; de tekst van de regeling zelf is niet gelezen, dus de precieze benaming van de thema's ook niet. De monitoring van het Agentschap SZW (Kamerbrief 2016, bijlage 1) gebruikt andere thema's (arbeidsmobiliteit, behoud vakkrachten, scholing, instroom, gezondheid): dat is een indeling achteraf, geen regel, en cofin neemt ze niet over. Een thema buiten de lijst is daarom een waarschuwing, geen fout, en telt niet mee voor het minimum van twee; ontbreken er daardoor thema's, dan is ook dat een waarschuwing.",
  },
} as const satisfies Record<string, Parameter>;

/** Numbers stay numbers, a rounding unit stays an `Eenheid`, other values are text (as a variant may give them). */
export type SectorplanParams = {
  readonly [K in keyof typeof params]: Parameter<
    (typeof params)[K]['waarde'] extends number
      ? number
      : (typeof params)[K]['waarde'] extends Eenheid
        ? Eenheid
        : string
  >;
};

/** Subsidy ceilings per tijdvak: dated data, checked at portfolio level, not per begroting. */
export const plafonds = {
  plafondTijdvak1: {
    waarde: '200000000',
    omschrijving:
      'Subsidieplafond tijdvak 1 (1-10-2013 t/m 31-12-2013); bij besluit overschreden: € 231.127.000 verleend',
    bron: 'Kamerbrief voorjaar 2014, tabel 1; de openstellingsregeling van tijdvak 1 is niet gelezen',
    zekerheid: 'zeker',
    lezing: 'Plafond voor alle aanvragen van het tijdvak samen (portefeuilleniveau): geen toets op één begroting.',
    geldigVanaf: '2013-10-01',
    geldigTot: '2013-12-31',
  },
  plafondTijdvak2Opening: {
    waarde: '200000000',
    omschrijving: 'Subsidieplafond tijdvak 2 (1-4-2014 t/m 31-5-2014) bij de openstelling',
    bron: 'innofunding.nl 21-3-2014 (rectificatie); Kamerbrief voorjaar 2014',
    zekerheid: 'zeker',
    lezing: 'Plafond voor alle aanvragen van het tijdvak samen (portefeuilleniveau): geen toets op één begroting.',
    geldigVanaf: '2014-04-01',
    geldigTot: '2015-01-13',
  },
  plafondTijdvak2: {
    waarde: '205000000',
    omschrijving: 'Subsidieplafond tijdvak 2 in de tekst die geldt vanaf 14-1-2015',
    bron: 'Regeling openstelling aanvraagtijdvak en vaststelling subsidieplafond 2014, art. 2 (BWBR0034947, versie 14-1-2015)',
    zekerheid: 'zeker',
    lezing: 'Plafond voor alle aanvragen van het tijdvak samen (portefeuilleniveau): geen toets op één begroting.',
    geldigVanaf: '2015-01-14',
  },
} as const satisfies Record<string, Parameter>;

/** h/regels (issue 13): the application periods and the start of the (non-BBL) maatregelen. */
export const aanvraagEnStart = {
  aanvraagtijdvak1: {
    waarde: 1,
    omschrijving: 'Aanvraagtijdvak 1: aanvragen van 1 oktober tot en met 31 december 2013',
    bron: 'Kamerbrief voortgang sectorplannen voorjaar 2014 (eerste tijdvak); rendement.nl 28-10-2013 ("Het eerste tijdvak voor het indienen van de sectorplannen is op 1 oktober gestart en duurt tot en met 31 december 2013")',
    zekerheid: 'zeker',
    geldigVanaf: '2013-10-01',
    geldigTot: '2013-12-31',
  },
  aanvraagtijdvak2: {
    waarde: 2,
    omschrijving: 'Aanvraagtijdvak 2: aanvragen van 1 april tot en met 31 mei 2014',
    bron: 'Regeling openstelling aanvraagtijdvak en vaststelling subsidieplafond 2014, art. 1 (BWBR0034947, versie 14-1-2015)',
    zekerheid: 'zeker',
    geldigVanaf: '2014-04-01',
    geldigTot: '2014-05-31',
  },
  startBinnenMaanden: {
    waarde: 6,
    omschrijving: 'Maatregelen (behalve BBL) beginnen binnen 6 maanden na de beschikking',
    bron: 'rendement.nl "Subsidie voor BBL-trajecten via sectorplannen" (28-10-2013): trajecten die niet "binnen zes maanden na goedkeuring van een sectorplan" beginnen, "wat één van de voorwaarden is voor cofinanciering"',
    zekerheid: 'onzeker',
    lezing:
      'Alleen een nieuwsbericht noemt de voorwaarde, terloops, als reden voor de BBL-uitzondering; het artikel is niet gelezen, en latere wijzigingen (juni 2014: het hele plan "binnen redelijke tijd"; april 2015: 24 maanden binnen 30 maanden na de beschikking) kunnen haar hebben vervangen. Het bericht spreekt van trajecten die niet kunnen "beginnen binnen zes maanden", dus gelezen per maatregel, niet als de eerste start van het plan: elke maatregel die niet alleen BBL is (BBL heeft 12 maanden voor de eerste instroom) begint uiterlijk 6 maanden na de beschikking. Onzeker, dus een waarschuwing.',
  },
} as const satisfies Record<string, Parameter<number>>;
