/**
 * Runs every golden case file (test/golden/<area>/<case>.json) through the entry points the faces use: the function
 * registry, the WML table, the validator and the voortgangsrapportage. Each file states its expected value and where that value comes from.
 */
import {
  bedragText,
  berekenVoortgang,
  callFunction,
  fractieText,
  maakEindverantwoording,
  templateModel,
  valideerBegroting,
  wmlPerMaand,
  type BegrotingInput,
  type Datum,
  type FunctionValue,
} from '../../core';
import {
  goldenFiles,
  parseGoldenCase,
  type BegrotingCase,
  type EinddeclaratieCase,
  type GoldenCase,
  type RapportCase,
} from './golden';
import { uitModel } from './werkboek-bouwer';

const text = (v: FunctionValue): string =>
  v.kind === 'bedrag' ? bedragText(v.value) : v.kind === 'fractie' ? v.value.toFixed() : v.value;

function uitkomst(c: GoldenCase): unknown {
  if ('functie' in c) {
    const out = callFunction(c.functie, c.argumenten);
    if ('weigering' in c)
      return out.ok
        ? { gaf: text(out.value) }
        : { code: out.finding.code, ...(c.weigering.melding !== undefined ? { melding: out.finding.message } : {}) };
    return out.ok ? text(out.value) : { geweigerd: out.finding.code, melding: out.finding.message };
  }
  if ('peildatum' in c) return rapportUitkomst(c);
  if ('einddeclaratie' in c) return einddeclaratieUitkomst(c);
  if ('wml' in c) {
    const r = wmlPerMaand(c.wml.datum as Datum, c.wml.leeftijd);
    return r.ok ? r.bedrag.toFixed(2) : { geweigerd: r.reden };
  }
  return begrotingUitkomst(c);
}

function begrotingUitkomst(c: BegrotingCase): BegrotingCase['verwacht'] {
  const result = valideerBegroting(c.begroting);
  const calc = result.berekening;
  const v = c.verwacht;
  return {
    oordeel: result.oordeel,
    bevindingen: result.findings.map((f, i) => ({
      ernst: f.severity,
      code: f.code,
      pad: f.location.path,
      ...(v.bevindingen[i]?.melding !== undefined ? { melding: f.message } : {}),
      ...(v.bevindingen[i]?.zekerheid !== undefined ? { zekerheid: f.zekerheid } : {}),
    })),
    ...(v.totaleKosten !== undefined ? { totaleKosten: calc?.totaleKosten.toFixed() ?? '(geen berekening)' } : {}),
    ...(v.maximaleSubsidie !== undefined
      ? { maximaleSubsidie: calc?.maximaleSubsidie.toFixed() ?? '(geen berekening)' }
      : {}),
    ...(v.vereisteEigenBijdrage !== undefined
      ? { vereisteEigenBijdrage: calc?.vereisteEigenBijdrage.toFixed() ?? '(geen berekening)' }
      : {}),
    ...(v.maatregelen !== undefined
      ? {
          maatregelen: (calc?.maatregelen ?? []).map((m) => ({
            code: m.code,
            kosten: m.kosten.toFixed(),
            maximum: m.maximum?.toFixed() ?? '(geen)',
            szw: m.szw.toFixed(),
            eigen: m.eigen.toFixed(),
          })),
        }
      : {}),
  };
}

function rapportUitkomst(c: RapportCase): RapportCase['verwacht'] | { geenBerekening: string[] } {
  const result = valideerBegroting(c.begroting);
  if (!result.begroting || !result.berekening) return { geenBerekening: result.findings.map((f) => f.message) };
  const r = berekenVoortgang(result.begroting, result.berekening, c.peildatum as Datum);
  const v = c.verwacht;
  return {
    ...(r.rapportagedatum !== undefined ? { rapportagedatum: r.rapportagedatum } : {}),
    verleend: r.verleend.toFixed(),
    // To 6 decimals rounded down, as the report shows it: a plan share such as 230/300 has no finite decimal form.
    ...(r.prognoseRealisatiePlan !== undefined
      ? { prognoseRealisatiePlan: fractieText(r.prognoseRealisatiePlan, 6, 'omlaag') }
      : {}),
    ...(r.prognoseVaststelling !== undefined ? { prognoseVaststelling: r.prognoseVaststelling.toFixed() } : {}),
    ...(r.prognoseVaststellingNaarRato !== undefined
      ? { prognoseVaststellingNaarRato: r.prognoseVaststellingNaarRato.toFixed() }
      : {}),
    maatregelen: r.maatregelen.map((m, i) => ({
      code: m.code,
      signaal: m.signaal,
      ...(m.prognoseDeelnemers !== undefined ? { prognoseDeelnemers: m.prognoseDeelnemers } : {}),
      ...(m.prognoseKosten !== undefined ? { prognoseKosten: m.prognoseKosten.toFixed() } : {}),
      ...(m.prognoseVaststelling !== undefined ? { prognoseVaststelling: m.prognoseVaststelling.toFixed() } : {}),
      ...(m.prognoseVaststellingNaarRato !== undefined || v.maatregelen[i]?.prognoseVaststellingNaarRato !== undefined
        ? { prognoseVaststellingNaarRato: m.prognoseVaststellingNaarRato?.toFixed() ?? '(geen)' }
        : {}),
    })),
    signalen: r.findings.map((f) => ({
      ernst: f.severity,
      code: f.code,
      pad: f.location.path,
      zekerheid: f.zekerheid,
    })),
  };
}

