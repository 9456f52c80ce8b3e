"""The reminder dispatcher and its store queries against a real SQLite file, with an injected
clock and a recording ``send`` (our own seam to the Telegram edge, not a mock of our logic).

Covered: claims are atomic (two dispatchers, on two engines, draining one database at once
send each reminder exactly once, in one event loop and in two threads); a graceful restart in
the middle of a batch loses none and repeats none; a claim left by a dispatcher that died is
not taken again until its lease runs out, and then the late rule decides; what is recorded
after a send, a skip, a block and a failure; at most once: a send whose answer was lost counts
as sent and is never repeated, a refused one is tried again within its lease.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select

from coach.reminders import schedule
from coach.reminders.view import StartMode, StartSession, decode_reminder_button
from coach.ui import View
from scheduler.dispatcher import (
    LOCKED_OUT,
    RETRY_DELAYS,
    Delivery,
    ReminderDispatcher,
    rule_of,
)
from store import reminders
from store.db import create_db_engine, migrate, transaction
from store.models import ExerciseSession, Reminder, Screening, User

# Monday 3 March 2025, 07:00 UTC: every seeded reminder is due at 07:00 UTC ("UTC" zone).
DUE = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
DAY = date(2025, 3, 3)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Recorder:
    """A ``send`` that records (chat, view) and answers SENT, or what ``outcome`` says."""

    def __init__(
        self,
        outcome: Callable[[int], Delivery] | None = None,
        *,
        yields: int = 1,
    ) -> None:
        self.sent: list[tuple[int, View]] = []
        self.outcome = outcome
        self.yields = yields  # event-loop turns per send, so concurrent drains interleave
        self.lock = threading.Lock()

    async def __call__(self, chat_id: int, view: View) -> Delivery:
        for _ in range(self.yields):
            await asyncio.sleep(0)
        result = self.outcome(chat_id) if self.outcome is not None else Delivery.SENT
        if result is Delivery.SENT:
            with self.lock:
                self.sent.append((chat_id, view))
        return result

    @property
    def chats(self) -> list[int]:
        return [chat for chat, _ in self.sent]


def new_engine(path: Path) -> Engine:
    return create_db_engine(f"sqlite:///{path}")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "coach.sqlite3"
    migrate(new_engine(path))
    return path


@pytest.fixture
def engine(db_path: Path) -> Engine:
    return new_engine(db_path)


def seed(
    engine: Engine,
    count: int,
    *,
    fire: datetime = DUE,
    first_id: int = 1,
    local_time: str = "07:00",
    tz: str = "UTC",
    last_sent: date | None = None,
) -> list[int]:
    ids = list(range(first_id, first_id + count))
    with transaction(engine) as db:
        for uid in ids:
            db.add(User(id=uid, chat_id=uid, timezone=tz))
            db.add(
                Reminder(
                    user_id=uid,
                    chat_id=uid,
                    local_time=local_time,
                    weekdays="0123456",
                    timezone=tz,
                    next_fire_at=fire,
                    last_sent_date=last_sent,
                    updated_at=fire - timedelta(days=1),
                )
            )
    return ids


def rows(engine: Engine) -> dict[int, Reminder]:
    with transaction(engine) as db:
        return {r.user_id: r for r in db.execute(select(Reminder)).scalars()}


def assert_each_once(chats: list[int], ids: list[int]) -> None:
    counts = Counter(chats)
    duplicates = {chat: n for chat, n in counts.items() if n > 1}
    lost = set(ids) - set(counts)
    assert not duplicates, f"sent twice: {sorted(duplicates)[:10]}"
    assert not lost, f"never sent: {sorted(lost)[:10]} ({len(lost)} in all)"
    assert len(chats) == len(ids)


def assert_all_settled(engine: Engine, ids: list[int], day: date = DAY) -> None:
    tomorrow_fire = DUE + timedelta(days=1)
    for uid, row in rows(engine).items():
        if uid not in ids:
            continue
        assert row.last_sent_date == day, uid
        assert row.claimed_until is None, uid
        assert row.next_fire_at == tomorrow_fire, uid


# --- claims are atomic -------------------------------------------------------------------


async def test_two_dispatchers_draining_one_database_send_each_reminder_once(
    db_path: Path,
) -> None:
    ids = seed(new_engine(db_path), 500)
    clock = Clock(DUE + timedelta(seconds=5))
    send = Recorder()
    second_sent = asyncio.Event()

    async def send_first(chat_id: int, view: View) -> Delivery:
        # the first dispatcher holds its claimed batch until the second has claimed
        # and sent one of its own: both really work at once, whatever the scheduling
        await asyncio.wait_for(second_sent.wait(), timeout=10)
        return await send(chat_id, view)

    async def send_second(chat_id: int, view: View) -> Delivery:
        second_sent.set()
        return await send(chat_id, view)

    first = ReminderDispatcher(new_engine(db_path), send_first, clock, batch=37)
    second = ReminderDispatcher(new_engine(db_path), send_second, clock, batch=23)
    await asyncio.gather(first.drain(), second.drain())
    assert_each_once(send.chats, ids)
    # both really worked: neither drained the table alone
    assert first.stats.sent > 0 and second.stats.sent > 0
    assert first.stats.sent + second.stats.sent == 500
    assert_all_settled(new_engine(db_path), ids)


def test_two_dispatchers_in_two_threads_send_each_reminder_once(db_path: Path) -> None:
    """Truly concurrent claims: each dispatcher in its own thread, loop and engine."""
    ids = seed(new_engine(db_path), 500)
    clock = Clock(DUE + timedelta(seconds=5))
    send = Recorder(yields=3)
    dispatchers = [
        ReminderDispatcher(new_engine(db_path), send, clock, batch=batch) for batch in (20, 31)
    ]
    start = threading.Barrier(len(dispatchers))
    errors: list[BaseException] = []

    def run(dispatcher: ReminderDispatcher) -> None:
        try:
            start.wait()
            asyncio.run(dispatcher.drain())
        except BaseException as exc:  # surfaced in the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in dispatchers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert_each_once(send.chats, ids)
    assert all(d.stats.sent > 0 for d in dispatchers)
    assert_all_settled(new_engine(db_path), ids)


def test_claim_due_takes_only_due_enabled_unclaimed_rows_in_fire_order(engine: Engine) -> None:
    seed(engine, 3, fire=DUE + timedelta(minutes=2), first_id=1)  # due later
    seed(engine, 3, fire=DUE, first_id=10)
    seed(engine, 1, fire=DUE - timedelta(minutes=1), first_id=20)
    with transaction(engine) as db:
        reminders.disable(db, 11, DUE)
    now = DUE + timedelta(seconds=1)
    with transaction(engine) as db:
        claimed = reminders.claim_due(db, now, 3)
    assert [c.user_id for c in claimed][:1] == [20]
    assert {c.user_id for c in claimed} == {20, 10, 12}
    assert all(c.scheduled_for <= now for c in claimed)
    with transaction(engine) as db:
        assert reminders.claim_due(db, now, 10) == []  # the rest is either leased or not due
    table = rows(engine)
    assert table[10].claimed_until == now + reminders.LEASE
    assert table[1].claimed_until is None and table[11].claimed_until is None


# --- restart in the middle of a batch ----------------------------------------------------


async def test_a_graceful_restart_mid_batch_loses_none_and_repeats_none(engine: Engine) -> None:
    ids = seed(engine, 300)
    clock = Clock(DUE + timedelta(seconds=5))
    send = Recorder()
    old: ReminderDispatcher

    async def send_then_stop(chat_id: int, view: View) -> Delivery:
        result = await send(chat_id, view)
        if len(send.sent) == 45 and not old._stopping:
            # The shutdown arrives while the second batch of 40 is in flight.
            asyncio.get_running_loop().create_task(old.close())
        return result

    old = ReminderDispatcher(engine, send_then_stop, clock, batch=40)
    old.kick()
    assert old._task is not None
    await old._task
    assert old.stats.sent == 80  # two full batches: the one in flight was finished and settled
    left = [uid for uid, row in rows(engine).items() if row.last_sent_date is None]
    assert len(left) == 220 and all(rows(engine)[u].claimed_until is None for u in left)
    old.kick()  # a closed dispatcher starts nothing
    assert old._task is not None and old._task.done()

    clock.advance(seconds=30)  # the restart takes a while
    new = ReminderDispatcher(engine, send, clock, batch=40)
    await new.drain()
    assert new.stats.sent == 220
    assert_each_once(send.chats, ids)
    assert_all_settled(engine, ids)


async def test_a_claim_left_by_a_crashed_dispatcher_waits_for_its_lease(engine: Engine) -> None:
    ids = seed(engine, 50)
    clock = Clock(DUE + timedelta(seconds=5))
    send = Recorder()
    hang = asyncio.Event()
    started = 0

    async def send_until_crash(chat_id: int, view: View) -> Delivery:
        nonlocal started
        started += 1
        if started > 10:
            await hang.wait()  # the process dies while these calls are in the air
        return await send(chat_id, view)

    crashed = ReminderDispatcher(engine, send_until_crash, clock, batch=25)
    crashed.kick()
    assert crashed._task is not None
    # Until ten are sent and settled (the database work runs in a worker thread) and the rest of
    # the batch hangs in the air.
    for _ in range(1000):
        settled = sum(1 for row in rows(engine).values() if row.last_sent_date is not None)
        if started == 25 and settled == 10:
            break
        await asyncio.sleep(0.005)
    crashed._task.cancel()  # no graceful close: killed with a batch claimed
    with pytest.raises(asyncio.CancelledError):
        await crashed._task
    assert len(send.sent) == 10
    table = rows(engine)
    leased = [u for u, r in table.items() if r.claimed_until is not None]
    assert len(leased) == 15  # the rest of the first batch; the second was never claimed
    assert all(
        table[u].claimed_until == DUE + timedelta(seconds=5) + reminders.LEASE for u in leased
    )

    survivor = ReminderDispatcher(engine, send, clock, batch=25)
    clock.advance(minutes=4, seconds=59)
    await survivor.drain()
    assert survivor.stats.sent == 25  # the never-claimed ones; the leased ones are untouched
    assert {u for u, r in rows(engine).items() if r.claimed_until is not None} == set(leased)

    clock.advance(seconds=2)  # the lease has run out: 5 min late, still within the hour
    await survivor.drain()
    assert survivor.stats.sent == 40
    assert survivor.stats.outcomes == {"send_late": 40}  # more than 5 min late, under 60
    assert_each_once(send.chats, ids)
    assert_all_settled(engine, ids)


async def test_a_lease_that_runs_out_after_the_late_limit_is_skipped(engine: Engine) -> None:
    seed(engine, 5)
    clock = Clock(DUE + timedelta(seconds=1))
    with transaction(engine) as db:
        assert len(reminders.claim_due(db, clock(), 10)) == 5  # a dispatcher that then died
    clock.advance(minutes=61)
    send = Recorder()
    dispatcher = ReminderDispatcher(engine, send, clock)
    await dispatcher.drain()
    assert send.sent == []
    assert dispatcher.stats.outcomes == {"skip_missed": 5}
    for row in rows(engine).values():
        assert row.claimed_until is None and row.last_sent_date is None
        assert row.next_fire_at == DUE + timedelta(days=1)


# --- what each outcome records -----------------------------------------------------------


async def test_a_send_records_the_local_date_and_the_next_fire(engine: Engine) -> None:
    # 07:30 in Berlin on Monday 3 March 2025 (CET, UTC+1) is 06:30 UTC
    berlin_fire = datetime(2025, 3, 3, 6, 30, tzinfo=UTC)
    seed(engine, 1, fire=berlin_fire, local_time="07:30", tz="Europe/Berlin")
    clock = Clock(berlin_fire + timedelta(seconds=3))
    send = Recorder()
    await ReminderDispatcher(engine, send, clock).drain()
    [(chat, view)] = send.sent
    assert chat == 1
    labels = [b.label for row in view.buttons for b in row]
    assert labels[0] == "Start now" and "Skip today" in labels
    row = rows(engine)[1]
    assert row.last_sent_date == date(2025, 3, 3)
    assert row.next_fire_at == berlin_fire + timedelta(days=1)
    assert row.claimed_until is None


async def test_nothing_is_sent_twice_for_one_local_date(engine: Engine) -> None:
    seed(engine, 1, last_sent=DAY)  # e.g. the time was changed after today's reminder
    clock = Clock(DUE + timedelta(seconds=3))
    send = Recorder()
    dispatcher = ReminderDispatcher(engine, send, clock)
    await dispatcher.drain()
    assert send.sent == []
    assert dispatcher.stats.outcomes == {"skip_already_sent": 1}
    assert rows(engine)[1].next_fire_at == DUE + timedelta(days=1)


async def test_a_day_with_a_completed_session_gets_no_reminder(engine: Engine) -> None:
    seed(engine, 2)
    with transaction(engine) as db:
        db.add(
            ExerciseSession(
                user_id=1,
                chat_id=1,
                started_at=DUE - timedelta(hours=1),
                ended_at=DUE - timedelta(minutes=50),
                completed=True,
                active=False,
                pain_before=3,
                pain_after=2,
            )
        )
    send = Recorder()
    dispatcher = ReminderDispatcher(engine, send, Clock(DUE))
    await dispatcher.drain()
    assert send.chats == [2]
    assert dispatcher.stats.outcomes == {"skip_done_today": 1, "send": 1}
    assert rows(engine)[1].last_sent_date is None
    assert rows(engine)[1].next_fire_at == DUE + timedelta(days=1)


async def test_no_reminder_within_24_hours_of_an_emergency_answer(engine: Engine) -> None:
    seed(engine, 3)
    with transaction(engine) as db:
        for uid, hours_ago in ((1, 2), (2, 25)):
            db.add(
                Screening(
                    user_id=uid,
                    at=DUE - timedelta(hours=hours_ago),
                    kind="pre_session",
                    answers="[]",
                    decision="emergency",
                )
            )
    send = Recorder()
    dispatcher = ReminderDispatcher(engine, send, Clock(DUE))
    await dispatcher.drain()
    assert sorted(send.chats) == [2, 3]  # the lockout is over for user 2
    assert dispatcher.stats.outcomes == {LOCKED_OUT: 1, "send": 2}
    row = rows(engine)[1]
    assert row.last_sent_date is None and row.claimed_until is None
    assert row.next_fire_at == DUE + timedelta(days=1)


async def test_no_reminder_on_the_day_the_user_was_told_no_session_today(engine: Engine) -> None:
    """Red pain or a see-a-clinician sign (checked or typed), or a session stopped for pain:
    "no session today", so no nudge that day either (SAFETY.md 3.2, 4, 7)."""
    seed(engine, 5, tz="Europe/Berlin", local_time="08:00")  # 08:00 in Berlin is 07:00 UTC
    today, yesterday_evening = DUE - timedelta(hours=1), DUE - timedelta(hours=12)
    with transaction(engine) as db:
        for uid, kind, decision, at in (
            (1, "pre_session", "red", today),
            (2, "free_text", "clinician", today),
            (4, "pre_session", "clinician", yesterday_evening),  # before Berlin's midnight
            (5, "pre_session", "green", today),
        ):
            db.add(Screening(user_id=uid, at=at, kind=kind, answers="[]", decision=decision))
        db.add(
            ExerciseSession(
                user_id=3,
                chat_id=3,
                started_at=today - timedelta(minutes=10),
                ended_at=today,
                active=False,
                outcome="hurt",
                pain_before=2,
                pain_after=7,
            )
        )
    send = Recorder()
    dispatcher = ReminderDispatcher(engine, send, Clock(DUE))
    await dispatcher.drain()
    assert sorted(send.chats) == [4, 5]
    assert dispatcher.stats.outcomes == {LOCKED_OUT: 3, "send": 2}
    assert all(rows(engine)[uid].next_fire_at == DUE + timedelta(days=1) for uid in (1, 2, 3))


async def test_a_blocked_user_is_marked_and_the_reminder_disabled_not_deleted(
    engine: Engine,
) -> None:
    seed(engine, 3)
    send = Recorder(lambda chat: Delivery.BLOCKED if chat == 2 else Delivery.SENT)
    dispatcher = ReminderDispatcher(engine, send, Clock(DUE))
    await dispatcher.drain()
    assert sorted(send.chats) == [1, 3]
    assert dispatcher.stats.blocked == 1
    row = rows(engine)[2]
    assert row.enabled is False and row.claimed_until is None
    assert row.local_time == "07:00" and row.timezone == "UTC"  # kept
    with transaction(engine) as db:
        user = db.get(User, 2)
        assert user is not None and user.blocked is True
        assert db.get(User, 1).blocked is False  # type: ignore[union-attr]


async def test_a_failed_send_keeps_the_claim_and_is_retried_after_the_lease(
    engine: Engine,
) -> None:
    seed(engine, 2)
    failing = {1}
    send = Recorder(lambda chat: Delivery.FAILED if chat in failing else Delivery.SENT)
    clock = Clock(DUE)
    dispatcher = ReminderDispatcher(engine, send, clock)
    await dispatcher.drain()  # returns: a failed row does not spin the loop
    assert send.chats == [2] and dispatcher.stats.failed == 1
    assert rows(engine)[1].claimed_until == DUE + reminders.LEASE
    failing.clear()
    clock.advance(minutes=5, seconds=1)
    await dispatcher.drain()
    assert sorted(send.chats) == [1, 2]
    assert rows(engine)[1].last_sent_date == DAY


async def test_a_delivery_that_raises_is_logged_counted_as_sent_and_the_others_still_go(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """An exception that is not an answer from Telegram: whether the reminder went out is
    unknown, so (at most once) it counts as sent and is not tried again."""
    seed(engine, 3)
    send = Recorder()
    clock = Clock(DUE)

    async def explode_for_two(chat_id: int, view: View) -> Delivery:
        if chat_id == 2:
            raise RuntimeError("boom")
        return await send(chat_id, view)

    dispatcher = ReminderDispatcher(engine, explode_for_two, clock)
    await dispatcher.drain()
    assert sorted(send.chats) == [1, 3]
    assert "reminder delivery failed; counted as sent" in caplog.text
    assert (dispatcher.stats.sent, dispatcher.stats.unconfirmed) == (2, 1)
    row = rows(engine)[2]
    assert row.claimed_until is None and row.last_sent_date == DAY
    clock.advance(minutes=10)  # well past the lease: nothing is claimed again today
    await dispatcher.drain()
    assert sorted(send.chats) == [1, 3] and dispatcher.stats.unconfirmed == 1


# --- at most once: unknown outcomes count as sent, refusals are retried in the lease ------


class VirtualSleep:
    """The dispatcher's pause between tries: moves the injected clock, waits no real time."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock.advance(seconds=seconds)
        await asyncio.sleep(0)


