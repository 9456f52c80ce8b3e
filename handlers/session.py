"""The guided session: /session, its buttons, typed answers, the in-chat countdown, /stop.

Every change goes the same way: load the stored state, ``coach.session.apply`` the event,
store the result (with the screening and session records its effects ask for), then show
``coach.views.render`` of the new state in the session's one live message, and start or cancel
the countdown timer. The timer itself only edits frames and, at each deadline, applies ``Tick``
through the same path.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from app.ratelimit import URGENT, LimitArgs
from app.services import Bot, Context, Services
from coach import screening, session, streaks, views
from coach.countdown import next_frame, remaining_display
from coach.schedule import local_date
from coach.session import (
    Event,
    Phase,
    SessionState,
    Transition,
)
from coach.timezones import is_valid_tz_name, tzinfo_for
from coach.ui import View
from coach.workout import Style
from content import general
from content import texts as t
from handlers.common import is_harmless, markup, open_flows, reply, who
from handlers.media import PictureSender
from store import reminders, sessions, users
from store.db import transaction
from store.models import ExerciseSession

log = logging.getLogger(__name__)

MIN_FRAME_INTERVAL = 1.0  # real seconds between countdown edits (Telegram: ~1 per chat)
STALE_AFTER = timedelta(hours=6)  # an open session older than this is closed, not resumed
HISTORY = timedelta(days=28)


def _code(row_id: int) -> str:
    return views.session_code(row_id)


def _row_id(code: str) -> int | None:
    try:
        return int(code, 36)
    except ValueError:
        return None


def _kind(view: View) -> str:
    """Text and media messages cannot be edited into each other; media into media can."""
    return "media" if view.photo or view.animation else "text"


@dataclass
class _Timer:
    task: asyncio.Task[None]
    block_index: int


class SessionRunner:
    """Applies events to stored sessions, shows the result, and runs the countdown timers.

    One lock per session orders the timer's ticks and the user's presses.
    """

    def __init__(self, engine: Engine, bot: Bot, services: Services) -> None:
        self.engine, self.bot, self.services = engine, bot, services
        self.pictures = PictureSender(engine)
        self._locks: dict[int, asyncio.Lock] = {}
        self._timers: dict[int, _Timer] = {}
        self._recovery: asyncio.Task[None] | None = None
        # Sessions whose live message still shows an earlier block (see `_after`).
        self._behind: set[int] = set()

    # --- state in and out --------------------------------------------------------------------

    def _load(self, row_id: int) -> tuple[ExerciseSession, SessionState] | None:
        with transaction(self.engine) as db:
            row = sessions.get(db, row_id)
        if row is None or not row.active or row.state is None:
            return None
        try:
            return row, SessionState.from_json(row.state)
        except ValueError:
            log.warning("session %s has unreadable state; closing it", row_id)
            self._close(row_id, "unreadable")
            return None

    def _close(self, row_id: int, outcome: str) -> None:
        with transaction(self.engine) as db:
            row = sessions.get(db, row_id)
            if row is not None and row.active:
                row.active, row.outcome = False, outcome
                row.ended_at = row.ended_at or self.services.now()

    def _save(self, row_id: int, tr: Transition) -> None:
        state, now = tr.state, self.services.now()
        with transaction(self.engine) as db:
            row = sessions.get(db, row_id)
            assert row is not None
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

    # --- the one path every change takes ----------------------------------------------------------

    def _lock(self, row_id: int) -> asyncio.Lock:
        return self._locks.setdefault(row_id, asyncio.Lock())

    async def start(self, state: SessionState, row_id: int, first: Transition) -> None:
        async with self._lock(row_id):
            await self._after(row_id, state, first)

    async def handle(self, row_id: int, event: Event) -> str | None:
        """Applies ``event``; returns a short notice for the button press when it did nothing."""
        async with self._lock(row_id):
            loaded = self._load(row_id)
            if loaded is None:
                return t.SESSION_ENDED
            _, state = loaded
            tr = session.apply(state, event, self.services.now())
            ignored = [e for e in tr.effects if isinstance(e, session.Ignored)]
            if ignored and len(ignored) == len(tr.effects):
                return views.ignored_notice(ignored[0].reason)
            await self._after(row_id, state, tr, tick=isinstance(event, session.Tick))
            return None

    async def _after(
        self, row_id: int, before: SessionState, tr: Transition, *, tick: bool = False
    ) -> None:
        self._save(row_id, tr)
        if tick and self._nearly_over(tr.state):
            # Latest wins (DESIGN.md 6): a block reached by the timer with less than a frame
            # interval left is not shown, as `coach.countdown` gives a short block only its
            # final frame. Showing it would hold this lock for a rate-limit interval, so every
            # short block (TIME_SCALE < 1) would cost a second and the plan would fall behind
            # its deadlines. Its timer still runs; the next frame shown replaces the picture.
            self._behind.add(row_id)
            state = tr.state
        else:
            state = await self._show(row_id, before, tr.state)
        for effect in tr.effects:
            if isinstance(effect, session.ShowBlock):
                self._start_timer(row_id, state, effect)
            elif isinstance(effect, session.CancelTimer):
                self._cancel_timer(row_id)
        if state.phase is not Phase.WORK:
            self._cancel_timer(row_id)
        if not state.active:
            self._locks.pop(row_id, None)
            self._behind.discard(row_id)

    def _nearly_over(self, state: SessionState) -> bool:
        return (
            state.phase is Phase.WORK
            and state.deadline is not None
            and state.deadline - self.services.now().timestamp() < MIN_FRAME_INTERVAL
        )

    # --- the live message ------------------------------------------------------------------

    def _render(self, state: SessionState) -> View:
        now = self.services.now()
        if state.phase is not Phase.DONE:
            return views.render(state, now)
        with transaction(self.engine) as db:
            user = users.get(db, state.user_id)
            tz = user.timezone if user and user.timezone else "UTC"
            done = sessions.completed_since(db, state.user_id, now - timedelta(days=400))
            has_reminder = (r := reminders.get(db, state.user_id)) is not None and r.enabled
        dates = [local_date(s.ended_at, tz) for s in done if s.ended_at is not None]
        streak = streaks.streak(dates, local_date(now, tz))
        return views.render(state, now, streak=streak, offer_reminder=not has_reminder)

    async def _show(self, row_id: int, before: SessionState, state: SessionState) -> SessionState:
        view = self._render(state)
        old_view = views.render(before, self.services.now()) if before.message_id else None
        message_id = state.message_id
        behind = row_id in self._behind  # the message shows an earlier block than `before`
        if message_id is not None and old_view is not None and _kind(old_view) == _kind(view):
            await self._edit(
                state.chat_id, message_id, old_view, view, droppable=False, whole=behind
            )
            self._behind.discard(row_id)
            return state
        if message_id is not None and old_view is not None:
            await self._retire(before, message_id, old_view, whole=behind)
        self._behind.discard(row_id)
        sent = await self._send(state.chat_id, view)
        state = replace(state, message_id=sent.message_id)
        with transaction(self.engine) as db:
            row = sessions.get(db, row_id)
            if row is not None:
                row.message_id, row.state = sent.message_id, state.to_json()
        return state

    async def _send(self, chat_id: int, view: View) -> Message:
        if view.photo or view.animation:
            return await self.pictures.send(self.bot, chat_id, view)
        return await self.bot.send_message(
            chat_id, view.text, parse_mode=ParseMode.HTML, reply_markup=markup(view)
        )

    async def _edit(
        self,
        chat_id: int,
        message_id: int,
        old: View,
        new: View,
        *,
        droppable: bool,
        whole: bool = False,
    ) -> None:
        """``whole``: the message may not show ``old``; replace its media too."""
        if old == new and not whole:
            return  # Telegram refuses an edit to identical content
        limits = (
            LimitArgs(droppable=f"{chat_id}:{message_id}")
            if droppable
            else LimitArgs(priority=URGENT)
        )
        try:
            if new.photo or new.animation:
                if whole or (old.photo, old.animation) != (new.photo, new.animation):
                    await self.pictures.edit(self.bot, chat_id, message_id, new)
                else:
                    await self.bot.edit_message_caption(
                        chat_id=chat_id,
                        message_id=message_id,
                        caption=new.text,
                        parse_mode=ParseMode.HTML,
                        reply_markup=markup(new),
                        rate_limit_args=limits,
                    )
            else:
                await self.bot.edit_message_text(
                    new.text,
                    chat_id=chat_id,
                    message_id=message_id,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup(new),
                    rate_limit_args=limits,
                )
        except BadRequest as exc:
            if not is_harmless(exc):
                raise

    async def _retire(
        self, before: SessionState, message_id: int, shown: View, *, whole: bool = False
    ) -> None:
        """The live message is replaced by a new one: a countdown gets its final frame (0, the
        bar full), any other message just loses its buttons, which no longer apply."""
        if before.phase is Phase.WORK and before.deadline is not None:
            at_deadline = datetime.fromtimestamp(before.deadline, UTC)
            final = views.render(before, at_deadline)
            await self._edit(
                before.chat_id,
                message_id,
                shown,
                replace(final, buttons=()),
                droppable=False,
                whole=whole,
            )
        elif shown.buttons:
            with contextlib.suppress(BadRequest):
                await self.bot.edit_message_reply_markup(
                    chat_id=before.chat_id, message_id=message_id, reply_markup=None
                )

    # --- the countdown -----------------------------------------------------------------------

    def _cancel_timer(self, row_id: int) -> None:
        timer = self._timers.pop(row_id, None)
        if timer is not None and timer.task is not asyncio.current_task():
            timer.task.cancel()

    def _start_timer(self, row_id: int, state: SessionState, block: session.ShowBlock) -> None:
        self._cancel_timer(row_id)
        task = asyncio.create_task(
            self._countdown(row_id, state, block), name=f"countdown-{_code(row_id)}"
        )
        task.add_done_callback(_log_failure)
        self._timers[row_id] = _Timer(task, block.index)

    async def _countdown(self, row_id: int, state: SessionState, block: session.ShowBlock) -> None:
        """Edits the live message as the seconds pass, then applies ``Tick`` at the deadline.
        Every frame time comes from the deadline (``coach.countdown``), never from summed
        sleeps; frames may be dropped by the rate limiter (latest wins), the tick may not."""
        scale = state.time_scale
        # The transition's own render was the block's first frame.
        shown: int | None = max(1, remaining_display(block.started_at, block.deadline, scale))
        sent_at: float | None = block.started_at
        last_view = self._render(state)
        try:
            while True:
                now = self.services.now().timestamp()
                frame = next_frame(now, block.deadline, shown, sent_at, MIN_FRAME_INTERVAL, scale)
                if frame is None:
                    return
                if frame.at > now:
                    await asyncio.sleep(frame.at - now)
                if frame.final:
                    break
                current = self._load(row_id)
                if current is None or current[1].phase is not Phase.WORK:
                    return
                view = self._render(current[1])
                if current[1].message_id is not None:
                    behind = row_id in self._behind
                    await self._edit(
                        current[1].chat_id,
                        current[1].message_id,
                        last_view,
                        view,
                        droppable=not behind,
                        whole=behind,
                    )
                    self._behind.discard(row_id)
                last_view, shown, sent_at = view, frame.remaining, frame.at
            self._timers.pop(row_id, None)
            notice = await self.handle(row_id, session.Tick(block.index))
            if notice is not None:
                log.warning("tick of session %s ignored: %s", _code(row_id), notice)
        except asyncio.CancelledError:
            raise
        except Forbidden:
            self._close(row_id, "blocked")
        except TelegramError:
            log.exception("countdown of session %s failed", _code(row_id))

    # --- restarts --------------------------------------------------------------------------

    async def recover(self) -> None:
        """After a restart: close sessions too old to pick up again, and pause the ones that
        were counting down, offering to resume them. The offers go out in the background, all
        chats at once, so start-up does not wait a rate-limit interval per session."""
        now = self.services.now()
        with transaction(self.engine) as db:
            open_rows = [(r.id, r.started_at) for r in sessions.all_active(db)]
        counting: list[int] = []
        for row_id, started in open_rows:
            assert row_id is not None
            if now - started > STALE_AFTER:
                self._close(row_id, "expired")
            elif (loaded := self._load(row_id)) is not None and loaded[1].phase is Phase.WORK:
                counting.append(row_id)
        if counting:
            self._recovery = asyncio.create_task(
                self._offer_resume_all(counting), name="session-recovery"
            )
            self._recovery.add_done_callback(_log_failure)

    async def _offer_resume_all(self, row_ids: list[int]) -> None:
        await asyncio.gather(*(self._offer_resume(row_id) for row_id in row_ids))

    async def _offer_resume(self, row_id: int) -> None:
        loaded = self._load(row_id)
        if loaded is None:
            return
        try:
            await self.bot.send_message(
                loaded[1].chat_id, general.RESTARTED, parse_mode=ParseMode.HTML
            )
            await self.handle(row_id, session.Pause())
        except Forbidden:
            self._close(row_id, "blocked")
        except TelegramError:
            log.exception("could not offer to resume session %s", _code(row_id))

    async def close(self) -> None:
        if self._recovery is not None and not self._recovery.done():
            self._recovery.cancel()
        for row_id in list(self._timers):
            self._cancel_timer(row_id)


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and (error := task.exception()) is not None:
        log.error("%s failed", task.get_name(), exc_info=error)


def _runner(context: Context) -> SessionRunner:
    runner = context.bot_data.sessions
    assert isinstance(runner, SessionRunner)
    return runner


def _history(db_rows: Sequence[ExerciseSession]) -> list[screening.SessionOutcome]:
    return [
        screening.SessionOutcome(r.ended_at, r.pain_before, r.pain_after, r.flare_settled)
        for r in db_rows
        if r.ended_at is not None and r.pain_before is not None
    ]


async def begin(
    update: Update, context: Context, *, gentle: bool = False, short: bool = False
) -> None:
    """Starts a session for the update's user: /session, or Start on a reminder."""
    person, services = who(update), context.bot_data
    if person is None:
        return
    runner = _runner(context)
    now = services.now()
    with transaction(services.engine) as db:
        user, _ = users.get_or_create(
            db, person.user_id, person.chat_id, person.first_name, person.language
        )
        onboarded = user.onboarded_at is not None and user.usual_pain is not None
        rescreen = onboarded and screening.needs_onboarding_rescreen(user.onboarded_at, now, False)
        active = sessions.active(db, person.user_id)
        usual, style = user.usual_pain or 0, user.style
        history = _history(sessions.recent_outcomes(db, person.user_id, now - HISTORY))
    if not onboarded or rescreen:
        from handlers import onboarding  # the onboarding feature owns the screen

        await onboarding.begin(update, context, rescreen=rescreen)
        return
    if (held := _hold_view(services, person.user_id)) is not None:
        # Cautious reading of SAFETY.md 3.1: no exercise at all for 24 h after an emergency
        # answer; and "no session today" means today (3.2, 4): see coach.screening.
        await reply(update, held)
        return
    if active is not None and active.id is not None:
        loaded = runner._load(active.id)
        if loaded is not None and now - active.started_at <= STALE_AFTER:
            await reply(update, views.render_one_at_a_time(loaded[1]))
            return
        runner._close(active.id, "expired")
    with transaction(services.engine) as db:
        row = sessions.create(db, person.user_id, person.chat_id, now)
        row_id = row.id
    assert row_id is not None
    first = session.new_session(
        session_id=_code(row_id),
        user_id=person.user_id,
        chat_id=person.chat_id,
        now=now,
        usual_pain=usual,
        style=Style.HOLD if short else Style(style),
        time_scale=services.settings.time_scale,
        followup=screening.flare_followup(history, now),
    )
    state = first.state
    if gentle:
        state = replace(state, flare_unresolved=True)  # today's session is the gentler variant
    first = Transition(state, first.effects)
    blank = replace(state, message_id=None)
    await runner.start(blank, row_id, first)


