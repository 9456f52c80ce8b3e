"""Migrations on PostgreSQL: from an empty database, and from the previous release's schema
(the revision before head) with data in it; both end at head with a schema that matches the
models exactly (Alembic's autogenerate comparison finds nothing), and the old rows survive."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, Table, func, inspect, select, types
from sqlmodel import SQLModel

import store.models  # noqa: F401  (the tables, on SQLModel.metadata)
from store.db import alembic_config, at_head, create_db_engine, current_revisions, migrate
from tests.pg.fixtures import pg_url

pytestmark = pytest.mark.postgres

__all__ = ["pg_url"]


def previous_revision() -> str:
    """The revision before head: the schema of the release before this one."""
    scripts = ScriptDirectory.from_config(alembic_config())
    head_id = scripts.get_current_head()
    assert head_id is not None
    head = scripts.get_revision(head_id)
    assert head is not None and isinstance(head.down_revision, str), "one line of history"
    return head.down_revision


def assert_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == [], diff


def test_an_empty_database_is_migrated_to_head_and_matches_the_models(pg_url: str) -> None:
    engine = create_db_engine(pg_url)
    try:
        assert current_revisions(engine) == frozenset()
        migrate(engine)
        migrate(engine)  # a second start-up is a no-op
        assert at_head(engine)
        assert set(SQLModel.metadata.tables) <= set(inspect(engine).get_table_names())
        assert_matches_the_models(engine)
    finally:
        engine.dispose()


def sample(column_type: types.TypeEngine[Any], n: int) -> Any:
    """A value of the column's type for the n-th seeded row."""
    python_type = column_type.python_type
    if python_type is bool:
        return False
    if python_type is int:
        return 1000 + n
    if python_type is float:
        return 1.5
    if python_type is datetime:
        return datetime(2025, 3, 3, 7, n, tzinfo=UTC)
    if python_type is date:
        return date(2025, 3, 3)
    return f"v{n}"


def seed_every_table(engine: Engine) -> dict[str, int]:
    """One row in each table of the old schema, every column filled (the newest migration must
    keep them); returns the row count per table."""
    old = MetaData()
    old.reflect(engine)
    counts: dict[str, int] = {}
    with engine.begin() as connection:
        for n, table in enumerate(old.sorted_tables):
            if table.name == "alembic_version":
                continue
            values = {
                column.name: sample(column.type, n)
                for column in table.columns
                if column.server_default is None  # a serial id numbers itself
            }
            connection.execute(table.insert().values(**values))
            counts[table.name] = 1
    return counts


def test_the_previous_release_with_data_is_upgraded_and_keeps_its_rows(pg_url: str) -> None:
    engine = create_db_engine(pg_url)
    try:
        previous = previous_revision()
        command.upgrade(alembic_config(engine), previous)
        assert current_revisions(engine) == {previous} and not at_head(engine)
        counts = seed_every_table(engine)
        assert "users" in counts
        migrate(engine)  # what start-up does
        assert at_head(engine)
        assert_matches_the_models(engine)
        now = MetaData()
        now.reflect(engine)
        with engine.connect() as connection:
            for name, count in counts.items():
                table: Table = now.tables[name]
                assert connection.execute(select(func.count()).select_from(table)).scalar() == (
                    count
                ), name
    finally:
        engine.dispose()
