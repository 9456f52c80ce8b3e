"""/remind: a daily reminder at the user's local time, and the reminder's own buttons.

The rules (parsing, timezones, next fire times, snooze and skip) are in the pure core; this
module reads the Update, calls them, saves, and renders.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Engine
from sqlmodel import Session
from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from app.services import Awaiting, Context, Services
from coach.reminders import schedule
from coach.reminders import view as views
from coach.reminders.schedule import ReminderRule
from coach.reminders.timeparse import format_time, parse_time
from coach.reminders.timezones import TzMatch, location_match, resolve_timezone, warm_up
from coach.reminders.view import (
    AskOtherTime,
    ChangeTime,
    ChangeTimezone,
    EditCustomDays,
    FlareAnswer,
    ReminderAction,
    SetDays,
    SetTime,
    SkipToday,
    Snooze,
    StartSession,
    TurnOff,
)
from coach.ui import View
from content import general
from content import reminders as text
from handlers.common import edit_text, for_chat, reply, who
from scheduler.dispatcher import (
    TICK_SECONDS,
    Delivery,
    PhotoSender,
    ReminderDispatcher,
    Sender,
    delivery_after,
    rule_of,
    send_options,
)
from service import flows
from service.telegram import markup
from store import asyncdb, reminders, sessions, users
from store.models import Reminder

AWAIT_FOR = timedelta(minutes=15)  # a prompt left unanswered longer than this is forgotten
MAX_TYPED = 200
# Seconds from scheduling the dispatcher's job to its first tick (a restart's catch-up); a
# job queue started later than that runs the first tick as soon as it starts.
FIRST_TICK = 0.5


def _rule(row: Reminder) -> ReminderRule:
    return rule_of(row.local_time, row.weekdays, row.timezone)


async def _current(services: Services, user_id: int) -> Reminder | None:
    row = await asyncdb.run(services.engine, lambda db: reminders.get(db, user_id))
    return row if row is not None and row.enabled else None


async def _save(services: Services, user_id: int, chat_id: int, rule: ReminderRule) -> View:
    now = services.now()

    def work(db: Session) -> datetime:
        existing = reminders.get(db, user_id)
        last_sent = existing.last_sent_date if existing is not None else None
        following = schedule.next_fire_at(rule, now, not_on=last_sent)
        reminders.save(
            db,
            user_id=user_id,
            chat_id=chat_id,
            local_time=format_time(rule.local_time),
            weekdays="".join(str(d) for d in sorted(rule.weekdays)),
            timezone=rule.tz_name,
            next_fire_at=following,
            now=now,
        )
        users.set_timezone(db, user_id, rule.tz_name)
        return following

    following = await asyncdb.run(services.engine, work)
    view = views.confirmation_view(rule, following)
    return view


async def _user_timezone(services: Services, user_id: int) -> str | None:
    user = await asyncdb.run(services.engine, lambda db: users.get(db, user_id))
    return user.timezone if user is not None else None


async def _ask_timezone(update: Update, context: Context, pending: Awaiting) -> None:
    context.chat_data.awaiting = pending  # type: ignore[union-attr]
    message = update.effective_message
    if message is None:
        return
    keyboard = ReplyKeyboardMarkup(
        [[KeyboardButton(text.SHARE_LOCATION, request_location=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    await message.reply_text(
        views.timezone_prompt_view().text, parse_mode=ParseMode.HTML, reply_markup=keyboard
    )


async def _days_chosen(
    update: Update, context: Context, local_time: time, weekdays: frozenset[int]
) -> View | None:
    person, services = who(update), context.bot_data
    assert person is not None
    tz_name = await _user_timezone(services, person.user_id)
    if tz_name is None:
        pending = Awaiting("timezone", services.now(), local_time, weekdays)
        await _ask_timezone(update, context, pending)
        return None
    return await _save(
        services, person.user_id, person.chat_id, ReminderRule(local_time, weekdays, tz_name)
    )


async def remind_command(update: Update, context: Context) -> None:
    person, services = who(update), context.bot_data
    if person is None:
        return
    argument = " ".join(context.args or []).strip()
    await asyncdb.run(
        services.engine,
        lambda db: users.get_or_create(
            db, person.user_id, person.chat_id, person.first_name, person.language
        ),
    )
    if argument.lower() in {"off", "stop", "disable", "none"}:
        now = services.now()
        turned_off = await asyncdb.run(
            services.engine, lambda db: reminders.disable(db, person.user_id, now)
        )
        await reply(update, views.reminder_off_view() if turned_off else views.no_reminder_view())
        return
    if argument:
        local_time = parse_time(argument[:MAX_TYPED])
        if local_time is None:
            await reply(update, views.bad_time_view(argument[:MAX_TYPED]))
            return
        await reply(update, views.weekday_picker_view(local_time))
        return
    await reply(update, await _time_picker(context, person.user_id))


async def _time_picker(context: Context, user_id: int) -> View:
    """The time picker; it says a time may be typed too, so a typed time is taken from now on
    (not strictly: a message that is not a time goes on, see `Awaiting.strict`)."""
    services = context.bot_data
    if context.chat_data is not None:
        context.chat_data.awaiting = Awaiting("time", services.now(), strict=False)
    current = await _current(services, user_id)
    if current is None:
        return views.time_picker_view()
    return views.time_picker_view(_rule(current), current.next_fire_at)


async def on_button(update: Update, context: Context) -> None:
    query, person = update.callback_query, who(update)
    if query is None or person is None or query.message is None:
        return
    action = views.decode_reminder_button(query.data)
    if action is None:
        await query.answer(general.STALE_BUTTON)
        return
    if not isinstance(action, StartSession):  # Start answers once the start is decided
        await query.answer()
    message = query.message
    view = await _act(update, context, action)
    if view is not None and hasattr(message, "edit_text"):
        await edit_text(message, for_chat(update, view))  # type: ignore[arg-type]


async def _act(update: Update, context: Context, action: ReminderAction) -> View | None:
    person, services = who(update), context.bot_data
    assert person is not None
    now = services.now()
    match action:
        case SetTime(local_time=t):
            if context.chat_data is not None:
                context.chat_data.awaiting = None  # the time is chosen: no typed one expected
            return views.weekday_picker_view(t)
        case AskOtherTime() | ChangeTime():
            if isinstance(action, AskOtherTime):
                context.chat_data.awaiting = Awaiting("time", now)  # type: ignore[union-attr]
                return views.other_time_view()
            return await _time_picker(context, person.user_id)
        case EditCustomDays(local_time=t, weekdays=days):
            return views.custom_days_view(t, days)
        case SetDays(local_time=t, weekdays=days):
            return await _days_chosen(update, context, t, days)
        case ChangeTimezone():
            current = await _current(services, person.user_id)
            pending = Awaiting(
                "timezone",
                now,
                _rule(current).local_time if current else None,
                _rule(current).weekdays if current else None,
            )
            await _ask_timezone(update, context, pending)
            return None
        case TurnOff():
            turned_off = await asyncdb.run(
                services.engine, lambda db: reminders.disable(db, person.user_id, now)
            )
            return views.reminder_off_view() if turned_off else views.no_reminder_view()
        case Snooze(for_date=day, choice=choice):
            current = await _current(services, person.user_id)
            if current is None or not _is_today(day, current, now):
                return views.reminder_passed_view()
            until = schedule.snooze_until(choice, now, current.timezone)
            await asyncdb.run(
                services.engine, lambda db: reminders.set_next_fire(db, person.user_id, until, now)
            )
            return views.snoozed_view(until, now, current.timezone)
        case SkipToday(for_date=day):
            current = await _current(services, person.user_id)
            if current is None or not _is_today(day, current, now):
                return views.reminder_passed_view()
            following = schedule.skip_today(_rule(current), now)
            await asyncdb.run(
                services.engine,
                lambda db: reminders.set_next_fire(db, person.user_id, following, now),
            )
            return views.skipped_view(following, current.timezone)
        case FlareAnswer(for_date=day, settled=settled):
            await asyncdb.run(
                services.engine, lambda db: sessions.set_flare_settled(db, person.user_id, settled)
            )
            if settled:
                return views.reminder_view(schedule.ReminderVariant.NORMAL, day)
            return views.flare_not_yet_view(day)
        case StartSession(mode=mode):
            query = update.callback_query
            await flows.start_session(
                services,
                person.as_person(),
                gentle=mode is views.StartMode.GENTLE,
                short=mode is views.StartMode.SHORT,
                answer=query.answer if query is not None else None,
            )
            return None
    return None


def _is_today(day: date, row: Reminder, now: datetime) -> bool:
    return day == schedule.local_date(now, row.timezone)


async def claim_text(update: Update, context: Context) -> bool:
    """A typed time or timezone, when a reminder prompt is waiting for one."""
    state = context.chat_data
    message = update.effective_message
    if state is None or state.awaiting is None or message is None or message.text is None:
        return False
    services = context.bot_data
    awaiting = state.awaiting
    if services.now() - awaiting.since > AWAIT_FOR:
        state.awaiting = None
        return False
    typed = message.text.strip()[:MAX_TYPED]
    if awaiting.kind == "time":
        local_time = parse_time(typed)
        if local_time is None and not awaiting.strict:
            return False  # not a time: the picker's invitation stays, the message goes on
        if local_time is None:
            await reply(update, views.bad_time_view(typed))
        else:
            state.awaiting = None
            await reply(update, views.weekday_picker_view(local_time))
        return True
    match = resolve_timezone(typed)
    if match is None:
        await reply(update, views.bad_timezone_view(typed))
        return True
    await _timezone_found(update, context, match)
    return True


async def on_location(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or message.location is None:
        return
    # In a worker thread: the first shared location loads the finder (0.1-0.2 s), which must
    # not hold up every other chat.
    location = message.location
    match = await asyncio.to_thread(location_match, location.latitude, location.longitude)
    if match is None:
        await reply(update, views.bad_location_view())
        return
    await _timezone_found(update, context, match)


async def _timezone_found(update: Update, context: Context, match: TzMatch) -> None:
    person, services, state = who(update), context.bot_data, context.chat_data
    assert person is not None and state is not None
    pending, state.awaiting = state.awaiting, None
    label = views.timezone_set_view(match).text
    view: View | None = None
    if pending is not None and pending.local_time is not None and pending.weekdays:
        rule = ReminderRule(pending.local_time, pending.weekdays, match.tz_name)
        view = await _save(services, person.user_id, person.chat_id, rule)
    else:

        def work(db: Session) -> Reminder | None:
            users.get_or_create(
                db, person.user_id, person.chat_id, person.first_name, person.language
            )
            users.set_timezone(db, person.user_id, match.tz_name)
            return reminders.get(db, person.user_id)

        current = await asyncdb.run(services.engine, work)
        if current is not None and current.enabled:
            rule = replace(_rule(current), tz_name=match.tz_name)
            view = await _save(services, person.user_id, person.chat_id, rule)
    message = update.effective_message
    if message is None:
        return
    # The timezone first, in a message that also takes the "Share my location" keyboard away
    # (one message carries one keyboard: the reminder's own buttons come with the next).
    await message.reply_text(label, parse_mode=ParseMode.HTML, reply_markup=ReplyKeyboardRemove())
    if view is not None:
        await reply(update, view)


async def on_any_command(update: Update, context: Context) -> None:
    """Group -3: a command abandons a half-answered prompt (without stopping the command)."""
    if context.chat_data is not None:
        context.chat_data.awaiting = None


async def _delivered(request: Awaitable[object]) -> Delivery:
    try:
        await request
    except TelegramError as error:
        return delivery_after(error)  # blocked, refused, rejected, or unknown: sent
    return Delivery.SENT


def make_sender(app: Application, *, paid_broadcast: bool = False) -> Sender:  # type: ignore[type-arg]
    """Sends one reminder; with ``paid_broadcast`` (the ``PAID_BROADCAST`` setting) as a paid
    broadcast, on the rate limiter's paid budget (`scheduler.dispatcher.send_options`)."""
    bot = app.bot
    options = send_options(paid_broadcast)

    async def send(chat_id: int, view: View) -> Delivery:
        return await _delivered(
            bot.send_message(
                chat_id, view.text, parse_mode=ParseMode.HTML, reply_markup=markup(view), **options
            )
        )

    return send


