"""PostgreSQL for the tests: each test gets a database of its own on the server that
``TEST_DATABASE_URL`` points at (``scripts/postgres.sh`` starts a throw-away one for
``scripts/test.sh`` and CI), dropped afterwards; the database in the URL is not touched.

Without ``TEST_DATABASE_URL`` these tests skip on a developer's machine, and FAIL in CI
(``CI=true``): PostgreSQL is the production path and must be exercised there.

Import the fixtures into a test module: ``from tests.pg.fixtures import pg_engine, pg_url``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from store.db import create_db_engine, migrate

ENV = "TEST_DATABASE_URL"


def base_url() -> str:
    """The server's URL; skips (or fails under ``CI=true``) when there is none."""
    url = os.environ.get(ENV, "")
    if url.startswith("postgresql"):
        return url
    why = f"{ENV} does not point at PostgreSQL" if url else f"{ENV} is not set"
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(f"{why}: CI must run the PostgreSQL tests (bash .ci/run starts one)")
    pytest.skip(why)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a fresh, empty database (the role needs CREATEDB), dropped afterwards.

    (Not a schema picked with ``?options=-csearch_path%3D...``: a ``%`` in the URL breaks the
    Alembic configuration, see ``store.db.alembic_config``.)"""
    base = base_url()
    name = f"coach_test_{secrets.token_hex(4)}"
    admin = create_db_engine(base).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    """An engine on a fresh database migrated to the newest revision."""
    engine = create_db_engine(pg_url)
    migrate(engine)
    yield engine
    engine.dispose()
