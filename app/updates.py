"""Updates from different chats run concurrently; updates from one chat run in order; an
update that was already processed is not processed again.

A user who taps two buttons quickly must not race two state transitions, while one slow
chat (waiting on its rate limit) must never hold up the others. A redelivered update (the
same ``update_id`` and content, after a kill -9 before polling confirmed it, or a webhook
retry) must not screen, export or erase twice.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Awaitable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, BaseUpdateProcessor, TypeHandler

from app.services import Context
from store import updates as processed
from store.db import transaction

log = logging.getLogger(__name__)

GATE_GROUP = -100  # before every feature's handlers
PRUNE_EVERY = timedelta(hours=1)
CLAIM_WAIT = 0.25  # seconds an update waits for its claim before it goes through unrecorded


class ChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 512) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock, users = self._locks.get(chat.id, (asyncio.Lock(), 0))
        self._locks[chat.id] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[chat.id]
            if users == 1:
                del self._locks[chat.id]
            else:
                self._locks[chat.id] = (lock, users - 1)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def digest(update: Update) -> int:
    """64 bits of the update's content: equal for a redelivery of the same update."""
    canonical = json.dumps(update.to_dict(), sort_keys=True, default=str)
    raw = hashlib.blake2b(canonical.encode(), digest_size=8).digest()
    return int.from_bytes(raw, "big", signed=True)


class UpdateGate:
    """Group -100: claims each update in the database (one insert-or-ignore on the primary
    key, committed before any handler acts) and stops a redelivered one. At most once: an
    update whose processing was cut short by a crash is not taken again, as with reminders.
    When the database cannot be written the update goes through rather than being lost."""

    def __init__(self) -> None:
        self.pruned_at: datetime | None = None

    async def __call__(self, update: Update, context: Context) -> None:
        services = context.bot_data
        now = services.now()
        claim = asyncio.to_thread(
            self._claim, services.engine, update.update_id, digest(update), now
        )
        try:
            # Off the event loop, and never long: when the database is locked (another process
            # writing) the update goes through unrecorded rather than stalling its chat.
            first = await asyncio.wait_for(asyncio.shield(claim), CLAIM_WAIT)
        except TimeoutError:
            log.warning("could not record update %s in time: handling it", update.update_id)
            return
        except SQLAlchemyError as exc:
            log.warning("could not record update %s (%s)", update.update_id, type(exc).__name__)
            return
        if not first:
            log.info("ignored update %s: it was processed before", update.update_id)
            raise ApplicationHandlerStop

    def _claim(self, engine: Engine, update_id: int, content: int, now: datetime) -> bool:
        with transaction(engine) as db:
            if self.pruned_at is None or not now - PRUNE_EVERY < self.pruned_at <= now:
                processed.prune(db, now)
                self.pruned_at = now
            return processed.claim(db, update_id, content, now)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(TypeHandler(Update, UpdateGate()), group=GATE_GROUP)
