"""When a daily reminder fires, and what to do when it is due. Pure: ``now`` is passed in.

Rules (all times aware; results in UTC):

* A reminder fires at its local time on each allowed weekday of the user's timezone.
* DST gap (the local time does not exist that day, e.g. 01:30 on the spring-forward Sunday in
  London): it fires at the first valid minute after it (02:00 local).
* DST overlap (the local time happens twice, fall back): it fires once, at the first
  occurrence (``fold=0``).
* A reminder found due late (the bot was down) is sent late once if the fire time was at most
  ``LATE_LIMIT`` (60 min) ago, otherwise skipped. Only the latest missed fire counts: after
  three days down the user gets at most today's reminder, not three.
* Never twice for one local date: a regular fire on the date already sent is skipped. A
  snooze is the exception: the user asked for it.
* No reminder on a local day when the user already completed a session.
* A ``scheduled_for`` that is not the rule's own fire time for its local date is a one-off
  fire, i.e. a snooze (``snooze_until``); that is how ``due_decision`` tells them apart, so
  the store needs no extra column.

"This evening" (snooze): 19:00 local today; from 18:30 on, when 19:00 is too close to be a
real snooze, it becomes one hour from now.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from coach.reminders.timezones import tzinfo_for

LATE_LIMIT = timedelta(minutes=60)  # later than this: skipped, not sent
ON_TIME_GRACE = timedelta(minutes=5)  # later than this (but within LATE_LIMIT): SEND_LATE
EVENING = time(19, 0)
EVENING_CUTOFF = time(18, 30)
SHORT_VERSION_AFTER_MISSED_DAYS = 3
FLARE_PAIN_RISE = 2

_MINUTE = timedelta(minutes=1)
_MAX_GAP = timedelta(hours=48)  # far beyond any real transition; ends the minute search


@dataclass(frozen=True)
class ReminderRule:
    local_time: time
    weekdays: frozenset[int]  # 0 = Monday
    tz_name: str  # IANA name or "UTC+05:30" (see coach.reminders.timezones)

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= frozenset(range(7)):
            raise ValueError(f"weekdays must be a non-empty subset of 0-6: {self.weekdays}")
        if self.local_time.tzinfo is not None:
            raise ValueError("local_time must be naive (a wall-clock time)")


class Outcome(StrEnum):
    SEND = "send"
    SEND_LATE = "send_late"  # more than ON_TIME_GRACE late, at most LATE_LIMIT
    SKIP_MISSED = "skip_missed"  # more than LATE_LIMIT late
    SKIP_ALREADY_SENT = "skip_already_sent"  # this local date already had its reminder
    SKIP_DONE_TODAY = "skip_done_today"  # the user completed a session that local day
    # A session is running: the user is doing it right now (face down, listening for the
    # session's own cues), so no nudge and no Start button that could only bring that session
    # forward. It counts as that day's reminder: never sent later that day.
    SKIP_SESSION_OPEN = "skip_session_open"


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    local_date: date  # the local date of the fire that was decided on: store it when sent
    next_fire_at: datetime  # UTC, always in the future of ``now``: store it
    snooze: bool = False  # the fire was a snooze, not the regular daily one

    @property
    def should_send(self) -> bool:
        return self.outcome in (Outcome.SEND, Outcome.SEND_LATE)

    @property
    def counts_as_sent(self) -> bool:
        """Whether ``local_date`` is that day's reminder once settled (sent, or held back
        because a session is running): store it as the last sent date."""
        return self.should_send or self.outcome is Outcome.SKIP_SESSION_OPEN


class SnoozeChoice(StrEnum):
    MINUTES_15 = "15m"
    HOUR_1 = "1h"
    EVENING = "evening"


class ReminderVariant(StrEnum):
    NORMAL = "normal"
    SHORT_VERSION = "short"  # 3+ missed days: offer a short session, never scold
    FLARE_CHECK = "flare"  # the last session raised pain by 2+: ask whether it has settled


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")


def resolve_local(day: date, at: time, tz: tzinfo) -> datetime:
    """The UTC instant of wall time ``at`` on ``day`` in ``tz``: a time in a DST gap moves
    to the first valid minute after it; a repeated time is its first occurrence (fold=0)."""
    wall = datetime.combine(day, at)
    limit = wall + _MAX_GAP
    while wall < limit:
        local = wall.replace(tzinfo=tz)  # fold=0: the earlier of two occurrences
        instant = local.astimezone(UTC)
        if instant.astimezone(tz).replace(tzinfo=None) == wall:
            return instant
        wall = (wall + _MINUTE).replace(second=0, microsecond=0)
    raise ValueError(f"no valid local time near {day} {at} in {tz}")


def local_date(instant: datetime, tz_name: str) -> date:
    """The user's local date at an instant (e.g. "today" for ``completed_today``)."""
    _require_aware(instant, "instant")
    return instant.astimezone(tzinfo_for(tz_name)).date()


def _fire_on(rule: ReminderRule, day: date, tz: tzinfo) -> datetime:
    return resolve_local(day, rule.local_time, tz)


def next_fire_at(rule: ReminderRule, after: datetime, *, not_on: date | None = None) -> datetime:
    """The first fire strictly after ``after`` (UTC), on an allowed weekday.

    ``not_on``: a local date that already had its reminder (``last_sent_local_date``); a fire
    on that date is passed over, so "never twice a day" also holds when the user changes the
    time or the timezone after today's reminder.
    """
    _require_aware(after, "after")
    tz = tzinfo_for(rule.tz_name)
    start = after.astimezone(tz).date() - timedelta(days=1)
    for offset in range(16):
        day = start + timedelta(days=offset)
        if day.weekday() not in rule.weekdays or day == not_on:
            continue
        fire = _fire_on(rule, day, tz)
        if fire > after:
            return fire
    raise AssertionError("unreachable: every week has an allowed weekday")


