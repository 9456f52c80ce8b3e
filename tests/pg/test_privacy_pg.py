"""/stats, /export and /delete end to end with PostgreSQL as the bot's store: the very tests of
``tests/e2e/test_privacy.py`` (the real bot over HTTP through the emulator), run again with the
``settings`` fixture pointing the bot at a fresh PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.settings import Settings
from tests.conftest import make_settings
from tests.e2e import test_privacy as on_sqlite
from tests.e2e.conftest import app, engine
from tests.e2e.test_privacy import clock
from tests.pg.fixtures import pg_url

pytestmark = pytest.mark.postgres

__all__ = ["app", "clock", "engine", "pg_url"]  # fixtures of the tests below

# By name: a test renamed or removed there fails here at import, loudly. The ones that write
# and read the store; those about the buttons' rules only (old, repeated or expired
# confirmations: about 10 s) are left to SQLite.
test_export_sends_every_row_of_the_user_and_nothing_of_others = (
    on_sqlite.test_export_sends_every_row_of_the_user_and_nothing_of_others
)
test_export_sends_the_json_the_sessions_csv_and_the_30_day_pdf = (
    on_sqlite.test_export_sends_the_json_the_sessions_csv_and_the_30_day_pdf
)
test_export_only_in_a_private_chat = on_sqlite.test_export_only_in_a_private_chat
test_delete_after_confirmation_erases_every_row_and_stops_the_session = (
    on_sqlite.test_delete_after_confirmation_erases_every_row_and_stops_the_session
)
test_a_double_press_erases_once_and_answers_the_second_briefly = (
    on_sqlite.test_a_double_press_erases_once_and_answers_the_second_briefly
)
test_stats_show_streak_counts_and_recent_pain_in_the_users_timezone = (
    on_sqlite.test_stats_show_streak_counts_and_recent_pain_in_the_users_timezone
)


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    """The bot's settings (``tests/conftest.py``), with PostgreSQL as the database."""
    return make_settings(tmp_path, database_url=pg_url)


def test_these_tests_really_use_postgres(engine: Engine) -> None:
    assert engine.dialect.name == "postgresql"  # the bot's own engine
