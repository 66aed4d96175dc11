#!/usr/bin/env node
'use strict';
// Thin launcher: the command is written in TypeScript and compiled to build/ by `npm install` (prepare script).
let main;
try {
  ({ main } = require('../../build/cli/main.js'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('cofin is nog niet gebouwd: voer eerst "npm install" of "npm run build:cli" uit.\n');
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cofin: interne fout: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
