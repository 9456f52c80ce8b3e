"""/export and /delete (SAFETY.md 8): the user's whole record as a file, or erased for good.

/export sends three documents: the whole record as JSON, the sessions as CSV, and the one-page
PDF of the last 30 days for a clinician (none without a session); the rate limiter paces them.

Neither the record nor anything in it is logged; the log says only that an export or an erase
happened.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime

from sqlmodel import Session
from telegram import Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from app.services import Context
from coach import privacy
from coach.progress import report as report_data
from coach.progress import sessions_csv
from coach.ui import View
from content import privacy as text
from handlers.common import edit_text, reply, who
from service.report import build_report
from store import asyncdb, sessions, users
from store import privacy as records
from store.db import release_erased

log = logging.getLogger(__name__)


async def export_command(update: Update, context: Context) -> None:
    person, message, services = who(update), update.effective_message, context.bot_data
    if person is None or message is None:
        return
    if not person.is_private:
        await reply(update, View(text.EXPORT_PRIVATE_ONLY))
        return
    now = services.now()
    data = await asyncdb.run(
        services.engine,
        lambda db: (
            records.export_json(db, person.user_id, now)
            if records.has_data(db, person.user_id)
            else None
        ),
    )
    if data is None:
        await reply(update, View(text.EXPORT_NOTHING))
        return
    await message.reply_document(
        document=data,
        filename=text.EXPORT_FILE_NAME,
        caption=text.EXPORT_CAPTION,
        do_quote=False,
    )
    log.info("sent a data export")
    table = await asyncdb.run(services.engine, lambda db: _sessions_csv(db, person.user_id))
    await message.reply_document(
        document=table,
        filename=text.EXPORT_CSV_FILE_NAME,
        caption=text.EXPORT_CSV_CAPTION,
        do_quote=False,
    )
    report = await build_report(services.engine, person.user_id, now, report_data.DEFAULT_DAYS)
    if report is not None:
        await message.reply_document(
            document=report.pdf,
            filename=report.filename,
            caption=text.EXPORT_PDF_CAPTION,
            do_quote=False,
        )


def _sessions_csv(db: Session, user_id: int) -> bytes:
    """Every session of the user, as CSV."""
    rows = sessions.all_of(db, user_id)
    return sessions_csv.sessions_csv(
        sessions_csv.SessionRecord(
            r.id or 0,
            r.started_at,
            r.ended_at,
            r.style,
            r.variant,
            r.outcome,
            r.completed,
            r.active,
            r.pain_before,
            r.pain_after,
            r.flare_settled,
        )
        for r in rows
    )


async def delete_command(update: Update, context: Context) -> None:
    person, services = who(update), context.bot_data
    if person is None:
        return

    def look(db: Session) -> tuple[bool, str]:
        user = users.get(db, person.user_id)
        token = privacy.record_token(user.created_at if user is not None else None)
        return records.has_data(db, person.user_id), token

    stored, record = await asyncdb.run(services.engine, look)
    if not stored:
        await reply(update, View(text.DELETE_NOTHING))
        return
    await reply(update, privacy.confirm_view(person.user_id, services.now(), record))


async def on_button(update: Update, context: Context) -> None:
    query, person = update.callback_query, who(update)
    if query is None or person is None:
        return
    confirm = privacy.decode(query.data)
    if confirm is None:
        await query.answer(text.CONFIRM_EXPIRED)
        await _drop_buttons(update)
        return
    if confirm.user_id != person.user_id:
        await query.answer(text.NOT_YOURS, show_alert=True)
        return
    if confirm.choice is privacy.Choice.CANCEL:
        await query.answer()
        await _show(update, View(text.CANCELLED))
        return
    verdict, stopped = await _erase_if_confirmed(context, person.user_id, confirm)
    if verdict is not privacy.Verdict.ERASE:
        await query.answer(_REFUSED.get(verdict, text.CONFIRM_EXPIRED))
        await _drop_buttons(update)
        return
    if context.chat_data is not None:
        context.chat_data.awaiting = None  # a prompt waiting for this user's answer is gone too
    for chat_id, message_id in stopped:
        if message_id is None:
            continue
        # The stopped session's live message keeps its text but loses buttons that now lead
        # nowhere; a failure here (message gone, chat blocked) changes nothing.
        with contextlib.suppress(TelegramError):
            await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
    await query.answer()
    view = View(f"{text.ERASED}\n\n{text.ERASED_SESSION_STOPPED}" if stopped else text.ERASED)
    await _show(update, view)
    log.info("erased a user's record")


_REFUSED = {
    privacy.Verdict.EXPIRED: text.CONFIRM_EXPIRED,
    privacy.Verdict.GONE: text.ALREADY_ERASED,
    privacy.Verdict.NOT_YOURS: text.NOT_YOURS,
}


async def _erase_if_confirmed(
    context: Context, user_id: int, confirm: privacy.Confirm
) -> tuple[privacy.Verdict, list[tuple[int, int | None]]]:
    """Judges the press against the record as it is now and, when it may, stops the user's
    open sessions and erases the record. Returns the verdict and the ``(chat_id, message_id)``
    of each stopped session's live message."""
    services = context.bot_data
    now = services.now()
    verdict, open_sessions = await asyncdb.run(
        services.engine,
        lambda db: (_judge(db, confirm, user_id, now), records.active_sessions(db, user_id)),
    )
    if verdict is not privacy.Verdict.ERASE:
        return verdict, []
    now = services.now()

    def erase(db: Session) -> privacy.Verdict:
        verdict = _judge(db, confirm, user_id, now)  # again, under the sessions' locks
        if verdict is privacy.Verdict.ERASE and records.erase(db, user_id) == 0:
            verdict = privacy.Verdict.GONE  # nothing was left: an earlier press erased it
        return verdict

    # Stop the countdowns and hold the sessions' locks while the rows go.
    async with services.sessions.held([row_id for row_id, _, _ in open_sessions]):
        verdict = await asyncdb.run(services.engine, erase)
        if verdict is privacy.Verdict.ERASE:
            # Committed; now the copies in SQLite's write-ahead log go too (erased means
            # erased: nothing of the user stays in the database files).
            await asyncio.to_thread(release_erased, services.engine)
    if verdict is not privacy.Verdict.ERASE:
        return verdict, []
    return verdict, [(chat_id, message_id) for _, chat_id, message_id in open_sessions]


def _judge(db: Session, confirm: privacy.Confirm, user_id: int, now: datetime) -> privacy.Verdict:
    user = users.get(db, user_id)
    record_now = privacy.record_token(user.created_at if user is not None else None)
    return privacy.judge(confirm, user_id, now, record_now)


async def _show(update: Update, view: View) -> None:
    message = update.effective_message
    if message is not None:
        await edit_text(message, view)


async def _drop_buttons(update: Update) -> None:
    message = update.effective_message
    if message is not None:
        with contextlib.suppress(BadRequest):
            await message.edit_reply_markup(reply_markup=None)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("export", export_command))
    app.add_handler(CommandHandler("delete", delete_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{privacy.PREFIX}:"))
