/**
 * The voortgangsrapportage is one use case (core's maakVoortgangsrapportage) with two faces: `cofin rapport` and
 * the task pane's "Maak voortgangsrapportage". The same peildatum text is accepted or refused the same way by
 * both faces and by `cofin calc VOORTGANG`, and both faces write the same report model from the same begroting.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOORBEELDEN, leesPeildatum, maakVoortgangsrapportage, templateModel, type WerkboekModel } from '../../core';
import * as write from '../../cli/xlsx/write';
import { MemoryGateway, MemoryWorkbook } from '../../addin/office/memory-gateway';
import { maakActies } from '../../addin/taskpane/acties';
import { GatewayError } from '../../addin/office/gateway';
import { cofin, tmp } from '../cli/helpers';

const begroting = VOORBEELDEN['dwsra-2016'];
const dir = tmp('cofin-rapportage-');
let bron: string;

async function paneMetBegroting(): Promise<MemoryGateway> {
  const gateway = new MemoryGateway(new MemoryWorkbook(['Blad1']));
  await gateway.applyModel(templateModel('dwsra-2016', begroting), { onConflict: 'refuse' });
  return gateway;
}

beforeAll(async () => {
  bron = join(dir, 'begroting.xlsx');
  writeFileSync(bron, await write.modelNaarBuffer(templateModel('dwsra-2016', begroting)));
});

afterEach(() => jest.restoreAllMocks());

/** Peildatum as typed -> the day it means, or undefined when refused. */
const PEILDATA: readonly (readonly [string, string | undefined])[] = [
  ['2018-01-31', '2018-01-31'],
  ['31-01-2018', '2018-01-31'],
  ['31-12-2017', '2017-12-31'],
  ['31/12/2017', '2017-12-31'],
  ['43131', '2018-01-31'], // Excel serial of 31 January 2018 (43101 is 1 January 2018)
  ['2018-13-01', undefined],
  ['31-02-2015', undefined],
  ['morgen', undefined],
];

describe.each(PEILDATA)('peildatum %s', (tekst, dag) => {
  const datum = dag === undefined ? undefined : dag.split('-').reverse().join('-');

  test('cofin rapport', async () => {
    const r = await cofin(
      'rapport',
      bron,
      '--peildatum',
      tekst,
      '--out',
      join(dir, `rapport-${tekst.replace(/\//g, '_')}.xlsx`),
      '--force',
    );
    if (datum === undefined)
      expect(r).toEqual({
        code: 2,
        out: '',
        err: `cofin rapport: de peildatum '${tekst}' is geen geldige datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ.\n`,
      });
    else {
      expect(r.code).toBe(0);
      expect(r.out).toContain(`: voortgangsrapportage op ${datum} geschreven.`);
    }
  });

  test('the task pane', async () => {
    const uitkomst = maakActies(await paneMetBegroting()).maakRapportage(tekst);
    if (datum === undefined) {
      await expect(uitkomst).rejects.toThrow(GatewayError);
      await expect(uitkomst).rejects.toThrow(
        `De peildatum '${tekst}' is geen geldige datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ.`,
      );
    } else
      await expect(uitkomst).resolves.toMatchObject({
        tekst: expect.stringMatching(
          new RegExp(`^Voortgangsrapportage op ${datum} ingevoegd op de bladen `),
        ) as unknown,
      });
  });

  test('cofin calc VOORTGANG', async () => {
    const r = await cofin('calc', 'VOORTGANG', '2017-01-01', '2018-12-31', tekst);
    expect(r.code).toBe(dag === undefined ? 1 : 0);
    if (dag !== undefined) expect(r.out).toBe((await cofin('calc', 'VOORTGANG', '2017-01-01', '2018-12-31', dag)).out);
    expect(leesPeildatum(tekst)).toEqual(
      dag === undefined ? expect.objectContaining({ ok: false }) : { ok: true, value: dag },
    );
  });
});

test('an Excel serial number as a number means the same day as its text', () => {
  expect(leesPeildatum(43131)).toEqual({ ok: true, value: '2018-01-31' });
  expect(leesPeildatum('43131')).toEqual({ ok: true, value: '2018-01-31' });
});

test('an empty peildatum asks for one, in both formats', async () => {
  const r = leesPeildatum('  ');
  expect(r.ok).toBe(false);
  if (!r.ok)
    expect([r.finding.code, r.finding.message]).toEqual([
      'peildatum-ontbreekt',
      'Vul een peildatum in (JJJJ-MM-DD of DD-MM-JJJJ).',
    ]);
  await expect(maakActies(await paneMetBegroting()).maakRapportage('')).rejects.toThrow(
    'Vul een peildatum in (JJJJ-MM-DD of DD-MM-JJJJ).',
  );
});

