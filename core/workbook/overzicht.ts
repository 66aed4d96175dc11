/**
 * The Overzicht sheet of the standard begroting: the totals, the maximum subsidy, the required own contribution and
 * the differences as ordinary Excel formulas over the template's tables, so a fund sees the figures while typing, in
 * Excel without the add-in and in LibreOffice too. The rates, caps and rounding come from the regeling's parameters.
 *
 * What the formulas compute, as `bereken` of the regeling does for a begroting without capped lines:
 * - sectorplannen: per maatregel floor(rate x its costs), summed (the rate applies per maatregel); the caps on
 *   loonkosten, advice and BBL lines are not applied here (the sheet says so), the check applies them;
 * - DWSRA: direct costs (all but overhead) plus the forfaitaire opslag in cents rounded down, times the rate, at most
 *   the maximum subsidy, in whole euros rounded down; the costs are the direct costs plus the larger of the opslag and
 *   the overhead lines.
 * Both: vereiste eigen bijdrage = kosten - min(gevraagde subsidie, maximum); begrote eigen bijdrage = all financing
 * except bron szw. No COFIN function is used: the sheet must compute without the add-in.
 */
import { BRON_LABELS, KOSTENSOORT_LABELS, type BegrotingInput } from '../begroting';
import { REGELINGEN } from '../regelingen';
import type { RegelingId } from '../regelingen/ids';
import { formatProcent, formatEuro, fractie, bedrag } from '../money';
import { LEEG, tekstWaarde, type ModelBlad, type ModelCel } from './model';
import { NUMFMT, planVelden, tabelDefinities, type TabelSleutel } from './standaard';
import { columnLetters } from './types';

export const OVERZICHT_BLAD = 'Overzicht';

/** The first data row of the template's tables (header in row 4) and the last row the formulas cover. */
const EERSTE_RIJ = 5;
const LAATSTE_RIJ = 1004;
/** Rows of the per-maatregel part at least (more when the begroting written has more maatregelen). */
const MAATREGEL_RIJEN = 20;

/** The sheet and column letter of a field of a template table. */
function kolom(
  regeling: RegelingId,
  sleutel: TabelSleutel,
  veld: string,
): { readonly blad: string; readonly col: string } {
  const def = tabelDefinities(regeling).find((d) => d.sleutel === sleutel);
  const i = def?.kolommen.findIndex((k) => k.veld === veld) ?? -1;
  if (!def || i < 0) throw new Error(`template: geen kolom ${sleutel}.${veld}`);
  return { blad: def.blad, col: columnLetters(i + 1) };
}

/** The absolute range of a column of a template table, by field: "Kosten!$D$5:$D$1004". */
function kolomBereik(regeling: RegelingId, sleutel: TabelSleutel, veld: string): string {
  const { blad, col } = kolom(regeling, sleutel, veld);
  return `${blad}!$${col}$${EERSTE_RIJ}:$${col}$${LAATSTE_RIJ}`;
}

/** The value cell of a plan field on the Plan sheet: "Plan!$B$13". */
function planCel(regeling: RegelingId, veld: string): string {
  const i = planVelden(regeling).findIndex((v) => v.veld === veld);
  if (i < 0) throw new Error(`template: geen planveld ${veld}`);
  return `Plan!$B$${EERSTE_RIJ + i}`;
}

/**
 * Money in the sheet is rounded to cents at every sum and difference: Excel computes in binary floating point, and
 * 120.000 - 120.001,99 would show as -1,99000000000524 in a cell meant to be exactly -1,99 (or 0).
 */
const cent = (f: string) => `ROUND(${f},2)`;

/** A text criterion for SUMIF, quoted for a formula. */
const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The sum of `bedrag` over the rows whose `kolom` holds the code or the label of a choice (a cell may hold either). */
function somKeuze(kolom: string, bedrag: string, code: string, label: string): string {
  return `SUMIF(${kolom},${q(code)},${bedrag})+SUMIF(${kolom},${q(label)},${bedrag})`;
}

interface Regel {
  readonly label: string;
  readonly formule: string;
  readonly uitleg: string;
  readonly numFmt?: string;
  readonly vet?: boolean;
}

