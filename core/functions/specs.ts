/**
 * The cofin functions, one spec each. Excel custom functions (=COFIN.MAX), `cofin calc` and the tests all reach them
 * through `callFunction`, so each formula exists exactly once: the pure rule of the regeling behind it.
 */
import { ZERO, maxOf, verhouding, verschil } from '../money';
import { verschilCenten, type Centen } from '../money/kernel';
import type { Datum } from '../dates';
import { wmlPerMaand, WML_PARAMETER } from '../wml';
import { refuse, value, type Refusal, type TermijnInput } from '../regelingen/types';
import { CONTRACT_BRON } from '../findings';
import { VOORTGANG_BRON, voortgang } from '../voortgang';
import { scholingsvoucherMaximum, scholingsvoucherParams } from '../regelingen/scholingsvoucher';
import { define, type FunctionSpec, type ParamSpec } from './types';

const REGELING = {
  name: 'regeling',
  description: 'Id van de regeling: sectorplannen-2013, sectorplannen-2015 of dwsra-2016',
  kind: 'regeling',
} as const satisfies ParamSpec;
// Functions whose rule is the regeling's cite their parameter contract; their refusals cite the regeling's article.
const REGELING_ARTICLE = CONTRACT_BRON;

/** The arguments of the functions that compute a term from the beschikking. */
const TERMIJN_PARAMS = [
  { name: 'beschikkingsdatum', description: 'Datum van de verleningsbeschikking', kind: 'datum' },
  REGELING,
  { name: 'verlenging', description: 'WAAR als verlenging is verleend', kind: 'waarheid', optional: true },
  { name: 'tijdvak', description: 'Aanvraagtijdvak (DWSRA: 1 of 2)', kind: 'tijdvak', optional: true },
] as const satisfies readonly ParamSpec[];

/** VASTSTELLINGSDATUM also takes the project's own end: DWSRA counts the einddeclaratie from it. */
const VASTSTELLING_PARAMS = [
  ...TERMIJN_PARAMS,
  {
    name: 'einddatum',
    description: 'Laatste dag van het project zelf (DWSRA: verplicht, de einddeclaratie telt vanaf die datum)',
    kind: 'datum',
    optional: true,
  },
] as const satisfies readonly ParamSpec[];

const termijn = (
  beschikkingsdatum: Datum,
  verlenging: boolean | undefined,
  tijdvak: number | undefined,
  projecteinde?: Datum,
): TermijnInput => ({
  beschikkingsdatum,
  verlenging: verlenging === true,
  ...(tijdvak !== undefined ? { tijdvak } : {}),
  ...(projecteinde !== undefined ? { projecteinde } : {}),
});

