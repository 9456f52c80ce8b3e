"""The few statements that run for every update, on the database driver's own cursor.

The duplicate-update gate claims each update and, for a typed message, reads the user's open
flows (`app.updates`). Through SQLAlchemy's execution layer that cost about 0.5 ms of Python per
update (a connection wrapper, the transaction, result objects and type processing for each
statement), several times the database's own work, on the path of every reply. Here the same
statements, built and compiled once per database, run on a raw DBAPI cursor in one transaction:
the SQL text, the bound values' processing (a datetime on SQLite) and the errors are SQLAlchemy's,
only the per-call machinery is left out. Everything else goes through `store.asyncdb`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.sql import ClauseElement

T = TypeVar("T")


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...] | None  # the order of positional parameters; None: named ones
    defaults: Mapping[str, Any]  # values bound in the statement itself (a LIMIT's 1)
    processors: Mapping[str, Callable[[Any], Any]]  # the types' own conversions

    def params(self, values: Mapping[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        merged = {**self.defaults, **values}
        for name, process in self.processors.items():
            merged[name] = process(merged[name])
        return merged if self.names is None else tuple(merged[name] for name in self.names)


_COMPILED: dict[tuple[ClauseElement, str, str], _Compiled] = {}


def _compiled(statement: ClauseElement, dialect: Dialect) -> _Compiled:
    key = (statement, dialect.name, dialect.driver)
    found = _COMPILED.get(key)
    if found is None:
        compiled = statement.compile(dialect=dialect)
        processors = {
            name: process
            for name, bind in compiled.binds.items()  # type: ignore[attr-defined]
            if (process := bind.type.bind_processor(dialect)) is not None
        }
        names = compiled.positiontup if compiled.positional else None  # type: ignore[attr-defined]
        found = _COMPILED[key] = _Compiled(
            compiled.string, None if names is None else tuple(names), compiled.params, processors
        )
    return found


class Run:
    """Statements on one cursor, inside the transaction `unit` holds."""

    def __init__(self, cursor: Any, dialect: Dialect) -> None:
        self.cursor, self.dialect = cursor, dialect

    def first(self, statement: ClauseElement, **values: Any) -> tuple[Any, ...] | None:
        """The first row of ``statement`` with ``values`` bound, or ``None``."""
        compiled = _compiled(statement, self.dialect)
        self.cursor.execute(compiled.sql, compiled.params(values))
        row = self.cursor.fetchone()
        return None if row is None else tuple(row)


def unit(engine: Engine, work: Callable[[Run], T]) -> T:
    """``work`` in one transaction on a pooled connection's raw cursor: committed when it
    returns, rolled back when it raises. A driver error is raised as SQLAlchemy's
    (`sqlalchemy.exc.DBAPIError` and its kinds, values hidden), as through an `Engine`, and a
    lost connection is dropped from the pool."""
    dialect = engine.dialect
    base = dialect.loaded_dbapi.Error
    try:
        connection = engine.raw_connection()  # the pool does not wrap a failed connect
    except base as exc:
        raise _wrapped(exc, dialect) from exc
    try:
        cursor = connection.cursor()
        try:
            result = work(Run(cursor, dialect))
            connection.commit()
            return result
        except base as exc:
            if dialect.is_disconnect(exc, connection.dbapi_connection, cursor):
                connection.invalidate(exc)
            raise _wrapped(exc, dialect) from exc
        finally:
            with suppress(base):  # a lost connection's cursor may not close cleanly
                cursor.close()
    finally:
        connection.close()  # back to the pool, which rolls back what was not committed


def _wrapped(error: Exception, dialect: Dialect) -> StatementError:
    """The driver's error as SQLAlchemy raises it (`OperationalError`, ...), values hidden."""
    base = dialect.loaded_dbapi.Error
    return DBAPIError.instance(None, None, error, base, hide_parameters=True, dialect=dialect)
