"""Processed updates: a claim is taken once per (id, content), and old claims are pruned; the
claim runs on the driver's cursor (`store.driver`), in one transaction per unit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from store import driver, updates
from store.db import create_db_engine, migrate, transaction

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def claims(engine: Engine, *calls: tuple[int, int, datetime]) -> list[bool]:
    return driver.unit(engine, lambda run: [updates.claim(run, *call) for call in calls])


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'coach.sqlite3'}")
    migrate(engine)
    return engine


def test_a_claim_is_taken_once_and_forgotten_after_two_days(engine: Engine) -> None:
    assert claims(
        engine,
        (1, 111, NOW),
        (1, 111, NOW),  # a redelivery
        (1, 222, NOW),  # the same id with other content
        (2, 111, NOW + timedelta(days=1)),
    ) == [True, False, True, True]
    with transaction(engine) as db:  # the times the driver wrote compare as SQLAlchemy's do
        assert updates.prune(db, NOW + updates.KEEP + timedelta(seconds=1)) == 2
    assert claims(
        engine,
        (2, 111, NOW + timedelta(days=3)),  # still remembered
        (1, 111, NOW + timedelta(days=3)),  # forgotten: taken again
    ) == [False, True]
    engine.dispose()


def test_a_failed_unit_raises_sqlalchemys_error_and_keeps_nothing(engine: Engine) -> None:
    missing = text("SELECT nothing FROM no_such_table")

    def claim_then_fail(run: driver.Run) -> None:
        assert updates.claim(run, 7, 1, NOW)
        run.first(missing)

    with pytest.raises(OperationalError):
        driver.unit(engine, claim_then_fail)
    assert claims(engine, (7, 1, NOW)) == [True]  # the failed unit's claim was rolled back
    engine.dispose()


def test_a_database_that_cannot_be_reached_raises_sqlalchemys_error() -> None:
    engine = create_db_engine("postgresql://coach@127.0.0.1:1/coach")  # nothing listens there
    with pytest.raises(OperationalError):
        claims(engine, (1, 1, NOW))
    engine.dispose()
