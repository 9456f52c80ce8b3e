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
if ! command -v espeak-ng >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing espeak-ng for the voice track (Debian package)..."
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng >/dev/null
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy .
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  postgres_start || echo "No PostgreSQL here: its tests are skipped (CI runs them)."
fi
# Two runs: everything that does not depend on real time on four workers (the tests mostly wait
# on the network, so four fit two cores), then the few stories at Telegram's real rate limits
# on their own, where a busy machine cannot bend their timing. Exit status 5 ("no tests
# selected", e.g. when a path is given) is not a failure of the second run.
status=0
.venv/bin/python -m pytest -m "not real_rates" "$@" || status=$?
if [ "$status" = 0 ]; then
  .venv/bin/python -m pytest -m real_rates -n 0 "$@" || status=$?
  [ "$status" = 5 ] && status=0
fi
exit "$status"  # the EXIT trap stops the throw-away PostgreSQL
