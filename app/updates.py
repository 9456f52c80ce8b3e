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
from handlers.common import remember_flows, remember_understanding, typed_text
from service.understand import ahead as understanding_ahead
from store import driver
from store import updates as processed
from store.sessions import OpenFlows, read_open_flows

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
    """64 bits of the update's content: equal for a redelivery of the same update, different
    for a new update that reuses its id (a Bot API server that started counting again)."""
    # surrogatepass: forged callback data may hold lone surrogates, which plain UTF-8 refuses
    raw = hashlib.blake2b(_identity(update).encode(errors="surrogatepass"), digest_size=8)
    return int.from_bytes(raw.digest(), "big", signed=True)


def _identity(update: Update) -> str:
    """What makes the update this one: for a message (sent or edited) its chat, id and
    times, for a button press its query id and data (cheap: this runs for every update); for
    any other kind the whole update as canonical JSON."""
    query = update.callback_query
    if query is not None:
        return f"q|{query.id}|{query.data}|{query.from_user.id}"
    for kind, message in (("m", update.message), ("e", update.edited_message)):
        if message is not None:
            edited = message.edit_date.timestamp() if message.edit_date else ""
            at = message.date.timestamp()
            return f"{kind}|{message.chat.id}|{message.message_id}|{at}|{edited}"
    return json.dumps(update.to_dict(), sort_keys=True, default=str)


def typed_by(update: Update) -> int | None:
    """The user who typed the update's text message, if it is one: the text handlers will
    read that user's open flows (`handlers.common.open_flows`)."""
    message, user = update.message or update.edited_message, update.effective_user
    if message is None or user is None or not message.text:
        return None
    return user.id


class UpdateGate:
    """Group -100: claims each update in the database (one insert-or-ignore on the primary
    key, committed before any handler acts) and stops a redelivered one. At most once: an
    update whose processing was cut short by a crash is not taken again, as with reminders.
    When the database cannot be written the update goes through rather than being lost.

    For a typed message the same visit to the database (one worker-thread hop, one
    transaction on the driver's cursor, `store.driver`) also reads the user's open flows, which
    every typed message needs (`handlers.common.open_flows` then does not read them again): a
    typed question costs one database round trip, not two. Once an hour the claim first forgets
    updates older than two days, in a transaction of its own."""

    def __init__(self) -> None:
        self.pruned_at: datetime | None = None

    async def __call__(self, update: Update, context: Context) -> None:
        services = context.bot_data
        now = services.now()
        user_id = typed_by(update)
        # Off the event loop (handed to a worker thread at once, no task in between), and
        # never long: when the database is locked (another process writing) the update goes
        # through unrecorded rather than stalling its chat; the claim may still land later.
        claim = asyncio.get_running_loop().run_in_executor(
            None, self._claim, services.engine, update.update_id, digest(update), now, user_id
        )
        if user_id is not None and (text := typed_text(update)):
            # the loop's work while the worker thread claims: pure, nothing acts on it yet
            try:
                found = understanding_ahead(text)
            except Exception:  # the features understand it again, on their own error path
                log.exception("could not understand update %s ahead", update.update_id)
                found = None
            if found is not None:
                remember_understanding(context, found)
        done, _ = await asyncio.wait((claim,), timeout=CLAIM_WAIT)
        if not done:
            claim.add_done_callback(_retrieved)  # its outcome no longer matters
            log.warning("could not record update %s in time: handling it", update.update_id)
            return
        try:
            first, flows = claim.result()
        except SQLAlchemyError as exc:
            log.warning("could not record update %s (%s)", update.update_id, type(exc).__name__)
            return
        if not first:
            log.info("ignored update %s: it was processed before", update.update_id)
            raise ApplicationHandlerStop
        if flows is not None and user_id is not None:
            remember_flows(context, flows, user_id)

    def _claim(
        self, engine: Engine, update_id: int, content: int, now: datetime, user_id: int | None
    ) -> tuple[bool, OpenFlows | None]:
        if self.pruned_at is None or not now - PRUNE_EVERY < self.pruned_at <= now:
            with engine.begin() as conn:
                processed.prune(conn, now)
            self.pruned_at = now

        def claim(run: driver.Run) -> tuple[bool, OpenFlows | None]:
            first = processed.claim(run, update_id, content, now)
            if not first or user_id is None:
                return first, None
            return first, read_open_flows(run, user_id)

        return driver.unit(engine, claim)


def _retrieved(claim: asyncio.Future[Any]) -> None:
    """A late claim's error is read, so asyncio does not report it as never retrieved."""
    if not claim.cancelled():
        claim.exception()


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(TypeHandler(Update, UpdateGate()), group=GATE_GROUP)
