"""The session state machine, pure and serializable.

A handler's whole job::

    state = store.load(...)                       # SessionState.from_json
    t = apply(state, event, now)                  # never raises
    store.save(t.state)                           # t.state.to_json()
    carry out t.effects (timers, records), then render(t.state, now) and send or edit once

Clocks: ``now`` is an aware UTC ``datetime``. Countdown maths uses its POSIX seconds
(``now.timestamp()``): ``block_started_at``, ``deadline`` and ``paused_remaining`` are real
POSIX seconds, so a saved session survives a restart. Block durations are exercise seconds;
a block lasts ``seconds * time_scale`` real seconds (TIME_SCALE, DESIGN.md section 3).

Flow of phases::

    [CHECK_IN] -> SCREEN_EMERGENCY -> SCREEN_CLINICIAN -> SCREEN_PAIN -> READY <-> STEPS -> WORK
         any emergency / clinician sign, or pain 6+  -> DECIDED_STOP (terminal)
    WORK <-> PAUSED;  WORK -> (plan finished, or Stop) -> AFTER_PAIN -> DONE
    READY / STEPS / WORK / PAUSED -> Hurts -> HURT_PAIN -> HURT_OFFER -> WORK (gentle) | STOPPED
                                                      \\-> STOPPED (pain 6+ or 2+ above before)
    Stop before any timed work -> STOPPED

- ``CHECK_IN`` comes first only when the latest session flared and the next-day question is
  unanswered (``Followup.ask_settled``). "Not yet" makes today amber (``flare_unresolved``).
- Every session screens afresh, including within 24 h of an emergency answer (the fresh screen
  is the unlock, see `coach.screening.rules`); ``after_emergency`` only adds a note to the
  checklist.
- Green and amber stop at READY: the verdict (amber says why), the plan, and the choice to see
  the steps or start the timer, or to switch Hold/Flow. Amber means the gentle variant: hand
  support, leg hovering, shorter plan; arm and leg choices are fixed then. On green the user may
  pick the gentle variant too (SAFETY 6 suggests it after a flare that has since settled).
- "I'm ready" (``ImReady``) on the set-up block starts the next block at once; elsewhere it is
  ignored (``"not_setup"``), so a second press or a stale button is harmless.
- Tick moves to the next block when its deadline is reached (a stale or early Tick is ignored).
  The next block starts at the old deadline, so late timer callbacks do not add up; after a
  long gap (a restart) it starts at ``now`` instead.
- Stop during timed work still asks pain-after (SAFETY 6 needs the comparison); the pain
  question has a "Not now" button (Stop again) that ends without it.
- "It hurts" ends the side at once and asks the pain level (SAFETY 5). Then, product decision:
  pain 6+, or 2+ above the pre-session score, ends the session with advice (no pushing on); so
  does any hurt in the gentle variant or a second hurt. Otherwise the user may continue with
  the gentle variant (restarting from the set-up pause, a short plan) or stop; the hurt pain
  counts as pain-after if they stop.
- Invalid events return the same state and one ``Ignored(reason)`` effect; terminal phases
  ignore everything with reason ``"ended"`` (show `content.texts.SESSION_ENDED`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from coach.screening.checklist import ChecklistDone as ChecklistDone
from coach.screening.checklist import NoneOfThese as NoneOfThese
from coach.screening.checklist import Ticks, press
from coach.screening.checklist import Toggle as Toggle
from coach.screening.rules import (
    CLINICIAN_KEYS,
    EMERGENCY_KEYS,
    NO_FOLLOWUP,
    PAIN_MAX,
    PAIN_MIN,
    AfterVerdict,
    Decision,
    Followup,
    Outcome,
    after_session,
    decide,
    parse_pain,
)
from coach.session.countdown import PausedClock
from coach.session.workout import (
    DEFAULT_PREFS,
    Block,
    BlockKind,
    Prefs,
    Style,
    Variant,
    build_plan,
)
from coach.stored import Stored
from content.exercise import GENTLE_ARM, GENTLE_LEG, GENTLE_STEPS, STANDARD_STEPS, Step

JSON_VERSION = 1
TICK_EARLY_TOLERANCE = 0.05  # real seconds a timer may fire before the deadline
LATE_RESTART = 2.0  # real seconds after the deadline beyond which the next block starts "now"
HURT_STOP_PAIN = 6
HURT_STOP_RISE = 2


class Phase(Enum):
    CHECK_IN = "check_in"
    SCREEN_EMERGENCY = "screen_emergency"
    SCREEN_CLINICIAN = "screen_clinician"
    SCREEN_PAIN = "screen_pain"
    DECIDED_STOP = "decided_stop"
    READY = "ready"
    STEPS = "steps"
    WORK = "work"
    PAUSED = "paused"
    HURT_PAIN = "hurt_pain"
    HURT_OFFER = "hurt_offer"
    AFTER_PAIN = "after_pain"
    DONE = "done"
    STOPPED = "stopped"

    @property
    def terminal(self) -> bool:
        return self in (Phase.DECIDED_STOP, Phase.DONE, Phase.STOPPED)

    @property
    def asks_pain(self) -> bool:
        return self in (Phase.SCREEN_PAIN, Phase.HURT_PAIN, Phase.AFTER_PAIN)


class ArmOption(Enum):
    OUT = "out"
    CACTUS = "cactus"
    HAND = "hand"


class LegOption(Enum):
    DOWN = "down"
    HOVER = "hover"


class Checklist(Enum):
    EMERGENCY = "emergency"
    CLINICIAN = "clinician"

    @property
    def keys(self) -> tuple[str, ...]:
        return EMERGENCY_KEYS if self is Checklist.EMERGENCY else CLINICIAN_KEYS


class PainQuestion(Enum):
    BEFORE = "before"
    HURT = "hurt"
    AFTER = "after"


# --- events ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pain:
    value: int


@dataclass(frozen=True)
class Settled:
    """The answer to the next-day check-in question."""

    settled: bool


@dataclass(frozen=True)
class Next:
    pass


@dataclass(frozen=True)
class Back:
    pass


@dataclass(frozen=True)
class ChooseStyle:
    style: Style


@dataclass(frozen=True)
class ChooseVariant:
    """On a green READY screen the user may pick the gentle variant (and back); amber is always
    gentle."""

    variant: Variant


@dataclass(frozen=True)
class ChooseArm:
    arm: ArmOption


@dataclass(frozen=True)
class ChooseLeg:
    leg: LegOption


@dataclass(frozen=True)
class Start:
    pass


@dataclass(frozen=True)
class Tick:
    """The current block's deadline was reached. ``block``: the index the timer was set for
    (a mismatch means the timer is stale); ``None`` skips that check."""

    block: int | None = None


@dataclass(frozen=True)
class ImReady:
    """ "I'm ready" on the set-up frame: the timed part starts now. Anywhere else (a second
    press, a stale button) it is ignored."""


@dataclass(frozen=True)
class Pause:
    pass


@dataclass(frozen=True)
class Resume:
    pass


@dataclass(frozen=True)
class Skip:
    pass


@dataclass(frozen=True)
class Stop:
    pass


@dataclass(frozen=True)
class Hurts:
    pass


@dataclass(frozen=True)
class ContinueGently:
    pass


Event = (
    Toggle
    | ChecklistDone
    | NoneOfThese
    | Pain
    | Settled
    | Next
    | Back
    | ChooseStyle
    | ChooseVariant
    | ChooseArm
    | ChooseLeg
    | Start
    | Tick
    | ImReady
    | Pause
    | Resume
    | Skip
    | Stop
    | Hurts
    | ContinueGently
)

# --- effects: what the handler does besides rendering the new state ----------------------------


@dataclass(frozen=True)
class Summary:
    """What to store for the session. ``completed``: the plan ran to its end (skips allowed)."""

    style: Style
    variant: Variant
    completed: bool
    stopped_early: bool
    hurt: bool
    skipped: int
    pain_before: int | None
    pain_after: int | None
    verdict: AfterVerdict | None
    started_at: datetime | None
    ended_at: datetime | None


@dataclass(frozen=True)
class ShowCheckIn:
    pass


@dataclass(frozen=True)
class ShowChecklist:
    checklist: Checklist


@dataclass(frozen=True)
class RecordSettled:
    """Store the check-in answer on the previous (flared) session."""

    settled: bool


@dataclass(frozen=True)
class ShowOutcome:
    """The screen is complete: record the answers and the decision (state has the signs and
    pain). Emergency: also record the time (starts the 24 h window)."""

    decision: Decision


@dataclass(frozen=True)
class ShowReady:
    pass


@dataclass(frozen=True)
class ShowStep:
    index: int


@dataclass(frozen=True)
class ShowBlock:
    """(Re)start the countdown: cancel any timer of this session, then plan frames from
    ``started_at`` to ``deadline`` (POSIX seconds) and send ``Tick(index)`` at the deadline."""

    index: int
    started_at: float
    deadline: float


@dataclass(frozen=True)
class CancelTimer:
    pass


@dataclass(frozen=True)
class AskPain:
    question: PainQuestion


@dataclass(frozen=True)
class HurtOffer:
    pain: int


@dataclass(frozen=True)
class Finished:
    summary: Summary


@dataclass(frozen=True)
class Stopped:
    summary: Summary


@dataclass(frozen=True)
class HurtStopped:
    summary: Summary


@dataclass(frozen=True)
class Ignored:
    reason: str


Effect = (
    ShowCheckIn
    | ShowChecklist
    | RecordSettled
    | ShowOutcome
    | ShowReady
    | ShowStep
    | ShowBlock
    | CancelTimer
    | AskPain
    | HurtOffer
    | Finished
    | Stopped
    | HurtStopped
    | Ignored
)

# --- state -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionState:
    session_id: str
    user_id: int
    chat_id: int
    created_at: datetime
    usual_pain: int
    phase: Phase
    style: Style = Style.HOLD
    prefs: Prefs = DEFAULT_PREFS
    time_scale: float = 1.0
    followup: Followup = NO_FOLLOWUP
    after_emergency: bool = False
    flare_unresolved: bool = False
    settled: bool | None = None
    selections: frozenset[str] = frozenset()
    emergency_signs: frozenset[str] = frozenset()
    clinician_signs: frozenset[str] = frozenset()
    pain_before: int | None = None
    decision: Decision | None = None
    variant: Variant = Variant.STANDARD
    arm: ArmOption = ArmOption.OUT
    default_arm: ArmOption = ArmOption.OUT  # /settings: the arm option offered first (standard)
    leg: LegOption = LegOption.DOWN
    step_index: int = 0
    block_index: int = 0
    block_started_at: float | None = None
    deadline: float | None = None
    paused_remaining: float | None = None
    completed: bool = False
    stopped_early: bool = False
    skipped: int = 0
    hurts: int = 0
    hurt_pain: int | None = None
    pain_after: int | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    message_id: int | None = None  # the live message, owned by the handler

    @property
    def active(self) -> bool:
        return not self.phase.terminal

    @property
    def plan(self) -> tuple[Block, ...]:
        """Derived from style, variant and prefs (so it is not stored)."""
        return build_plan(self.style, self.variant, self.prefs)

    @property
    def block(self) -> Block | None:
        plan = self.plan
        return plan[self.block_index] if 0 <= self.block_index < len(plan) else None

    @property
    def steps(self) -> tuple[Step, ...]:
        return GENTLE_STEPS if self.variant is Variant.GENTLE else STANDARD_STEPS

    @property
    def checklist(self) -> Checklist | None:
        if self.phase is Phase.SCREEN_EMERGENCY:
            return Checklist.EMERGENCY
        if self.phase is Phase.SCREEN_CLINICIAN:
            return Checklist.CLINICIAN
        return None

    def to_json(self) -> str:
        return _STORED.dump(self)

    @staticmethod
    def from_json(text: str) -> SessionState:
        """Raises ``ValueError`` on malformed or unknown-version data."""
        return _STORED.load(text)


@dataclass(frozen=True)
class Transition:
    state: SessionState
    effects: tuple[Effect, ...]


def new_session(
    *,
    session_id: str,
    user_id: int,
    chat_id: int,
    now: datetime,
    usual_pain: int,
    style: Style = Style.HOLD,
    prefs: Prefs = DEFAULT_PREFS,
    arm: ArmOption = ArmOption.OUT,
    time_scale: float = 1.0,
    followup: Followup = NO_FOLLOWUP,
    after_emergency: bool = False,
) -> Transition:
    """A fresh session. ``followup`` comes from `coach.screening.rules.flare_followup` over the
    user's history; ``after_emergency`` from `coach.screening.rules.lockout_active`."""
    if time_scale <= 0:
        raise ValueError("time_scale must be positive")
    phase = Phase.CHECK_IN if followup.ask_settled else Phase.SCREEN_EMERGENCY
    state = SessionState(
        session_id=session_id,
        user_id=user_id,
        chat_id=chat_id,
        created_at=now,
        usual_pain=usual_pain,
        phase=phase,
        style=style,
        prefs=prefs.clamped(),
        arm=arm,
        default_arm=arm,
        time_scale=time_scale,
        followup=followup,
        after_emergency=after_emergency,
        flare_unresolved=followup.gentle_next,
    )
    first: Effect = ShowCheckIn() if followup.ask_settled else ShowChecklist(Checklist.EMERGENCY)
    return Transition(state, (first,))


