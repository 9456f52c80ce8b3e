"""The ``file_id`` cache's write: an upsert (two chats uploading one new picture at once both
land; on PostgreSQL the race itself is in ``tests/pg/test_store_pg.py``), and a failed write
is logged, never raised into the send that just succeeded."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text

from service.pictures import remember_file_id
from store.db import create_db_engine, migrate, transaction
from store.photos import cached_file_id


async def test_remembering_a_known_key_again_updates_it(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'coach.sqlite3'}")
    migrate(engine)
    await remember_file_id(engine, "cover", "aa", "file-A")
    await remember_file_id(engine, "cover", "aa", "file-B")
    with transaction(engine) as db:
        assert cached_file_id(db, "cover", "aa") == "file-B"
    engine.dispose()


async def test_the_same_id_can_be_remembered_again(tmp_path: Path) -> None:
    """Chats taking turns with two ids of one picture store the same id again: each write
    runs (a cached coroutine, awaited twice, raised "cannot reuse already awaited coroutine"
    into the send that had just succeeded)."""
    engine = create_db_engine(f"sqlite:///{tmp_path / 'coach.sqlite3'}")
    migrate(engine)
    for file_id in ("file-A", "file-B", "file-A", "file-A"):
        await remember_file_id(engine, "cover", "aa", file_id)
        with transaction(engine) as db:
            assert cached_file_id(db, "cover", "aa") == file_id
    engine.dispose()


async def test_a_failed_write_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'coach.sqlite3'}")
    migrate(engine)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE photo_cache"))
    with caplog.at_level(logging.WARNING, logger="service.pictures"):
        await remember_file_id(engine, "cover", "aa", "file-A")
    assert "could not store the file id of cover (OperationalError)" in caplog.text
    engine.dispose()
