"""Free-text warning signs (SAFETY.md 7) as a service: the safety reply first, then the record.

The reply never waits on the database: a locked or failing database delays only the record,
and until the record is stored the hold it causes is kept in memory (`PendingHolds`), so
`/session` is refused all the same.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session
from telegram.constants import ParseMode
from telegram.error import TelegramError

from app.ratelimit import URGENT, LimitArgs
from app.services import Bot
from coach.questions.triage import TriageLevel, safety_reply, triage
from coach.ui import View
from service.holds import PendingHolds, SignReport
from service.session import Person, SessionService
from service.telegram import markup
from service.understand import understood
from store import asyncdb, sessions, users

log = logging.getLogger(__name__)

REPLY_WAIT = 0.5  # seconds the safety reply waits for the pause and the record, at most
STORE_RETRY = (0.5, 2.0, 5.0, 15.0, 30.0, 60.0)  # seconds between tries to store a record


class SafetyService:
    def __init__(
        self,
        engine: Engine,
        bot: Bot,
        clock: Callable[[], datetime],
        sessions_: SessionService,
        pending: PendingHolds,
    ) -> None:
        self.engine, self.bot, self.clock = engine, bot, clock
        self.sessions, self.pending = sessions_, pending
        self._background: set[asyncio.Task[Any]] = set()

    async def check(self, person: Person, text: str) -> bool:
        """Answers ``text`` when it reports a warning sign (typed anywhere, or after /ask);
        returns whether it did."""
        result = await understood(text, lambda: triage(text))
        if result.level is TriageLevel.NONE:
            return False
        report = SignReport(
            person.user_id,
            person.chat_id,
            person.first_name,
            person.language,
            tuple(result.signs),
            result.level.value,
            self.clock(),
        )
        hurts = result.level is TriageLevel.STOP_PAIN
        await self.report(report, View(safety_reply(result.level)), hurts=hurts)
        return True

    async def report(self, report: SignReport, reply: View, *, hurts: bool) -> None:
        """ "It hurts" during a session: the session ends the side and asks the pain level.
        Anything else: a running countdown is paused and the report stored, then the safety
        reply; when the database is slow or locked the reply does not wait past
        ``REPLY_WAIT`` (the rest goes on in the background, the hold counting meanwhile)."""
        self.pending.add(report)
        if hurts and await self.sessions.interrupt(report.user_id, report.chat_id, hurts=True):
            self._spawn(self._store(report))
            return
        work = asyncio.ensure_future(self._pause_then_store(report))
        self._background.add(work)
        work.add_done_callback(self._background.discard)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(work), REPLY_WAIT)
        await self.bot.send_message(
            report.chat_id,
            reply.text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(reply),
            rate_limit_args=LimitArgs(priority=URGENT),
        )

    async def asking(self, user_id: int, chat_id: int) -> bool:
        """A possible sign is asked about (SAFETY.md 7; when in doubt the exercise stops): a
        running countdown is paused until the answer. The question waits for that at most
        ``REPLY_WAIT`` (the pause goes on in the background); returns whether the countdown is
        known to be paused by then, so that the question can say so."""
        work = asyncio.ensure_future(self._pause(user_id, chat_id))
        self._background.add(work)
        work.add_done_callback(self._background.discard)
        try:
            return await asyncio.wait_for(asyncio.shield(work), REPLY_WAIT)
        except TimeoutError:
            return False

    async def _pause(self, user_id: int, chat_id: int) -> bool:
        try:
            return await self.sessions.pause(user_id, chat_id)
        except Exception:
            log.exception("could not pause the session while asking about a possible sign")
            return False

    async def _pause_then_store(self, report: SignReport) -> None:
        try:
            await self.sessions.interrupt(report.user_id, report.chat_id, hurts=False)
        except Exception:
            log.exception("could not pause the session after a warning sign")
        await self._store(report)

    async def _store(self, report: SignReport) -> None:
        for pause in (*STORE_RETRY, None):
            try:
                await asyncdb.run(self.engine, lambda db: _record(db, report))
            except Exception as exc:
                if pause is None:
                    log.error(
                        "a warning-sign record could not be stored (%s); the hold stays in memory",
                        type(exc).__name__,
                    )
                    return
                log.warning(
                    "storing a warning-sign record failed (%s); retrying in %s s",
                    type(exc).__name__,
                    pause,
                )
                await asyncio.sleep(pause)
            else:
                self.pending.stored(report)
                return

    def _spawn(self, coroutine: Coroutine[object, object, None]) -> None:
        task = asyncio.create_task(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def close(self) -> None:
        for task in list(self._background):
            task.cancel()
        for task in list(self._background):
            with contextlib.suppress(asyncio.CancelledError, TelegramError):
                await task


def _record(db: Session, report: SignReport) -> None:
    users.get_or_create(db, report.user_id, report.chat_id, report.first_name, report.language)
    sessions.record_screening(
        db,
        report.user_id,
        "free_text",
        json.dumps(list(report.signs)),
        None,
        report.level,
        report.at,
    )
