"""Streaks and session counts from local calendar dates, pure.

Input is one local ``date`` per session (duplicates allowed: two sessions on one day count once
for a streak and twice for the week and month counts). Dates after ``today`` are ignored.

- `streak`: ``current`` is the run of consecutive days ending today, or ending yesterday if
  there is no session yet today (so the streak is not "lost" before the day is over); ``best``
  is the longest run ever, at least ``current``.
- Held days (``held``: local dates the coach held exercise for safety: a red answer, a
  clinician sign, a session stopped for pain) never break a streak: they neither add to it nor
  end it, like a bridge between the days around them. A day with a session counts even if it
  is also held.
- `missed_days`: whole days since the last session, today not counted, held days not
  counted; 0 with no session ever. `WELCOME_BACK_AFTER` (3) or more: say "welcome back".
- `sessions_in_week`: sessions in today's Monday-to-Sunday week, up to today.
- `sessions_in_month`: sessions in today's calendar month, up to today.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

_DAY = timedelta(days=1)
WELCOME_BACK_AFTER = 3  # missed days, as the reminders' short version


@dataclass(frozen=True)
class Streak:
    current: int
    best: int


def streak(session_dates_local: Iterable[date], today: date, held: Iterable[date] = ()) -> Streak:
    days = sorted({d for d in session_dates_local if d <= today})
    present = set(days)
    rest = {d for d in held if d <= today} - present
    best = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and _bridged(previous, day, rest) else 1
        best = max(best, run)
        previous = day
    cursor = today if today in present else today - _DAY
    current = 0
    while cursor in present or cursor in rest:
        current += cursor in present
        cursor -= _DAY
    return Streak(current=current, best=max(best, current))


def _bridged(earlier: date, later: date, rest: set[date]) -> bool:
    """True when every day strictly between ``earlier`` and ``later`` is a held day."""
    cursor = earlier + _DAY
    while cursor < later:
        if cursor not in rest:
            return False
        cursor += _DAY
    return True


def missed_days(session_dates_local: Iterable[date], today: date, held: Iterable[date] = ()) -> int:
    past = [d for d in session_dates_local if d <= today]
    if not past:
        return 0
    last, rest = max(past), set(held)
    return sum(1 for i in range(1, (today - last).days) if last + timedelta(days=i) not in rest)


def sessions_in_week(session_dates_local: Iterable[date], today: date) -> int:
    monday = today - timedelta(days=today.weekday())
    return sum(1 for d in session_dates_local if monday <= d <= today)


def sessions_in_month(session_dates_local: Iterable[date], today: date) -> int:
    first = today.replace(day=1)
    return sum(1 for d in session_dates_local if first <= d <= today)
