from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

import pytest

from coach.reminders.schedule import (
    Outcome,
    ReminderRule,
    ReminderVariant,
    SnoozeChoice,
    due_decision,
    is_regular_fire,
    local_date,
    missed_days,
    next_fire_at,
    reminder_variant,
    resolve_local,
    skip_today,
    snooze_until,
)
from coach.reminders.timeparse import ALL_DAYS, WEEKEND_DAYS, WORK_DAYS
from coach.reminders.timezones import tzinfo_for


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def local(tz_name: str, year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tzinfo_for(tz_name))


def rule(hhmm: str, tz_name: str = "Europe/Berlin", days: Iterable[int] = ALL_DAYS) -> ReminderRule:
    return ReminderRule(time(int(hhmm[:2]), int(hhmm[3:])), frozenset(days), tz_name)


# --- next_fire_at ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("r", "after", "expected"),
    [
        # Berlin in winter is UTC+1
        (rule("07:30"), utc(2025, 12, 1, 5, 0), utc(2025, 12, 1, 6, 30)),
        # strictly after: at the fire time itself, the next one is tomorrow
        (rule("07:30"), utc(2025, 12, 1, 6, 30), utc(2025, 12, 2, 6, 30)),
        (rule("07:30"), utc(2025, 12, 1, 6, 29, 59), utc(2025, 12, 1, 6, 30)),
        # summer time, UTC+2
        (rule("07:30"), utc(2025, 7, 1, 12, 0), utc(2025, 7, 2, 5, 30)),
        # midnight and a local date ahead of the UTC date
        (rule("00:00"), utc(2025, 12, 1, 22, 0), utc(2025, 12, 1, 23, 0)),
        (rule("07:30", "Asia/Tokyo"), utc(2025, 12, 1, 23, 0), utc(2025, 12, 2, 22, 30)),
        (rule("07:30", "Pacific/Kiritimati"), utc(2025, 12, 1, 0, 0), utc(2025, 12, 1, 17, 30)),
        # fixed offsets
        (rule("07:30", "UTC+05:30"), utc(2025, 12, 1, 0, 0), utc(2025, 12, 1, 2, 0)),
        (rule("07:30", "UTC-03:00"), utc(2025, 12, 1, 11, 0), utc(2025, 12, 2, 10, 30)),
        (rule("07:30", "UTC"), utc(2025, 12, 1, 0, 0), utc(2025, 12, 1, 7, 30)),
    ],
)
def test_next_fire_at(r, after, expected):
    assert next_fire_at(r, after) == expected


@pytest.mark.parametrize(
    ("days", "after", "expected_local"),
    [
        # weekdays: Friday after the fire -> Monday (across the weekend and the week boundary)
        (WORK_DAYS, utc(2025, 12, 5, 7, 0), (2025, 12, 8, 7, 30)),
        # weekdays, asked on Saturday -> Monday
        (WORK_DAYS, utc(2025, 12, 6, 5, 0), (2025, 12, 8, 7, 30)),
        # weekends: Monday -> Saturday
        (WEEKEND_DAYS, utc(2025, 12, 1, 5, 0), (2025, 12, 6, 7, 30)),
        # Sunday only, after Sunday's fire -> next Sunday
        ({6}, utc(2025, 12, 7, 7, 0), (2025, 12, 14, 7, 30)),
        # Monday only, asked late on Sunday -> the next day
        ({0}, utc(2025, 12, 7, 22, 0), (2025, 12, 8, 7, 30)),
        # across the year boundary
        ({3}, utc(2025, 12, 31, 12, 0), (2026, 1, 1, 7, 30)),
        ({0, 2, 4}, utc(2025, 12, 31, 12, 0), (2026, 1, 2, 7, 30)),
    ],
)
def test_weekdays_filter(days, after, expected_local):
    fire = next_fire_at(rule("07:30", days=days), after)
    assert fire == local("Europe/Berlin", *expected_local)
    assert fire.astimezone(tzinfo_for("Europe/Berlin")).weekday() in days


