"""Compact, versioned callback data: ``<prefix>:<field>:<field>...``, at most 64 bytes.

Every feature owns a prefix that carries a version (``s1``, ``r1``...). Bumping the version
makes buttons from older messages decode to ``None`` so handlers answer "that has ended"
instead of acting on stale state.

Buttons sent into a group carry their owner as a last field, ``~<user id in base 36>``
(`with_owner`): a press by anyone else is refused before any feature sees it, and every
decoder ignores the field (`decode` drops it), so one mechanism serves every feature.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar, cast

MAX_BYTES = 64
SEP = ":"
# A base-36 number as our encoders write it: lower-case ASCII, no sign, no leading zero, and
# small enough for a 64-bit database column. `int(x, 36)` alone would also take "+1", " 1",
# "1_0", unicode digits, and numbers the database refuses with an OverflowError.
_BASE36 = re.compile(r"0|[1-9a-z][0-9a-z]{0,12}")
INT64_MAX = 2**63 - 1
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
E = TypeVar("E")
R = TypeVar("R")


def parse_base36(field: str) -> int | None:
    """The value of a canonical base-36 field up to `INT64_MAX`, or ``None`` for anything
    else."""
    if not _BASE36.fullmatch(field):
        return None
    value = int(field, 36)
    return value if value <= INT64_MAX else None


def base36(number: int) -> str:
    """``number`` as `parse_base36` reads it; ``ValueError`` for a negative number."""
    if number < 0:
        raise ValueError("base-36 fields are not negative")
    digits = ""
    while True:
        number, digit = divmod(number, 36)
        digits = _DIGITS[digit] + digits
        if number == 0:
            return digits


def parse_small(field: str, digits: int) -> int | None:
    """The value of a plain ASCII decimal field of 1 to ``digits`` digits, else ``None``."""
    if not 1 <= len(field) <= digits or not field.isascii() or not field.isdigit():
        return None
    return int(field)


@dataclass(frozen=True)
class CallbackData:
    prefix: str
    fields: tuple[str, ...]

    def encode(self) -> str:
        for part in (self.prefix, *self.fields):
            if SEP in part:
                raise ValueError(f"callback field may not contain {SEP!r}: {part!r}")
        data = SEP.join((self.prefix, *self.fields))
        if not 1 <= len(data.encode()) <= MAX_BYTES:
            raise ValueError(f"callback data must be 1-{MAX_BYTES} bytes: {data!r}")
        return data


def encode(prefix: str, *fields: str | int) -> str:
    return CallbackData(prefix, tuple(str(f) for f in fields)).encode()


OWNER_MARK = "~"


def with_owner(data: str, owner: int) -> str:
    """``data`` marked as belonging to ``owner``; unchanged if the mark would not fit."""
    if not 0 < owner <= INT64_MAX:
        return data
    marked = f"{data}{SEP}{OWNER_MARK}{base36(owner)}"
    return marked if len(marked.encode()) <= MAX_BYTES else data


def owner_of(data: str | None) -> int | None:
    """The owner marked on ``data`` by `with_owner`, or ``None`` (no mark, or not ours)."""
    if not isinstance(data, str) or SEP not in data:
        return None
    last = data.rpartition(SEP)[2]
    return parse_base36(last[1:]) if last.startswith(OWNER_MARK) else None


def decode(data: str | None, prefix: str) -> tuple[str, ...] | None:
    """The fields after ``prefix``, or ``None`` when the data belongs to another prefix or
    version, or is malformed. Total: any string in (a forged press can carry anything, even
    text that is not valid UTF-8), ``None`` out, never raises."""
    if not isinstance(data, str) or not data or len(data) > MAX_BYTES:
        return None
    try:
        size = len(data.encode())
    except UnicodeEncodeError:  # a lone surrogate: bytes that were never UTF-8
        return None
    if size > MAX_BYTES:
        return None
    if owner_of(data) is not None:
        data = data.rpartition(SEP)[0]
    head, _, rest = data.partition(SEP)
    if head != prefix:
        return None
    return tuple(rest.split(SEP)) if rest else ()


def decode_action(data: str | None, prefix: str) -> tuple[str, str, tuple[str, ...]] | None:
    """``(owner, action, arguments)`` of ``<prefix>:<owner>:<action>[:<argument>...]``, the
    layout of buttons that belong to one session or one screen; ``None`` when malformed."""
    fields = decode(data, prefix)
    if fields is None or len(fields) < 2 or not fields[0]:
        return None
    return fields[0], fields[1], fields[2:]


# --- button tables ---------------------------------------------------------------------------
# A feature's buttons as one table: each row names an action code, the event it sends and how
# the event's one field (if any) is written on the wire. `ButtonTable.encode` and
# `ButtonTable.decode` are both derived from the rows, so they cannot drift apart.


class Field(Protocol):
    def parse(self, text: str) -> object | None:
        """The field's value, or ``None`` when ``text`` is not one this field writes."""

    def format(self, value: Any) -> str: ...


