/**
 * The standard begroting as a workbook model: what `cofin template` writes and what the task pane will insert
 * through Office.js. Blank, or filled from a begroting (the worked example per regeling, or generated test data).
 */
import type { BegrotingInput } from '../begroting';
import { REGELINGEN } from '../regelingen';
import type { RegelingId } from '../regelingen/ids';
import type { Keuze } from '../regelingen/types';
import { formatDatum, type Datum } from '../dates';
import { overzichtBlad, OVERZICHT_BLAD } from './overzicht';
import { D } from '../money';
import {
  LEEG,
  tekstWaarde,
  type ModelBlad,
  type ModelCel,
  type ModelValidatie,
  type ModelWaarde,
  type WerkboekModel,
} from './model';
import {
  AANVRAGER_KEUZES,
  BRON_KEUZES,
  DOELGROEP_KEUZES,
  KOSTENSOORT_KEUZES,
  NUMFMT,
  PLAN_KOPPEN,
  REGELING_KEUZES,
  planVelden,
  tabelDefinities,
  type KolomDefinitie,
} from './standaard';
import { columnLetters } from './types';
import { VOORBEELDEN } from './voorbeelden';

/** Rows below a table's header that carry the choice lists and checks, so they hold as the table grows. */
const VALIDATIE_RIJEN = 1000;
const KEUZELIJSTEN_BLAD = 'Keuzelijsten';
const TABEL_RIJ = 4;

/** A begroting input field is a string, number, boolean or amount (see begrotingSchema's input type); anything else is empty. */
type Invoerwaarde = string | number | boolean;

function waarde(kolom: KolomDefinitie, invoer: unknown): ModelWaarde {
  if (invoer instanceof D) return kolom.soort === 'bedrag' ? { soort: 'getal', getal: invoer.toFixed() } : LEEG;
  if (typeof invoer !== 'string' && typeof invoer !== 'number' && typeof invoer !== 'boolean') return LEEG;
  const raw: Invoerwaarde = invoer;
  if (raw === '') return LEEG;
  switch (kolom.soort) {
    case 'bedrag':
      return { soort: 'getal', getal: String(raw) };
    case 'aantal':
    case 'tijdvak':
      return { soort: 'getal', getal: String(raw) };
    case 'datum':
      return { soort: 'datum', datum: String(raw) as Datum };
    case 'waarheid':
      return tekstWaarde(raw === true ? 'ja' : raw === false ? 'nee' : String(raw));
    default:
      return tekstWaarde(String(raw));
  }
}

interface Keuzelijst {
  readonly kop: string;
  readonly keuzes: readonly Keuze[];
}

function keuzelijsten(regeling: RegelingId): Keuzelijst[] {
  return [
    { kop: 'Regeling', keuzes: REGELING_KEUZES },
    { kop: 'Soort maatregel', keuzes: REGELINGEN[regeling].soorten },
    { kop: 'Kostensoort', keuzes: KOSTENSOORT_KEUZES },
    { kop: 'Bron', keuzes: BRON_KEUZES },
    {
      kop: 'Ja/nee',
      keuzes: [
        { waarde: 'ja', label: 'ja' },
        { waarde: 'nee', label: 'nee' },
      ],
    },
    { kop: 'Soort hoofdaanvrager', keuzes: AANVRAGER_KEUZES },
    // h/portfolio (issue 12): last, so the lists above keep their columns.
    { kop: 'Doelgroep', keuzes: DOELGROEP_KEUZES },
  ];
}

/** The range on the Keuzelijsten sheet holding the codes of a list, as a data validation source. */
function lijstBron(regeling: RegelingId, keuzes: readonly Keuze[]): string | undefined {
  const lijsten = keuzelijsten(regeling);
  const i = lijsten.findIndex(
    (l) =>
      l.keuzes === keuzes ||
      (l.keuzes.length === keuzes.length && l.keuzes.every((k, j) => k.waarde === keuzes[j]?.waarde)),
  );
  if (i < 0) return undefined;
  const col = columnLetters(i * 2 + 1);
  return `${KEUZELIJSTEN_BLAD}!$${col}$2:$${col}$${keuzes.length + 1}`;
}

