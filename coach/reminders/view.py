"""The reminder screens as plain values (``View``), and their callback data.

Callback data (prefix ``r1``, at most 64 bytes, see ``coach.callbacks``):

=====================  ==========================================================
``r1:t:0730``          set this time (then pick days)
``r1:ot``              "Other time": ask the user to type one
``r1:d:0730:31``       set time and days (a bit mask, bit 0 = Monday); the end of the picker
``r1:c:0730:21``       show the custom-days picker with these days ticked (the toggles)
``r1:ct`` / ``r1:tz``  change time / change timezone
``r1:off``             turn the reminder off
``r1:go:20251201:f``   start a session from the reminder of that local date (f/s/g: full,
                       short, gentle)
``r1:sn:15m:20251201`` snooze (15m, 1h, evening)
``r1:sk:20251201``     skip today
``r1:fl:1:20251201``   flare check answer (1: back to usual, 0: not yet)
=====================  ==========================================================

The reminder's own buttons carry its local date, so a handler can tell a button pressed on
an old reminder ("Skip today" from yesterday) and answer ``REMINDER_PASSED`` instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from coach import callbacks
from coach.reminders.schedule import ReminderRule, ReminderVariant, SnoozeChoice
from coach.reminders.timeparse import (
    ALL_DAYS,
    WORK_DAYS,
    format_time,
    format_weekdays,
    mask_to_weekdays,
    weekdays_to_mask,
)
from coach.reminders.timezones import TzMatch, tzinfo_for
from coach.ui import Button, View
from content import reminders as text

PREFIX = "r1"


class StartMode(StrEnum):
    FULL = "f"
    SHORT = "s"
    GENTLE = "g"


@dataclass(frozen=True)
class SetTime:
    local_time: time


@dataclass(frozen=True)
class AskOtherTime:
    pass


@dataclass(frozen=True)
class SetDays:
    local_time: time
    weekdays: frozenset[int]  # never empty


@dataclass(frozen=True)
class EditCustomDays:
    local_time: time
    weekdays: frozenset[int]  # may be empty while the user is choosing


@dataclass(frozen=True)
class ChangeTime:
    pass


@dataclass(frozen=True)
class ChangeTimezone:
    pass


@dataclass(frozen=True)
class TurnOff:
    pass


@dataclass(frozen=True)
class StartSession:
    for_date: date
    mode: StartMode


@dataclass(frozen=True)
class Snooze:
    for_date: date
    choice: SnoozeChoice


@dataclass(frozen=True)
class SkipToday:
    for_date: date


@dataclass(frozen=True)
class FlareAnswer:
    for_date: date
    settled: bool


ReminderAction = (
    SetTime
    | AskOtherTime
    | SetDays
    | EditCustomDays
    | ChangeTime
    | ChangeTimezone
    | TurnOff
    | StartSession
    | Snooze
    | SkipToday
    | FlareAnswer
)


# --- encoding: one table, encode and decode both derived from it ----------------------------


@dataclass(frozen=True)
class _Hhmm:
    """A local time as ``HHMM``."""

    def parse(self, text: str) -> time | None:
        if len(text) != 4 or not text.isascii() or not text.isdigit():
            return None
        hour, minute = int(text[:2]), int(text[2:])
        return time(hour, minute) if hour <= 23 and minute <= 59 else None

    def format(self, value: time) -> str:
        return f"{value.hour:02d}{value.minute:02d}"


@dataclass(frozen=True)
class _Ymd:
    """A date as ``YYYYMMDD``."""

    def parse(self, text: str) -> date | None:
        if len(text) != 8 or not text.isascii() or not text.isdigit():
            return None
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            return None

    def format(self, value: date) -> str:
        return value.strftime("%Y%m%d")


@dataclass(frozen=True)
class _Weekdays:
    """A set of weekdays as the decimal of its bit mask (Monday = bit 0)."""

    def parse(self, text: str) -> frozenset[int] | None:
        if not text.isascii() or not text.isdigit() or len(text) > 3:
            return None
        mask = int(text)
        return mask_to_weekdays(mask) if mask <= 0x7F else None

    def format(self, value: frozenset[int]) -> str:
        return str(weekdays_to_mask(value))


@dataclass(frozen=True)
class _Choice:
    """One value of an enum, as its ``value``."""

    kind: type[StartMode] | type[SnoozeChoice]

    def parse(self, text: str) -> StartMode | SnoozeChoice | None:
        return next((member for member in self.kind if member.value == text), None)

    def format(self, value: StartMode | SnoozeChoice) -> str:
        return value.value


@dataclass(frozen=True)
class _Bit:
    """A bool as ``1`` / ``0``."""

    def parse(self, text: str) -> bool | None:
        return {"1": True, "0": False}.get(text)

    def format(self, value: bool) -> str:
        return str(int(value))


_TIME, _DATE, _DAYS = ("local_time", _Hhmm()), ("for_date", _Ymd()), ("weekdays", _Weekdays())
BUTTONS: callbacks.Table[ReminderAction] = callbacks.Table(
    PREFIX,
    callbacks.Row("t", SetTime, (_TIME,)),
    callbacks.Row("ot", AskOtherTime),
    callbacks.Row("d", SetDays, (_TIME, _DAYS)),
    callbacks.Row("c", EditCustomDays, (_TIME, _DAYS)),
    callbacks.Row("ct", ChangeTime),
    callbacks.Row("tz", ChangeTimezone),
    callbacks.Row("off", TurnOff),
    callbacks.Row("go", StartSession, (_DATE, ("mode", _Choice(StartMode)))),
    callbacks.Row("sn", Snooze, (("choice", _Choice(SnoozeChoice)), _DATE)),
    callbacks.Row("sk", SkipToday, (_DATE,)),
    callbacks.Row("fl", FlareAnswer, (("settled", _Bit()), _DATE)),
    # Choosing the days means at least one of them.
    valid=lambda action: not isinstance(action, SetDays) or bool(action.weekdays),
)


def encode_action(action: ReminderAction) -> str:
    return BUTTONS.encode(action)


def decode_reminder_button(data: str | None) -> ReminderAction | None:
    """The action behind a reminder button, or ``None`` for anything else (another feature,
    an older version, malformed or tampered data)."""
    return BUTTONS.decode(data)


def _button(label: str, action: ReminderAction) -> Button:
    return Button(label, encode_action(action))


# --- formatting ------------------------------------------------------------------------


def format_fire(instant: datetime, tz_name: str) -> str:
    """ "Mon 1 Dec, 07:30": an instant in the user's local time."""
    local = instant.astimezone(tzinfo_for(tz_name))
    return text.fire_label(local.weekday(), local.day, local.month, format_time(local.time()))