def _last_fire_at_or_before(rule: ReminderRule, moment: datetime, tz: tzinfo) -> datetime:
    end = moment.astimezone(tz).date() + timedelta(days=1)
    for offset in range(16):
        day = end - timedelta(days=offset)
        if day.weekday() not in rule.weekdays:
            continue
        fire = _fire_on(rule, day, tz)
        if fire <= moment:
            return fire
    raise AssertionError("unreachable: every week has an allowed weekday")


def is_regular_fire(rule: ReminderRule, instant: datetime) -> bool:
    """Whether ``instant`` is one of the rule's own daily fires (not a snooze)."""
    tz = tzinfo_for(rule.tz_name)
    day = instant.astimezone(tz).date()
    candidates = (day - timedelta(days=1), day)  # a gap can push a fire past midnight
    return any(
        d.weekday() in rule.weekdays and _fire_on(rule, d, tz) == instant for d in candidates
    )


def due_decision(
    rule: ReminderRule,
    scheduled_for: datetime,
    now: datetime,
    last_sent_local_date: date | None,
    completed_today: bool,
    session_open: bool = False,
) -> Decision:
    """What to do with a reminder row found due at ``now``.

    ``scheduled_for``: the stored ``next_fire_at`` that made the row due (a regular fire or a
    snooze). ``completed_today``: the user completed a session on the local date of ``now``
    (see ``local_date``). ``session_open``: the user has a session running now; a reminder
    that would go out is held back (``SKIP_SESSION_OPEN``) and counts as that day's. The
    returned ``next_fire_at`` is always after ``now``; store it and, when ``counts_as_sent``,
    store ``local_date`` as the last sent date.
    """
    _require_aware(scheduled_for, "scheduled_for")
    _require_aware(now, "now")
    tz = tzinfo_for(rule.tz_name)
    snooze = not is_regular_fire(rule, scheduled_for)
    fire = scheduled_for.astimezone(UTC)
    if not snooze and now > fire:
        # The bot may have been down for days: only the latest missed fire counts.
        fire = max(fire, _last_fire_at_or_before(rule, now, tz))
    fire_date = fire.astimezone(tz).date()
    lateness = now - fire

    if not snooze and fire_date == last_sent_local_date:
        outcome = Outcome.SKIP_ALREADY_SENT
    elif completed_today:
        outcome = Outcome.SKIP_DONE_TODAY
    elif lateness > LATE_LIMIT:
        outcome = Outcome.SKIP_MISSED
    elif session_open:
        outcome = Outcome.SKIP_SESSION_OPEN
    elif lateness > ON_TIME_GRACE:
        outcome = Outcome.SEND_LATE
    else:
        outcome = Outcome.SEND

    counted = (Outcome.SEND, Outcome.SEND_LATE, Outcome.SKIP_SESSION_OPEN)
    sent_date = fire_date if outcome in counted else last_sent_local_date
    following = next_fire_at(rule, max(now, fire), not_on=sent_date)
    return Decision(outcome, fire_date, following, snooze)


def snooze_until(choice: SnoozeChoice | str, now: datetime, tz_name: str) -> datetime:
    """When a snoozed reminder comes back (UTC). "evening": 19:00 local today, or one hour
    from now once it is 18:30 or later."""
    _require_aware(now, "now")
    choice = SnoozeChoice(choice)
    now = now.astimezone(UTC)
    if choice is SnoozeChoice.MINUTES_15:
        return now + timedelta(minutes=15)
    if choice is SnoozeChoice.HOUR_1:
        return now + timedelta(hours=1)
    tz = tzinfo_for(tz_name)
    local_now = now.astimezone(tz)
    if local_now.time() >= EVENING_CUTOFF:
        return now + timedelta(hours=1)
    return resolve_local(local_now.date(), EVENING, tz)


def skip_today(rule: ReminderRule, now: datetime) -> datetime:
    """The next fire after the end of the user's local today (UTC)."""
    _require_aware(now, "now")
    tz = tzinfo_for(rule.tz_name)
    today = now.astimezone(tz).date()
    return next_fire_at(rule, now, not_on=today)


def missed_days(
    last_session_local_date: date | None,
    today: date,
    weekdays: Iterable[int] = range(7),
) -> int:
    """Reminder days since the last session without one, today not counted (the day is not
    over). Only the rule's weekdays count. No session ever: 0 (nothing to come back to)."""
    if last_session_local_date is None or last_session_local_date >= today:
        return 0
    allowed = frozenset(weekdays)
    gap = (today - last_session_local_date).days - 1
    if gap <= 0:
        return 0
    full_weeks, rest = divmod(gap, 7)
    count = full_weeks * len(allowed)
    first = last_session_local_date + timedelta(days=1 + full_weeks * 7)
    count += sum(1 for i in range(rest) if (first + timedelta(days=i)).weekday() in allowed)
    return count


def reminder_variant(
    *,
    missed: int,
    last_pain_rise: int | None,
    flare_settled: bool = False,
) -> ReminderVariant:
    """Which reminder to send. ``missed``: ``missed_days(...)``. ``last_pain_rise``: pain
    after minus pain before in the last session (``None`` if unknown). ``flare_settled``:
    the user has already answered "Yes, back to usual" since that session."""
    if last_pain_rise is not None and last_pain_rise >= FLARE_PAIN_RISE and not flare_settled:
        return ReminderVariant.FLARE_CHECK
    if missed >= SHORT_VERSION_AFTER_MISSED_DAYS:
        return ReminderVariant.SHORT_VERSION
    return ReminderVariant.NORMAL