class Scripted:
    """A ``send`` that answers from a script per chat (then SENT), and records every attempt;
    ``took_effect`` says which answers the user really received (as Telegram would have)."""

    def __init__(self, script: dict[int, list[Delivery]]) -> None:
        self.script = {chat: list(answers) for chat, answers in script.items()}
        self.attempts: Counter[int] = Counter()
        self.received: list[int] = []

    async def __call__(self, chat_id: int, view: View) -> Delivery:
        await asyncio.sleep(0)
        self.attempts[chat_id] += 1
        answers = self.script.get(chat_id, [])
        answer = answers.pop(0) if answers else Delivery.SENT
        if answer in (Delivery.SENT, Delivery.UNKNOWN):  # UNKNOWN: arrived, answer lost
            self.received.append(chat_id)
        return answer


async def test_a_reminder_whose_answer_was_lost_is_settled_as_sent_and_never_repeated(
    engine: Engine,
) -> None:
    """The duplicate of issue 15: delivered, then the answer lost (a reset or a read timeout
    after the request went out). It must not be sent again when the lease runs out."""
    ids = seed(engine, 4)
    clock = Clock(DUE + timedelta(seconds=2))
    send = Scripted({chat: [Delivery.UNKNOWN] for chat in ids})
    dispatcher = ReminderDispatcher(engine, send, clock, sleep=VirtualSleep(clock))
    await dispatcher.drain()
    assert dispatcher.stats.unconfirmed == 4 and dispatcher.stats.sent == 0
    assert dispatcher.stats.outcomes == {"send": 4}
    assert_all_settled(engine, ids)
    for minutes in (5, 1, 60):  # past the lease, and past the late limit
        clock.advance(minutes=minutes, seconds=1)
        await dispatcher.drain()
    assert_each_once(send.received, ids)
    assert sum(send.attempts.values()) == 4