test('both faces write the same report model from the same begroting', async () => {
  const cliModellen: WerkboekModel[] = [];
  const echt = write.modelNaarBuffer;
  jest.spyOn(write, 'modelNaarBuffer').mockImplementation((model) => {
    cliModellen.push(model);
    return echt(model);
  });
  expect(
    (await cofin('rapport', bron, '--peildatum', '31-01-2018', '--out', join(dir, 'zelfde.xlsx'), '--force')).code,
  ).toBe(0);

  const gateway = await paneMetBegroting();
  const paneModellen: WerkboekModel[] = [];
  const apply = gateway.applyModel.bind(gateway);
  jest.spyOn(gateway, 'applyModel').mockImplementation((model, options) => {
    paneModellen.push(model);
    return apply(model, options);
  });
  await maakActies(gateway).maakRapportage('2018-01-31');

  expect(cliModellen).toHaveLength(1);
  expect(paneModellen).toHaveLength(1);
  expect(paneModellen[0]).toEqual(cliModellen[0]);
  const direct = maakVoortgangsrapportage(await gateway.readWorkbook(), '2018-01-31');
  expect(direct.ok && direct.model.bladen.map((b) => b.naam)).toEqual([
    'Samenvatting',
    'Voortgang',
    'Signalen',
    'Toelichting rapportage',
  ]);
});

test('a begroting without a Realisatie table is refused with its code by both faces', async () => {
  const { realisatie: _r, ...zonder } = begroting;
  const file = join(dir, 'zonder.xlsx');
  writeFileSync(file, await write.modelNaarBuffer(templateModel('dwsra-2016', zonder)));
  const melding =
    'De begroting heeft geen (gevulde) tabel Realisatie; vul per maatregel de gerealiseerde deelnemers en kosten in.';
  expect(await cofin('rapport', file, '--peildatum', '2018-01-31', '--out', join(dir, 'x.xlsx'))).toEqual({
    code: 1,
    out: '',
    err: `cofin rapport: ${file}: de begroting heeft geen (gevulde) tabel Realisatie; vul per maatregel de gerealiseerde deelnemers en kosten in.\n`,
  });
  const gateway = new MemoryGateway(new MemoryWorkbook(['Blad1']));
  await gateway.applyModel(templateModel('dwsra-2016', zonder), { onConflict: 'refuse' });
  await expect(maakActies(gateway).maakRapportage('2018-01-31')).rejects.toThrow(melding);
  const r = maakVoortgangsrapportage(await gateway.readWorkbook(), '2018-01-31');
  expect(r.ok ? undefined : r.weigering.code).toBe('rapport-zonder-realisatie');
});

test('an empty workbook is refused as an unreadable begroting, with its fout findings', async () => {
  const r = maakVoortgangsrapportage(await new MemoryGateway(new MemoryWorkbook()).readWorkbook(), '2018-01-31');
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.weigering.code).toBe('rapport-begroting-onleesbaar');
  expect(r.weigering.message).toBe(`De begroting kan niet worden gelezen (${r.fouten.length} fouten).`);
  expect(r.fouten.length).toBeGreaterThan(1);
  expect(r.fouten.every((f) => f.severity === 'fout')).toBe(true);
});

test('the pane names both readings of the 60% threshold, labelled and onzeker, as cofin rapport does', async () => {
  // VOORBEELDEN sectorplannen-2013 on 31-01-2015 (test/cli/rapport.test.ts): per maatregel M1 34,000 and M2 nil (23 of
  // 60 prognosed); naar rato per plan (34 + 23) / (40 + 60) = 57% < 60%, so the whole plan nil.
  const gateway = new MemoryGateway(new MemoryWorkbook(['Blad1']));
  await gateway.applyModel(templateModel('sectorplannen-2013', VOORBEELDEN['sectorplannen-2013']), {
    onConflict: 'refuse',
  });
  const zin =
    'Prognose vaststelling (onzeker: of de drempel van 60% per maatregel of per plan geldt, is niet bekend): per maatregel € 34.000, naar rato per plan € 0 (verleend € 60.000).';
  const uitkomst = await maakActies(gateway).maakRapportage('31-01-2015');
  expect(uitkomst.tekst).toContain(zin);
  const cli = await cofin(
    'rapport',
    await (async () => {
      const f = join(dir, 'sectorplan.xlsx');
      writeFileSync(
        f,
        await write.modelNaarBuffer(templateModel('sectorplannen-2013', VOORBEELDEN['sectorplannen-2013'])),
      );
      return f;
    })(),
    '--peildatum',
    '31-01-2015',
    '--out',
    join(dir, 'rapport-sectorplan.xlsx'),
    '--force',
  );
  expect(cli.out).toContain(`${zin}\n`);
});
