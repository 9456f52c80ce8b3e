"""Questions: /ask and any free text no flow is waiting for, answered from the question bank."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from app.services import Context
from coach.answers import answer
from coach.questions_view import PREFIX, START, answer_view, decode_topic, topic_view
from coach.ui import View
from content import general
from handlers import session
from handlers.common import reply

MAX_QUESTION = 4000


async def _answer(update: Update, question: str) -> None:
    if len(question) > MAX_QUESTION:
        await reply(update, View(general.TOO_LONG))
        return
    await reply(update, answer_view(answer(question)))


async def ask_command(update: Update, context: Context) -> None:
    question = " ".join(context.args or []).strip()
    if not question:
        await reply(update, View(general.ASK_HOW))
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


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("ask", ask_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{PREFIX}:"))
