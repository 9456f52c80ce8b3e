"""/settings buttons: the events of the settings message and their callback data.

``g1:<code>[:<value>]``. Every "set" carries the absolute value, never a step, so a press from
an old message or a second press of the same button saves the same thing again (idempotent).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from coach import callbacks
from coach.session.machine import ArmOption
from coach.session.workout import Style
from content.exercise import TIMINGS

PREFIX = "g1"
WEEKLY_OFF = 7  # on the wire: the weekly summary's day 0-6 (Monday=0), or 7 for off


class Page(Enum):
    MAIN = "m"
    STYLE = "s"
    HOLD = "h"
    WORK = "w"
    ARM = "a"
    SETUP = "u"
    WEEKLY = "k"


@dataclass(frozen=True)
class Open:
    page: Page


@dataclass(frozen=True)
class SetStyle:
    style: Style


@dataclass(frozen=True)
class SetHold:
    seconds: int


@dataclass(frozen=True)
class SetReps:
    reps: int


@dataclass(frozen=True)
class SetSets:
    sets: int


@dataclass(frozen=True)
class SetArm:
    arm: ArmOption


@dataclass(frozen=True)
class SetSetup:
    seconds: int


@dataclass(frozen=True)
class SetCues:
    on: bool


@dataclass(frozen=True)
class SetVoice:
    on: bool


@dataclass(frozen=True)
class SetWeekly:
    day: int  # 0-6, Monday=0; WEEKLY_OFF for off


@dataclass(frozen=True)
class Rescreen:
    pass


@dataclass(frozen=True)
class Done:
    pass


Change = SetStyle | SetHold | SetReps | SetSets | SetArm | SetSetup | SetCues | SetVoice | SetWeekly
SettingsEvent = Change | Open | Rescreen | Done

_T = TIMINGS
BUTTONS: callbacks.Table[SettingsEvent] = callbacks.Table(
    PREFIX,
    callbacks.Row("p", Open, (("page", callbacks.OneOf(Page)),)),
    callbacks.Row("st", SetStyle, (("style", callbacks.OneOf(Style)),)),
    callbacks.Row(
        "h",
        SetHold,
        (("seconds", callbacks.Number(_T.hold_seconds_min, _T.hold_seconds_max, 2, True)),),
    ),
    callbacks.Row(
        "r", SetReps, (("reps", callbacks.Number(_T.flow_reps_min, _T.flow_reps_max, 2, True)),)
    ),
    callbacks.Row(
        "n", SetSets, (("sets", callbacks.Number(_T.flow_sets_min, _T.flow_sets_max, 1, True)),)
    ),
    callbacks.Row("a", SetArm, (("arm", callbacks.OneOf(ArmOption)),)),
    callbacks.Row(
        "u",
        SetSetup,
        (("seconds", callbacks.Number(_T.setup_seconds_min, _T.setup_seconds_max, 2, True)),),
    ),
    callbacks.Row("c", SetCues, (("on", callbacks.YesNo()),)),
    callbacks.Row("v", SetVoice, (("on", callbacks.YesNo()),)),
    callbacks.Row("k", SetWeekly, (("day", callbacks.Number(0, WEEKLY_OFF, 1, True)),)),
    callbacks.Row("hs", Rescreen),
    callbacks.Row("x", Done),
)


def encode(event: SettingsEvent) -> str:
    return BUTTONS.encode(event)


def decode(data: str | None) -> SettingsEvent | None:
    """The event behind a settings button, or ``None`` for anything else (another feature, an
    older version, forged or out-of-range data); never raises."""
    return BUTTONS.decode(data)