@dataclass(frozen=True)
class YesNo:
    """A bool as ``y`` / ``n``."""

    def parse(self, text: str) -> bool | None:
        return {"y": True, "n": False}.get(text)

    def format(self, value: bool) -> str:
        return "y" if value else "n"


@dataclass(frozen=True)
class OneOf:
    """An enum member as its value."""

    enum: type[Enum]

    def parse(self, text: str) -> Enum | None:
        try:
            return self.enum(text)
        except ValueError:
            return None

    def format(self, value: Enum) -> str:
        return str(value.value)


@dataclass(frozen=True)
class Number:
    """An int from ``low`` to ``high`` in decimal, up to ``digits`` ASCII digits; ``canonical``
    refuses leading zeros."""

    low: int
    high: int
    digits: int
    canonical: bool = False

    def parse(self, text: str) -> int | None:
        value = parse_small(text, self.digits)
        if value is None or not self.low <= value <= self.high:
            return None
        return None if self.canonical and str(value) != text else value

    def format(self, value: int) -> str:
        return str(value)


@dataclass(frozen=True)
class Key:
    """A string key, one of ``allowed`` (any string when ``allowed`` is ``None``)."""

    allowed: frozenset[str] | None = None

    def parse(self, text: str) -> str | None:
        return text if self.allowed is None or text in self.allowed else None

    def format(self, value: str) -> str:
        return value


@dataclass(frozen=True)
class Action:
    """One row: ``code`` on the wire, the event class, and its one field's codec (``None`` for
    an event without fields)."""

    code: str
    event: type[Any]
    field: Field | None = None


class ButtonTable(Generic[E]):
    """``<prefix>:<owner>:<code>[:<field>]`` for the events of one feature. ``owner``: the
    check an owner field must pass (a session code, an onboarding nonce)."""

    def __init__(self, prefix: str, owner: Callable[[str], bool], *actions: Action) -> None:
        self.prefix = prefix
        self._owner = owner
        self._by_code = {action.code: action for action in actions}
        self._by_event = {action.event: action for action in actions}
        if len(self._by_code) != len(actions) or len(self._by_event) != len(actions):
            raise ValueError("each action code and each event class appears once")

    def encode(self, owner: str, event: E) -> str:
        action = self._by_event.get(type(event))
        if action is None:
            raise ValueError(f"no button for {event!r}")
        if action.field is None:
            return encode(self.prefix, owner, action.code)
        (value,) = (getattr(event, f.name) for f in fields(cast(Any, event)))
        return encode(self.prefix, owner, action.code, action.field.format(value))

    def decode(self, data: str | None) -> tuple[str, E] | None:
        """``(owner, event)``, or ``None`` for anything else; never raises."""
        parts = decode_action(data, self.prefix)
        if parts is None or not self._owner(parts[0]):
            return None
        owner, code, args = parts
        action = self._by_code.get(code)
        if action is None:
            return None
        if action.field is None:
            return None if args else (owner, action.event())
        if len(args) != 1:
            return None
        value = action.field.parse(args[0])
        return None if value is None else (owner, action.event(value))


