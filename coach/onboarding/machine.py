"""The onboarding flow (SAFETY.md sections 1-2, DESIGN.md section 4) as a pure state machine.

The handler keeps one onboarding message per user: load the state (``to_json`` text stored on
the user row), ``apply(state, event)``, save, ``view.render(state)``, edit that message.
Nothing here imports ``telegram`` or does I/O.

Steps (the progress line counts 5: age, health check, back history, usual pain, style)::

    AGE ── No ──> UNDER_AGE (terminal)
     │ Yes
    READINESS ── nothing ticked ──┐
     │ any ticked                 │
    READINESS_CLEARANCE ── Not yet ──> NOT_CLEARED (terminal)
     │ cleared                    │
    BACK <────────────────────────┘
    BACK ── nothing ticked ──┐
     │ any ticked            │
    BACK_CLEARANCE ── Not yet ──> NOT_CLEARED
     │ cleared               │
    USUAL_PAIN <─────────────┘
     │ 0-10 (button, or typed: see `event_from_text`)
    STYLE ── Hold / Flow ──> DONE (terminal)

Checklists: the shared machine of `coach.screening.checklist` (`Toggle`, `NoneOfThese`,
`ChecklistDone`), with the ticks on screen kept in ``selections``. On a clearance screen
`ChangeAnswers` goes back to that checklist with the ticks kept, so a mis-tap does not end
onboarding.

`apply` never raises: an event that does not fit the step returns the state unchanged with
``Result.ignored`` set to one of the ``IGNORED_*`` reasons (`view.ignored_notice` gives the
short answer for the button press). `StartFirstSession` (the DONE screen's first button) is always
ignored here, with `IGNORED_HANDLED_BY_CALLER`: the handler starts the session.

The nonce is chosen by the caller (a few base-36 characters, new for each onboarding run) and
travels in every button (`coach.onboarding.buttons`), so a press on an older run's message is
recognisable. The message itself is `coach.onboarding.view.render`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from enum import Enum

from coach.screening.checklist import ChecklistDone as ChecklistDone
from coach.screening.checklist import NoneOfThese as NoneOfThese
from coach.screening.checklist import Ticks, press
from coach.screening.checklist import Toggle as Toggle
from coach.screening.rules import BACK_KEYS, PAIN_MAX, PAIN_MIN, READINESS_KEYS, parse_pain
from coach.session.workout import Style
from coach.stored import Stored

JSON_VERSION = 1
NONCE_MAX = 16
NONCE = re.compile(rf"[0-9A-Za-z_-]{{1,{NONCE_MAX}}}")

# Result.ignored reasons
IGNORED_FINISHED = "finished"  # the flow has reached a terminal step
IGNORED_WRONG_STEP = "wrong_step"  # the event belongs to another step
IGNORED_UNKNOWN_KEY = "unknown_key"  # a Toggle for an option not on this checklist
IGNORED_OUT_OF_RANGE = "out_of_range"  # a Pain outside 0-10
IGNORED_HANDLED_BY_CALLER = "handled_by_caller"  # StartFirstSession: the handler acts on it


class Step(Enum):
    AGE = "age"
    UNDER_AGE = "under_age"
    READINESS = "readiness"
    READINESS_CLEARANCE = "readiness_clearance"
    BACK = "back"
    BACK_CLEARANCE = "back_clearance"
    NOT_CLEARED = "not_cleared"
    USUAL_PAIN = "usual_pain"
    STYLE = "style"
    DONE = "done"

    @property
    def terminal(self) -> bool:
        return self in (Step.UNDER_AGE, Step.NOT_CLEARED, Step.DONE)


_CHECKLIST_KEYS: dict[Step, tuple[str, ...]] = {
    Step.READINESS: READINESS_KEYS,
    Step.BACK: BACK_KEYS,
}
_NONE: frozenset[str] = frozenset()


# --- events ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Adult:
    yes: bool


@dataclass(frozen=True)
class Cleared:
    yes: bool


@dataclass(frozen=True)
class ChangeAnswers:
    pass


@dataclass(frozen=True)
class Pain:
    value: int


@dataclass(frozen=True)
class ChooseStyle:
    style: Style


@dataclass(frozen=True)
class StartFirstSession:
    pass


Event = (
    Adult
    | Toggle
    | NoneOfThese
    | ChecklistDone
    | Cleared
    | ChangeAnswers
    | Pain
    | ChooseStyle
    | StartFirstSession
)


# --- state -----------------------------------------------------------------------------------


def _in_order(keys: frozenset[str], order: tuple[str, ...]) -> list[str]:
    return [k for k in order if k in keys]


@dataclass(frozen=True)
class OnboardingState:
    nonce: str
    step: Step
    selections: frozenset[str] = frozenset()  # ticks of the checklist on screen
    readiness: frozenset[str] = frozenset()  # confirmed answers
    back: frozenset[str] = frozenset()
    readiness_cleared: bool = False
    back_cleared: bool = False
    usual_pain: int | None = None
    style: Style | None = None

    def to_json(self) -> str:
        return _STORED.dump(self)

    @staticmethod
    def from_json(text: str) -> OnboardingState:
        """Parse `to_json` output; ``ValueError`` for anything malformed or inconsistent."""
        state = _STORED.load(text)
        if not NONCE.fullmatch(state.nonce):
            raise ValueError(f"bad nonce: {state.nonce!r}")
        _check_keys("selections", state.selections, _CHECKLIST_KEYS.get(state.step, ()))
        _check_keys("readiness", state.readiness, READINESS_KEYS)
        _check_keys("back", state.back, BACK_KEYS)
        if state.usual_pain is not None and not PAIN_MIN <= state.usual_pain <= PAIN_MAX:
            raise ValueError(f"bad usual_pain: {state.usual_pain!r}")
        _check_consistent(state)
        return state


# ``{"v": 1, <field>: <value>...}`` in field order, answers in checklist order. Strict: a bool
# is ``true`` or ``false``, a number is not a string (a hand-edited row is refused).
_STORED = Stored(
    OnboardingState,
    JSON_VERSION,
    strict=True,
    orders={"readiness": READINESS_KEYS, "back": BACK_KEYS},
)


def _check_keys(name: str, keys: frozenset[str], allowed: tuple[str, ...]) -> None:
    unknown = keys - frozenset(allowed)
    if unknown:
        raise ValueError(f"unknown {name} key(s): {sorted(unknown)}")


_PAST_READINESS = frozenset(
    (Step.BACK, Step.BACK_CLEARANCE, Step.USUAL_PAIN, Step.STYLE, Step.DONE)
)
_PAST_BACK = frozenset((Step.USUAL_PAIN, Step.STYLE, Step.DONE))


def _check_consistent(state: OnboardingState) -> None:
    """The invariants `apply` keeps; above all, no step after a clearance screen without the
    confirmation (a hand-edited or corrupted row must not skip it)."""
    step = state.step
    if state.readiness_cleared and not state.readiness:
        raise ValueError("readiness_cleared without a readiness answer")
    if state.back_cleared and not state.back:
        raise ValueError("back_cleared without a back history answer")
    if step in _PAST_READINESS and state.readiness and not state.readiness_cleared:
        raise ValueError(f"step {step.value} needs the readiness clearance")
    if step in _PAST_BACK and state.back and not state.back_cleared:
        raise ValueError(f"step {step.value} needs the back history clearance")
    if step in (Step.STYLE, Step.DONE) and state.usual_pain is None:
        raise ValueError(f"step {step.value} needs usual_pain")
    if step is Step.DONE and state.style is None:
        raise ValueError("step done needs a style")


def start(nonce: str) -> OnboardingState:
    """A fresh onboarding at the age question. ``nonce``: 1-16 characters of ``[0-9A-Za-z_-]``
    (``ValueError`` otherwise), new for each run so older messages' buttons are recognisable."""
    if not NONCE.fullmatch(nonce):
        raise ValueError(f"bad onboarding nonce: {nonce!r}")
    return OnboardingState(nonce=nonce, step=Step.AGE)


