"""/settings, pure: apply a change, read a typed value, and draw the one settings message."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from coach.reminders import view as reminder_views
from coach.session.machine import ArmOption
from coach.session.workout import Style
from coach.settings import UserSettings
from coach.settings.buttons import (
    WEEKLY_OFF,
    Change,
    Done,
    Open,
    Page,
    Rescreen,
    SetArm,
    SetCues,
    SetHold,
    SetReps,
    SetSets,
    SetSetup,
    SetStyle,
    SettingsEvent,
    SetVoice,
    SetWeekly,
    encode,
)
from coach.ui import Button, View
from content import settings as text
from content.exercise import TIMINGS

HOLD_STEPS = (15, 20, 25, 30)
SETUP_STEPS = (5, 10, 15, 20, 30)
MAX_TYPED = 40


@dataclass(frozen=True)
class Snapshot:
    """What the settings message shows: the settings, the weekly summary's day (None: off), and
    the daily reminder in words (None: no reminder, so no weekly summary either)."""

    settings: UserSettings
    weekly_day: int | None = None
    reminder: str | None = None


@dataclass(frozen=True)
class Applied:
    snapshot: Snapshot
    saved: str | None  # what was saved, in words; None when nothing could be (no reminder)
    page: Page


def apply(snapshot: Snapshot, change: Change) -> Applied:
    """The snapshot after ``change``, and the confirmation. Values arrive in range (the button
    table and `parse_typed` check them); ``clamped`` keeps them there whatever comes."""
    s, p = snapshot.settings, snapshot.settings.prefs
    match change:
        case SetStyle(style=style):
            new, what = replace(s, style=style), f"{text.STYLE} {text.STYLE_SHORT[style.value]}"
        case SetHold(seconds=value):
            new = replace(s, prefs=replace(p, hold_seconds=value))
            what = f"{text.HOLD_LENGTH} {text.seconds(value)}"
        case SetReps(reps=value):
            new, what = replace(s, prefs=replace(p, reps=value)), text.reps(value)
        case SetSets(sets=value):
            new, what = replace(s, prefs=replace(p, sets=value)), text.sets(value)
        case SetArm(arm=arm):
            new, what = replace(s, arm=arm), text.ARM_NAMES[arm.value]
        case SetSetup(seconds=value):
            new = replace(s, prefs=replace(p, setup_seconds=value))
            what = f"{text.SETUP} {text.seconds(value)}"
        case SetCues(on=on):
            new = replace(s, prefs=replace(p, cues=on))
            what = f"{text.CUES} {text.ON if on else text.OFF}"
        case SetVoice(on=on):
            new = replace(s, prefs=replace(p, voice=on))
            what = f"{text.VOICE} {text.ON if on else text.OFF}"
        case SetWeekly(day=day):
            if snapshot.reminder is None:
                return Applied(snapshot, None, Page.WEEKLY)
            weekly = None if day == WEEKLY_OFF else day
            return Applied(
                replace(snapshot, weekly_day=weekly),
                f"{text.WEEKLY} {text.weekly(weekly)}",
                Page.MAIN,
            )
    return Applied(replace(snapshot, settings=new.clamped()), what, Page.MAIN)


# --- typed values -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutOfRange:
    what: str
    low: int
    high: int
    unit: str


@dataclass(frozen=True)
class Unclear:
    """A bare number where the page does not say which setting it is for."""


Typed = Change | OutOfRange | Unclear

_TYPED = re.compile(
    r"\s*([0-9]{1,4})\s*(s|sec|secs|second|seconds|rep|reps|set|sets|x)?\s*\.?\s*", re.IGNORECASE
)


def _ranged(value: int, low: int, high: int, what: str, unit: str, make: type) -> Typed:
    if low <= value <= high:
        return make(value)  # type: ignore[no-any-return]
    return OutOfRange(what, low, high, unit)


def parse_typed(raw: str, page: Page) -> Typed | None:
    """A typed value for the open settings message ("25 s", "10 reps", "2 sets", or a bare
    number on the hold, set-up or reps-and-sets page), or ``None`` when the text is not one
    (it then goes on to the other features)."""
    match = _TYPED.fullmatch(raw[:MAX_TYPED])
    if match is None:
        return None
    value, unit = int(match.group(1)), (match.group(2) or "").lower()
    t = TIMINGS
    hold = (t.hold_seconds_min, t.hold_seconds_max, text.WHAT_HOLD, " s")
    setup = (t.setup_seconds_min, t.setup_seconds_max, text.WHAT_SETUP, " s")
    reps = (t.flow_reps_min, t.flow_reps_max, text.WHAT_REPS, " reps")
    sets = (t.flow_sets_min, t.flow_sets_max, text.WHAT_SETS, " sets")
    if unit.startswith("s") and unit not in ("set", "sets"):
        if page is Page.SETUP:
            return _ranged(value, *setup, SetSetup)
        return _ranged(value, *hold, SetHold)
    if unit.startswith("rep"):
        return _ranged(value, *reps, SetReps)
    if unit in ("set", "sets", "x"):
        return _ranged(value, *sets, SetSets)
    if page is Page.HOLD:
        return _ranged(value, *hold, SetHold)
    if page is Page.SETUP:
        return _ranged(value, *setup, SetSetup)
    if page is Page.WORK:
        return Unclear()
    return None


# --- the message --------------------------------------------------------------------------------


def _b(label: str, event: SettingsEvent) -> Button:
    return Button(label, encode(event))


def _pick(label: str, chosen: bool) -> str:
    return text.CHOSEN.format(label=label) if chosen else label


def _on_off(on: bool) -> str:
    return text.ON if on else text.OFF


def _summary(snapshot: Snapshot) -> str:
    s, p = snapshot.settings, snapshot.settings.prefs
    lines = [
        f"• {text.STYLE}: <b>{text.STYLE_SHORT[s.style.value]}</b>",
        f"• {text.HOLD_LENGTH}: <b>{text.seconds(p.hold_seconds)}</b> per side",
        f"• {text.REPS}: <b>{text.reps(p.reps)}</b>, {text.SETS}: <b>{p.sets}</b> (Flow)",
        f"• {text.ARM}: <b>{text.ARM_NAMES[s.arm.value]}</b>",
        f"• {text.SETUP}: <b>{text.seconds(p.setup_seconds)}</b>",
        f"• {text.CUES}: <b>{_on_off(p.cues)}</b>",
        f"• {text.VOICE}: <b>{_on_off(p.voice)}</b>",
        f"• {text.REMINDER}: <b>{snapshot.reminder or text.NO_REMINDER}</b>",
        f"• {text.WEEKLY}: <b>{text.weekly(snapshot.weekly_day)}</b>",
    ]
    return "\n".join(lines)


_REMINDER = reminder_views.encode_action(reminder_views.ChangeTime())  # /remind's own flow
_WEEKLY = encode(Open(Page.WEEKLY))


def _main_buttons(snapshot: Snapshot) -> tuple[tuple[Button, ...], ...]:
    s, p = snapshot.settings, snapshot.settings.prefs
    return (
        (
            _b(text.BUTTON_STYLE.format(value=text.STYLE_SHORT[s.style.value]), Open(Page.STYLE)),
            _b(text.BUTTON_HOLD.format(value=text.seconds(p.hold_seconds)), Open(Page.HOLD)),
        ),
        (
            _b(text.BUTTON_WORK.format(reps=p.reps, sets=p.sets), Open(Page.WORK)),
            _b(text.BUTTON_SETUP.format(value=text.seconds(p.setup_seconds)), Open(Page.SETUP)),
        ),
        (_b(text.BUTTON_ARM.format(value=text.ARM_NAMES[s.arm.value]), Open(Page.ARM)),),
        (
            _b(text.BUTTON_CUES.format(value=_on_off(p.cues)), SetCues(not p.cues)),
            _b(text.BUTTON_VOICE.format(value=_on_off(p.voice)), SetVoice(not p.voice)),
        ),
        (
            Button(text.BUTTON_REMINDER, _REMINDER),
            Button(text.BUTTON_WEEKLY.format(value=text.weekly(snapshot.weekly_day)), _WEEKLY),
        ),
        (_b(text.BUTTON_SCREEN, Rescreen()), _b(text.BUTTON_DONE, Done())),
    )


_BACK = (Button(text.BUTTON_BACK, encode(Open(Page.MAIN))),)


def _page(snapshot: Snapshot, page: Page) -> tuple[str, tuple[tuple[Button, ...], ...]]:
    s, p, t = snapshot.settings, snapshot.settings.prefs, TIMINGS
    match page:
        case Page.STYLE:
            rows: tuple[tuple[Button, ...], ...] = tuple(
                (_b(_pick(text.STYLE_NAMES[style.value], s.style is style), SetStyle(style)),)
                for style in Style
            )
            return text.PAGE_STYLE, rows
        case Page.HOLD:
            row = tuple(
                _b(_pick(text.seconds(v), p.hold_seconds == v), SetHold(v)) for v in HOLD_STEPS
            )
            low, high = t.hold_seconds_min, t.hold_seconds_max
            return text.PAGE_HOLD.format(low=low, high=high), (row,)
        case Page.WORK:
            reps = range(t.flow_reps_min, t.flow_reps_max + 1)
            sets = range(t.flow_sets_min, t.flow_sets_max + 1)
            rows = (
                tuple(_b(_pick(text.reps(v), p.reps == v), SetReps(v)) for v in reps),
                tuple(_b(_pick(text.sets(v), p.sets == v), SetSets(v)) for v in sets),
            )
            page_text = text.PAGE_WORK.format(
                reps_low=t.flow_reps_min,
                reps_high=t.flow_reps_max,
                sets_low=t.flow_sets_min,
                sets_high=t.flow_sets_max,
            )
            return page_text, rows
        case Page.ARM:
            rows = tuple(
                (_b(_pick(text.ARM_NAMES[arm.value], s.arm is arm), SetArm(arm)),)
                for arm in ArmOption
            )
            return text.PAGE_ARM, rows
        case Page.SETUP:
            row = tuple(
                _b(_pick(text.seconds(v), p.setup_seconds == v), SetSetup(v)) for v in SETUP_STEPS
            )
            low, high = t.setup_seconds_min, t.setup_seconds_max
            return text.PAGE_SETUP.format(low=low, high=high), (row,)
        case _:  # Page.WEEKLY
            if snapshot.reminder is None:
                set_one = ((Button(text.BUTTON_SET_REMINDER, _REMINDER),),)
                return text.WEEKLY_NEEDS_REMINDER, set_one
            day = snapshot.weekly_day
            days = [_b(_pick(text.WEEKDAY_SHORT[d], day == d), SetWeekly(d)) for d in range(7)]
            off = _b(_pick(text.BUTTON_OFF, day is None), SetWeekly(WEEKLY_OFF))
            return text.PAGE_WEEKLY, (tuple(days[:4]), (*days[4:], off))


def render(snapshot: Snapshot, page: Page = Page.MAIN, saved: str | None = None) -> View:
    """The settings message: the summary, then the page's choices (the main page: one button
    per setting). ``saved``: the change just saved, confirmed on top."""
    head = [text.TITLE]
    if saved is not None:
        head.append(text.SAVED.format(what=saved))
    head.append(_summary(snapshot))
    if page is Page.MAIN:
        head += [text.INTRO, text.AMBER_NOTE]
        return View("\n\n".join(head), _main_buttons(snapshot))
    page_text, rows = _page(snapshot, page)
    head.append(page_text)
    return View("\n\n".join(head), (*rows, _BACK))


def done_view() -> View:
    return View(text.DONE)


def out_of_range_view(typed: OutOfRange) -> View:
    what, low, high, unit = typed.what, typed.low, typed.high, typed.unit
    return View(text.OUT_OF_RANGE.format(what=what, low=low, high=high, unit=unit))


def unclear_view() -> View:
    return View(text.WHICH_NUMBER)
