"""Use cases that span features: starting a session (which may need the onboarding screen
first). Every feature that offers "Start" comes here, so no handler imports another."""

from __future__ import annotations

from telegram.constants import ParseMode

from app.services import Services
from content import general
from service.session import Person, StartOutcome
from service.telegram import markup


async def start_session(
    services: Services, person: Person, *, gentle: bool = False, short: bool = False
) -> None:
    """/session, Start on a reminder or an answer, Start after onboarding."""
    started = await services.sessions.start(person, gentle=gentle, short=short)
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