/** Through the use case, on the begroting as `cofin template` and the pane write it. */
function einddeclaratieUitkomst(c: EinddeclaratieCase): EinddeclaratieCase['einddeclaratie'] | { geweigerd: string } {
  const input = c.begroting as BegrotingInput;
  const r = maakEindverantwoording(uitModel(templateModel(input.plan.regeling, input)));
  if (!r.ok) return { geweigerd: r.weigering.message };
  const e = r.eind;
  return {
    einddatum: e.einddatum,
    ...(e.vaststellingsdatum !== undefined ? { vaststellingsdatum: e.vaststellingsdatum } : {}),
    verleend: e.verleend.toFixed(),
    ...(e.realisatiePlan !== undefined ? { realisatiePlan: fractieText(e.realisatiePlan, 6, 'omlaag') } : {}),
    ...(e.vaststelling !== undefined ? { vaststelling: e.vaststelling.toFixed() } : {}),
    ...(e.vaststellingNaarRato !== undefined ? { vaststellingNaarRato: e.vaststellingNaarRato.toFixed() } : {}),
    maatregelen: e.maatregelen.map((m) => ({
      code: m.code,
      gerealiseerdeDeelnemers: m.gerealiseerdeDeelnemers,
      gerealiseerdeSubsidiabeleKosten: m.gerealiseerdeSubsidiabeleKosten.toFixed(),
      ...(e.drempel !== undefined ? { verleend: m.verleend.toFixed() } : {}),
      ...(m.vaststelling !== undefined ? { vaststelling: m.vaststelling.toFixed() } : {}),
      ...(m.vaststellingNaarRato !== undefined ? { vaststellingNaarRato: m.vaststellingNaarRato.toFixed() } : {}),
    })),
    signalen: e.findings.map((f) => ({
      ernst: f.severity,
      code: f.code,
      pad: f.location.path,
      zekerheid: f.zekerheid,
    })),
  };
}

function verwacht(c: GoldenCase): unknown {
  if ('weigering' in c) return c.weigering;
  if ('einddeclaratie' in c) return c.einddeclaratie;
  return c.verwacht;
}

const files = goldenFiles();

describe('golden case files', () => {
  test('every area has cases', () => {
    const perArea = new Map<string, number>();
    for (const f of files) perArea.set(f.area, (perArea.get(f.area) ?? 0) + 1);
    expect([...perArea.keys()].sort()).toEqual([
      'begrotingen',
      'dwsra-max',
      'dwsra-werkvoorbeeld',
      'eindverantwoording',
      'rapporten',
      'scholingsvoucher',
      'sectorplannen-bbl',
      'termijnen',
      'wml',
    ]);
  });

  test.each(files.map((f) => [f.naam, f] as const))('%s', (_naam, file) => {
    const c = parseGoldenCase(file);
    expect(uitkomst(c)).toEqual(verwacht(c));
  });
});

describe('the verdict rests only on rules the sources support', () => {
  const begrotingen = files
    .map((f) => ({ naam: f.naam, c: parseGoldenCase(f) }))
    .filter((x): x is { naam: string; c: BegrotingCase } => 'begroting' in x.c && !('einddeclaratie' in x.c));

  test.each(begrotingen.map((x) => [x.naam, x.c] as const))(
    '%s: no fout is onzeker, every onzeker finding names its reading',
    (_naam, c) => {
      const findings = valideerBegroting(c.begroting).findings;
      expect(findings.filter((f) => f.severity === 'fout' && f.zekerheid === 'onzeker')).toEqual([]);
      expect(findings.filter((f) => f.zekerheid === 'onzeker' && (f.lezing ?? '') === '')).toEqual([]);
    },
  );

  test('the cases include onzeker rules that are broken while the verdict stays voldoet', () => {
    const gebroken = begrotingen.filter(
      (x) => x.c.verwacht.oordeel === 'voldoet' && x.c.verwacht.bevindingen.some((b) => b.zekerheid === 'onzeker'),
    );
    expect(gebroken.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a malformed case file fails with its name and the problem', () => {
  test.each([
    [
      'no source',
      { functie: 'MAX', argumenten: ['1', 'dwsra-2016'], verwacht: '0' },
      /kapot\.json is no valid golden case[\s\S]*bron/,
    ],
    [
      'a misspelt key',
      { functie: 'MAX', argumenten: [], verwagt: '1', bron: 'regeling.md §3e, werkvoorbeeld' },
      /verwagt/,
    ],
    [
      'both a result and a refusal',
      { functie: 'MAX', argumenten: [], verwacht: '1', weigering: { code: 'x' }, bron: 'regeling.md §3e' },
      /weigering|verwacht/,
    ],
    [
      'a number where text is expected',
      { wml: { datum: '2013-01-01', leeftijd: 23 }, verwacht: 1469.4, bron: 'Staatscourant 2012, WML' },
      /verwacht/,
    ],
    [
      'a begroting finding without its path',
      {
        begroting: {},
        verwacht: { oordeel: 'voldoet', bevindingen: [{ ernst: 'fout', code: 'x' }] },
        bron: 'regeling.md §3c',
      },
      /pad/,
    ],
  ])('%s', (_label, inhoud, message) => {
    expect(() => parseGoldenCase({ naam: 'test/kapot.json', inhoud })).toThrow(message);
  });
});