async def session_command(update: Update, context: Context) -> None:
    await begin(update, context)


async def stop_command(update: Update, context: Context) -> None:
    person, services = who(update), context.bot_data
    if person is None:
        return
    with transaction(services.engine) as db:
        active = sessions.active(db, person.user_id)
    if active is None or active.id is None:
        await reply(update, View(general.NO_ACTIVE_SESSION))
        return
    notice = await _runner(context).handle(active.id, session.Stop())
    if notice is not None:
        await reply(update, View(notice))


async def on_button(update: Update, context: Context) -> None:
    query, person = update.callback_query, who(update)
    if query is None or person is None:
        return
    decoded = views.decode_session_button(query.data)
    row_id = _row_id(decoded[0]) if decoded else None
    if decoded is None or row_id is None:
        await query.answer(t.SESSION_ENDED)
        return
    runner = _runner(context)
    loaded = runner._load(row_id)
    if loaded is None:
        await query.answer(t.SESSION_ENDED)
        return
    if loaded[1].user_id != person.user_id:
        await query.answer(general.NOT_YOUR_SESSION, show_alert=True)
        return
    if isinstance(decoded[1], _EXERCISE_STARTS) and (
        held := _hold_view(context.bot_data, person.user_id)
    ):
        # A warning sign was reported while this session was open (free text pauses the
        # session): an emergency holds exercise for 24 hours (SAFETY.md 3.1), a see-a-clinician
        # sign for the rest of the day (3.2, 7), so no Start or Resume either.
        await query.answer()
        await reply(update, held)
        return
    notice = await runner.handle(row_id, decoded[1])
    await query.answer(notice)


