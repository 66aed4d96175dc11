/**
 * The short seeded version of `npm run soak` (bench/soak.ts): random Excel-shaped values through every function of the
 * built dist/functions.js, checked against dist/functions.json, and random edits of the example begrotingen through the
 * validator, the reports and the writer. Every count but the speed is 0.
 */
import { soak, tabel, totaalFouten } from '../../bench/soak';
import { DIST } from './helpers';

test('a seeded soak finds nothing (seed 20161101)', async () => {
  const u = await soak({ seed: 20161101, waarden: 20_000, begrotingen: 8, dist: DIST });
  const gevonden = [...u.functies.voorbeelden, ...u.begrotingen.voorbeelden];
  // Calls over 10 ms are counted by `npm run soak`; a test on a shared machine does not assert timings.
  expect({ fouten: totaalFouten(u, false), gevonden }).toEqual({ fouten: 0, gevonden: [] });
  expect(u.functies.waarden).toBeGreaterThanOrEqual(20_000);
  expect(u.functies.calls).toBeGreaterThan(0);
  expect(u.begrotingen.runs).toBe(8);
  expect(tabel(u)).toMatch(/^seed\s+20161101$/m);
}, 60_000);

test('the same seed gives the same values and counts', async () => {
  const a = await soak({ seed: 7, waarden: 3_000, begrotingen: 0, dist: DIST });
  const b = await soak({ seed: 7, waarden: 3_000, begrotingen: 0, dist: DIST });
  expect([a.functies.calls, a.functies.waarden]).toEqual([b.functies.calls, b.functies.waarden]);
});
