"""The pain chart's data, pure: ended sessions and held instants in, `content.charts.ChartData`
out, on the user's local calendar.

The last `DAYS` local days up to today. Each ended session (completed, stopped, hurt) is a
point on the local day it ended; a held day (a safety hold with no session that day, or a
session ended by pain) is a rest day. Sessions in the future are ignored; a session ended
before a time-zone change falls on the day it was in the zone known now.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from coach.progress.streaks import streak
from coach.progress.view import COMPLETED, HURT, Done
from coach.reminders.schedule import local_date
from content.charts import ChartData, Point

DAYS = 30


def chart_data(
    done: Iterable[Done],
    now: datetime,
    tz_name: str | None,
    held: Iterable[datetime] = (),
    days: int = DAYS,
) -> ChartData:
    tz = tz_name or "UTC"
    today = local_date(now, tz)
    first = today - timedelta(days=days - 1)
    ended = sorted((d for d in done if d.ended_at <= now), key=lambda d: d.ended_at)
    session_days = [local_date(d.ended_at, tz) for d in ended]
    held_days = {local_date(h, tz) for h in held if h <= now}
    held_days |= {day for day, d in zip(session_days, ended, strict=True) if d.how == HURT}
    completed_days = [day for day, d in zip(session_days, ended, strict=True) if d.how == COMPLETED]
    points = tuple(
        Point((day - first).days, d.pain_before, d.pain_after, d.how)
        for day, d in zip(session_days, ended, strict=True)
        if day >= first
    )
    rest = frozenset(
        (day - first).days for day in held_days - set(completed_days) if first <= day <= today
    )
    return ChartData(
        first=first,
        days=days,
        points=points,
        rest=rest,
        streak=streak(completed_days, today, held_days).current,
    )
