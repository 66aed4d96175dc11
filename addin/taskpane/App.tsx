/**
 * The task pane: choose the regeling, insert the standard begroting, check the open workbook, write the
 * voortgangsrapportage, read the function reference. All workbook access arrives as `acties` (props); the pane
 * keeps only what the user sees.
 */
import * as React from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ernstTelling, type Finding, type FunctionSpec, type RegelingId } from '../../core';
import { gebruikersmelding, type Acties, type Controle, type Fase } from './acties';
import { Bevindingen, FunctieOverzicht, Samenvatting } from './components';

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    maxWidth: '40rem',
    color: tokens.colorNeutralForeground1,
  },
  titel: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  sectie: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  kop: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  knoppen: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { minHeight: '1.5em' },
  // A native select is as wide as its longest option (the regeling names are long): let it shrink with the pane.
  veld: { minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' },
  keuze: { minWidth: 0, width: '100%' },
  keuzeLijst: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

const FASE_TEKST: Readonly<Record<Fase | 'invoegen', string>> = {
  lezen: 'De werkmap wordt gelezen…',
  controleren: 'De begroting wordt gecontroleerd…',
  schrijven: 'De voortgangsrapportage wordt geschreven…',
  invoegen: 'De standaardbegroting wordt ingevoegd…',
};

export interface RegelingOptie {
  readonly id: RegelingId;
  readonly naam: string;
}

export interface AppProps {
  readonly acties: Acties;
  readonly regelingen: readonly RegelingOptie[];
  readonly functies: readonly FunctionSpec[];
  /** Proposed peildatum, JJJJ-MM-DD (what the date input holds). */
  readonly vandaag: string;
}

interface Melding {
  readonly soort: 'success' | 'error';
  readonly tekst: string;
}

function samenvattingTekst(c: Controle): string {
  return `Controle klaar: ${c.oordeel === 'voldoet' ? 'voldoet' : 'voldoet niet'}; ${ernstTelling(c.findings, ['fout', 'waarschuwing'])}.`;
}

export function App({ acties, regelingen, functies, vandaag }: AppProps): React.JSX.Element {
  const s = useStyles();
  const [regeling, setRegeling] = React.useState<RegelingId>(
    () => acties.bewaardeRegeling() ?? regelingen[0]?.id ?? 'dwsra-2016',
  );
  const [peildatum, setPeildatum] = React.useState(vandaag);
  const [bezig, setBezig] = React.useState<string | undefined>();
  const [melding, setMelding] = React.useState<Melding | undefined>();
  const [controle, setControle] = React.useState<Controle | undefined>();
  const [functiesOpen, setFunctiesOpen] = React.useState(false);
  const functieKnoppen = React.useRef<HTMLDivElement>(null);
  const terugNaarPane = React.useRef(false);

  React.useEffect(() => {
    if (!functiesOpen && terugNaarPane.current) {
      terugNaarPane.current = false;
      functieKnoppen.current?.querySelector('button')?.focus();
    }
  }, [functiesOpen]);

  /** Runs one action: progress while it works, then its confirmation or a Dutch error (never a stack trace). */
  const voerUit = async (
    start: string,
    actie: (onFase: (fase: Fase) => void) => Promise<string | undefined>,
  ): Promise<void> => {
    setMelding(undefined);
    setBezig(start);
    try {
      const tekst = await actie((fase) => setBezig(FASE_TEKST[fase]));
      if (tekst !== undefined) setMelding({ soort: 'success', tekst });
    } catch (error) {
      setMelding({ soort: 'error', tekst: gebruikersmelding(error) });
    } finally {
      setBezig(undefined);
    }
  };

  const kiesRegeling = (id: RegelingId): void => {
    setRegeling(id);
    acties.kiesRegeling(id).catch((error: unknown) => setMelding({ soort: 'error', tekst: gebruikersmelding(error) }));
  };

  const invoegen = (voorbeeld: boolean) =>
    voerUit(FASE_TEKST.invoegen, () => acties.voegBegrotingIn(regeling, voorbeeld));

  const controleer = () =>
    voerUit(FASE_TEKST.lezen, async (onFase) => {
      setControle(undefined);
      const c = await acties.controleer(onFase);
      setControle(c);
      return samenvattingTekst(c);
    });

  const kiesBevinding = (f: Finding): void => {
    acties.selecteer(f).catch((error: unknown) => setMelding({ soort: 'error', tekst: gebruikersmelding(error) }));
  };

  const rapporteer = () => voerUit(FASE_TEKST.lezen, (onFase) => acties.maakRapportage(peildatum, onFase));

  const uit = bezig !== undefined;

  return (
    <main className={s.root}>
      <h1 className={s.titel}>Cofinanciering SZW</h1>

      <div role="status" aria-live="polite" className={s.status}>
        {bezig !== undefined && <Spinner size="tiny" label={bezig} labelPosition="after" />}
        {bezig === undefined && melding?.soort === 'success' && (
          <MessageBar intent="success">
            <MessageBarBody>{melding.tekst}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="alert">
        {melding?.soort === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{melding.tekst}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {functiesOpen ? (
        <FunctieOverzicht
          functies={functies}
          onTerug={() => {
            terugNaarPane.current = true;
            setFunctiesOpen(false);
          }}
        />
      ) : (
        <>
          <section className={s.sectie} aria-labelledby="kop-begroting">
            <h2 id="kop-begroting" className={s.kop}>
              Standaardbegroting
            </h2>
            <Field className={s.veld} label="Regeling" hint="Deze keuze wordt in de werkmap bewaard.">
              <Select
                className={s.keuze}
                select={{ className: s.keuzeLijst }}
                value={regeling}
                onChange={(_e, data) => kiesRegeling(data.value as RegelingId)}
              >
                {regelingen.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.naam}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={s.knoppen}>
              <Button disabledFocusable={uit} onClick={() => void invoegen(false)}>
                Lege begroting invoegen
              </Button>
              <Button disabledFocusable={uit} onClick={() => void invoegen(true)}>
                Voorbeeld invoegen
              </Button>
            </div>
          </section>

          <section className={s.sectie} aria-labelledby="kop-controle">
            <h2 id="kop-controle" className={s.kop}>
              Controle
            </h2>
            <Text as="p">Leest de tabellen van de open werkmap en toetst de begroting aan de regeling.</Text>
            <div className={s.knoppen}>
              <Button appearance="primary" disabledFocusable={uit} onClick={() => void controleer()}>
                Controleer begroting
              </Button>
            </div>
            {controle !== undefined && (
              <div aria-label="Uitkomst van de controle" role="region">
                <Samenvatting controle={controle} />
                <Bevindingen findings={controle.findings} onKies={kiesBevinding} />
              </div>
            )}
          </section>

          <section className={s.sectie} aria-labelledby="kop-rapportage">
            <h2 id="kop-rapportage" className={s.kop}>
              Voortgangsrapportage
            </h2>
            <Field className={s.veld} label="Peildatum">
              <Input type="date" value={peildatum} onChange={(_e, data) => setPeildatum(data.value)} />
            </Field>
            <div className={s.knoppen}>
              <Button disabledFocusable={uit} onClick={() => void rapporteer()}>
                Maak voortgangsrapportage
              </Button>
            </div>
          </section>

          <section className={s.sectie} aria-labelledby="kop-functies">
            <h2 id="kop-functies" className={s.kop}>
              Functies
            </h2>
            <div className={s.knoppen} ref={functieKnoppen}>
              <Button appearance="secondary" onClick={() => setFunctiesOpen(true)}>
                Overzicht van de COFIN-functies
              </Button>
            </div>
          </section>
        </>
      )}
    </main>
  );
}
