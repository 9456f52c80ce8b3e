"""No reminder nudges anyone to exercise within 24 hours of an emergency answer (SAFETY.md 3.1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from coach.ui import View
from scheduler.dispatcher import Delivery, ReminderDispatcher
from store.db import create_db_engine, migrate, transaction
from store.models import Reminder, Screening, User


async def test_no_reminder_within_24_hours_of_an_emergency_answer(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    migrate(engine)
    now = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    with transaction(engine) as db:
        db.add(User(id=7, chat_id=7))
        db.add(
            Screening(
                user_id=7,
                at=now - timedelta(hours=2),
                kind="pre_session",
                answers='["bladder"]',
                decision="emergency",
            )
        )
        db.add(Reminder(user_id=7, chat_id=7, local_time="07:30", timezone="UTC", next_fire_at=now))
    sent: list[int] = []

    async def send(chat_id: int, view: View) -> Delivery:
        sent.append(chat_id)
        return Delivery.SENT

    clock = {"now": now}
    dispatcher = ReminderDispatcher(engine, send, lambda: clock["now"])
    await dispatcher.drain()
    assert sent == []
    with transaction(engine) as db:
        row = db.get(Reminder, 7)
        assert row is not None and row.next_fire_at == now + timedelta(days=1)
        assert row.last_sent_date is None

    clock["now"] = now + timedelta(days=1)  # 26 hours after the answer
    await dispatcher.drain()
    assert sent == [7]
