"""Memory: an `Application` that keeps no per-user bookkeeping for a persistence it does not
have."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, Job


class CoachApplication(Application[Any, Any, Any, Any, Any, Any]):
    """PTB's `Application`, except that without a persistence it does not note every chat
    and user id an update came from "to be updated in the persistence": PTB empties those
    two sets only when saving to a persistence, so with none (ours) they only grew, two
    entries per user who ever wrote (about 0.1 KB per user)."""

    __slots__ = ()

    def _mark_for_persistence_update(
        self, *, update: object | None = None, job: Job[Any] | None = None
    ) -> None:
        if self.persistence is not None:
            super()._mark_for_persistence_update(update=update, job=job)
