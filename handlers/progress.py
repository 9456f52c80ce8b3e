"""/stats: the streak, this week's and month's sessions, the last sessions' pain scores (stopped
and hurt ones marked), then the pain chart of the last 30 days as a photo (none for a new
user: the text's empty state says it all)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlmodel import Session
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from app.services import Context
from coach.progress import chart
from coach.progress import report as report_data
from coach.progress import view as progress
from coach.ui import Button, View
from content import charts
from content import progress as progress_text
from handlers.common import for_chat, reply, who
from service.report import build_report
from service.telegram import markup
from store import asyncdb, sessions, users

EVER = datetime(1970, 1, 1, tzinfo=UTC)
HELD_DECISIONS = progress.HELD_DECISIONS


_how = progress.how_ended


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


async def report_command(update: Update, context: Context) -> None:
    """/report [30|90]: the one-page PDF for a clinician, sent as a document."""
    message = update.effective_message
    if message is None:
        return
    args = context.args or []
    days = report_data.DEFAULT_DAYS
    if args:
        if len(args) != 1 or not args[0].isdigit() or int(args[0]) not in report_data.PERIODS:
            await message.reply_text(progress_text.REPORT_USAGE, do_quote=False)
            return
        days = int(args[0])
    await _send_report(update, context, days)


async def on_report_button(update: Update, context: Context) -> None:
    """The button under a report: the same report for the other period."""
    query = update.callback_query
    if query is None:
        return
    days = report_data.decode_period(query.data or "")
    await query.answer()
    if days is not None:
        await _send_report(update, context, days)


async def _send_report(update: Update, context: Context, days: int) -> None:
    person, services = who(update), context.bot_data
    message = update.effective_message
    if person is None or message is None:
        return
    report = await build_report(services.engine, person.user_id, services.now(), days)
    if report is None:
        await reply(update, View(progress_text.REPORT_EMPTY))
        return
    await message.reply_document(
        report.pdf,
        filename=report.filename,
        caption=progress_text.REPORT_CAPTION.format(days=days, other=_other(days)),
        reply_markup=markup(for_chat(update, _report_buttons(days))),
        do_quote=False,
    )


def _report_buttons(days: int) -> View:
    other = _other(days)
    label = progress_text.REPORT_BUTTON.format(days=other)
    return View("", ((Button(label, report_data.period_button(other)),),))


def _other(days: int) -> int:
    return next(p for p in report_data.PERIODS if p != days)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("stats", stats_command))
    app.add_handler(CommandHandler("report", report_command))
    app.add_handler(CallbackQueryHandler(on_report_button, pattern=rf"^{report_data.PREFIX}:"))
