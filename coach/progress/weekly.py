"""The weekly summary, pure: the last seven local days up to today, in one short message.

Sessions completed this week (today and the six days before), the pain trend in one sentence
(the average pain after sessions this week against the week before: lower, about the same
(within `SAME_WITHIN`), higher, or not enough scores), and the streak and best streak (held
days never break it, `coach.progress.streaks`). `due` says whether the summary goes out with
a reminder fired on ``local_day``: on the chosen weekday, once per local date. `weekly` adds
the pain chart of the last 30 days (`coach.progress.chart`), which the summary captions; none
when there is nothing to draw.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from coach.progress import chart
from coach.progress.view import COMPLETED, Done, compute
from coach.reminders.schedule import local_date
from coach.ui import View
from content import progress as text
from content.charts import ChartData

SAME_WITHIN = 0.5


def due(weekly_day: int | None, sent_date: date | None, local_day: date) -> bool:
    return weekly_day is not None and local_day.weekday() == weekly_day and sent_date != local_day


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def trend(done: Iterable[Done], today: date, tz: str) -> str:
    this_week: list[int] = []
    last_week: list[int] = []
    for d in done:
        if d.pain_after is None:
            continue
        age = (today - local_date(d.ended_at, tz)).days
        if 0 <= age < 7:
            this_week.append(d.pain_after)
        elif 7 <= age < 14:
            last_week.append(d.pain_after)
    now_mean, before_mean = _mean(this_week), _mean(last_week)
    if now_mean is None:
        return text.TREND_NONE
    if before_mean is None:
        return text.TREND_FIRST.format(now=f"{now_mean:.1f}")
    values = {"now": f"{now_mean:.1f}", "before": f"{before_mean:.1f}"}
    if now_mean <= before_mean - SAME_WITHIN:
        return text.TREND_LOWER.format(**values)
    if now_mean >= before_mean + SAME_WITHIN:
        return text.TREND_HIGHER.format(**values)
    return text.TREND_SAME.format(**values)


@dataclass(frozen=True)
class Weekly:
    view: View  # the summary; the chart's caption when it fits one
    chart: ChartData | None  # None: nothing to draw in the last 30 days


def weekly(
    done: Iterable[Done], now: datetime, tz_name: str | None, held: Iterable[datetime] = ()
) -> Weekly:
    done, held = list(done), list(held)
    data = chart.chart_data(done, now, tz_name, held)
    drawn = None if data.empty else data
    return Weekly(summary(done, now, tz_name, held, with_chart=drawn is not None), drawn)


def summary(
    done: Iterable[Done],
    now: datetime,
    tz_name: str | None,
    held: Iterable[datetime] = (),
    *,
    with_chart: bool = False,
) -> View:
    tz = tz_name or "UTC"
    done = [d for d in done if d.ended_at <= now]
    stats = compute(done, now, tz_name, held)
    week_start = stats.today - timedelta(days=6)
    count = sum(1 for d in done if d.how == COMPLETED and local_date(d.ended_at, tz) >= week_start)
    lines = [
        text.WEEKLY_TITLE,
        "",
        text.WEEKLY_SESSIONS.format(sessions=text.sessions(count)),
        trend(done, stats.today, tz),
        (
            text.WEEKLY_WELCOME_BACK.format(best=text.days(stats.streak.best))
            if stats.welcome_back
            else text.WEEKLY_STREAK.format(
                current=text.days(stats.streak.current), best=text.days(stats.streak.best)
            )
        ),
        "",
        text.WEEKLY_FOOTER_CHART if with_chart else text.WEEKLY_FOOTER,
    ]
    return View("\n".join(lines))
