/**
 * The voortgangsrapportage as a workbook model: Samenvatting, Voortgang (one row per maatregel), Signalen and
 * Toelichting. Layout only; the figures come from `berekenVoortgang`. The adapters write the model.
 */
import { ZERO, bedragText, formatProcent, fractieText, roundDown, som, type Bedrag, type Fractie } from '../money';
import { compareDatum, formatDatum, type Datum } from '../dates';
import type { Begroting } from '../begroting';
import type { Finding } from '../findings';
import { alsZin, onzekerTelling, plaatsTekst } from '../tekst';
import { NUMFMT } from '../workbook/standaard';
import {
  LEEG,
  getalWaarde,
  tekstWaarde,
  type ModelBlad,
  type ModelCel,
  type ModelWaarde,
  type Opmaak,
  type WerkboekModel,
} from '../workbook/model';
import { columnLetters } from '../workbook/types';
import { VASTSTELLING_LEZING_TEKST } from '../regelingen/types';
import { SIGNAAL_TEKST, type MaatregelVoortgang, type Signaal, type Voortgangsrapportage } from './voortgang';

const SIGNAAL_OPMAAK: Readonly<Record<Signaal, Opmaak>> = {
  'op-schema': 'goed',
  'achter-op-schema': 'let-op',
  risico: 'risico',
  'onder-drempel': 'risico',
  'niet-gestart': 'goed',
  'geen-prestatie': 'let-op',
};
const bedragCel = (a: Bedrag): ModelWaarde => getalWaarde(bedragText(roundDown(a, 'cent')));
const fractieCel = (f: Fractie | undefined): ModelWaarde =>
  f === undefined ? LEEG : getalWaarde(fractieText(f, 6, 'omlaag'));
const datumCel = (d: Datum): ModelWaarde => ({ soort: 'datum', datum: d });

interface Kolom {
  readonly kop: string;
  readonly breedte: number;
  readonly numFmt?: string;
  readonly waarde: (m: MaatregelVoortgang) => ModelWaarde;
}

/**
 * The columns of the Voortgang table, in sheet order, by key. Code that needs a column (the live formulas below,
 * the task pane's chart) asks for it by key through `voortgangKolom`, never by position.
 */
const KOLOMMEN = {
  code: { kop: 'Code', breedte: 10, waarde: (m) => tekstWaarde(m.code) },
  naam: { kop: 'Maatregel', breedte: 36, waarde: (m) => tekstWaarde(m.naam) },
  soort: { kop: 'Soort', breedte: 20, waarde: (m) => tekstWaarde(m.soort) },
  startdatum: { kop: 'Startdatum', breedte: 12, numFmt: NUMFMT.datum, waarde: (m) => datumCel(m.startdatum) },
  einddatum: { kop: 'Einddatum', breedte: 12, numFmt: NUMFMT.datum, waarde: (m) => datumCel(m.einddatum) },
  beoogdeDeelnemers: {
    kop: 'Beoogde deelnemers',
    breedte: 11,
    numFmt: NUMFMT.aantal,
    waarde: (m) => getalWaarde(String(m.beoogdeDeelnemers)),
  },
  gerealiseerdeDeelnemers: {
    kop: 'Gerealiseerde deelnemers',
    breedte: 12,
    numFmt: NUMFMT.aantal,
    waarde: (m) => getalWaarde(String(m.gerealiseerdeDeelnemers)),
  },
  realisatieDeelnemers: {
    kop: 'Realisatie deelnemers',
    breedte: 11,
    numFmt: NUMFMT.procent,
    waarde: (m) => fractieCel(m.realisatieDeelnemers),
  },
  begroteKosten: {
    kop: 'Begrote kosten',
    breedte: 15,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => bedragCel(m.begroteKosten),
  },
  gerealiseerdeKosten: {
    kop: 'Gerealiseerde kosten',
    breedte: 15,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => bedragCel(m.gerealiseerdeKosten),
  },
  realisatieKosten: {
    kop: 'Realisatie kosten',
    breedte: 11,
    numFmt: NUMFMT.procent,
    waarde: (m) => fractieCel(m.realisatieKosten),
  },
  verwacht: {
    kop: 'Verwacht bij lineaire voortgang',
    breedte: 12,
    numFmt: NUMFMT.procent,
    waarde: (m) => fractieCel(m.verwacht),
  },
  prognoseDeelnemers: {
    kop: 'Prognose deelnemers einde',
    breedte: 12,
    numFmt: NUMFMT.aantal,
    waarde: (m) => (m.prognoseDeelnemers === undefined ? LEEG : getalWaarde(String(m.prognoseDeelnemers))),
  },
  prognoseRealisatie: {
    kop: 'Prognose realisatie einde',
    breedte: 12,
    numFmt: NUMFMT.procent,
    waarde: (m) => fractieCel(m.prognoseRealisatie),
  },
  signaal: { kop: 'Signaal', breedte: 34, waarde: (m) => tekstWaarde(SIGNAAL_TEKST[m.signaal]) },
  prognoseVaststelling: {
    kop: 'Prognose vaststelling per maatregel (onzeker)',
    breedte: 18,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => (m.prognoseVaststelling ? bedragCel(m.prognoseVaststelling) : LEEG),
  },
  prognoseVaststellingNaarRato: {
    kop: 'Prognose vaststelling naar rato per plan (onzeker)',
    breedte: 18,
    numFmt: NUMFMT.bedrag,
    waarde: (m) => (m.prognoseVaststellingNaarRato ? bedragCel(m.prognoseVaststellingNaarRato) : LEEG),
  },
} as const satisfies Record<string, Kolom>;