# --- transitions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    state: OnboardingState
    ignored: str | None = None  # an IGNORED_* reason when the event did not fit the step


def _after_readiness(state: OnboardingState, answer: frozenset[str]) -> OnboardingState:
    step = Step.READINESS_CLEARANCE if answer else Step.BACK
    return replace(state, step=step, readiness=answer, readiness_cleared=False, selections=_NONE)


def _after_back(state: OnboardingState, answer: frozenset[str]) -> OnboardingState:
    step = Step.BACK_CLEARANCE if answer else Step.USUAL_PAIN
    return replace(state, step=step, back=answer, back_cleared=False, selections=_NONE)


def apply(state: OnboardingState, event: Event) -> Result:
    """The next state; never raises. Ignored events leave the state unchanged."""
    if isinstance(event, StartFirstSession):
        return Result(state, IGNORED_HANDLED_BY_CALLER)
    step = state.step
    if step.terminal:
        return Result(state, IGNORED_FINISHED)

    if step is Step.AGE and isinstance(event, Adult):
        return Result(replace(state, step=Step.READINESS if event.yes else Step.UNDER_AGE))

    checklist = _CHECKLIST_KEYS.get(step)
    if checklist is not None and isinstance(event, Toggle | NoneOfThese | ChecklistDone):
        pressed = press(checklist, state.selections, event)
        if pressed is None:
            return Result(state, IGNORED_UNKNOWN_KEY)
        if isinstance(pressed, Ticks):
            return Result(replace(state, selections=pressed.keys))
        if step is Step.READINESS:
            return Result(_after_readiness(state, pressed.keys))
        return Result(_after_back(state, pressed.keys))

    if step is Step.READINESS_CLEARANCE:
        if isinstance(event, Cleared):
            if not event.yes:
                return Result(replace(state, step=Step.NOT_CLEARED))
            return Result(replace(state, step=Step.BACK, readiness_cleared=True))
        if isinstance(event, ChangeAnswers):
            return Result(
                replace(state, step=Step.READINESS, selections=state.readiness, readiness=_NONE)
            )

    if step is Step.BACK_CLEARANCE:
        if isinstance(event, Cleared):
            if not event.yes:
                return Result(replace(state, step=Step.NOT_CLEARED))
            return Result(replace(state, step=Step.USUAL_PAIN, back_cleared=True))
        if isinstance(event, ChangeAnswers):
            return Result(replace(state, step=Step.BACK, selections=state.back, back=_NONE))

    if step is Step.USUAL_PAIN and isinstance(event, Pain):
        if not PAIN_MIN <= event.value <= PAIN_MAX:
            return Result(state, IGNORED_OUT_OF_RANGE)
        return Result(replace(state, step=Step.STYLE, usual_pain=event.value))

    if step is Step.STYLE and isinstance(event, ChooseStyle):
        return Result(replace(state, step=Step.DONE, style=event.style))

    return Result(state, IGNORED_WRONG_STEP)


