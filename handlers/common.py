"""Edge helpers shared by the feature handlers: plain values out of an Update, a `View` into
a reply, and the open flows a typed message might answer."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from app.services import Context
from coach.questions.answers import Answer
from coach.questions.triage import Triage
from coach.ui import View, owned
from service.session import Person
from service.telegram import is_harmless, markup
from service.understand import Understanding
from store import sessions

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Who:
    user_id: int
    chat_id: int
    first_name: str
    language: str | None
    is_private: bool

    def as_person(self) -> Person:
        return Person(self.user_id, self.chat_id, self.first_name, self.language)


def who(update: Update) -> Who | None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return None
    return Who(user.id, chat.id, user.first_name or "", user.language_code, chat.type == "private")


def typed_text(update: Update) -> str | None:
    """What the user typed: a message's text, or the question after a command (``/ask ...``)."""
    message = update.effective_message
    if message is None or message.text is None:
        return None
    text = message.text.strip()
    if text.startswith("/"):
        text = text.partition(" ")[2].strip()
    return text


def for_chat(update: Update, view: View) -> View:
    """In a group, the buttons of an answer belong to the user it answers: anyone else's press
    is refused before any feature acts (`app.ownership`)."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type == "private":
        return view
    return owned(view, user.id)


async def reply(update: Update, view: View) -> Message | None:
    """Sends a text view in answer to the update's message (pictures go via the photo cache)."""
    message = update.effective_message
    if message is None:
        return None
    view = for_chat(update, view)
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


async def open_flows(context: Context, user_id: int) -> sessions.OpenFlows:
    """The flows a typed message might answer, read once per update (off the event loop). The
    text router asks each feature in turn with the same context, and a feature writes only when
    it takes the message, after which no later feature is asked: the snapshot stays true.
    Usually the update gate has read them already, with its claim (`app.updates`)."""
    cached = vars(context).get(_FLOWS)
    if isinstance(cached, sessions.OpenFlows) and cached_for(context) == user_id:
        return cached
    flows = await asyncio.to_thread(sessions.open_flows, context.bot_data.engine, user_id)
    remember_flows(context, flows, user_id)
    return flows


def remember_flows(context: Context, flows: sessions.OpenFlows, user_id: int) -> None:
    vars(context)[_FLOWS] = flows
    vars(context)[_FLOWS_OF] = user_id


def cached_for(context: Context) -> int | None:
    user_id = vars(context).get(_FLOWS_OF)
    return user_id if isinstance(user_id, int) else None


def remember_understanding(context: Context, found: Understanding) -> None:
    """The typed text understood ahead, while the update was claimed (`app.updates`)."""
    vars(context)[_TRIAGE] = (found.text, found.triage, found.answer)


def triaged(context: Context, text: str) -> Triage | None:
    found = vars(context).get(_TRIAGE)
    if isinstance(found, tuple) and found[0] == text and isinstance(found[1], Triage):
        return found[1]
    return None


def answered(context: Context, text: str) -> Answer | None:
    """The question bank's answer to ``text``, when it was understood ahead."""
    found = vars(context).get(_TRIAGE)
    if isinstance(found, tuple) and found[0] == text and isinstance(found[2], Answer):
        return found[2]
    return None


_FLOWS = "_coach_open_flows"
_FLOWS_OF = "_coach_open_flows_of"
_TRIAGE = "_coach_triage"
