"""The photo cache: picture key and content hash to Telegram's ``file_id``."""

from __future__ import annotations

from sqlmodel import Session

from store.models import PhotoCache
from store.types import utcnow


def cached_file_id(db: Session, key: str, sha256: str) -> str | None:
    row = db.get(PhotoCache, key)
    return row.file_id if row is not None and row.sha256 == sha256 else None


def remember(db: Session, key: str, sha256: str, file_id: str) -> None:
    row = db.get(PhotoCache, key)
    if row is None:
        db.add(PhotoCache(key=key, sha256=sha256, file_id=file_id))
    else:
        row.sha256, row.file_id, row.updated_at = sha256, file_id, utcnow()


def forget(db: Session, key: str) -> None:
    row = db.get(PhotoCache, key)
    if row is not None:
        db.delete(row)
