"""/start: welcome, the not-medical-advice note, the onboarding screen (SAFETY.md section 2),
the style choice, and the offer of a daily reminder.

The screen is a pure state machine (``coach.onboarding``) stored on the user row, so it
survives restarts; every answer is recorded when the screen ends (SAFETY.md section 8).
"""

from __future__ import annotations

import html
import secrets
import string
from datetime import datetime

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from app.services import Context, Services
from coach import onboarding as ob
from coach import screening
from coach.callbacks import encode
from coach.schedule import next_fire_at
from coach.ui import Button, View
from content import general
from content import texts as t
from content.safety import DISCLAIMER
from handlers.common import edit_text, open_flows, reply, who
from scheduler.dispatcher import rule_of
from store import reminders, sessions, users
from store.db import transaction
from store.models import User

PREFIX = "u1"  # buttons on the welcome-back message
_ALPHABET = string.ascii_lowercase + string.digits


def _nonce() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(4))


def _onboarded(user: User, now: datetime) -> bool:
    return (
        user.onboarded_at is not None
        and user.usual_pain is not None
        and not screening.needs_onboarding_rescreen(user.onboarded_at, now, False)
    )


def _welcome_back(name: str) -> View:
    return View(
        general.WELCOME_BACK.format(name=name),
        (
            (Button(general.START_SESSION_BUTTON, encode(PREFIX, "go")),),
            (Button(general.HEALTH_CHANGED_BUTTON, encode(PREFIX, "redo")),),
        ),
    )


def _reachable_again(services: Services, user: User, now: datetime) -> None:
    """A user who blocked us and comes back with /start gets their reminder back."""
    if not user.blocked:
        return
    with transaction(services.engine) as db:
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
        fresh = users.get(db, user.id)
        if fresh is not None:
            fresh.blocked = False


async def start(update: Update, context: Context) -> None:
    person, services = who(update), context.bot_data
    if person is None:
        return
    now = services.now()
    with transaction(services.engine) as db:
        user, _ = users.get_or_create(
            db, person.user_id, person.chat_id, person.first_name, person.language
        )
    _reachable_again(services, user, now)
    name = f", {html.escape(person.first_name)}" if person.first_name else ""
    if _onboarded(user, now):
        await reply(update, _welcome_back(name))
        return
    welcome = general.WELCOME.format(name=name, bot=general.BOT_NAME)
    await reply(update, View(f"{welcome}\n\n<i>{DISCLAIMER}</i>"))
    await _open_screen(update, context)


async def begin(update: Update, context: Context, *, rescreen: bool = False) -> None:
    """The screen, when another feature needs it first (e.g. /session before onboarding)."""
    await reply(update, View(general.RESCREEN_NEEDED if rescreen else general.SCREEN_NEEDED))
    await _open_screen(update, context)


async def _open_screen(update: Update, context: Context) -> None:
    person, services = who(update), context.bot_data
    assert person is not None
    state = ob.start(_nonce())
    with transaction(services.engine) as db:
        user = users.get(db, person.user_id)
        assert user is not None
        user.onboarding_state = state.to_json()
    await reply(update, ob.render(state))


def _load(services: Services, user_id: int) -> ob.OnboardingState | None:
    with transaction(services.engine) as db:
        user = users.get(db, user_id)
        raw = user.onboarding_state if user is not None else None
    return _parse(raw)


def _parse(raw: str | None) -> ob.OnboardingState | None:
    if raw is None:
        return None
    try:
        return ob.OnboardingState.from_json(raw)
    except ValueError:
        return None


def _save(services: Services, user_id: int, state: ob.OnboardingState) -> None:
    now = services.now()
    with transaction(services.engine) as db:
        user = users.get(db, user_id)
        assert user is not None
        user.onboarding_state = state.to_json()
        if not state.step.terminal:
            return
        answers = ob.answers_json(state)
        decision = {
            ob.Step.DONE: "cleared" if state.readiness or state.back else "ready",
            ob.Step.NOT_CLEARED: "not_cleared",
            ob.Step.UNDER_AGE: "under_age",
        }[state.step]
        sessions.record_screening(
            db, user_id, "onboarding", answers, state.usual_pain, decision, now
        )
        if state.step is ob.Step.DONE:
            assert state.usual_pain is not None and state.style is not None
            user.adult_confirmed = True
            user.onboarding_answers = answers
            user.onboarding_cleared = bool(state.readiness or state.back)
            user.usual_pain = state.usual_pain
            user.style = state.style.value
            user.onboarded_at = now


async def _apply(
    update: Update, context: Context, state: ob.OnboardingState, event: ob.Event
) -> str | None:
    """Applies one answer and shows the next screen; returns a notice when it did nothing."""
    person, services = who(update), context.bot_data
    assert person is not None
    if isinstance(event, ob.StartFirstSession):
        from handlers import session  # the session feature owns what starting means

        await session.begin(update, context)
        return None
    result = ob.apply(state, event)
    if result.ignored is not None:
        return ob.ignored_notice(result.ignored)
    _save(services, person.user_id, result.state)
    query = update.callback_query
    view = ob.render(result.state)
    if query is not None and query.message is not None and hasattr(query.message, "edit_text"):
        await edit_text(query.message, view)  # type: ignore[arg-type]
    else:
        await reply(update, view)
    return None


async def on_button(update: Update, context: Context) -> None:
    query, person = update.callback_query, who(update)
    if query is None or person is None:
        return
    decoded = ob.decode_onboarding_button(query.data)
    state = _load(context.bot_data, person.user_id)
    if decoded is None or state is None or decoded[0] != state.nonce:
        await query.answer(t.ONBOARDING_STALE)
        return
    await query.answer(await _apply(update, context, state, decoded[1]))


async def on_welcome_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    if query.data == encode(PREFIX, "redo"):
        await _open_screen(update, context)
    else:
        from handlers import session

        await session.begin(update, context)


async def on_text(update: Update, context: Context) -> None:
    """Group -4: a typed answer (a pain score, yes/no, hold/flow) to the open screen."""
    person, message = who(update), update.effective_message
    if person is None or message is None or message.text is None:
        return
    state = _parse(open_flows(context, person.user_id).onboarding_state)
    if state is None or state.step.terminal:
        return
    event = ob.event_from_text(state, message.text[:100])
    if event is None:
        return
    notice = await _apply(update, context, state, event)
    if notice is not None:
        await reply(update, View(notice))
    raise ApplicationHandlerStop


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text), group=-4)
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{ob.PREFIX}:"))
    app.add_handler(CallbackQueryHandler(on_welcome_button, pattern=rf"^{PREFIX}:"))
