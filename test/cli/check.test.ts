/** `cofin check`: verdicts, findings with cells, formats, the hostile corpus, exit codes, and untouched inputs. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { REGELINGEN, templateModel, VOORBEELDEN, type BegrotingInput } from '../../core';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { csvVeld } from '../../cli/commands/check';
import { cofin, hashes, tmp } from './helpers';

const dwsra = VOORBEELDEN['dwsra-2016'];

async function schrijf(path: string, b: BegrotingInput, regeling = b.plan.regeling as 'dwsra-2016'): Promise<void> {
  writeFileSync(path, await modelNaarBuffer(templateModel(regeling, b)));
}

/** Edits cells of a workbook file in place (test set-up only). */
async function bewerk(path: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  edit(wb);
  await wb.xlsx.writeFile(path);
}

describe('findings point at the cell they came from', () => {
  const dir = tmp();
  const file = join(dir, 'fout.xlsx');
  beforeAll(async () => {
    await schrijf(file, dwsra);
    await bewerk(file, (wb) => {
      const kosten = wb.getWorksheet('Kosten');
      const plan = wb.getWorksheet('Plan');
      if (!kosten || !plan) throw new Error('template mist bladen');
      kosten.getCell('D5').value = 'veel'; // bedrag of the first cost line
      kosten.getCell('D6').value = '1.245'; // ambiguous
      plan.getCell('B9').value = 'gisteren'; // startdatum
    });
  });

  test('text output: exact lines, exit 1', async () => {
    const r = await cofin('check', file);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      `${file}: voldoet niet (3 fouten, 0 waarschuwingen, 0 info)`,
      "  Plan!B9    argument-geen-datum    plan, startdatum: 'gisteren' is geen geldige datum; geef een Excel-datum, JJJJ-MM-DD of DD-MM-JJJJ. (Standaardformaat begroting cofin (toelichting in het sjabloon))",
      "  Kosten!D5  argument-geen-bedrag   kostenpost 1, bedrag: 'veel' is geen bedrag; geef een getal zoals 125000 of 125000,50. (Standaardformaat begroting cofin (toelichting in het sjabloon))",
      "  Kosten!D6  argument-dubbelzinnig  kostenpost 2, bedrag: '1.245' is dubbelzinnig (duizendtallen of decimalen?); schrijf 1245 of 1,245. (Standaardformaat begroting cofin (toelichting in het sjabloon))",
      // A plan that could not be read leaves regeling and amounts open: figures over part of it would mislead.
      '  Kerncijfers',
      '    geen bedragen: de begroting kon niet worden doorgerekend',
      '    zekerheid: 3 zeker, 0 waarschijnlijk, 0 onzeker',
      '',
      '1 bestand: 0 voldoet, 1 voldoet niet, 0 niet te lezen',
      '',
    ]);
  });
});

