"""The weekly summary: pure text and trend, and the dispatcher sending it once on its day with
the reminder, as the caption of the pain chart, never on a held day (real SQLite store,
injected clock, recording ``send`` and ``send_photo``)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from coach.progress import weekly
from coach.progress.view import HURT, STOPPED, Done
from coach.ui import CAPTION_MAX, View, fits_caption, shown_length
from content import progress as progress_text
from scheduler.dispatcher import Delivery, ReminderDispatcher
from store.db import transaction
from store.models import ExerciseSession, Reminder, Screening, User
from store.reminders import LEASE, Claimed
from tests.unit.test_dispatcher import (
    DAY,
    DUE,
    Clock,
    Recorder,
    VirtualSleep,
    db_path,
    engine,
    rows,
    seed,
)

__all__ = ["db_path", "engine"]  # fixtures, imported for use here

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def ago(days: int) -> datetime:
    return NOW - timedelta(days=days, hours=2)


@pytest.mark.parametrize(
    ("done", "expected"),
    [
        ([], "No pain scores this week"),
        ([Done(ago(1), 4, 3)], "averaged <b>3.0</b>/10 this week"),
        ([Done(ago(1), 4, 2), Done(ago(8), 4, 4)], "went down: <b>2.0</b>/10"),
        ([Done(ago(1), 4, 4), Done(ago(8), 4, 4)], "held steady: <b>4.0</b>/10"),
        ([Done(ago(1), 4, 6), Done(ago(9), 4, 3)], "was higher: <b>6.0</b>/10"),
        ([Done(ago(20), 4, 3)], "No pain scores this week"),
    ],
)
def test_the_trend_in_one_sentence(done, expected):
    assert expected in weekly.trend(done, NOW.date(), "UTC")


@pytest.mark.parametrize(
    ("day", "sent", "local", "expected"),
    [
        (None, None, date(2026, 3, 16), False),  # off
        (0, None, date(2026, 3, 16), True),  # Monday, chosen Monday
        (0, date(2026, 3, 16), date(2026, 3, 16), False),  # already sent today
        (0, date(2026, 3, 9), date(2026, 3, 16), True),  # last week's
        (2, None, date(2026, 3, 16), False),  # another day
    ],
)
def test_due_on_its_day_once(day, sent, local, expected):
    assert weekly.due(day, sent, local) is expected


def test_the_summary_counts_the_week_and_shows_the_streaks():
    done = [Done(ago(i), 3, 2) for i in (0, 1, 2, 10, 11, 12, 13)]
    text = weekly.summary(done, NOW, "UTC").text
    assert "Your week" in text and "last 7 days: <b>3 sessions</b>" in text
    assert "Streak: <b>3 days</b> · best <b>4 days</b>" in text


def choose(engine: Engine, uid: int, day: int | None) -> None:
    with transaction(engine) as db:
        row = db.get(Reminder, uid)
        assert row is not None
        row.weekly_day = day
        db.add(ExerciseSession(user_id=uid, chat_id=uid, started_at=DUE - timedelta(days=2),
                               ended_at=DUE - timedelta(days=2), completed=True, active=False,
                               outcome="green", pain_before=3, pain_after=2))  # fmt: skip


def weekly_sent(engine: Engine, uid: int) -> date | None:
    with Session(engine) as db:
        row = db.get(Reminder, uid)
        assert row is not None
        return row.weekly_sent_date


def refire(engine: Engine, uid: int) -> None:
    """The same local day's fire again (as after a snooze, or a lost settle)."""
    with transaction(engine) as db:
        row = db.get(Reminder, uid)
        assert row is not None
        row.next_fire_at, row.last_sent_date = DUE, None


async def test_the_weekly_summary_goes_with_the_reminder_on_its_day_once(engine: Engine) -> None:
    seed(engine, 3)  # DUE is a Monday
    choose(engine, 1, 0)  # Monday: sent
    choose(engine, 2, 3)  # Thursday: not today
    choose(engine, 3, None)  # off
    send = Recorder()
    dispatcher = ReminderDispatcher(engine, send, Clock(DUE))
    await dispatcher.drain()
    summaries = [chat for chat, view in send.sent if "Your week" in view.text]
    assert summaries == [1]
    assert sorted(send.chats) == [1, 1, 2, 3]  # three reminders, one summary
    assert weekly_sent(engine, 1) == DAY and weekly_sent(engine, 2) is None

    refire(engine, 1)
    again = Recorder()
    await ReminderDispatcher(engine, again, Clock(DUE + timedelta(minutes=1))).drain()
    assert not [view for _, view in again.sent if "Your week" in view.text]


