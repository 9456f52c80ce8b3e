"""Questions: /ask and any free text no flow is waiting for, answered from the question bank."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from app.services import Context
from coach.answers import default_matcher
from coach.questions_view import PREFIX, START, decode_topic, question_view, topic_view
from coach.ui import View
from content import general
from handlers.common import reply, who
from service import flows


async def _answer(update: Update, question: str) -> None:
    await reply(update, question_view(question))


async def ask_command(update: Update, context: Context) -> None:
    question = " ".join(context.args or []).strip()
    if not question:
        await reply(update, View(general.ASK_HOW))
        return
    # A command is not routed as text, so triage runs here: the safety reply must come with
    # its record (the 24-hour lockout) and pause a running session, as for text.
    person = who(update)
    if person is not None and await context.bot_data.safety.check(person.as_person(), question):
        return
    await _answer(update, question)


async def claim_text(update: Update, context: Context) -> bool:
    """Anything no other feature claimed is a question (last in `app.build.TEXT_ROUTE`)."""
    message = update.effective_message
    if message is None or not message.text:
        return False
    await _answer(update, message.text.strip())
    return True


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
        person = who(update)
        if person is not None:
            await flows.start_session(context.bot_data, person.as_person())
        return
    view = topic_view(action)
    if view is None:
        return
    await reply(update, view)


async def startup(app: Application) -> None:  # type: ignore[type-arg]
    """Builds the question index (about 0.2 s) before polling, so the first person to ask
    does not wait for it."""
    default_matcher()


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("ask", ask_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{PREFIX}:"))
