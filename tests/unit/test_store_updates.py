"""Processed updates: a claim is taken once per (id, content), and old claims are pruned."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from store import updates
from store.db import create_db_engine, migrate, transaction

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def test_a_claim_is_taken_once_and_forgotten_after_two_days(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'coach.sqlite3'}")
    migrate(engine)
    with transaction(engine) as db:
        assert updates.claim(db, 1, 111, NOW)
        assert not updates.claim(db, 1, 111, NOW)  # a redelivery
        assert updates.claim(db, 1, 222, NOW)  # the same id with other content
        assert updates.claim(db, 2, 111, NOW + timedelta(days=1))
    with transaction(engine) as db:
        assert updates.prune(db, NOW + updates.KEEP + timedelta(seconds=1)) == 2
        assert not updates.claim(db, 2, 111, NOW + timedelta(days=3))  # still remembered
        assert updates.claim(db, 1, 111, NOW + timedelta(days=3))  # forgotten: taken again
    engine.dispose()