def test_not_on_skips_a_date_already_sent():
    r = rule("20:00")
    # today's 20:00 is still ahead, but today already had its reminder (time was changed)
    fire = next_fire_at(r, utc(2025, 12, 1, 10, 0), not_on=date(2025, 12, 1))
    assert fire == local("Europe/Berlin", 2025, 12, 2, 20, 0)


def test_results_are_utc_and_inputs_must_be_aware():
    assert next_fire_at(rule("07:30"), utc(2025, 12, 1)).tzinfo is UTC
    with pytest.raises(ValueError):
        next_fire_at(rule("07:30"), datetime(2025, 12, 1))


@pytest.mark.parametrize("days", [frozenset(), frozenset({7}), frozenset({-1, 0})])
def test_rule_needs_valid_weekdays(days):
    with pytest.raises(ValueError):
        ReminderRule(time(7, 30), days, "Europe/Berlin")


# --- DST -------------------------------------------------------------------------------

# Europe/London: clocks go 01:00 -> 02:00 on 30 Mar 2025, 02:00 -> 01:00 on 26 Oct 2025.
# America/New_York: 02:00 -> 03:00 on 9 Mar 2025, 02:00 -> 01:00 on 2 Nov 2025.
# Australia/Lord_Howe (a 30-minute shift): 02:00 -> 01:30 on Sun 6 Apr 2025 (01:30-02:00
# happens twice), 02:00 -> 02:30 on Sun 5 Oct 2025 (02:00-02:30 does not exist).


@pytest.mark.parametrize(
    ("tz_name", "hhmm", "after", "expected_utc", "expected_wall"),
    [
        # spring gaps: the first valid minute after the missing time
        ("Europe/London", "01:30", utc(2025, 3, 29, 12), utc(2025, 3, 30, 1, 0), "02:00"),
        ("Europe/London", "01:00", utc(2025, 3, 29, 12), utc(2025, 3, 30, 1, 0), "02:00"),
        ("Europe/London", "01:59", utc(2025, 3, 29, 12), utc(2025, 3, 30, 1, 0), "02:00"),
        ("Europe/London", "02:00", utc(2025, 3, 29, 12), utc(2025, 3, 30, 1, 0), "02:00"),
        ("America/New_York", "02:30", utc(2025, 3, 8, 12), utc(2025, 3, 9, 7, 0), "03:00"),
        ("Australia/Lord_Howe", "02:15", utc(2025, 10, 4, 0), utc(2025, 10, 4, 15, 30), "02:30"),
        # fall-back overlaps: the first occurrence (fold=0, still summer time)
        ("Europe/London", "01:30", utc(2025, 10, 25, 12), utc(2025, 10, 26, 0, 30), "01:30"),
        ("America/New_York", "01:30", utc(2025, 11, 1, 12), utc(2025, 11, 2, 5, 30), "01:30"),
        ("Australia/Lord_Howe", "01:45", utc(2025, 4, 5, 0), utc(2025, 4, 5, 14, 45), "01:45"),
        # 02:15 on Lord Howe's fall-back day is after the overlap: plain standard time
        ("Australia/Lord_Howe", "02:15", utc(2025, 4, 5, 0), utc(2025, 4, 5, 15, 45), "02:15"),
    ],
)
def test_dst_transitions(tz_name, hhmm, after, expected_utc, expected_wall):
    fire = next_fire_at(rule(hhmm, tz_name), after)
    assert fire == expected_utc
    assert fire.astimezone(tzinfo_for(tz_name)).strftime("%H:%M") == expected_wall


@pytest.mark.parametrize(
    ("tz_name", "hhmm", "day_before"),
    [
        ("Europe/London", "01:30", date(2025, 10, 25)),
        ("America/New_York", "01:30", date(2025, 11, 1)),
        ("Australia/Lord_Howe", "01:45", date(2025, 4, 5)),
        ("Australia/Lord_Howe", "01:30", date(2025, 4, 5)),
    ],
)
def test_repeated_local_time_fires_once(tz_name, hhmm, day_before):
    tz = tzinfo_for(tz_name)
    r = rule(hhmm, tz_name)
    cursor = datetime.combine(day_before, time(12), tz).astimezone(UTC)
    fires = []
    for _ in range(3):
        cursor = next_fire_at(r, cursor)
        fires.append(cursor)
    dates = [f.astimezone(tz).date() for f in fires]
    assert dates == [day_before + timedelta(days=i) for i in (1, 2, 3)]
    assert fires[0].astimezone(tz).fold == 0
    # nothing between the first occurrence and the next day's fire
    assert fires[1] - fires[0] > timedelta(hours=23)


