"""The one-page summary for a clinician, as PDF bytes: used by /report and by /export.

The records are read in one transaction, gathered by the pure core (`coach.progress.report`),
then the chart is drawn and the PDF built in a worker thread (Pillow and fpdf2 are imported
only then, and never run on the event loop).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from coach.progress import report as report_data
from coach.progress import view as progress
from content import charts
from content import progress as progress_text
from content import report as report_pdf
from store import asyncdb, sessions, users
from store.models import Screening

EVER = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Report:
    pdf: bytes
    days: int
    last: date  # the period's last local day

    @property
    def filename(self) -> str:
        return progress_text.REPORT_FILE.format(days=self.days, day=self.last.isoformat())


Records = tuple[
    str, str | None, list[report_data.Screened], list[report_data.Ended], list[datetime]
]


def _read(db: Session, user_id: int) -> Records:
    user = users.get(db, user_id)
    rows = db.exec(
        select(Screening).where(col(Screening.user_id) == user_id)
    ).all()  # one user's screenings: a handful a day at most
    screened = [report_data.Screened(r.at, r.kind, r.answers, r.pain, r.decision) for r in rows]
    ended = [
        report_data.Ended(
            progress.Done(row.ended_at, row.pain_before, row.pain_after, how),
            row.style,
            row.flare_settled,
        )
        for row in sessions.ended_since(db, user_id, EVER)
        if row.ended_at is not None and (how := progress.how_ended(row.completed, row.outcome))
    ]
    held = list(sessions.held_since(db, user_id, EVER, progress.HELD_DECISIONS))
    name = (user.first_name if user is not None else None) or progress_text.REPORT_NAME
    return name, (user.timezone if user is not None else None), screened, ended, held


async def build_report(engine: Engine, user_id: int, now: datetime, days: int) -> Report | None:
    """The last ``days`` days as a one-page PDF; None when the user has no ended session."""
    name, tz_name, screened, ended, held = await asyncdb.run(engine, lambda db: _read(db, user_id))
    if not ended:
        return None

    def gather(tz: str | None) -> tuple[report_pdf.ReportData, charts.ChartData]:
        return report_data.report_data(
            name=name, days=days, now=now, tz_name=tz, screenings=screened, ended=ended, held=held
        )

    try:
        data, chart_values = gather(tz_name)
    except (ValueError, KeyError):  # a stored timezone we can no longer read: UTC
        data, chart_values = gather(None)

    def build() -> bytes:
        png = charts.render_png(chart_values)
        return report_pdf.build_pdf(replace(data, chart_png=png))

    pdf = await asyncio.to_thread(build)  # Pillow and fpdf2 off the event loop
    return Report(pdf, days, data.last)
