"""The weekly summary as a user meets it, through the real bot and its real reminder dispatcher
polling the emulator over HTTP (issue 16).

A user with a month of sessions behind them (written straight into the store for speed: daily
sessions, one stopped early, one ended by pain, a red day) sets a daily reminder with /remind
and picks Sunday for the weekly summary in /settings. The bot runs on an injected clock; each
reminder time is reached by moving the clock and draining the dispatcher, as its 20 s job
would. On Sunday the reminder comes, then the pain chart with the week's summary as its
caption: sessions done, the pain trend in one sentence, streak and best. Never twice, not on
another day, not on a held day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from app.ratelimit import REFUSED_RETRIES
from coach.settings import buttons as b
from content import progress as progress_text
from content import settings as settings_text
from handlers.reminders import make_photo_sender, make_sender
from playground.client import ChatMessage, EmulatorClient, SimUser
from scheduler.dispatcher import ReminderDispatcher
from store.db import transaction
from store.models import ExerciseSession, Reminder, Screening
from tests.conftest import FakeClock
from tests.e2e.story import plain, together
from tests.e2e.test_reminders import is_reminder, onboard, set_reminder

BERLIN = ZoneInfo("Europe/Berlin")
SATURDAY_NOON = datetime(2025, 3, 8, 11, 0, tzinfo=UTC)  # 12:00 in Berlin (CET, UTC+1)
SUNDAY = date(2025, 3, 9)
SUNDAY_0730 = datetime(2025, 3, 9, 6, 30, tzinfo=UTC)  # the reminder time, 07:30 in Berlin
ANA, BEN = 2101, 2102


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def a_month(engine: Engine, user_id: int) -> None:
    """Daily sessions from 7 Feb to 8 Mar (Berlin), pain after 4 the week before this one and
    2 this week; 25 Feb ended by pain, 2 Mar a red day (no session), 4 Mar stopped early."""
    with transaction(engine) as db:
        day = date(2025, 2, 7)
        while day <= date(2025, 3, 8):
            ended = local(day, 8, 12)
            how: dict[str, Any] = {"completed": True, "outcome": "green"}
            after = 2 if day >= date(2025, 3, 3) else 4
            if day == date(2025, 2, 25):
                how, after = {"completed": False, "outcome": "hurt"}, 7
            elif day == date(2025, 3, 4):
                how = {"completed": False, "outcome": "stopped"}
            if day == date(2025, 3, 2):
                db.add(Screening(user_id=user_id, at=local(day, 8), kind="pre_session",
                                 answers="[]", pain=7, decision="red"))  # fmt: skip
            else:
                db.add(ExerciseSession(user_id=user_id, chat_id=user_id,
                                       started_at=ended - timedelta(minutes=12), ended_at=ended,
                                       active=False, pain_before=4, pain_after=after,
                                       **how))  # fmt: skip
            day += timedelta(days=1)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(SATURDAY_NOON)


async def choose_sunday(user: SimUser) -> None:
    """/settings → Weekly summary → Sun, as the user would."""
    await user.send("/settings")
    message = await user.wait_for_text(plain(settings_text.TITLE))
    await user.press(message, b.encode(b.Open(b.Page.WEEKLY)))
    message = await user.wait_for_text(plain(settings_text.PAGE_WEEKLY)[:40])
    await user.press_text(message, "Sun")
    await user.wait_for_text("Saved: Weekly summary on Sundays")


async def set_up(user: SimUser, engine: Engine, clock: FakeClock) -> None:
    await set_reminder(user, engine, "7:30", tz="Europe/Berlin")
    onboard(engine, user.user_id, clock())  # as if through /start's screen
    await choose_sunday(user)
    a_month(engine, user.user_id)


def summaries(messages: list[ChatMessage]) -> list[ChatMessage]:
    return [m for m in messages if m.kind == "photo" and "Your week" in m.content]


def dispatcher_of(app: Any) -> ReminderDispatcher:
    dispatcher = app.bot_data.dispatcher
    assert isinstance(dispatcher, ReminderDispatcher)
    return dispatcher


async def drain(app: Any) -> None:
    await dispatcher_of(app).drain()


async def test_the_weekly_summary_comes_once_on_its_day_with_the_chart(
    app: Any, client: EmulatorClient, engine: Engine, clock: FakeClock
) -> None:
    ana, ben = client.user(ANA, "Ana"), client.user(BEN, "Ben")
    await together(set_up(ana, engine, clock), set_up(ben, engine, clock))
    with transaction(engine) as db:  # Ben was told "no session today" early on Sunday
        db.add(Screening(user_id=BEN, at=local(SUNDAY, 6, 50), kind="pre_session",
                         answers="[]", pain=8, decision="red"))  # fmt: skip
        for uid in (ANA, BEN):
            row = db.get(Reminder, uid)
            assert row is not None and row.weekly_day == 6 and row.next_fire_at == SUNDAY_0730

    clock.set(SUNDAY_0730)
    await drain(app)
    chart = await ana.wait_for(lambda m: m.kind == "photo")
    said = await ana.bot_messages()
    reminder = next(m for m in said if is_reminder(m))
    assert reminder.message_id < chart.message_id  # the nudge first, then the week
    caption = chart.content
    assert "Your week" in caption
    # 3-8 Mar: completed on 3, 5, 6, 7 and 8 (the 4th was stopped early)
    assert "Sessions done in the last 7 days: 5 sessions" in caption
    # pain after, this week against the week before (24 Feb-2 Mar: 4s and the pain stop's 7)
    assert "went down: 2.0/10 on average, from 4.5" in caption
    # held days (25 Feb pain stop, 2 Mar red) never break it, nor add to it: 7 Feb-3 Mar is
    # 23 days; 4 Mar (only stopped early) ends it; 5-8 Mar, and Sunday's not over
    assert "Streak: 4 days · best 23 days" in caption
    assert plain(progress_text.WEEKLY_FOOTER_CHART) in caption
    assert chart.media is not None
    png = await client.file(chart.media["file_id"])
    assert png.startswith(b"\x89PNG")

    # Ben's Sunday was a held day: no reminder, no summary, and the summary is not recorded.
    assert not [m for m in await ben.bot_messages() if is_reminder(m) or m.kind == "photo"]

    # Again the same minute, a minute later, and after the lease: nothing more.
    for minutes in (0, 1, 6):
        clock.set(SUNDAY_0730 + timedelta(minutes=minutes))
        await drain(app)
    # Monday at the reminder time: the reminder, and no summary (another day).
    clock.set(SUNDAY_0730 + timedelta(days=1))
    await drain(app)
    await ana.wait_for(lambda m: is_reminder(m) and m.message_id > chart.message_id)
    await ana.send("/help")  # anything sent before the answer would show up before it
    await ana.wait_for_text("/stats")
    said = await ana.bot_messages()
    assert len(summaries(said)) == 1 and sum(1 for m in said if is_reminder(m)) == 2
    # Ben's Monday: his reminder, and still no summary (Sunday's is not made up for).
    await ben.wait_for(is_reminder)
    assert summaries(await ben.bot_messages()) == []
    with transaction(engine) as db:
        row = db.get(Reminder, BEN)
        assert row is not None and row.weekly_sent_date is None
        row = db.get(Reminder, ANA)
        assert row is not None and row.weekly_sent_date == SUNDAY


async def test_a_chart_whose_answer_was_lost_is_not_sent_again_and_a_refused_one_is_retried(
    app: Any, client: EmulatorClient, engine: Engine, clock: FakeClock
) -> None:
    """The real senders (``handlers.reminders``) through the emulator's faults: the chart
    arrives but the answer is lost (counted as sent, never repeated), or it is refused with
    500s longer than the rate limiter tries again (the dispatcher tries again in its lease)."""
    ana, ben = client.user(ANA, "Ana"), client.user(BEN, "Ben")
    await together(set_up(ana, engine, clock), set_up(ben, engine, clock))
    await dispatcher_of(app).close()  # this test drives its own dispatcher, with no real pauses

    async def no_wait(seconds: float) -> None:
        clock.advance(seconds=seconds)

    own = ReminderDispatcher(engine, make_sender(app), clock, sleep=no_wait, batch=1,
                             send_photo=make_photo_sender(app))  # fmt: skip
    await client.inject("reset_after", method="sendPhoto", chat_id=ANA)
    await client.inject("500", method="sendPhoto", chat_id=BEN, times=REFUSED_RETRIES + 2)
    clock.set(SUNDAY_0730)
    await own.drain()
    for minutes in (6, 60):  # past the lease
        clock.advance(minutes=minutes)
        await own.drain()
    assert own.stats.weekly == 2 and own.stats.retried >= 1
    for user in (ana, ben):
        assert len(summaries(await user.bot_messages())) == 1, user.user_id
    report = await client.faults()
    assert report.count("reset_after", "sendPhoto") == 1
    assert report.count("500", "sendPhoto") == REFUSED_RETRIES + 2
