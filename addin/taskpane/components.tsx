/**
 * The pieces of the task pane. Each gets its data and callbacks as props; none of them talks to Office.
 */
import * as React from 'react';
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  celVerwijzing,
  getoondeBron,
  signatuur,
  voorbeeldFormule,
  type Finding,
  type Zekerheid,
  type FunctionSpec,
  type Severity,
} from '../../core';
import type { Controle, FormuleUitleg } from './acties';

/**
 * Text for the pane: the euro sign stays with its amount (core's '€ 1.245' has an ordinary space, right for files and
 * the command line, but a narrow pane would break the line between them).
 */
export function hard(tekst: string): string {
  return tekst.replace(/€ (?=[-\d])/g, '€\u00a0');
}

/** A decimal number written the Dutch way, '0.6' -> '0,6'; other text as it is. */
export function nlGetal(tekst: string): string {
  return /^-?\d+\.\d+$/.test(tekst) ? tekst.replace('.', ',') : tekst;
}

const useStyles = makeStyles({
  // Labels take the room they need up to their longest word; amounts never wrap.
  kengetallen: {
    display: 'grid',
    gridTemplateColumns: 'minmax(min-content, 1fr) max-content',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  term: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, overflowWrap: 'normal' },
  getal: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  oordeelGoed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  oordeelFout: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  lijst: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  bevinding: {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    overflowWrap: 'anywhere',
  },
  klikbaar: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  fout: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  waarschuwing: { borderLeft: `4px solid ${tokens.colorPaletteYellowBorder2}` },
  info: { borderLeft: `4px solid ${tokens.colorPaletteBlueBorderActive}` },
  bron: {
    display: 'block',
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  functie: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

export const ERNST_KOP: Readonly<Record<Severity, string>> = {
  fout: 'Fouten',
  waarschuwing: 'Waarschuwingen',
  info: 'Ter informatie',
};
const ERNSTEN: readonly Severity[] = ['fout', 'waarschuwing', 'info'];

export function Samenvatting({ controle }: { readonly controle: Controle }): React.JSX.Element {
  const s = useStyles();
  return (
    <dl className={s.kengetallen} aria-label="Samenvatting van de controle">
      {controle.kengetallen.map((k) => (
        <React.Fragment key={k.label}>
          <dt className={s.term}>{k.label}</dt>
          <dd className={s.getal}>{hard(k.waarde)}</dd>
        </React.Fragment>
      ))}
      <dt className={s.term}>Oordeel</dt>
      <dd className={`${s.getal} ${controle.oordeel === 'voldoet' ? s.oordeelGoed : s.oordeelFout}`}>
        {controle.oordeel === 'voldoet' ? 'Voldoet' : 'Voldoet niet'}
      </dd>
    </dl>
  );
}

/** How sure the rule behind a finding is, as the pane says it beside the source. */
const ZEKERHEID_TEKST: Readonly<Record<Zekerheid, string>> = {
  zeker: 'regel zeker',
  waarschijnlijk: 'regel waarschijnlijk',
  onzeker: 'regel onzeker',
};

export interface BevindingenProps {
  readonly findings: readonly Finding[];
  /** Selects the finding's cell in the workbook. */
  readonly onKies: (finding: Finding) => void;
}

export function Bevindingen({ findings, onKies }: BevindingenProps): React.JSX.Element {
  const s = useStyles();
  if (findings.length === 0) return <Text as="p">Geen bevindingen.</Text>;
  return (
    <>
      {ERNSTEN.map((ernst) => {
        const lijst = findings.filter((f) => f.severity === ernst);
        if (lijst.length === 0) return null;
        const kopId = `bevindingen-${ernst}`;
        return (
          <section key={ernst} aria-labelledby={kopId}>
            <h3 id={kopId}>
              {ERNST_KOP[ernst]} ({lijst.length})
            </h3>
            <ul className={s.lijst}>
              {lijst.map((f, i) => {
                const plaats = celVerwijzing(f.location);
                const inhoud = (
                  <>
                    <span>{hard(f.message)}</span>
                    <span className={s.bron}>
                      {plaats !== undefined ? `Cel ${plaats}` : 'Geen cel'}
                      {getoondeBron(f.article) !== undefined ? ` · ${f.article}` : ''}
                      {f.zekerheid !== 'zeker' ? ` · ${ZEKERHEID_TEKST[f.zekerheid]}` : ''}
                    </span>
                    {f.lezing !== undefined ? <span className={s.bron}>Lezing: {hard(f.lezing)}</span> : null}
                  </>
                );
                return (
                  <li key={`${f.code}-${plaats ?? f.location.path}-${i}`}>
                    {plaats !== undefined ? (
                      <button
                        type="button"
                        className={`${s.bevinding} ${s.klikbaar} ${s[ernst]}`}
                        onClick={() => onKies(f)}
                        title={`Selecteer cel ${plaats}`}
                      >
                        {inhoud}
                      </button>
                    ) : (
                      <div className={`${s.bevinding} ${s[ernst]}`}>{inhoud}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export interface FunctieOverzichtProps {
  readonly functies: readonly FunctionSpec[];
  readonly onTerug: () => void;
}

/** Whether a function matches the search text: its name, its Dutch name or its description, case-insensitive. */
export function functieVoldoet(f: FunctionSpec, zoek: string): boolean {
  const z = zoek
    .trim()
    .toLowerCase()
    .replace(/^=?cofin\./, '');
  if (z === '') return true;
  return [f.name, f.nlName, f.description].some((t) => t.toLowerCase().includes(z));
}

/** The function reference inside the pane (the pane must not navigate away: it is the shared runtime's page). */
export function FunctieOverzicht({ functies, onTerug }: FunctieOverzichtProps): React.JSX.Element {
  const s = useStyles();
  const kop = React.useRef<HTMLHeadingElement>(null);
  const [zoek, setZoek] = React.useState('');
  React.useEffect(() => kop.current?.focus(), []);
  const gevonden = functies.filter((f) => functieVoldoet(f, zoek));
  return (
    <section aria-labelledby="functies-kop">
      <Button onClick={onTerug}>Terug naar de begroting</Button>
      <h2 id="functies-kop" ref={kop} tabIndex={-1}>
        COFIN-functies
      </h2>
      <Text as="p">
        Typ in een cel bijvoorbeeld <code className={s.code}>=COFIN.MAX(1245313; &quot;dwsra-2016&quot;)</code>. Een
        ongeldig argument geeft #WAARDE! of #N/B met een uitleg.
      </Text>
      <Field label="Zoek een functie" hint="Op naam, Nederlandse naam of omschrijving.">
        <Input type="search" value={zoek} onChange={(_e, data) => setZoek(data.value)} />
      </Field>
      <p aria-live="polite">
        {gevonden.length === functies.length
          ? `${functies.length} functies`
          : gevonden.length === 0
            ? 'Geen functie gevonden.'
            : `${gevonden.length} van ${functies.length} functies`}
      </p>
      {gevonden.map((f) => (
        <article key={f.name} className={s.functie} aria-labelledby={`functie-${f.name}`}>
          <h3 id={`functie-${f.name}`}>COFIN.{f.name}</h3>
          <Text as="p" size={200}>
            Nederlandstalige Excel: COFIN.{f.nlName}
          </Text>
          <p>{hard(f.description)}</p>
          <p>
            <code className={s.code}>{signatuur(f)}</code>
          </p>
          <ul>
            {f.params.map((p) => (
              <li key={p.name}>
                <code className={s.code}>{p.name}</code>
                {p.optional === true ? ' (optioneel)' : ''}: {hard(p.description)}
              </li>
            ))}
          </ul>
          <p>
            Uitkomst: {hard(f.resultDescription)}.{getoondeBron(f.article) !== undefined ? ` Bron: ${f.article}.` : ''}
          </p>
          {f.examples.length > 0 && (
            <>
              <p>Voorbeelden:</p>
              <ul>
                {f.examples.map((e, i) => (
                  <li key={i}>
                    <code className={s.code}>{voorbeeldFormule(f, e.args)}</code> geeft {nlGetal(e.result)}
                    {e.toelichting !== undefined ? ` (${hard(e.toelichting)})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
    </section>
  );
}

/** "Waarom deze fout?": the reason, the argument and the article of the active cell's COFIN formula, in full. */
export function FormuleUitlegKaart({ uitleg }: { readonly uitleg: FormuleUitleg }): React.JSX.Element {
  const s = useStyles();
  const inhoud = ((): React.JSX.Element => {
    switch (uitleg.soort) {
      case 'geen-cel':
        return <p>Er is geen cel geselecteerd.</p>;
      case 'geen-cofin':
        return <p>De cel {uitleg.cel} bevat geen COFIN-formule.</p>;
      case 'niet-na-te-rekenen':
        return (
          <p>
            <code className={s.code}>{uitleg.formule}</code> in {uitleg.cel}: cofin kan deze formule niet narekenen;{' '}
            {uitleg.reden}
          </p>
        );
      case 'waarde':
        return (
          <p>
            <code className={s.code}>{uitleg.formule}</code> in {uitleg.cel} geeft {hard(uitleg.waarde)}
            {uitleg.excelFout !== undefined
              ? `, maar Excel toont ${uitleg.excelFout}: was de invoegtoepassing cofin geladen toen Excel rekende?`
              : ' en geen fout.'}
          </p>
        );
      case 'fout':
        return (
          <dl>
            <dt>Formule</dt>
            <dd>
              <code className={s.code}>{uitleg.formule}</code> in {uitleg.cel}
            </dd>
            <dt>Reden</dt>
            <dd>{hard(uitleg.reden)}</dd>
            {uitleg.argument !== undefined && (
              <>
                <dt>Argument</dt>
                <dd>{uitleg.argument}</dd>
              </>
            )}
            <dt>Bron</dt>
            <dd>{uitleg.artikel}</dd>
          </dl>
        );
    }
  })();
  return (
    <div
      role="region"
      aria-label="Waarom deze fout?"
      className={`${s.bevinding} ${uitleg.soort === 'fout' ? s.fout : s.info}`}
    >
      {inhoud}
    </div>
  );
}