/** The Overzicht sheet for a regeling; `begroting` only sets how many maatregel rows the sheet has. */
export function overzichtBlad(regeling: RegelingId, begroting?: BegrotingInput): ModelBlad {
  const r = REGELINGEN[regeling];
  const p = r.parameters;
  const waarde = (k: string): string => {
    const v = p[k]?.waarde;
    if (v === undefined) throw new Error(`template: geen parameter ${k}`);
    return String(v);
  };
  const decimalen = waarde('afronding') === 'cent' ? 2 : 0;
  const rate = waarde('cofinancieringspercentage');
  const rateTekst = formatProcent(fractie(rate));
  const kostenBedrag = kolomBereik(regeling, 'kostenposten', 'bedrag');
  const kostenSoort = kolomBereik(regeling, 'kostenposten', 'soort');
  const kostenMaatregel = kolomBereik(regeling, 'kostenposten', 'maatregel');
  const finBedrag = kolomBereik(regeling, 'financiering', 'bedrag');
  const finBron = kolomBereik(regeling, 'financiering', 'bron');
  const finMaatregel = kolomBereik(regeling, 'financiering', 'maatregel');
  const codes = kolom(regeling, 'maatregelen', 'code');
  const szw = (extra = '') =>
    `SUMIFS(${finBedrag},${finBron},${q('szw')}${extra})+SUMIFS(${finBedrag},${finBron},${q(BRON_LABELS.szw)}${extra})`;

  const TOP = 4;
  const cellen: ModelCel[] = [
    { row: 1, col: 1, waarde: tekstWaarde(`Overzicht: ${r.naam}`), opmaak: 'titel' },
    {
      row: 2,
      col: 1,
      waarde: tekstWaarde(
        'Rekent terwijl u typt, met gewone Excel-formules: ook zonder de invoegtoepassing cofin. Vul hier niets in; de bedragen komen uit de bladen Plan, Kosten en Financiering.',
      ),
      opmaak: 'toelichting',
    },
    { row: TOP, col: 1, waarde: tekstWaarde('Onderdeel'), opmaak: 'kop' },
    { row: TOP, col: 2, waarde: tekstWaarde('Euro'), opmaak: 'kop' },
    { row: TOP, col: 3, waarde: tekstWaarde('Hoe berekend'), opmaak: 'kop' },
  ];
  const regels: Regel[] = [];
  const cel = (i: number) => `$B$${TOP + 1 + i}`;
  const add = (regel: Regel): string => {
    regels.push(regel);
    return cel(regels.length - 1);
  };

  const aantalMaatregelen = Math.max(MAATREGEL_RIJEN, begroting?.maatregelen.length ?? 0);
  const perMaatregelTop = TOP + 20;
  const maatregelRij = (i: number) => perMaatregelTop + 1 + i;
  const laatsteMaatregelRij = maatregelRij(aantalMaatregelen - 1);

  let totaleKosten: string;
  let maximum: string;
  const alleKosten = add({
    label: 'Kosten van alle kostenposten',
    formule: cent(`SUM(${kostenBedrag})`),
    uitleg: 'De som van de kolom Bedrag op het blad Kosten.',
    numFmt: NUMFMT.bedrag,
  });
  if (regeling === 'dwsra-2016') {
    const opslag = waarde('forfaitaireOpslag');
    const plafond = waarde('maximumSubsidie');
    const overheadSom = somKeuze(kostenSoort, kostenBedrag, 'overhead', KOSTENSOORT_LABELS.overhead);
    const overhead = add({
      label: 'Overhead (indirecte kosten)',
      formule: cent(overheadSom),
      uitleg: 'Kostenposten met kostensoort overhead; daarvoor komt de forfaitaire opslag in de plaats.',
      numFmt: NUMFMT.bedrag,
    });
    const direct = add({
      label: 'Directe kosten',
      formule: cent(`${alleKosten}-${overhead}`),
      uitleg: 'Alle kostenposten behalve overhead.',
      numFmt: NUMFMT.bedrag,
    });
    const opslagCel = add({
      label: `Forfaitaire opslag ${formatProcent(fractie(opslag))}`,
      formule: `ROUNDDOWN(${direct}*${opslag},2)`,
      uitleg: `${formatProcent(fractie(opslag))} van de directe kosten, in centen naar beneden (${p['forfaitaireOpslag']?.bron ?? ''}).`,
      numFmt: NUMFMT.bedrag,
    });
    const subsidiabel = add({
      label: 'Subsidiabele kosten',
      formule: cent(`${direct}+${opslagCel}`),
      uitleg: 'Directe kosten plus de forfaitaire opslag.',
      numFmt: NUMFMT.bedrag,
      vet: true,
    });
    totaleKosten = add({
      label: 'Totale kosten',
      formule: cent(`${direct}+MAX(${opslagCel},${overhead})`),
      uitleg: 'Directe kosten plus de opslag, of de overhead als die hoger is (het meerdere draagt de aanvrager zelf).',
      numFmt: NUMFMT.bedrag,
      vet: true,
    });
    maximum = add({
      label: 'Maximale subsidie',
      formule: `ROUNDDOWN(MIN(${subsidiabel}*${rate},${plafond}),${decimalen})`,
      uitleg: `${rateTekst} van de subsidiabele kosten, ten hoogste ${formatEuro(bedrag(plafond))}, in hele euro naar beneden (${p['cofinancieringspercentage']?.bron ?? ''}).`,
      numFmt: NUMFMT.bedrag,
      vet: true,
    });
  } else {
    totaleKosten = add({
      label: 'Totale kosten',
      formule: alleKosten,
      uitleg: 'Alle kostenposten.',
      numFmt: NUMFMT.bedrag,
      vet: true,
    });
    maximum = add({
      label: 'Maximale subsidie',
      formule: `SUM($C$${maatregelRij(0)}:$C$${laatsteMaatregelRij})`,
      uitleg: `Per maatregel ${rateTekst} van zijn kosten in hele euro naar beneden, opgeteld (tabel hieronder). Zonder de grenzen voor loonkosten, advies en BBL: die past de controle van cofin toe.`,
      numFmt: NUMFMT.bedrag,
      vet: true,
    });
  }
  const gevraagd = add({
    label: 'Gevraagde subsidie',
    formule: planCel(regeling, 'gevraagdeSubsidie'),
    uitleg: 'Het gegeven Gevraagde subsidie op het blad Plan.',
    numFmt: NUMFMT.bedrag,
  });
  add({
    label: 'Overschrijding van het maximum',
    formule: `MAX(0,${cent(`${gevraagd}-${maximum}`)})`,
    uitleg: 'Wat de gevraagde subsidie boven de maximale subsidie uitkomt; moet 0 zijn.',
    numFmt: NUMFMT.bedrag,
  });
  const vereist = add({
    label: 'Vereiste eigen bijdrage',
    formule: cent(`${totaleKosten}-MIN(${gevraagd},${maximum})`),
    uitleg: 'Totale kosten min de subsidie die kan worden verleend (de laagste van gevraagd en maximum).',
    numFmt: NUMFMT.bedrag,
    vet: true,
  });
  const financiering = add({
    label: 'Totale financiering',
    formule: cent(`SUM(${finBedrag})`),
    uitleg: 'De som van de kolom Bedrag op het blad Financiering.',
    numFmt: NUMFMT.bedrag,
  });
  const begroot = add({
    label: 'Begrote eigen bijdrage',
    formule: cent(`${financiering}-(${szw()})`),
    uitleg: 'Alle financiering behalve de bron szw (de gevraagde subsidie).',
    numFmt: NUMFMT.bedrag,
  });
  add({
    label: 'Verschil eigen bijdrage (begroot min vereist)',
    formule: cent(`${begroot}-${vereist}`),
    uitleg: 'Negatief: de eigen bijdrage is te laag.',
    numFmt: NUMFMT.bedrag,
    vet: true,
  });
  add({
    label: 'Verschil financiering en kosten',
    formule: cent(`${financiering}-${totaleKosten}`),
    uitleg: 'De financiering moet de kosten precies dekken; moet 0 zijn.',
    numFmt: NUMFMT.bedrag,
    vet: true,
  });
  regels.forEach((regel, i) => {
    const row = TOP + 1 + i;
    cellen.push({ row, col: 1, waarde: tekstWaarde(regel.label), ...(regel.vet ? { opmaak: 'vet' as const } : {}) });
    cellen.push({
      row,
      col: 2,
      waarde: LEEG,
      formule: regel.formule,
      ...(regel.numFmt ? { numFmt: regel.numFmt } : {}),
      ...(regel.vet ? { opmaak: 'vet' as const } : {}),
    });
    cellen.push({ row, col: 3, waarde: tekstWaarde(regel.uitleg), opmaak: 'toelichting' });
  });
  if (TOP + regels.length >= perMaatregelTop - 1) throw new Error('template: te veel regels voor het blad Overzicht');

  const isSectorplan = regeling !== 'dwsra-2016';
  cellen.push(
    { row: perMaatregelTop - 1, col: 1, waarde: tekstWaarde('Per maatregel'), opmaak: 'vet' },
    { row: perMaatregelTop, col: 1, waarde: tekstWaarde('Maatregel (code)'), opmaak: 'kop' },
    { row: perMaatregelTop, col: 2, waarde: tekstWaarde('Kosten in euro'), opmaak: 'kop' },
    {
      row: perMaatregelTop,
      col: 3,
      waarde: tekstWaarde(isSectorplan ? `Maximale subsidie (${rateTekst}, hele euro omlaag)` : 'Eigen financiering'),
      opmaak: 'kop',
    },
    { row: perMaatregelTop, col: 4, waarde: tekstWaarde('Subsidie gevraagd (szw)'), opmaak: 'kop' },
  );
  if (isSectorplan)
    cellen.push({ row: perMaatregelTop, col: 5, waarde: tekstWaarde('Eigen financiering'), opmaak: 'kop' });
  for (let i = 0; i < aantalMaatregelen; i += 1) {
    const row = maatregelRij(i);
    const bron = `${codes.blad}!$${codes.col}$${EERSTE_RIJ + i}`;
    const code = `$A${row}`;
    const leeg = (f: string) => `IF(${code}="","",${f})`;
    const gevraagdM = szw(`,${finMaatregel},${code}`);
    const eigenM = cent(`SUMIF(${finMaatregel},${code},${finBedrag})-(${gevraagdM})`);
    cellen.push(
      { row, col: 1, waarde: LEEG, formule: `IF(${bron}="","",${bron})` },
      {
        row,
        col: 2,
        waarde: LEEG,
        formule: leeg(cent(`SUMIF(${kostenMaatregel},${code},${kostenBedrag})`)),
        numFmt: NUMFMT.bedrag,
      },
    );
    if (isSectorplan)
      cellen.push(
        { row, col: 3, waarde: LEEG, formule: leeg(`ROUNDDOWN($B${row}*${rate},${decimalen})`), numFmt: NUMFMT.bedrag },
        { row, col: 4, waarde: LEEG, formule: leeg(cent(gevraagdM)), numFmt: NUMFMT.bedrag },
        { row, col: 5, waarde: LEEG, formule: leeg(eigenM), numFmt: NUMFMT.bedrag },
      );
    else
      cellen.push(
        { row, col: 3, waarde: LEEG, formule: leeg(eigenM), numFmt: NUMFMT.bedrag },
        { row, col: 4, waarde: LEEG, formule: leeg(cent(gevraagdM)), numFmt: NUMFMT.bedrag },
      );
  }
  const volgende = `${codes.blad}!$${codes.col}$${EERSTE_RIJ + aantalMaatregelen}:$${codes.col}$${LAATSTE_RIJ}`;
  cellen.push({
    row: laatsteMaatregelRij + 1,
    col: 1,
    waarde: LEEG,
    formule: `IF(COUNTA(${volgende})>0,"Let op: meer dan ${aantalMaatregelen} maatregelen; deze tabel${isSectorplan ? ' en de maximale subsidie' : ''} tellen alleen de eerste ${aantalMaatregelen}.","")`,
    opmaak: 'let-op',
  });
  return {
    naam: OVERZICHT_BLAD,
    kolombreedtes: [44, 18, 60, 16, 16],
    cellen,
    tabellen: [],
    validaties: [],
    afdruk: { liggend: false, herhaalRijen: { van: TOP, tot: TOP } },
    omloopKolommen: [1, 3],
  };
}
