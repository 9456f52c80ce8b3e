"""Edge helpers shared by the feature handlers: plain values out of an Update, a `View` into
a Telegram message, and the few Telegram errors that are harmless."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden

from app.services import Context
from coach.ui import View
from store import sessions

log = logging.getLogger(__name__)

HARMLESS = (
    "message is not modified",
    "message to edit not found",
    "message to delete not found",
    "query is too old",
    "message can't be edited",
)


def is_harmless(error: BaseException) -> bool:
    return isinstance(error, BadRequest) and any(
        fragment in error.message.lower() for fragment in HARMLESS
    )


@dataclass(frozen=True)
class Who:
    user_id: int
    chat_id: int
    first_name: str
    language: str | None
    is_private: bool


def who(update: Update) -> Who | None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return None
    return Who(user.id, chat.id, user.first_name or "", user.language_code, chat.type == "private")


def markup(view: View) -> InlineKeyboardMarkup | None:
    if not view.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in view.buttons]
    )


async def reply(update: Update, view: View) -> Message | None:
    """Sends a text view in answer to the update's message (pictures go via the photo cache)."""
    message = update.effective_message
    if message is None:
        return None
    return await message.reply_text(
        view.text,
        parse_mode=ParseMode.HTML,
        reply_markup=markup(view),
        do_quote=False,
    )


async def edit_text(message: Message, view: View) -> None:
    """Edits a text message in place; an unchanged or vanished message is not an error."""
    try:
        await message.edit_text(view.text, parse_mode=ParseMode.HTML, reply_markup=markup(view))
    except BadRequest as exc:
        if not is_harmless(exc):
            raise


def is_blocked(error: BaseException) -> bool:
    return isinstance(error, Forbidden)


def open_flows(context: Context, user_id: int) -> sessions.OpenFlows:
    """The flows a typed message might answer, read once per update. All handlers of one update
    share its context, and the text handlers (onboarding, reminders, session) write only when
    they take the message, after which no later handler runs: the snapshot stays true."""
    cached = vars(context).get(_FLOWS)
    if not isinstance(cached, sessions.OpenFlows):
        cached = sessions.open_flows(context.bot_data.engine, user_id)
        vars(context)[_FLOWS] = cached
    return cached


_FLOWS = "_coach_open_flows"
