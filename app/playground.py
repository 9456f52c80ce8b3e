"""`python bot.py` without a token: the local Bot API emulator, the bot against it, and the
web chat page, all in one process on loopback."""

from __future__ import annotations

import asyncio
import logging
import secrets

from app.build import build_application, polling, stop_on_signals
from app.logs import set_secrets
from app.settings import Settings
from playground.emulator import BotApiEmulator

log = logging.getLogger(__name__)


async def run_playground(settings: Settings, *, ready: asyncio.Event | None = None) -> int:
    token = settings.token or f"1:{secrets.token_urlsafe(24)}"
    set_secrets([token])
    emulator = BotApiEmulator(token=token)
    try:
        await emulator.start(port=settings.playground_port)
    except OSError as exc:
        log.error(
            "cannot listen on port %s (%s); set PLAYGROUND_PORT", settings.playground_port, exc
        )
        return 1
    app = build_application(
        settings, token=token, base_url=emulator.base_url, base_file_url=emulator.base_file_url
    )
    stop = stop_on_signals()
    try:
        async with polling(app, poll_timeout=20):
            print(
                f"\nMobility Coach playground: open {emulator.page_url} in your browser.\n",
                flush=True,
            )
            if ready is not None:
                ready.set()
            await stop.wait()
    finally:
        await emulator.stop()
    return 0