type VoortgangKolom = keyof typeof KOLOMMEN;

const KOLOM_VOLGORDE = Object.keys(KOLOMMEN) as VoortgangKolom[];

/** Column key -> header text of the Voortgang table. */
export const VOORTGANG_KOLOMMEN: Readonly<Record<VoortgangKolom, string>> = Object.fromEntries(
  KOLOM_VOLGORDE.map((k) => [k, KOLOMMEN[k].kop]),
) as Record<VoortgangKolom, string>;

/** The headers of the Voortgang table in sheet order. */
export const VOORTGANG_KOPPEN: readonly string[] = KOLOM_VOLGORDE.map((k) => KOLOMMEN[k].kop);

/** The 1-based column number of a column of the Voortgang table (the table starts in column A). */
export function voortgangKolom(key: VoortgangKolom): number {
  return KOLOM_VOLGORDE.indexOf(key) + 1;
}

/**
 * The sheet with the explanation of the report. Not 'Toelichting', the template's first sheet: the task pane inserts
 * the report into the begroting's own workbook.
 */
export const TOELICHTING_BLAD = 'Toelichting rapportage';

const REGELS_KOP = 'Regels en bronnen';

/** The parameters of a regeling the report rests on, in the order the explanation names them (where the regeling has them). */
const RAPPORT_PARAMETERS = [
  'cofinancieringspercentage',
  'forfaitaireOpslag',
  'maximumSubsidie',
  'afronding',
  'realisatieDrempel',
  'voortgangsrapportageNaMaanden',
  'voortgangsrapportageBinnenMaanden',
] as const;

/** The rules the report applies, each with its source and confidence, named in the sheet itself (no reference elsewhere). */
function regelsEnBronnen(r: Voortgangsrapportage): string[] {
  const regels = RAPPORT_PARAMETERS.flatMap((k) => {
    const p = r.regeling.parameters[k];
    return p ? [`- ${p.omschrijving}: ${p.bron} (${p.zekerheid}).`] : [];
  });
  return [REGELS_KOP, `De regeling: ${r.regeling.citeertitel} (${r.regeling.vindplaats}).`, ...regels];
}

/** Who wrote a report and when: the audit line of the Toelichting. The faces supply it (core has no clock). */
export interface Herkomst {
  /** cofin's version (package.json). */
  readonly cofinVersie: string;
  /** The day the report was written. */
  readonly geschreven: Datum;
}

/**
 * The audit line: cofin's version, the regeling and the version of its parameters, the peildatum and the day written.
 * Without `herkomst` only what the report itself knows.
 */
export function auditRegel(r: Voortgangsrapportage, herkomst?: Herkomst): string {
  const regeling = `regeling ${r.regeling.id} versie ${formatDatum(r.regeling.versie)}`;
  return herkomst
    ? `Gemaakt met cofin ${herkomst.cofinVersie} op ${formatDatum(herkomst.geschreven)}; ${regeling}; peildatum ${formatDatum(r.peildatum)}.`
    : `Gemaakt met cofin; ${regeling}; peildatum ${formatDatum(r.peildatum)}.`;
}

