"""/start and the onboarding screen's Telegram edge; the flow itself is
`service.onboarding.OnboardingService`."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from app.services import Context
from coach.callbacks import encode
from coach.onboarding import buttons as ob_buttons
from coach.ui import View
from content import general
from handlers.common import open_flows, reply, who
from service import flows
from service.onboarding import WELCOME_GO, WELCOME_PREFIX, WELCOME_REDO


async def start(update: Update, context: Context) -> None:
    person = who(update)
    if person is not None:
        await context.bot_data.onboarding.welcome(
            person.user_id, person.chat_id, person.first_name, person.language
        )


async def on_button(update: Update, context: Context) -> None:
    query, person = update.callback_query, who(update)
    if query is None or person is None:
        return
    message_id = query.message.message_id if query.message is not None else None
    answered = await context.bot_data.onboarding.press(
        person.user_id, person.chat_id, message_id, query.data
    )
    await query.answer(answered.notice)
    if answered.start_session:
        await flows.start_session(context.bot_data, person.as_person())


async def on_welcome_button(update: Update, context: Context) -> None:
    query, person = update.callback_query, who(update)
    if query is None or person is None:
        return
    if query.data == encode(WELCOME_PREFIX, WELCOME_REDO):
        await query.answer()
        await context.bot_data.onboarding.open_screen(person.user_id, person.chat_id)
    elif query.data == encode(WELCOME_PREFIX, WELCOME_GO):
        await flows.start_session(context.bot_data, person.as_person(), answer=query.answer)
    else:
        await query.answer(general.STALE_BUTTON)


async def claim_text(update: Update, context: Context) -> bool:
    """A typed answer (a pain score, yes/no, hold/flow) to the open screen."""
    person, message = who(update), update.effective_message
    if person is None or message is None or message.text is None:
        return False
    raw = (await open_flows(context, person.user_id)).onboarding_state
    answered = await context.bot_data.onboarding.typed(
        person.user_id, person.chat_id, raw, message.text
    )
    if answered is None:
        return False
    if answered.notice is not None:
        await reply(update, View(answered.notice))
    if answered.start_session:
        await flows.start_session(context.bot_data, person.as_person())
    return True


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{ob_buttons.PREFIX}:"))
    app.add_handler(CallbackQueryHandler(on_welcome_button, pattern=rf"^{WELCOME_PREFIX}:"))
