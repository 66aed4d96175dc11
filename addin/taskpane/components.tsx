/**
 * The pieces of the task pane. Each gets its data and callbacks as props; none of them talks to Office.
 */
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  celVerwijzing,
  getoondeBron,
  signatuur,
  voorbeeldFormule,
  type Finding,
  type FunctionSpec,
  type Severity,
} from '../../core';
import type { Controle } from './acties';

const useStyles = makeStyles({
  kengetallen: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  term: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
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
      {controle.regeling !== undefined && (
        <>
          <dt className={s.term}>Regeling</dt>
          <dd className={s.getal} style={{ whiteSpace: 'normal' }}>
            {controle.regeling}
          </dd>
        </>
      )}
      {controle.kengetallen.map((k) => (
        <React.Fragment key={k.label}>
          <dt className={s.term}>{k.label}</dt>
          <dd className={s.getal}>{k.waarde}</dd>
        </React.Fragment>
      ))}
      <dt className={s.term}>Oordeel</dt>
      <dd className={`${s.getal} ${controle.oordeel === 'voldoet' ? s.oordeelGoed : s.oordeelFout}`}>
        {controle.oordeel === 'voldoet' ? 'Voldoet' : 'Voldoet niet'}
      </dd>
    </dl>
  );
}

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
                    <span>{f.message}</span>
                    <span className={s.bron}>
                      {plaats !== undefined ? `Cel ${plaats}` : 'Geen cel'}
                      {getoondeBron(f.article) !== undefined ? ` · ${f.article}` : ''}
                    </span>
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

/** The function reference inside the pane (the pane must not navigate away: it is the shared runtime's page). */
export function FunctieOverzicht({ functies, onTerug }: FunctieOverzichtProps): React.JSX.Element {
  const s = useStyles();
  const kop = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => kop.current?.focus(), []);
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
      {functies.map((f) => (
        <article key={f.name} className={s.functie} aria-labelledby={`functie-${f.name}`}>
          <h3 id={`functie-${f.name}`}>COFIN.{f.name}</h3>
          <Text as="p" size={200}>
            Nederlandstalige Excel: COFIN.{f.nlName}
          </Text>
          <p>{f.description}</p>
          <p>
            <code className={s.code}>{signatuur(f)}</code>
          </p>
          <ul>
            {f.params.map((p) => (
              <li key={p.name}>
                <code className={s.code}>{p.name}</code>
                {p.optional === true ? ' (optioneel)' : ''}: {p.description}
              </li>
            ))}
          </ul>
          <p>
            Uitkomst: {f.resultDescription}.{getoondeBron(f.article) !== undefined ? ` Bron: ${f.article}.` : ''}
          </p>
          {f.examples.length > 0 && (
            <>
              <p>Voorbeelden:</p>
              <ul>
                {f.examples.map((e, i) => (
                  <li key={i}>
                    <code className={s.code}>{voorbeeldFormule(f, e.args)}</code> geeft {e.result}
                    {e.toelichting !== undefined ? ` (${e.toelichting})` : ''}
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
