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
import { formatDatum, parseIsoDatum, type Finding, type FunctionSpec, type RegelingId } from '../../core';
import type { Bereik } from '../office/gateway';
import {
  REGELING_KORT,
  gebruikersmelding,
  type Acties,
  type Controle,
  type Fase,
  type FormuleUitleg,
  type Intent,
  type RegelingOptie,
  type Uitkomst,
  type Vastzetvoorstel,
  type Werkmapstand,
} from './acties';
import { Bevindingen, FormuleUitlegKaart, FunctieOverzicht, Samenvatting, hard } from './components';

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
  bron: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const FASE_TEKST: Readonly<Record<Fase | 'invoegen', string>> = {
  lezen: 'De werkmap wordt gelezen…',
  controleren: 'De begroting wordt gecontroleerd…',
  schrijven: 'De voortgangsrapportage wordt geschreven…',
  invoegen: 'De standaardbegroting wordt ingevoegd…',
};

export type { RegelingOptie } from './acties';

export interface AppProps {
  readonly acties: Acties;
  readonly regelingen: readonly RegelingOptie[];
  readonly functies: readonly FunctionSpec[];
  /** Today, JJJJ-MM-DD: the peildatum proposed while the workbook names no plan with a report due date. */
  readonly vandaag: string;
}

interface Melding extends Uitkomst {
  /** Something went wrong (an alert); otherwise the outcome of what the user asked, coloured by what it says. */
  readonly alarm?: boolean;
  /** A button that undoes what the message reports. */
  readonly terug?: { readonly label: string; readonly actie: () => Promise<string> };
}

/** A date as the pane proposes it: DD-MM-JJJJ, the way Dutch users write it (the field takes ISO too). */
function toonDatum(iso: string): string {
  const d = parseIsoDatum(iso);
  return d ? formatDatum(d) : iso;
}

function Bericht({ melding }: { readonly melding: Melding }): React.JSX.Element {
  return (
    <MessageBar intent={melding.intent} data-intent={melding.intent}>
      <MessageBarBody>{hard(melding.tekst)}</MessageBarBody>
    </MessageBar>
  );
}

