"""The engine, its SQLite pragmas, and Alembic migrations applied at start-up.

Alembic is imported only when the database is not at the newest revision: on a normal restart
``migrate`` reads the ``alembic_version`` table with plain SQLAlchemy, finds the head revision
(read from the migration files' ``revision = ...`` lines, not hard-coded) and returns, and the
process never pays the memory and import time of Alembic (about 12 MB and 0.3 s).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default; store/migrations/env.py keeps it

_REVISION = re.compile(r"""^revision\b[^=\n]*=\s*(['"])([^'"\n]+)\1\s*(?:#.*)?$""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"""(['"])([^'"\n]+)\1""")


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername == "postgresql":  # plain postgresql:// means psycopg 3 for us
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        # Handed over as an object: a URL in Alembic's ini-style config would choke on the
        # "%" of a percent-encoded password.
        cfg.attributes["engine"] = engine
    return cfg


def head_revision(versions: Path = MIGRATIONS / "versions") -> str | None:
    """The newest revision id, read from the migration files without importing Alembic: the
    one ``revision`` that no file names as its ``down_revision``. ``None`` when that is not
    clear-cut (a file without a single plain ``revision = "..."`` line, no file, several
    heads): the caller then lets Alembic decide. ``tests/unit/test_store.py`` checks that it
    equals what Alembic's ``ScriptDirectory`` reports."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted(versions.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.findall(source)
        downs = _DOWN_REVISION.findall(source)
        if len(found) != 1 or len(downs) != 1:
            return None
        revisions.add(found[0][1])
        parents.update(quoted for _, quoted in _QUOTED.findall(downs[0]))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revisions(engine: Engine) -> frozenset[str]:
    """The revisions recorded in the database's ``alembic_version`` table; empty for a new
    database (no table) or an empty table."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return frozenset()
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
        return frozenset(str(row) for row in rows)


def at_head(engine: Engine) -> bool:
    """Whether the schema is at the newest revision: one cheap read, no Alembic."""
    head = head_revision()
    return head is not None and current_revisions(engine) == {head}


def migrate(engine: Engine) -> None:
    """Brings the schema to the newest revision (a no-op when it is already there). Alembic
    is imported only when there is something to do (a new or older database)."""
    if at_head(engine):
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on error. Queries never commit."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session
