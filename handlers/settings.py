"""/settings: one message, edited in place, that changes what the next session starts from.

The rules (what a press or a typed value changes, what the message shows) are in
`coach.settings`; this module reads the Update, saves in one transaction per press, and edits.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from app.services import Context, SettingsOpen
from coach.reminders.timeparse import format_weekdays
from coach.settings import buttons
from coach.settings import view as views
from coach.settings.buttons import Done, Open, Page, Rescreen, SetWeekly
from coach.settings.view import Applied, OutOfRange, Snapshot, Unclear
from content import general
from content import settings as text
from handlers.common import edit_text, for_chat, reply, who
from store import asyncdb, reminders, users

OPEN_FOR = timedelta(minutes=15)  # typed values are taken this long after the last press
MAX_TYPED = 40


def _snapshot(db: Session, user_id: int) -> Snapshot:
    settings = users.load_settings(db, user_id)
    row = reminders.get(db, user_id)
    if row is None or not row.enabled:
        return Snapshot(settings)
    days = format_weekdays(int(d) for d in row.weekdays if d.isdigit())
    described = text.REMINDER_AT.format(time=row.local_time, days=days)
    return Snapshot(settings, row.weekly_day, described)


def _change_tx(db: Session, user_id: int, change: buttons.Change, now: datetime) -> Applied:
    """One press or typed value: load, apply, save (when something may be saved)."""
    before = _snapshot(db, user_id)
    applied = views.apply(before, change)
    if applied.saved is not None:
        if isinstance(change, SetWeekly):
            reminders.set_weekly_day(db, user_id, applied.snapshot.weekly_day, now)
        else:
            users.save_settings(db, user_id, applied.snapshot.settings)
    return applied


def _remember(context: Context, user_id: int, now: datetime, page: Page | None) -> None:
    if context.chat_data is not None:
        context.chat_data.settings = (
            None if page is None else SettingsOpen(user_id, now, page.value)
        )


async def settings_command(update: Update, context: Context) -> None:
    person, services = who(update), context.bot_data
    if person is None:
        return

    def read(db: Session) -> Snapshot:
        users.get_or_create(db, person.user_id, person.chat_id, person.first_name, person.language)
        return _snapshot(db, person.user_id)

    snapshot = await asyncdb.run(services.engine, read)
    _remember(context, person.user_id, services.now(), Page.MAIN)
    await reply(update, views.render(snapshot))


async def on_button(update: Update, context: Context) -> None:
    query, person, services = update.callback_query, who(update), context.bot_data
    if query is None or person is None:
        return
    event = buttons.decode(query.data)
    message = query.message
    if event is None or message is None or not hasattr(message, "edit_text"):
        await query.answer(general.STALE_BUTTON)
        return
    now = services.now()
    match event:
        case Done():
            await query.answer()
            _remember(context, person.user_id, now, None)
            await edit_text(message, views.done_view())  # type: ignore[arg-type]
        case Rescreen():
            await query.answer()
            _remember(context, person.user_id, now, None)
            await edit_text(message, views.done_view())  # type: ignore[arg-type]
            await services.onboarding.open_screen(
                person.user_id, person.chat_id, note=text.SCREEN_NOTE
            )
        case Open(page=page):
            await query.answer()
            snapshot = await asyncdb.run(services.engine, lambda db: _snapshot(db, person.user_id))
            _remember(context, person.user_id, now, page)
            view = views.render(snapshot, page)
            await edit_text(message, for_chat(update, view))  # type: ignore[arg-type]
        case _:
            change = event
            applied = await asyncdb.run(
                services.engine, lambda db: _change_tx(db, person.user_id, change, now)
            )
            await query.answer()
            _remember(context, person.user_id, now, applied.page)
            view = views.render(applied.snapshot, applied.page, applied.saved)
            await edit_text(message, for_chat(update, view))  # type: ignore[arg-type]


async def claim_text(update: Update, context: Context) -> bool:
    """A typed value ("25 s", "10 reps", "2 sets") while this user's /settings is open."""
    person, message, services = who(update), update.effective_message, context.bot_data
    chat = context.chat_data
    if person is None or message is None or message.text is None or chat is None:
        return False
    opened = chat.settings
    now = services.now()
    if opened is None or opened.user_id != person.user_id or now - opened.since > OPEN_FOR:
        return False
    try:
        page = Page(opened.page)
    except ValueError:
        return False
    typed = views.parse_typed(message.text.strip()[:MAX_TYPED], page)
    if typed is None:
        return False
    if isinstance(typed, OutOfRange):
        await reply(update, views.out_of_range_view(typed))
        return True
    if isinstance(typed, Unclear):
        await reply(update, views.unclear_view())
        return True
    applied = await asyncdb.run(
        services.engine, lambda db: _change_tx(db, person.user_id, typed, now)
    )
    _remember(context, person.user_id, now, applied.page)
    await reply(update, views.render(applied.snapshot, applied.page, applied.saved))
    return True


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("settings", settings_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{buttons.PREFIX}:"))
