"""/stats, pure: completed sessions in, the numbers and their text out.

A session counts on the user's local calendar date of its end (``ended_at`` in the user's
timezone, UTC when none is known): that date feeds `coach.progress.streaks` for the current and best
streak and the week (Monday to Sunday) and month counts. Sessions ending after ``now`` are
ignored. ``recent`` holds the last `RECENT` sessions, newest first, with their pain scores.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from coach.progress.streaks import Streak, sessions_in_month, sessions_in_week, streak
from coach.reminders.schedule import local_date
from coach.ui import View
from content import progress as text

RECENT = 5


@dataclass(frozen=True)
class Done:
    """One completed session, as plain values."""

    ended_at: datetime  # aware
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True)
class Recent:
    day: date  # local
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True)
class Stats:
    today: date  # local
    streak: Streak
    this_week: int
    this_month: int
    total: int
    recent: tuple[Recent, ...]

    @property
    def empty(self) -> bool:
        return self.total == 0


def compute(done: Iterable[Done], now: datetime, tz_name: str | None) -> Stats:
    tz = tz_name or "UTC"
    past = sorted((d for d in done if d.ended_at <= now), key=lambda d: d.ended_at)
    days = [local_date(d.ended_at, tz) for d in past]
    today = local_date(now, tz)
    recent = tuple(
        Recent(day, d.pain_before, d.pain_after)
        for day, d in reversed(list(zip(days, past, strict=True))[-RECENT:])
    )
    return Stats(
        today=today,
        streak=streak(days, today),
        this_week=sessions_in_week(days, today),
        this_month=sessions_in_month(days, today),
        total=len(past),
        recent=recent,
    )


def render(stats: Stats) -> View:
    if stats.empty:
        return View(text.EMPTY)
    if stats.streak.current:
        streak_line = text.STREAK.format(
            current=text.days(stats.streak.current), best=text.days(stats.streak.best)
        )
    else:
        streak_line = text.STREAK_NONE.format(best=text.days(stats.streak.best))
    lines = [
        text.TITLE,
        "",
        streak_line,
        text.WEEK_MONTH.format(
            week=text.sessions(stats.this_week), month=text.sessions(stats.this_month)
        ),
        text.TOTAL.format(total=stats.total),
        "",
        text.RECENT_HEADING,
        *(
            text.RECENT_LINE.format(
                day=text.short_date(r.day, with_year=r.day.year != stats.today.year),
                before=text.score(r.pain_before),
                after=text.score(r.pain_after),
            )
            for r in stats.recent
        ),
        "",
        text.FOOTER,
    ]
    return View("\n".join(lines))