_EXERCISE_STARTS = (session.Start, session.Resume, session.ContinueGently)


def _hold_view(services: Services, user_id: int) -> View | None:
    """Why no exercise may start now, and until when (``None``: it may)."""
    with transaction(services.engine) as db:
        user = users.get(db, user_id)
        causes = sessions.hold_causes(db, user_id, screening.REST_DAY_DECISIONS)
    tz_name = user.timezone if user is not None else None
    if tz_name is not None and not is_valid_tz_name(tz_name):
        tz_name = None  # unreadable: treated as unknown (the cautious 24 hours)
    hold = screening.exercise_hold(
        services.now(),
        emergency_at=causes.emergency_at,
        rest_day_at=causes.rest_day_at,
        tz=tzinfo_for(tz_name) if tz_name else None,
    )
    return None if hold is None else views.hold_view(hold, tz_name)


def active_state(services: Services, user_id: int, chat_id: int) -> tuple[int, SessionState] | None:
    with transaction(services.engine) as db:
        row = sessions.active(db, user_id)
    if row is None or row.id is None:
        return None
    return _parse_open(row.id, row.chat_id, row.state, chat_id)


def _parse_open(
    row_id: int, row_chat: int, raw: str | None, chat_id: int
) -> tuple[int, SessionState] | None:
    """The open session's state, if it belongs to this chat and can be read."""
    if row_chat != chat_id or raw is None:
        return None
    try:
        return row_id, SessionState.from_json(raw)
    except ValueError:
        return None