function validatie(regeling: RegelingId, kolom: KolomDefinitie, bereik: string): ModelValidatie | undefined {
  if (kolom.soort === 'keuze' && kolom.keuzes) {
    const bron = lijstBron(regeling, kolom.keuzes);
    return bron ? { bereik, soort: 'lijst', bron, melding: `${kolom.kop}: kies een waarde uit de lijst.` } : undefined;
  }
  if (kolom.soort === 'waarheid')
    return {
      bereik,
      soort: 'lijst',
      bron: lijstBron(regeling, keuzelijsten(regeling)[4]?.keuzes ?? []) ?? '',
      melding: 'Kies ja of nee.',
    };
  if (kolom.soort === 'bedrag') return { bereik, soort: 'bedrag', melding: `${kolom.kop}: een bedrag van 0 of meer.` };
  if (kolom.soort === 'aantal' || kolom.soort === 'tijdvak')
    return { bereik, soort: 'geheel', melding: `${kolom.kop}: een geheel aantal van 0 of meer.` };
  if (kolom.soort === 'datum') return { bereik, soort: 'datum', melding: `${kolom.kop}: een datum (dd-mm-jjjj).` };
  return undefined;
}

function titel(tekst: string, uitleg: string): ModelCel[] {
  return [
    { row: 1, col: 1, waarde: tekstWaarde(tekst), opmaak: 'titel' },
    { row: 2, col: 1, waarde: tekstWaarde(uitleg), opmaak: 'toelichting' },
  ];
}

/** The rules the template's figures rest on, in the order the explanation names them (where the regeling has them). */
const TEMPLATE_PARAMETERS = [
  'cofinancieringspercentage',
  'forfaitaireOpslag',
  'maximumSubsidie',
  'minimumSubsidie',
  'afronding',
  'loonkostenOpslag',
  'adviesMaxUurtarief',
  'bblPercentageWml',
  'bblMaxMaanden',
] as const;

/** Section headings of the explanation sheet (bold). */
const KOPPEN_UITLEG = ['Zo vult u deze werkmap in', 'Regels voor de opbouw', 'Controleren', 'Regels en bronnen'];

/**
 * The explanation sheet, for someone in Excel: how to fill in the sheets, what the Overzicht sheet computes, how to
 * check, and the rules with their sources named here (no reference to files elsewhere). The example dates are the
 * regeling's own worked example, inside its period.
 */
