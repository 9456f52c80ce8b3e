"""Onboarding as a service: /start, the onboarding screen (SAFETY.md section 2) and its answers.

The screen is a pure state machine (``coach.onboarding.machine``) stored on the user row, so it
survives restarts; every answer is recorded when the screen ends (SAFETY.md section 8). Each
answer is one transaction in a worker thread; the message is shown after the commit.
"""

from __future__ import annotations

import html
import secrets
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session
from telegram.constants import ParseMode

from app.services import Bot
from coach.callbacks import encode
from coach.onboarding import buttons as ob_buttons
from coach.onboarding import machine as ob
from coach.onboarding import view as ob_view
from coach.reminders.schedule import next_fire_at
from coach.screening import rules as screening
from coach.ui import Button, View
from content import general
from content import texts as t
from content.safety import DISCLAIMER
from scheduler.dispatcher import rule_of
from service.telegram import edit_text, markup
from store import asyncdb, reminders, sessions, users
from store.models import User

WELCOME_PREFIX = "u1"  # buttons on the welcome-back message
WELCOME_GO, WELCOME_REDO = "go", "redo"
_ALPHABET = string.ascii_lowercase + string.digits


@dataclass(frozen=True)
class Answered:
    """What an answer to the screen led to: a notice for the button, or a session to start."""

    notice: str | None = None
    start_session: bool = False


def _nonce() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(4))


def _onboarded(user: User, now: datetime) -> bool:
    return (
        user.onboarded_at is not None
        and user.usual_pain is not None
        and not screening.needs_onboarding_rescreen(user.onboarded_at, now, False)
    )


def welcome_back(name: str, session_running: bool = False) -> View:
    """/start from a user already set up; while a session of theirs runs, no Start button
    (it could only bring that session forward): the text says where to carry on."""
    redo = (Button(general.HEALTH_CHANGED_BUTTON, encode(WELCOME_PREFIX, WELCOME_REDO)),)
    if session_running:
        return View(general.WELCOME_BACK_RUNNING.format(name=name), (redo,))
    start = (Button(general.START_SESSION_BUTTON, encode(WELCOME_PREFIX, WELCOME_GO)),)
    return View(general.WELCOME_BACK.format(name=name), (start, redo))


class OnboardingService:
    def __init__(self, engine: Engine, bot: Bot, clock: Callable[[], datetime]) -> None:
        self.engine, self.bot, self.clock = engine, bot, clock

    async def welcome(
        self, user_id: int, chat_id: int, first_name: str, language: str | None
    ) -> None:
        """/start: welcome back, or the welcome, the note and the screen."""
        now = self.clock()
        returning = await asyncdb.run(
            self.engine,
            lambda db: _welcome_tx(db, user_id, chat_id, first_name, language, now),
        )
        name = f", {html.escape(first_name)}" if first_name else ""
        if returning is not None:
            await self._send(chat_id, welcome_back(name, session_running=returning.running))
            return
        welcome = general.WELCOME.format(name=name, bot=general.BOT_NAME)
        await self._send(chat_id, View(f"{welcome}\n\n<i>{DISCLAIMER}</i>"))
        await self.open_screen(user_id, chat_id)

    async def open_screen(self, user_id: int, chat_id: int, note: str | None = None) -> None:
        """A fresh screen (``note``: why it comes now, e.g. /session before onboarding)."""
        if note is not None:
            await self._send(chat_id, View(note))
        state = ob.start(_nonce())
        await asyncdb.run(self.engine, lambda db: _store_state(db, user_id, state))
        await self._send(chat_id, ob_view.render(state))

    async def press(
        self, user_id: int, chat_id: int, message_id: int | None, data: str | None
    ) -> Answered:
        decoded = ob_buttons.decode_onboarding_button(data)
        if decoded is None:
            return Answered(t.ONBOARDING_STALE)
        nonce, event = decoded
        return await self._answer(user_id, chat_id, message_id, event, nonce=nonce)

    async def typed(
        self, user_id: int, chat_id: int, raw: str | None, text: str
    ) -> Answered | None:
        """A typed answer (a pain score, yes/no, hold/flow) to the open screen; ``None`` when
        the screen is not waiting for one or the text is not an answer."""
        state = _parse(raw)
        if state is None or state.step.terminal:
            return None
        event = ob.event_from_text(state, text[:100])
        if event is None:
            return None
        return await self._answer(user_id, chat_id, None, event, nonce=state.nonce)

    async def _answer(
        self, user_id: int, chat_id: int, message_id: int | None, event: ob.Event, *, nonce: str
    ) -> Answered:
        if isinstance(event, ob.StartFirstSession):
            return Answered(start_session=True)
        now = self.clock()
        result = await asyncdb.run(
            self.engine, lambda db: _apply_tx(db, user_id, nonce, event, now)
        )
        if isinstance(result, str):
            return Answered(result)
        view = ob_view.render(result)
        if message_id is not None:
            await edit_text(self.bot, chat_id, message_id, view)
        else:
            await self._send(chat_id, view)
        return Answered()

    async def _send(self, chat_id: int, view: View) -> None:
        await self.bot.send_message(
            chat_id, view.text, parse_mode=ParseMode.HTML, reply_markup=markup(view)
        )