async def test_no_weekly_summary_on_a_held_day(engine: Engine) -> None:
    seed(engine, 1)
    choose(engine, 1, 0)
    with transaction(engine) as db:
        db.add(Screening(user_id=1, at=DUE - timedelta(hours=1), kind="pre_session",
                         answers="[]", decision="red"))  # fmt: skip
    send = Recorder()
    await ReminderDispatcher(engine, send, Clock(DUE)).drain()
    assert send.sent == []
    assert weekly_sent(engine, 1) is None


async def test_the_weekly_summary_still_comes_after_a_session_done_that_day(
    engine: Engine,
) -> None:
    seed(engine, 1)
    choose(engine, 1, 0)
    with transaction(engine) as db:
        db.add(ExerciseSession(user_id=1, chat_id=1, started_at=DUE - timedelta(hours=1),
                               ended_at=DUE - timedelta(minutes=50), completed=True,
                               active=False, outcome="green", pain_before=3,
                               pain_after=1))  # fmt: skip
    send = Recorder()
    await ReminderDispatcher(engine, send, Clock(DUE)).drain()
    assert [("Your week" in view.text) for _, view in send.sent] == [True]  # no nudge
    assert weekly_sent(engine, 1) == DAY


PNG = b"\x89PNG\r\n\x1a\n"


class PhotoRecorder:
    """A ``send_photo`` that answers from a script (then SENT) and records what arrived."""

    def __init__(self, *answers: Delivery) -> None:
        self.answers = list(answers)
        self.attempts = 0
        self.received: list[tuple[int, bytes, View]] = []

    async def __call__(self, chat_id: int, png: bytes, caption: View) -> Delivery:
        self.attempts += 1
        answer = self.answers.pop(0) if self.answers else Delivery.SENT
        if answer in (Delivery.SENT, Delivery.UNKNOWN):  # UNKNOWN: arrived, answer lost
            self.received.append((chat_id, png, caption))
        return answer


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("plain", 5),
        ("<b>bold</b> and <i>it</i>", 11),
        ("a &lt; b &amp; c", 9),
        ("🔥 x", 4),  # outside the BMP: two UTF-16 units
        ("→", 1),
    ],
)
def test_a_caption_is_counted_as_telegram_counts_it(text: str, length: int) -> None:
    assert shown_length(text) == length


def test_a_caption_fits_up_to_the_limit() -> None:
    assert fits_caption("<b>" + "x" * CAPTION_MAX + "</b>")
    assert not fits_caption("x" * (CAPTION_MAX + 1))


def test_the_weekly_summary_fits_a_caption_and_carries_the_chart() -> None:
    done = [Done(ago(i), 5, 3) for i in range(30)]
    done += [Done(ago(3) + timedelta(hours=1), 5, None, STOPPED), Done(ago(5), 4, 7, HURT)]
    summary = weekly.weekly(done, NOW, "Europe/Berlin", [ago(40)])
    assert summary.chart is not None and len(summary.chart.points) == 32
    assert fits_caption(summary.view.text)
    assert progress_text.WEEKLY_FOOTER_CHART in summary.view.text


def test_no_chart_when_nothing_happened_in_the_last_30_days() -> None:
    summary = weekly.weekly([Done(ago(45), 3, 2)], NOW, "UTC")
    assert summary.chart is None
    assert progress_text.WEEKLY_FOOTER in summary.view.text


def test_after_a_break_the_weekly_streak_says_welcome_back() -> None:
    summary = weekly.weekly([Done(ago(i), 3, 2) for i in (5, 6, 7)], NOW, "UTC")
    assert "Welcome back" in summary.view.text and "streak: <b>3 days</b>" in summary.view.text
    assert "Streak: <b>0" not in summary.view.text


async def test_the_weekly_summary_is_the_caption_of_the_chart_sent_once(engine: Engine) -> None:
    seed(engine, 2)
    choose(engine, 1, 0)  # Monday: today
    choose(engine, 2, 3)
    send, photo = Recorder(), PhotoRecorder()
    dispatcher = ReminderDispatcher(engine, send, Clock(DUE), send_photo=photo)
    await dispatcher.drain()
    assert sorted(send.chats) == [1, 2]  # the reminders
    assert not [view for _, view in send.sent if "Your week" in view.text]
    [(chat, png, caption)] = photo.received
    assert chat == 1 and png.startswith(PNG)
    assert "Your week" in caption.text and "Sessions done in the last 7 days" in caption.text
    assert "Streak:" in caption.text and fits_caption(caption.text)
    assert dispatcher.stats.weekly == 1

    refire(engine, 1)
    await ReminderDispatcher(engine, Recorder(), Clock(DUE + timedelta(minutes=1)),
                             send_photo=photo).drain()  # fmt: skip
    assert photo.attempts == 1