def test_spring_gap_then_normal_days():
    r = rule("01:30", "Europe/London")
    first = next_fire_at(r, utc(2025, 3, 29, 12))
    second = next_fire_at(r, first)
    assert first == utc(2025, 3, 30, 1, 0)  # 02:00 BST
    assert second == utc(2025, 3, 31, 0, 30)  # 01:30 BST


def test_resolve_local_finds_first_valid_minute():
    tz = tzinfo_for("Europe/London")
    assert resolve_local(date(2025, 3, 30), time(1, 17), tz) == utc(2025, 3, 30, 1, 0)
    assert resolve_local(date(2025, 3, 30), time(0, 59), tz) == utc(2025, 3, 30, 0, 59)


# --- timezone change -------------------------------------------------------------------


def test_timezone_change_mid_schedule_moving_west():
    # 07:30 in Berlin was sent on Monday (06:30 UTC); at 07:00 UTC the user says they are
    # in New York now, where it is 02:00 on the same Monday.
    sent_date = date(2025, 12, 1)
    new_rule = rule("07:30", "America/New_York")
    now = utc(2025, 12, 1, 7, 0)
    plain_next = next_fire_at(new_rule, now)
    assert plain_next == utc(2025, 12, 1, 12, 30)  # Monday 07:30 in New York
    # the handler passes the last sent date: Monday is not reminded twice
    fire = next_fire_at(new_rule, now, not_on=sent_date)
    assert fire == utc(2025, 12, 2, 12, 30)
    # and if a stale row still fires on Monday, the dispatcher skips it
    decision = due_decision(new_rule, plain_next, plain_next, sent_date, False)
    assert decision.outcome is Outcome.SKIP_ALREADY_SENT
    assert decision.next_fire_at == utc(2025, 12, 2, 12, 30)


def test_timezone_change_mid_schedule_moving_east():
    # sent Monday 07:30 in New York (12:30 UTC); the user flies to Tokyo
    new_rule = rule("07:30", "Asia/Tokyo")
    now = utc(2025, 12, 1, 20, 0)  # Tuesday 05:00 in Tokyo
    fire = next_fire_at(new_rule, now, not_on=date(2025, 12, 1))
    assert fire == utc(2025, 12, 1, 22, 30)  # Tuesday 07:30 in Tokyo
    decision = due_decision(new_rule, fire, fire, date(2025, 12, 1), False)
    assert decision.outcome is Outcome.SEND
    assert decision.local_date == date(2025, 12, 2)


# --- due_decision ----------------------------------------------------------------------

BERLIN = rule("07:30")
MONDAY = date(2025, 12, 1)
FIRE = utc(2025, 12, 1, 6, 30)  # Monday 07:30 in Berlin
NEXT = utc(2025, 12, 2, 6, 30)


@pytest.mark.parametrize(
    ("now", "last_sent", "done", "outcome", "next_fire"),
    [
        (FIRE, None, False, Outcome.SEND, NEXT),
        (FIRE + timedelta(seconds=20), date(2025, 11, 30), False, Outcome.SEND, NEXT),
        (FIRE + timedelta(minutes=5), None, False, Outcome.SEND, NEXT),
        (FIRE + timedelta(minutes=6), None, False, Outcome.SEND_LATE, NEXT),
        (FIRE + timedelta(minutes=60), None, False, Outcome.SEND_LATE, NEXT),
        (FIRE + timedelta(minutes=61), None, False, Outcome.SKIP_MISSED, NEXT),
        (FIRE + timedelta(hours=20), None, False, Outcome.SKIP_MISSED, NEXT),
        (FIRE, MONDAY, False, Outcome.SKIP_ALREADY_SENT, NEXT),
        (FIRE + timedelta(minutes=10), MONDAY, False, Outcome.SKIP_ALREADY_SENT, NEXT),
        (FIRE, None, True, Outcome.SKIP_DONE_TODAY, NEXT),
    ],
)
def test_due_decision(now, last_sent, done, outcome, next_fire):
    decision = due_decision(BERLIN, FIRE, now, last_sent, done)
    assert decision.outcome is outcome
    assert decision.local_date == MONDAY
    assert decision.next_fire_at == next_fire
    assert decision.next_fire_at > now
    assert decision.should_send is (outcome in (Outcome.SEND, Outcome.SEND_LATE))
    assert not decision.snooze


