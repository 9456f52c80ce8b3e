"""/help: the command table, built from the same registry as the command menu."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler

from app.services import Context
from coach.ui import View
from content import general
from handlers.common import reply


def help_view() -> View:
    return View(general.help_text())


async def show_help(update: Update, context: Context) -> None:
    await reply(update, help_view())


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("help", show_help))