# --- the /remind flow ------------------------------------------------------------------


def time_picker_view(
    current: ReminderRule | None = None, next_fire: datetime | None = None
) -> View:
    """/remind: common times, "Other time", and "Turn off" when a reminder is set. With a
    current reminder the text starts with it and its next fire."""
    body = text.ASK_TIME
    if current is not None and next_fire is not None:
        summary = text.current_reminder(
            format_time(current.local_time),
            current.tz_name,
            format_weekdays(current.weekdays),
            format_fire(next_fire, current.tz_name),
        )
        body = f"{summary}\n\n{body}"
    times = [time(int(t[:2]), int(t[3:])) for t in text.COMMON_TIMES]
    rows: list[tuple[Button, ...]] = [
        tuple(_button(format_time(t), SetTime(t)) for t in times[i : i + 3])
        for i in range(0, len(times), 3)
    ]
    last = [_button(text.OTHER_TIME, AskOtherTime())]
    if current is not None:
        last.append(_button(text.TURN_OFF, TurnOff()))
    rows.append(tuple(last))
    return View(body, tuple(rows))


def other_time_view() -> View:
    return View(text.ASK_OTHER_TIME)


def weekday_picker_view(local_time: time) -> View:
    return View(
        f"{text.ASK_DAYS} ({format_time(local_time)})",
        (
            (
                _button(text.EVERY_DAY_BUTTON, SetDays(local_time, ALL_DAYS)),
                _button(text.WEEKDAYS_BUTTON, SetDays(local_time, WORK_DAYS)),
            ),
            (_button(text.CUSTOM_BUTTON, EditCustomDays(local_time, WORK_DAYS)),),
        ),
    )


def custom_days_view(local_time: time, weekdays: frozenset[int]) -> View:
    """Seven toggles (each button carries the set after its toggle) and Done once at least
    one day is ticked."""
    toggles = []
    for day, name in enumerate(text.WEEKDAY_SHORT):
        ticked = day in weekdays
        label = (text.DAY_ON if ticked else text.DAY_OFF).format(day=name)
        toggles.append(_button(label, EditCustomDays(local_time, weekdays ^ {day})))
    rows: list[tuple[Button, ...]] = [tuple(toggles[:4]), tuple(toggles[4:])]
    if weekdays:
        rows.append((_button(text.DONE_BUTTON, SetDays(local_time, weekdays)),))
    return View(text.ASK_CUSTOM_DAYS, tuple(rows))


