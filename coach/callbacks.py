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
from dataclasses import dataclass

MAX_BYTES = 64
SEP = ":"
# A base-36 number as our encoders write it: lower-case ASCII, no sign, no leading zero, and
# small enough for a 64-bit database column. `int(x, 36)` alone would also take "+1", " 1",
# "1_0", unicode digits, and numbers the database refuses with an OverflowError.
_BASE36 = re.compile(r"0|[1-9a-z][0-9a-z]{0,12}")
INT64_MAX = 2**63 - 1


def parse_base36(field: str) -> int | None:
    """The value of a canonical base-36 field up to `INT64_MAX`, or ``None`` for anything
    else."""
    if not _BASE36.fullmatch(field):
        return None
    value = int(field, 36)
    return value if value <= INT64_MAX else None


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
    marked = f"{data}{SEP}{OWNER_MARK}{to_base36(owner)}"
    return marked if len(marked.encode()) <= MAX_BYTES else data


def owner_of(data: str | None) -> int | None:
    """The owner marked on ``data`` by `with_owner`, or ``None`` (no mark, or not ours)."""
    if not isinstance(data, str) or SEP not in data:
        return None
    last = data.rpartition(SEP)[2]
    return parse_base36(last[1:]) if last.startswith(OWNER_MARK) else None


def to_base36(value: int) -> str:
    """The canonical base-36 form `parse_base36` reads back (``value`` not negative)."""
    if value < 0:
        raise ValueError("base-36 fields are not negative")
    digits = ""
    while True:
        value, rest = divmod(value, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[rest] + digits
        if value == 0:
            return digits


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
