#!/usr/bin/env bash
# Sets up and runs the bot. Without BOT_TOKEN: the local playground at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
# The voice-guided track speaks with espeak-ng (Debian); without it the bot says it is unavailable.
packages_start espeak-ng
source scripts/setup.sh run
packages_wait
exec .venv/bin/python bot.py "$@"