def timezone_prompt_view() -> View:
    """Share a location, or type a city, IANA name or offset. (Location sharing needs a
    reply keyboard with ``request_location``, labelled ``content.reminders.SHARE_LOCATION``;
    the attachment menu works without one.)"""
    return View(text.ASK_TIMEZONE)


def timezone_set_view(match: TzMatch) -> View:
    return View(text.timezone_set(match.label, match.fixed_offset))


def bad_time_view(typed: str) -> View:
    return View(text.time_help(typed))


def bad_days_view(typed: str) -> View:
    return View(text.days_help(typed))


def bad_timezone_view(typed: str) -> View:
    return View(text.timezone_help(typed))


def bad_location_view() -> View:
    return View(text.LOCATION_HELP)


def confirmation_view(rule: ReminderRule, next_fire: datetime) -> View:
    """ "Daily reminder set for 07:30 (Europe/Berlin), weekdays. Next: Mon 1 Dec, 07:30." """
    body = text.confirmation(
        format_time(rule.local_time),
        rule.tz_name,
        format_weekdays(rule.weekdays),
        format_fire(next_fire, rule.tz_name),
    )
    return View(
        body,
        (
            (
                _button(text.CHANGE_TIME, ChangeTime()),
                _button(text.CHANGE_TIMEZONE, ChangeTimezone()),
            ),
            (_button(text.TURN_OFF, TurnOff()),),
        ),
    )


def reminder_off_view() -> View:
    return View(text.REMINDER_OFF)


def no_reminder_view() -> View:
    return View(text.NO_REMINDER)


def reminder_passed_view() -> View:
    return View(text.REMINDER_PASSED)


# --- the reminder message --------------------------------------------------------------


def _snooze_rows(for_date: date) -> tuple[tuple[Button, ...], ...]:
    return (
        (
            _button(text.SNOOZE_15M, Snooze(for_date, SnoozeChoice.MINUTES_15)),
            _button(text.SNOOZE_1H, Snooze(for_date, SnoozeChoice.HOUR_1)),
        ),
        (
            _button(text.SNOOZE_EVENING, Snooze(for_date, SnoozeChoice.EVENING)),
            _button(text.SKIP_TODAY, SkipToday(for_date)),
        ),
    )


def reminder_view(variant: ReminderVariant, for_date: date) -> View:
    """The daily reminder for the user's local date ``for_date``."""
    if variant is ReminderVariant.FLARE_CHECK:
        return View(
            text.FLARE_CHECK,
            (
                (
                    _button(text.FLARE_SETTLED, FlareAnswer(for_date, settled=True)),
                    _button(text.FLARE_NOT_YET, FlareAnswer(for_date, settled=False)),
                ),
            ),
        )
    if variant is ReminderVariant.SHORT_VERSION:
        return View(
            text.SHORT_VERSION_OFFER,
            (
                (_button(text.START_SHORT, StartSession(for_date, StartMode.SHORT)),),
                (_button(text.START_FULL, StartSession(for_date, StartMode.FULL)),),
                *_snooze_rows(for_date),
            ),
        )
    return View(
        text.nudge_for(for_date.toordinal()),
        (
            (_button(text.START_NOW, StartSession(for_date, StartMode.FULL)),),
            *_snooze_rows(for_date),
        ),
    )


def flare_not_yet_view(for_date: date) -> View:
    """After "Not yet": suggest resting the twist; the gentle version or skipping."""
    return View(
        text.FLARE_NOT_YET,
        (
            (
                _button(text.START_GENTLE, StartSession(for_date, StartMode.GENTLE)),
                _button(text.SKIP_TODAY, SkipToday(for_date)),
            ),
        ),
    )


def snoozed_view(until: datetime, now: datetime, tz_name: str) -> View:
    tz = tzinfo_for(tz_name)
    local_until = until.astimezone(tz)
    tomorrow = local_until.date() > now.astimezone(tz).date()
    return View(text.snoozed(format_time(local_until.time()), tomorrow))


def skipped_view(next_fire: datetime, tz_name: str) -> View:
    return View(text.skipped(format_fire(next_fire, tz_name)))
