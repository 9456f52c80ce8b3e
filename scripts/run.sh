#!/usr/bin/env bash
# Sets up and runs the bot. Without BOT_TOKEN: the local playground at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh run
# The voice-guided track speaks with espeak-ng (Debian); without it the bot says it is unavailable.
if ! command -v espeak-ng >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng >/dev/null) \
    || echo "espeak-ng could not be installed: the voice track is unavailable."
fi
exec .venv/bin/python bot.py "$@"
