"""The onboarding screen's buttons: callback data ``o1:<nonce>:<action>[:<arg>]`` (at most 64
bytes, see `coach.callbacks`), one table.

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

The nonce travels in every button, so `decode_onboarding_button` returns it: the handler
compares it with the stored state's nonce and answers `content.texts.ONBOARDING_STALE` on a
mismatch.
"""

from __future__ import annotations

from coach.callbacks import Action, ButtonTable, Key, Number, OneOf, YesNo
from coach.onboarding.machine import (
    NONCE,
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
    Toggle,
)
from coach.screening.rules import BACK_KEYS, PAIN_MAX, PAIN_MIN, READINESS_KEYS
from coach.session.workout import Style

PREFIX = "o1"

BUTTONS: ButtonTable[Event] = ButtonTable(
    PREFIX,
    lambda nonce: NONCE.fullmatch(nonce) is not None,
    Action("a", Adult, YesNo()),
    Action("t", Toggle, Key(frozenset((*READINESS_KEYS, *BACK_KEYS)))),
    Action("none", NoneOfThese),
    Action("done", ChecklistDone),
    Action("c", Cleared, YesNo()),
    Action("ed", ChangeAnswers),
    Action("p", Pain, Number(PAIN_MIN, PAIN_MAX, digits=2, canonical=True)),
    Action("st", ChooseStyle, OneOf(Style)),
    Action("go", StartFirstSession),
)


def button_data(state: OnboardingState, event: Event) -> str:
    """``o1:<nonce>:<action>[:<arg>]`` for a button that sends ``event``."""
    return BUTTONS.encode(state.nonce, event)


def decode_onboarding_button(data: str | None) -> tuple[str, Event] | None:
    """``(nonce, event)`` for onboarding callback data, ``None`` for anything else (another
    feature, an older version, malformed or tampered data). The handler compares the nonce
    with the stored state's."""
    return BUTTONS.decode(data)
