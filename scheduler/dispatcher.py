"""The reminder dispatcher: one repeating APScheduler job (PTB's JobQueue) for every user.

Each tick drains what is due: claim a batch of rows atomically (``store.reminders``), decide
each with the pure rules (``coach.reminders.schedule.due_decision``: late within 60 minutes is
sent once, later skipped, never twice for one local day), send outside the transaction through
the bot's rate limiter, then record the local date sent and the next fire time.

At most once, on purpose: a send whose outcome is unknown (the request went out, then the
connection was reset or the answer never came) counts as delivered and is settled as sent,
never sent again; a duplicate nudge costs more trust than a rare missed one. A send that was
refused before it took effect (a 5xx, a 429 the rate limiter gave up on, no connection) is
tried again within its lease, after a short pause; one rejected for good (e.g. "chat not
found") keeps its claim and is looked at again when the lease runs out.

The weekly summary goes after the reminder on the user's chosen day, as the caption of the pain
chart (drawn in a worker thread; Pillow is imported only then), or as a message of its own
followed by the chart when it is longer than a caption may be. It is sent at most once like
the reminder, through the same tries (`_send`).

Paid broadcast (the ``PAID_BROADCAST`` setting, off by default): reminders then go out with
Telegram's ``allow_paid_broadcast`` (up to 1,000 a second for the bot, 0.1 Star each) and on the
rate limiter's paid budget (`send_options`); in-session messages keep the free budget.

Stopping is graceful: the batch in flight is finished and settled, so a restart neither loses
nor repeats a reminder; rows claimed by a process that died are claimed again once their lease
runs out, and the late policy decides if they are still worth sending.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum
from functools import partial
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session
from telegram.error import Forbidden, RetryAfter, TelegramError

from app.ratelimit import NORMAL, LimitArgs, outcome_unknown, refused_before_effect
from coach.progress import view as progress
from coach.progress import weekly
from coach.progress.weekly import Weekly
from coach.reminders import schedule
from coach.reminders.schedule import ReminderRule
from coach.reminders.timeparse import mask_to_weekdays
from coach.reminders.timezones import tzinfo_for
from coach.reminders.view import reminder_view
from coach.screening import rules as screening
from coach.ui import View, fits_caption, owned
from content import charts
from content import progress as progress_text
from store import asyncdb, reminders, sessions, users
from store.models import ExerciseSession, Reminder
from store.reminders import LEASE, Claimed

log = logging.getLogger(__name__)

TICK_SECONDS = 20.0
BATCH = 60  # about two seconds of sending at the global limit
_HELD = progress.HELD_DECISIONS
LOCKED_OUT = "skip_exercise_hold"  # the stats' name for a reminder held back by _plan


# Pauses before trying a refused send again; all of them end well within the lease (LEASE / 2
# is kept free, so a try never overlaps a re-claim by another dispatcher).
RETRY_DELAYS = (2.0, 10.0, 30.0, 60.0)


class Delivery(Enum):
    SENT = "sent"
    UNKNOWN = "unknown"  # went out, no answer (timeout, reset): counted as sent, never repeated
    REFUSED = "refused"  # refused before effect (5xx, 429, no connection): retried in the lease
    BLOCKED = "blocked"  # the user blocked the bot (403)
    FAILED = "failed"  # rejected (e.g. chat not found): looked at again when the lease runs out


Sender = Callable[[int, View], Awaitable[Delivery]]
# A picture (PNG bytes) with ``View``'s text as its caption and its buttons.
PhotoSender = Callable[[int, bytes, View], Awaitable[Delivery]]
Sleep = Callable[[float], Awaitable[None]]


def send_options(paid_broadcast: bool) -> dict[str, Any]:
    """The keyword arguments of a reminder's ``send_message`` beyond chat, text and buttons:
    NORMAL priority at the rate limiter; with paid broadcast on, also ``allow_paid_broadcast``
    and the limiter's ``paid`` mark (its paid budget). Off: neither, so nothing is billed."""
    limit = LimitArgs(priority=NORMAL)
    if not paid_broadcast:
        return {"rate_limit_args": limit}
    limit["paid"] = True
    return {"allow_paid_broadcast": True, "rate_limit_args": limit}


