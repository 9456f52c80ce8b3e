"""Processed updates: one insert-or-ignore per update on the primary key. Queries never
commit; the caller owns the transaction.

`claim` and `prune` take an ORM `Session` or a Core `Connection`: the update gate runs for
every update, so it uses a plain connection and statements built once per dialect (building
and compiling them per call cost more than the insert itself)."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Insert, bindparam, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from store.models import ProcessedUpdate

# Telegram keeps an undelivered update for 24 hours, so a redelivery comes within a day; two
# leave room for a long outage. After a week without updates Telegram picks a random next id.
KEEP = timedelta(days=2)


@cache
def _claim_statement(dialect_name: str) -> Insert:
    insert = sqlite.insert if dialect_name == "sqlite" else postgresql.insert
    statement: Insert = (
        insert(ProcessedUpdate)
        .values(
            update_id=bindparam("update_id"),
            digest=bindparam("digest"),
            seen_at=bindparam("seen_at"),
        )
        .on_conflict_do_nothing()
        .returning(col(ProcessedUpdate.update_id))
    )
    return statement


def _dialect_name(db: Session | Connection) -> str:
    bind = db.get_bind() if isinstance(db, Session) else db
    return bind.dialect.name


def claim(db: Session | Connection, update_id: int, digest: int, now: datetime) -> bool:
    """Records the update; ``False`` when it was recorded before (a redelivery)."""
    statement = _claim_statement(_dialect_name(db))
    values = {"update_id": update_id, "digest": digest, "seen_at": now}
    # RETURNING, not rowcount: through the ORM session psycopg reports -1 for this insert.
    return db.execute(statement, values).first() is not None


def prune(db: Session | Connection, now: datetime) -> int:
    """Forgets updates older than `KEEP`; returns how many rows went."""
    statement = delete(ProcessedUpdate).where(col(ProcessedUpdate.seen_at) < now - KEEP)
    return cast(CursorResult[Any], db.execute(statement)).rowcount or 0
