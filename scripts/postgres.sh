# Sourced by test.sh and .ci/run: a throw-away PostgreSQL for the tests.
#
#   postgres_start [required]   installs the Debian package if missing (root only), starts a
#                               fresh cluster in a temporary directory on a free loopback port,
#                               creates the database coach_test, exports TEST_DATABASE_URL and
#                               stops and removes the cluster when the shell exits (trap).
#                               Returns 1 if it cannot (no PostgreSQL, not root), or exits 1
#                               when "required" is given.
#
# Nothing of the machine's own PostgreSQL is touched: no pg_createcluster, no service, no
# fixed port; the cluster lives and dies with the test run.

_pg_dir=""

_pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  fi
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  return 1
}

_pg_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
  echo "Installing PostgreSQL for the tests (Debian package)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || return 1
  # No "main" cluster is wanted: ours is made per run. The setting must exist before the
  # server package's post-install script runs.
  apt-get install -y -qq --no-install-recommends postgresql-common >/dev/null || return 1
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.d/no-main.conf
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null || return 1
}

_pg_as_owner() {
  # initdb and the server refuse to run as root: as root, run them as the postgres user.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_stop() {
  if [ -n "$_pg_dir" ] && [ -d "$_pg_dir" ]; then
    _pg_as_owner "$(_pg_bindir)/pg_ctl" -D "$_pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$_pg_dir"
  fi
  _pg_dir=""
}

postgres_start() {
  local required="${1:-}" bindir port tries=0
  if ! bindir="$(_pg_bindir)"; then
    if ! _pg_install || ! bindir="$(_pg_bindir)"; then
      if [ "$required" = required ]; then
        echo "PostgreSQL is needed and could not be installed (root and apt-get are)." >&2
        exit 1
      fi
      return 1
    fi
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    [ "$required" = required ] && { echo "No postgres user to run PostgreSQL as." >&2; exit 1; }
    return 1
  fi
  _pg_dir="$(mktemp -d /tmp/coach-pg.XXXXXX)"
  trap postgres_stop EXIT
  [ "$(id -u)" = 0 ] && chown postgres "$_pg_dir"
  _pg_as_owner "$bindir/initdb" -D "$_pg_dir/data" -U postgres -A trust -E UTF8 \
    --no-sync >"$_pg_dir/initdb.log" 2>&1 \
    || { cat "$_pg_dir/initdb.log" >&2; echo "initdb failed" >&2; exit 1; }
  # Throw-away data: no fsync. A free port, asked of the kernel; tried again if taken meanwhile.
  while :; do
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    if _pg_as_owner "$bindir/pg_ctl" -D "$_pg_dir/data" -l "$_pg_dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $_pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge 3 ]; then
      cat "$_pg_dir/server.log" >&2
      echo "PostgreSQL did not start" >&2
      exit 1
    fi
  done
  _pg_as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres coach_test
  export TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$port/coach_test"
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}
