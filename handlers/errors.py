"""The one error handler: harmless Telegram errors are ignored; the rest are logged, and the
user gets an apology."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError

from app.services import Context
from content import general
from handlers.common import is_harmless

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    error = context.error
    if error is None or is_harmless(error):
        return
    if isinstance(error, Forbidden):
        log.info("a user blocked the bot: %s", error.message)
        return
    log.error("error while handling an update", exc_info=error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(
                update.effective_chat.id, general.ERROR, parse_mode=ParseMode.HTML
            )
        except TelegramError:
            log.warning("could not send the apology either")
