"""The session and screening queries that decisions rest on: what holds exercise back, and
what a typed message might be answering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from coach.screening.rules import REST_DAY_DECISIONS
from store import sessions
from store.db import create_db_engine, migrate, transaction
from store.models import ExerciseSession, Screening, User

AT = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'coach.sqlite3'}")
    migrate(engine)
    with transaction(engine) as db:
        db.add(User(id=1, chat_id=1))
        db.add(User(id=2, chat_id=2))
    return engine


def screening(user_id: int, kind: str, decision: str, hours: float) -> Screening:
    return Screening(
        user_id=user_id, at=AT + timedelta(hours=hours), kind=kind, answers="[]", decision=decision
    )


def causes(engine: Engine, user_id: int = 1) -> sessions.HoldCauses:
    with transaction(engine) as db:
        return sessions.hold_causes(db, user_id, REST_DAY_DECISIONS)


def test_nothing_holds_a_new_user(engine: Engine) -> None:
    assert causes(engine) == sessions.HoldCauses(None, None)


def test_only_no_session_today_answers_count_for_the_rest_day(engine: Engine) -> None:
    with transaction(engine) as db:
        for kind, decision, hours in (
            ("pre_session", "green", 5),
            ("pre_session", "amber", 6),
            ("free_text", "stop_pain", 7),  # "it hurts": the session asks the pain level
            ("onboarding", "cleared", 8),
            ("pre_session", "red", 1),
            ("free_text", "clinician", 2),
        ):
            db.add(screening(1, kind, decision, hours))
        db.add(screening(2, "pre_session", "red", 9))  # someone else's
    assert causes(engine) == sessions.HoldCauses(None, AT + timedelta(hours=2))


def test_a_session_stopped_for_pain_counts_and_the_latest_cause_wins(engine: Engine) -> None:
    with transaction(engine) as db:
        db.add(screening(1, "pre_session", "clinician", 1))
        db.add(screening(1, "pre_session", "emergency", 0))
        db.add(screening(1, "pre_session", "emergency", -30))
        for outcome, hours in (("hurt", 3), ("stopped", 4), ("expired", 5)):
            db.add(
                ExerciseSession(
                    user_id=1,
                    chat_id=1,
                    started_at=AT,
                    ended_at=AT + timedelta(hours=hours),
                    active=False,
                    outcome=outcome,
                )
            )
    assert causes(engine) == sessions.HoldCauses(AT, AT + timedelta(hours=3))


def test_open_flows_reads_the_onboarding_screen_and_the_newest_open_session(
    engine: Engine,
) -> None:
    assert sessions.open_flows(engine, 1) == sessions.OpenFlows(None, None)
    assert sessions.open_flows(engine, 99) == sessions.OpenFlows(None, None)  # no such user
    with transaction(engine) as db:
        user = db.get(User, 1)
        assert user is not None
        user.onboarding_state = '{"step": "pain"}'
        db.add(ExerciseSession(user_id=1, chat_id=1, active=False, state="old"))
        db.add(ExerciseSession(user_id=1, chat_id=1, active=True, state="open"))
        db.add(ExerciseSession(user_id=2, chat_id=2, active=True, state="theirs"))
    flows = sessions.open_flows(engine, 1)
    assert flows.onboarding_state == '{"step": "pain"}'
    assert flows.session is not None and flows.session[1:] == (1, "open")
    with transaction(engine) as db:
        row = db.get(ExerciseSession, flows.session[0])
        assert row is not None and row.state == "open"


def test_the_batch_queries_agree_with_the_one_user_queries(engine: Engine) -> None:
    """The reminder dispatcher loads a batch's plans with ``last_completed_of`` and
    ``hold_causes_of``: for every user they give what ``last_completed`` and ``hold_causes``
    give one by one (users with nothing, with everything, and someone else's rows)."""
    with transaction(engine) as db:
        for uid in (3, 4, 5):
            db.add(User(id=uid, chat_id=uid))
        for uid, kind, decision, hours in (
            (1, "pre_session", "red", 1),
            (1, "pre_session", "emergency", -5),
            (1, "pre_session", "emergency", -2),
            (2, "free_text", "clinician", 4),
            (2, "onboarding", "cleared", 9),
            (4, "pre_session", "green", 3),
        ):
            db.add(screening(uid, kind, decision, hours))
        for uid, hours, completed, outcome, pain in (
            (1, 2, True, "completed", 3),
            (1, 6, True, "completed", 1),
            (1, 7, False, "hurt", None),
            (2, 1, True, "completed", 4),
            (3, 8, False, "hurt", None),
            (3, 5, True, "completed", 2),
            (4, 2, False, "stopped", None),
        ):
            db.add(
                ExerciseSession(
                    user_id=uid,
                    chat_id=uid,
                    started_at=AT,
                    ended_at=AT + timedelta(hours=hours),
                    active=False,
                    completed=completed,
                    outcome=outcome,
                    pain_after=pain,
                )
            )
    ids = [1, 2, 3, 4, 5]
    with transaction(engine) as db:
        last = sessions.last_completed_of(db, ids)
        held = sessions.hold_causes_of(db, ids, REST_DAY_DECISIONS)
        for uid in ids:
            one = sessions.last_completed(db, uid)
            assert (last.get(uid) and last[uid].id) == (one and one.id), uid
            assert held[uid] == sessions.hold_causes(db, uid, REST_DAY_DECISIONS), uid
        assert last[1].pain_after == 1 and 5 not in last and 4 not in last
        assert held[1] == sessions.HoldCauses(AT - timedelta(hours=2), AT + timedelta(hours=7))
        assert sessions.last_completed_of(db, []) == {} == sessions.hold_causes_of(db, [], ())