/** The report as a workbook: Samenvatting, Voortgang (one row per maatregel), Signalen, Toelichting. */
export function rapportModel(b: Begroting, r: Voortgangsrapportage, herkomst?: Herkomst): WerkboekModel {
  const t = tekstWaarde;
  const samenvatting: ModelCel[] = [];
  let row = 1;
  const regel = (label: string, waarde: ModelWaarde, numFmt?: string, opmaak?: Opmaak) => {
    samenvatting.push({ row, col: 1, waarde: t(label), opmaak: 'vet' });
    samenvatting.push({ row, col: 2, waarde, ...(numFmt ? { numFmt } : {}), ...(opmaak ? { opmaak } : {}) });
    row += 1;
  };
  samenvatting.push({ row, col: 1, waarde: t(`Voortgangsrapportage ${b.plan.naam}`), opmaak: 'titel' });
  row += 2;
  regel('Regeling', t(`${r.regeling.naam} (${r.regeling.vindplaats})`));
  regel('Hoofdaanvrager', t(b.plan.hoofdaanvrager));
  regel('Looptijd plan', t(`${formatDatum(b.plan.startdatum)} tot en met ${formatDatum(b.plan.einddatum)}`));
  regel('Peildatum', datumCel(r.peildatum), NUMFMT.datum);
  if (r.rapportagedatum) {
    const laat = compareDatum(r.peildatum, r.rapportagedatum) > 0;
    regel(
      'Uiterste datum voortgangsrapportage',
      datumCel(r.rapportagedatum),
      NUMFMT.datum,
      laat ? 'risico' : undefined,
    );
    if (laat) regel('', t('De peildatum ligt na de uiterste datum van de rapportage.'), undefined, 'risico');
  }
  regel('Verwacht deel van het plan gedaan (lineair)', fractieCel(r.verwachtPlan), NUMFMT.procent);
  regel(
    b.plan.verleendeSubsidie ? 'Verleende subsidie' : 'Gevraagde subsidie (geen verlening opgegeven)',
    bedragCel(r.verleend),
    NUMFMT.bedrag,
  );
  let beoogd = 0;
  let gerealiseerd = 0;
  let kostenB = ZERO;
  let kostenG = ZERO;
  for (const m of r.maatregelen) {
    beoogd += m.beoogdeDeelnemers;
    gerealiseerd += m.gerealiseerdeDeelnemers;
    kostenB = som(kostenB, m.begroteKosten);
    kostenG = som(kostenG, m.gerealiseerdeKosten);
  }
  regel('Beoogde deelnemers', getalWaarde(String(beoogd)), NUMFMT.aantal);
  regel('Gerealiseerde deelnemers', getalWaarde(String(gerealiseerd)), NUMFMT.aantal);
  regel('Begrote kosten', bedragCel(kostenB), NUMFMT.bedrag);
  regel('Gerealiseerde kosten', bedragCel(kostenG), NUMFMT.bedrag);
  if (r.drempel) {
    // Two readings of an onzeker rule give different money: both figures, labelled (VaststellingLezing).
    regel('Prognose realisatie deelnemers plan (einde)', fractieCel(r.prognoseRealisatiePlan), NUMFMT.procent);
    regel(
      `Prognose vaststelling ${VASTSTELLING_LEZING_TEKST['per-maatregel']} (${r.vaststellingZekerheid ?? 'onzeker'})`,
      bedragCel(r.prognoseVaststelling ?? ZERO),
      NUMFMT.bedrag,
    );
    regel(
      `Prognose vaststelling ${VASTSTELLING_LEZING_TEKST['naar-rato']} (${r.vaststellingZekerheid ?? 'onzeker'})`,
      bedragCel(r.prognoseVaststellingNaarRato ?? ZERO),
      NUMFMT.bedrag,
    );
    if (!(r.prognoseVaststelling ?? ZERO).equals(r.prognoseVaststellingNaarRato ?? ZERO))
      regel(
        '',
        t(
          'De twee lezingen geven een ander bedrag: of de drempel per maatregel of per plan geldt, staat in geen gelezen tekst.',
        ),
        undefined,
        'let-op',
      );
  } else
    regel(
      'Prognose vaststelling (bij gelijkblijvend tempo)',
      r.prognoseVaststelling ? bedragCel(r.prognoseVaststelling) : t('niet te bepalen (plan nog niet gestart)'),
      r.prognoseVaststelling ? NUMFMT.bedrag : undefined,
    );
  const risico = r.maatregelen.filter((m) => m.signaal === 'risico' || m.signaal === 'onder-drempel').length;
  regel(
    'Maatregelen met risico',
    r.drempel ? getalWaarde(String(risico)) : t('n.v.t.: deze regeling kent geen realisatiedrempel'),
    r.drempel ? NUMFMT.aantal : undefined,
    risico > 0 ? 'risico' : undefined,
  );
  if (r.drempel) regel('Realisatiedrempel', fractieCel(r.drempel), NUMFMT.procent);

  const kolommen = KOLOM_VOLGORDE.map((k) => KOLOMMEN[k] as Kolom);
  const rijen: ModelWaarde[][] = r.maatregelen.map((m) => kolommen.map((k) => k.waarde(m)));
  const numFmts = kolommen.map((k) => k.numFmt);
  const top = 3;
  // The realisation percentages are live formulas (with their computed result), so a reviewer can follow them.
  const formules: ModelCel[] = [];
  const signaalCellen: ModelCel[] = [];
  r.maatregelen.forEach((m, i) => {
    const rr = top + 1 + i;
    const cel = (k: VoortgangKolom) => `${columnLetters(voortgangKolom(k))}${rr}`;
    const deel = (teller: VoortgangKolom, noemer: VoortgangKolom) =>
      `IF(${cel(noemer)}=0,"",${cel(teller)}/${cel(noemer)})`;
    formules.push({
      row: rr,
      col: voortgangKolom('realisatieDeelnemers'),
      waarde: fractieCel(m.realisatieDeelnemers),
      formule: deel('gerealiseerdeDeelnemers', 'beoogdeDeelnemers'),
      numFmt: NUMFMT.procent,
    });
    formules.push({
      row: rr,
      col: voortgangKolom('realisatieKosten'),
      waarde: fractieCel(m.realisatieKosten),
      formule: deel('gerealiseerdeKosten', 'begroteKosten'),
      numFmt: NUMFMT.procent,
    });
    signaalCellen.push({
      row: rr,
      col: voortgangKolom('signaal'),
      waarde: t(SIGNAAL_TEKST[m.signaal]),
      opmaak: SIGNAAL_OPMAAK[m.signaal],
    });
  });
  const voortgangBlad: ModelBlad = {
    naam: 'Voortgang',
    kolombreedtes: kolommen.map((k) => k.breedte),
    cellen: [
      { row: 1, col: 1, waarde: t(`Voortgang per maatregel op ${formatDatum(r.peildatum)}`), opmaak: 'titel' },
      ...formules,
      ...signaalCellen,
    ],
    tabellen: [
      {
        naam: 'Voortgang',
        row: top,
        col: 1,
        koppen: [...VOORTGANG_KOPPEN],
        rijen: rijen.length > 0 ? rijen : [kolommen.map(() => LEEG)],
        numFmts,
      },
    ],
    validaties: [],
    vastRijen: top,
    afdruk: { liggend: true, herhaalRijen: { van: top, tot: top } },
    omloopKolommen: kolommen.map((_, i) => i + 1),
  };

  const signalen = signalenBlad(r.findings, {
    naam: 'Signalen',
    titel: 'Signalen',
    tabel: 'Signalen',
    bronKop: 'Artikel',
    kolombreedtes: [16, 11, 26, 60, 34, 12, 60],
    afdruk: true,
  });

  const uitleg = [
    'Toelichting bij de voortgangsrapportage',
    '',
    'Verwacht bij lineaire voortgang: het deel van de looptijd van de maatregel dat op de peildatum (einde van de dag) verstreken is, in hele dagen.',
    'Prognose deelnemers einde: gerealiseerde deelnemers gedeeld door het verwachte deel; zo eindigt de maatregel als het tempo tot nu aanhoudt.',
    r.drempel
      ? `Signaal "risico": de prognose van de realisatie ligt onder de drempel van ${formatProcent(r.drempel)}; onder die drempel kan de subsidie op nihil worden vastgesteld (${r.regeling.parameters['realisatieDrempel']?.bron ?? ''}).`
      : 'Deze regeling kent geen drempel voor de realisatie van deelnemers; de vaststelling volgt de gerealiseerde directe kosten.',
    ...(r.drempel
      ? [
          `Prognose vaststelling: op de prognose van deelnemers en kosten aan het einde. Of de drempel per maatregel of per plan geldt, staat in geen gelezen tekst (Kamerbrief juni 2015: de subsidie "kan" op nihil bij minder dan ${formatProcent(r.drempel)} realisatie en volgt de gerealiseerde aantallen); daarom twee lezingen, beide onzeker:`,
          `- per maatregel: een maatregel onder de drempel kan op nihil (getoond als nihil); een andere maatregel het laagste van zijn verlening, verlening x realisatiegraad (ten hoogste 100%) en het percentage van zijn kosten;`,
          `- naar rato per plan: de drempel getoetst op alle deelnemers van het plan samen (geprognosticeerd gedeeld door beoogd); daaronder kan het hele plan op nihil, anders krijgt elke maatregel hetzelfde bedrag als hierboven maar zonder nihil per maatregel.`,
          'Beide lezingen: opgeteld over de maatregelen, ten hoogste de verleende subsidie, in hele euro omlaag.',
        ]
      : [
          'Prognose vaststelling: de vaststellingsregel van de regeling toegepast op de geprognosticeerde directe kosten aan het einde, ten hoogste de verleende subsidie.',
        ]),
    'Uiterste datum voortgangsrapportage: volgens de termijn van de regeling vanaf de startdatum van het plan.',
    '',
    ...regelsEnBronnen(r),
    '',
    auditRegel(r, herkomst),
  ];
  const toelichting: ModelBlad = {
    naam: TOELICHTING_BLAD,
    kolombreedtes: [100],
    cellen: uitleg.map((u, i) => ({
      row: i + 1,
      col: 1,
      waarde: u === '' ? LEEG : t(u),
      ...(i === 0 ? { opmaak: 'titel' as const } : u === REGELS_KOP ? { opmaak: 'vet' as const } : {}),
    })),
    tabellen: [],
    validaties: [],
    afdruk: { liggend: false },
    omloopKolommen: [1],
  };
  return {
    titel: `Voortgangsrapportage ${b.plan.naam}`,
    bladen: [
      {
        naam: 'Samenvatting',
        kolombreedtes: [46, 60],
        cellen: samenvatting,
        tabellen: [],
        validaties: [],
        afdruk: { liggend: false },
        omloopKolommen: [1, 2],
      },
      voortgangBlad,
      signalen,
      toelichting,
    ],
  };
}

