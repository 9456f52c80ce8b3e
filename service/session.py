"""The guided session as a service: start, press, type, interrupt, and resume after a restart.

Every user event takes the same path. In ONE transaction, in a worker thread: load the stored
state, ``coach.session.machine.apply`` the event, store the new state and records its effects ask
for (and read what the view needs, e.g. the streak), commit. Then, on the event loop, carry out
what the transition says: cancel or start the countdown, and show the new state in the
session's one live message. Telegram I/O never happens inside a transaction, and a failed
call never loses a state change: the state is already stored, and the countdown is derived
from its stored deadlines.

Recovery is built in:
- the live message id is state; what it currently shows is remembered here (``_shown``), and
  an unknown outcome (a lost answer) makes the next edit replace the whole message;
- an edit that cannot succeed (the message was deleted, is too old, or is of the other kind)
  sends a fresh message, which becomes the live one;
- a countdown frame that fails is skipped, and the next frame carries on; a state change
  that could not be shown is shown again by the supervisor;
- the supervisor re-drives any countdown whose task died, so a deadline is never left behind;
- a stop, hurt or skip shows its own state at once; the old countdown message is then marked
  "Stopped" (never drawn as finished), after the question that matters has gone out.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session
from telegram import Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from app.ratelimit import (
    AFTER_PHASE_END,
    PHASE_END,
    URGENT,
    CoachRateLimiter,
    LimitArgs,
    retry_seconds,
)
from app.services import Bot
from coach.callbacks import parse_base36
from coach.progress import streaks
from coach.reminders.schedule import local_date
from coach.reminders.timezones import is_valid_tz_name, tzinfo_for
from coach.screening import rules as screening
from coach.session import buttons
from coach.session import machine as session
from coach.session import view as views
from coach.session.countdown import (
    frame_skew,
    next_frame,
    remaining_display,
    shows_end_time,
    shows_phase,
    tick_interval,
)
from coach.session.cues import cue_after, cue_stays
from coach.session.machine import Event, Phase, SessionState, Transition
from coach.session.workout import Style
from coach.ui import View
from content import cues as cue_texts
from content import general
from content import texts as t
from service import voice
from service.cues import CueSender
from service.holds import PendingHolds
from service.pictures import PictureSender
from service.telegram import edit_text, is_not_modified, is_uneditable, kind, markup
from service.voice import VoiceTracks
from store import asyncdb, reminders, sessions, users
from store.models import ExerciseSession

log = logging.getLogger(__name__)
T = TypeVar("T")

MIN_FRAME_INTERVAL = 1.0  # real seconds between countdown edits (Telegram: ~1 per chat)
VOICED_FRAME_INTERVAL = 5.0  # with the voice track sent, it is the timer: a frame every 5 s
CHAT_INTERVAL = 1.0  # our rate limiter's pace for one chat (app.ratelimit), real seconds
# A frame woken this much late still goes out (the next phase then waits that long for the
# chat's slot); any later, and it is skipped so the next phase's first frame is on time.
WAKE_SLACK = 0.2
# Countdown frames a second for all sessions together (Telegram: about 30 messages a second per
# bot): the rest is kept for phase ends, replies and reminders.
FRAME_BUDGET = 20.0
STALE_AFTER = session.STALE_AFTER  # an open session older than this is closed, not resumed
HISTORY = timedelta(days=28)
SUPERVISE_EVERY = 1.0  # real seconds between the supervisor's rounds
SHOW_ATTEMPTS = 3  # a state change is shown with this many tries before the supervisor takes over
RETRY_PAUSE = 0.5  # real seconds before the next try (a 429 waits what Telegram asked)
RETRY_AFTER_CAP = 10.0  # longest wait on a 429 within one show; longer: the supervisor
# Phases whose view offers a button that starts or resumes exercise (see views.render's held).
OFFERS_START = (Phase.READY, Phase.STEPS, Phase.PAUSED, Phase.HURT_OFFER)
NO_CAUSES = sessions.HoldCauses(None, None)
EXERCISE_STARTS = (session.Start, session.Resume, session.ContinueGently, session.ImReady)


class StartOutcome(Enum):
    STARTED = "started"
    NEEDS_SCREEN = "needs_screen"  # never onboarded: the onboarding screen comes first
    NEEDS_RESCREEN = "needs_rescreen"  # the 12-month re-screen (SAFETY.md 2)
    HELD = "held"  # a safety hold: no exercise until it lifts
    ALREADY_OPEN = "already_open"


@dataclass(frozen=True)
class Started:
    outcome: StartOutcome
    view: View | None = None  # what to say (HELD, ALREADY_OPEN)
    running: int | None = None  # ALREADY_OPEN in the same chat: the running session's row


@dataclass(frozen=True)
class Person:
    user_id: int
    chat_id: int
    first_name: str = ""
    language: str | None = None


@dataclass(frozen=True)
class _Applied:
    """A committed transition and what its view needs from the database."""

    row_id: int
    before: SessionState
    tr: Transition
    streak: streaks.Streak | None = None
    offer_reminder: bool = False
    held: bool = False  # no exercise may start now: the view offers no Start or Resume


def session_code(row_id: int) -> str:
    return buttons.session_code(row_id)


def row_id_of(code: str) -> int | None:
    """The session row of a button's session code; ``None`` for anything but a canonical one."""
    value = parse_base36(code)
    return value if value else None


