"""Free-text safety first (SAFETY.md section 7), and /safety.

Every typed message passes the triage rule before anything else reads it (group -5): a
message describing emergency or clinician signs, or pain during the exercise, gets the
matching safety reply (a session in progress is paused, or, for "it hurts", asks the pain
level), is recorded, and goes no further.
"""

from __future__ import annotations

import json

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CommandHandler,
    MessageHandler,
    filters,
)

from app.services import Context
from coach.triage import TriageLevel, safety_reply, triage
from coach.ui import View
from content.safety import SAFETY_SUMMARY
from handlers import session
from handlers.common import reply, who
from store import sessions, users
from store.db import transaction

TRIAGE_GROUP = -5


async def on_text(update: Update, context: Context) -> None:
    person, message = who(update), update.effective_message
    if person is None or message is None or not message.text:
        return
    result = triage(message.text)
    if result.level is TriageLevel.NONE:
        return
    services = context.bot_data
    with transaction(services.engine) as db:
        users.get_or_create(db, person.user_id, person.chat_id, person.first_name, person.language)
        # Only the sign keys are kept (SAFETY.md 8), never the message itself.
        sessions.record_screening(
            db,
            person.user_id,
            "free_text",
            json.dumps(list(result.signs)),
            None,
            result.level.value,
            services.now(),
        )
    hurts = result.level is TriageLevel.STOP_PAIN
    if await session.interrupt_for_safety(context, person.user_id, person.chat_id, hurts):
        raise ApplicationHandlerStop
    await reply(update, View(safety_reply(result.level)))
    raise ApplicationHandlerStop


async def safety_command(update: Update, context: Context) -> None:
    await reply(update, View(SAFETY_SUMMARY))


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text), group=TRIAGE_GROUP)
    app.add_handler(CommandHandler("safety", safety_command))
