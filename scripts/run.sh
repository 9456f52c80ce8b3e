#!/usr/bin/env bash
# Sets up and runs the bot. Without BOT_TOKEN: the local playground at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh run
exec .venv/bin/python bot.py "$@"