function instructies(regeling: RegelingId): string[] {
  const r = REGELINGEN[regeling];
  const vb = VOORBEELDEN[regeling].plan;
  const start = formatDatum(vb.startdatum as Datum);
  const eind = formatDatum(vb.einddatum as Datum);
  const bronnen = TEMPLATE_PARAMETERS.flatMap((k) => {
    const p = r.parameters[k];
    return p ? [`- ${p.omschrijving}: ${p.bron} (${p.zekerheid}).`] : [];
  });
  return [
    `Standaardbegroting cofin: ${r.naam} (${r.vindplaats})`,
    '',
    KOPPEN_UITLEG[0] as string,
    `1. Blad Plan: vul in de kolom Waarde per gegeven de waarde in. Bedragen in euro, datums als dd-mm-jjjj (bijvoorbeeld startdatum ${start} en einddatum ${eind}).`,
    `2. Blad Maatregelen: één regel per maatregel met een unieke code (bijvoorbeeld M1). Kies de soort uit de keuzelijst in de cel (${r.soorten.map((s) => s.waarde).join(', ')}).`,
    '3. Blad Kosten: één regel per kostenpost, met de code van de maatregel en een kostensoort uit de keuzelijst.',
    '4. Blad Financiering: één regel per bron. De financiering moet de kosten precies dekken; de gevraagde subsidie staat onder bron "szw".',
    `5. Blad Realisatie: alleen voor de voortgangsrapportage; per maatregel de gerealiseerde deelnemers en kosten tot de peildatum (bijvoorbeeld ${eind} aan het einde van het plan).`,
    `6. Blad ${OVERZICHT_BLAD}: rekent terwijl u typt de totale kosten, de subsidiabele kosten, de maximale subsidie, de vereiste eigen bijdrage en de verschillen uit. Het blad gebruikt alleen gewone Excel-formules en rekent dus ook zonder de invoegtoepassing cofin; u vult er niets in.`,
    '',
    KOPPEN_UITLEG[1] as string,
    '- De tabellen heten Plan, Maatregelen, Kostenposten, Financiering en Realisatie; ze worden op naam of aan hun kopregel gevonden. Wijzig de kopteksten niet.',
    '- U mag onderaan een tabel regels toevoegen (de tabel groeit mee), eigen kolommen toevoegen, bijvoorbeeld voor opmerkingen, en bladen hernoemen.',
    '- Een keuzeveld accepteert de code of de omschrijving uit het blad Keuzelijsten.',
    '- Eigen formules in de tabellen zijn toegestaan; de controle leest de laatst berekende uitkomst.',
    '',
    KOPPEN_UITLEG[2] as string,
    '- Met de invoegtoepassing cofin: kies in het taakvenster cofin "Controleer begroting". Bij elke bevinding staat de cel; klik erop om erheen te gaan.',
    '- In het taakvenster maakt "Maak voortgangsrapportage" op een peildatum de rapportage uit het blad Realisatie.',
    '- COFIN-functies (bijvoorbeeld =COFIN.MAX) werken alleen als de invoegtoepassing cofin geladen is; zonder toont Excel #NAAM?. Deze werkmap gebruikt ze niet, zodat ze overal rekent.',
    `- Het blad ${OVERZICHT_BLAD} rekent de eenvoudige regels na; de volledige controle (ook de grenzen voor loonkosten, advies en BBL en de termijnen) doet cofin.`,
    '',
    KOPPEN_UITLEG[3] as string,
    `De regeling: ${r.citeertitel} (${r.vindplaats}).`,
    ...bronnen,
  ];
}