SUNDAY = date(2025, 11, 30)


@pytest.mark.parametrize(
    ("now", "last_sent", "done", "outcome", "last_sent_after"),
    [
        # a reminder that would go out is held back, and counts as Monday's
        (FIRE, None, False, Outcome.SKIP_SESSION_OPEN, MONDAY),
        (FIRE + timedelta(minutes=30), SUNDAY, False, Outcome.SKIP_SESSION_OPEN, MONDAY),
        # the other reasons not to send come first (nothing more to count)
        (FIRE, MONDAY, False, Outcome.SKIP_ALREADY_SENT, MONDAY),
        (FIRE, None, True, Outcome.SKIP_DONE_TODAY, None),
        (FIRE + timedelta(minutes=61), None, False, Outcome.SKIP_MISSED, None),
    ],
)
def test_a_reminder_due_while_a_session_runs_is_held_back_and_counts_as_the_days(
    now, last_sent, done, outcome, last_sent_after
):
    decision = due_decision(BERLIN, FIRE, now, last_sent, done, session_open=True)
    assert decision.outcome is outcome
    assert not decision.should_send
    assert decision.counts_as_sent is (outcome is Outcome.SKIP_SESSION_OPEN)
    stored = decision.local_date if decision.counts_as_sent else last_sent
    assert stored == last_sent_after
    assert decision.next_fire_at == NEXT  # tomorrow's, never later today
    # once it counts, the same day never sends it: a fire found due again is already sent
    again = due_decision(BERLIN, FIRE, now + timedelta(minutes=1), stored, False)
    assert again.should_send is (stored is None and outcome is not Outcome.SKIP_MISSED)


def test_down_for_days_sends_only_todays_if_recent():
    # the row still says Monday; the bot comes back on Thursday 20 min after 07:30
    now = utc(2025, 12, 4, 6, 50)
    decision = due_decision(BERLIN, FIRE, now, date(2025, 11, 30), False)
    assert decision.outcome is Outcome.SEND_LATE
    assert decision.local_date == date(2025, 12, 4)
    assert decision.next_fire_at == utc(2025, 12, 5, 6, 30)


def test_down_for_days_skips_if_todays_is_old():
    now = utc(2025, 12, 4, 9, 0)  # Thursday 10:00 in Berlin
    decision = due_decision(BERLIN, FIRE, now, date(2025, 11, 30), False)
    assert decision.outcome is Outcome.SKIP_MISSED
    assert decision.local_date == date(2025, 12, 4)
    assert decision.next_fire_at == utc(2025, 12, 5, 6, 30)


def test_down_over_a_weekend_with_weekday_rule():
    r = rule("07:30", days=WORK_DAYS)
    friday = utc(2025, 12, 5, 6, 30)
    now = utc(2025, 12, 7, 12, 0)  # Sunday: nothing due today
    decision = due_decision(r, friday, now, date(2025, 12, 4), False)
    assert decision.outcome is Outcome.SKIP_MISSED
    assert decision.local_date == date(2025, 12, 5)
    assert decision.next_fire_at == utc(2025, 12, 8, 6, 30)


