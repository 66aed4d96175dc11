/** Many files: the progress bar on a terminal, and the built command checking on all cores (worker threads). */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOORBEELDEN, templateModel } from '../../core';
import { main } from '../../cli/main';
import type { Io } from '../../cli/io';
import { modelNaarBuffer } from '../../cli/xlsx/write';
import { cofin, hashes, tmp } from './helpers';

const dir = tmp('cofin-batch-');
const BIN = join(__dirname, '..', '..', 'cli', 'bin', 'cofin.js');

beforeAll(async () => {
  const goed = await modelNaarBuffer(templateModel('dwsra-2016', VOORBEELDEN['dwsra-2016']));
  const fout = await modelNaarBuffer(
    templateModel('dwsra-2016', {
      ...VOORBEELDEN['dwsra-2016'],
      plan: { ...VOORBEELDEN['dwsra-2016'].plan, gevraagdeSubsidie: '250000' },
    }),
  );
  for (let i = 0; i < 12; i += 1)
    writeFileSync(join(dir, `b${String(i).padStart(2, '0')}.xlsx`), i === 5 ? fout : goed);
  writeFileSync(join(dir, '~$b00.xlsx'), 'Excel-vergrendelbestand');
  writeFileSync(join(dir, 'notities.txt'), 'geen werkmap');
});

test('a progress bar on a terminal, on standard error only, cleared at the end', async () => {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), isTty: true };
  expect(await main(['check', dir], io)).toBe(1);
  expect(err.startsWith('\rcontroleren [##')).toBe(true);
  expect(err).toContain('12/12');
  expect(err.endsWith('\r\x1b[K')).toBe(true);
  expect(out).not.toContain('controleren');
  expect((await cofin('check', dir)).err).toBe('');
});

test('the built command checks a folder on worker threads with the same report as in process', async () => {
  const before = hashes(dir);
  const inProcess = await cofin('check', dir);
  const r = spawnSync(process.execPath, [BIN, 'check', dir], { encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stdout).toBe(inProcess.out);
  expect(r.stdout.trim().split('\n').at(-1)).toBe('12 bestanden: 11 voldoet, 1 voldoet niet, 0 niet te lezen');
  expect(hashes(dir)).toEqual(before);
}, 60_000);
