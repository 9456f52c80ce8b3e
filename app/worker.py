"""`python bot.py reminders`: a reminder worker. It sends due reminders and nothing else: it
takes no updates (only one process may receive the token's updates), runs no sessions and no
start-up recovery. Any number of workers, and the bot itself, can share one PostgreSQL
database: each claims due reminders with `FOR UPDATE SKIP LOCKED` (see `store.reminders`)."""

from __future__ import annotations

import asyncio
import logging

from app.build import build_application, stop_on_signals
from app.settings import Settings
from handlers.reminders import start_dispatcher
from store.db import create_db_engine

log = logging.getLogger(__name__)


async def run_reminder_worker(settings: Settings, stop: asyncio.Event | None = None) -> int:
    stop = stop or stop_on_signals()
    app = build_application(settings)
    engine = create_db_engine(settings.database_url)
    await app.initialize()  # the bot and its rate limiter; no polling, no feature start-up
    assert app.job_queue is not None
    dispatcher = start_dispatcher(app, engine)
    await app.job_queue.start()
    log.info("reminder worker ready as @%s", app.bot.username)
    try:
        await stop.wait()
    finally:
        await app.job_queue.stop(wait=False)
        await dispatcher.close()  # the batch in flight is finished and recorded
        await app.shutdown()
        engine.dispose()
    log.info("reminder worker stopped: %s", dispatcher.stats)
    return 0
