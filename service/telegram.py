"""Telegram I/O shared by the services and the handlers: a `View` as a message, and the few
Bot API errors that are harmless or mean "send a fresh message instead"."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden

from coach.ui import Button, View

HARMLESS = (
    "message is not modified",
    "message to edit not found",
    "message to delete not found",
    "query is too old",
    "message can't be edited",
)

# An edit of the live message that fails with one of these cannot succeed by retrying: the
# message is gone, too old, or of the other kind (a lost answer to a send leaves the stored id
# pointing at an older message). A fresh message replaces it.
UNEDITABLE = (
    "message to edit not found",
    "message can't be edited",
    "there is no text in the message to edit",
    "there is no caption in the message to edit",
    "there is no media in the message to edit",
    "message media can't be edited",
    "message_id_invalid",
    "message identifier is not specified",
)


def _says(error: BaseException, fragments: tuple[str, ...]) -> bool:
    return isinstance(error, BadRequest) and any(
        fragment in error.message.lower() for fragment in fragments
    )


def is_harmless(error: BaseException) -> bool:
    return _says(error, HARMLESS)


def is_not_modified(error: BaseException) -> bool:
    return _says(error, ("message is not modified",))


def is_uneditable(error: BaseException) -> bool:
    return _says(error, UNEDITABLE)


def is_blocked(error: BaseException) -> bool:
    return isinstance(error, Forbidden)


def markup(view: View) -> InlineKeyboardMarkup | None:
    if not view.buttons:
        return None
    return _keyboard(view.buttons)


@lru_cache(maxsize=512)
def _keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup:
    """Built once for each set of buttons (a topic's answer, a countdown's controls): PTB's
    objects are immutable, and building them anew cost about 0.2 ms a reply."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


def kind(view: View) -> str:
    """Text and media messages cannot be edited into each other; media into media can."""
    return "media" if view.photo or view.animation else "text"


async def edit_text(bot: Bot, chat_id: int, message_id: int, view: View, **rate_limit: Any) -> bool:
    """Edits a text message to ``view``; an edit to what it already shows is not an error.
    False when the rate limiter dropped it (a droppable frame that found no slot in time: the
    call then returns ``True``, which Telegram itself answers only for inline messages)."""
    try:
        result = await bot.edit_message_text(
            view.text,
            chat_id=chat_id,
            message_id=message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(view),
            **rate_limit,
        )
    except BadRequest as exc:
        if not is_not_modified(exc):
            raise
    else:
        return result is not True
    return True