async def test_a_refused_reminder_is_retried_within_its_lease_and_delivered_once(
    engine: Engine,
) -> None:
    ids = seed(engine, 3)
    clock = Clock(DUE + timedelta(seconds=2))
    sleep = VirtualSleep(clock)
    send = Scripted({1: [Delivery.REFUSED, Delivery.REFUSED], 2: [Delivery.REFUSED]})
    dispatcher = ReminderDispatcher(engine, send, clock, sleep=sleep)
    await dispatcher.drain()
    assert send.attempts == {1: 3, 2: 2, 3: 1}
    assert dispatcher.stats.retried == 3 and dispatcher.stats.failed == 0
    assert dispatcher.stats.sent == 3
    assert sorted(sleep.waits) == [2.0, 2.0, 10.0]  # the first pauses of RETRY_DELAYS
    assert_each_once(send.received, ids)
    assert_all_settled(engine, ids)


async def test_a_refusal_is_retried_only_while_the_lease_leaves_room(engine: Engine) -> None:
    seed(engine, 1)
    clock = Clock(DUE)
    sleep = VirtualSleep(clock)
    send = Scripted({1: [Delivery.REFUSED] * 10})
    dispatcher = ReminderDispatcher(engine, send, clock, sleep=sleep)
    await dispatcher.drain()
    # 2 + 10 + 30 + 60 s: every try starts before half the lease is gone
    assert send.attempts[1] == 1 + len(RETRY_DELAYS)
    assert sum(sleep.waits) < reminders.LEASE.total_seconds() / 2
    assert dispatcher.stats.failed == 1 and send.received == []
    assert rows(engine)[1].claimed_until == DUE + reminders.LEASE  # kept: nobody else sends

    long_pauses = ReminderDispatcher(engine, send, clock, sleep=sleep, retry_delays=(100.0, 100.0))
    clock.advance(minutes=5, seconds=1)  # the lease has run out: claimed again
    await long_pauses.drain()
    assert send.attempts[1] == 1 + len(RETRY_DELAYS) + 2  # the second pause would pass half
    assert rows(engine)[1].claimed_until is not None and send.received == []

    clock.advance(minutes=5, seconds=1)
    send.script[1] = []
    await dispatcher.drain()
    assert send.received == [1]  # late, still within the hour: sent once
    assert dispatcher.stats.outcomes == {"send_late": 1}
    assert rows(engine)[1].last_sent_date == DAY


