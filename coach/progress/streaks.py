"""Streaks and session counts from local calendar dates, pure.

Input is one local ``date`` per session (duplicates allowed: two sessions on one day count once
for a streak and twice for the week and month counts). Dates after ``today`` are ignored.

- `streak`: ``current`` is the run of consecutive days ending today, or ending yesterday if
  there is no session yet today (so the streak is not "lost" before the day is over); ``best``
  is the longest run ever, at least ``current``.
- `sessions_in_week`: sessions in today's Monday-to-Sunday week, up to today.
- `sessions_in_month`: sessions in today's calendar month, up to today.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Streak:
    current: int
    best: int


def streak(session_dates_local: Iterable[date], today: date) -> Streak:
    days = sorted({d for d in session_dates_local if d <= today})
    best = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == _DAY else 1
        best = max(best, run)
        previous = day
    present = set(days)
    cursor = today if today in present else today - _DAY
    current = 0
    while cursor in present:
        current += 1
        cursor -= _DAY
    return Streak(current=current, best=max(best, current))


def sessions_in_week(session_dates_local: Iterable[date], today: date) -> int:
    monday = today - timedelta(days=today.weekday())
    return sum(1 for d in session_dates_local if monday <= d <= today)


def sessions_in_month(session_dates_local: Iterable[date], today: date) -> int:
    first = today.replace(day=1)
    return sum(1 for d in session_dates_local if first <= d <= today)