def delivery_after(error: TelegramError) -> Delivery:
    """What a failed ``send_message`` means for a reminder, from what PTB raised (see
    `app.ratelimit.refused_before_effect`): blocked, refused (nothing happened: try again
    within the lease), unknown (it may have arrived: counts as sent), or failed for good."""
    if isinstance(error, Forbidden):
        return Delivery.BLOCKED
    if isinstance(error, RetryAfter) or refused_before_effect(error):
        return Delivery.REFUSED  # a 429 the rate limiter stopped retrying, a 5xx, no connection
    if outcome_unknown(error):
        return Delivery.UNKNOWN
    return Delivery.FAILED


@dataclass
class DispatchStats:
    sent: int = 0
    unconfirmed: int = 0  # counted as sent: the request went out, its answer was lost
    skipped: int = 0
    blocked: int = 0
    failed: int = 0
    retried: int = 0  # refused sends tried again within their lease
    weekly: int = 0  # weekly summaries sent (or tried: at most once)
    outcomes: dict[str, int] = field(default_factory=dict)


def rule_of(local_time: str, weekdays: str, tz_name: str) -> ReminderRule:
    hours, minutes = local_time.split(":")
    days = frozenset(int(d) for d in weekdays) if weekdays else mask_to_weekdays(0x7F)
    return ReminderRule(time(int(hours), int(minutes)), days, tz_name)


@dataclass(frozen=True)
class Plan:
    decision: schedule.Decision
    view: View | None
    weekly: Weekly | None = None  # the weekly summary, sent after the reminder (see _weekly)