export const FUNCTIONS: readonly FunctionSpec[] = [
  define({
    name: 'MAX',
    nlName: 'MAXSUBSIDIE',
    description:
      'Maximale cofinanciering bij de gegeven subsidiabele directe kosten, na opslag, percentage, afronding en plafond van de regeling.',
    params: [{ name: 'kosten', description: 'Subsidiabele directe kosten in euro', kind: 'bedrag' }, REGELING] as const,
    result: 'bedrag',
    resultDescription: 'Maximale subsidie in hele euro (naar beneden afgerond)',
    article: REGELING_ARTICLE,
    examples: [
      {
        args: ['1245313', 'dwsra-2016'],
        result: '859265',
        toelichting: '60% van (1.245.313 + 15% opslag), omlaag afgerond',
      },
      { args: ['2898500', 'dwsra-2016'], result: '1999965', toelichting: 'net onder het plafond van € 2 mln' },
      { args: ['100000', 'sectorplannen-2013'], result: '50000', toelichting: '50% per maatregel' },
    ],
    impl: ([kosten, regeling]) => {
      const max = regeling.regels.maxCofinanciering(kosten);
      return max.ok ? value(max.value.bedrag) : max;
    },
    centen: (kosten, regeling) => regeling.regels.centen?.maxCofinanciering(kosten),
  }),
  define({
    name: 'INDIRECT',
    nlName: 'INDIRECTEKOSTEN',
    description: 'Forfaitaire opslag voor indirecte kosten over de directe kosten (DWSRA: 15%).',
    params: [{ name: 'kosten', description: 'Directe kosten in euro', kind: 'bedrag' }, REGELING] as const,
    result: 'bedrag',
    resultDescription: 'Opslag in euro, in centen naar beneden afgerond',
    article: REGELING_ARTICLE,
    examples: [{ args: ['1245313', 'dwsra-2016'], result: '186796.95' }],
    impl: ([kosten, regeling]) => regeling.regels.indirect(kosten),
    centen: (kosten, regeling) => regeling.regels.centen?.indirect?.(kosten),
  }),
  define({
    name: 'LOONKOSTEN',
    nlName: 'LOONKOSTEN',
    description: 'Subsidiabele loonkosten: brutoloon plus de vaste opslag van de regeling (sectorplannen: 32%).',
    params: [{ name: 'brutoloon', description: 'Brutoloon in euro', kind: 'bedrag' }, REGELING] as const,
    result: 'bedrag',
    resultDescription: 'Loonkosten in euro, in centen naar beneden afgerond',
    article: REGELING_ARTICLE,
    examples: [{ args: ['3000', 'sectorplannen-2013'], result: '3960' }],
    impl: ([brutoloon, regeling]) => regeling.regels.loonkosten(brutoloon),
    centen: (brutoloon, regeling) => regeling.regels.centen?.loonkosten?.(brutoloon),
  }),
  define({
    name: 'BBL',
    nlName: 'BBLSUBSIDIE',
    description:
      'Maximale subsidie op de loonkosten van een BBL-deelnemer: 20% van het wettelijk minimum(jeugd)loon per maand plus de vaste opslag van 32% (26,4%), ten hoogste 24 maanden.',
    params: [
      { name: 'geboortedatum', description: 'Geboortedatum van de deelnemer', kind: 'datum' },
      { name: 'startdatum', description: 'Startdatum van het BBL-traject', kind: 'datum' },
      { name: 'maanden', description: 'Duur van het traject in maanden (boven 24 telt 24)', kind: 'geheel' },
      REGELING,
    ] as const,
    result: 'bedrag',
    resultDescription: 'Maximale BBL-subsidie in hele euro (naar beneden afgerond)',
    article: REGELING_ARTICLE,
    examples: [
      {
        args: ['1990-05-01', '2014-01-01', '12', 'sectorplannen-2013'],
        result: '4721',
        toelichting: '23+: 26,4% x (6 x 1.485,60 + 6 x 1.495,20) = 4.721,5872, omlaag',
      },
    ],
    impl: ([geboortedatum, startdatum, maanden, regeling]) => regeling.regels.bbl(geboortedatum, startdatum, maanden),
  }),
  define({
    name: 'ADVIES',
    nlName: 'ADVIESKOSTEN',
    description: 'Subsidiabele advieskosten: uren maal het uurtarief, met ten hoogste € 125 per uur.',
    params: [
      { name: 'uren', description: 'Aantal uren advies', kind: 'aantal' },
      REGELING,
      {
        name: 'tarief',
        description: 'Werkelijk uurtarief in euro (leeg: het maximum)',
        kind: 'bedrag',
        optional: true,
      },
    ] as const,
    result: 'bedrag',
    resultDescription: 'Advieskosten in euro, in centen naar beneden afgerond',
    article: REGELING_ARTICLE,
    examples: [
      { args: ['40', 'sectorplannen-2013', '150'], result: '5000' },
      { args: ['40', 'sectorplannen-2013', '95'], result: '3800' },
    ],
    impl: ([uren, regeling, tarief]) => regeling.regels.advies(uren, tarief),
  }),
  define({
    name: 'EIGENBIJDRAGE',
    nlName: 'EIGENBIJDRAGE',
    description:
      'Vereiste eigen bijdrage: de subsidiabele kosten (directe kosten plus opslag) min de maximale cofinanciering.',
    params: [{ name: 'kosten', description: 'Subsidiabele directe kosten in euro', kind: 'bedrag' }, REGELING] as const,
    result: 'bedrag',
    resultDescription: 'Eigen bijdrage in euro',
    article: REGELING_ARTICLE,
    examples: [{ args: ['1245313', 'dwsra-2016'], result: '572844.95' }],
    impl: ([kosten, regeling]) => {
      const max = regeling.regels.maxCofinanciering(kosten);
      return max.ok ? value(verschil(max.value.subsidiabeleKosten, max.value.bedrag)) : max;
    },
    centen: (kosten, regeling) => {
      const kernel = regeling.regels.centen;
      const max = kernel?.maxCofinanciering(kosten);
      const subsidiabel = kernel?.subsidiabeleKosten(kosten);
      return max === undefined || subsidiabel === undefined ? undefined : verschilCenten(subsidiabel, max);
    },
  }),
  define({
    name: 'OVERSCHRIJDING',
    nlName: 'OVERSCHRIJDING',
    description:
      'Bedrag waarmee een gevraagde of verleende subsidie de maximale cofinanciering bij deze kosten overschrijdt; 0 als die er niet is.',
    params: [
      { name: 'kosten', description: 'Subsidiabele directe kosten in euro', kind: 'bedrag' },
      { name: 'subsidie', description: 'Gevraagde of verleende subsidie in euro', kind: 'bedrag' },
      REGELING,
    ] as const,
    result: 'bedrag',
    resultDescription: 'Overschrijding in euro (0 als de subsidie binnen het maximum blijft)',
    article: REGELING_ARTICLE,
    examples: [{ args: ['870000', '690000', 'dwsra-2016'], result: '89700' }],
    impl: ([kosten, subsidie, regeling]) => {
      const max = regeling.regels.maximum(kosten);
      return max.ok ? value(maxOf(verschil(subsidie, max.value.bedrag), ZERO)) : max;
    },
    centen: (kosten, subsidie, regeling) => {
      const max = regeling.regels.centen?.maximum(kosten);
      const over = max === undefined ? undefined : verschilCenten(subsidie, max);
      return over === undefined ? undefined : over > 0 ? over : (0 as Centen);
    },
  }),
  define({
    name: 'REALISATIE',
    nlName: 'REALISATIEGRAAD',
    description: 'Realisatiegraad: gerealiseerd gedeeld door beoogd (deelnemers of kosten), als fractie.',
    params: [
      { name: 'gerealiseerd', description: 'Gerealiseerd aantal of bedrag', kind: 'aantal' },
      { name: 'beoogd', description: 'Beoogd aantal of bedrag', kind: 'aantal' },
    ] as const,
    result: 'fractie',
    resultDescription: 'Fractie, bijvoorbeeld 0,6 voor 60%',
    article: 'Kamerbrief voortgang sectorplannen juni 2015 (realisatie per maatregel)',
    examples: [{ args: ['45', '75'], result: '0.6' }],
    impl: ([gerealiseerd, beoogd]) =>
      beoogd.isZero()
        ? {
            ok: false,
            refusal: {
              code: 'deling-door-nul',
              article: 'Kamerbrief voortgang sectorplannen juni 2015 (realisatie per maatregel)',
              params: { grootheid: 'de realisatiegraad' },
              path: ['beoogd'],
            },
          }
        : value(verhouding(gerealiseerd, beoogd)),
  }),
  define({
    name: 'VASTSTELLING',
    nlName: 'VASTSTELLING',
    description:
      'Prognose van de vastgestelde subsidie: sectorplannen nihil onder 60% realisatie, anders naar realisatie en kosten; DWSRA op de gerealiseerde directe kosten; nooit boven de verlening. Of de 60% per maatregel of per plan geldt is onzeker: kies de lezing "per maatregel" (standaard) of "naar rato per plan".',
    params: [
      { name: 'verleend', description: 'Verleende subsidie in euro', kind: 'bedrag' },
      { name: 'kosten', description: 'Gerealiseerde subsidiabele (directe) kosten in euro', kind: 'bedrag' },
      REGELING,
      {
        name: 'beoogdeDeelnemers',
        description: 'Beoogd aantal deelnemers (sectorplannen)',
        kind: 'aantal',
        optional: true,
      },
      {
        name: 'gerealiseerdeDeelnemers',
        description: 'Gerealiseerd aantal deelnemers (sectorplannen)',
        kind: 'aantal',
        optional: true,
      },
      {
        name: 'lezing',
        description:
          'Onzekere lezing van de drempel van 60%: "per-maatregel" (standaard: de maatregel zelf onder 60% kan op nihil) of "naar-rato" (naar rato per plan: de realisatie van het hele plan wordt getoetst, de maatregel krijgt naar rato van zijn eigen realisatie). DWSRA kent één lezing.',
        kind: 'lezing',
        optional: true,
      },
      {
        name: 'planBeoogd',
        description:
          'Alleen bij naar rato per plan: beoogde deelnemers van het hele plan (leeg: de opgegeven deelnemers zijn die van het plan)',
        kind: 'aantal',
        optional: true,
      },
      {
        name: 'planGerealiseerd',
        description:
          'Alleen bij naar rato per plan: gerealiseerde deelnemers van het hele plan (leeg: de opgegeven deelnemers zijn die van het plan)',
        kind: 'aantal',
        optional: true,
      },
    ] as const,
    result: 'bedrag',
    resultDescription: 'Vast te stellen subsidie in hele euro (naar beneden afgerond)',
    article: REGELING_ARTICLE,
    examples: [
      { args: ['50000', '100000', 'sectorplannen-2013', '100', '59'], result: '0', toelichting: 'onder 60%: nihil' },
      { args: ['50000', '100000', 'sectorplannen-2013', '100', '80'], result: '40000' },
      {
        args: ['10000', '20000', 'sectorplannen-2013', '100', '50', 'naar-rato', '300', '230'],
        result: '5000',
        toelichting: 'naar rato per plan: plan 230/300 boven 60%, maatregel 10.000 x 50/100',
      },
      { args: ['859265', '1000000', 'dwsra-2016'], result: '690000' },
    ],
    impl: ([verleend, kosten, regeling, beoogd, gerealiseerd, lezing, planBeoogd, planGerealiseerd]) => {
      // The plan's participants count only under 'naar-rato', and only as a pair; without them the figures given
      // are the plan's own and both readings coincide.
      if (lezing === 'naar-rato' && (planBeoogd === undefined) !== (planGerealiseerd === undefined))
        return refuse({
          code: 'argument-ontbreekt',
          article: REGELING_ARTICLE,
          params: {},
          path: [planBeoogd === undefined ? 'planBeoogd' : 'planGerealiseerd'],
        });
      return regeling.regels.vaststelling({
        verleend,
        gerealiseerdeKosten: kosten,
        ...(beoogd !== undefined ? { beoogdeDeelnemers: beoogd } : {}),
        ...(gerealiseerd !== undefined ? { gerealiseerdeDeelnemers: gerealiseerd } : {}),
        ...(lezing === 'naar-rato' && planBeoogd !== undefined && planGerealiseerd !== undefined
          ? { drempelToets: { beoogd: planBeoogd, gerealiseerd: planGerealiseerd } }
          : {}),
      });
    },
  }),
  define({
    name: 'VOORTGANG',
    nlName: 'VERWACHTEVOORTGANG',
    description:
      'Verwacht aandeel van het plan dat op de peildatum gedaan is bij lineaire voortgang van start tot einde (zoals de evaluatie de gerealiseerde uitgaven vergelijkt).',
    params: [
      { name: 'startdatum', description: 'Start van het plan of de maatregel', kind: 'datum' },
      { name: 'einddatum', description: 'Laatste dag van het plan of de maatregel', kind: 'datum' },
      { name: 'peildatum', description: 'Peildatum (einde van die dag)', kind: 'datum' },
    ] as const,
    result: 'fractie',
    resultDescription: 'Fractie tussen 0 en 1',
    article: VOORTGANG_BRON,
    examples: [{ args: ['2017-01-01', '2018-12-31', '2017-12-31'], result: '0.5' }],
    impl: ([start, eind, peil]) => voortgang(start, eind, peil),
  }),
  define({
    name: 'RAPPORTAGEDATUM',
    nlName: 'RAPPORTAGEDATUM',
    description: 'Uiterste datum van de (eerste) voortgangsrapportage bij de gegeven startdatum.',
    params: [
      { name: 'startdatum', description: 'Startdatum van het plan of project', kind: 'datum' },
      REGELING,
    ] as const,
    result: 'datum',
    resultDescription: 'Datum',
    article: REGELING_ARTICLE,
    examples: [
      {
        args: ['2017-01-01', 'dwsra-2016'],
        result: '2018-02-28',
        toelichting: 'twee maanden na afloop van het eerste projectjaar',
      },
      { args: ['2017-03-01', 'dwsra-2016'], result: '2018-04-30', toelichting: 'eerste jaar tot en met 28-2-2018' },
      { args: ['2014-03-01', 'sectorplannen-2013'], result: '2015-03-01' },
    ],
    impl: ([start, regeling]) => regeling.regels.rapportagedatum(start),
  }),
  define({
    name: 'EINDDATUM',
    nlName: 'UITERSTEEINDDATUM',
    description: 'Uiterste einddatum van de (niet-BBL-)activiteiten, met of zonder verlenging.',
    params: TERMIJN_PARAMS,
    result: 'datum',
    resultDescription: 'Datum',
    article: REGELING_ARTICLE,
    examples: [
      { args: ['2014-01-15', 'sectorplannen-2013'], result: '2016-01-15' },
      { args: ['2014-01-15', 'sectorplannen-2013', 'WAAR'], result: '2016-07-15' },
      { args: ['2017-02-01', 'dwsra-2016', 'WAAR', '2'], result: '2019-06-30' },
      { args: ['2017-05-15', 'dwsra-2016', 'ONWAAR', '2'], result: '2019-06-30', toelichting: 'tijdvak 2' },
    ],
    impl: ([beschikkingsdatum, regeling, verlenging, tijdvak]) =>
      regeling.regels.einddatum(termijn(beschikkingsdatum, verlenging, tijdvak)),
  }),
  define({
    name: 'BBLSTART',
    nlName: 'BBLUITERSTESTART',
    description: 'Uiterste datum voor de eerste BBL-instroom: 12 maanden na de beschikking.',
    params: [
      { name: 'beschikkingsdatum', description: 'Datum van de verleningsbeschikking', kind: 'datum' },
      REGELING,
    ] as const,
    result: 'datum',
    resultDescription: 'Datum',
    article: REGELING_ARTICLE,
    examples: [{ args: ['2014-01-15', 'sectorplannen-2013'], result: '2015-01-15' }],
    impl: ([beschikking, regeling]) => regeling.regels.bblStart(beschikking),
  }),
  define({
    name: 'BBLEIND',
    nlName: 'BBLUITERSTEEIND',
    description: 'Uiterste einddatum van BBL-trajecten: 36 maanden na de beschikking.',
    params: [
      { name: 'beschikkingsdatum', description: 'Datum van de verleningsbeschikking', kind: 'datum' },
      REGELING,
    ] as const,
    result: 'datum',
    resultDescription: 'Datum',
    article: REGELING_ARTICLE,
    examples: [{ args: ['2014-01-15', 'sectorplannen-2013'], result: '2017-01-15' }],
    impl: ([beschikking, regeling]) => regeling.regels.bblEind(beschikking),
  }),
  define({
    name: 'VASTSTELLINGSDATUM',
    nlName: 'VASTSTELLINGSDATUM',
    description: 'Uiterste datum voor de aanvraag tot vaststelling (eindverantwoording).',
    params: VASTSTELLING_PARAMS,
    result: 'datum',
    resultDescription: 'Datum',
    article: REGELING_ARTICLE,
    examples: [
      { args: ['2014-01-15', 'sectorplannen-2013'], result: '2017-04-16' },
      {
        args: ['2016-11-01', 'dwsra-2016', '', '', '2018-06-30'],
        result: '2018-09-29',
        toelichting: '13 weken na de eigen einddatum',
      },
    ],
    impl: ([beschikkingsdatum, regeling, verlenging, tijdvak, einddatum]) =>
      regeling.regels.vaststellingsdatum(termijn(beschikkingsdatum, verlenging, tijdvak, einddatum)),
  }),
  define({
    name: 'WML',
    nlName: 'MINIMUMLOON',
    description: 'Wettelijk minimum(jeugd)loon per maand (voltijd) op een datum, voor een leeftijd (2013-2019).',
    params: [
      { name: 'datum', description: 'Datum', kind: 'datum' },
      { name: 'leeftijd', description: 'Leeftijd in hele jaren', kind: 'geheel' },
    ] as const,
    result: 'bedrag',
    resultDescription: 'Maandbedrag in euro',
    article: WML_PARAMETER.bron,
    examples: [
      { args: ['2013-01-01', '21'], result: '1065.30' },
      { args: ['2018-07-01', '18'], result: '757.25' },
    ],
    impl: ([datum, leeftijd]) => {
      const wml = wmlPerMaand(datum, leeftijd);
      if (wml.ok) return value(wml.bedrag);
      const refusal: Refusal =
        wml.reden === 'te-jong'
          ? {
              code: 'leeftijd-onder-15',
              article: WML_PARAMETER.bron,
              params: { maand: datum, leeftijd },
              path: ['leeftijd'],
            }
          : {
              code: 'wml-onbekend',
              article: WML_PARAMETER.bron,
              params: { maand: datum, van: wml.van, tot: wml.tot },
              path: ['datum'],
            };
      return { ok: false, refusal };
    },
  }),
  define({
    name: 'SCHOLINGSVOUCHER',
    nlName: 'SCHOLINGSVOUCHER',
    description:
      'Maximale scholingsvoucher van UWV voor één persoon: de opleidingskosten tot € 2.500 (inclusief btw); meer alleen met een baangarantie van ten minste 6 maanden, en daarvoor noemen de bronnen geen bedrag (dan een foutwaarde met de reden).',
    params: [
      {
        name: 'kosten',
        description: 'Kosten van de opleiding voor één persoon in euro, inclusief btw',
        kind: 'bedrag',
      },
      {
        name: 'baangarantieMaanden',
        description: 'Baangarantie van een nieuwe werkgever in maanden (leeg: geen)',
        kind: 'geheel',
        optional: true,
      },
    ] as const,
    result: 'bedrag',
    resultDescription: 'Maximale voucher in euro',
    article: scholingsvoucherParams.maximumPerPersoon.bron,
    examples: [
      { args: ['1800'], result: '1800', toelichting: 'onder het maximum: de kosten' },
      { args: ['4000'], result: '2500', toelichting: 'zonder baangarantie: het maximum' },
      { args: ['4000', '3'], result: '2500', toelichting: 'baangarantie korter dan 6 maanden: het maximum' },
    ],
    impl: ([kosten, baangarantieMaanden]) => scholingsvoucherMaximum(kosten, baangarantieMaanden),
  }),
];
