"""The session's buttons: callback data ``s1:<session code>:<action>[:<arg>]``, one table.

`button_data` encodes an event, `decode_session_button` turns data back into
``(session code, event)``; ``None`` means the data is not a current session button, and the
handler answers `content.texts.SESSION_ENDED`. A button of an older session decodes fine: the
handler compares the code with the user's active session.
"""

from __future__ import annotations

from coach.callbacks import (
    Action,
    ButtonTable,
    Key,
    Number,
    OneOf,
    YesNo,
    base36,
    parse_base36,
)
from coach.screening.rules import PAIN_MAX, PAIN_MIN
from coach.session.machine import (
    ArmOption,
    Back,
    ChecklistDone,
    ChooseArm,
    ChooseLeg,
    ChooseStyle,
    ChooseVariant,
    ContinueGently,
    Event,
    Hurts,
    ImReady,
    LegOption,
    Next,
    NoneOfThese,
    Pain,
    Pause,
    Resume,
    Settled,
    Skip,
    Start,
    Stop,
    Toggle,
)
from coach.session.workout import Style, Variant

PREFIX = "s1"


def session_code(number: int) -> str:
    """A short session id for callback data: the store's integer id in base 36."""
    return base36(number)


# The session code is a canonical base-36 number that fits the database
# (`callbacks.parse_base36`). Tick is not a button.
BUTTONS: ButtonTable[Event] = ButtonTable(
    PREFIX,
    lambda code: parse_base36(code) is not None,
    Action("t", Toggle, Key()),
    Action("none", NoneOfThese),
    Action("done", ChecklistDone),
    Action("p", Pain, Number(PAIN_MIN, PAIN_MAX, digits=2)),
    Action("ok", Settled, YesNo()),
    Action("nx", Next),
    Action("bk", Back),
    Action("st", ChooseStyle, OneOf(Style)),
    Action("v", ChooseVariant, OneOf(Variant)),
    Action("arm", ChooseArm, OneOf(ArmOption)),
    Action("leg", ChooseLeg, OneOf(LegOption)),
    Action("go", Start),
    Action("rd", ImReady),
    Action("ps", Pause),
    Action("rs", Resume),
    Action("sk", Skip),
    Action("x", Stop),
    Action("h", Hurts),
    Action("cg", ContinueGently),
)


def button_data(session_id: str, event: Event) -> str:
    """Callback data for a button that sends ``event``; ``ValueError`` for Tick."""
    return BUTTONS.encode(session_id, event)


def decode_session_button(data: str | None) -> tuple[str, Event] | None:
    """``(session code, event)``, or ``None`` for anything else; never raises."""
    return BUTTONS.decode(data)
