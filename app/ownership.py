"""Group -90, before every feature, for button presses:

- a button marked with its owner (in a group chat, every answer's buttons belong to the user it
  answers; see `coach.callbacks.with_owner`) acts only for that owner: anyone else's press is
  answered, changes nothing, and reaches no feature;
- a press on a message sent via inline mode (no message, no chat: the bot sends none, so it is
  forged) is answered "expired" and goes no further."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, CallbackQueryHandler

from app.services import Context
from coach.callbacks import owner_of
from content import general

OWNERSHIP_GROUP = -90  # after the duplicate gate (-100), before every feature


async def refuse_others(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    if query.message is None:
        await query.answer(general.BUTTON_EXPIRED)
        raise ApplicationHandlerStop
    owner = owner_of(query.data)
    if owner is None or query.from_user.id == owner:
        return
    await query.answer(general.NOT_YOUR_BUTTONS, show_alert=True)
    raise ApplicationHandlerStop


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CallbackQueryHandler(refuse_others), group=OWNERSHIP_GROUP)
