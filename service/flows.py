"""Use cases that span features: starting a session (which may need the onboarding screen
first). Every feature that offers "Start" comes here, so no handler imports another."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram.constants import ParseMode

from app.services import Services
from content import general, texts
from service.session import Person, StartOutcome
from service.telegram import markup

Answer = Callable[[str | None], Awaitable[object]]


async def start_session(
    services: Services,
    person: Person,
    *,
    gentle: bool = False,
    short: bool = False,
    answer: Answer | None = None,
) -> None:
    """/session, Start on a reminder or an answer, Start after onboarding.

    ``answer``: a Start button was pressed; it answers the button (``CallbackQuery.answer``)
    once the start is decided. A Start sent before the running session began brings that
    session forward (its live message sent afresh at the bottom of the chat) instead of
    being refused."""

    async def begun() -> None:
        if answer is not None:
            await answer(None)

    started = await services.sessions.start(person, gentle=gentle, short=short, begun=begun)
    if answer is not None and started.outcome is not StartOutcome.STARTED:
        if started.outcome is StartOutcome.ALREADY_OPEN and started.running is not None:
            await answer(texts.SESSION_BROUGHT_FORWARD)
            await services.sessions.bring_forward(started.running)
            return
        await answer(None)
    if started.outcome is StartOutcome.NEEDS_SCREEN:
        await services.onboarding.open_screen(person.user_id, person.chat_id, general.SCREEN_NEEDED)
    elif started.outcome is StartOutcome.NEEDS_RESCREEN:
        await services.onboarding.open_screen(
            person.user_id, person.chat_id, general.RESCREEN_NEEDED
        )
    elif started.view is not None:
        await services.bot.send_message(
            person.chat_id,
            started.view.text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(started.view),
        )