/** The standard begroting for a regeling: blank, or filled with `begroting`. */
export function templateModel(regeling: RegelingId, begroting?: BegrotingInput): WerkboekModel {
  const bladen: ModelBlad[] = [];
  bladen.push({
    naam: 'Toelichting',
    kolombreedtes: [100],
    cellen: instructies(regeling).map((regel, i) => ({
      row: i + 1,
      col: 1,
      waarde: regel === '' ? LEEG : tekstWaarde(regel),
      ...(i === 0 ? { opmaak: 'titel' as const } : KOPPEN_UITLEG.includes(regel) ? { opmaak: 'vet' as const } : {}),
    })),
    tabellen: [],
    validaties: [],
    afdruk: { liggend: false },
    omloopKolommen: [1],
  });

  const defs = tabelDefinities(regeling);
  // Plan: a two-column table (Gegeven, Waarde) plus an explanation column that the reader ignores.
  const velden = planVelden(regeling);
  const plan = (begroting?.plan ?? { regeling }) as Record<string, unknown>;
  const planRijen = velden.map((v) => [tekstWaarde(v.kop), waarde(v, plan[v.veld]), tekstWaarde(v.toelichting)]);
  const planValidaties: ModelValidatie[] = [];
  const planCellen: ModelCel[] = [];
  velden.forEach((v, i) => {
    const row = TABEL_RIJ + 1 + i;
    const val = validatie(regeling, v, `B${row}`);
    if (val) planValidaties.push(val);
    if (v.numFmt) planCellen.push({ row, col: 2, waarde: planRijen[i]?.[1] ?? LEEG, numFmt: v.numFmt });
  });
  bladen.push({
    naam: 'Plan',
    kolombreedtes: [24, 42, 70],
    cellen: [...titel('Plan', 'Gegevens van het plan; één regel per gegeven.'), ...planCellen],
    tabellen: [
      {
        naam: 'Plan',
        row: TABEL_RIJ,
        col: 1,
        koppen: [PLAN_KOPPEN.gegeven, PLAN_KOPPEN.waarde, 'Toelichting'],
        rijen: planRijen,
        numFmts: [undefined, undefined, undefined],
      },
    ],
    validaties: planValidaties,
    vastRijen: TABEL_RIJ,
    afdruk: { liggend: true, herhaalRijen: { van: TABEL_RIJ, tot: TABEL_RIJ } },
    omloopKolommen: [3],
  });

  for (const def of defs) {
    if (def.sleutel === 'plan') continue;
    const bron = ((begroting as Record<string, unknown> | undefined)?.[def.sleutel] ?? []) as Record<string, unknown>[];
    const rijen =
      bron.length > 0
        ? bron.map((obj) => def.kolommen.map((k) => waarde(k, obj[k.veld])))
        : [def.kolommen.map(() => LEEG)];
    const validaties: ModelValidatie[] = [];
    def.kolommen.forEach((k, i) => {
      const col = columnLetters(i + 1);
      const v = validatie(regeling, k, `${col}${TABEL_RIJ + 1}:${col}${TABEL_RIJ + VALIDATIE_RIJEN}`);
      if (v) validaties.push(v);
    });
    bladen.push({
      naam: def.blad,
      kolombreedtes: def.kolommen.map((k) => k.breedte),
      cellen: titel(def.naam, def.toelichting),
      tabellen: [
        {
          naam: def.naam,
          row: TABEL_RIJ,
          col: 1,
          koppen: def.kolommen.map((k) => k.kop),
          rijen,
          numFmts: def.kolommen.map((k) => k.numFmt),
        },
      ],
      validaties,
      vastRijen: TABEL_RIJ,
      afdruk: { liggend: true, herhaalRijen: { van: TABEL_RIJ, tot: TABEL_RIJ } },
    });
  }
  bladen.push(overzichtBlad(regeling, begroting));

  const lijsten = keuzelijsten(regeling);
  const cellen: ModelCel[] = [];
  lijsten.forEach((l, i) => {
    cellen.push({ row: 1, col: i * 2 + 1, waarde: tekstWaarde(l.kop), opmaak: 'kop' });
    cellen.push({ row: 1, col: i * 2 + 2, waarde: tekstWaarde('Omschrijving'), opmaak: 'kop' });
    l.keuzes.forEach((k, j) => {
      cellen.push({ row: j + 2, col: i * 2 + 1, waarde: tekstWaarde(k.waarde), numFmt: NUMFMT.tekst });
      cellen.push({ row: j + 2, col: i * 2 + 2, waarde: tekstWaarde(k.label) });
    });
  });
  bladen.push({
    naam: KEUZELIJSTEN_BLAD,
    kolombreedtes: lijsten.flatMap(() => [20, 40]),
    cellen,
    tabellen: [],
    validaties: [],
    afdruk: { liggend: true, herhaalRijen: { van: 1, tot: 1 } },
    omloopKolommen: lijsten.map((_, i) => i * 2 + 2),
  });
  return { titel: `Begroting ${REGELINGEN[regeling].naam}`, bladen };
}

/** The use case "insert the standard begroting" of `cofin template` and the task pane: the model and what it is. */
interface Standaardbegroting {
  readonly model: WerkboekModel;
  /** 'lege standaardbegroting' or 'voorbeeldbegroting', to go into the face's confirmation. */
  readonly omschrijving: string;
}

/** The blank standard begroting of the regeling, or (voorbeeld) the same filled with its valid example. */
export function standaardbegroting(regeling: RegelingId, voorbeeld: boolean): Standaardbegroting {
  return voorbeeld
    ? { model: templateModel(regeling, VOORBEELDEN[regeling]), omschrijving: 'voorbeeldbegroting' }
    : { model: templateModel(regeling), omschrijving: 'lege standaardbegroting' };
}