/** How a report names and lays out its sheet of findings. */
export interface SignalenOpmaak {
  readonly naam: string;
  readonly titel: string;
  readonly tabel: string;
  /** The heading of the source column. */
  readonly bronKop: string;
  readonly kolombreedtes: readonly number[];
  /** Landscape, the header row repeated and long texts wrapped when printed. */
  readonly afdruk: boolean;
}

/**
 * A report's sheet of findings, one row each (cell, severity, code, message, source, zekerheid, lezing) under a title
 * and the count of findings on an unsure reading; "Geen signalen." when there are none.
 */
export function signalenBlad(findings: readonly Finding[], opmaak: SignalenOpmaak): ModelBlad {
  const t = tekstWaarde;
  const onzeker = onzekerTelling(findings);
  const kop: ModelCel[] = [
    { row: 1, col: 1, waarde: t(opmaak.titel), opmaak: 'titel' },
    ...(onzeker !== '' ? [{ row: 2, col: 1, waarde: t(`${alsZin(onzeker)}.`) }] : []),
  ];
  const rijen: ModelWaarde[][] = findings.map((f) => [
    t(plaatsTekst(f.location)),
    t(f.severity),
    t(f.code),
    t(f.message),
    t(f.article),
    t(f.zekerheid),
    t(f.lezing ?? ''),
  ]);
  return {
    naam: opmaak.naam,
    kolombreedtes: [...opmaak.kolombreedtes],
    cellen: rijen.length === 0 ? [...kop, { row: 2, col: 1, waarde: t('Geen signalen.') }] : kop,
    tabellen:
      rijen.length === 0
        ? []
        : [
            {
              naam: opmaak.tabel,
              row: 3,
              col: 1,
              koppen: ['Cel', 'Ernst', 'Code', 'Melding', opmaak.bronKop, 'Zekerheid', 'Lezing'],
              rijen,
              numFmts: [undefined, undefined, undefined, undefined, undefined, undefined, undefined],
            },
          ],
    validaties: [],
    ...(opmaak.afdruk
      ? {
          afdruk: { liggend: true, ...(rijen.length === 0 ? {} : { herhaalRijen: { van: 3, tot: 3 } }) },
          omloopKolommen: [1, 3, 4, 5, 7],
        }
      : {}),
  };
}
