"""One text router: every typed message (not a command) is offered to the features in one
ordered list, and the first that claims it answers. The order is the product's rule:

1. safety: a warning sign gets the safety reply before anything else reads the message;
2. onboarding: an answer to the open health screen;
3. reminders: a time or timezone a reminder prompt is waiting for;
4. session: an answer to the open session's question (e.g. a pain score);
5. settings: a value ("25 s", "10 reps") while /settings is open;
6. questions: anything else is a question.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from telegram import Update
from telegram.ext import CommandHandler, MessageHandler, filters

from app.services import Context

TextClaim = Callable[[Update, Context], Awaitable[bool]]


async def _first_claim(
    route: Sequence[tuple[str, TextClaim]], update: Update, context: Context
) -> None:
    for _name, claim in route:
        if await claim(update, context):
            return


def text_router(route: Sequence[tuple[str, TextClaim]]) -> MessageHandler:  # type: ignore[type-arg]
    async def route_text(update: Update, context: Context) -> None:
        await _first_claim(route, update, context)

    return MessageHandler(filters.TEXT & ~filters.COMMAND, route_text)


def command_router(command: str, route: Sequence[tuple[str, TextClaim]]) -> CommandHandler:  # type: ignore[type-arg]
    """``/command text``: the text after the command goes through ``route``."""

    async def route_command(update: Update, context: Context) -> None:
        await _first_claim(route, update, context)

    return CommandHandler(command, route_command)
