#!/usr/bin/env bash
# `npm test`: every gate in order. Typecheck, lint, build, security scan, then every test layer.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step 'typecheck'; npm run -s typecheck
step 'lint'; npm run -s lint
step 'build'; npm run -s build
step 'security scan'; npm run -s scan 2>&1 | grep -v 'Could not retrieve updated translations\|No connectivity'
step 'tests: unit, component, integration, adversarial, notification, desktop-signals, e2e, electron'
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
node scripts/test-summary.mjs test-results/vitest.json
