# Sourced by run.sh and test.sh: a virtual environment with the project's dependencies, at the
# exact versions of requirements.lock (a constraints file: pyproject.toml says what is needed,
# the lock says which version). Re-installs only when either file changed since the last
# install. "run": the bot, the playground and PostgreSQL's driver; "test": everything.
set -euo pipefail
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-$(cat pyproject.toml requirements.lock | sha256sum | cut -c1-16)-${1:-run}"
if [ ! -f "$stamp" ]; then
  # --no-compile: a third of the install's time went to compiling every module on one core;
  # scripts/test.sh compiles them beside its first checks, and `bash scripts/run.sh` lets
  # Python compile what it imports, on first use.
  pip=(.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-compile)
  if [ "${1:-run}" = "test" ]; then
    "${pip[@]}" -c requirements.lock -e ".[dev]"
  else
    "${pip[@]}" -c requirements.lock -e ".[playground,postgres]"
  fi
  touch "$stamp"
fi
