#!/usr/bin/env bash
# Sets up and runs every check: lint, format, types, and the test suite (browser included).
# PostgreSQL's tests run against a throw-away cluster (scripts/postgres.sh) when one can be
# started here (installed, or root with apt-get), or against TEST_DATABASE_URL if it is set;
# with REQUIRE_POSTGRES=1 (as .ci/run sets) a missing PostgreSQL fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
# Bytecode is written here even where the environment says not to (containers often set
# PYTHONDONTWRITEBYTECODE): every test worker and every bot process the tests start would
# otherwise compile the project's 54,000 lines again (1.5-2 s of CPU each) and pytest would
# rewrite every test module's asserts again in each worker.
unset PYTHONDONTWRITEBYTECODE
source scripts/packages.sh
source scripts/postgres.sh
# The Debian side (Chromium for the browser test, espeak-ng for the voice track, PostgreSQL)
# installs in the background while pip installs the Python side.
wanted=(chromium espeak-ng)
[ -z "${TEST_DATABASE_URL:-}" ] && wanted+=(postgresql)
packages_start "${wanted[@]}"
source scripts/setup.sh test
packages_wait
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# The type check starts now, at a low priority, beside everything below.
types_log="$(mktemp /tmp/coach-mypy.XXXXXX)"
nice -n 10 .venv/bin/mypy . >"$types_log" 2>&1 &
types_pid=$!
# The few stories at Telegram's real rate limits run in the background, two at a time, at the
# normal priority, from their own files only (unless paths are given); everything else runs
# beside them on four workers (the tests mostly wait on the network, so four fit two cores) at
# a low priority: the real-rate stories mostly wait on real time, and when they wake the
# scheduler runs them first, so no worker of the main run bends their timing while the main run
# uses the time they leave. Exit status 5 ("no tests selected", e.g. when a path is given) is
# no failure.
status=0
paths=0  # paths given: only those tests run, and nothing is collected ahead
for arg in "$@"; do [[ "$arg" == -* ]] || paths=1; done
rates=()
[ "$paths" = 1 ] || mapfile -t rates < <(grep -rl --include='test_*.py' 'mark.real_rates' tests)
# While PostgreSQL starts: one collection writes the bytecode of what the tests import
# (setup.sh installs without it) and pytest's rewritten test modules, which the four workers
# then read instead of each compiling and rewriting all of it; beside it, the understanding's
# patterns are compiled once and their gates' keys and compiled code kept (`python -m
# coach.questions`), which every worker and bot process would otherwise work out afresh on a new
# clone (about 2.7 s of CPU each for the code).
# (At the normal priority: the type check, at a low one, takes what they leave.)
.venv/bin/python -m coach.questions >/dev/null 2>&1 &
warm_pid=$!
collect_pid=""
if [ "$paths" = 0 ]; then
  .venv/bin/python -m pytest --collect-only -q -n 0 -p no:cacheprovider >/dev/null 2>&1 &
  collect_pid=$!
fi
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if [ "${REQUIRE_POSTGRES:-}" = 1 ]; then
    postgres_start required
  else
    postgres_start || echo "No PostgreSQL here: its tests are skipped (CI runs them)."
  fi
fi
wait "$warm_pid" || true
[ -z "$collect_pid" ] || wait "$collect_pid" || true
rates_log="$(mktemp /tmp/coach-rates.XXXXXX)"
.venv/bin/python -m pytest -m real_rates -n 2 "${rates[@]}" "$@" >"$rates_log" 2>&1 &
rates_pid=$!
nice -n 15 .venv/bin/python -m pytest -m "not real_rates" "$@" || status=$?
[ "$status" = 5 ] && status=0
rates=0
wait "$rates_pid" || rates=$?
echo "--- the stories at Telegram's real rate limits:"
cat "$rates_log"
[ "$rates" = 5 ] && rates=0
types=0
wait "$types_pid" || types=$?
echo "--- the type check:"
cat "$types_log"
rm -f "$rates_log" "$types_log"
[ "$status" = 0 ] && status=$rates
[ "$status" = 0 ] && status=$types
exit "$status"  # the EXIT trap stops the throw-away PostgreSQL
