"""The engine, its SQLite pragmas, and Alembic migrations applied at start-up.

Alembic is imported only when the database is not at the newest revision: on a normal restart
``migrate`` reads the ``alembic_version`` table with plain SQLAlchemy, finds the head revision
(read from the migration files' ``revision = ...`` lines, not hard-coded) and returns, and the
process never pays the memory and import time of Alembic (about 12 MB and 0.3 s).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.dialects import postgresql

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default; store/migrations/env.py keeps it

_REVISION = re.compile(r"""^revision\b[^=\n]*=\s*(['"])([^'"\n]+)\1\s*(?:#.*)?$""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"""(['"])([^'"\n]+)\1""")


class StorageError(RuntimeError):
    """The database cannot be used; the message is one line: what failed, where, what to do."""


def create_db_engine(url: str) -> Engine:
    # hide_parameters: an error's message and traceback never show the statement's values,
    # which are health data (triage flags, pain scores, names; SAFETY.md 8).
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            hide_parameters=True,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername == "postgresql":  # plain postgresql:// means psycopg 3 for us
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(
        parsed,
        pool_pre_ping=True,
        hide_parameters=True,
        connect_args={"connect_timeout": PG_CONNECT_TIMEOUT},
    )


PG_CONNECT_TIMEOUT = 10  # seconds; an unreachable server fails start-up instead of hanging


def dialect_insert(db: Session, model: type[Any]) -> sqlite.Insert | postgresql.Insert:
    """An INSERT with the database's ``ON CONFLICT`` clauses (SQLite and PostgreSQL spell
    them alike)."""
    if db.get_bind().dialect.name == "sqlite":
        return sqlite.insert(model)
    from sqlalchemy.dialects import postgresql  # only with PostgreSQL: about 2 MB of RSS

    return postgresql.insert(model)


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (``sqlite:///file:x.db?mode=ro&uri=true`` too); ``None`` for
    another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    name = parsed.database
    if str(parsed.query.get("uri", "")).lower() in ("true", "1"):
        name = name.removeprefix("file:")
        if not name or name == ":memory:" or "mode=memory" in str(parsed.query):
            return None
    return None if name == ":memory:" else Path(name)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, so an erased user's data does not linger in
    # free pages (SAFETY.md 8; `release_erased` then clears the write-ahead log).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def release_erased(engine: Engine) -> None:
    """After an erase has committed: on SQLite, copies the (zeroed) pages from the write-ahead
    log into the database file and truncates the log, which still held the erased rows' old
    contents. Waits for readers (busy_timeout). Nothing to do on PostgreSQL."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- start-up ---------------------------------------------------------------------------------


def open_database(url: str) -> Engine:
    """The engine of a database that is ready: reachable, readable, at the newest schema, and
    writable (checked by a real, committed write: on SQLite a read-only file still lets a
    transaction begin). Any failure raises `StorageError` with one line for the operator."""
    path = sqlite_file(url)
    if path is not None:
        _check_sqlite_path(path)
    where = str(path.resolve()) if path is not None else _safe_url(url)
    try:
        engine = create_db_engine(url)
    except ModuleNotFoundError as exc:
        raise StorageError(
            f"cannot open {where}: the database driver is not installed ({exc.name}). "
            "For PostgreSQL install the extra: pip install '.[postgres]'"
        ) from None
    try:
        migrate(engine)
        with engine.connect() as connection:
            connection.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = version_num"))
            connection.commit()
    except Exception as exc:
        engine.dispose()
        raise StorageError(_explain(exc, where, path)) from None
    return engine


def _check_sqlite_path(path: Path) -> None:
    if path.is_dir():
        raise StorageError(
            f"the database path {path.resolve()} is a folder, not a file. Point DATABASE_URL "
            f"at a file, e.g. sqlite:///{(path / 'coach.sqlite3').as_posix()}"
        )
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"cannot create the database folder {folder.resolve()} "
            f"({exc.strerror or type(exc).__name__}). Create it with write access for this "
            "user, or point DATABASE_URL at another place"
        ) from None
    if not folder.is_dir():
        raise StorageError(
            f"the database folder {folder.resolve()} is not a folder. Point DATABASE_URL at "
            "a file in a folder"
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StorageError(
            f"the database file {path.resolve()} is read-only for this user. Give the user "
            "running the bot read and write access to it (e.g. chmod u+rw, or chown)"
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            f"the database folder {folder.resolve()} is read-only for this user, and SQLite "
            "writes its journal files next to the database. Give the user write access to "
            "the folder, or move the database"
        )


def _explain(exc: BaseException, where: str, path: Path | None) -> str:
    """One line for a failure of the start-up check: what, where, what to do."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    detail = " ".join(str(cause).split()) or type(cause).__name__
    detail = detail[:200]
    lowered = detail.lower()
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return (
            f"the database {where} can be read but not written ({detail}). Give the user "
            "running the bot write access (file and folder), or use a writable database"
        )
    if path is not None and ("not a database" in lowered or "malformed" in lowered):
        return (
            f"the database file {where} is damaged or not a SQLite database ({detail}). "
            "Restore it from a backup, or move it away to start with an empty database"
        )
    if path is None and isinstance(exc, OperationalError):
        return (
            f"cannot reach the database {where} ({detail}). Check that the server is "
            "running and that host, port, database, user and password in DATABASE_URL are "
            "right"
        )
    return (
        f"the database {where} failed its start-up check ({type(cause).__name__}: {detail}). "
        "Check DATABASE_URL and the database, or restore a backup"
    )


def _safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


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
