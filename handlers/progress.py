"""/stats: the streak, this week's and month's sessions, and the last sessions' pain scores."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session
from telegram import Update
from telegram.ext import Application, CommandHandler

from app.services import Context
from coach.progress import view as progress
from handlers.common import reply, who
from store import asyncdb, sessions, users

EVER = datetime(1970, 1, 1, tzinfo=UTC)


async def stats_command(update: Update, context: Context) -> None:
    person, services = who(update), context.bot_data
    if person is None:
        return
    now = services.now()

    def read(db: Session) -> tuple[str | None, list[progress.Done]]:  # /stats records nothing
        user = users.get(db, person.user_id)
        done = [
            progress.Done(row.ended_at, row.pain_before, row.pain_after)
            for row in sessions.completed_since(db, person.user_id, EVER)
            if row.ended_at is not None
        ]
        return (user.timezone if user is not None else None), done

    tz_name, done = await asyncdb.run(services.engine, read)
    try:
        stats = progress.compute(done, now, tz_name)
    except ValueError:  # a stored timezone we can no longer read: count in UTC
        stats = progress.compute(done, now, None)
    await reply(update, progress.render(stats))


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("stats", stats_command))