# --- units of work ---------------------------------------------------------------------------


def _parse(raw: str | None) -> ob.OnboardingState | None:
    if raw is None:
        return None
    try:
        return ob.OnboardingState.from_json(raw)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Returning:
    """A user already set up, back with /start."""

    running: bool  # a session of theirs is running now


def _welcome_tx(
    db: Session, user_id: int, chat_id: int, first_name: str, language: str | None, now: datetime
) -> _Returning | None:
    user, _ = users.get_or_create(db, user_id, chat_id, first_name, language)
    if user.blocked:
        _reachable_again(db, user, now)
    if not _onboarded(user, now):
        return None
    return _Returning(sessions.running(db, user_id, now) is not None)


def _reachable_again(db: Session, user: User, now: datetime) -> None:
    """A user who blocked us and comes back with /start gets their reminder back."""
    row = reminders.get(db, user.id)
    if row is not None and not row.enabled:
        rule = rule_of(row.local_time, row.weekdays, row.timezone)
        reminders.save(
            db,
            user_id=row.user_id,
            chat_id=user.chat_id,
            local_time=row.local_time,
            weekdays=row.weekdays,
            timezone=row.timezone,
            next_fire_at=next_fire_at(rule, now, not_on=row.last_sent_date),
            now=now,
        )
    user.blocked = False


def _store_state(db: Session, user_id: int, state: ob.OnboardingState) -> None:
    user = users.get(db, user_id)
    assert user is not None
    user.onboarding_state = state.to_json()


def _apply_tx(
    db: Session, user_id: int, nonce: str, event: ob.Event, now: datetime
) -> ob.OnboardingState | str:
    """Loads the screen, applies the answer, stores it (and the records when the screen ends).
    Returns the new state, or a notice when the answer did nothing."""
    user = users.get(db, user_id)
    state = _parse(user.onboarding_state if user is not None else None)
    if user is None or state is None or state.nonce != nonce:
        return t.ONBOARDING_STALE
    result = ob.apply(state, event)
    if result.ignored is not None:
        return ob_view.ignored_notice(result.ignored)
    state = result.state
    user.onboarding_state = state.to_json()
    if not state.step.terminal:
        return state
    answers = ob.answers_json(state)
    decision = {
        ob.Step.DONE: "cleared" if state.readiness or state.back else "ready",
        ob.Step.NOT_CLEARED: "not_cleared",
        ob.Step.UNDER_AGE: "under_age",
    }[state.step]
    sessions.record_screening(db, user_id, "onboarding", answers, state.usual_pain, decision, now)
    if state.step is ob.Step.DONE:
        assert state.usual_pain is not None and state.style is not None
        user.adult_confirmed = True
        user.onboarding_answers = answers
        user.onboarding_cleared = bool(state.readiness or state.back)
        user.usual_pain = state.usual_pain
        user.style = state.style.value
        user.onboarded_at = now
    return state
