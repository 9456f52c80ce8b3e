"""/stats: the streak, this week's and month's sessions, the last sessions' pain scores (stopped
and hurt ones marked), then the pain chart of the last 30 days as a photo (none for a new
user: the text's empty state says it all)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlmodel import Session
from telegram import Update
from telegram.ext import Application, CommandHandler

from app.services import Context
from coach.progress import chart
from coach.progress import view as progress
from coach.screening import rules as screening
from content import charts
from content import progress as progress_text
from handlers.common import reply, who
from store import asyncdb, sessions, users

EVER = datetime(1970, 1, 1, tzinfo=UTC)
# Screening answers that held exercise for safety: such a day never breaks a streak.
HELD_DECISIONS = screening.REST_DAY_DECISIONS | {screening.Outcome.EMERGENCY.value}


def _how(completed: bool, outcome: str | None) -> str:
    """How a session ended, for /stats; "" for one held before it began (not listed)."""
    if outcome == "hurt":
        return progress.HURT
    if completed:
        return progress.COMPLETED
    return progress.STOPPED if outcome == "stopped" else ""


async def stats_command(update: Update, context: Context) -> None:
    person, services = who(update), context.bot_data
    if person is None:
        return
    now = services.now()

    def read(
        db: Session,
    ) -> tuple[str | None, list[progress.Done], list[datetime]]:  # /stats records nothing
        user = users.get(db, person.user_id)
        done = [
            progress.Done(row.ended_at, row.pain_before, row.pain_after, how)
            for row in sessions.ended_since(db, person.user_id, EVER)
            if row.ended_at is not None and (how := _how(row.completed, row.outcome))
        ]
        held = list(sessions.held_since(db, person.user_id, EVER, HELD_DECISIONS))
        return (user.timezone if user is not None else None), done, held

    tz_name, done, held = await asyncdb.run(services.engine, read)
    try:
        stats = progress.compute(done, now, tz_name, held)
        data = chart.chart_data(done, now, tz_name, held)
    except ValueError:  # a stored timezone we can no longer read: count in UTC
        stats = progress.compute(done, now, None, held)
        data = chart.chart_data(done, now, None, held)
    sent = await reply(update, progress.render(stats))
    if sent is None or stats.empty:
        return
    png = await asyncio.to_thread(charts.render_png, data)  # Pillow off the event loop
    await sent.reply_photo(png, caption=progress_text.CHART_CAPTION, do_quote=False)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("stats", stats_command))
