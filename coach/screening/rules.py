"""Screening decisions (SAFETY.md sections 2, 3, 4 and 6), pure.

All times are aware UTC ``datetime``s passed in by the caller.

Onboarding (section 2)
    `READINESS_KEYS` and `BACK_KEYS` are the sign keys of the two onboarding checklists (each a
    single thing; the PAR-Q+ topics are split). `onboarding_gate` says whether clearance must be
    confirmed before the first session, and for which group. `needs_onboarding_rescreen` is true
    12 calendar months after the last screen, or when the user says their health changed.

Before every session (sections 3 and 4)
    `EMERGENCY_KEYS` and `CLINICIAN_KEYS` are the pre-session checklists. `decide` turns the
    answers and the pain score into a `Decision`, checked in this order: emergency, clinician,
    red (pain 6+), amber (pain 4-5, 2+ above usual, or an unsettled flare), green.

Holds: no exercise for a while (sections 3.1, 3.2 and 4)
    `exercise_hold` says whether a session may start (or resume) now, and if not, why and
    until when. An emergency answer holds exercise for 24 hours (below). A *rest day* follows
    whatever made the bot say "no session today": a pre-session check with a see-a-clinician
    sign or pain 6+ (red), a clinician-level message typed anywhere (section 7), and a session
    the bot stopped because pain rose or was too high. It lasts until the user's next local
    midnight; when their time zone is unknown, 24 hours (the cautious reading of "today").
    A fresh screen the same day does not lift it: the reply already said "not today".

Emergency lockout (section 3.1)
    SAFETY.md asks that no exercise be offered for 24 hours after an emergency answer without a
    fresh screen. We read it cautiously: no session at all for 24 hours (a fresh screen inside
    the window cannot unlock it), and the first session after that screens afresh like every
    session. `exercise_locked_until` gives the end of the window; reminders are held back in it.

After the session (section 6)
    `after_session` compares pain before and after: a rise of 2 or more is ROSE (Childs 2005),
    any fall EASED, anything else SAME. `flare_followup` reads the recent history:

    - a *flare* is a session whose pain rose by 2 or more;
    - if the latest session flared and nobody has asked yet (``settled is None``), ask the
      next-day check-in question (``ask_settled``);
    - if it flared and has not settled (``settled is False``), the next session is the gentler
      variant and we suggest pausing until pain is back to usual;
    - suggest a physio or GP after two flares within 14 days (settled or not: the cautious
      reading), or after *no improvement over a few weeks*, defined as: sessions exist both in
      the first week of the last 21 days and after it, the first week's average pain-before is at
      least 1, and no later session's pain-before dropped below that average.

Free text
    `parse_pain` reads a typed pain score ("7", "7/10", "seven", "my pain is 7"), and refuses
    anything that is not clearly one whole number from 0 to 10 (sentences with other words or
    numbers return ``None``, so "I fell 3 days ago" is never read as pain 3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import Enum

READINESS_KEYS: tuple[str, ...] = (
    "heart_condition",
    "high_blood_pressure",
    "chest_pain",
    "dizziness_balance",
    "lost_consciousness",
    "chronic_condition",
    "chronic_medication",
    "bone_joint_problem",
    "supervised_only",
)
BACK_KEYS: tuple[str, ...] = (
    "osteoporosis",
    "spine_fracture",
    "spondylolisthesis",
    "pars_defect",
    "steroids_3_months",
    "back_surgery_12_months",
    "pregnancy",
)
EMERGENCY_KEYS: tuple[str, ...] = (
    "saddle_numbness",
    "bladder",
    "bowel",
    "both_legs",
    "weakening_legs",
    "serious_accident",
    "chest_pain_now",
)
CLINICIAN_KEYS: tuple[str, ...] = (
    "fever_unwell",
    "weight_loss",
    "rest_night_pain",
    "between_shoulder_blades",
    "one_leg_symptoms",
    "something_new",
)

PAIN_MIN, PAIN_MAX = 0, 10
GREEN_MAX = 3  # pain 0-3 is green (unless 2+ above usual)
AMBER_MAX = 5  # pain 4-5 is amber; 6+ is red
RISE_THRESHOLD = 2  # Childs 2005: a 2-point change exceeds measurement error
LOCKOUT = timedelta(hours=24)
FLARE_WINDOW = timedelta(days=14)
FLARES_FOR_CLINICIAN = 2
IMPROVEMENT_WINDOW = timedelta(days=21)
IMPROVEMENT_FIRST_WEEK = timedelta(days=7)
IMPROVEMENT_MIN_AVERAGE = 1.0
RESCREEN_MONTHS = 12


class ScreenGroup(Enum):
    READINESS = "readiness"
    BACK = "back"


@dataclass(frozen=True)
class Gate:
    """Result of the onboarding screen. ``groups`` lists each group with a yes, in order."""

    groups: tuple[ScreenGroup, ...]

    @property
    def needs_clearance(self) -> bool:
        return bool(self.groups)


def _check_keys(keys: frozenset[str], allowed: Sequence[str], what: str) -> None:
    unknown = keys - frozenset(allowed)
    if unknown:
        raise ValueError(f"unknown {what} sign(s): {sorted(unknown)}")


def onboarding_gate(readiness: frozenset[str], back: frozenset[str]) -> Gate:
    """Any readiness yes: check with a doctor or qualified exercise professional first. Any back
    history yes: ask a clinician about twisting exercises first. Either way the user continues
    only after confirming clearance (the handler records the answers and the confirmation)."""
    _check_keys(readiness, READINESS_KEYS, "readiness")
    _check_keys(back, BACK_KEYS, "back history")
    groups = []
    if readiness:
        groups.append(ScreenGroup.READINESS)
    if back:
        groups.append(ScreenGroup.BACK)
    return Gate(tuple(groups))


def _add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    for day in (moment.day, 30, 29, 28):  # clamp 29-31 to the end of a shorter month
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def needs_onboarding_rescreen(
    completed_at: datetime | None, now: datetime, health_changed: bool
) -> bool:
    """True when there is no onboarding screen yet, the last one is 12 months old or more, or
    the user says their health has changed."""
    if completed_at is None or health_changed:
        return True
    return now >= _add_months(completed_at, RESCREEN_MONTHS)


class Outcome(Enum):
    EMERGENCY = "emergency"
    CLINICIAN = "clinician"
    RED = "red"
    AMBER = "amber"
    GREEN = "green"

    @property
    def allows_session(self) -> bool:
        return self in (Outcome.AMBER, Outcome.GREEN)


# Reasons other than sign keys (which are used as reasons for EMERGENCY and CLINICIAN).
PAIN_6_PLUS = "pain_6_plus"
PAIN_4_5 = "pain_4_5"
ABOVE_USUAL = "above_usual"
FLARE_UNRESOLVED = "flare_unresolved"


@dataclass(frozen=True)
class Decision:
    """``reasons``: the ticked sign keys for EMERGENCY and CLINICIAN (in checklist order); for
    RED ``("pain_6_plus",)``; for AMBER any of ``pain_4_5``, ``above_usual``,
    ``flare_unresolved``; empty for GREEN."""

    outcome: Outcome
    reasons: tuple[str, ...] = ()


def _in_order(keys: frozenset[str], order: Sequence[str]) -> tuple[str, ...]:
    return tuple(k for k in order if k in keys)


def decide(
    emergency: frozenset[str],
    clinician: frozenset[str],
    pain_now: int | None,
    usual_pain: int,
    flare_unresolved: bool,
) -> Decision:
    """The session decision. ``pain_now`` may be ``None`` only when a sign is ticked (the screen
    stops before the pain question); otherwise it raises ``ValueError``, as it does for unknown
    keys or scores outside 0-10."""
    _check_keys(emergency, EMERGENCY_KEYS, "emergency")
    _check_keys(clinician, CLINICIAN_KEYS, "clinician")
    if emergency:
        return Decision(Outcome.EMERGENCY, _in_order(emergency, EMERGENCY_KEYS))
    if clinician:
        return Decision(Outcome.CLINICIAN, _in_order(clinician, CLINICIAN_KEYS))
    if pain_now is None:
        raise ValueError("pain_now is required when no sign is ticked")
    for score in (pain_now, usual_pain):
        if not PAIN_MIN <= score <= PAIN_MAX:
            raise ValueError(f"pain score out of range: {score}")
    if pain_now > AMBER_MAX:
        return Decision(Outcome.RED, (PAIN_6_PLUS,))
    reasons = []
    if pain_now > GREEN_MAX:
        reasons.append(PAIN_4_5)
    if pain_now - usual_pain >= RISE_THRESHOLD:
        reasons.append(ABOVE_USUAL)
    if flare_unresolved:
        reasons.append(FLARE_UNRESOLVED)
    return Decision(Outcome.AMBER, tuple(reasons)) if reasons else Decision(Outcome.GREEN)


def exercise_locked_until(last_emergency_at: datetime | None) -> datetime | None:
    """End of the 24-hour window after an emergency answer, or ``None`` if there was none."""
    return None if last_emergency_at is None else last_emergency_at + LOCKOUT


def lockout_active(last_emergency_at: datetime | None, now: datetime) -> bool:
    until = exercise_locked_until(last_emergency_at)
    return until is not None and now < until


class HoldReason(Enum):
    EMERGENCY = "emergency"  # 24 hours after an emergency answer (section 3.1)
    REST_DAY = "rest_day"  # the rest of the local day after a "no session today"


# Screening decisions that mean "no session today" (see the module docstring).
REST_DAY_DECISIONS = frozenset({Outcome.RED.value, Outcome.CLINICIAN.value})


@dataclass(frozen=True)
class Hold:
    reason: HoldReason
    since: datetime  # when the answer that caused it was given
    until: datetime  # exercise may be offered again from then


def rest_day_until(decided_at: datetime, tz: tzinfo | None) -> datetime:
    """The end of "today" for a decision at ``decided_at``: the next local midnight in ``tz``,
    or 24 hours later when the time zone is unknown."""
    if tz is None:
        return decided_at + LOCKOUT
    tomorrow = decided_at.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0), tzinfo=tz).astimezone(UTC)


def exercise_hold(
    now: datetime,
    *,
    emergency_at: datetime | None,
    rest_day_at: datetime | None,
    tz: tzinfo | None,
) -> Hold | None:
    """The hold in force at ``now`` (the one that lasts longer if both are), or ``None``.
    ``emergency_at``: the latest emergency answer; ``rest_day_at``: the latest "no session
    today" (see ``REST_DAY_DECISIONS`` and the module docstring)."""
    holds = []
    if emergency_at is not None and lockout_active(emergency_at, now):
        holds.append(Hold(HoldReason.EMERGENCY, emergency_at, emergency_at + LOCKOUT))
    if rest_day_at is not None and now < (until := rest_day_until(rest_day_at, tz)):
        holds.append(Hold(HoldReason.REST_DAY, rest_day_at, until))
    return max(holds, key=lambda hold: hold.until, default=None)


