#!/usr/bin/env bash
# Sets up and runs every check: lint, format, types, and the test suite (browser included).
# PostgreSQL's tests run against a throw-away cluster (scripts/postgres.sh) when one can be
# started here (installed, or root with apt-get), or against TEST_DATABASE_URL if it is set.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh test
source scripts/postgres.sh
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Chromium for the browser test (Debian package)..."
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy .
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  postgres_start || echo "No PostgreSQL here: its tests are skipped (CI runs them)."
fi
status=0
.venv/bin/python -m pytest "$@" || status=$?
exit "$status"  # the EXIT trap stops the throw-away PostgreSQL