def summary(state: SessionState) -> Summary:
    verdict = (
        after_session(state.pain_before, state.pain_after)
        if state.pain_before is not None and state.pain_after is not None
        else None
    )
    return Summary(
        style=state.style,
        variant=state.variant,
        completed=state.completed,
        stopped_early=state.stopped_early,
        hurt=state.hurts > 0,
        skipped=state.skipped,
        pain_before=state.pain_before,
        pain_after=state.pain_after,
        verdict=verdict,
        started_at=state.started_at,
        ended_at=state.ended_at,
    )


def event_from_text(state: SessionState, text: str) -> Event | None:
    """A typed message during a session: a pain number while a pain question is open becomes
    ``Pain(n)``. Anything else is not a session event (safety triage comes first, in the handler;
    when it reports pain during timed work the handler sends ``Hurts()``)."""
    if not state.phase.asks_pain:
        return None
    value = parse_pain(text)
    return None if value is None else Pain(value)


# --- transitions -----------------------------------------------------------------------------


def _ignored(state: SessionState, reason: str) -> Transition:
    return Transition(state, (Ignored(reason),))


def _end(state: SessionState, phase: Phase, now: datetime, **changes: Any) -> SessionState:
    return replace(
        state,
        phase=phase,
        ended_at=now,
        deadline=None,
        paused_remaining=None,
        selections=frozenset(),
        **changes,
    )