class SessionService:
    """Built from the engine, the bot and a clock; one per application."""

    def __init__(
        self,
        engine: Engine,
        bot: Bot,
        clock: Callable[[], datetime],
        time_scale: float,
        *,
        pending: PendingHolds | None = None,
        supervise_every: float = SUPERVISE_EVERY,
        voice_dir: Path | None = None,
    ) -> None:
        self.engine, self.bot, self.clock, self.time_scale = engine, bot, clock, time_scale
        self.pending = pending or PendingHolds()
        self.pictures = PictureSender(engine)
        self.cues = CueSender(bot)
        self.voice = VoiceTracks(engine, voice_dir or Path("data") / "voice")
        self._voiced: set[int] = set()  # sessions whose voice track was sent: sparse frames
        self._zones: dict[int, str | None] = {}  # user's time zone, read for a sparse countdown
        self._voice_tasks: dict[int, asyncio.Task[None]] = {}
        self._supervise_every = supervise_every
        self._locks: dict[int, asyncio.Lock] = {}
        self._timers: dict[int, tuple[asyncio.Task[None], session.ShowBlock]] = {}
        self._shown: dict[int, View] = {}  # what the live message shows, when known
        self._unsure: set[int] = set()  # a call's outcome was lost: the content is unknown
        self._live: dict[int, int] = {}  # the live message id, once this process sent one
        self._shown_at: dict[int, float] = {}  # when a state change last landed (POSIX s)
        self._afresh: set[int] = set()  # the next show sends a fresh live message (bring_forward)
        self._dirty: dict[int, SessionState] = {}  # state changes not shown yet
        self._background: set[asyncio.Task[None]] = set()
        self._supervisor: asyncio.Task[None] | None = None

    # --- public API --------------------------------------------------------------------------

    async def start(
        self,
        person: Person,
        *,
        gentle: bool = False,
        short: bool = False,
        begun: Callable[[], Awaitable[object]] | None = None,
    ) -> Started:
        """/session, Start on a reminder, Start after onboarding: screen, hold or a new session.
        ``begun``: called once a new session is stored, before its first message goes out (a
        pressed Start's button is answered then, not after the send)."""
        now, pending = self.clock(), self.pending.causes(person.user_id)
        found = await self._db(
            lambda db: _start_tx(db, person, now, pending, gentle, short, self.time_scale)
        )
        if isinstance(found, Started):
            return found
        if begun is not None:
            await begun()
        async with self._lock(found.row_id):
            await self._carry_out(found)
        return Started(StartOutcome.STARTED)

    async def press(self, code: str, user_id: int, event: Event) -> str | None:
        """A button of session ``code`` pressed by ``user_id``; returns the button's answer."""
        row_id = row_id_of(code)
        if row_id is None:
            return t.SESSION_ENDED
        if isinstance(event, EXERCISE_STARTS):
            held = await self.hold_view(user_id)
            if held is not None:
                # A warning sign was reported while this session was open: no Start or Resume.
                await self._say(user_id, held)
                return None
        return await self._handle(row_id, event, owner=user_id)

    async def stop(self, user_id: int) -> str | None:
        """/stop: ends the user's open session; returns what to say when there is none."""
        row = await self._db(lambda db: sessions.active(db, user_id))
        if row is None or row.id is None:
            return general.NO_ACTIVE_SESSION
        return await self._handle(row.id, session.Stop(), owner=user_id)

    async def typed(self, user_id: int, chat_id: int, raw: str | None, text: str) -> bool:
        """A typed message while a session is open (``raw``: its stored state, read once per
        update by the caller). Returns True when the session took it."""
        found = _parse_open(raw, chat_id)
        if found is None:
            return False
        event = session.event_from_text(found, text[:100])
        if event is None:
            if found.phase.asks_pain:
                await self._say_chat(chat_id, View(general.PAIN_TYPED_HELP))
                return True
            return False
        row_id = row_id_of(found.session_id)
        if row_id is None:
            return False
        notice = await self._handle(row_id, event, owner=user_id)
        if notice is not None:
            await self._say_chat(chat_id, View(notice))
        return True

    async def interrupt(self, user_id: int, chat_id: int, *, hurts: bool) -> bool:
        """A safety message arrived: "it hurts" ends the side and asks the pain level; any other
        warning sign pauses a countdown. Returns True when the session itself answered."""
        found = await self._open_in(user_id, chat_id)
        if found is None:
            return False
        row_id, state = found
        if hurts and state.phase in (Phase.READY, Phase.STEPS, Phase.WORK, Phase.PAUSED):
            return await self._handle(row_id, session.Hurts()) is None
        if state.phase is Phase.WORK:
            await self._handle(row_id, session.Pause())
        elif state.phase in OFFERS_START:
            # A screen with Start on it: redrawn without it (pressing it would be refused), in
            # the background, so the safety reply never waits for the edit.
            self._spawn(self._redraw_held(row_id), f"held-{row_id}")
        return False

    async def pause(self, user_id: int, chat_id: int) -> bool:
        """A possible warning sign is asked about (SAFETY.md 7): a running countdown waits for
        the answer, as the Pause button would make it (Resume carries on). Returns whether a
        countdown was paused."""
        found = await self._open_in(user_id, chat_id)
        if found is None or found[1].phase is not Phase.WORK:
            return False
        return await self._handle(found[0], session.Pause()) is None

    async def _open_in(self, user_id: int, chat_id: int) -> tuple[int, SessionState] | None:
        """The user's open session in this chat: its row id and state (``None``: none)."""
        row = await self._db(lambda db: sessions.active(db, user_id))
        if row is None or row.id is None or row.chat_id != chat_id:
            return None
        state = _parse_open(row.state, chat_id)
        return None if state is None else (row.id, state)

    async def hold_view(self, user_id: int) -> View | None:
        """Why no exercise may start now, and until when (``None``: it may)."""
        now, pending = self.clock(), self.pending.causes(user_id)
        return await self._db(lambda db: _hold_view(db, user_id, now, pending))

    async def bring_forward(self, row_id: int) -> None:
        """A Start button sent before this session began, pressed while it runs: the live
        message is sent afresh (the path an edit that cannot succeed takes), so it is at the
        bottom of the chat and becomes the live one; the old one is deleted."""
        async with self._lock(row_id):
            now, pending = self.clock(), self.pending
            found = await self._db(lambda db: _running_tx(db, row_id, now, pending))
            if found is None:
                return
            state, held = found
            old = self._live.get(row_id, state.message_id)
            self._afresh.add(row_id)
            try:
                await self._show(
                    row_id, state, state, _render(state, self.clock(), None, False, held)
                )
            finally:
                self._afresh.discard(row_id)
            new = self._live.get(row_id)
            if old is not None and new is not None and new != old:
                self._spawn(self._delete(state.chat_id, old), f"forward-{row_id}")

    async def _delete(self, chat_id: int, message_id: int) -> None:
        """A live message replaced by a fresh one: deleted (free of the chat's rate), or, where
        Telegram refuses that, left without its buttons."""
        try:
            await self.bot.delete_message(chat_id, message_id)
        except TelegramError as exc:
            log.info("could not delete a replaced session message (%s)", exc)
            with contextlib.suppress(TelegramError):
                await self.bot.edit_message_reply_markup(
                    chat_id=chat_id, message_id=message_id, reply_markup=None
                )

    async def recover(self) -> None:
        """After a restart: close sessions too old to pick up again, and pause the ones that
        were counting down, offering to resume them. The offers go out in the background, all
        chats at once, so start-up does not wait a rate-limit interval per session."""
        now = self.clock()
        counting = await self._db(lambda db: _recover_tx(db, now))
        if counting:
            self._spawn(self._offer_resume_all(counting), "session-recovery")
        self._supervisor = asyncio.create_task(self._supervise(), name="session-supervisor")

    async def close(self) -> None:
        tasks = [*self._background, *(task for task, _ in self._timers.values())]
        tasks.extend(self._voice_tasks.values())
        if self._supervisor is not None:
            tasks.append(self._supervisor)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._timers.clear()
        await self.cues.close()

    @contextlib.asynccontextmanager
    async def held(self, row_ids: Sequence[int]) -> AsyncIterator[None]:
        """Stops these sessions' countdowns and holds their locks while the caller works (e.g.
        erases their rows): a tick already under way finishes first, the next finds nothing."""
        async with contextlib.AsyncExitStack() as stack:
            for row_id in row_ids:
                self._cancel_timer(row_id)
                await stack.enter_async_context(self._lock(row_id))
            yield
        for row_id in row_ids:
            self._forget(row_id)

    # --- the one path every change takes ------------------------------------------------------

    async def _db(self, work: Callable[[Session], T]) -> T:
        return await asyncdb.run(self.engine, work)

    def _lock(self, row_id: int) -> asyncio.Lock:
        return self._locks.setdefault(row_id, asyncio.Lock())

    async def _handle(self, row_id: int, event: Event, *, owner: int | None = None) -> str | None:
        """Applies ``event``; returns a short notice for a button press that did nothing."""
        async with self._lock(row_id):
            now = self.clock()
            pending = self.pending
            applied = await self._db(lambda db: _apply_tx(db, row_id, event, now, owner, pending))
            if isinstance(applied, str):
                return applied
            await self._carry_out(applied, tick=isinstance(event, session.Tick))
            return None

    async def _carry_out(self, applied: _Applied, *, tick: bool = False) -> None:
        """After the commit: timers first (they only depend on stored deadlines), then the
        live message."""
        row_id, state = applied.row_id, applied.tr.state
        blocks = [e for e in applied.tr.effects if isinstance(e, session.ShowBlock)]
        if (
            blocks
            or state.phase is not Phase.WORK
            or any(isinstance(e, session.CancelTimer) for e in applied.tr.effects)
        ):
            self._cancel_timer(row_id)
        for block in blocks:
            self._start_timer(row_id, state, block)
        if not cue_stays(state):
            self.cues.clear(row_id)  # stopped, paused, hurt or over: no cue goes out now
        if state.phase not in (Phase.WORK, Phase.PAUSED) and (
            pending := self._voice_tasks.pop(row_id, None)
        ):
            pending.cancel()  # stopped or hurt before the track went out: it never does
        # Every phase is shown at its start (a state change: it goes ahead of any pending frame
        # of the previous block). Only a rep shorter than a frame interval, reached while the
        # chat's slot is taken, is coalesced: the next rep's frame shows the count advanced.
        if not (tick and self._coalesced(row_id, state)):
            end = (
                await self._end_clock(row_id, state.user_id, self._frame_interval(row_id))
                if blocks and state.phase is Phase.WORK
                else None
            )
            view = _render(
                state, self.clock(), applied.streak, applied.offer_reminder, applied.held, end
            )
            await self._show(row_id, applied.before, state, view)
        if tick:
            self._ring(row_id, applied.before, state)
        self._start_voice(row_id, applied.before, state)
        if not state.active:
            self._forget(row_id)

    def _ring(self, row_id: int, before: SessionState, state: SessionState) -> None:
        """A sound cue when the countdown reached a side switch or the end (``prefs.cues``);
        once sent, it counts as that second's message: the next frame waits a chat interval."""
        cue = cue_after(before, state)
        if cue is not None:

            def sent() -> None:
                self._shown_at[row_id] = self.clock().timestamp()

            now = self.clock().timestamp()
            settle = self._shown_at.get(row_id, now) + CHAT_INTERVAL - now
            self.cues.ring(row_id, state.chat_id, cue, sent, delay=max(0.0, settle))

    def _start_voice(self, row_id: int, before: SessionState, state: SessionState) -> None:
        """The timed part starts (not resumes) with the voice track on: send it, in the
        background, outside the session's lock."""
        if not (
            state.prefs.voice
            and state.phase is Phase.WORK
            and before.phase not in (Phase.WORK, Phase.PAUSED)
        ):
            return
        task = asyncio.create_task(self._send_voice(row_id, state), name=f"voice-{row_id}")
        self._voice_tasks[row_id] = task

        def done(finished: asyncio.Task[None]) -> None:
            if self._voice_tasks.get(row_id) is finished:
                del self._voice_tasks[row_id]

        task.add_done_callback(done)
        task.add_done_callback(_log_failure)

    async def _send_voice(self, row_id: int, state: SessionState) -> None:
        """The voice-guided track as a voice note when the timed part starts (``prefs.voice``);
        once it went out, the countdown shows a frame every few seconds only."""
        PHASE_END.set(None)  # this task's own context: never a phase end's priority
        if not voice.available():
            await self._say_chat(state.chat_id, View(cue_texts.VOICE_UNAVAILABLE))
            return
        track = voice.track_for(state.style, state.variant, state.prefs)
        try:
            await self.voice.send(self.bot, state.chat_id, track)
        except (TelegramError, OSError, RuntimeError) as exc:  # espeak-ng or encoding failed
            log.info("the voice track of session %s was not sent (%s)", session_code(row_id), exc)
            return
        if row_id in self._locks:  # still open
            self._voiced.add(row_id)

    def _forget(self, row_id: int) -> None:
        """A session that ended (or was erased): nothing of it stays in memory."""
        self._locks.pop(row_id, None)
        self._shown.pop(row_id, None)
        self._dirty.pop(row_id, None)
        self._unsure.discard(row_id)
        self._live.pop(row_id, None)
        self._shown_at.pop(row_id, None)
        self._voiced.discard(row_id)
        self._zones.pop(row_id, None)

    def _coalesced(self, row_id: int, state: SessionState) -> bool:
        block = state.block
        if state.phase is not Phase.WORK or state.deadline is None or block is None:
            return False
        plan, now = state.plan, self.clock().timestamp()
        following = plan[state.block_index + 1].kind if state.block_index + 1 < len(plan) else None
        last = self._shown_at.get(row_id)
        return not shows_phase(block.kind, following, now, state.deadline, last, CHAT_INTERVAL)

    # --- the live message -------------------------------------------------------------------

    async def _show(
        self, row_id: int, before: SessionState, state: SessionState, view: View
    ) -> None:
        """Shows ``view`` in the live message, retrying a few times; what cannot be shown now
        is left to the supervisor, and never undoes the stored change."""
        self._dirty[row_id] = state
        for attempt in range(SHOW_ATTEMPTS):
            try:
                await self._display(row_id, before, state, view)
            except Forbidden:
                await self._close(row_id, "blocked")
                self._dirty.pop(row_id, None)
                return
            except RetryAfter as exc:
                seconds = retry_seconds(exc)
                if seconds > RETRY_AFTER_CAP:
                    break
                await asyncio.sleep(seconds)
            except TelegramError as exc:
                log.warning("showing session %s failed (%s)", session_code(row_id), exc)
                self._unknown(row_id)
                if attempt + 1 < SHOW_ATTEMPTS:
                    await asyncio.sleep(RETRY_PAUSE * (attempt + 1))
            else:
                self._dirty.pop(row_id, None)
                return

    async def _display(
        self, row_id: int, before: SessionState, state: SessionState, view: View
    ) -> None:
        message_id = None if row_id in self._afresh else self._live.get(row_id, state.message_id)
        shown = self._believed(row_id, before)
        old = (message_id, shown) if message_id is not None and shown is not None else None
        if message_id is not None and (shown is None or kind(shown) == kind(view)):
            try:
                await self._edit(state.chat_id, message_id, shown, view, droppable=False)
                self._seen(row_id, view)
                self._shown_at[row_id] = self.clock().timestamp()
                return
            except BadRequest as exc:
                if not is_uneditable(exc):
                    raise
                log.info("session %s: live message not editable; sending a fresh one", row_id)
                old = None
        now = self.clock()
        # A countdown stopped, hurt or paused away: the question that matters takes the chat's
        # slot first, and the old message says where it stopped afterwards. Anything else (a
        # countdown that ran out, a screen's buttons) is tidied first, as it always was, so
        # the chat's slots stay in the order the user reads them.
        stopped = (
            old is not None
            and before.phase in (Phase.WORK, Phase.PAUSED)
            and not _ran_out(before, now)
        )
        phase_end: float | None = PHASE_END.get()
        follows: float | None = None
        if old is not None and not stopped:
            await self._retire(before, *old, now)
            if phase_end is not None:
                # The final frame was the phase end; what follows it in this chat cannot go
                # sooner than a chat interval later, and queues behind other chats' ends.
                follows = phase_end + CHAT_INTERVAL
                phase_end = None
        tokens = (PHASE_END.set(phase_end), AFTER_PHASE_END.set(follows))
        try:
            sent = await self._send(state.chat_id, view)
        finally:
            AFTER_PHASE_END.reset(tokens[1])
            PHASE_END.reset(tokens[0])
        self._seen(row_id, view)
        self._shown_at[row_id] = self.clock().timestamp()
        self._live[row_id] = sent.message_id
        await self._db(lambda db: _set_message(db, row_id, sent.message_id))
        if old is not None and stopped and old[0] != sent.message_id:
            self._spawn(self._retire(before, *old, now), f"retire-{row_id}")

    def _believed(self, row_id: int, before: SessionState) -> View | None:
        """What the live message shows: the last view shown from this process, else (after a
        restart) the previous state's view; ``None`` when a lost answer left it unknown."""
        if row_id in self._unsure:
            return None
        shown = self._shown.get(row_id)
        if shown is None and before.message_id is not None:
            return views.render(before, self.clock())
        return shown

    def _seen(self, row_id: int, view: View) -> None:
        self._shown[row_id] = view
        self._unsure.discard(row_id)

    def _unknown(self, row_id: int) -> None:
        self._shown.pop(row_id, None)
        self._unsure.add(row_id)

    async def _send(self, chat_id: int, view: View) -> Message:
        if view.photo or view.animation:
            return await self.pictures.send(self.bot, chat_id, view)
        return await self.bot.send_message(
            chat_id,
            view.text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(view),
            rate_limit_args=LimitArgs(priority=URGENT),
        )

    async def _edit(
        self,
        chat_id: int,
        message_id: int,
        old: View | None,
        new: View,
        *,
        droppable: bool,
        shown_at: float | None = None,
    ) -> bool:
        """``old``: what the message shows (``None``: unknown, so replace its media too).
        False when the rate limiter dropped it (a droppable frame that found no slot in time).
        A frame is due when the chat's previous frame was shown (``shown_at``): among frames,
        the countdown that has waited longest goes first, so ticks degrade evenly."""
        if old == new:
            return True  # Telegram refuses an edit to identical content
        limits = LimitArgs(priority=URGENT)
        if droppable:
            limits = LimitArgs(droppable=f"{chat_id}:{message_id}")
            if shown_at is not None:
                limits["due"] = shown_at
        if not new.photo and not new.animation:
            return await edit_text(self.bot, chat_id, message_id, new, rate_limit_args=limits)
        if old is not None and (old.photo, old.animation) == (new.photo, new.animation):
            try:
                result = await self.bot.edit_message_caption(
                    chat_id=chat_id,
                    message_id=message_id,
                    caption=new.text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup(new),
                    rate_limit_args=limits,
                )
            except BadRequest as exc:
                if not is_not_modified(exc):
                    raise
                return True
            return result is not True
        try:
            await self.pictures.edit(self.bot, chat_id, message_id, new)
        except BadRequest as exc:
            if not is_not_modified(exc):
                raise
        return True

    async def _retire(
        self, before: SessionState, message_id: int, shown: View, now: datetime
    ) -> None:
        """A replaced countdown shows where it stopped (or its final frame when it ran out);
        any other replaced message just loses its buttons."""
        try:
            if before.phase in (Phase.WORK, Phase.PAUSED):
                await self._edit(
                    before.chat_id,
                    message_id,
                    shown,
                    views.retired_view(before, now),
                    droppable=False,  # once, and it must land: never dropped like a frame
                )
            elif shown.buttons:
                await self.bot.edit_message_reply_markup(
                    chat_id=before.chat_id, message_id=message_id, reply_markup=None
                )
        except TelegramError as exc:
            log.info("could not tidy an old session message (%s)", exc)

    async def _say(self, user_id: int, view: View) -> None:
        chat_id = await self._db(lambda db: _chat_of(db, user_id))
        if chat_id is not None:
            await self._say_chat(chat_id, view)

    async def _say_chat(self, chat_id: int, view: View) -> None:
        await self.bot.send_message(
            chat_id, view.text, parse_mode=ParseMode.HTML, reply_markup=markup(view)
        )

    # --- the countdown -------------------------------------------------------------------

    def _cancel_timer(self, row_id: int) -> None:
        entry = self._timers.pop(row_id, None)
        if entry is not None and entry[0] is not asyncio.current_task():
            entry[0].cancel()

    def _start_timer(self, row_id: int, state: SessionState, block: session.ShowBlock) -> None:
        self._cancel_timer(row_id)
        task = asyncio.create_task(
            self._countdown(row_id, state, block), name=f"countdown-{session_code(row_id)}"
        )
        self._timers[row_id] = (task, block)

    async def _countdown(self, row_id: int, state: SessionState, block: session.ShowBlock) -> None:
        """Edits the live message as the seconds pass, then applies ``Tick`` at the deadline.
        Every frame time comes from the stored deadline (``coach.session.countdown``), never from
        summed sleeps. A frame that fails is skipped; the tick is never skipped (if it fails,
        the supervisor applies it again)."""
        PHASE_END.set(None)  # this task's own context: not the phase end that started it
        scale = state.time_scale
        shown: int | None = max(1, remaining_display(block.started_at, block.deadline, scale))
        sent_at: float | None = block.started_at
        while True:
            now = self.clock().timestamp()
            interval = self._frame_interval(row_id)
            last = sent_at
            if sent_at == block.started_at and last is not None:  # the block's first tick
                last -= frame_skew(row_id, interval, MIN_FRAME_INTERVAL)
            frame = next_frame(
                now, block.deadline, shown, last, interval, scale, room=MIN_FRAME_INTERVAL
            )
            if frame is None:
                break
            if frame.at > now:
                await asyncio.sleep(frame.at - now)
            if frame.final:
                break
            # A block's first frame that landed late (it waited for the chat's slot) leaves the
            # next frame less than the chat's interval: it would wait for the slot and be
            # dropped as stale. It waits here instead, and shows the number of its moment.
            settle = self._chat_free_in(state.chat_id, row_id)
            if settle > 0:
                await asyncio.sleep(settle)
            left = block.deadline - self.clock().timestamp()
            if left < CHAT_INTERVAL - WAKE_SLACK:
                # Too close to the end: this frame would hold the chat's slot when the next
                # phase starts, and that phase's first frame goes out at its start instead.
                await asyncio.sleep(max(0.0, left))
                break
            await self._frame(row_id, state, interval)
            shown, sent_at = frame.remaining, frame.at
        self._timers.pop(row_id, None)
        token = PHASE_END.set(block.deadline)  # its show is a phase end: by deadline, first
        try:
            notice = await self._handle(row_id, session.Tick(block.index))
        finally:
            PHASE_END.reset(token)
        if notice is not None:
            log.info("tick of session %s ignored: %s", session_code(row_id), notice)

    def _chat_free_in(self, chat_id: int, row_id: int) -> float:
        """Seconds until the chat's slot is free: the limiter knows exactly; without it, a chat
        interval after the last message landed."""
        limiter = self.bot.rate_limiter
        if isinstance(limiter, CoachRateLimiter):
            return limiter.chat_free_in(chat_id)
        return self._shown_at.get(row_id, 0.0) + CHAT_INTERVAL - self.clock().timestamp()

    def _frame_interval(self, row_id: int) -> float:
        """Real seconds between this countdown's frames now: `_tick_interval`, and with the
        voice track sent at least `VOICED_FRAME_INTERVAL` (the track is the timer)."""
        interval = self._tick_interval()
        if row_id in self._voiced:
            interval = max(interval, VOICED_FRAME_INTERVAL)
        return interval

    async def _end_clock(self, row_id: int, user_id: int, interval: float) -> views.EndClock | None:
        """A sparse countdown (frames further apart than a second) shows when the part ends, in
        the user's time zone: read once per session, and only when first needed."""
        if not shows_end_time(interval, MIN_FRAME_INTERVAL):
            return None
        if row_id not in self._zones:
            try:
                self._zones[row_id] = await self._db(lambda db: _timezone_of(db, user_id))
            except SQLAlchemyError:
                return views.EndClock(None)  # unknown this time: UTC, said so
        return views.EndClock(self._zones[row_id])

    def _tick_interval(self) -> float:
        """Every second while the frames of all running countdowns fit the budget; 5 s, then
        10 s when they do not (issue 18: ticks degrade evenly, phase ends go first)."""
        limiter = self.bot.rate_limiter
        if not isinstance(limiter, CoachRateLimiter):
            return MIN_FRAME_INTERVAL
        budget = FRAME_BUDGET / limiter.scale
        return tick_interval(len(self._timers), budget, limiter.backlog, MIN_FRAME_INTERVAL)

    async def _frame(
        self, row_id: int, state: SessionState, interval: float = MIN_FRAME_INTERVAL
    ) -> None:
        message_id = self._live.get(row_id, state.message_id)
        if message_id is None or row_id in self._dirty:
            return  # the state change itself is not shown yet: the supervisor shows it
        end = await self._end_clock(row_id, state.user_id, interval)
        asked = self.clock()
        view = views.render(state, asked, end=end)
        try:
            if not await self._edit(
                state.chat_id,
                message_id,
                self._believed(row_id, state),
                view,
                droppable=True,
                shown_at=self._shown_at.get(row_id),
            ):
                return  # dropped (no slot in time): the message still shows the last frame
            self._seen(row_id, view)
            # When it was asked for, not when it landed: frames keep to their planned seconds.
            self._shown_at[row_id] = asked.timestamp()
        except asyncio.CancelledError:
            raise
        except Forbidden:
            await self._close(row_id, "blocked")
            raise asyncio.CancelledError from None
        except BadRequest as exc:
            if self._live.get(row_id, state.message_id) != message_id:
                return  # no longer the live message (brought forward meanwhile)
            if is_uneditable(exc):
                self._dirty[row_id] = state  # the supervisor sends a fresh live message
            self._unknown(row_id)
            log.info("frame of session %s skipped (%s)", session_code(row_id), exc)
        except TelegramError as exc:
            self._unknown(row_id)
            log.info("frame of session %s skipped (%s)", session_code(row_id), exc)

    # --- the supervisor -----------------------------------------------------------------

    async def _supervise(self) -> None:
        while True:
            await asyncio.sleep(self._supervise_every)
            try:
                await self._supervise_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("session supervisor round failed")

    async def _supervise_once(self) -> None:
        """Re-drives countdowns whose task died, and shows again what could not be shown."""
        for row_id, (task, block) in list(self._timers.items()):
            if not task.done():
                continue
            if not task.cancelled() and (error := task.exception()) is not None:
                log.warning(
                    "countdown of session %s died (%s): re-driving it",
                    session_code(row_id),
                    type(error).__name__,
                )
            self._timers.pop(row_id, None)
            self._spawn(self._redrive(row_id, block), f"redrive-{row_id}")
        for row_id, state in list(self._dirty.items()):
            if self._lock(row_id).locked():
                continue
            self._spawn(self._reshow(row_id, state), f"reshow-{row_id}")

    async def _redrive(self, row_id: int, block: session.ShowBlock) -> None:
        row = await self._db(lambda db: sessions.get(db, row_id))
        state = _parse_open(row.state if row and row.active else None, row.chat_id if row else 0)
        if state is None or state.phase is not Phase.WORK or state.block_index != block.index:
            return
        if row_id in self._timers:
            return
        self._start_timer(row_id, state, block)

    async def _reshow(self, row_id: int, expected: SessionState) -> None:
        async with self._lock(row_id):
            state = self._dirty.get(row_id)
            if state is None or state is not expected:
                return
            row = await self._db(lambda db: sessions.get(db, row_id))
            current = _parse_open(row.state if row and row.active else None, state.chat_id)
            if current is None:
                self._dirty.pop(row_id, None)
                return
            self._unknown(row_id)  # replace the whole message: its content is unknown
            held = (
                current.phase in OFFERS_START and await self.hold_view(current.user_id) is not None
            )
            view = views.render(current, self.clock(), held=held)
            await self._show(row_id, current, current, view)

    async def _redraw_held(self, row_id: int) -> None:
        """The live message again, without the buttons a hold would refuse."""
        async with self._lock(row_id):
            row = await self._db(lambda db: sessions.get(db, row_id))
            if row is None or not row.active:
                return
            current = _parse_open(row.state, row.chat_id)
            if current is None or current.phase not in OFFERS_START:
                return
            if await self.hold_view(current.user_id) is None:
                return
            await self._show(
                row_id, current, current, views.render(current, self.clock(), held=True)
            )

    def _spawn(self, coroutine: Coroutine[object, object, None], name: str) -> None:
        task = asyncio.create_task(coroutine, name=name)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        task.add_done_callback(_log_failure)

    # --- restarts ---------------------------------------------------------------------------

    async def _offer_resume_all(self, row_ids: list[int]) -> None:
        await asyncio.gather(*(self._offer_resume(row_id) for row_id in row_ids))

    async def _offer_resume(self, row_id: int) -> None:
        row = await self._db(lambda db: sessions.get(db, row_id))
        if row is None:
            return
        try:
            await self.bot.send_message(row.chat_id, general.RESTARTED, parse_mode=ParseMode.HTML)
        except Forbidden:
            await self._close(row_id, "blocked")
            return
        except TelegramError as exc:
            log.warning("could not tell session %s about the restart (%s)", row_id, exc)
        await self._handle(row_id, session.Pause())

    async def _close(self, row_id: int, outcome: str) -> None:
        now = self.clock()
        await self._db(lambda db: _close_row(db, row_id, outcome, now))
        self._cancel_timer(row_id)
        self._dirty.pop(row_id, None)


