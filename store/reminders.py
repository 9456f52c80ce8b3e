"""Reminder queries: claiming due rows atomically, and recording what was sent.

A claim is a short lease (``claimed_until``) set by one ``UPDATE ... RETURNING`` statement,
so two dispatchers never take the same row; on PostgreSQL the inner select also uses
``FOR UPDATE SKIP LOCKED`` so they do not even wait for each other. The Telegram call happens
after the claiming transaction has committed: no row lock is held while we talk to Telegram.
A dispatcher that dies after claiming leaves the lease to expire; the row is then claimed again
and the late-reminder policy decides whether it is still worth sending.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlmodel import Session, col

from store.models import Reminder

LEASE = timedelta(minutes=5)


@dataclass(frozen=True)
class Claimed:
    user_id: int
    chat_id: int
    local_time: str
    weekdays: str
    timezone: str
    scheduled_for: datetime
    last_sent_date: date | None
    claimed_until: datetime  # the lease: nobody else claims the row before then


def claim_due(db: Session, now: datetime, limit: int) -> list[Claimed]:
    due = (
        select(col(Reminder.user_id))
        .where(
            col(Reminder.enabled).is_(True),
            col(Reminder.next_fire_at) <= now,
            or_(col(Reminder.claimed_until).is_(None), col(Reminder.claimed_until) < now),
        )
        .order_by(col(Reminder.next_fire_at))
        .limit(limit)
    )
    if db.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    statement = (
        update(Reminder)
        .where(and_(col(Reminder.user_id).in_(due.scalar_subquery())))
        .values(claimed_until=now + LEASE)
        .returning(
            col(Reminder.user_id),
            col(Reminder.chat_id),
            col(Reminder.local_time),
            col(Reminder.weekdays),
            col(Reminder.timezone),
            col(Reminder.next_fire_at),
            col(Reminder.last_sent_date),
        )
        .execution_options(synchronize_session=False)
    )
    rows = db.execute(statement).all()
    claimed = [
        Claimed(
            user_id=row.user_id,
            chat_id=row.chat_id,
            local_time=row.local_time,
            weekdays=row.weekdays,
            timezone=row.timezone,
            scheduled_for=row.next_fire_at,
            last_sent_date=row.last_sent_date,
            claimed_until=now + LEASE,
        )
        for row in rows
    ]
    return sorted(claimed, key=lambda c: c.scheduled_for)


def settle(
    db: Session,
    user_id: int,
    *,
    next_fire_at: datetime,
    sent_local_date: date | None,
    now: datetime,
) -> None:
    """Releases a claim: the reminder was sent (or deliberately skipped) for that fire time."""
    values: dict[str, object] = {
        "next_fire_at": next_fire_at,
        "claimed_until": None,
        "updated_at": now,
    }
    if sent_local_date is not None:
        values["last_sent_date"] = sent_local_date
    db.execute(
        update(Reminder)
        .where(col(Reminder.user_id) == user_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def disable_for_blocked(db: Session, user_id: int, now: datetime) -> None:
    db.execute(
        update(Reminder)
        .where(col(Reminder.user_id) == user_id)
        .values(enabled=False, claimed_until=None, updated_at=now)
        .execution_options(synchronize_session=False)
    )


def get(db: Session, user_id: int) -> Reminder | None:
    return db.get(Reminder, user_id)


def get_many(db: Session, user_ids: Collection[int]) -> dict[int, Reminder]:
    """`get` for many users in one query (the reminder dispatcher's batch)."""
    if not user_ids:
        return {}
    found = db.execute(select(Reminder).where(col(Reminder.user_id).in_(tuple(user_ids))))
    return {row.user_id: row for row in found.scalars()}


def save(
    db: Session,
    *,
    user_id: int,
    chat_id: int,
    local_time: str,
    weekdays: str,
    timezone: str,
    next_fire_at: datetime,
    now: datetime,
) -> Reminder:
    """Creates or replaces a user's reminder (enabled, with its next fire time)."""
    row = db.get(Reminder, user_id)
    if row is None:
        row = Reminder(user_id=user_id, chat_id=chat_id)
        db.add(row)
    row.chat_id, row.local_time, row.weekdays, row.timezone = (
        chat_id,
        local_time,
        weekdays,
        timezone,
    )
    row.enabled, row.next_fire_at, row.claimed_until, row.updated_at = True, next_fire_at, None, now
    return row


def set_next_fire(db: Session, user_id: int, next_fire_at: datetime, now: datetime) -> None:
    """A snooze or a skip: the next fire moves, the rule stays."""
    row = db.get(Reminder, user_id)
    if row is not None:
        row.next_fire_at, row.claimed_until, row.updated_at = next_fire_at, None, now


def disable(db: Session, user_id: int, now: datetime) -> bool:
    row = db.get(Reminder, user_id)
    if row is None or not row.enabled:
        return False
    row.enabled, row.claimed_until, row.updated_at = False, None, now
    return True


def set_weekly_day(db: Session, user_id: int, day: int | None, now: datetime) -> bool:
    """The weekly summary's day (None: off) on the user's enabled reminder; ``False`` when there
    is none (the summary comes at the reminder's time)."""
    row = db.get(Reminder, user_id)
    if row is None or not row.enabled:
        return False
    if row.weekly_day != day:
        row.weekly_day, row.updated_at = day, now
    return True