def _dispatch(
    r: ReminderRule,
    start: datetime,
    end: datetime,
    *,
    down: Iterable[tuple[datetime, datetime]] = (),
    done_dates: frozenset[date] | set[date] = frozenset(),
    snoozes: dict[date, SnoozeChoice] | None = None,
) -> list[tuple[date, datetime]]:
    """Run a fake dispatcher every 20 s from ``start`` to ``end``: the row's stored
    ``next_fire_at`` and last sent date evolve as the lead's dispatcher would store them."""
    tz = tzinfo_for(r.tz_name)
    down = list(down)
    stored = next_fire_at(r, start)
    last_sent: date | None = None
    sent: list[tuple[date, datetime]] = []
    now = start
    while now < end:
        now += timedelta(seconds=20)
        if any(a <= now < b for a, b in down) or now < stored:
            continue
        today = now.astimezone(tz).date()
        decision = due_decision(r, stored, now, last_sent, today in done_dates)
        if decision.should_send:
            sent.append((decision.local_date, now))
            last_sent = decision.local_date
        stored = decision.next_fire_at
        if snoozes and decision.should_send and decision.local_date in snoozes:
            stored = snooze_until(snoozes.pop(decision.local_date), now, r.tz_name)
    return sent


def test_dispatcher_week_never_twice_per_local_day():
    r = rule("01:30", "Europe/London")
    start = utc(2025, 10, 22, 12)
    end = utc(2025, 10, 30, 12)
    sent = _dispatch(r, start, end)
    days = [d for d, _ in sent]
    assert days == [date(2025, 10, d) for d in range(23, 31)]
    assert len(set(days)) == len(days)


def test_dispatcher_downtime_late_once_or_skipped_and_done_days():
    r = rule("07:30")
    start = utc(2025, 12, 1, 0)
    end = utc(2025, 12, 8, 0)
    down = [
        (utc(2025, 12, 2, 6, 0), utc(2025, 12, 2, 7, 0)),  # back 30 min late: sent late
        (utc(2025, 12, 3, 6, 0), utc(2025, 12, 3, 8, 0)),  # back 90 min late: skipped
        (utc(2025, 12, 4, 6, 0), utc(2025, 12, 6, 6, 45)),  # down two days, back 15 min late
    ]
    sent = _dispatch(r, start, end, down=down, done_dates={date(2025, 12, 7)})
    assert [d for d, _ in sent] == [
        date(2025, 12, 1),
        date(2025, 12, 2),
        date(2025, 12, 6),
    ]
    assert sent[1][1] == utc(2025, 12, 2, 7, 0)


def test_dispatcher_snooze_comes_back_once():
    r = rule("07:30")
    sent = _dispatch(
        r,
        utc(2025, 12, 1, 0),
        utc(2025, 12, 3, 0),
        snoozes={date(2025, 12, 1): SnoozeChoice.EVENING},
    )
    assert [d for d, _ in sent] == [date(2025, 12, 1), date(2025, 12, 1), date(2025, 12, 2)]
    assert sent[1][1] == utc(2025, 12, 1, 18, 0)  # 19:00 Berlin


def test_snooze_fire_is_sent_even_though_today_was_sent():
    snoozed = utc(2025, 12, 1, 6, 45)
    assert not is_regular_fire(BERLIN, snoozed)
    assert is_regular_fire(BERLIN, FIRE)
    decision = due_decision(BERLIN, snoozed, snoozed, MONDAY, False)
    assert decision.outcome is Outcome.SEND
    assert decision.snooze
    assert decision.next_fire_at == NEXT
    # but not when the session is already done, nor when it is very late
    assert due_decision(BERLIN, snoozed, snoozed, MONDAY, True).outcome is (Outcome.SKIP_DONE_TODAY)
    late = due_decision(BERLIN, snoozed, snoozed + timedelta(hours=2), MONDAY, False)
    assert late.outcome is Outcome.SKIP_MISSED