async def test_a_rejected_reminder_is_not_retried_before_its_lease_ends(engine: Engine) -> None:
    seed(engine, 1)
    clock = Clock(DUE)
    sleep = VirtualSleep(clock)
    send = Scripted({1: [Delivery.FAILED]})
    dispatcher = ReminderDispatcher(engine, send, clock, sleep=sleep)
    await dispatcher.drain()
    assert send.attempts[1] == 1 and sleep.waits == [] and dispatcher.stats.failed == 1


async def test_closing_does_not_wait_for_a_refused_reminder_to_be_retried(
    engine: Engine,
) -> None:
    seed(engine, 2)
    clock = Clock(DUE)
    forever, pausing = asyncio.Event(), asyncio.Event()

    async def never(_seconds: float) -> None:
        pausing.set()
        await forever.wait()  # a real pause would be seconds; close must not sit it out

    send = Scripted({1: [Delivery.REFUSED]})
    dispatcher = ReminderDispatcher(engine, send, clock, sleep=never)
    dispatcher.kick()
    await asyncio.wait_for(pausing.wait(), timeout=10)
    await asyncio.wait_for(dispatcher.close(), timeout=10)
    assert send.attempts == {1: 1, 2: 1}
    assert rows(engine)[2].last_sent_date == DAY
    assert rows(engine)[1].claimed_until == DUE + reminders.LEASE  # left to its lease
    assert dispatcher.stats.failed == 1