def _stopped(state: SessionState, now: datetime) -> Transition:
    ended = _end(state, Phase.STOPPED, now)
    return Transition(ended, (Stopped(summary(ended)),))


def _start_block(state: SessionState, index: int, start: float) -> Transition:
    plan = state.plan
    if index >= len(plan):
        done = replace(
            state,
            phase=Phase.AFTER_PAIN,
            completed=True,
            block_index=len(plan),
            block_started_at=None,
            deadline=None,
            paused_remaining=None,
        )
        return Transition(done, (CancelTimer(), AskPain(PainQuestion.AFTER)))
    deadline = start + plan[index].seconds * state.time_scale
    running = replace(
        state,
        phase=Phase.WORK,
        block_index=index,
        block_started_at=start,
        deadline=deadline,
        paused_remaining=None,
    )
    return Transition(running, (ShowBlock(index, start, deadline),))


def _begin_work(state: SessionState, now: datetime) -> Transition:
    started = replace(state, started_at=state.started_at or now, step_index=0)
    return _start_block(started, 0, now.timestamp())


def _ask_after_pain(state: SessionState, stopped_early: bool) -> Transition:
    asking = replace(
        state,
        phase=Phase.AFTER_PAIN,
        stopped_early=stopped_early,
        deadline=None,
        paused_remaining=None,
    )
    return Transition(asking, (CancelTimer(), AskPain(PainQuestion.AFTER)))


