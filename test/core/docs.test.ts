import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderDocs } from '../../scripts/gen-docs';

test('docs/regelingen.md is generated from the current code (run `npm run docs` after changing a parameter)', () => {
  expect(readFileSync(resolve(__dirname, '../../docs/regelingen.md'), 'utf8')).toBe(renderDocs());
});
