"""The guided session's Telegram edge: /session, /stop, its buttons and typed answers.

Everything else (the one transaction per event, the live message, the countdown, recovery)
is the session service's (`service.session`); this module only turns updates into its calls.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from app.services import Context, Services
from coach.session import buttons
from coach.ui import View
from content import texts as t
from handlers.common import open_flows, reply, who
from service import flows


async def session_command(update: Update, context: Context) -> None:
    person = who(update)
    if person is not None:
        await flows.start_session(context.bot_data, person.as_person())


async def stop_command(update: Update, context: Context) -> None:
    person = who(update)
    if person is None:
        return
    notice = await context.bot_data.sessions.stop(person.user_id)
    if notice is not None:
        await reply(update, View(notice))


async def on_button(update: Update, context: Context) -> None:
    query, person = update.callback_query, who(update)
    if query is None or person is None:
        return
    decoded = buttons.decode_session_button(query.data)
    if decoded is None:
        await query.answer(t.SESSION_ENDED)
        return
    notice = await context.bot_data.sessions.press(decoded[0], person.user_id, decoded[1])
    await query.answer(notice, show_alert=notice is not None and notice != t.SESSION_ENDED)


async def claim_text(update: Update, context: Context) -> bool:
    """A typed answer to the open session's question (e.g. "7" for a pain score)."""
    person, message = who(update), update.effective_message
    if person is None or message is None or message.text is None:
        return False
    raw = (await open_flows(context, person.user_id)).session
    if raw is None:
        return False
    return await context.bot_data.sessions.typed(
        person.user_id, person.chat_id, raw[2], message.text
    )


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("session", session_command))
    app.add_handler(CommandHandler("stop", stop_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{buttons.PREFIX}:"))


async def startup(app: Application) -> None:  # type: ignore[type-arg]
    services: Services = app.bot_data
    await services.sessions.recover()


async def shutdown(app: Application) -> None:  # type: ignore[type-arg]
    services: Services = app.bot_data
    await services.sessions.close()