def _hurts(state: SessionState) -> Transition:
    hurting = replace(
        state,
        phase=Phase.HURT_PAIN,
        hurts=state.hurts + 1,
        deadline=None,
        paused_remaining=None,
    )
    return Transition(hurting, (CancelTimer(), AskPain(PainQuestion.HURT)))


def _checklist_done(state: SessionState, chosen: frozenset[str], now: datetime) -> Transition:
    if state.phase is Phase.SCREEN_EMERGENCY:
        state = replace(state, emergency_signs=chosen, selections=frozenset())
        if not chosen:
            nxt = replace(state, phase=Phase.SCREEN_CLINICIAN)
            return Transition(nxt, (ShowChecklist(Checklist.CLINICIAN),))
    else:
        state = replace(state, clinician_signs=chosen, selections=frozenset())
        if not chosen:
            nxt = replace(state, phase=Phase.SCREEN_PAIN)
            return Transition(nxt, (AskPain(PainQuestion.BEFORE),))
    decision = decide(state.emergency_signs, state.clinician_signs, None, state.usual_pain, False)
    return Transition(
        _end(state, Phase.DECIDED_STOP, now, decision=decision), (ShowOutcome(decision),)
    )


def _pain_before(state: SessionState, value: int, now: datetime) -> Transition:
    decision = decide(
        state.emergency_signs,
        state.clinician_signs,
        value,
        state.usual_pain,
        state.flare_unresolved,
    )
    if not decision.outcome.allows_session:
        ended = _end(state, Phase.DECIDED_STOP, now, decision=decision, pain_before=value)
        return Transition(ended, (ShowOutcome(decision),))
    variant = Variant.GENTLE if decision.outcome is Outcome.AMBER else Variant.STANDARD
    ready = replace(state, phase=Phase.READY, decision=decision, pain_before=value)
    return Transition(_with_variant(ready, variant), (ShowOutcome(decision),))


