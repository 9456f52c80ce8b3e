from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.progress.streaks import (
    Streak,
    missed_days,
    sessions_in_month,
    sessions_in_week,
    streak,
)

TODAY = date(2026, 3, 18)  # a Wednesday


def ago(*days: int) -> list[date]:
    return [TODAY - timedelta(days=d) for d in days]


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([], Streak(0, 0)),
        (ago(0), Streak(1, 1)),
        (ago(1), Streak(1, 1)),  # no session yet today: yesterday's streak still counts
        (ago(2), Streak(0, 1)),
        (ago(0, 1, 2), Streak(3, 3)),
        (ago(1, 2, 3), Streak(3, 3)),
        (ago(0, 0, 1), Streak(2, 2)),  # two sessions on a day count once
        (ago(0, 2, 3, 4, 5), Streak(1, 4)),
        (ago(10, 11, 12, 0, 1), Streak(2, 3)),
        ([*ago(0), TODAY + timedelta(days=1)], Streak(1, 1)),  # future dates ignored
    ],
)
def test_streak(dates, expected):
    assert streak(dates, TODAY) == expected


def test_sessions_in_week_and_month():
    dates = [
        *ago(0, 0, 1, 2),  # Wed x2, Tue, Mon
        *ago(3),  # Sunday: last week
        date(2026, 3, 1),
        date(2026, 2, 28),
        TODAY + timedelta(days=1),
    ]
    assert sessions_in_week(dates, TODAY) == 4
    assert sessions_in_month(dates, TODAY) == 6


# --- streak care: held days (red, clinician sign, pain stop) never break a streak -----------


def d(n: int) -> date:
    """``n`` days before today."""
    return TODAY - timedelta(days=n)


@pytest.mark.parametrize(
    ("sessions", "held", "expected"),
    [
        ([], [], Streak(0, 0)),
        ([], [d(0), d(1)], Streak(0, 0)),  # held days alone are not a streak
        ([d(2)], [d(1)], Streak(1, 1)),  # held yesterday: still going
        ([d(3), d(1)], [d(2)], Streak(2, 2)),  # a held day in between bridges
        ([d(4), d(3), d(1)], [d(2)], Streak(3, 3)),
        ([d(5), d(4), d(1)], [d(3)], Streak(1, 2)),  # d(2) not held: broken
        ([d(3), d(1)], [d(2), d(1)], Streak(2, 2)),  # held and done the same day: counts
        ([d(0)], [d(1), d(2), d(3)], Streak(1, 1)),
        ([d(4), d(0)], [d(1), d(2), d(3)], Streak(2, 2)),  # three held days in a row
        ([d(-1)], [d(0)], Streak(0, 0)),  # future ignored
    ],
)
def test_streak_with_held_days(sessions, held, expected):
    assert streak(sessions, TODAY, held) == expected


@pytest.mark.parametrize(
    ("sessions", "held", "expected"),
    [
        ([], [], 0),
        ([d(0)], [], 0),
        ([d(1)], [], 0),
        ([d(2)], [], 1),
        ([d(4)], [], 3),
        ([d(4)], [d(2)], 2),
        ([d(4)], [d(1), d(2), d(3)], 0),
        ([d(10), d(4)], [], 3),  # from the last session
    ],
)
def test_missed_days_skip_held_days_and_today(sessions, held, expected):
    assert missed_days(sessions, TODAY, held) == expected