# --- units of work (run in a worker thread, one transaction each) ----------------------------


def _parse_open(raw: str | None, chat_id: int) -> SessionState | None:
    """The open session's state, if it belongs to this chat and can be read."""
    if raw is None:
        return None
    try:
        state = SessionState.from_json(raw)
    except ValueError:
        return None
    return state if state.chat_id == chat_id else None


def _chat_of(db: Session, user_id: int) -> int | None:
    user = users.get(db, user_id)
    return user.chat_id if user is not None else None


def _close_row(db: Session, row_id: int, outcome: str, now: datetime) -> None:
    row = sessions.get(db, row_id)
    if row is not None and row.active:
        row.active, row.outcome = False, outcome
        row.ended_at = row.ended_at or now


def _set_message(db: Session, row_id: int, message_id: int) -> None:
    row = sessions.get(db, row_id)
    if row is None or row.state is None:
        return
    try:
        state = SessionState.from_json(row.state)
    except ValueError:
        return
    row.message_id = message_id
    row.state = replace(state, message_id=message_id).to_json()


_HELD_DECISIONS = screening.REST_DAY_DECISIONS | {screening.Outcome.EMERGENCY.value}


def _history(rows: Sequence[ExerciseSession]) -> list[screening.SessionOutcome]:
    return [
        screening.SessionOutcome(r.ended_at, r.pain_before, r.pain_after, r.flare_settled)
        for r in rows
        if r.ended_at is not None and r.pain_before is not None
    ]


