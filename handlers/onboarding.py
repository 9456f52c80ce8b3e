"""/start: welcome, what the bot does, the short not-medical-advice note."""

from __future__ import annotations

import html

from content.safety import DISCLAIMER
from telegram import Update
from telegram.ext import Application, CommandHandler

from app.services import Context
from coach.ui import View
from content import general
from handlers.common import reply, who
from store import users
from store.db import transaction


async def start(update: Update, context: Context) -> None:
    person = who(update)
    if person is None:
        return
    services = context.bot_data
    with transaction(services.engine) as db:
        user, created = users.get_or_create(
            db, person.user_id, person.chat_id, person.first_name, person.language
        )
        returning = not created and user.onboarded_at is not None
        users.mark_reachable(db, user)
    name = f", {html.escape(person.first_name)}" if person.first_name else ""
    if returning:
        await reply(update, View(general.WELCOME_BACK.format(name=name)))
        return
    text = general.WELCOME.format(name=name, bot=general.BOT_NAME) + "\n\n" + DISCLAIMER
    await reply(update, View(text))


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("start", start))