class AfterVerdict(Enum):
    ROSE = "rose"
    SAME = "same"
    EASED = "eased"


def after_session(pain_before: int, pain_after: int) -> AfterVerdict:
    change = pain_after - pain_before
    if change >= RISE_THRESHOLD:
        return AfterVerdict.ROSE
    return AfterVerdict.EASED if change < 0 else AfterVerdict.SAME


@dataclass(frozen=True)
class SessionOutcome:
    """One past session as the follow-up rules see it. ``settled``: the answer to the next-day
    check-in (``None`` when not asked, or not needed)."""

    ended_at: datetime
    pain_before: int
    pain_after: int | None
    settled: bool | None = None

    @property
    def flared(self) -> bool:
        return (
            self.pain_after is not None
            and after_session(self.pain_before, self.pain_after) is AfterVerdict.ROSE
        )


# Followup.reasons
FLARES_IN_14_DAYS = "flares_in_14_days"
NO_IMPROVEMENT = "no_improvement"


@dataclass(frozen=True)
class Followup:
    """What the history means for the next session.

    ``ask_settled``: ask the check-in question first (the latest session flared, unanswered).
    ``gentle_next``: the latest flare has not settled; the next session is the gentler variant.
    ``suggest_pause``: suggest pausing until pain is back to usual (same condition for now).
    ``recent_flares``: flares within the last 14 days, so a flare today can tell whether it is
    the second. ``clinician_reasons``: why to suggest a physio or GP (empty: don't)."""

    ask_settled: bool = False
    gentle_next: bool = False
    suggest_pause: bool = False
    recent_flares: int = 0
    clinician_reasons: tuple[str, ...] = ()

    @property
    def suggest_clinician(self) -> bool:
        return bool(self.clinician_reasons)


