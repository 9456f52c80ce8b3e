"""The store: migrations match the models, run at start-up (Alembic only when the database
is not at head), and times come back aware UTC."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

from store.db import (
    MIGRATIONS,
    alembic_config,
    at_head,
    create_db_engine,
    current_revisions,
    head_revision,
    migrate,
    transaction,
)
from store.models import User

ROOT = Path(__file__).resolve().parents[2]


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


# --- Alembic only when needed ------------------------------------------------------------------


def test_head_revision_read_from_the_files_is_alembics_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [head_revision()]


NEW_MIGRATION = """\
# a later change
from alembic import op

revision: str = "0099"
down_revision: str | None = "{parent}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("SELECT 1")
"""


def test_head_revision_follows_a_new_migration_and_gives_up_when_unsure(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    shutil.copytree(MIGRATIONS / "versions", versions, ignore=shutil.ignore_patterns("__*"))
    head = head_revision(versions)
    assert head is not None
    (versions / "0099_later.py").write_text(NEW_MIGRATION.format(parent=head))
    assert head_revision(versions) == "0099"
    assert ScriptDirectory(str(tmp_path)).get_heads() == ["0099"]  # Alembic agrees
    # a second branch from the same parent: two heads, so Alembic has to decide
    (versions / "0098_branch.py").write_text(
        NEW_MIGRATION.format(parent=head).replace('"0099"', '"0098"')
    )
    assert head_revision(versions) is None
    (versions / "0098_branch.py").unlink()
    # a file whose revision line is not the plain form: not guessed
    (versions / "0097_odd.py").write_text("revision = make_id()\ndown_revision = None\n")
    assert head_revision(versions) is None
    assert head_revision(tmp_path / "empty") is None


def _engine_at(path: Path, revision: str) -> Engine:
    engine = create_db_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), revision)
    return engine


def test_at_head_reads_the_version_table(tmp_path: Path) -> None:
    fresh = create_db_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    assert current_revisions(fresh) == frozenset() and not at_head(fresh)
    with fresh.begin() as connection:  # the table exists but records nothing
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
    assert current_revisions(fresh) == frozenset() and not at_head(fresh)
    migrate(fresh)
    assert current_revisions(fresh) == {head_revision()} and at_head(fresh)
    assert "reminders" in inspect(fresh).get_table_names()

    older = _engine_at(tmp_path / "older.sqlite3", "0002")
    assert current_revisions(older) == {"0002"} and not at_head(older)


def test_an_older_database_is_upgraded_at_start_up(tmp_path: Path) -> None:
    engine = _engine_at(tmp_path / "older.sqlite3", "0002")
    assert "reminders" not in inspect(engine).get_table_names()
    with engine.begin() as connection:  # a row as that release wrote it (today's model has more)
        connection.execute(
            text(
                "INSERT INTO users (id, chat_id, first_name, style, adult_confirmed,"
                " onboarding_cleared, blocked, created_at)"
                " VALUES (7, 7, 'Ann', 'hold', 1, 0, 0, '2026-11-01 08:00:00')"
            )
        )
    migrate(engine)
    assert at_head(engine)
    assert "reminders" in inspect(engine).get_table_names()
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    with transaction(engine) as db:
        user = db.get(User, 7)
        assert user is not None and user.first_name == "Ann" and user.settings is None


START_UP = textwrap.dedent(
    """
    import sys
    import app.build  # everything the bot imports
    from store.db import create_db_engine, migrate
    migrate(create_db_engine(sys.argv[1]))
    print("alembic" in sys.modules)
    """
)


def _start_up(url: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", START_UP, url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.long
def test_a_restart_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'coach.sqlite3'}"
    _engine_at(tmp_path / "coach.sqlite3", "0002").dispose()
    # an older database: the start-up migration imports Alembic and upgrades it ...
    assert _start_up(url) == "True"
    assert at_head(create_db_engine(url))
    # ... and the next start-up, at head, does not import it at all
    assert _start_up(url) == "False"
