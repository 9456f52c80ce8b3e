"""The photo cache: picture key and content hash to Telegram's ``file_id``."""

from __future__ import annotations

from sqlmodel import Session, col

from store.db import dialect_insert
from store.models import PhotoCache
from store.types import utcnow


def cached_file_id(db: Session, key: str, sha256: str) -> str | None:
    row = db.get(PhotoCache, key)
    return row.file_id if row is not None and row.sha256 == sha256 else None


def remember(db: Session, key: str, sha256: str, file_id: str) -> None:
    """One upsert: two chats uploading the same new picture at once both land (the later
    ``file_id`` wins; either is good)."""
    values = {"key": key, "sha256": sha256, "file_id": file_id, "updated_at": utcnow()}
    statement = dialect_insert(db, PhotoCache).values(values)
    db.execute(
        statement.on_conflict_do_update(
            index_elements=[col(PhotoCache.key)],
            set_={name: statement.excluded[name] for name in ("sha256", "file_id", "updated_at")},
        )
    )


def forget(db: Session, key: str) -> None:
    row = db.get(PhotoCache, key)
    if row is not None:
        db.delete(row)
