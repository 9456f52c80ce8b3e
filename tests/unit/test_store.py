"""The store: migrations match the models, run at start-up, and times come back aware UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from store.db import create_db_engine, migrate, transaction
from store.models import User


def test_migrations_create_every_table_and_match_the_models(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'nested' / 'coach.sqlite3'}")
    migrate(engine)
    migrate(engine)  # a second start-up is a no-op
    assert {"users", "screenings", "sessions", "reminders", "photo_cache"} <= set(
        inspect(engine).get_table_names()
    )
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 30000


def test_times_are_stored_and_returned_as_aware_utc(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    migrate(engine)
    berlin_noon = datetime(2026, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    with transaction(engine) as db:
        db.add(User(id=1, chat_id=1, onboarded_at=berlin_noon))
    with transaction(engine) as db:
        user = db.get(User, 1)
        assert user is not None and user.onboarded_at == berlin_noon
        assert user.onboarded_at.tzinfo == UTC and user.created_at.tzinfo == UTC


def test_naive_datetimes_are_refused(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    migrate(engine)
    with pytest.raises(Exception, match="naive"), transaction(engine) as db:
        db.add(User(id=2, chat_id=2, onboarded_at=datetime(2026, 1, 1)))
        db.flush()


def test_a_percent_encoded_database_url_migrates(tmp_path: Path) -> None:
    folder = tmp_path / "a%b"
    folder.mkdir()
    engine = create_db_engine(f"sqlite:///{tmp_path}/a%25b/coach.sqlite3")
    migrate(engine)
    assert "users" in inspect(engine).get_table_names()