NO_FOLLOWUP = Followup()


def _no_improvement(history: Sequence[SessionOutcome], now: datetime) -> bool:
    start = now - IMPROVEMENT_WINDOW
    first_week_end = start + IMPROVEMENT_FIRST_WEEK
    first = [s.pain_before for s in history if start <= s.ended_at < first_week_end]
    later = [s.pain_before for s in history if first_week_end <= s.ended_at <= now]
    if not first or not later:
        return False
    average = sum(first) / len(first)
    return average >= IMPROVEMENT_MIN_AVERAGE and all(p >= average for p in later)


def flare_followup(history: Sequence[SessionOutcome], now: datetime) -> Followup:
    """Read the session history (any order; sessions after ``now`` are ignored)."""
    past = sorted((s for s in history if s.ended_at <= now), key=lambda s: s.ended_at)
    scored = [s for s in past if s.pain_after is not None]
    latest = scored[-1] if scored else None
    ask = latest is not None and latest.flared and latest.settled is None
    unsettled = latest is not None and latest.flared and latest.settled is False
    recent = sum(1 for s in scored if s.flared and s.ended_at >= now - FLARE_WINDOW)
    reasons = []
    if recent >= FLARES_FOR_CLINICIAN:
        reasons.append(FLARES_IN_14_DAYS)
    if _no_improvement(past, now):
        reasons.append(NO_IMPROVEMENT)
    return Followup(
        ask_settled=ask,
        gentle_next=unsettled,
        suggest_pause=unsettled,
        recent_flares=recent,
        clinician_reasons=tuple(reasons),
    )


