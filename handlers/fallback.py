"""Last in line: a friendly word for unknown commands and for anything that is not text, and
an answer for every button press no feature claimed (an unanswered press keeps the user's
button spinning)."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from app.services import Context
from coach.ui import View
from content import general
from handlers.common import reply


def _kind(update: Update) -> str:
    message = update.effective_message
    if message is None:
        return "other"
    for kind in ("sticker", "photo", "voice", "video", "document"):
        if getattr(message, kind, None):
            return kind
    return "other"


async def unknown_command(update: Update, context: Context) -> None:
    message = update.effective_message
    command = (message.text or "").split()[0] if message else ""
    text = general.UNKNOWN_COMMAND.format(
        command=html.escape(command[:64]), commands=general.command_table()
    )
    await reply(update, View(text))


async def not_text(update: Update, context: Context) -> None:
    await reply(update, View(general.NON_TEXT[_kind(update)] + general.NON_TEXT_HINT))


async def expired_button(update: Update, context: Context) -> None:
    """A press whose data no feature's pattern took: another version's, another bot's, or
    forged. It is answered and acts for no one."""
    query = update.callback_query
    if query is not None:
        await query.answer(general.BUTTON_EXPIRED)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Must be registered last: in a handler group the first matching handler wins."""
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(~filters.TEXT & ~filters.LOCATION, not_text))
    app.add_handler(CallbackQueryHandler(expired_button))