def _hold_view(
    db: Session, user_id: int, now: datetime, pending: sessions.HoldCauses
) -> View | None:
    user = users.get(db, user_id)
    stored = sessions.hold_causes(db, user_id, screening.REST_DAY_DECISIONS)
    causes = sessions.HoldCauses(
        _latest(stored.emergency_at, pending.emergency_at),
        _latest(stored.rest_day_at, pending.rest_day_at),
    )
    tz_name = user.timezone if user is not None else None
    if tz_name is not None and not is_valid_tz_name(tz_name):
        tz_name = None  # unreadable: treated as unknown (the cautious 24 hours)
    hold = screening.exercise_hold(
        now,
        emergency_at=causes.emergency_at,
        rest_day_at=causes.rest_day_at,
        tz=tzinfo_for(tz_name) if tz_name else None,
    )
    return None if hold is None else views.hold_view(hold, tz_name)


def _latest(*times: datetime | None) -> datetime | None:
    return max((at for at in times if at is not None), default=None)


def _start_tx(
    db: Session,
    person: Person,
    now: datetime,
    pending: sessions.HoldCauses,
    gentle: bool,
    short: bool,
    time_scale: float,
) -> Started | _Applied:
    user, _ = users.get_or_create(
        db, person.user_id, person.chat_id, person.first_name, person.language
    )
    if user.onboarded_at is None or user.usual_pain is None:
        return Started(StartOutcome.NEEDS_SCREEN)
    if screening.needs_onboarding_rescreen(user.onboarded_at, now, False):
        return Started(StartOutcome.NEEDS_RESCREEN)
    if (held := _hold_view(db, person.user_id, now, pending)) is not None:
        # Cautious reading of SAFETY.md 3.1: no exercise at all for 24 h after an emergency
        # answer; and "no session today" means today (3.2, 4): see coach.screening.rules.
        return Started(StartOutcome.HELD, held)
    active = sessions.active(db, person.user_id)
    if active is not None and active.id is not None:
        state = _parse_open(active.state, active.chat_id)
        if state is not None and session.still_running(active.started_at, now):
            here = active.id if active.chat_id == person.chat_id else None
            return Started(StartOutcome.ALREADY_OPEN, views.render_one_at_a_time(state), here)
        _close_row(db, active.id, "expired", now)
    history = _history(sessions.recent_outcomes(db, person.user_id, now - HISTORY))
    chosen = users.load_settings(db, person.user_id)  # /settings: from the next session on
    row = sessions.create(db, person.user_id, person.chat_id, now)
    db.flush()
    assert row.id is not None
    first = session.new_session(
        session_id=session_code(row.id),
        user_id=person.user_id,
        chat_id=person.chat_id,
        now=now,
        usual_pain=user.usual_pain,
        style=Style.HOLD if short else chosen.style,
        prefs=chosen.prefs,
        arm=chosen.arm,
        time_scale=time_scale,
        followup=screening.flare_followup(history, now),
    )
    state = first.state
    if gentle:
        state = replace(state, flare_unresolved=True)  # today's session is the gentler variant
    tr = Transition(state, first.effects)
    _persist(db, row, tr, now)
    blank = replace(state, message_id=None)
    return _Applied(row.id, blank, tr)


