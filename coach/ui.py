"""What a screen shows, as plain values: handlers turn a `View` into a Telegram message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback data, at most 64 bytes (see coach.callbacks)


@dataclass(frozen=True)
class View:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    photo: str | None = None  # picture key in content.pictures
    animation: str | None = None
