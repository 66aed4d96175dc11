/**
 * The key figures of `cofin check` in its text, JSON and CSV faces: per file (core's `kerncijfers`) and the summary
 * over all files. The JSON shape is documented in docs/schema/check-v1.schema.json.
 */
import {
  KERNBEDRAGEN,
  KERNBEDRAG_LABELS,
  REGELINGEN,
  bedrag,
  formatEuro,
  type KernBedragen,
  type Kerncijfers,
  type Severity,
  type Zekerheid,
} from '../../core';
import type { BestandResultaat } from '../xlsx/controle';
import { toonTekst } from './shared';

/** The version of the JSON output; the schema file of the same name describes it. */
export const JSON_VERSIE = 'check-v1';

const ERNSTEN: readonly Severity[] = ['fout', 'waarschuwing', 'info'];
const ZEKERHEDEN: readonly Zekerheid[] = ['zeker', 'waarschijnlijk', 'onzeker'];

/** The key figures under a file's findings in the text report, indented like them. */
export function kerncijferRegels(k: Kerncijfers): string[] {
  const lines: string[] = [];
  const wie = [
    k.regeling !== undefined ? `regeling ${k.regeling}` : undefined,
    k.hoofdaanvrager !== undefined ? `hoofdaanvrager ${toonTekst(k.hoofdaanvrager)}` : undefined,
  ].filter((x) => x !== undefined);
  lines.push(`  Kerncijfers${wie.length > 0 ? `: ${wie.join(', ')}` : ''}`);
  const b = k.bedragen;
  if (b !== undefined) {
    const euro = (naam: keyof KernBedragen) => `${KERNBEDRAG_LABELS[naam]} ${formatEuro(bedrag(b[naam]))}`;
    lines.push(`    ${(['totaleKosten', 'subsidiabeleKosten'] as const).map(euro).join('; ')}`);
    lines.push(`    ${(['maximaleSubsidie', 'gevraagdeSubsidie', 'overschrijding'] as const).map(euro).join('; ')}`);
    lines.push(`    ${(['vereisteEigenBijdrage', 'begroteEigenBijdrage'] as const).map(euro).join('; ')}`);
  } else lines.push('    geen bedragen: de begroting kon niet worden doorgerekend');
  lines.push(`    zekerheid: ${ZEKERHEDEN.map((z) => `${k.zekerheid[z]} ${z}`).join(', ')}`);
  return lines;
}

/** The key figures of one file as JSON: amounts as exact decimal strings, or null without a computable begroting. */
export function kerncijfersJson(k: Kerncijfers) {
  return {
    regeling: k.regeling ?? null,
    regelingNaam: k.regeling !== undefined ? REGELINGEN[k.regeling].naam : null,
    plan: k.plan ?? null,
    hoofdaanvrager: k.hoofdaanvrager ?? null,
    bedragen: k.bedragen ?? null,
    ernst: k.ernst,
    zekerheid: k.zekerheid,
  };
}

/** The summary over all files: how many files per verdict, findings per severity and per zekerheid. */
export function samenvatting(results: readonly BestandResultaat[]) {
  const ernst = { fout: 0, waarschuwing: 0, info: 0 };
  const zekerheid = { zeker: 0, waarschijnlijk: 0, onzeker: 0 };
  for (const r of results) {
    for (const e of ERNSTEN) ernst[e] += r.kerncijfers.ernst[e];
    for (const z of ZEKERHEDEN) zekerheid[z] += r.kerncijfers.zekerheid[z];
  }
  return {
    bestanden: results.length,
    voldoet: results.filter((r) => r.gelezen && r.oordeel === 'voldoet').length,
    voldoetNiet: results.filter((r) => r.gelezen && r.oordeel === 'voldoet-niet').length,
    onleesbaar: results.filter((r) => !r.gelezen).length,
    ernst,
    zekerheid,
  };
}

/** An exact decimal string the Dutch way for CSV: '86232.00' is '86232,00' (no thousands separator). */
export function nederlandsDecimaal(tekst: string): string {
  return tekst.replace('.', ',');
}

/** The key-figure columns CSV adds after the finding columns. */
export const CSV_KERNKOLOMMEN: readonly string[] = [
  'regeling',
  'hoofdaanvrager',
  ...KERNBEDRAGEN.map((n) => KERNBEDRAG_LABELS[n]),
  ...ERNSTEN.map((e) => `aantal ${e}`),
  ...ZEKERHEDEN.map((z) => `aantal ${z}`),
];

export function csvKernvelden(k: Kerncijfers): string[] {
  const b = k.bedragen;
  return [
    k.regeling ?? '',
    k.hoofdaanvrager ?? '',
    ...KERNBEDRAGEN.map((n) => (b !== undefined ? nederlandsDecimaal(b[n]) : '')),
    ...ERNSTEN.map((e) => String(k.ernst[e])),
    ...ZEKERHEDEN.map((z) => String(k.zekerheid[z])),
  ];
}
