"""The weekly summary: pure text and trend, and the dispatcher sending it once on its day with
the reminder, never on a held day (real SQLite store, injected clock, recording ``send``)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from coach.progress import weekly
from coach.progress.view import Done
from scheduler.dispatcher import ReminderDispatcher
from store.db import transaction
from store.models import ExerciseSession, Reminder, Screening
from tests.unit.test_dispatcher import DAY, DUE, Clock, Recorder, db_path, engine, seed

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