def _running_tx(
    db: Session, row_id: int, now: datetime, pending: PendingHolds
) -> tuple[SessionState, bool] | None:
    """The running session's state, and whether a hold takes its Start or Resume away."""
    row = sessions.get(db, row_id)
    if row is None or not row.active:
        return None
    state = _parse_open(row.state, row.chat_id)
    if state is None:
        return None
    held = False
    if state.phase in OFFERS_START:
        held = _hold_view(db, state.user_id, now, pending.causes(state.user_id)) is not None
    return state, held


def _apply_tx(
    db: Session,
    row_id: int,
    event: Event,
    now: datetime,
    owner: int | None,
    pending: PendingHolds | None = None,
) -> _Applied | str:
    row = sessions.get(db, row_id)
    if row is None or not row.active or row.state is None:
        return t.SESSION_ENDED
    try:
        state = SessionState.from_json(row.state)
    except ValueError:
        log.warning("session %s has unreadable state; closing it", row_id)
        _close_row(db, row_id, "unreadable", now)
        return t.SESSION_ENDED
    if owner is not None and state.user_id != owner:
        return general.NOT_YOUR_SESSION
    tr = session.apply(state, event, now)
    ignored = [e for e in tr.effects if isinstance(e, session.Ignored)]
    if ignored and len(ignored) == len(tr.effects):
        return views.ignored_notice(ignored[0].reason)
    _persist(db, row, tr, now)
    streak, offer = None, False
    if tr.state.phase is Phase.DONE:
        user = users.get(db, state.user_id)
        tz = user.timezone if user and user.timezone else "UTC"
        since = now - timedelta(days=400)
        done = sessions.completed_since(db, state.user_id, since)
        dates = [local_date(s.ended_at, tz) for s in done if s.ended_at is not None]
        held_days = [  # days held for safety never break a streak
            *sessions.held_since(db, state.user_id, since, _HELD_DECISIONS),
            *(s.ended_at for s in sessions.ended_since(db, state.user_id, since)
              if s.outcome == "hurt" and s.ended_at is not None),
        ]  # fmt: skip
        streak = streaks.streak(dates, local_date(now, tz), [local_date(h, tz) for h in held_days])
        offer = not ((r := reminders.get(db, state.user_id)) is not None and r.enabled)
    held = False
    if tr.state.phase in OFFERS_START:  # a hold makes Start or Resume a refused button
        causes = pending.causes(state.user_id) if pending is not None else NO_CAUSES
        held = _hold_view(db, state.user_id, now, causes) is not None
    return _Applied(row_id, state, tr, streak, offer, held)