async def test_the_reminder_view_depends_on_the_last_session(engine: Engine) -> None:
    seed(engine, 3)
    yesterday = DUE - timedelta(days=1)
    long_ago = DUE - timedelta(days=6)
    with transaction(engine) as db:
        for uid, ended, before, after in ((1, yesterday, 2, 4), (2, long_ago, 3, 3)):
            db.add(
                ExerciseSession(
                    user_id=uid,
                    chat_id=uid,
                    started_at=ended - timedelta(minutes=10),
                    ended_at=ended,
                    completed=True,
                    active=False,
                    pain_before=before,
                    pain_after=after,
                )
            )
    send = Recorder()
    await ReminderDispatcher(engine, send, Clock(DUE)).drain()
    views = dict(send.sent)
    assert "Has it settled" in views[1].text
    assert "short version" in views[2].text
    assert "short version" not in views[3].text and "settled" not in views[3].text
    start = views[3].buttons[0][0]
    assert start.label == "Start now"
    assert decode_reminder_button(start.data) == StartSession(DAY, StartMode.FULL)


def test_rule_of_reads_the_stored_columns() -> None:
    rule = rule_of("07:05", "024", "Europe/Berlin")
    assert (rule.local_time.hour, rule.local_time.minute) == (7, 5)
    assert rule.weekdays == frozenset({0, 2, 4})
    assert rule_of("07:05", "", "UTC").weekdays == frozenset(range(7))
    assert schedule.next_fire_at(rule, DUE) == datetime(2025, 3, 3, 6, 5, tzinfo=UTC) + timedelta(
        days=2
    )


def test_the_claim_statement_uses_the_due_index(engine: Engine) -> None:
    """The claim reads the (enabled, next_fire_at) index, not the whole table: with 100,000
    reminders the first claim stays a few milliseconds (see BENCHMARKS.md)."""
    seed(engine, 20)
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    with transaction(engine) as db:
        reminders.claim_due(db, DUE, 5)
    event.remove(engine, "before_cursor_execute", record)
    [(statement, parameters)] = [(s, p) for s, p in seen if s.lstrip().startswith("UPDATE")]
    with engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    details = " | ".join(str(step[-1]) for step in plan)
    assert "USING INDEX ix_reminders_due" in details, details
    assert "SCAN reminders" not in details.replace("SCAN reminders USING", ""), details
