#!/usr/bin/env bash
# The whole test suite, as CI runs it: static checks, unit and integration
# tests (PostgreSQL and PGlite), the production build, then Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x $chromium ]]; then
  echo "The browser tests need Chromium at $chromium: apt-get install -y chromium" >&2
  echo "(or run bash .ci/run, which installs it and then runs this)." >&2
  exit 1
fi
if ! node -e "require('net').connect(5432,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
  echo "The tests need PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth)," >&2
  echo "or set TEST_POSTGRES_URL to a server where they may create databases." >&2
  exit 1
fi

step "typecheck"
npm run --silent typecheck

step "lint and format"
npm run --silent lint
npx prettier --check . --log-level warn

step "unit and integration tests"
npx vitest run

step "production build"
npx next build

step "browser and API tests"
npx playwright test