@dataclass(frozen=True)
class Base36:
    """A non-negative int in canonical base 36 (see `parse_base36`)."""

    def parse(self, text: str) -> int | None:
        return parse_base36(text)

    def format(self, value: int) -> str:
        return base36(value)


@dataclass(frozen=True)
class Base36Text:
    """A token kept as text that must read as canonical base 36."""

    def parse(self, text: str) -> str | None:
        return text if parse_base36(text) is not None else None

    def format(self, value: str) -> str:
        return value


@dataclass(frozen=True)
class Row:
    """One button of a `Table`: ``code`` on the wire, the event class, and its fields as
    ``(attribute, codec)`` pairs in wire order (which need not be the event's own order)."""

    code: str
    event: type[Any]
    fields: tuple[tuple[str, Field], ...] = ()


class Table(Generic[E]):
    """``<prefix>:<code>[:<field>...]`` for the events of one feature whose buttons carry no
    owner field (see `ButtonTable` for those that do): one `Row` per event. ``valid`` is a
    rule every event must keep on both ways (e.g. at least one weekday)."""

    def __init__(
        self, prefix: str, *rows: Row, valid: Callable[[E], bool] = lambda _event: True
    ) -> None:
        self.prefix = prefix
        self._by_code = {row.code: row for row in rows}
        self._by_event = {row.event: row for row in rows}
        self._valid = valid
        if len(self._by_code) != len(rows) or len(self._by_event) != len(rows):
            raise ValueError("each code and each event class appears once")

    def encode(self, event: E) -> str:
        row = self._by_event.get(type(event))
        if row is None or not self._valid(event):
            raise ValueError(f"no button for {event!r}")
        values = (codec.format(getattr(event, name)) for name, codec in row.fields)
        return encode(self.prefix, row.code, *values)

    def decode(self, data: str | None) -> E | None:
        """The event, or ``None`` for anything else; never raises."""
        parts = decode(data, self.prefix)
        if not parts:
            return None
        row = self._by_code.get(parts[0])
        if row is None or len(parts) - 1 != len(row.fields):
            return None
        values: dict[str, object] = {}
        for (name, codec), text in zip(row.fields, parts[1:], strict=True):
            value = codec.parse(text)
            if value is None:
                return None
            values[name] = value
        event: E = row.event(**values)
        return event if self._valid(event) else None


@dataclass(frozen=True)
class UnixSeconds:
    """An aware UTC time to the second, as base-36 POSIX seconds."""

    def parse(self, text: str) -> datetime | None:
        seconds = parse_base36(text)
        if seconds is None:
            return None
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (ValueError, OverflowError, OSError):  # beyond what datetime can hold
            return None

    def format(self, value: datetime) -> str:
        return base36(int(value.timestamp()))


class Layout(Generic[R]):
    """``<prefix>:<field>:<field>...`` for buttons of one shape: a frozen dataclass whose
    fields, in order, are written by ``codecs``. Encode and decode both follow the codecs."""

    def __init__(self, prefix: str, kind: type[R], *codecs: Field) -> None:
        if len(codecs) != len(fields(cast(Any, kind))):
            raise ValueError("one codec per field")
        self.prefix = prefix
        self._kind = kind
        self._codecs = codecs

    def encode(self, value: R) -> str:
        values = (getattr(value, f.name) for f in fields(cast(Any, value)))
        return encode(
            self.prefix, *(c.format(v) for c, v in zip(self._codecs, values, strict=True))
        )

    def decode(self, data: str | None) -> R | None:
        """The value, or ``None`` for anything else; never raises."""
        parts = decode(data, self.prefix)
        if parts is None or len(parts) != len(self._codecs):
            return None
        values = [codec.parse(part) for codec, part in zip(self._codecs, parts, strict=True)]
        return None if any(v is None for v in values) else self._kind(*values)
