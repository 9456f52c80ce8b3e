"""Streak care, pure: held days bridge a streak, missed days skip held days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.progress.streaks import Streak, missed_days, streak

TODAY = date(2026, 3, 18)


def d(n: int) -> date:
    """``n`` days before today."""
    return TODAY - timedelta(days=n)


@pytest.mark.parametrize(
    ("sessions", "held", "expected"),
    [
        ([], [], Streak(0, 0)),
        ([], [d(0), d(1)], Streak(0, 0)),  # held days alone are not a streak
        ([d(0)], [], Streak(1, 1)),
        ([d(1)], [], Streak(1, 1)),  # today is not over yet
        ([d(2)], [], Streak(0, 1)),
        ([d(2)], [d(1)], Streak(1, 1)),  # held yesterday: still going
        ([d(3), d(1)], [d(2)], Streak(2, 2)),  # a held day in between bridges
        ([d(4), d(3), d(1)], [d(2)], Streak(3, 3)),
        ([d(5), d(4), d(1)], [d(3)], Streak(1, 2)),  # d(2) not held: broken
        ([d(3), d(1)], [d(2), d(1)], Streak(2, 2)),  # held and done the same day: counts
        ([d(0)], [d(1), d(2), d(3)], Streak(1, 1)),
        ([d(4), d(0)], [d(1), d(2), d(3)], Streak(2, 2)),  # three held days in a row
        ([d(-1)], [], Streak(0, 0)),  # future ignored
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