def _persist(db: Session, row: ExerciseSession, tr: Transition, now: datetime) -> None:
    """The new state and the records its effects ask for, on the session's row."""
    state = tr.state
    for effect in tr.effects:
        match effect:
            case session.ShowOutcome(decision=decision):
                signs = sorted(state.emergency_signs | state.clinician_signs)
                sessions.record_screening(
                    db,
                    state.user_id,
                    "pre_session",
                    json.dumps(signs),
                    state.pain_before,
                    decision.outcome.value,
                    now,
                )
                row.outcome = decision.outcome.value
            case session.RecordSettled(settled=settled):
                sessions.set_flare_settled(db, state.user_id, settled)
            case (
                session.Finished(summary=s)
                | session.Stopped(summary=s)
                | (session.HurtStopped(summary=s))
            ):
                row.completed, row.pain_before, row.pain_after = (
                    s.completed,
                    s.pain_before,
                    s.pain_after,
                )
                row.ended_at = s.ended_at or now
                if isinstance(effect, session.HurtStopped):
                    row.outcome = "hurt"
                elif isinstance(effect, session.Stopped) and not s.completed:
                    row.outcome = (
                        row.outcome
                        if row.outcome in {"red", "clinician", "emergency"}
                        else "stopped"
                    )
            case _:
                pass
    row.style, row.variant = state.style.value, state.variant.value
    row.pain_before = state.pain_before
    row.pain_after = state.pain_after if state.pain_after is not None else row.pain_after
    row.message_id = state.message_id
    row.state = state.to_json()
    if not state.active:
        row.active = False
        row.ended_at = row.ended_at or now
    if state.phase is Phase.DECIDED_STOP:
        row.ended_at = now


