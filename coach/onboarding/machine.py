"""The onboarding flow (SAFETY.md sections 1-2, DESIGN.md section 4) as a pure state machine.

The handler keeps one onboarding message per user: load the state (``to_json`` text stored on
the user row), ``apply(state, event)``, save, ``render(state)``, edit that message. Nothing here
imports ``telegram`` or does I/O.

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
``Result.ignored`` set to one of the ``IGNORED_*`` reasons (`ignored_notice` gives the short
answer for the button press). `StartFirstSession` (the DONE screen's first button) is always
ignored here, with `IGNORED_HANDLED_BY_CALLER`: the handler starts the session.

Callback data: ``o1:<nonce>:<action>[:<arg>]`` (at most 64 bytes, see `coach.callbacks`).

============  =========================================
``a:y|n``     Adult(yes)
``t:<key>``   Toggle(key), a key of READINESS_KEYS or BACK_KEYS
``none``      NoneOfThese()
``done``      ChecklistDone()
``c:y|n``     Cleared(yes)
``ed``        ChangeAnswers()
``p:<0-10>``  Pain(value)
``st:<v>``    ChooseStyle(Style(v))
``go``        StartFirstSession()
============  =========================================

The nonce is chosen by the caller (a few base-36 characters, new for each onboarding run) and
travels in every button, so `decode_onboarding_button` returns it: the handler compares it with
the stored state's nonce and answers `content.texts.ONBOARDING_STALE` on a mismatch. The DONE
screen's reminder button carries the reminder feature's own data
(``coach.reminders.view.encode_action(ChangeTime())``), handled by the reminder handler.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from coach.callbacks import decode_action, encode
from coach.reminders.view import ChangeTime, encode_action
from coach.screening.checklist import ChecklistDone as ChecklistDone
from coach.screening.checklist import NoneOfThese as NoneOfThese
from coach.screening.checklist import Ticks, press
from coach.screening.checklist import Toggle as Toggle
from coach.screening.rules import BACK_KEYS, PAIN_MAX, PAIN_MIN, READINESS_KEYS, parse_pain
from coach.session.workout import Style
from coach.ui import Button, View
from content import texts as t

PREFIX = "o1"
TEXT_MAX = 4096
JSON_VERSION = 1
NONCE_MAX = 16
_NONCE = re.compile(rf"[0-9A-Za-z_-]{{1,{NONCE_MAX}}}")

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


# The progress number shown on each non-terminal step.
STEP_NUMBER: dict[Step, int] = {
    Step.AGE: 1,
    Step.READINESS: 2,
    Step.READINESS_CLEARANCE: 2,
    Step.BACK: 3,
    Step.BACK_CLEARANCE: 3,
    Step.USUAL_PAIN: 4,
    Step.STYLE: 5,
}
_CHECKLIST_KEYS: dict[Step, tuple[str, ...]] = {
    Step.READINESS: READINESS_KEYS,
    Step.BACK: BACK_KEYS,
}
_NONE: frozenset[str] = frozenset()
_SIGNS = {s.key: s for s in (*t.READINESS_SIGNS, *t.BACK_SIGNS)}
_STYLE_NAME = {Style.HOLD: t.STYLE_HOLD, Style.FLOW: t.STYLE_FLOW}


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
        return json.dumps(
            {
                "v": JSON_VERSION,
                "nonce": self.nonce,
                "step": self.step.value,
                "selections": sorted(self.selections),
                "readiness": _in_order(self.readiness, READINESS_KEYS),
                "back": _in_order(self.back, BACK_KEYS),
                "readiness_cleared": self.readiness_cleared,
                "back_cleared": self.back_cleared,
                "usual_pain": self.usual_pain,
                "style": None if self.style is None else self.style.value,
            },
            separators=(",", ":"),
        )

    @staticmethod
    def from_json(text: str) -> OnboardingState:
        """Parse `to_json` output; ``ValueError`` for anything malformed or inconsistent."""
        try:
            raw = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"onboarding state is not JSON: {exc}") from None
        if not isinstance(raw, dict):
            raise ValueError("onboarding state must be a JSON object")
        if raw.get("v") != JSON_VERSION:
            raise ValueError(f"unsupported onboarding state version: {raw.get('v')!r}")
        nonce = raw.get("nonce")
        if not isinstance(nonce, str) or not _NONCE.fullmatch(nonce):
            raise ValueError(f"bad nonce: {nonce!r}")
        try:
            step = Step(raw.get("step"))
        except ValueError:
            raise ValueError(f"bad step: {raw.get('step')!r}") from None
        state = OnboardingState(
            nonce=nonce,
            step=step,
            selections=_keys(raw, "selections", _CHECKLIST_KEYS.get(step, ())),
            readiness=_keys(raw, "readiness", READINESS_KEYS),
            back=_keys(raw, "back", BACK_KEYS),
            readiness_cleared=_bool(raw, "readiness_cleared"),
            back_cleared=_bool(raw, "back_cleared"),
            usual_pain=_pain(raw),
            style=_style(raw),
        )
        _check_consistent(state)
        return state


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


def _keys(raw: dict[str, Any], name: str, allowed: tuple[str, ...]) -> frozenset[str]:
    value = raw.get(name)
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise ValueError(f"{name} must be a list of strings")
    keys = frozenset(value)
    unknown = keys - frozenset(allowed)
    if unknown:
        raise ValueError(f"unknown {name} key(s): {sorted(unknown)}")
    return keys


def _bool(raw: dict[str, Any], name: str) -> bool:
    value = raw.get(name)
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false")
    return value


def _pain(raw: dict[str, Any]) -> int | None:
    value = raw.get("usual_pain")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not PAIN_MIN <= value <= PAIN_MAX:
        raise ValueError(f"bad usual_pain: {value!r}")
    return value


def _style(raw: dict[str, Any]) -> Style | None:
    value = raw.get("style")
    if value is None:
        return None
    try:
        return Style(value)
    except ValueError:
        raise ValueError(f"bad style: {value!r}") from None


def start(nonce: str) -> OnboardingState:
    """A fresh onboarding at the age question. ``nonce``: 1-16 characters of ``[0-9A-Za-z_-]``
    (``ValueError`` otherwise), new for each run so older messages' buttons are recognisable."""
    if not _NONCE.fullmatch(nonce):
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


