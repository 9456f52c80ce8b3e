"""Every store query on PostgreSQL (``store/users.py``, ``sessions.py``, ``reminders.py``,
``photos.py``, ``privacy.py``, ``updates.py``), with the results checked, not just run: types
(aware UTC times, dates, big ids), ordering, NULL handling and the SQL each dialect writes
differently.

``test_every_store_query_is_covered`` fails when a query is added to ``store/`` (in any query
module, found by listing the package) without being called here.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import ProgrammingError

import store
from coach.screening import rules as screening
from coach.session.machine import ArmOption
from coach.session.workout import Prefs, Style
from coach.settings import DEFAULT_SETTINGS, UserSettings
from store import driver, photos, privacy, reminders, sessions, updates, users
from store.db import transaction
from store.models import ExerciseSession
from tests.pg.fixtures import pg_engine, pg_url

pytestmark = pytest.mark.postgres

__all__ = ["pg_engine", "pg_url"]

# Plumbing, not queries: the engine and migrations, the tables, column types, the thread runner.
NOT_QUERIES = {"db", "models", "types", "asyncdb", "migrations"}
MODULES: tuple[ModuleType, ...] = tuple(
    importlib.import_module(f"store.{info.name}")
    for info in pkgutil.iter_modules(store.__path__)
    if info.name not in NOT_QUERIES
)
T0 = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
BIG = 9_007_199_254_740_993  # past 2**53 and 2**31: Telegram ids need BIGINT


def queries() -> Iterator[str]:
    """Every public function of the store modules, as called here: ``users.get``."""
    for module in MODULES:
        for name, member in vars(module).items():
            if (
                inspect.isfunction(member)
                and member.__module__ == module.__name__
                and not name.startswith("_")
            ):
                yield f"{module.__name__.removeprefix('store.')}.{name}"


def test_users(pg_engine: Engine) -> None:
    with transaction(pg_engine) as db:
        user, created = users.get_or_create(db, BIG, BIG + 1, "Ana", "de")
        assert created and user.id == BIG
    with transaction(pg_engine) as db:
        user, created = users.get_or_create(db, BIG, BIG + 2, "Ana B", None)
        assert not created and user.language == "de"  # kept when none is given
        users.mark_blocked(db, BIG)
        users.set_timezone(db, BIG, "Asia/Tokyo")
        users.mark_blocked(db, 404)  # nobody: a no-op
        users.set_timezone(db, 404, "UTC")
    with transaction(pg_engine) as db:
        stored = users.get(db, BIG)
        assert stored is not None
        assert (stored.chat_id, stored.first_name, stored.timezone, stored.blocked) == (
            BIG + 2,
            "Ana B",
            "Asia/Tokyo",
            True,
        )
        assert stored.created_at.tzinfo is not None
        users.mark_reachable(db, stored)
    with transaction(pg_engine) as db:
        assert users.get(db, BIG).blocked is False  # type: ignore[union-attr]
        assert users.get(db, 404) is None


def test_user_settings(pg_engine: Engine) -> None:
    chosen = UserSettings(Style.FLOW, ArmOption.HAND, Prefs(25, 10, 2, 15, False, True))
    with transaction(pg_engine) as db:
        users.get_or_create(db, BIG, BIG, "Ana", None)
        assert users.load_settings(db, BIG) == DEFAULT_SETTINGS
        assert users.load_settings(db, 404) == DEFAULT_SETTINGS
        users.save_settings(db, BIG, chosen)
        users.save_settings(db, 404, chosen)  # nobody: a no-op
    with transaction(pg_engine) as db:
        assert users.load_settings(db, BIG) == chosen
        assert users.get(db, BIG).style == "flow"  # type: ignore[union-attr]


def add_session(engine: Engine, user_id: int, **values: Any) -> int:
    with transaction(engine) as db:
        row = ExerciseSession(user_id=user_id, chat_id=user_id, **values)
        db.add(row)
        db.flush()
        assert row.id is not None
        return row.id


def test_sessions_and_screenings(pg_engine: Engine) -> None:
    with transaction(pg_engine) as db:
        users.get_or_create(db, 1, 1, "Ana", None)[0].onboarding_state = '{"step": 2}'
        first = sessions.create(db, 1, 1, T0)
        second = sessions.create(db, 1, 1, T0 + timedelta(minutes=1))
        assert first.id is not None and second.id is not None and second.id > first.id
    assert sessions.open_flows(pg_engine, 1) == sessions.OpenFlows(
        '{"step": 2}', (second.id, 1, None)
    )
    assert sessions.open_flows(pg_engine, 2) == sessions.OpenFlows(None, None)
    # the update gate's way: the claim and the read in one unit on the driver's cursor
    claimed, flows = driver.unit(
        pg_engine,
        lambda run: (updates.claim(run, 9_001, 7, T0), sessions.read_open_flows(run, 1)),
    )
    assert claimed and flows == sessions.OpenFlows('{"step": 2}', (second.id, 1, None))
    done = [
        add_session(
            pg_engine,
            1,
            started_at=T0 - timedelta(days=d, minutes=10),
            ended_at=T0 - timedelta(days=d),
            completed=True,
            active=False,
            pain_before=2,
            pain_after=2 + d,
        )
        for d in (3, 1, 2)
    ]
    add_session(pg_engine, 1, ended_at=T0 - timedelta(hours=5), active=False, outcome="hurt")
    with transaction(pg_engine) as db:
        assert sessions.active(db, 1).id == second.id  # type: ignore[union-attr]
        assert sessions.active(db, 2) is None
        assert sessions.running(db, 1, T0 + timedelta(hours=1)).id == second.id  # type: ignore[union-attr]
        assert sessions.running(db, 1, T0 + timedelta(hours=7)) is None  # stale: not running
        assert sessions.running(db, 2, T0) is None
        assert {s.id for s in sessions.all_active(db)} == {first.id, second.id}
        since = sessions.completed_since(db, 1, T0 - timedelta(days=2, minutes=1))
        assert [s.id for s in since] == [done[2], done[1]]  # oldest first
        assert since[0].ended_at == T0 - timedelta(days=2)  # aware UTC, exact
        last = sessions.last_completed(db, 1)
        assert last is not None and last.id == done[1]
        recent = sessions.recent_outcomes(db, 1, T0 - timedelta(days=10))
        assert [s.pain_after for s in recent] == [5, 4, 3]
        sessions.set_flare_settled(db, 1, True)
        sessions.set_flare_settled(db, 2, True)  # nothing completed: a no-op
        got = sessions.get(db, done[1])
        assert got is not None and got.flare_settled is True
        assert sessions.get(db, 10**9) is None

        for hours, decision in ((30, "emergency"), (3, "emergency"), (2, "red"), (1, "green")):
            sessions.record_screening(
                db, 1, "pre_session", json.dumps(["a"]), 7, decision, T0 - timedelta(hours=hours)
            )
        sessions.record_screening(db, 1, "onboarding", "[]", None, "clinician", T0)
    with transaction(pg_engine) as db:
        emergency = sessions.last_emergency(db, 1)
        assert emergency is not None and emergency.at == T0 - timedelta(hours=3)
        causes = sessions.hold_causes(db, 1, screening.REST_DAY_DECISIONS)
        # the red answer (2 h ago) is later than the session stopped for pain (5 h ago); the
        # onboarding "clinician" does not count as a pre-session answer
        assert causes == sessions.HoldCauses(T0 - timedelta(hours=3), T0 - timedelta(hours=2))
        assert sessions.hold_causes(db, 2, screening.REST_DAY_DECISIONS) == (
            sessions.HoldCauses(None, None)
        )
        # the reminder dispatcher's batch versions give the same
        assert sessions.hold_causes_of(db, [1, 2], screening.REST_DAY_DECISIONS) == {
            1: causes,
            2: sessions.HoldCauses(None, None),
        }
        batch = sessions.last_completed_of(db, [1, 2])
        assert list(batch) == [1] and batch[1].id == done[1]
        # /stats, /report, /export: ended sessions (not the open ones), held answers, all
        ended = sessions.ended_since(db, 1, T0 - timedelta(days=10))
        assert [s.id for s in ended][:3] == [done[0], done[2], done[1]]  # oldest first
        assert ended[-1].outcome == "hurt" and all(not s.active for s in ended)
        held = sessions.held_since(db, 1, T0 - timedelta(days=1), {"red", "emergency"})
        assert held == [T0 - timedelta(hours=3), T0 - timedelta(hours=2)]  # aware UTC
        assert [s.id for s in sessions.all_of(db, 1)][:2] == [first.id, second.id]
        assert len(sessions.all_of(db, 1)) == 6 and sessions.all_of(db, 2) == []


def test_reminders(pg_engine: Engine) -> None:
    with transaction(pg_engine) as db:
        for uid, fire in ((1, T0), (2, T0 - timedelta(minutes=1)), (3, T0 + timedelta(hours=1))):
            users.get_or_create(db, uid, uid, "", None)
            reminders.save(
                db,
                user_id=uid,
                chat_id=uid,
                local_time="08:00",
                weekdays="024",
                timezone="Europe/Berlin",
                next_fire_at=fire,
                now=T0 - timedelta(days=1),
            )
    with transaction(pg_engine) as db:
        claimed = reminders.claim_due(db, T0, 10)
    assert [c.user_id for c in claimed] == [2, 1]  # due ones, in fire order
    assert claimed[1] == reminders.Claimed(
        1, 1, "08:00", "024", "Europe/Berlin", T0, None, T0 + reminders.LEASE
    )
    with transaction(pg_engine) as db:
        assert reminders.claim_due(db, T0, 10) == []  # leased
        reminders.settle(
            db, 1, next_fire_at=T0 + timedelta(days=2), sent_local_date=date(2025, 3, 3), now=T0
        )
        reminders.settle(db, 2, next_fire_at=T0 + timedelta(days=2), sent_local_date=None, now=T0)
    with transaction(pg_engine) as db:
        one, two = reminders.get(db, 1), reminders.get(db, 2)
        assert one is not None and two is not None
        assert (one.last_sent_date, one.claimed_until, one.next_fire_at) == (
            date(2025, 3, 3),
            None,
            T0 + timedelta(days=2),
        )
        assert two.last_sent_date is None and two.claimed_until is None
        reminders.set_next_fire(db, 3, T0 + timedelta(minutes=10), T0)
        reminders.set_next_fire(db, 99, T0, T0)  # none: a no-op
        assert reminders.disable(db, 2, T0) is True
        assert reminders.disable(db, 2, T0) is False
        assert reminders.disable(db, 99, T0) is False
        assert reminders.set_weekly_day(db, 3, 6, T0) is True
        assert reminders.set_weekly_day(db, 2, 6, T0) is False  # disabled: no summary
        assert reminders.set_weekly_day(db, 99, 6, T0) is False
        reminders.disable_for_blocked(db, 1, T0)
    with transaction(pg_engine) as db:
        assert reminders.get(db, 3).next_fire_at == T0 + timedelta(minutes=10)  # type: ignore[union-attr]
        assert not reminders.get(db, 1).enabled  # type: ignore[union-attr]
        assert reminders.claim_due(db, T0 + timedelta(hours=3), 10)[0].user_id == 3
        assert reminders.get(db, 99) is None
        assert reminders.get(db, 3).weekly_day == 6  # type: ignore[union-attr]
        assert reminders.get(db, 2).weekly_day is None  # type: ignore[union-attr]
        rows = reminders.get_many(db, [3, 2, 99])
        assert sorted(rows) == [2, 3] and rows[3].weekly_day == 6


def test_photos(pg_engine: Engine) -> None:
    with transaction(pg_engine) as db:
        photos.remember(db, "step-1", "aa", "file-1")
    with transaction(pg_engine) as db:
        assert photos.cached_file_id(db, "step-1", "aa") == "file-1"
        assert photos.cached_file_id(db, "step-1", "bb") is None  # the picture changed
        photos.remember(db, "step-1", "bb", "file-2")
    with transaction(pg_engine) as db:
        assert photos.cached_file_id(db, "step-1", "bb") == "file-2"
        photos.forget(db, "step-1")
        photos.forget(db, "nothing")
    with transaction(pg_engine) as db:
        assert photos.cached_file_id(db, "step-1", "bb") is None


def test_two_chats_remembering_one_new_picture_at_once_both_land(pg_engine: Engine) -> None:
    """The first upload of a picture in two chats at once: the second transaction's insert
    waits on the first's uncommitted row, then updates it instead of failing on the key (a
    failure there cost a user the press that showed the picture)."""
    errors: list[BaseException] = []

    def second() -> None:
        try:
            with transaction(pg_engine) as db:
                photos.remember(db, "cover", "aa", "file-B")
        except BaseException as exc:  # reported to the test's thread
            errors.append(exc)

    with transaction(pg_engine) as first:
        photos.remember(first, "cover", "aa", "file-A")
        racer = threading.Thread(target=second)
        racer.start()
        # Until the second insert waits on our row's lock: each look its own transaction
        # (PostgreSQL keeps one snapshot of pg_stat_activity per transaction).
        with pg_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as look:
            waiting = text(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND datname = current_database() AND query LIKE '%photo_cache%'"
            )
            deadline = time.monotonic() + 10
            while racer.is_alive() and not look.execute(waiting).scalar():
                assert time.monotonic() < deadline, "the second insert never waited on the first"
                time.sleep(0.01)
    racer.join(timeout=10)
    assert errors == []
    with transaction(pg_engine) as db:
        assert photos.cached_file_id(db, "cover", "aa") == "file-B"


def test_privacy_export_and_erase(pg_engine: Engine) -> None:
    with transaction(pg_engine) as db:
        for uid in (BIG, 5):
            users.get_or_create(db, uid, uid, "Ana", None)[0].onboarding_answers = '["back"]'
            sessions.record_screening(db, uid, "pre_session", '["x"]', 3, "green", T0)
            reminders.save(
                db,
                user_id=uid,
                chat_id=uid,
                local_time="07:30",
                weekdays="0123456",
                timezone="UTC",
                next_fire_at=T0,
                now=T0,
            )
            sessions.create(db, uid, uid, T0)
        photos.remember(db, "k", "s", "f")
    with transaction(pg_engine) as db:
        assert {t.name for t, _ in privacy.user_tables()} == {
            "users",
            "screenings",
            "sessions",
            "reminders",
        }
        assert privacy.has_data(db, BIG) and not privacy.has_data(db, 6)
        found = privacy.rows(db, BIG)
        assert [len(found[t]) for t in ("users", "screenings", "sessions", "reminders")] == [1] * 4
        assert [(c, m) for _, c, m in privacy.active_sessions(db, BIG)] == [(BIG, None)]
        doc = json.loads(privacy.export_json(db, BIG, T0))
        assert doc["exported_at"] == "2025-03-03T07:00:00Z"
        assert doc["profile"]["id"] == BIG and doc["profile"]["onboarding_answers"] == ["back"]
        assert doc["reminder"]["next_fire_at"] == "2025-03-03T07:00:00Z"
        assert doc["screenings"][0]["answers"] == ["x"]
        assert privacy.document(privacy.rows(db, 6), T0)["profile"] is None
        assert privacy.json_value("reminders", "last_sent_date", date(2025, 3, 3)) == "2025-03-03"
        assert privacy.iso_utc(T0) == "2025-03-03T07:00:00Z"
        assert privacy.erase(db, BIG) == 4
    with transaction(pg_engine) as db:
        assert not privacy.has_data(db, BIG)
        assert privacy.has_data(db, 5)  # the other user is untouched
        assert photos.cached_file_id(db, "k", "s") == "f"  # not user data


def test_processed_updates(pg_engine: Engine) -> None:
    def claims(*calls: tuple[int, int, datetime]) -> list[bool]:
        return driver.unit(pg_engine, lambda run: [updates.claim(run, *call) for call in calls])

    assert claims(
        (1, -(2**63), T0),  # the digest is a signed 64-bit integer
        (1, -(2**63), T0),  # a redelivery, in the same transaction
        (1, 2**63 - 1, T0),  # a new update reusing the id
    ) == [True, False, True]
    assert claims((1, 2**63 - 1, T0 + timedelta(hours=1))) == [False]
    with transaction(pg_engine) as db:
        assert updates.prune(db, T0 + updates.KEEP) == 0  # not older than KEEP yet
        assert updates.prune(db, T0 + updates.KEEP + timedelta(seconds=1)) == 2
    assert claims((1, 2**63 - 1, T0)) == [True]  # forgotten, so new again


def test_a_failed_unit_raises_sqlalchemys_error_and_keeps_nothing(pg_engine: Engine) -> None:
    def claim_then_fail(run: driver.Run) -> None:
        assert updates.claim(run, 77, 1, T0)
        run.first(text("SELECT nothing FROM no_such_table"))

    with pytest.raises(ProgrammingError):
        driver.unit(pg_engine, claim_then_fail)
    assert driver.unit(pg_engine, lambda run: updates.claim(run, 77, 1, T0))  # rolled back


def test_every_store_query_is_covered() -> None:
    """Each store query is called by a test above (read from this file's source)."""
    source = Path(__file__).read_text(encoding="utf-8")
    missing = sorted(q for q in queries() if not re.search(rf"\b{re.escape(q)}\(", source))
    assert not missing, f"store queries never run on PostgreSQL: {missing}"