class ReminderDispatcher:
    def __init__(
        self,
        engine: Engine,
        send: Sender,
        clock: Callable[[], datetime],
        *,
        batch: int = BATCH,
        sleep: Sleep = asyncio.sleep,
        retry_delays: tuple[float, ...] = RETRY_DELAYS,
        send_photo: PhotoSender | None = None,
    ) -> None:
        """``send`` delivers one reminder view to a chat and ``send_photo`` a picture with its
        caption (the Telegram edge provides both; without ``send_photo`` the weekly summary
        goes as text alone); ``sleep`` waits before a refused send is tried again (tests pass
        a virtual one)."""
        self.engine, self.send, self.clock, self.batch = engine, send, clock, batch
        self.send_photo = send_photo
        self.sleep, self.retry_delays = sleep, retry_delays
        self.stats = DispatchStats()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._pauses: set[asyncio.Future[None]] = set()

    def kick(self) -> None:
        """Starts draining due reminders unless a drain is already running."""
        if self._stopping or (self._task is not None and not self._task.done()):
            return
        self._task = asyncio.create_task(self.drain(), name="reminder-drain")

    async def tick(self, _context: object = None) -> None:
        self.kick()

    def stop_claiming(self) -> None:
        """Claims no more batches from now on (the batch in flight goes on): called as soon as
        a stop begins, since the updater's own stop can take a second or more."""
        self._stopping = True

    async def close(self) -> None:
        """Finishes the batch in flight, then stops (a refused send waiting to be tried again
        is not: it keeps its claim, and the lease decides)."""
        self.stop_claiming()
        for pause in list(self._pauses):
            pause.cancel()
        if self._task is not None:
            await self._task

    async def drain(self) -> None:
        while not self._stopping:
            now = self.clock()
            claimed, plans = await asyncdb.run(self.engine, partial(self._claim, now=now))
            if not claimed:
                return
            results = await asyncio.gather(
                *(self._deliver(c, p) for c, p in zip(claimed, plans, strict=True)),
                return_exceptions=True,
            )
            for result in results:
                if isinstance(result, BaseException):
                    log.error("reminder settling failed", exc_info=result)

    def _claim(self, db: Session, *, now: datetime) -> tuple[list[Claimed], list[Plan]]:
        claimed = reminders.claim_due(db, now, self.batch)
        # What each plan needs, for the whole batch at once (a few queries, not five a row).
        ids = [c.user_id for c in claimed]
        last = sessions.last_completed_of(db, ids)
        causes = sessions.hold_causes_of(db, ids, screening.REST_DAY_DECISIONS)
        rows = reminders.get_many(db, ids)
        plans = [
            self._plan(db, c, now, last.get(c.user_id), causes[c.user_id], rows.get(c.user_id))
            for c in claimed
        ]
        return claimed, plans

    def _plan(
        self,
        db: Session,
        claimed: Claimed,
        now: datetime,
        last: ExerciseSession | None,
        causes: sessions.HoldCauses,
        row: Reminder | None,
    ) -> Plan:
        """``last``: the user's last completed session; ``causes``: what may hold exercise
        back; ``row``: the reminder's row (the weekly summary's day), all loaded by `_claim`."""
        rule = rule_of(claimed.local_time, claimed.weekdays, claimed.timezone)
        today = schedule.local_date(now, rule.tz_name)
        last_day: date | None = None
        if last is not None and last.ended_at is not None:
            last_day = schedule.local_date(last.ended_at, rule.tz_name)
        decision = schedule.due_decision(
            rule,
            claimed.scheduled_for,
            now,
            claimed.last_sent_date,
            last_day == today,
            session_open=sessions.running(db, claimed.user_id, now) is not None,
        )
        # A completed session today, or one running now: no nudge (and no Start button), but
        # the weekly summary still has its day.
        done_today = decision.outcome in (
            schedule.Outcome.SKIP_DONE_TODAY,
            schedule.Outcome.SKIP_SESSION_OPEN,
        )
        if not decision.should_send and not done_today:
            return Plan(decision, None)
        hold = screening.exercise_hold(
            now,
            emergency_at=causes.emergency_at,
            rest_day_at=causes.rest_day_at,
            tz=tzinfo_for(rule.tz_name),
        )
        if hold is not None:
            # No nudge to exercise within 24 h of an emergency answer (SAFETY.md 3.1), nor on
            # the day the user was told "no session today" (3.2, 4).
            return Plan(decision, None)
        if done_today:  # no nudge needed, but the weekly summary still has its day
            return Plan(decision, None, self._weekly(db, claimed, row, decision.local_date, now))
        rise = None
        if last is not None and last.pain_after is not None and last.pain_before is not None:
            rise = last.pain_after - last.pain_before
        variant = schedule.reminder_variant(
            missed=schedule.missed_days(last_day, today, rule.weekdays),
            last_pain_rise=rise,
            flare_settled=bool(last and last.flare_settled),
        )
        view = reminder_view(variant, decision.local_date)
        if claimed.chat_id < 0:  # a group: the buttons are the owner's alone (coach.callbacks)
            view = owned(view, claimed.user_id)
        return Plan(decision, view, self._weekly(db, claimed, row, decision.local_date, now))

    def _weekly(
        self, db: Session, claimed: Claimed, row: Reminder | None, local_day: date, now: datetime
    ) -> Weekly | None:
        """The weekly summary, when this reminder fires on the user's chosen weekday and none
        went out that local date. At most once: ``weekly_sent_date`` is written here, in the
        claim's transaction, before the send (a lost or refused send is not repeated). Never
        on a held day: `_plan` only gets here when the reminder itself is sent."""
        if row is None or not weekly.due(row.weekly_day, row.weekly_sent_date, local_day):
            return None
        row.weekly_sent_date = local_day
        since = now - timedelta(days=400)
        done = [
            progress.Done(s.ended_at, s.pain_before, s.pain_after, how)
            for s in sessions.ended_since(db, claimed.user_id, since)
            if s.ended_at is not None and (how := progress.how_ended(s.completed, s.outcome))
        ]  # completed, stopped and hurt, as /stats and its chart count them
        held = sessions.held_since(db, claimed.user_id, since, _HELD)
        return weekly.weekly(done, now, claimed.timezone, held)

    async def _send_weekly(self, claimed: Claimed, summary: Weekly) -> Delivery:
        """The summary as the chart's caption, or, longer than a caption may be, as a message
        of its own and then the chart under a short caption. Text alone without a chart (a new
        month with no sessions) or a photo sender, or when drawing fails: the summary was
        promised and recorded, a picture is not worth losing it for."""
        png = None
        if summary.chart is not None and self.send_photo is not None:
            try:
                png = await asyncio.to_thread(charts.render_png, summary.chart)  # off the loop
            except Exception:
                log.error("weekly chart drawing failed; the summary goes as text", exc_info=True)
        if png is None:
            return await self._send(claimed, summary.view)
        if fits_caption(summary.view.text):
            return await self._send(claimed, summary.view, png)
        delivery = await self._send(claimed, summary.view)
        if delivery not in (Delivery.SENT, Delivery.UNKNOWN):
            return delivery
        return await self._send(claimed, View(progress_text.CHART_CAPTION), png)

    async def _send(self, claimed: Claimed, view: View, photo: bytes | None = None) -> Delivery:
        """One reminder, tried again after a pause while it was refused before effect and the
        lease leaves room (half of it is kept free: a try never overlaps a re-claim). With
        ``photo``, the picture with ``view`` as its caption."""
        latest_start = claimed.claimed_until - LEASE / 2
        for delay in (*self.retry_delays, None):
            try:
                if photo is None or self.send_photo is None:
                    delivery = await self.send(claimed.chat_id, view)
                else:
                    delivery = await self.send_photo(claimed.chat_id, photo, view)
            except Exception:
                # Not an answer from Telegram: whether it went out is unknown, so it counts
                # as sent (at most once).
                log.error("reminder delivery failed; counted as sent", exc_info=True)
                return Delivery.UNKNOWN
            if delivery is not Delivery.REFUSED or delay is None or self._stopping:
                return delivery
            if self.clock() + timedelta(seconds=delay) > latest_start:
                return delivery
            if not await self._pause(delay):
                return delivery
            self.stats.retried += 1
        raise AssertionError("unreachable")  # pragma: no cover

    async def _pause(self, delay: float) -> bool:
        """Waits ``delay`` seconds; False if the dispatcher was closed meanwhile."""
        pause = asyncio.ensure_future(self.sleep(delay))
        self._pauses.add(pause)
        try:
            await asyncio.wait({pause})
        finally:
            self._pauses.discard(pause)
            pause.cancel()
        return not pause.cancelled() and not self._stopping

    async def _deliver(self, claimed: Claimed, plan: Plan) -> None:
        decision, sent = plan.decision, False
        if plan.view is not None:
            delivery = await self._send(claimed, plan.view)
            if delivery is Delivery.BLOCKED:
                await self._blocked(claimed.user_id)
                return
            if delivery in (Delivery.FAILED, Delivery.REFUSED):
                # Left claimed: looked at again when the lease ends, if still within the late
                # limit.
                self.stats.failed += 1
                return
            sent = True
            if delivery is Delivery.UNKNOWN:
                self.stats.unconfirmed += 1
            else:
                self.stats.sent += 1
        if plan.weekly is not None:  # its own send, after the reminder; never repeated
            if await self._send_weekly(claimed, plan.weekly) is Delivery.BLOCKED:
                await self._blocked(claimed.user_id)
                return
            self.stats.weekly += 1
        now = self.clock()
        # held back while a session ran: that day's reminder all the same, never sent later
        counted = sent or decision.outcome is schedule.Outcome.SKIP_SESSION_OPEN
        await asyncdb.run(
            self.engine,
            lambda db: reminders.settle(
                db,
                claimed.user_id,
                next_fire_at=decision.next_fire_at,
                sent_local_date=decision.local_date if counted else None,
                now=now,
            ),
        )
        outcome = decision.outcome.value
        if decision.should_send and not sent:
            outcome = LOCKED_OUT  # due, but exercise is on hold (see _plan)
        self.stats.outcomes[outcome] = self.stats.outcomes.get(outcome, 0) + 1
        if not sent:
            self.stats.skipped += 1

    async def _blocked(self, user_id: int) -> None:
        self.stats.blocked += 1
        now = self.clock()

        def block(db: Session) -> None:
            reminders.disable_for_blocked(db, user_id, now)
            users.mark_blocked(db, user_id)

        await asyncdb.run(self.engine, block)