def _recover_tx(db: Session, now: datetime) -> list[int]:
    counting: list[int] = []
    for row in sessions.all_active(db):
        assert row.id is not None
        if now - row.started_at > STALE_AFTER:
            _close_row(db, row.id, "expired", now)
            continue
        state = _parse_open(row.state, row.chat_id)
        if state is None:
            _close_row(db, row.id, "unreadable", now)
        elif state.phase is Phase.WORK:
            counting.append(row.id)
    return counting


def _ran_out(state: SessionState, now: datetime) -> bool:
    """Whether a countdown state's block had reached its deadline at ``now``."""
    return (
        state.phase is Phase.WORK
        and state.deadline is not None
        and state.deadline <= now.timestamp() + session.TICK_EARLY_TOLERANCE
    )


def _render(
    state: SessionState,
    now: datetime,
    streak: streaks.Streak | None,
    offer_reminder: bool,
    held: bool = False,
    end: views.EndClock | None = None,
) -> View:
    if state.phase is Phase.DONE:
        return views.render(state, now, streak=streak, offer_reminder=offer_reminder)
    return views.render(state, now, held=held, end=end)


def _timezone_of(db: Session, user_id: int) -> str | None:
    user = users.get(db, user_id)
    return user.timezone if user is not None else None


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("%s failed", task.get_name(), exc_info=error)
