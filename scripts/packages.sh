# Sourced by test.sh (and run.sh): the Debian packages the tests use, installed when missing,
# in ONE apt-get run in the background while pip installs the Python side.
#
#   packages_start [pkg ...]   starts installing the missing ones (root with apt-get only;
#                              otherwise nothing: the tests that need them say so or skip)
#   packages_wait              waits for it (its output went to a log, shown on failure)
#
# "postgresql" is installed without a "main" cluster: ours is made per run (scripts/postgres.sh).

_packages_pid=""
_packages_log=""

_packages_missing() {
  local pkg
  for pkg in "$@"; do
    case "$pkg" in
      postgresql) ls -d /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || echo "$pkg" ;;
      *) command -v "$pkg" >/dev/null 2>&1 || echo "$pkg" ;;
    esac
  done
}

_packages_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || return 1
  if printf '%s\n' "$@" | grep -qx postgresql; then
    apt-get install -y -qq --no-install-recommends postgresql-common || return 1
    mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.d/no-main.conf
  fi
  local pkg
  for pkg in "$@"; do
    # PostgreSQL without recommends (no extra server tools); the browser and the voice with
    # theirs (fonts, voices).
    if [ "$pkg" = postgresql ]; then
      apt-get install -y -qq --no-install-recommends postgresql || return 1
    else
      apt-get install -y -qq "$pkg" || return 1
    fi
  done
}

packages_start() {
  local missing
  missing="$(_packages_missing "$@" | tr '\n' ' ')"
  if [ -z "${missing// /}" ] || [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    return 0
  fi
  echo "Installing Debian packages for the tests in the background: $missing"
  _packages_log="$(mktemp /tmp/coach-apt.XXXXXX)"
  # shellcheck disable=SC2086 # one word per package
  _packages_install $missing >"$_packages_log" 2>&1 &
  _packages_pid=$!
}

packages_wait() {
  [ -n "$_packages_pid" ] || return 0
  if ! wait "$_packages_pid"; then
    echo "Installing Debian packages failed (the tests that need them will say so):" >&2
    tail -n 20 "$_packages_log" >&2
  fi
  rm -f "$_packages_log"
  _packages_pid=""
}
