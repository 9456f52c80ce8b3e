"""A user's whole record, for /export and /delete (SAFETY.md 8). Queries never commit.

The tables are found generically in ``SQLModel.metadata``: every table keyed to a user (the
``users`` row by ``id``, every other table by ``user_id``) is exported and erased, so a table
added later is covered without touching this module. Tables that hold no user data are listed
in `NOT_USER_DATA`; a table that is neither raises `UnmappedTable` rather than being skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Column, CursorResult, Table, delete, func, select
from sqlmodel import Session, SQLModel, col

from store.models import ExerciseSession  # also registers every table in SQLModel.metadata

# Pictures' Telegram file ids, shared by everyone; update ids with a digest of their content.
NOT_USER_DATA = frozenset({"photo_cache", "processed_updates"})
USERS = "users"
FORMAT = 1

# Columns that hold JSON text: exported as the JSON they hold, not as an escaped string.
JSON_COLUMNS = frozenset(
    {
        ("users", "onboarding_answers"),
        ("users", "onboarding_state"),
        ("users", "settings"),
        ("screenings", "answers"),
        ("sessions", "state"),
    }
)
# How a table is named in the export, and whether a user has at most one row there.
SECTIONS: dict[str, tuple[str, bool]] = {
    "users": ("profile", True),
    "screenings": ("screenings", False),
    "sessions": ("sessions", False),
    "reminders": ("reminder", True),
}


class UnmappedTable(RuntimeError):
    """A table neither keyed to a user nor listed as holding no user data."""


def user_tables() -> Iterator[tuple[Table, Column[Any]]]:
    """Every table holding user data, with the column that names the user."""
    for table in SQLModel.metadata.sorted_tables:
        if table.name in NOT_USER_DATA:
            continue
        column = table.c.get("id") if table.name == USERS else table.c.get("user_id")
        if column is None:
            raise UnmappedTable(f"table {table.name!r} has no user_id column")
        yield table, column


def rows(db: Session, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """The user's rows of every user table (table name to rows as column dicts, in key
    order); tables where the user has no row are included, empty."""
    found: dict[str, list[dict[str, Any]]] = {}
    for table, column in user_tables():
        statement = select(table).where(column == user_id).order_by(*table.primary_key.columns)
        found[table.name] = [dict(row._mapping) for row in db.execute(statement)]
    return found


def has_data(db: Session, user_id: int) -> bool:
    for table, column in user_tables():
        statement = select(func.count()).select_from(table).where(column == user_id)
        if db.execute(statement).scalar_one():
            return True
    return False


def erase(db: Session, user_id: int) -> int:
    """Deletes every row of the user in every user table; returns how many rows went."""
    erased = 0
    for table, column in reversed(list(user_tables())):  # children before parents
        result = cast(CursorResult[Any], db.execute(delete(table).where(column == user_id)))
        erased += result.rowcount or 0
    return erased


# --- the export document ------------------------------------------------------------------


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``: ``2026-03-18T07:30:00Z`` (microseconds when present)."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def json_value(table: str, column: str, value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and (table, column) in JSON_COLUMNS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def document(found: dict[str, list[dict[str, Any]]], now: datetime) -> dict[str, Any]:
    """The export as JSON-ready values: ``exported_at``, ``format``, then one section per
    table (`SECTIONS`; other tables under their own name)."""
    out: dict[str, Any] = {"format": FORMAT, "exported_at": iso_utc(now)}
    for table, table_rows in found.items():
        converted = [
            {column: json_value(table, column, value) for column, value in row.items()}
            for row in table_rows
        ]
        name, single = SECTIONS.get(table, (table, False))
        if single and len(converted) <= 1:
            out[name] = converted[0] if converted else None
        else:
            out[name] = converted
    return out


def active_sessions(db: Session, user_id: int) -> list[tuple[int, int, int | None]]:
    """``(id, chat_id, message_id)`` of the user's open sessions, whose timers must stop."""
    statement = select(
        col(ExerciseSession.id), col(ExerciseSession.chat_id), col(ExerciseSession.message_id)
    ).where(col(ExerciseSession.user_id) == user_id, col(ExerciseSession.active).is_(True))
    return [(row_id, chat_id, message_id) for row_id, chat_id, message_id in db.execute(statement)]


def export_json(db: Session, user_id: int, now: datetime) -> bytes:
    return json.dumps(document(rows(db, user_id), now), indent=2, ensure_ascii=False).encode()
