"""Reading a time of day and a set of weekdays from what people type.

``parse_time`` accepts "7:30", "07:30", "7.30", "730", "0730", "7", "19", "7am", "7 a.m.",
"7:30 pm", "19h30", "19h", "noon", "midnight" (an optional leading "at" is ignored) and
returns ``None`` for anything else: out-of-range hours or minutes ("25:00", "7:61",
"13pm"), words around the time ("noon-ish"), emoji, or input longer than ``MAX_INPUT``.

``parse_weekdays`` accepts "every day", "daily", "weekdays", "weekends", day lists
("mon,wed,fri", "mon wed fri", "monday and friday") and ranges ("mon-fri", "fri-mon" wraps
round the week). Weekdays are ints, 0 = Monday, as in ``date.weekday()``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time

from content import reminders as text

MAX_INPUT = 64  # longer input is rejected before any parsing

ALL_DAYS: frozenset[int] = frozenset(range(7))
WORK_DAYS: frozenset[int] = frozenset(range(5))
WEEKEND_DAYS: frozenset[int] = frozenset({5, 6})

_WORDS = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}

# "7:30", "7.30", "19h30", "19h", "7", "730", "0730", each with an optional am/pm marker.
_CLOCK = re.compile(
    r"""
    (?:
        (?P<h1>[0-9]{1,2}) \s* (?:[:.]|h) \s* (?P<m1>[0-9]{2})   # 7:30  7.30  19h30
      | (?P<h2>[0-9]{1,2}) \s* h                                 # 19h
      | (?P<h3>[0-9]{1,2}) (?P<m3>[0-9]{2})                      # 730  0730  1930
      | (?P<h4>[0-9]{1,2})                                       # 7  19
    )
    \s* (?P<ampm>a\.?m\.?|p\.?m\.?|a|p)?
    """,
    re.VERBOSE,
)


def _clean(raw: str) -> str | None:
    if len(raw) > MAX_INPUT:
        return None
    cleaned = " ".join(raw.lower().split())
    return cleaned or None


def parse_time(raw: str) -> time | None:
    """A time of day from free text, or ``None`` (see the module docstring)."""
    cleaned = _clean(raw)
    if cleaned is None:
        return None
    cleaned = cleaned.removeprefix("at ").strip()
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    match = _CLOCK.fullmatch(cleaned)
    if match is None:
        return None
    hour_text = match["h1"] or match["h2"] or match["h3"] or match["h4"]
    minute_text = match["m1"] or match["m3"] or "0"
    hour, minute = int(hour_text), int(minute_text)
    ampm = match["ampm"]
    if ampm is not None:
        if match["h2"] is not None or not 1 <= hour <= 12:
            return None  # "19h pm", "0am", "13pm"
        hour %= 12
        if ampm.startswith("p"):
            hour += 12
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def format_time(value: time) -> str:
    """ "07:30" (24-hour clock)."""
    return f"{value.hour:02d}:{value.minute:02d}"


# --- weekdays --------------------------------------------------------------------------

_DAY_NAMES: dict[str, int] = {}
for _index, _names in enumerate(
    (
        ("mo", "mon", "monday", "mondays"),
        ("tu", "tue", "tues", "tuesday", "tuesdays"),
        ("we", "wed", "weds", "wednesday", "wednesdays"),
        ("th", "thu", "thur", "thurs", "thursday", "thursdays"),
        ("fr", "fri", "friday", "fridays"),
        ("sa", "sat", "saturday", "saturdays"),
        ("su", "sun", "sunday", "sundays"),
    )
):
    for _name in _names:
        _DAY_NAMES[_name] = _index

_SETS: dict[str, frozenset[int]] = {
    "every day": ALL_DAYS,
    "everyday": ALL_DAYS,
    "daily": ALL_DAYS,
    "all": ALL_DAYS,
    "all days": ALL_DAYS,
    "weekdays": WORK_DAYS,
    "weekday": WORK_DAYS,
    "workdays": WORK_DAYS,
    "work days": WORK_DAYS,
    "weekends": WEEKEND_DAYS,
    "weekend": WEEKEND_DAYS,
}

_PIECES = re.compile(r"\s*[,;/&+]\s*|\s+and\s+")
_RANGE = re.compile(r"([a-z]+)\s*(?:-|–|to)\s*([a-z]+)")


def parse_weekdays(raw: str) -> frozenset[int] | None:
    """A non-empty set of weekdays (0 = Monday) from free text, or ``None``."""
    cleaned = _clean(raw.replace(".", " "))
    if cleaned is None:
        return None
    if cleaned in _SETS:
        return _SETS[cleaned]
    days: set[int] = set()
    pieces = [p for p in _PIECES.split(cleaned) if p]
    for piece in pieces:
        range_match = _RANGE.fullmatch(piece)
        if range_match is not None:
            first = _DAY_NAMES.get(range_match[1])
            last = _DAY_NAMES.get(range_match[2])
            if first is None or last is None:
                return None
            span = (last - first) % 7
            days.update((first + i) % 7 for i in range(span + 1))
            continue
        for word in piece.split():
            if word in _SETS:
                days.update(_SETS[word])
            elif word in _DAY_NAMES:
                days.add(_DAY_NAMES[word])
            else:
                return None
    return frozenset(days) or None


def format_weekdays(days: Iterable[int]) -> str:
    """ "every day", "weekdays", "weekends", or "Mon, Wed, Fri" with runs of three or more
    written as ranges ("Mon–Thu, Sat")."""
    chosen = frozenset(days)
    if chosen == ALL_DAYS:
        return text.EVERY_DAY
    if chosen == WORK_DAYS:
        return text.WEEKDAYS
    if chosen == WEEKEND_DAYS:
        return text.WEEKENDS
    parts: list[str] = []
    ordered = sorted(d for d in chosen if 0 <= d <= 6)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(
                f"{text.WEEKDAY_SHORT[ordered[i]]}{text.RANGE_DASH}{text.WEEKDAY_SHORT[ordered[j]]}"
            )
        else:
            parts.extend(text.WEEKDAY_SHORT[d] for d in ordered[i : j + 1])
        i = j + 1
    return ", ".join(parts)


def weekdays_to_mask(days: Iterable[int]) -> int:
    """Bit ``d`` set for each weekday ``d`` (compact storage and callback data)."""
    mask = 0
    for day in days:
        if not 0 <= day <= 6:
            raise ValueError(f"weekday out of range: {day}")
        mask |= 1 << day
    return mask


def mask_to_weekdays(mask: int) -> frozenset[int]:
    if not 0 <= mask <= 0x7F:
        raise ValueError(f"weekday mask out of range: {mask}")
    return frozenset(d for d in range(7) if mask >> d & 1)
