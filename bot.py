"""Mobility Coach: entry point and CLI. Wiring only.

python bot.py              run the bot (polling, or webhook when WEBHOOK_URL is set);
                           without BOT_TOKEN, the local playground
python bot.py playground   the playground even when a token is set
python bot.py ask "..."    print the reply the bot would give to a question
python bot.py migrate      apply database migrations and exit
python bot.py reminders    a reminder worker: sends due reminders only, takes no updates
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.settings import Settings

log = logging.getLogger("bot")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python bot.py",
        description="Mobility Coach: a Telegram bot that coaches the prone spinal twist.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="run the bot (default); without BOT_TOKEN, the playground")
    sub.add_parser("playground", help="local Bot API emulator, the bot, and a web chat page")
    ask = sub.add_parser(
        "ask", help="print the reply to a question (stdin: one per line, JSON out)"
    )
    ask.add_argument("question", nargs="*", help="the question; omit to read stdin")
    sub.add_parser("migrate", help="apply database migrations and exit")
    sub.add_parser(
        "reminders",
        help="a reminder worker: sends due reminders only (several may share one PostgreSQL)",
    )
    args = parser.parse_args(argv)

    if args.command == "ask":
        from app.cli import ask_command

        return ask_command(" ".join(args.question), sys.stdin, sys.stdout)

    # Imported here so that `ask` starts fast: it needs no settings, database or Telegram.
    from app.logs import configure_logging
    from app.settings import load_settings

    settings = load_settings()
    configure_logging(settings.log_level, [settings.token or ""])
    if not check_storage(settings):
        return 1
    if args.command == "migrate":
        return 0
    if args.command == "reminders":
        if not settings.token:
            print(
                "Configuration error: BOT_TOKEN is required for a reminder worker", file=sys.stderr
            )
            return 2
        from app.worker import run_reminder_worker

        return asyncio.run(run_reminder_worker(settings))
    if args.command == "playground" or not settings.token:
        from app.playground import run_playground

        return asyncio.run(run_playground(settings))
    return run_bot(settings)


def check_storage(settings: Settings) -> bool:
    """Opens, migrates and write-tests the database before anything else starts; a failure
    is one line on stderr (what, where, what to do), no traceback."""
    from store.db import StorageError, open_database

    try:
        open_database(settings.database_url).dispose()
    except StorageError as exc:
        print(f"Storage error: {exc}", file=sys.stderr)
        return False
    return True


def run_bot(settings: Settings) -> int:
    from app.build import build_application, run_polling
    from app.webhook import ALLOWED_UPDATES, run_webhook

    app = build_application(settings)
    if settings.webhook_url:
        # Settings refuse a webhook URL without a secret.
        assert settings.webhook_secret is not None
        return asyncio.run(
            run_webhook(
                app,
                url=settings.webhook_url,
                secret=settings.webhook_secret.get_secret_value(),
                port=settings.port,
            )
        )
    return asyncio.run(run_polling(app, allowed_updates=ALLOWED_UPDATES))


if __name__ == "__main__":
    sys.exit(main())