async def test_a_weekly_chart_whose_answer_was_lost_is_not_sent_again(engine: Engine) -> None:
    seed(engine, 1)
    choose(engine, 1, 0)
    clock = Clock(DUE)
    photo = PhotoRecorder(Delivery.UNKNOWN)
    dispatcher = ReminderDispatcher(
        engine, Recorder(), clock, send_photo=photo, sleep=VirtualSleep(clock)
    )
    await dispatcher.drain()
    for minutes in (6, 60):  # past the lease
        clock.advance(minutes=minutes)
        await dispatcher.drain()
    assert photo.attempts == 1 and len(photo.received) == 1
    assert rows(engine)[1].last_sent_date == DAY and weekly_sent(engine, 1) == DAY


async def test_a_refused_weekly_chart_is_tried_again_within_the_lease(engine: Engine) -> None:
    seed(engine, 1)
    choose(engine, 1, 0)
    clock = Clock(DUE)
    sleep = VirtualSleep(clock)
    photo = PhotoRecorder(Delivery.REFUSED, Delivery.REFUSED)
    dispatcher = ReminderDispatcher(engine, Recorder(), clock, send_photo=photo, sleep=sleep)
    await dispatcher.drain()
    assert photo.attempts == 3 and len(photo.received) == 1
    assert sleep.waits == [2.0, 10.0] and dispatcher.stats.retried == 2
    assert rows(engine)[1].last_sent_date == DAY


async def test_a_weekly_chart_refused_for_good_is_not_repeated_after_the_lease(
    engine: Engine,
) -> None:
    seed(engine, 1)
    choose(engine, 1, 0)
    clock = Clock(DUE)
    photo = PhotoRecorder(*[Delivery.REFUSED] * 10)
    dispatcher = ReminderDispatcher(
        engine, Recorder(), clock, send_photo=photo, sleep=VirtualSleep(clock),
        retry_delays=(200.0,),
    )  # fmt: skip
    await dispatcher.drain()  # the pause would end past half the lease: given up
    clock.advance(minutes=10)
    await dispatcher.drain()
    assert photo.attempts == 1 and photo.received == []
    assert weekly_sent(engine, 1) == DAY  # at most once: recorded when claimed


async def test_a_user_who_blocked_the_bot_at_the_weekly_chart_is_stopped(engine: Engine) -> None:
    seed(engine, 1)
    choose(engine, 1, 0)
    photo = PhotoRecorder(Delivery.BLOCKED)
    dispatcher = ReminderDispatcher(engine, Recorder(), Clock(DUE), send_photo=photo)
    await dispatcher.drain()
    assert dispatcher.stats.blocked == 1 and rows(engine)[1].enabled is False
    with transaction(engine) as db:
        user = db.get(User, 1)
        assert user is not None and user.blocked is True


async def test_no_weekly_chart_on_a_held_day(engine: Engine) -> None:
    seed(engine, 1)
    choose(engine, 1, 0)
    with transaction(engine) as db:
        db.add(Screening(user_id=1, at=DUE - timedelta(hours=1), kind="pre_session",
                         answers="[]", decision="red"))  # fmt: skip
    send, photo = Recorder(), PhotoRecorder()
    await ReminderDispatcher(engine, send, Clock(DUE), send_photo=photo).drain()
    assert send.sent == [] and photo.attempts == 0


def claimed(user_id: int = 1) -> Claimed:
    return Claimed(user_id, user_id, "07:00", "0123456", "UTC", DUE, None, DUE + LEASE)


async def test_a_summary_too_long_for_a_caption_goes_first_then_the_chart(engine: Engine) -> None:
    summary = weekly.weekly([Done(DUE - timedelta(days=1), 4, 2)], DUE, "UTC")
    long = weekly.Weekly(View(summary.view.text + "x" * CAPTION_MAX), summary.chart)
    send, photo = Recorder(), PhotoRecorder()
    dispatcher = ReminderDispatcher(engine, send, Clock(DUE), send_photo=photo)
    assert await dispatcher._send_weekly(claimed(), long) is Delivery.SENT
    assert [view.text for _, view in send.sent] == [long.view.text]
    [(_, png, caption)] = photo.received
    assert png.startswith(PNG) and caption.text == progress_text.CHART_CAPTION


async def test_without_a_chart_the_summary_goes_as_text(engine: Engine) -> None:
    summary = weekly.weekly([Done(DUE - timedelta(days=60), 4, 2)], DUE, "UTC")
    send, photo = Recorder(), PhotoRecorder()
    dispatcher = ReminderDispatcher(engine, send, Clock(DUE), send_photo=photo)
    assert await dispatcher._send_weekly(claimed(), summary) is Delivery.SENT
    assert [view for _, view in send.sent] == [summary.view] and photo.attempts == 0
