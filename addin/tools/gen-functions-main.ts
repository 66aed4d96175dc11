/** CLI of the generator: `node build/addin/tools/gen-functions-main.js [--check]`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionsSource } from './gen-functions';

const target = join(__dirname, '..', '..', '..', 'addin', 'functions', 'functions.ts');
const wanted = functionsSource();
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = '';
}
if (process.argv.includes('--check')) {
  if (current !== wanted) {
    process.stderr.write('addin/functions/functions.ts is out of date: run npm run gen:functions\n');
    process.exit(1);
  }
} else if (current !== wanted) {
  writeFileSync(target, wanted);
  process.stdout.write('addin/functions/functions.ts written\n');
} else {
  process.stdout.write('addin/functions/functions.ts is up to date\n');
}
