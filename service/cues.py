"""Sound cues: a short new message (which notifies, unlike an edit) when the sides switch and
when the timed part ends. One cue per session is in the chat at a time: the next cue, or the
end of the session, deletes the previous one (a failed delete is harmless).

A cue is sent in its own task, outside the session's lock, at normal priority: it takes the
chat's next slot after the state change's own edit (that second's countdown frame gives way),
and a stop, a pause or "it hurts" cancels it before it goes out. When the bot is at its rate
limit, the chat's next state change supersedes a cue still waiting for a slot: a late cue is
stale, and it must not hold that phase end back in the chat's turn."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from telegram import Message
from telegram.constants import ParseMode
from telegram.error import TelegramError

from app.ratelimit import NORMAL, PHASE_END, LimitArgs
from app.services import Bot
from coach.session.cues import Cue

log = logging.getLogger(__name__)

# Seconds a cue may wait for a slot when the bot is at its rate limit. It waits in the chat's
# turn as a droppable request: the chat's next state change (a phase end) supersedes it
# instead of queueing behind it; one that waited this long is stale (a switch lasts 10 s).
CUE_PATIENCE = 8.0


class CueSender:
    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._shown: dict[int, tuple[int, int]] = {}  # row -> (chat id, message id)
        self._background: set[asyncio.Task[None]] = set()
        self.sent = 0

    def ring(
        self,
        row_id: int,
        chat_id: int,
        cue: Cue,
        on_sent: Callable[[], None],
        delay: float = 0.0,
    ) -> None:
        """Sends ``cue`` after ``delay`` seconds (the chat's interval after the state change's
        own edit landed: its answer may come late, and the cue must not crowd it)."""
        self.cancel(row_id)
        task = asyncio.create_task(
            self._ring(row_id, chat_id, cue, on_sent, delay), name=f"cue-{row_id}"
        )
        self._tasks[row_id] = task
        task.add_done_callback(lambda done: self._done(row_id, done))

    def _done(self, row_id: int, task: asyncio.Task[None]) -> None:
        if self._tasks.get(row_id) is task:
            del self._tasks[row_id]

    async def _ring(
        self, row_id: int, chat_id: int, cue: Cue, on_sent: Callable[[], None], delay: float
    ) -> None:
        # This task's own context: the cue is not the phase end whose show rang it. Carrying
        # that deadline, every chat's cue went out ahead of later chats' phase ends.
        PHASE_END.set(None)
        await self._delete(row_id)
        if delay > 0:
            await asyncio.sleep(delay)
        try:
            message = await self.bot.send_message(
                chat_id,
                cue.text,
                parse_mode=ParseMode.HTML,
                rate_limit_args=LimitArgs(
                    priority=NORMAL, droppable=f"cue-{row_id}", patience=CUE_PATIENCE
                ),
            )
        except TelegramError as exc:
            log.info("a sound cue could not be sent (%s)", exc)
            return
        if not isinstance(message, Message):
            return  # dropped: the chat's next state change came first, or no slot in time
        self.sent += 1
        self._shown[row_id] = (chat_id, message.message_id)
        on_sent()

    def cancel(self, row_id: int) -> None:
        """A cue not sent yet is not sent at all."""
        task = self._tasks.pop(row_id, None)
        if task is not None and task is not asyncio.current_task():
            task.cancel()

    def clear(self, row_id: int) -> None:
        """Cancels a pending cue and deletes the one in the chat (in the background: a delete
        is not a message, and waits for no slot)."""
        self.cancel(row_id)
        if row_id in self._shown:
            task = asyncio.create_task(self._delete(row_id), name=f"cue-delete-{row_id}")
            self._background.add(task)
            task.add_done_callback(self._background.discard)

    async def _delete(self, row_id: int) -> None:
        shown = self._shown.pop(row_id, None)
        if shown is None:
            return
        try:
            await self.bot.delete_message(*shown)
        except TelegramError as exc:
            log.info("an old sound cue could not be deleted (%s)", exc)

    async def close(self) -> None:
        tasks = [*self._tasks.values(), *self._background]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
