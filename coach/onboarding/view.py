"""The onboarding message, pure: `render(state)` gives the `coach.ui.View` for its step (a
text message, HTML), with the buttons of `coach.onboarding.buttons`. The DONE screen's
reminder button carries the reminder feature's own data
(``coach.reminders.view.encode_action(ChangeTime())``), handled by the reminder handler.
"""

from __future__ import annotations

from coach.onboarding.buttons import button_data
from coach.onboarding.machine import (
    IGNORED_FINISHED,
    Adult,
    ChangeAnswers,
    ChecklistDone,
    ChooseStyle,
    Cleared,
    Event,
    NoneOfThese,
    OnboardingState,
    Pain,
    StartFirstSession,
    Step,
    Toggle,
)
from coach.reminders.view import ChangeTime, encode_action
from coach.screening.rules import BACK_KEYS, READINESS_KEYS
from coach.session.workout import Style
from coach.ui import Button, View
from content import texts as t

TEXT_MAX = 4096
_SIGNS = {s.key: s for s in (*t.READINESS_SIGNS, *t.BACK_SIGNS)}
_STYLE_NAME = {Style.HOLD: t.STYLE_HOLD, Style.FLOW: t.STYLE_FLOW}

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


def ignored_notice(reason: str) -> str:
    """The short answer to a button press that `apply` ignored."""
    return t.ONBOARDING_FINISHED if reason == IGNORED_FINISHED else t.NOT_ACTIVE


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