def hurt_ends_session(state: SessionState, pain: int) -> bool:
    """After "it hurts": pain 6+, 2+ above the pre-session score, a hurt in the gentle variant,
    or a second hurt ends the session (no offer to continue)."""
    before = state.pain_before if state.pain_before is not None else pain
    return (
        pain >= HURT_STOP_PAIN
        or pain - before >= HURT_STOP_RISE
        or state.variant is Variant.GENTLE
        or state.hurts > 1
    )


def _with_variant(state: SessionState, variant: Variant) -> SessionState:
    """Gentle fixes hand support and a hovering leg; standard starts from the default options."""
    if variant is Variant.GENTLE:
        return replace(state, variant=variant, arm=ArmOption(GENTLE_ARM), leg=LegOption(GENTLE_LEG))
    return replace(state, variant=variant, arm=state.default_arm, leg=LegOption.DOWN)


def _hurt_pain(state: SessionState, value: int, now: datetime) -> Transition:
    if hurt_ends_session(state, value):
        ended = _end(state, Phase.STOPPED, now, hurt_pain=value, pain_after=value)
        return Transition(ended, (HurtStopped(summary(ended)),))
    offered = replace(state, phase=Phase.HURT_OFFER, hurt_pain=value)
    return Transition(offered, (HurtOffer(value),))


