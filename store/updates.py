"""Processed updates: one insert-or-ignore per update on the primary key. Queries never
commit; the caller owns the transaction.

`claim` runs for every update, in the update gate's unit on the driver's cursor
(`store.driver`), with its statement built once per dialect; `prune`, once an hour, takes an
ORM `Session` or a Core `Connection`."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, CursorResult, Insert, bindparam, delete
from sqlalchemy.dialects import sqlite
from sqlmodel import Session, col

from store.driver import Run
from store.models import ProcessedUpdate

if TYPE_CHECKING:
    from sqlalchemy.dialects import postgresql

# Telegram keeps an undelivered update for 24 hours, so a redelivery comes within a day; two
# leave room for a long outage. After a week without updates Telegram picks a random next id.
KEEP = timedelta(days=2)


@cache
def _claim_statement(dialect_name: str) -> Insert:
    if dialect_name == "sqlite":
        start: sqlite.Insert | postgresql.Insert = sqlite.insert(ProcessedUpdate)
    else:  # imported only with PostgreSQL (its dialect module is about 2 MB of RSS)
        from sqlalchemy.dialects import postgresql

        start = postgresql.insert(ProcessedUpdate)
    statement: Insert = (
        start.values(
            update_id=bindparam("update_id"),
            digest=bindparam("digest"),
            seen_at=bindparam("seen_at"),
        )
        .on_conflict_do_nothing()
        .returning(col(ProcessedUpdate.update_id))
    )
    return statement


def claim(run: Run, update_id: int, digest: int, now: datetime) -> bool:
    """Records the update; ``False`` when it was recorded before (a redelivery)."""
    statement = _claim_statement(run.dialect.name)
    return run.first(statement, update_id=update_id, digest=digest, seen_at=now) is not None


def prune(db: Session | Connection, now: datetime) -> int:
    """Forgets updates older than `KEEP`; returns how many rows went."""
    statement = delete(ProcessedUpdate).where(col(ProcessedUpdate.seen_at) < now - KEEP)
    return cast(CursorResult[Any], db.execute(statement)).rowcount or 0