def make_photo_sender(app: Application, *, paid_broadcast: bool = False) -> PhotoSender:  # type: ignore[type-arg]
    """The weekly summary's chart, with the summary as its caption (a paid broadcast like the
    reminder it comes with, when that is on)."""
    bot = app.bot
    options = send_options(paid_broadcast)

    async def send_photo(chat_id: int, png: bytes, caption: View) -> Delivery:
        return await _delivered(
            bot.send_photo(
                chat_id,
                png,
                caption=caption.text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup(caption),
                **options,
            )
        )

    return send_photo


async def startup(app: Application) -> None:  # type: ignore[type-arg]
    services: Services = app.bot_data
    # The city index, before any user types a city (about 0.2 s). On this thread, not with
    # asyncio.to_thread: nothing else runs before polling starts, and a worker thread's own
    # malloc arena kept about 1 MB more of the build's freed memory. The location finder
    # (numpy and its mapped data, about 25 MB) loads on the first shared location: see warm_up.
    warm_up()
    services.dispatcher = start_dispatcher(app, services.engine)


def start_dispatcher(app: Application, engine: Engine) -> ReminderDispatcher:  # type: ignore[type-arg]
    """The reminder dispatcher, on the application's JobQueue (APScheduler): in the bot, and
    alone in a reminder worker (`python bot.py reminders`)."""
    paid = app.bot_data.settings.paid_broadcast
    dispatcher = ReminderDispatcher(
        engine,
        make_sender(app, paid_broadcast=paid),
        app.bot_data.now,
        send_photo=make_photo_sender(app, paid_broadcast=paid),
    )
    assert app.job_queue is not None
    # The first tick's time is given to APScheduler as the job's next run time, not only as
    # the trigger's start. A job added before the job queue starts (the bot adds it in
    # post_init; the rest of start-up runs before app.start()) otherwise gets its first run
    # time when the queue starts, from the trigger: the next whole interval after ``first``
    # once that has passed. A start-up slower than FIRST_TICK (a cold start, or any on a
    # loaded machine) then put a restart's catch-up off by TICK_SECONDS, and a missed
    # reminder close to the late limit past it. Given, a first tick already due when the
    # queue starts runs at once (``misfire_grace_time=None``: never dropped as late). The
    # scheduler's clock is the real one, not the injected ``now``.
    first = datetime.now(UTC) + timedelta(seconds=FIRST_TICK)
    app.job_queue.run_repeating(
        dispatcher.tick,
        interval=TICK_SECONDS,
        first=first,
        name="reminder-dispatcher",
        job_kwargs={
            "max_instances": 1,
            "coalesce": True,
            "misfire_grace_time": None,
            "next_run_time": first,
        },
    )
    return dispatcher


def stopping(app: Application) -> None:  # type: ignore[type-arg]
    dispatcher = app.bot_data.dispatcher
    if isinstance(dispatcher, ReminderDispatcher):
        dispatcher.stop_claiming()


async def shutdown(app: Application) -> None:  # type: ignore[type-arg]
    dispatcher = app.bot_data.dispatcher
    if isinstance(dispatcher, ReminderDispatcher):
        await dispatcher.close()


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(MessageHandler(filters.COMMAND, on_any_command), group=-3)
    app.add_handler(CommandHandler("remind", remind_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{views.PREFIX}:"))
    app.add_handler(MessageHandler(filters.LOCATION, on_location))
