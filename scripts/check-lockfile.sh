#!/usr/bin/env bash
# Fails with a clear message when package-lock.json and package.json disagree, so the developer who causes the
# drift sees it, not the landing. Two questions, both answered by npm itself without touching node_modules:
#  1. would `npm ci` on a clean machine accept the lockfile? (`npm ci --dry-run`)
#  2. would `npm install` on a fresh clone leave it byte-identical? (`npm install --package-lock-only` on a copy)
set -uo pipefail
cd "$(dirname "$0")/.."
fix='herstel met `npm install --package-lock-only --ignore-scripts` en commit package-lock.json.'
if ! out=$(npm ci --dry-run --ignore-scripts --no-audit --no-fund 2>&1); then
  echo "check-lockfile: npm ci zou package-lock.json weigeren (past niet bij package.json); $fix" >&2
  printf '%s\n' "$out" | grep -E '^npm (error|ERR)' | head -8 >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp package.json package-lock.json "$tmp/"
if ! out=$(cd "$tmp" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund 2>&1); then
  echo "check-lockfile: npm install --package-lock-only faalde:" >&2
  printf '%s\n' "$out" | tail -8 >&2
  exit 1
fi
if ! cmp -s package-lock.json "$tmp/package-lock.json"; then
  echo "check-lockfile: npm install zou package-lock.json herschrijven; $fix" >&2
  diff -u package-lock.json "$tmp/package-lock.json" | head -20 >&2
  exit 1
fi
echo 'check-lockfile: package-lock.json en package.json komen overeen'
