"""SAFETY.md sections 2, 3, 4 and 6 at the pure level: the onboarding gate, the session
decision for every sign and zone boundary, the emergency lockout and the rest day, and the
flare follow-up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.screening import rules as sc
from coach.screening.rules import (
    AfterVerdict,
    Decision,
    Outcome,
    ScreenGroup,
    SessionOutcome,
    after_session,
    decide,
    flare_followup,
    needs_onboarding_rescreen,
    onboarding_gate,
    parse_pain,
)
from content import texts

NOW = datetime(2026, 3, 15, 9, 0, tzinfo=UTC)
NONE: frozenset[str] = frozenset()


def days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


# --- the checklists match their texts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("keys", "signs"),
    [
        (sc.READINESS_KEYS, texts.READINESS_SIGNS),
        (sc.BACK_KEYS, texts.BACK_SIGNS),
        (sc.EMERGENCY_KEYS, texts.EMERGENCY_SIGNS),
        (sc.CLINICIAN_KEYS, texts.CLINICIAN_SIGNS),
    ],
)
def test_every_sign_has_a_short_label_and_a_description(keys, signs):
    assert tuple(s.key for s in signs) == keys
    for sign in signs:
        assert 0 < len(sign.label) <= 32, sign.label
        assert sign.detail


def test_readiness_covers_the_seven_par_q_topics_split_into_single_things():
    assert set(sc.READINESS_KEYS) == {
        "heart_condition",
        "high_blood_pressure",
        "chest_pain",
        "dizziness_balance",
        "lost_consciousness",
        "chronic_condition",
        "chronic_medication",
        "bone_joint_problem",
        "supervised_only",
    }


# --- onboarding gate (SAFETY 2) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("readiness", "back", "groups"),
    [
        (NONE, NONE, ()),
        *[(frozenset({k}), NONE, (ScreenGroup.READINESS,)) for k in sc.READINESS_KEYS],
        *[(NONE, frozenset({k}), (ScreenGroup.BACK,)) for k in sc.BACK_KEYS],
        (
            frozenset({"chest_pain"}),
            frozenset({"pregnancy"}),
            (ScreenGroup.READINESS, ScreenGroup.BACK),
        ),
    ],
)
def test_any_yes_needs_confirmed_clearance(readiness, back, groups):
    gate = onboarding_gate(readiness, back)
    assert gate.groups == groups
    assert gate.needs_clearance is bool(groups)


def test_unknown_onboarding_keys_are_a_programming_error():
    with pytest.raises(ValueError):
        onboarding_gate(frozenset({"typo"}), NONE)


@pytest.mark.parametrize(
    ("completed_at", "now", "health_changed", "expected"),
    [
        (None, NOW, False, True),
        (NOW - timedelta(days=364), NOW, False, False),
        (datetime(2025, 3, 15, 9, 0, tzinfo=UTC), NOW, False, True),  # exactly 12 months
        (datetime(2025, 3, 15, 9, 1, tzinfo=UTC), NOW, False, False),
        (NOW - timedelta(days=1), NOW, True, True),
        # 29 February + 12 months = 28 February
        (
            datetime(2024, 2, 29, tzinfo=UTC),
            datetime(2025, 2, 28, tzinfo=UTC),
            False,
            True,
        ),
        (
            datetime(2024, 2, 29, tzinfo=UTC),
            datetime(2025, 2, 27, tzinfo=UTC),
            False,
            False,
        ),
    ],
)
def test_onboarding_rescreen_after_12_months_or_a_health_change(
    completed_at, now, health_changed, expected
):
    assert needs_onboarding_rescreen(completed_at, now, health_changed) is expected


# --- pre-session decision (SAFETY 3 and 4) ---------------------------------------------------


@pytest.mark.parametrize("key", sc.EMERGENCY_KEYS)
def test_each_emergency_sign_stops_with_urgent_help(key):
    for pain in (None, 0, 10):
        decision = decide(frozenset({key}), NONE, pain, 0, False)
        assert decision == Decision(Outcome.EMERGENCY, (key,))
        assert not decision.outcome.allows_session


@pytest.mark.parametrize("key", sc.CLINICIAN_KEYS)
def test_each_clinician_sign_means_no_session_and_see_a_clinician(key):
    decision = decide(NONE, frozenset({key}), None, 0, False)
    assert decision == Decision(Outcome.CLINICIAN, (key,))
    assert not decision.outcome.allows_session


def test_emergency_wins_over_clinician_and_reasons_keep_checklist_order():
    decision = decide(
        frozenset({"chest_pain_now", "bladder"}), frozenset({"fever_unwell"}), 0, 0, False
    )
    assert decision == Decision(Outcome.EMERGENCY, ("bladder", "chest_pain_now"))


@pytest.mark.parametrize(
    ("pain", "usual", "flare", "outcome", "reasons"),
    [
        (0, 0, False, Outcome.GREEN, ()),
        (1, 0, False, Outcome.GREEN, ()),
        (3, 3, False, Outcome.GREEN, ()),
        (3, 2, False, Outcome.GREEN, ()),  # 1 above usual is within measurement error
        (2, 0, False, Outcome.AMBER, ("above_usual",)),  # 2 above usual
        (3, 1, False, Outcome.AMBER, ("above_usual",)),
        (4, 4, False, Outcome.AMBER, ("pain_4_5",)),  # boundary 3/4
        (5, 5, False, Outcome.AMBER, ("pain_4_5",)),
        (5, 2, False, Outcome.AMBER, ("pain_4_5", "above_usual")),
        (0, 0, True, Outcome.AMBER, ("flare_unresolved",)),  # SAFETY 6 next day
        (4, 1, True, Outcome.AMBER, ("pain_4_5", "above_usual", "flare_unresolved")),
        (6, 6, False, Outcome.RED, ("pain_6_plus",)),  # boundary 5/6
        (6, 0, True, Outcome.RED, ("pain_6_plus",)),
        (10, 10, False, Outcome.RED, ("pain_6_plus",)),
    ],
)
def test_pain_zones(pain, usual, flare, outcome, reasons):
    decision = decide(NONE, NONE, pain, usual, flare)
    assert decision == Decision(outcome, reasons)
    assert decision.outcome.allows_session is (outcome in (Outcome.GREEN, Outcome.AMBER))


@pytest.mark.parametrize(("pain", "usual"), [(None, 0), (11, 0), (-1, 0), (3, 11)])
def test_decide_refuses_missing_or_impossible_scores(pain, usual):
    with pytest.raises(ValueError):
        decide(NONE, NONE, pain, usual, False)


# --- emergency lockout (SAFETY 3.1) ----------------------------------------------------------


def test_lockout_lasts_24_hours_after_an_emergency_answer():
    assert sc.exercise_locked_until(None) is None
    at = days_ago(0.5)
    assert sc.exercise_locked_until(at) == at + timedelta(hours=24)


@pytest.mark.parametrize(
    ("last_emergency_at", "active"),
    [
        (None, False),
        (NOW - timedelta(hours=1), True),
        (NOW - timedelta(hours=23, minutes=59), True),
        (NOW - timedelta(hours=24), False),
        (NOW - timedelta(days=3), False),
    ],
)
def test_no_exercise_within_24_hours_of_an_emergency_answer(last_emergency_at, active):
    assert sc.lockout_active(last_emergency_at, NOW) is active
    hold = sc.exercise_hold(NOW, emergency_at=last_emergency_at, rest_day_at=None, tz=None)
    assert (hold is not None) is active
    if hold is not None:
        assert hold.reason is sc.HoldReason.EMERGENCY
        assert (hold.since, hold.until) == (last_emergency_at, last_emergency_at + sc.LOCKOUT)


# --- "no session today" means today (SAFETY 3.2, 4 red, 7) ------------------------------------

BERLIN = ZoneInfo("Europe/Berlin")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def test_the_decisions_that_mean_no_session_today():
    assert {Outcome.RED.value, Outcome.CLINICIAN.value} == sc.REST_DAY_DECISIONS
    for outcome in (Outcome.GREEN, Outcome.AMBER, Outcome.EMERGENCY):
        assert outcome.value not in sc.REST_DAY_DECISIONS


@pytest.mark.parametrize(
    ("decided_at", "tz", "until"),
    [
        # 09:00 UTC is 10:00 in Berlin (winter): the day ends at Berlin's midnight, 23:00 UTC
        (datetime(2026, 1, 10, 9, 0, tzinfo=UTC), BERLIN, datetime(2026, 1, 10, 23, 0, tzinfo=UTC)),
        # 23:30 UTC is already 00:30 the next day in Berlin: that whole day
        (
            datetime(2026, 1, 10, 23, 30, tzinfo=UTC),
            BERLIN,
            datetime(2026, 1, 11, 23, 0, tzinfo=UTC),
        ),
        # summer time: Berlin's midnight is 22:00 UTC
        (datetime(2026, 7, 1, 5, 0, tzinfo=UTC), BERLIN, datetime(2026, 7, 1, 22, 0, tzinfo=UTC)),
        # 03:00 UTC is 19:00 the day before in Los Angeles: only five hours are left of it
        (
            datetime(2026, 1, 10, 3, 0, tzinfo=UTC),
            LOS_ANGELES,
            datetime(2026, 1, 10, 8, 0, tzinfo=UTC),
        ),
        # the night the clocks go forward (29 March 2026 in Berlin): midnight still ends the day
        (
            datetime(2026, 3, 28, 12, 0, tzinfo=UTC),
            BERLIN,
            datetime(2026, 3, 28, 23, 0, tzinfo=UTC),
        ),
        # time zone unknown: 24 hours, the cautious reading of "today"
        (datetime(2026, 1, 10, 9, 0, tzinfo=UTC), None, datetime(2026, 1, 11, 9, 0, tzinfo=UTC)),
    ],
)
def test_a_rest_day_lasts_until_local_midnight(decided_at, tz, until):
    assert sc.rest_day_until(decided_at, tz) == until
    assert sc.exercise_hold(
        until - timedelta(seconds=1), emergency_at=None, rest_day_at=decided_at, tz=tz
    ) == sc.Hold(sc.HoldReason.REST_DAY, decided_at, until)
    assert sc.exercise_hold(until, emergency_at=None, rest_day_at=decided_at, tz=tz) is None


def test_no_hold_without_a_cause():
    assert sc.exercise_hold(NOW, emergency_at=None, rest_day_at=None, tz=BERLIN) is None
    old = NOW - timedelta(days=2)
    assert sc.exercise_hold(NOW, emergency_at=old, rest_day_at=old, tz=BERLIN) is None


def test_the_hold_that_lasts_longer_wins():
    emergency = NOW - timedelta(hours=2)  # held until tomorrow 07:00 UTC
    rest_day = NOW - timedelta(hours=1)  # held until Berlin's midnight, 23:00 UTC today
    hold = sc.exercise_hold(NOW, emergency_at=emergency, rest_day_at=rest_day, tz=BERLIN)
    assert hold is not None and hold.reason is sc.HoldReason.EMERGENCY
    # an emergency answered a day and a half ago is over; today's rest day still holds
    earlier = NOW - timedelta(hours=36)
    hold = sc.exercise_hold(NOW, emergency_at=earlier, rest_day_at=rest_day, tz=BERLIN)
    assert hold == sc.Hold(
        sc.HoldReason.REST_DAY, rest_day, datetime(2026, 3, 15, 23, 0, tzinfo=UTC)
    )


# --- after the session (SAFETY 6) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "verdict"),
    [
        (3, 5, AfterVerdict.ROSE),
        (0, 10, AfterVerdict.ROSE),
        (3, 4, AfterVerdict.SAME),
        (3, 3, AfterVerdict.SAME),
        (3, 2, AfterVerdict.EASED),
        (5, 0, AfterVerdict.EASED),
    ],
)
def test_a_rise_of_two_or_more_counts_as_a_flare(before, after, verdict):
    assert after_session(before, after) is verdict


def flare(days: float, settled: bool | None = None) -> SessionOutcome:
    return SessionOutcome(days_ago(days), pain_before=2, pain_after=4, settled=settled)


def calm(days: float, before: int = 2, after: int = 2) -> SessionOutcome:
    return SessionOutcome(days_ago(days), pain_before=before, pain_after=after)


@pytest.mark.parametrize(
    ("history", "ask", "gentle", "recent", "reasons"),
    [
        ([], False, False, 0, ()),
        ([calm(1)], False, False, 0, ()),
        ([flare(1)], True, False, 1, ()),  # ask the next-day question
        ([flare(1, settled=False)], False, True, 1, ()),  # unsettled: gentle, pause
        ([flare(1, settled=True)], False, False, 1, ()),
        ([flare(3, settled=False), calm(1)], False, False, 1, ()),  # latest session was calm
        ([flare(10, True), flare(1, True)], False, False, 2, (sc.FLARES_IN_14_DAYS,)),
        ([flare(13.9, True), flare(0.5, None)], True, False, 2, (sc.FLARES_IN_14_DAYS,)),
        # the first flare is too old (pain-before dropped since, so it is improving)
        ([flare(15, True), SessionOutcome(days_ago(1), 1, 3, True)], False, False, 1, ()),
        # a session without pain-after neither flares nor hides the flare before it
        (
            [flare(2), SessionOutcome(days_ago(1), 2, None)],
            True,
            False,
            1,
            (),
        ),
        ([flare(1), SessionOutcome(NOW + timedelta(days=1), 2, 2)], True, False, 1, ()),
    ],
)
def test_flare_followup(history, ask, gentle, recent, reasons):
    followup = flare_followup(history, NOW)
    assert followup.ask_settled is ask
    assert followup.gentle_next is gentle
    assert followup.suggest_pause is gentle
    assert followup.recent_flares == recent
    assert followup.clinician_reasons == reasons
    assert followup.suggest_clinician is bool(reasons)


@pytest.mark.parametrize(
    ("pains", "expected"),
    [
        # (days ago, pain before): the first week is days 21-14 ago
        ([(20, 4), (15, 4), (10, 4), (1, 5)], True),  # never below the first week's 4
        ([(20, 4), (10, 4), (1, 3)], False),  # dropped below
        ([(20, 3), (18, 5), (5, 4)], True),  # first-week average 4, later 4: no improvement
        ([(20, 3), (18, 5), (5, 3)], False),
        ([(10, 4), (1, 5)], False),  # no first week: too early to say
        ([(20, 4), (16, 4)], False),  # nothing after the first week
        ([(20, 0), (5, 0)], False),  # no pain to improve on
        ([(25, 4), (10, 4), (1, 5)], False),  # outside the 3-week window
    ],
)
def test_no_improvement_over_three_weeks_suggests_a_clinician(pains, expected):
    history = [calm(d, before=p, after=p) for d, p in pains]
    followup = flare_followup(history, NOW)
    assert (sc.NO_IMPROVEMENT in followup.clinician_reasons) is expected


# --- typed pain ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", 7),
        (" 7 ", 7),
        ("7/10", 7),
        ("7 / 10", 7),
        ("7 out of 10", 7),
        ("seven", 7),
        ("Seven.", 7),
        ("pain 7", 7),
        ("my pain is 7", 7),
        ("it's a 4", 7 - 3),
        ("It’s about 3 now", 3),
        ("0", 0),
        ("zero", 0),
        ("10", 10),
        ("ten", 10),
        ("10/10", 10),
        ("11", None),
        ("-1", None),
        ("7.5", None),
        ("3/5", None),
        ("7/100", None),
        ("", None),
        ("hello", None),
        ("7 8", None),
        ("I fell 3 days ago", None),
        ("pain shooting down my leg 6", None),
        ("100", None),
    ],
)
def test_parse_pain(text, expected):
    assert parse_pain(text) == expected
