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
