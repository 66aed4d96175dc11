/**
 * The public face of core: the names core/index.ts exports, which is what the adapters (addin/, cli/, scripts/,
 * bench/) and the tests use. Adding or removing a public name is a deliberate change: update the list below with it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as ts from 'typescript';
import * as core from '../../core';

const INDEX = resolve(__dirname, '../../core/index.ts');

/** Values (functions, constants) exported by core/index.ts. */
const VALUES = [
  'BESTAND_BRON',
  'CONTRACT_BRON',
  'D',
  'EIND_BLADEN',
  'EIND_KOLOMMEN',
  'EXCEL_BRON',
  'EXCEL_GRENZEN',
  'FUNCTIONS',
  'KERNBEDRAGEN',
  'KERNBEDRAG_LABELS',
  'REGELINGEN',
  'REGELING_IDS',
  'SCHOLINGSVOUCHER_NAAM',
  'VOORBEELDEN',
  'VOORTGANG_KOLOMMEN',
  'WML_PARAMETER',
  'WML_PERIODES',
  'aantal',
  'aantalOnzeker',
  'addMonths',
  'address',
  'afdrukGebied',
  'allocate',
  'alsZin',
  'alsZinsdeel',
  'argumenten',
  'bedrag',
  'bedragText',
  'begrensModel',
  'berekenEindverantwoording',
  'berekenVoortgang',
  'callCel',
  'callFunction',
  'callSpec',
  'callSpecCel',
  'celGetalFunctie',
  'celVerwijzing',
  'columnLetters',
  'controleerWerkboek',
  'datumFromParts',
  'daysBetween',
  'ernstAantal',
  'ernstTelling',
  'excelErrorKind',
  'findFunction',
  'findRegeling',
  'finding',
  'formatDatum',
  'formatEuro',
  'formatProcent',
  'formuleArgumenten',
  'fractieText',
  'fromExcelSerial',
  'geldigeBladnaam',
  'getoondeBron',
  'ingekort',
  'ingekorteKopVoet',
  'isGeldigeBladnaam',
  'jongerenDoel',
  'kerncijfers',
  'kolommenMerk',
  'kopEnVoet',
  'leeftijdOp',
  'leesBegroting',
  'leesPeildatum',
  'maakEindverantwoording',
  'maakVoortgangsrapportage',
  'onzekerTelling',
  'padTekst',
  'parseAddress',
  'parseIsoDatum',
  'parseRange',
  'parts',
  'plaatsTekst',
  'planVelden',
  'portefeuilleOverzicht',
  'portefeuillepost',
  'prepareCall',
  'rapportModel',
  'rekenFormuleNa',
  'rijenMerk',
  'roundDown',
  'scholingsvoucherParams',
  'signatuur',
  'standaardbegroting',
  'tabelDefinities',
  'templateModel',
  'toCellNumber',
  'toExcelSerial',
  'valideerBegroting',
  'voorbeeldFormule',
  'voortgangsgrafiek',
  'wholeMonthsBetween',
  'wmlPerMaand',
  'zekerheidLabel',
  'zonderTotaalrij',
];

/** Types exported by core/index.ts. */
const TYPES = [
  'Afdruk',
  'Bedrag',
  'BedragTekst',
  'BegrotingInput',
  'Blad',
  'Bron',
  'Cel',
  'CelGetal',
  'CelWaarde',
  'Datum',
  'Dec',
  'Eindverantwoording',
  'ExcelGrenzen',
  'Finding',
  'FindingCode',
  'FormuleUitkomst',
  'FunctionSpec',
  'FunctionValue',
  'Herkomst',
  'JongerenAandeel',
  'KernBedragen',
  'Kerncijfers',
  'MaatregelEind',
  'ModelBlad',
  'ModelCel',
  'ModelGrafiek',
  'ModelValidatie',
  'ModelWaarde',
  'Oordeel',
  'Opmaak',
  'Outcome',
  'Pad',
  'Parameter',
  'PlafondRegel',
  'Portefeuille',
  'PortefeuilleInvoer',
  'PortefeuilleOordeel',
  'Portefeuillepost',
  'RegelingId',
  'Severity',
  'TabelBereik',
  'Voortgangsrapportage',
  'Werkboek',
  'WerkboekModel',
  'Zekerheid',
];

interface Exported {
  readonly name: string;
  readonly typeOnly: boolean;
}

/** The names core/index.ts exports, read from its source; `export *` and local declarations are reported, not read. */
function exportsOfIndex(): { exported: Exported[]; unnamed: string[] } {
  const source = ts.createSourceFile(INDEX, readFileSync(INDEX, 'utf8'), ts.ScriptTarget.Latest, true);
  const exported: Exported[] = [];
  const unnamed: string[] = [];
  for (const statement of source.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause !== undefined &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const e of statement.exportClause.elements)
        exported.push({ name: e.name.text, typeOnly: statement.isTypeOnly || e.isTypeOnly });
    } else if (!ts.isImportDeclaration(statement)) unnamed.push(statement.getText(source).split('\n')[0] as string);
  }
  return { exported, unnamed };
}

test('core/index.ts exports by name only', () => {
  expect(exportsOfIndex().unnamed).toEqual([]);
});

test('the public values are exactly the listed ones', () => {
  const values = exportsOfIndex()
    .exported.filter((e) => !e.typeOnly)
    .map((e) => e.name);
  expect([...values].sort()).toEqual(VALUES);
  expect(Object.keys(core).sort()).toEqual(VALUES);
});

test('the public types are exactly the listed ones', () => {
  const types = exportsOfIndex()
    .exported.filter((e) => e.typeOnly)
    .map((e) => e.name);
  expect([...types].sort()).toEqual(TYPES);
});

test('the lists are sorted and have no name twice', () => {
  for (const list of [VALUES, TYPES]) expect(new Set(list).size).toBe(list.length);
  expect([...VALUES].sort()).toEqual(VALUES);
  expect([...TYPES].sort()).toEqual(TYPES);
});
