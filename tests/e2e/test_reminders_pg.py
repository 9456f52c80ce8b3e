"""Reminders on PostgreSQL: the claim uses ``SELECT ... FOR UPDATE SKIP LOCKED`` inside the
``UPDATE ... RETURNING``, so two dispatchers (two processes in production; two threads with
their own engines here) send each reminder once; a graceful restart and a crashed claim behave
as on SQLite; and the real bot sets and delivers a reminder with PostgreSQL as its store.

Needs ``TEST_DATABASE_URL`` pointing at a PostgreSQL server (13 or newer), e.g.
``TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/postgres``; ``scripts/test.sh``
and CI start a throw-away one. Without it: skipped, or failed when ``CI=true`` (see
``tests.pg.fixtures``). Each test gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select, text

from coach.ui import View
from playground.client import EmulatorClient
from scheduler.dispatcher import Delivery, ReminderDispatcher
from store import reminders
from store.db import create_db_engine, transaction
from store.models import Reminder, User
from tests.conftest import BotFactory, FakeClock, make_settings
from tests.pg.fixtures import pg_engine, pg_url
from tests.unit.test_dispatcher import (
    DUE,
    Clock,
    Recorder,
    assert_all_settled,
    assert_each_once,
    seed,
)

pytestmark = pytest.mark.postgres

__all__ = ["pg_engine", "pg_url"]  # the fixtures, used by the tests below


def statements(engine: Engine) -> list[str]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    return seen


def test_the_claim_skips_locked_rows_and_two_dispatchers_send_each_once(
    pg_url: str, pg_engine: Engine
) -> None:
    ids = seed(pg_engine, 500)
    clock = Clock(DUE + timedelta(seconds=5))
    send = Recorder(yields=3)
    engines = [create_db_engine(pg_url) for _ in range(2)]
    seen = statements(engines[0])
    dispatchers = [
        ReminderDispatcher(engine, send, clock, batch=batch)
        for engine, batch in zip(engines, (20, 31), strict=True)
    ]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(dispatcher: ReminderDispatcher) -> None:
        try:
            start.wait()
            asyncio.run(dispatcher.drain())
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in dispatchers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for engine in engines:
        engine.dispose()
    assert not errors, errors
    assert any("FOR UPDATE SKIP LOCKED" in s and "RETURNING" in s for s in seen), seen[:3]
    assert_each_once(send.chats, ids)
    assert all(d.stats.sent > 0 for d in dispatchers)
    assert_all_settled(pg_engine, ids)


def test_a_locked_row_is_skipped_not_waited_for(pg_engine: Engine) -> None:
    seed(pg_engine, 3)
    now = DUE + timedelta(seconds=1)
    with pg_engine.connect() as holder, holder.begin():
        # another dispatcher's claim statement, still in its transaction
        holder.execute(text("SELECT user_id FROM reminders WHERE user_id = 1 FOR UPDATE"))
        with transaction(pg_engine) as db:
            db.execute(text("SET LOCAL lock_timeout = '2s'"))  # fail, don't hang, if it waits
            claimed = reminders.claim_due(db, now, 10)
        assert sorted(c.user_id for c in claimed) == [2, 3]


async def test_a_graceful_restart_and_a_crashed_claim_on_postgres(pg_engine: Engine) -> None:
    ids = seed(pg_engine, 120)
    clock = Clock(DUE + timedelta(seconds=5))
    send = Recorder()
    ten_sent = asyncio.Event()

    async def send_and_count(chat_id: int, view: View) -> Delivery:
        result = await send(chat_id, view)
        if len(send.sent) >= 10:
            ten_sent.set()
        return result

    first = ReminderDispatcher(pg_engine, send_and_count, clock, batch=40)
    first.kick()
    await ten_sent.wait()
    await first.close()  # graceful, mid-batch: the batch is finished and settled
    assert first.stats.sent == 40

    # a claim taken by a process that then died
    with transaction(pg_engine) as db:
        orphaned = reminders.claim_due(db, clock(), 30)
    second = ReminderDispatcher(pg_engine, send, clock, batch=40)
    await second.drain()
    assert second.stats.sent == 50
    clock.advance(minutes=5, seconds=1)
    await second.drain()
    assert second.stats.sent == 80
    assert {c.user_id for c in orphaned} <= set(send.chats)
    assert_each_once(send.chats, ids)
    assert_all_settled(pg_engine, ids)


async def test_the_bot_sets_and_delivers_a_reminder_with_postgres(
    make_bot: BotFactory,
    client: EmulatorClient,
    pg_url: str,
    tmp_path: Path,
) -> None:
    settings = make_settings(tmp_path, database_url=pg_url)
    clock = FakeClock(datetime(2025, 3, 3, 5, 0, tzinfo=UTC))
    berlin_0730 = datetime(2025, 3, 3, 6, 30, tzinfo=UTC)
    uma = client.user(2101)
    async with make_bot(clock=clock, settings_=settings):
        await uma.send("/remind 7:30")
        await uma.press_text(await uma.wait_for_text("On which days?"), "Every day")
        await uma.wait_for_text("Which timezone")
        await uma.send("Berlin")
        done = await uma.wait_for_text("Daily reminder set")
        assert "Next: Mon 3 Mar, 07:30" in done.content
    clock.set(berlin_0730 + timedelta(minutes=30))  # it was due while the bot was down
    async with make_bot(clock=clock, settings_=settings) as app:
        dispatcher = app.bot_data.dispatcher
        assert isinstance(dispatcher, ReminderDispatcher)
        await dispatcher.drain()
        await dispatcher.drain()
        reminders_sent = [m for m in await uma.bot_messages() if "Skip today" in m.labels]
        assert len(reminders_sent) == 1
    engine = create_db_engine(pg_url)
    try:
        with transaction(engine) as db:
            row = db.execute(select(Reminder)).scalar_one()
            user = db.get(User, 2101)
        assert row.last_sent_date == datetime(2025, 3, 3).date()
        assert row.next_fire_at == berlin_0730 + timedelta(days=1)
        assert user is not None and user.timezone == "Europe/Berlin"
    finally:
        engine.dispose()
