#!/usr/bin/env bash
# Fails with a clear message when package-lock.json and package.json disagree, or when the lockfile lacks entries that
# a fresh `npm ci` needs (such as another platform's optional binaries). It asks npm itself, without touching
# node_modules: `npm ci --dry-run` refuses exactly the lockfiles that CI's `npm ci` would refuse.
set -uo pipefail
cd "$(dirname "$0")/.."
if ! out=$(npm ci --dry-run --ignore-scripts --no-audit --no-fund 2>&1); then
  echo 'check-lockfile: package-lock.json past niet bij package.json; npm ci op een schone machine zou weigeren.' >&2
  echo 'check-lockfile: herstel met `npm install --package-lock-only --ignore-scripts` en commit package-lock.json.' >&2
  printf '%s\n' "$out" | grep -E '^npm (error|ERR)' | head -8 >&2
  exit 1
fi
echo 'check-lockfile: package-lock.json en package.json komen overeen'