describe('a scholingsvoucher line is read with its Personen and Baangarantie columns', () => {
  const dir = tmp();
  const file = join(dir, 'voucher.xlsx');
  beforeAll(async () => {
    await schrijf(file, {
      ...dwsra,
      kostenposten: [
        dwsra.kostenposten[0] as BegrotingInput['kostenposten'][number],
        {
          maatregel: 'A2',
          soort: 'scholingsvoucher',
          omschrijving: 'Vouchers omscholing',
          bedrag: '100000',
          personen: 30,
          baangarantieMaanden: 3,
        },
      ],
    });
  });

  // Kamerbrief mid-2016: at most EUR 2,500 per voucher; more only with a job guarantee of at least six months.
  // 30 x 2,500 = 75,000; 100,000 - 75,000 = 25,000 not covered; a guarantee of 3 months is not enough.
  test('above EUR 2,500 per person with a 3-month guarantee: waarschuwingen at the amount and kind cells, still voldoet', async () => {
    const r = await cofin('check', file);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(`${file}: voldoet (0 fouten, 2 waarschuwingen, 0 info)`);
    expect(r.out).toMatch(
      /^ {2}Kosten!D6 +voucher-boven-maximum +kostenpost 2, bedrag: scholingsvouchers van samen € 100\.000 voor 30 \(aantal personen\) is meer dan 30 x € 2\.500 = € 75\.000; zonder baangarantie van ten minste 6 maanden vergoedt de voucher niet meer, € 25\.000 zijn eigen kosten of komen uit andere financiering\. \(Kamerbrief/m,
    );
    expect(r.out).toMatch(
      /^ {2}Kosten!B6 +voucher-dubbele-financiering +kostenpost 2, soort: een scholingsvoucher wordt niet verstrekt /m,
    );
  });
});

test('csv fields never start a formula', () => {
  expect(csvVeld('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  expect(csvVeld('-1')).toBe('"\'-1"');
  expect(csvVeld('gewoon')).toBe('"gewoon"');
});

describe('domain findings, formats and --out', () => {
  const dir = tmp();
  const file = join(dir, 'te-hoog.xlsx');
  beforeAll(async () => {
    await schrijf(file, { ...dwsra, plan: { ...dwsra.plan, gevraagdeSubsidie: '250000' } });
  });

  test('a requested subsidy above the maximum points at Plan!B13', async () => {
    const r = await cofin('check', '--format', 'json', file);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as {
      bestanden: { oordeel: string; bevindingen: { blad: string; cel: string; code: string; ernst: string }[] }[];
    };
    const f = json.bestanden[0];
    expect(f?.oordeel).toBe('voldoet-niet');
    expect(f?.bevindingen.map((b) => [b.blad, b.cel, b.code, b.ernst])).toEqual([
      ['Plan', 'B13', 'subsidie-boven-maximum', 'fout'],
    ]);
  });

  test('csv with semicolons and a header', async () => {
    const r = await cofin('check', '--format=csv', file);
    const lines = r.out.split('\r\n');
    expect(
      lines[0]?.startsWith(
        '\uFEFF"bestand";"oordeel";"blad";"cel";"code";"ernst";"melding";"artikel";"zekerheid";"lezing";',
      ),
    ).toBe(true);
    expect(lines[1]?.startsWith(`"${file}";"voldoet-niet";"Plan";"B13";"subsidie-boven-maximum";"fout";`)).toBe(true);
  });

  test('--out writes the report, refuses to write over an input, and leaves the input alone', async () => {
    const before = hashes(dir);
    const out = join(dir, 'rapport.txt');
    expect((await cofin('check', file, '--out', out)).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('subsidie-boven-maximum');
    const r = await cofin('check', file, '--out', file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `cofin check: --out ${file} is een van de invoerbestanden; cofin overschrijft nooit een invoerbestand.\n`,
    );
    expect(hashes(dir)['te-hoog.xlsx']).toBe(before['te-hoog.xlsx']);
  });

  test('usage errors exit 2 with a Dutch line', async () => {
    expect(await cofin('check')).toMatchObject({ code: 2 });
    const r = await cofin('check', '--format', 'xml', file);
    expect(r).toMatchObject({ code: 2, err: "cofin check: --format kent text, json, csv en xlsx, niet 'xml'.\n" });
    const missing = await cofin('check', join(dir, 'bestaat-niet.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('bestaat-niet.xlsx: niet te lezen: het bestand bestaat niet.');
  });
});

describe('each finding shows how sure its rule is', () => {
  const dir = tmp();
  const file = join(dir, 'combi.xlsx');
  // DWSRA combi-project with DW at 70% of the direct costs: the 75% rule rests on an evaluator's footnote (onzeker).
  const combi = (
    JSON.parse(
      readFileSync(join(__dirname, '../golden/begrotingen/dwsra-2016-combi-hoofdactiviteit-70-procent.json'), 'utf8'),
    ) as { begroting: BegrotingInput }
  ).begroting;
  const lezing = REGELINGEN['dwsra-2016'].parameters['combiMinimumAandeel']?.lezing;
  beforeAll(async () => {
    await schrijf(file, combi);
  });

  test('text: the summary counts the unsure findings, the line shows [onzeker] and the reading below it', async () => {
    const r = await cofin('check', file);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`${file}: voldoet (0 fouten, 1 waarschuwing, 0 info; 1 bevinding op een onzekere lezing)`);
    expect(lines[1]).toMatch(/^ {2}\S+\s+combi-hoofdactiviteit-te-klein\s+Combi-project: .* \[onzeker\]$/);
    expect(lines[2]).toBe(`      Lezing: ${lezing ?? '(geen lezing)'}`);
  });

  test('json: zekerheid and lezing per finding, the count per file', async () => {
    const r = await cofin('check', '--format', 'json', file);
    const json = JSON.parse(r.out) as {
      bestanden: {
        oordeel: string;
        onzeker: number;
        bevindingen: { code: string; zekerheid: string; lezing: unknown }[];
      }[];
    };
    const f = json.bestanden[0];
    expect(f?.oordeel).toBe('voldoet');
    expect(f?.onzeker).toBe(1);
    expect(f?.bevindingen.map((b) => [b.code, b.zekerheid, b.lezing])).toEqual([
      ['combi-hoofdactiviteit-te-klein', 'onzeker', lezing],
    ]);
  });

  test('json: a finding on a sure rule has zekerheid zeker and lezing null', async () => {
    const te = join(dir, 'te-hoog.xlsx');
    await schrijf(te, { ...dwsra, plan: { ...dwsra.plan, gevraagdeSubsidie: '250000' } });
    const json = JSON.parse((await cofin('check', '--format', 'json', te)).out) as {
      bestanden: { onzeker: number; bevindingen: { code: string; zekerheid: string; lezing: unknown }[] }[];
    };
    expect(json.bestanden[0]?.onzeker).toBe(0);
    expect(json.bestanden[0]?.bevindingen.map((b) => [b.code, b.zekerheid, b.lezing])).toEqual([
      ['subsidie-boven-maximum', 'zeker', null],
    ]);
  });

  test('csv: zekerheid and lezing columns', async () => {
    const r = await cofin('check', '--format=csv', file);
    const row = r.out.split('\r\n')[1] ?? '';
    expect(row.startsWith(`"${file}";"voldoet";`)).toBe(true);
    // The key-figure columns follow the finding's own.
    expect(row).toContain(`;"onzeker";"${lezing ?? ''}";"dwsra-2016";`);
  });
});
