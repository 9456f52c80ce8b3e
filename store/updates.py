"""Processed updates: one insert-or-ignore per update on the primary key. Queries never
commit; the caller owns the transaction."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete
from sqlmodel import Session, col

from store.db import dialect_insert
from store.models import ProcessedUpdate

# Telegram keeps an undelivered update for 24 hours, so a redelivery comes within a day; two
# leave room for a long outage. After a week without updates Telegram picks a random next id.
KEEP = timedelta(days=2)


def claim(db: Session, update_id: int, digest: int, now: datetime) -> bool:
    """Records the update; ``False`` when it was recorded before (a redelivery)."""
    values = {"update_id": update_id, "digest": digest, "seen_at": now}
    statement = (
        dialect_insert(db, ProcessedUpdate)
        .values(values)
        .on_conflict_do_nothing()
        .returning(col(ProcessedUpdate.update_id))
    )
    # RETURNING, not rowcount: through the ORM session psycopg reports -1 for this insert.
    return db.execute(statement).first() is not None


def prune(db: Session, now: datetime) -> int:
    """Forgets updates older than `KEEP`; returns how many rows went."""
    statement = delete(ProcessedUpdate).where(col(ProcessedUpdate.seen_at) < now - KEEP)
    return cast(CursorResult[Any], db.execute(statement)).rowcount or 0
