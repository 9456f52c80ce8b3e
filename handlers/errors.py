"""The one error handler: harmless Telegram errors are ignored; the rest are logged, and the
user gets an apology."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import ApplicationHandlerStop

from app.services import Context
from content import general
from service.telegram import is_harmless

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    error = context.error
    if error is None or is_harmless(error):
        raise ApplicationHandlerStop
    if isinstance(error, Forbidden):
        log.info("a user blocked the bot: %s", error.message)
        raise ApplicationHandlerStop
    log.error("error while handling an update", exc_info=error)
    if isinstance(update, Update):
        await _apologise(update, context)
    # One reply per message: no later handler group runs for an update that failed.
    raise ApplicationHandlerStop


async def _apologise(update: Update, context: Context) -> None:
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(general.ERROR_SHORT)
        elif update.effective_chat is not None:
            await context.bot.send_message(
                update.effective_chat.id, general.ERROR, parse_mode=ParseMode.HTML
            )
    except TelegramError:
        log.warning("could not send the apology either")
