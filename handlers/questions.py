"""Questions: /ask and any free text no flow is waiting for, answered from the question bank."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from app.services import Context
from coach.answers import default_matcher
from coach.questions_view import (
    CLARIFY_PREFIX,
    PREFIX,
    START,
    clarify_chosen_view,
    decode_clarify,
    decode_topic,
    question_view,
    safety_token,
    topic_view,
)
from coach.triage import TriageLevel, triage
from coach.ui import View
from content import general
from handlers import safety, session
from handlers.common import edit_text, reply


async def _answer(update: Update, question: str) -> None:
    message = update.effective_message
    token = safety_token(message.message_id) if message is not None else "0"
    await reply(update, question_view(question, token=token))


async def ask_command(update: Update, context: Context) -> None:
    question = " ".join(context.args or []).strip()
    if not question:
        await reply(update, View(general.ASK_HOW))
        return
    if triage(question).level is not TriageLevel.NONE:
        # A command skips the free-text triage handler, so run it here: the safety reply must
        # come with its record (the 24-hour lockout) and pause a running session, as for text.
        try:
            await safety.on_text(update, context)
        except ApplicationHandlerStop:
            return
    await _answer(update, question)


async def on_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    await _answer(update, message.text.strip())


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    action = decode_topic(query.data)
    if action is None:
        await query.answer(general.STALE_BUTTON)
        return
    await query.answer()
    if action == START:
        await session.begin(update, context)
        return
    view = topic_view(action)
    if view is None:
        return
    await reply(update, view)


async def on_clarify(update: Update, context: Context) -> None:
    """A "Did you mean..." button: answers the topic once; a second tap changes nothing."""
    query = update.callback_query
    if query is None:
        return
    decoded = decode_clarify(query.data)
    if decoded is None:
        await query.answer(general.STALE_BUTTON)
        return
    token, key = decoded
    questions = context.chat_data.safety if context.chat_data is not None else None
    if questions is not None and not questions.settle(f"c{token}"):
        await query.answer(general.CLARIFY_ANSWERED)
        return
    await query.answer()
    if isinstance(query.message, Message):
        await edit_text(query.message, clarify_chosen_view(key))
    view = topic_view(key)
    if view is not None:
        await reply(update, view)


async def startup(app: Application) -> None:  # type: ignore[type-arg]
    """Builds the question index (about 0.2 s) before polling, so the first person to ask
    does not wait for it."""
    default_matcher()


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("ask", ask_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{PREFIX}:"))
    app.add_handler(CallbackQueryHandler(on_clarify, pattern=rf"^{CLARIFY_PREFIX}:"))
