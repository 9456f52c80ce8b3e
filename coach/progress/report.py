"""The /report summary's data, pure: records in, `content.report.ReportData` out.

The last ``days`` local days up to today (30 or 90, `PERIODS`), on the user's calendar (UTC
when no zone is known; a session before a zone change is shown in the zone known now).
The first health screen (onboarding) always; other screenings, ended sessions (completed,
stopped, hurt) and flare check-ins in the period; an
unfinished session is not among the records given. The chart is the same data as /stats'
over the period (`coach.progress.chart`), drawn by the caller.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from coach.progress.chart import chart_data
from coach.progress.view import COMPLETED, HURT, Done
from coach.reminders.schedule import local_date
from content.charts import ChartData
from content.report import FlareRow, ReportData, ScreeningRow, SessionRow

PERIODS = (30, 90)
DEFAULT_DAYS = 30
PREFIX = "rp1"  # the report's buttons: ``rp1:<days>``


def period_button(days: int) -> str:
    return f"{PREFIX}:{days}"


def decode_period(data: str) -> int | None:
    """The period a report button asks for, or ``None`` for anything else (old or forged);
    an owner field (``~...``, see `coach.callbacks.with_owner`) is ignored."""
    fields = data.split(":")
    if len(fields) < 2 or fields[0] != PREFIX or not fields[1].isdigit():
        return None
    days = int(fields[1])
    return days if days in PERIODS else None


@dataclass(frozen=True)
class Screened:
    at: datetime  # aware
    kind: str
    answers: str  # JSON list of ticked sign keys
    pain: int | None
    decision: str


@dataclass(frozen=True)
class Ended:
    done: Done
    style: str | None
    flare_settled: bool | None


def _ticked(answers: str) -> tuple[str, ...]:
    try:
        value = json.loads(answers)
    except ValueError:
        return ()
    if isinstance(value, list):
        return tuple(str(v).replace("_", " ") for v in value)
    if isinstance(value, dict):  # the onboarding screen stores its answers as an object
        signs = value.get("signs", [])
        return tuple(str(v).replace("_", " ") for v in signs) if isinstance(signs, list) else ()
    return ()


def report_data(
    *,
    name: str,
    days: int,
    now: datetime,
    tz_name: str | None,
    screenings: Iterable[Screened],
    ended: Iterable[Ended],
    held: Iterable[datetime],
) -> tuple[ReportData, ChartData]:
    """The report's values, and the chart's data (to draw into ``chart_png``)."""
    tz = tz_name or "UTC"
    zone = ZoneInfo(tz)
    today = local_date(now, tz)
    first = today - timedelta(days=days - 1)
    ended = [e for e in ended if e.done.ended_at <= now]
    held = [h for h in held if h <= now]

    def inside(at: datetime) -> bool:
        return first <= local_date(at, tz) <= today

    sessions = tuple(
        SessionRow(
            e.done.ended_at.astimezone(zone),
            e.style,
            e.done.pain_before,
            e.done.pain_after,
            e.done.how,
        )
        for e in ended
        if inside(e.done.ended_at)
    )
    completed_days = {local_date(e.done.ended_at, tz) for e in ended if e.done.how == COMPLETED}
    held_days = {local_date(h, tz) for h in held if inside(h)}
    held_days |= {local_date(e.done.ended_at, tz) for e in ended if e.done.how == HURT}
    held_days = {d for d in held_days if first <= d <= today} - completed_days
    chart = chart_data([e.done for e in ended], now, tz_name, held, days)
    data = ReportData(
        name=name,
        days=days,
        first=first,
        last=today,
        tz=tz,
        made=now.astimezone(zone),
        screenings=tuple(
            ScreeningRow(s.at.astimezone(zone), s.kind, _ticked(s.answers), s.pain, s.decision)
            for s in screenings
            if s.at <= now and (inside(s.at) or s.kind == "onboarding")
        ),
        sessions=sessions,
        flares=tuple(
            FlareRow(e.done.ended_at.astimezone(zone), e.flare_settled)
            for e in ended
            if e.flare_settled is not None and inside(e.done.ended_at)
        ),
        held_days=len(held_days),
        streak=chart.streak,
        chart_png=None,
    )
    return data, chart