def ignored_notice(reason: str) -> str:
    """The short answer to a button press that `apply` ignored."""
    return t.ONBOARDING_FINISHED if reason == IGNORED_FINISHED else t.NOT_ACTIVE


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


# --- callback data ---------------------------------------------------------------------------

_SIMPLE: dict[str, Event] = {
    "none": NoneOfThese(),
    "done": ChecklistDone(),
    "ed": ChangeAnswers(),
    "go": StartFirstSession(),
}
_SIMPLE_ACTION = {type(event): action for action, event in _SIMPLE.items()}
_ALL_KEYS = frozenset((*READINESS_KEYS, *BACK_KEYS))


def button_data(state: OnboardingState, event: Event) -> str:
    """``o1:<nonce>:<action>[:<arg>]`` for a button that sends ``event``."""
    nonce = state.nonce
    if isinstance(event, Adult):
        return encode(PREFIX, nonce, "a", "y" if event.yes else "n")
    if isinstance(event, Toggle):
        return encode(PREFIX, nonce, "t", event.key)
    if isinstance(event, Cleared):
        return encode(PREFIX, nonce, "c", "y" if event.yes else "n")
    if isinstance(event, Pain):
        return encode(PREFIX, nonce, "p", event.value)
    if isinstance(event, ChooseStyle):
        return encode(PREFIX, nonce, "st", event.style.value)
    return encode(PREFIX, nonce, _SIMPLE_ACTION[type(event)])


def decode_onboarding_button(data: str | None) -> tuple[str, Event] | None:
    """``(nonce, event)`` for onboarding callback data, ``None`` for anything else (another
    feature, an older version, malformed or tampered data). The handler compares the nonce
    with the stored state's."""
    parts = decode_action(data, PREFIX)
    if parts is None or not _NONCE.fullmatch(parts[0]):
        return None
    nonce, action, args = parts
    event = _decode_event(action, args)
    return None if event is None else (nonce, event)


def _decode_event(action: str, args: tuple[str, ...]) -> Event | None:
    if not args:
        return _SIMPLE.get(action)
    if len(args) != 1:
        return None
    arg = args[0]
    if action in ("a", "c") and arg in ("y", "n"):
        return Adult(arg == "y") if action == "a" else Cleared(arg == "y")
    if action == "t" and arg in _ALL_KEYS:
        return Toggle(arg)
    if action == "p" and arg.isascii() and arg.isdigit() and len(arg) <= 2:
        value = int(arg)
        return Pain(value) if PAIN_MIN <= value <= PAIN_MAX and str(value) == arg else None
    if action == "st" and arg in _STYLES:
        return ChooseStyle(_STYLES[arg])
    return None


