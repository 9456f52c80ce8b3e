"""Compact, versioned callback data: ``<prefix>:<field>:<field>...``, at most 64 bytes.

Every feature owns a prefix that carries a version (``s1``, ``r1``...). Bumping the version
makes buttons from older messages decode to ``None`` so handlers answer "that has ended"
instead of acting on stale state.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 64
SEP = ":"


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


def decode(data: str | None, prefix: str) -> tuple[str, ...] | None:
    """The fields after ``prefix``, or ``None`` when the data belongs to another prefix or
    version, or is malformed."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
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