_YES = frozenset(("yes", "y", "yeah", "yep", "yes i am", "i am", "yes i'm 18", "18+"))
_NO = frozenset(("no", "n", "nope", "no i'm not", "no i am not"))
_STYLES = {"hold": Style.HOLD, "flow": Style.FLOW}


def event_from_text(state: OnboardingState, text: str) -> Event | None:
    """A typed answer, where one makes sense: a pain score at USUAL_PAIN (``"4"``, ``"4/10"``,
    ``"four"``; see `coach.screening.rules.parse_pain`), yes/no at AGE, hold/flow at STYLE.
    ``None`` otherwise (the handler treats the text as it would anywhere else). Checklists and
    clearance are buttons only: a clearance is a deliberate tap."""
    cleaned = " ".join(text.strip().lower().replace("’", "'").rstrip(".!").split())
    if state.step is Step.USUAL_PAIN:
        value = parse_pain(text)
        return None if value is None else Pain(value)
    if state.step is Step.AGE:
        if cleaned in _YES:
            return Adult(True)
        if cleaned in _NO:
            return Adult(False)
        return None
    if state.step is Step.STYLE and cleaned in _STYLES:
        return ChooseStyle(_STYLES[cleaned])
    return None


# --- record ----------------------------------------------------------------------------------


def answers_json(state: OnboardingState) -> str:
    """What to record (SAFETY.md section 2: the answers and the confirmation). Keys in checklist
    order; ``usual_pain`` and ``style`` are ``null`` until answered."""
    return json.dumps(
        {
            "readiness": _in_order(state.readiness, READINESS_KEYS),
            "back": _in_order(state.back, BACK_KEYS),
            "readiness_cleared": state.readiness_cleared,
            "back_cleared": state.back_cleared,
            "usual_pain": state.usual_pain,
            "style": None if state.style is None else state.style.value,
        },
        separators=(",", ":"),
    )
