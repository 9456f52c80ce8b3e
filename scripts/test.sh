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
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if [ "${REQUIRE_POSTGRES:-}" = 1 ]; then
    postgres_start required
  else
    postgres_start || echo "No PostgreSQL here: its tests are skipped (CI runs them)."
  fi
fi
# First the few stories at Telegram's real rate limits, two at a time, beside the type check:
# they mostly wait on real time, which leaves the cores to mypy, and no test worker of the main
# run can bend their timing. Then everything else on four workers (the tests mostly wait on the
# network, so four fit two cores). Exit status 5 ("no tests selected", e.g. when a path is
# given) is no failure.
status=0
types_log="$(mktemp /tmp/coach-mypy.XXXXXX)"
nice -n 10 .venv/bin/mypy . >"$types_log" 2>&1 &
types_pid=$!
# (mypy and the work below run at a lower priority: the real-rate stories mostly wait, and
# when they wake their timing must not queue behind background work.)
# The installed packages' bytecode, meanwhile (setup.sh installs without it: pip compiles
# on one core before anything else can start; here it costs no wall time), then the test
# modules' (a collection writes pytest's rewritten modules, which the four workers of the
# main run then read instead of each rewriting all of them).
paths=0  # paths given: only those tests run, and nothing is collected ahead
for arg in "$@"; do [[ "$arg" == -* ]] || paths=1; done
{
  nice -n 10 .venv/bin/python -m compileall -q -j 1 .venv/lib || true
  [ "$paths" = 1 ] || nice -n 10 .venv/bin/python -m pytest --collect-only -q -n 0 -p no:cacheprovider
} >/dev/null 2>&1 &
compile_pid=$!
# The stories are collected from their own files only (each worker imports what it collects),
# unless paths are given.
rates=()
[ "$paths" = 1 ] || mapfile -t rates < <(grep -rl --include='test_*.py' 'mark.real_rates' tests)
.venv/bin/python -m pytest -m real_rates -n 2 "${rates[@]}" "$@" || status=$?
[ "$status" = 5 ] && status=0
types=0
wait "$types_pid" || types=$?
cat "$types_log"
rm -f "$types_log"
wait "$compile_pid" || true  # a module that does not compile is compiled (and fails) on import
.venv/bin/python -m pytest -m "not real_rates" "$@" || { rest=$?; [ "$status" = 0 ] && status=$rest; }
[ "$types" = 0 ] || status=$types
exit "$status"  # the EXIT trap stops the throw-away PostgreSQL