# --- rendering -------------------------------------------------------------------------------


def _button(state: OnboardingState, label: str, event: Event) -> Button:
    return Button(label, button_data(state, event))


def _header(step: Step) -> str:
    return t.onboarding_step(STEP_NUMBER[step])


def _checklist(state: OnboardingState, keys: tuple[str, ...], prompt: str) -> View:
    details = "\n".join(f"• {_SIGNS[key].detail}" for key in keys)
    rows = tuple(
        (
            _button(
                state,
                f"{t.CHECKED if key in state.selections else t.UNCHECKED} {_SIGNS[key].label}",
                Toggle(key),
            ),
        )
        for key in keys
    )
    last = (_button(state, t.NONE_OF_THESE, NoneOfThese()), _button(state, t.DONE, ChecklistDone()))
    return View("\n\n".join((_header(state.step), prompt, details)), (*rows, last))


def _clearance(state: OnboardingState, answer: frozenset[str], order: tuple[str, ...]) -> View:
    readiness = state.step is Step.READINESS_CLEARANCE
    labels = [_SIGNS[key].label for key in order if key in answer]
    text = "\n\n".join(
        (_header(state.step), t.ticked_line(labels), t.clearance_text(readiness, not readiness))
    )
    return View(
        text,
        (
            (_button(state, t.CLEARANCE_YES, Cleared(True)),),
            (_button(state, t.CLEARANCE_NOT_YET, Cleared(False)),),
            (_button(state, t.CHANGE_ANSWERS, ChangeAnswers()),),
        ),
    )


def _done(state: OnboardingState) -> View:
    lines = [t.ONBOARDING_DONE]
    if state.usual_pain is not None and state.style is not None:
        lines.append(t.onboarding_summary(state.usual_pain, _STYLE_NAME[state.style]))
    lines.append(t.ONBOARDING_REMINDER_OFFER)
    return View(
        "\n\n".join(lines),
        (
            (_button(state, t.START_FIRST_SESSION, StartFirstSession()),),
            (Button(t.SET_DAILY_REMINDER, encode_action(ChangeTime())),),
        ),
    )


def render(state: OnboardingState) -> View:
    """The onboarding message for ``state`` (a text message, HTML)."""
    step = state.step
    if step is Step.AGE:
        return View(
            "\n\n".join((_header(step), t.AGE_PROMPT)),
            (
                (_button(state, t.AGE_YES, Adult(True)),),
                (_button(state, t.AGE_NO, Adult(False)),),
            ),
        )
    if step is Step.UNDER_AGE:
        return View(t.UNDER_18)
    if step is Step.READINESS:
        return _checklist(state, READINESS_KEYS, t.READINESS_PROMPT)
    if step is Step.READINESS_CLEARANCE:
        return _clearance(state, state.readiness, READINESS_KEYS)
    if step is Step.BACK:
        return _checklist(state, BACK_KEYS, t.BACK_PROMPT)
    if step is Step.BACK_CLEARANCE:
        return _clearance(state, state.back, BACK_KEYS)
    if step is Step.NOT_CLEARED:
        return View(t.CLEARANCE_WAIT)
    if step is Step.USUAL_PAIN:
        return View(
            "\n\n".join((_header(step), t.USUAL_PAIN_PROMPT, t.USUAL_PAIN_HINT)),
            (
                tuple(_button(state, str(n), Pain(n)) for n in range(0, 6)),
                tuple(_button(state, str(n), Pain(n)) for n in range(6, 11)),
            ),
        )
    if step is Step.STYLE:
        return View(
            "\n\n".join(
                (_header(step), t.STYLE_PROMPT, f"{t.STYLE_HOLD_LINE}\n{t.STYLE_FLOW_LINE}")
            ),
            (
                (
                    _button(state, t.STYLE_HOLD, ChooseStyle(Style.HOLD)),
                    _button(state, t.STYLE_FLOW, ChooseStyle(Style.FLOW)),
                ),
            ),
        )
    return _done(state)


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
