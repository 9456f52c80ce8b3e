"""Free-text safety first (SAFETY.md section 7), and /safety.

Every typed message is offered to the triage rule before any other feature reads it (first
in `app.build.TEXT_ROUTE`): a message describing emergency or clinician signs, or pain during
the exercise, gets the matching safety reply (a session in progress is paused, or, for "it
hurts", asks the pain level), is recorded, and goes no further.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler

from app.services import Context
from coach.ui import View
from content.safety import SAFETY_SUMMARY
from handlers.common import reply, who


async def claim_text(update: Update, context: Context) -> bool:
    person, message = who(update), update.effective_message
    if person is None or message is None or not message.text:
        return False
    return await context.bot_data.safety.check(person.as_person(), message.text)


async def safety_command(update: Update, context: Context) -> None:
    await reply(update, View(SAFETY_SUMMARY))


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("safety", safety_command))