_NUMBER_WORDS = {
    "zero": 0,
    "nought": 0,
    "none": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# Words that may surround the number without changing its meaning.
_FILLER = frozenset(
    (
        "pain",
        "is",
        "my",
        "it",
        "its",
        "it's",
        "i'm",
        "im",
        "i",
        "am",
        "a",
        "an",
        "about",
        "around",
        "maybe",
        "now",
        "right",
        "level",
        "score",
        "at",
        "currently",
        "still",
        "like",
        "probably",
    )
)
_OUT_OF_TEN = re.compile(r"\s*(?:/|out\s+of)\s*(?:10|ten)\b")
_TOKEN = re.compile(r"[a-z']+|\d+(?:[.,]\d+)?|\S")


def parse_pain(text: str) -> int | None:
    """A typed pain score 0-10, or ``None`` unless the text is clearly one such number."""
    cleaned = _OUT_OF_TEN.sub(" ", text.strip().lower().replace("’", "'"))
    numbers: list[int] = []
    for token in _TOKEN.findall(cleaned):
        if token.isdigit():
            numbers.append(int(token))
        elif token in _NUMBER_WORDS:
            numbers.append(_NUMBER_WORDS[token])
        elif token in _FILLER or token in {".", "!", ","}:
            continue
        else:
            return None  # another word, a sign, a decimal: not clearly a score
    if len(numbers) != 1 or not PAIN_MIN <= numbers[0] <= PAIN_MAX:
        return None
    return numbers[0]