# --- snooze and skip -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "now", "expected"),
    [
        ("15m", utc(2025, 12, 1, 6, 31), utc(2025, 12, 1, 6, 46)),
        (SnoozeChoice.HOUR_1, utc(2025, 12, 1, 6, 31), utc(2025, 12, 1, 7, 31)),
        # this evening: 19:00 local (18:00 UTC in Berlin's winter)
        ("evening", utc(2025, 12, 1, 6, 31), utc(2025, 12, 1, 18, 0)),
        ("evening", utc(2025, 12, 1, 17, 29), utc(2025, 12, 1, 18, 0)),
        # from 18:30 local: one hour from now
        ("evening", utc(2025, 12, 1, 17, 30), utc(2025, 12, 1, 18, 30)),
        ("evening", utc(2025, 12, 1, 21, 0), utc(2025, 12, 1, 22, 0)),
        # summer time
        ("evening", utc(2025, 7, 1, 6, 0), utc(2025, 7, 1, 17, 0)),
    ],
)
def test_snooze_until(choice, now, expected):
    assert snooze_until(choice, now, "Europe/Berlin") == expected


def test_snooze_rejects_unknown_choice():
    with pytest.raises(ValueError):
        snooze_until("2d", utc(2025, 12, 1), "Europe/Berlin")


@pytest.mark.parametrize(
    ("r", "now", "expected"),
    [
        # before today's fire: tomorrow's
        (rule("07:30"), utc(2025, 12, 1, 5, 0), utc(2025, 12, 2, 6, 30)),
        # after today's fire: tomorrow's
        (rule("07:30"), utc(2025, 12, 1, 10, 0), utc(2025, 12, 2, 6, 30)),
        # Friday with a weekday rule: Monday
        (rule("07:30", days=WORK_DAYS), utc(2025, 12, 5, 5, 0), utc(2025, 12, 8, 6, 30)),
        # late evening local, already the next day in UTC terms for a west-of-UTC user
        (rule("20:00", "America/New_York"), utc(2025, 12, 2, 2, 0), utc(2025, 12, 3, 1, 0)),
    ],
)
def test_skip_today(r, now, expected):
    assert skip_today(r, now) == expected


def test_local_date():
    assert local_date(utc(2025, 12, 1, 23, 30), "Europe/Berlin") == date(2025, 12, 2)
    assert local_date(utc(2025, 12, 1, 2, 0), "America/New_York") == date(2025, 11, 30)


# --- variants --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "today", "weekdays", "expected"),
    [
        (None, date(2025, 12, 5), ALL_DAYS, 0),
        (date(2025, 12, 5), date(2025, 12, 5), ALL_DAYS, 0),  # done today
        (date(2025, 12, 4), date(2025, 12, 5), ALL_DAYS, 0),  # yesterday
        (date(2025, 12, 3), date(2025, 12, 5), ALL_DAYS, 1),
        (date(2025, 12, 1), date(2025, 12, 5), ALL_DAYS, 3),  # Tue, Wed, Thu
        (date(2025, 11, 1), date(2025, 12, 1), ALL_DAYS, 29),
        # weekday rule: Friday -> Monday misses nothing (the weekend does not count)
        (date(2025, 12, 5), date(2025, 12, 8), WORK_DAYS, 0),
        (date(2025, 12, 4), date(2025, 12, 9), WORK_DAYS, 2),  # Fri, Mon
        (date(2025, 12, 1), date(2025, 12, 22), WORK_DAYS, 14),
        (date(2025, 12, 1), date(2025, 12, 22), {0}, 2),
    ],
)
def test_missed_days(last, today, weekdays, expected):
    assert missed_days(last, today, weekdays) == expected


@pytest.mark.parametrize(
    ("missed", "rise", "settled", "expected"),
    [
        (0, None, False, ReminderVariant.NORMAL),
        (2, 1, False, ReminderVariant.NORMAL),
        (3, None, False, ReminderVariant.SHORT_VERSION),
        (10, 0, False, ReminderVariant.SHORT_VERSION),
        (0, 2, False, ReminderVariant.FLARE_CHECK),
        (5, 4, False, ReminderVariant.FLARE_CHECK),  # pain first
        (0, 2, True, ReminderVariant.NORMAL),
        (4, 3, True, ReminderVariant.SHORT_VERSION),
        (0, -3, False, ReminderVariant.NORMAL),
    ],
)
def test_reminder_variant(missed, rise, settled, expected):
    assert reminder_variant(missed=missed, last_pain_rise=rise, flare_settled=settled) is expected
