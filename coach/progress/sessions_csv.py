"""The sessions as CSV for /export, pure: one row per session, every stored column a user
would want, times in UTC ISO 8601 (``Z``), empty cells for missing values."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

COLUMNS = (
    "id",
    "started_at",
    "ended_at",
    "style",
    "variant",
    "outcome",
    "completed",
    "active",
    "pain_before",
    "pain_after",
    "flare_settled",
)


@dataclass(frozen=True)
class SessionRecord:
    id: int
    started_at: datetime
    ended_at: datetime | None
    style: str | None
    variant: str | None
    outcome: str | None
    completed: bool
    active: bool
    pain_before: int | None
    pain_after: int | None
    flare_settled: bool | None


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def sessions_csv(records: Iterable[SessionRecord]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in records:
        writer.writerow([_cell(getattr(r, c)) for c in COLUMNS])
    return out.getvalue().encode("utf-8")
