#!/usr/bin/env bash
# Every test Quarry has, in the order that fails fastest: types, unit, builds, Firefox lint, end-to-end in
# Chromium, then end-to-end in Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "typecheck"
npx tsc --noEmit

step "unit tests (vitest)"
npx vitest run

step "builds: Chrome MV3, Firefox MV2, and the e2e test builds for both"
npx wxt build
npx wxt build -b firefox
npx wxt build --mode e2e
npx wxt build -b firefox --mode e2e

step "Chrome Web Store check (icons, description, permissions, the five 1280x800 screenshots)"
npx tsx scripts/check-store-manifest.ts

step "web-ext lint (Firefox build)"
node scripts/lint-firefox.mjs

step "end-to-end tests (Playwright, Debian Chromium)"
npx playwright test

step "end-to-end tests (node --test, Debian firefox-esr over WebDriver BiDi)"
node --import tsx --test --test-concurrency=1 e2e-firefox/*.test.ts
