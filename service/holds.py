"""Holds caused by warning signs that are not stored yet (the database was locked or failing):
they count from the moment the sign arrived, so no session starts in between."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from store.sessions import HoldCauses

EMERGENCY, CLINICIAN = "emergency", "clinician"


@dataclass(frozen=True)
class SignReport:
    """A warning sign typed by a user. Only the sign keys are kept, never the message."""

    user_id: int
    chat_id: int
    first_name: str
    language: str | None
    signs: tuple[str, ...]
    level: str  # coach.questions.triage.TriageLevel value
    at: datetime


class PendingHolds:
    """Reports not stored yet, by user: the holds they cause count from the moment they arrive."""

    def __init__(self) -> None:
        self._reports: dict[int, list[SignReport]] = {}

    def add(self, report: SignReport) -> None:
        self._reports.setdefault(report.user_id, []).append(report)

    def stored(self, report: SignReport) -> None:
        left = [r for r in self._reports.get(report.user_id, []) if r is not report]
        if left:
            self._reports[report.user_id] = left
        else:
            self._reports.pop(report.user_id, None)

    def causes(self, user_id: int) -> HoldCauses:
        reports = self._reports.get(user_id, [])
        return HoldCauses(
            max((r.at for r in reports if r.level == EMERGENCY), default=None),
            max((r.at for r in reports if r.level == CLINICIAN), default=None),
        )