export function App({ acties, regelingen, functies, vandaag }: AppProps): React.JSX.Element {
  const s = useStyles();
  const [regeling, setRegeling] = React.useState<RegelingId>(
    () => acties.bewaardeRegeling() ?? regelingen[0]?.id ?? 'dwsra-2016',
  );
  const [peildatum, setPeildatum] = React.useState(() => toonDatum(vandaag));
  const peildatumGewijzigd = React.useRef(false);
  const [stand, setStand] = React.useState<Werkmapstand | undefined>();
  const [bezig, setBezig] = React.useState<string | undefined>();
  const [melding, setMelding] = React.useState<Melding | undefined>();
  const [controle, setControle] = React.useState<Controle | undefined>();
  const [uitleg, setUitleg] = React.useState<FormuleUitleg | undefined>();
  const [voorstel, setVoorstel] = React.useState<Vastzetvoorstel | undefined>();
  const [functiesOpen, setFunctiesOpen] = React.useState(false);
  const functieKnoppen = React.useRef<HTMLDivElement>(null);
  const terugNaarPane = React.useRef(false);

  React.useEffect(() => {
    if (!functiesOpen && terugNaarPane.current) {
      terugNaarPane.current = false;
      functieKnoppen.current?.querySelector('button')?.focus();
    }
  }, [functiesOpen]);

  /** What the workbook says: its regeling and the plan's report due date (the proposed peildatum). */
  const nieuweStand = React.useCallback((st: Werkmapstand): void => {
    setStand(st);
    if (st.rapportagedatum !== undefined && !peildatumGewijzigd.current) setPeildatum(formatDatum(st.rapportagedatum));
  }, []);

  const verversStand = React.useCallback((): void => {
    // The pane works without it: a workbook that cannot be read says so when the user checks it.
    acties.leesStand().then(nieuweStand, () => undefined);
  }, [acties, nieuweStand]);

  React.useEffect(verversStand, [verversStand]);

  /** Runs one action: progress while it works, then its confirmation or a Dutch error (never a stack trace). */
  const voerUit = async (
    start: string,
    actie: (onFase: (fase: Fase) => void) => Promise<string | Melding | undefined>,
  ): Promise<void> => {
    setMelding(undefined);
    setBezig(start);
    try {
      const uitkomst = await actie((fase) => setBezig(FASE_TEKST[fase]));
      if (uitkomst !== undefined)
        setMelding(typeof uitkomst === 'string' ? { intent: 'success', tekst: uitkomst } : uitkomst);
    } catch (error) {
      setMelding({ intent: 'error', tekst: gebruikersmelding(error), alarm: true });
    } finally {
      setBezig(undefined);
    }
  };

  const fout = (error: unknown): void => setMelding({ intent: 'error', tekst: gebruikersmelding(error), alarm: true });

  const kiesRegeling = (id: RegelingId): void => {
    setRegeling(id);
    acties.kiesRegeling(id).catch(fout);
  };

  const invoegen = (voorbeeld: boolean) =>
    voerUit(FASE_TEKST.invoegen, async () => {
      const tekst = await acties.voegBegrotingIn(regeling, voorbeeld);
      setControle(undefined);
      verversStand();
      return tekst;
    });

  const controleer = () =>
    voerUit(FASE_TEKST.lezen, async (onFase) => {
      setControle(undefined);
      const c = await acties.controleer(onFase);
      setControle(c);
      nieuweStand(c.stand);
      return c.uitkomst;
    });

  const kiesBevinding = (f: Finding): void => {
    acties.selecteer(f).catch(fout);
  };

  const rapporteer = () => voerUit(FASE_TEKST.lezen, (onFase) => acties.maakRapportage(peildatum, onFase));

  const einddeclaratie = () =>
    voerUit(FASE_TEKST.lezen, (onFase) =>
      acties.maakEinddeclaratie((fase) =>
        fase === 'schrijven' ? setBezig('De einddeclaratie wordt geschreven…') : onFase(fase),
      ),
    );

  const waarom = () =>
    voerUit('De formule wordt nagerekend…', async () => {
      setUitleg(await acties.waaromFout());
      return undefined;
    });

  const stelVastzettenVoor = (bereik: Bereik) =>
    voerUit('De formules worden gezocht…', async () => {
      const v = await acties.vastzetVoorstel(bereik);
      if (v.cellen.length === 0) {
        setVoorstel(undefined);
        const waar = v.bereik !== '' ? ` (${v.bereik})` : '';
        return {
          intent: 'info' as Intent,
          tekst: `Geen COFIN-formule met een waarde om vast te zetten op het blad '${v.sheet}'${waar}.`,
        };
      }
      setVoorstel(v);
      return undefined;
    });

  const zetVast = (v: Vastzetvoorstel) =>
    voerUit('De waarden worden vastgezet…', async () => {
      const r = await acties.zetVast(v);
      setVoorstel(undefined);
      return {
        intent: 'success' as Intent,
        tekst: r.tekst,
        terug: { label: 'Formules terugzetten', actie: r.terugzetten },
      };
    });

  const uit = bezig !== undefined;
  const werkmapRegeling = stand?.regeling;
  const verschilt = werkmapRegeling !== undefined && werkmapRegeling !== regeling;

  return (
    <main className={s.root}>
      <h1 className={s.titel}>Cofinanciering SZW</h1>

      <div role="status" aria-live="polite" className={s.status}>
        {bezig !== undefined && <Spinner size="tiny" label={bezig} labelPosition="after" />}
        {bezig === undefined && melding !== undefined && melding.alarm !== true && (
          <>
            <Bericht melding={melding} />
            {melding.terug !== undefined && (
              <div className={s.knoppen}>
                <Button
                  onClick={() => {
                    const terug = melding.terug;
                    if (terug) void voerUit('De formules worden teruggezet…', terug.actie);
                  }}
                >
                  {melding.terug.label}
                </Button>
              </div>
            )}
          </>
        )}
      </div>
      <div role="alert">{melding?.alarm === true && <Bericht melding={melding} />}</div>

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
            <Field
              className={s.veld}
              label="Regeling"
              hint={
                werkmapRegeling !== undefined
                  ? 'Voor een nieuw in te voegen begroting. De controle en de rapportage gebruiken de regeling op het blad Plan.'
                  : 'Voor een nieuw in te voegen begroting; de keuze wordt in de werkmap bewaard.'
              }
            >
              <Select
                className={s.keuze}
                select={{ className: s.keuzeLijst }}
                value={regeling}
                onChange={(_e, data) => kiesRegeling(data.value as RegelingId)}
              >
                {regelingen.map((r) => (
                  <option key={r.id} value={r.id} title={r.naam}>
                    {r.kort}
                  </option>
                ))}
              </Select>
            </Field>
            {werkmapRegeling !== undefined && (
              <p className={s.bron} aria-label="Volgens het blad Plan">
                Regeling op het blad Plan: {REGELING_KORT[werkmapRegeling]}
              </p>
            )}
            {verschilt && (
              <MessageBar intent="warning" data-intent="warning">
                <MessageBarBody>
                  Het blad Plan noemt {REGELING_KORT[werkmapRegeling]}, de keuze hier is {REGELING_KORT[regeling]}. De
                  controle volgt het blad Plan; wijzig daar de regeling als die niet klopt.
                </MessageBarBody>
              </MessageBar>
            )}
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
                {controle.leeg ? (
                  <>
                    <Text as="p">
                      Er staat nog geen begroting in het standaardformaat in deze werkmap. Begin met een lege begroting
                      voor {REGELING_KORT[regeling]}, of bekijk eerst het ingevulde voorbeeld.
                    </Text>
                    <div className={s.knoppen}>
                      <Button appearance="primary" disabledFocusable={uit} onClick={() => void invoegen(false)}>
                        Lege begroting invoegen
                      </Button>
                      <Button disabledFocusable={uit} onClick={() => void invoegen(true)}>
                        Voorbeeld invoegen
                      </Button>
                    </div>
                  </>
                ) : (
                  <>
                    {controle.regeling !== undefined && (
                      <p className={s.bron}>Getoetst aan: {REGELING_KORT[controle.regeling]} (blad Plan)</p>
                    )}
                    <Samenvatting controle={controle} />
                    <Bevindingen findings={controle.findings} onKies={kiesBevinding} />
                  </>
                )}
              </div>
            )}
          </section>

          <section className={s.sectie} aria-labelledby="kop-rapportage">
            <h2 id="kop-rapportage" className={s.kop}>
              Voortgangsrapportage
            </h2>
            <Field
              className={s.veld}
              label="Peildatum"
              hint={
                stand?.rapportagedatum !== undefined
                  ? `DD-MM-JJJJ of JJJJ-MM-DD. Voorgesteld: de uiterste rapportagedatum van het plan, ${formatDatum(stand.rapportagedatum)}.`
                  : 'DD-MM-JJJJ of JJJJ-MM-DD.'
              }
            >
              <Input
                type="text"
                inputMode="numeric"
                autoComplete="off"
                placeholder="dd-mm-jjjj"
                value={peildatum}
                onChange={(_e, data) => {
                  peildatumGewijzigd.current = true;
                  setPeildatum(data.value);
                }}
              />
            </Field>
            <div className={s.knoppen}>
              <Button disabledFocusable={uit} onClick={() => void rapporteer()}>
                Maak voortgangsrapportage
              </Button>
            </div>
          </section>

          <section className={s.sectie} aria-labelledby="kop-einddeclaratie">
            <h2 id="kop-einddeclaratie" className={s.kop}>
              Einddeclaratie
            </h2>
            <Text as="p">
              Na afloop van het plan: de bijlage met per maatregel het gerealiseerde aantal toepassingen en de
              gerealiseerde subsidiabele kosten, de vaststelling en de uiterste datum van de einddeclaratie.
            </Text>
            <div className={s.knoppen}>
              <Button disabledFocusable={uit} onClick={() => void einddeclaratie()}>
                Maak einddeclaratie
              </Button>
            </div>
          </section>

          <section className={s.sectie} aria-labelledby="kop-formule">
            <h2 id="kop-formule" className={s.kop}>
              Formules in de werkmap
            </h2>
            <Text as="p">
              Excel toont bij een COFIN-formule met een fout maar een korte melding. Selecteer de cel en kies:
            </Text>
            <div className={s.knoppen}>
              <Button disabledFocusable={uit} onClick={() => void waarom()}>
                Waarom deze fout?
              </Button>
            </div>
            {uitleg !== undefined && <FormuleUitlegKaart uitleg={uitleg} />}
            <Text as="p">
              Wie de werkmap opent zonder cofin, ziet #NAAM? in plaats van de uitkomsten. Zet de COFIN-formules dan
              eerst vast als waarden.
            </Text>
            <div className={s.knoppen}>
              <Button disabledFocusable={uit} onClick={() => void stelVastzettenVoor('selectie')}>
                Selectie vastzetten
              </Button>
              <Button disabledFocusable={uit} onClick={() => void stelVastzettenVoor('blad')}>
                Heel blad vastzetten
              </Button>
            </div>
            {voorstel !== undefined && (
              <div role="group" aria-label="Waarden vastzetten bevestigen">
                <MessageBar intent="warning">
                  <MessageBarBody>
                    {voorstel.cellen.length === 1
                      ? '1 cel met een COFIN-formule'
                      : `${voorstel.cellen.length} cellen met een COFIN-formule`}{' '}
                    op het blad &apos;{voorstel.sheet}&apos; ({voorstel.bereik}) krijgen hun huidige waarde in plaats
                    van de formule: {voorstel.cellen.map((c) => c.address).join(', ')}.
                    {voorstel.overgeslagen.length > 0 &&
                      ` Blijven formule (geen waarde, een foutwaarde of een bereik dat kan overlopen): ${voorstel.overgeslagen.join(', ')}.`}{' '}
                    Excel kan dit niet ongedaan maken; cofin onthoudt de formules tot u iets anders doet.
                  </MessageBarBody>
                </MessageBar>
                <div className={s.knoppen}>
                  <Button appearance="primary" disabledFocusable={uit} onClick={() => void zetVast(voorstel)}>
                    Vervang door waarden
                  </Button>
                  <Button onClick={() => setVoorstel(undefined)}>Annuleren</Button>
                </div>
              </div>
            )}
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