async def on_text(update: Update, context: Context) -> None:
    """Group -1: a typed answer to the session's open question (e.g. "7" for a pain score).
    Anything else falls through to question answering."""
    person, message = who(update), update.effective_message
    if person is None or message is None or message.text is None:
        return
    open_session = open_flows(context, person.user_id).session
    found = _parse_open(*open_session, person.chat_id) if open_session else None
    if found is None:
        return
    event = session.event_from_text(found[1], message.text[:100])
    if event is None:
        if found[1].phase.asks_pain:
            await reply(update, View(general.PAIN_TYPED_HELP))
            raise ApplicationHandlerStop
        return
    await _runner(context).handle(found[0], event)
    raise ApplicationHandlerStop


async def interrupt_for_safety(context: Context, user_id: int, chat_id: int, hurts: bool) -> bool:
    """A safety message arrived: "it hurts" ends the side and asks the pain level; any other
    red-flag message pauses a countdown. Returns True when the session itself answered."""
    found = active_state(context.bot_data, user_id, chat_id)
    if found is None:
        return False
    row_id, state = found
    runner = _runner(context)
    if hurts and state.phase in (Phase.READY, Phase.STEPS, Phase.WORK, Phase.PAUSED):
        return await runner.handle(row_id, session.Hurts()) is None
    if state.phase is Phase.WORK:
        await runner.handle(row_id, session.Pause())
    return False


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text), group=-1)
    app.add_handler(CommandHandler("session", session_command))
    app.add_handler(CommandHandler("stop", stop_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{views.PREFIX}:"))


async def startup(app: Application) -> None:  # type: ignore[type-arg]
    services: Services = app.bot_data
    runner = SessionRunner(services.engine, app.bot, services)
    services.sessions = runner
    await runner.recover()


async def shutdown(app: Application) -> None:  # type: ignore[type-arg]
    runner = app.bot_data.sessions
    if isinstance(runner, SessionRunner):
        await runner.close()
