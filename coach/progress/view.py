"""/stats, pure: ended sessions in, the numbers and their text out.

Sessions are completed, stopped early (``/stop``, "stop") or hurt (ended by pain). Only
completed sessions count for the streak and the counts; stopped and hurt ones are listed as
such among the recent sessions, since they are part of the story. Held days (``held``: when
the coach said no exercise for safety) never break the streak. After
`streaks.WELCOME_BACK_AFTER` missed days the streak line says "welcome back", not "0 days".

A session counts on the user's local calendar date of its end (``ended_at`` in the user's
timezone, UTC when none is known): that date feeds `coach.progress.streaks` for the current and best
streak and the week (Monday to Sunday) and month counts. Sessions ending after ``now`` are
ignored. ``recent`` holds the last `RECENT` sessions, newest first, with their pain scores.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from coach.progress.streaks import (
    WELCOME_BACK_AFTER,
    Streak,
    missed_days,
    sessions_in_month,
    sessions_in_week,
    streak,
)
from coach.reminders.schedule import local_date
from coach.screening import rules as screening
from coach.ui import View
from content import progress as text

RECENT = 5


COMPLETED = "completed"
STOPPED = "stopped"
HURT = "hurt"
# Screening answers that held exercise for safety: such a day never breaks a streak.
HELD_DECISIONS = screening.REST_DAY_DECISIONS | {screening.Outcome.EMERGENCY.value}


@dataclass(frozen=True)
class Done:
    """One ended session, as plain values. ``how``: `COMPLETED`, `STOPPED` or `HURT`."""

    ended_at: datetime  # aware
    pain_before: int | None
    pain_after: int | None
    how: str = COMPLETED


def how_ended(completed: bool, outcome: str | None) -> str:
    """How a stored session ended (`COMPLETED`, `STOPPED`, `HURT`); "" for one held before it
    began, which is not shown."""
    if outcome == HURT:
        return HURT
    if completed:
        return COMPLETED
    return STOPPED if outcome == STOPPED else ""


@dataclass(frozen=True)
class Recent:
    day: date  # local
    pain_before: int | None
    pain_after: int | None
    how: str = COMPLETED


@dataclass(frozen=True)
class Stats:
    today: date  # local
    streak: Streak
    this_week: int
    this_month: int
    total: int
    recent: tuple[Recent, ...]
    stopped: int = 0
    hurt: int = 0
    missed: int = 0

    @property
    def empty(self) -> bool:
        return self.total == 0 and self.stopped == 0 and self.hurt == 0

    @property
    def welcome_back(self) -> bool:
        return self.streak.current == 0 and self.missed >= WELCOME_BACK_AFTER


def compute(
    done: Iterable[Done],
    now: datetime,
    tz_name: str | None,
    held: Iterable[datetime] = (),
) -> Stats:
    """``held``: instants the coach held exercise for safety (aware)."""
    tz = tz_name or "UTC"
    ended = sorted((d for d in done if d.ended_at <= now), key=lambda d: d.ended_at)
    past = [d for d in ended if d.how == COMPLETED]
    days = [local_date(d.ended_at, tz) for d in past]
    held_days = [local_date(h, tz) for h in held if h <= now]
    held_days += [local_date(d.ended_at, tz) for d in ended if d.how == HURT]
    today = local_date(now, tz)
    recent = tuple(
        Recent(local_date(d.ended_at, tz), d.pain_before, d.pain_after, d.how)
        for d in reversed(ended[-RECENT:])
    )
    return Stats(
        today=today,
        streak=streak(days, today, held_days),
        this_week=sessions_in_week(days, today),
        this_month=sessions_in_month(days, today),
        total=len(past),
        recent=recent,
        stopped=sum(1 for d in ended if d.how == STOPPED),
        hurt=sum(1 for d in ended if d.how == HURT),
        missed=missed_days(days, today, held_days),
    )


def render(stats: Stats) -> View:
    if stats.empty:
        return View(text.EMPTY)
    if stats.streak.current:
        streak_line = text.STREAK.format(
            current=text.days(stats.streak.current), best=text.days(stats.streak.best)
        )
    elif stats.welcome_back:
        streak_line = text.STREAK_WELCOME_BACK.format(best=text.days(stats.streak.best))
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
        *(
            [text.NOT_FINISHED.format(stopped=stats.stopped, hurt=stats.hurt)]
            if stats.stopped or stats.hurt
            else []
        ),
        "",
        text.RECENT_HEADING,
        *(
            text.RECENT_LINE.format(
                day=text.short_date(r.day, with_year=r.day.year != stats.today.year),
                before=text.score(r.pain_before),
                after=text.score(r.pain_after),
            )
            + text.HOW_MARK.get(r.how, "")
            for r in stats.recent
        ),
        "",
        text.FOOTER,
    ]
    return View("\n".join(lines))