def apply(state: SessionState, event: Event, now: datetime) -> Transition:
    """The next state and what the handler must do. Never raises for a well-typed event."""
    phase = state.phase
    if phase.terminal:
        return _ignored(state, "ended")
    ts = now.timestamp()

    if isinstance(event, Stop):
        if phase in (Phase.WORK, Phase.PAUSED):
            return _ask_after_pain(state, stopped_early=True)
        if phase is Phase.HURT_OFFER:
            ended = _end(state, Phase.STOPPED, now, pain_after=state.hurt_pain)
            return Transition(ended, (Stopped(summary(ended)),))
        return _stopped(state, now)

    if isinstance(event, Pain):
        if not phase.asks_pain:
            return _ignored(state, "no_pain_question")
        if not PAIN_MIN <= event.value <= PAIN_MAX:
            return _ignored(state, "out_of_range")
        if phase is Phase.SCREEN_PAIN:
            return _pain_before(state, event.value, now)
        if phase is Phase.HURT_PAIN:
            return _hurt_pain(state, event.value, now)
        ended = _end(state, Phase.DONE, now, pain_after=event.value)
        return Transition(ended, (Finished(summary(ended)),))

    if isinstance(event, Hurts):
        if phase in (Phase.READY, Phase.STEPS, Phase.WORK, Phase.PAUSED):
            return _hurts(state)
        return _ignored(state, "wrong_phase")

    if phase is Phase.CHECK_IN:
        if isinstance(event, Settled):
            nxt = replace(
                state,
                phase=Phase.SCREEN_EMERGENCY,
                settled=event.settled,
                flare_unresolved=not event.settled,
            )
            return Transition(
                nxt, (RecordSettled(event.settled), ShowChecklist(Checklist.EMERGENCY))
            )
        return _ignored(state, "wrong_phase")

    checklist = state.checklist
    if checklist is not None:
        if not isinstance(event, Toggle | NoneOfThese | ChecklistDone):
            return _ignored(state, "wrong_phase")
        pressed = press(checklist.keys, state.selections, event)
        if pressed is None:
            return _ignored(state, "unknown_sign")
        if isinstance(pressed, Ticks):
            toggled = replace(state, selections=pressed.keys)
            return Transition(toggled, (ShowChecklist(checklist),))
        return _checklist_done(state, pressed.keys, now)

    if phase in (Phase.READY, Phase.STEPS):
        last_step = len(state.steps) - 1
        if isinstance(event, Start):
            return _begin_work(state, now)
        if isinstance(event, Next):
            index = 0 if phase is Phase.READY else state.step_index + 1
            if index > last_step:
                return _ignored(state, "last_step")
            return Transition(
                replace(state, phase=Phase.STEPS, step_index=index), (ShowStep(index),)
            )
        if isinstance(event, Back):
            if phase is Phase.READY:
                return _ignored(state, "first_step")
            if state.step_index == 0:
                return Transition(replace(state, phase=Phase.READY), (ShowReady(),))
            index = state.step_index - 1
            return Transition(replace(state, step_index=index), (ShowStep(index),))
        if isinstance(event, ChooseStyle) and phase is Phase.READY:
            return Transition(replace(state, style=event.style), (ShowReady(),))
        if isinstance(event, ChooseVariant) and phase is Phase.READY:
            if state.decision is None or state.decision.outcome is not Outcome.GREEN:
                return _ignored(state, "amber_is_gentle")
            return Transition(_with_variant(state, event.variant), (ShowReady(),))
        if isinstance(event, ChooseArm | ChooseLeg) and phase is Phase.STEPS:
            if state.variant is Variant.GENTLE:
                return _ignored(state, "fixed_in_gentle")
            chosen = (
                replace(state, arm=event.arm)
                if isinstance(event, ChooseArm)
                else replace(state, leg=event.leg)
            )
            return Transition(chosen, (ShowStep(state.step_index),))
        return _ignored(state, "wrong_phase")

    if phase is Phase.WORK:
        if state.deadline is None:
            return _ignored(state, "no_deadline")
        if isinstance(event, Tick):
            if event.block is not None and event.block != state.block_index:
                return _ignored(state, "stale_tick")
            if ts < state.deadline - TICK_EARLY_TOLERANCE:
                return _ignored(state, "early_tick")
            start = state.deadline if ts - state.deadline <= LATE_RESTART else ts
            return _start_block(state, state.block_index + 1, start)
        if isinstance(event, ImReady):
            block = state.block
            if block is None or block.kind is not BlockKind.SETUP:
                return _ignored(state, "not_setup")
            return _start_block(state, state.block_index + 1, ts)
        if isinstance(event, Skip):
            return _start_block(
                replace(state, skipped=state.skipped + 1), state.block_index + 1, ts
            )
        if isinstance(event, Pause):
            clock = PausedClock(state.deadline).pause(ts)
            paused = replace(
                state, phase=Phase.PAUSED, paused_remaining=clock.remaining, deadline=None
            )
            return Transition(paused, (CancelTimer(),))
        return _ignored(state, "wrong_phase")

    if phase is Phase.PAUSED:
        block = state.block
        deadline = PausedClock(None, state.paused_remaining).resume(ts).deadline
        if isinstance(event, Resume) and deadline is not None and block is not None:
            started = deadline - block.seconds * state.time_scale
            resumed = replace(
                state,
                phase=Phase.WORK,
                deadline=deadline,
                block_started_at=started,
                paused_remaining=None,
            )
            return Transition(resumed, (ShowBlock(state.block_index, started, deadline),))
        return _ignored(state, "paused" if isinstance(event, Tick) else "wrong_phase")

    if phase is Phase.HURT_OFFER and isinstance(event, ContinueGently):
        return _start_block(_with_variant(state, Variant.GENTLE), 0, ts)

    return _ignored(state, "wrong_phase")


# --- JSON ------------------------------------------------------------------------------------

# ``{"v": 1, <field>: <value>...}``, keys sorted; times in ISO 8601. Rows written before the
# adapter (times with "+00:00" rather than "Z") read the same.
_STORED = Stored(SessionState, JSON_VERSION, sort_keys=True, added=frozenset({"default_arm"}))


STALE_AFTER = timedelta(hours=6)  # an open session older than this is closed, not resumed


def still_running(started_at: datetime, now: datetime) -> bool:
    """Whether an open session started at ``started_at`` is still the user's running session
    at ``now`` (one older than ``STALE_AFTER`` is closed at the next start, not resumed): while
    it is, nothing offers a Start button, and a reminder is held back."""
    return now - started_at <= STALE_AFTER
