"""Session and screening queries. They take a session and never commit."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, bindparam, func
from sqlmodel import Session, col, select

from coach.session.machine import still_running
from store import driver
from store.models import ExerciseSession, Screening, User


def active(db: Session, user_id: int) -> ExerciseSession | None:
    return db.exec(
        select(ExerciseSession)
        .where(col(ExerciseSession.user_id) == user_id, col(ExerciseSession.active).is_(True))
        .order_by(col(ExerciseSession.id).desc())
    ).first()


def running(db: Session, user_id: int, now: datetime) -> ExerciseSession | None:
    """The user's open session while it is still the running one (not stale: see
    `coach.session.machine.still_running`): nothing offers Start then, no reminder goes out."""
    row = active(db, user_id)
    return row if row is not None and still_running(row.started_at, now) else None


def all_active(db: Session) -> Sequence[ExerciseSession]:
    return db.exec(select(ExerciseSession).where(col(ExerciseSession.active).is_(True))).all()


def completed_since(db: Session, user_id: int, since: datetime) -> Sequence[ExerciseSession]:
    return _ended_since(db, user_id, since, col(ExerciseSession.completed).is_(True))


def ended_since(db: Session, user_id: int, since: datetime) -> Sequence[ExerciseSession]:
    """Sessions that are over (completed, stopped, hurt, held), ended at or after ``since``,
    oldest first. An unfinished (active) session is not among them."""
    return _ended_since(db, user_id, since, col(ExerciseSession.active).is_(False))


def _ended_since(
    db: Session, user_id: int, since: datetime, which: ColumnElement[bool]
) -> Sequence[ExerciseSession]:
    return db.exec(
        select(ExerciseSession)
        .where(
            col(ExerciseSession.user_id) == user_id,
            which,
            col(ExerciseSession.ended_at) >= since,
        )
        .order_by(col(ExerciseSession.ended_at))
    ).all()


def held_since(
    db: Session, user_id: int, since: datetime, decisions: Collection[str]
) -> Sequence[datetime]:
    """When a screening answer held exercise back (its decision is one of ``decisions``)."""
    return db.exec(
        select(col(Screening.at))
        .where(
            col(Screening.user_id) == user_id,
            col(Screening.decision).in_(tuple(decisions)),
            col(Screening.at) >= since,
        )
        .order_by(col(Screening.at))
    ).all()


def all_of(db: Session, user_id: int) -> Sequence[ExerciseSession]:
    """Every session of the user, in the order they were started."""
    return db.exec(
        select(ExerciseSession)
        .where(col(ExerciseSession.user_id) == user_id)
        .order_by(col(ExerciseSession.id))
    ).all()


def last_completed(db: Session, user_id: int) -> ExerciseSession | None:
    return db.exec(
        select(ExerciseSession)
        .where(col(ExerciseSession.user_id) == user_id, col(ExerciseSession.completed).is_(True))
        .order_by(col(ExerciseSession.ended_at).desc())
    ).first()


@dataclass(frozen=True)
class HoldCauses:
    """The latest answers that hold exercise back (see ``coach.screening.rules.exercise_hold``)."""

    emergency_at: datetime | None
    rest_day_at: datetime | None


def hold_causes(db: Session, user_id: int, rest_day_decisions: Collection[str]) -> HoldCauses:
    """The latest emergency answer, and the latest "no session today": a pre-session or
    free-text screening whose decision is one of ``rest_day_decisions``, or a session the bot
    stopped for pain (outcome ``hurt``), whichever came last."""
    emergency = last_emergency(db, user_id)
    screened = db.exec(
        select(col(Screening.at))
        .where(
            col(Screening.user_id) == user_id,
            col(Screening.kind).in_(("pre_session", "free_text")),
            col(Screening.decision).in_(tuple(rest_day_decisions)),
        )
        .order_by(col(Screening.at).desc())
    ).first()
    hurt = db.exec(
        select(col(ExerciseSession.ended_at))
        .where(col(ExerciseSession.user_id) == user_id, col(ExerciseSession.outcome) == "hurt")
        .order_by(col(ExerciseSession.ended_at).desc())
    ).first()
    rest_day = max((at for at in (screened, hurt) if at is not None), default=None)
    return HoldCauses(emergency.at if emergency else None, rest_day)


def last_completed_of(db: Session, user_ids: Collection[int]) -> dict[int, ExerciseSession]:
    """`last_completed` for many users in one query (the reminder dispatcher's batch)."""
    if not user_ids:
        return {}
    ranked = (
        select(
            col(ExerciseSession.id).label("id"),
            func.row_number()
            .over(
                partition_by=col(ExerciseSession.user_id),
                order_by=col(ExerciseSession.ended_at).desc(),
            )
            .label("rank"),
        )
        .where(
            col(ExerciseSession.user_id).in_(tuple(user_ids)),
            col(ExerciseSession.completed).is_(True),
        )
        .subquery()
    )
    rows = db.exec(
        select(ExerciseSession)
        .join(ranked, ranked.c.id == col(ExerciseSession.id))
        .where(ranked.c.rank == 1)
    ).all()
    return {row.user_id: row for row in rows}


def hold_causes_of(
    db: Session, user_ids: Collection[int], rest_day_decisions: Collection[str]
) -> dict[int, HoldCauses]:
    """`hold_causes` for many users in three queries (the reminder dispatcher's batch)."""
    if not user_ids:
        return {}
    ids = tuple(user_ids)

    def latest(owner: Any, column: Any, *where: ColumnElement[bool]) -> dict[int, datetime]:
        found = db.exec(
            select(owner, func.max(column)).where(owner.in_(ids), *where).group_by(owner)
        ).all()
        return {int(uid): at for uid, at in found if at is not None}

    emergency = latest(
        col(Screening.user_id), col(Screening.at), col(Screening.decision) == "emergency"
    )
    screened = latest(
        col(Screening.user_id),
        col(Screening.at),
        col(Screening.kind).in_(("pre_session", "free_text")),
        col(Screening.decision).in_(tuple(rest_day_decisions)),
    )
    hurt = latest(
        col(ExerciseSession.user_id),
        col(ExerciseSession.ended_at),
        col(ExerciseSession.outcome) == "hurt",
    )
    return {
        uid: HoldCauses(
            emergency.get(uid),
            max((at for at in (screened.get(uid), hurt.get(uid)) if at is not None), default=None),
        )
        for uid in ids
    }


def last_emergency(db: Session, user_id: int) -> Screening | None:
    return db.exec(
        select(Screening)
        .where(col(Screening.user_id) == user_id, col(Screening.decision) == "emergency")
        .order_by(col(Screening.at).desc())
    ).first()


def record_screening(
    db: Session,
    user_id: int,
    kind: str,
    answers: str,
    pain: int | None,
    decision: str,
    at: datetime,
) -> None:
    db.add(
        Screening(user_id=user_id, kind=kind, answers=answers, pain=pain, decision=decision, at=at)
    )


def set_flare_settled(db: Session, user_id: int, settled: bool) -> None:
    """The answer to "has the pain settled?" about the last completed session."""
    last = last_completed(db, user_id)
    if last is not None:
        last.flare_settled = settled


def create(db: Session, user_id: int, chat_id: int, now: datetime) -> ExerciseSession:
    row = ExerciseSession(user_id=user_id, chat_id=chat_id, started_at=now, active=True)
    db.add(row)
    db.flush()  # assigns the id, which the session's buttons carry
    return row


def get(db: Session, session_id: int) -> ExerciseSession | None:
    return db.get(ExerciseSession, session_id)


def recent_outcomes(db: Session, user_id: int, since: datetime) -> Sequence[ExerciseSession]:
    """Sessions that reached a pain-after score (completed or stopped), oldest first."""
    return db.exec(
        select(ExerciseSession)
        .where(
            col(ExerciseSession.user_id) == user_id,
            col(ExerciseSession.ended_at) >= since,
            col(ExerciseSession.pain_before).is_not(None),
        )
        .order_by(col(ExerciseSession.ended_at))
    ).all()


@dataclass(frozen=True)
class OpenFlows:
    """What a typed message might be answering: the onboarding screen in progress (its JSON)
    and the open session (row id, chat, state JSON). ``None``: none open."""

    onboarding_state: str | None
    session: tuple[int, int, str | None] | None


_ONBOARDING_STATE = select(col(User.onboarding_state)).where(col(User.id) == bindparam("user_id"))
_OPEN_SESSION = (
    select(col(ExerciseSession.id), col(ExerciseSession.chat_id), col(ExerciseSession.state))
    .where(
        col(ExerciseSession.user_id) == bindparam("user_id"),
        col(ExerciseSession.active).is_(True),
    )
    .order_by(col(ExerciseSession.id).desc())
    .limit(1)
)


def open_flows(engine: Engine, user_id: int) -> OpenFlows:
    """Both in one unit on the driver's cursor (`store.driver`): this runs for every typed
    message."""
    return driver.unit(engine, lambda run: read_open_flows(run, user_id))


def read_open_flows(run: driver.Run, user_id: int) -> OpenFlows:
    """`open_flows` in a unit the caller holds (the update gate reads them in the transaction
    that records the update)."""
    onboarding = run.first(_ONBOARDING_STATE, user_id=user_id)
    row = run.first(_OPEN_SESSION, user_id=user_id)
    state = None if onboarding is None else onboarding[0]
    if row is None or row[0] is None:
        return OpenFlows(state, None)
    return OpenFlows(state, (row[0], row[1], row[2]))
