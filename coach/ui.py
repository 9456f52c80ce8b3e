"""What a screen shows, as plain values: handlers turn a `View` into a Telegram message."""

from __future__ import annotations

from dataclasses import dataclass, replace

from coach.callbacks import with_owner


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


def owned(view: View, owner: int) -> View:
    """``view`` with every button marked as ``owner``'s (for a group chat: nobody else's press
    acts; see `coach.callbacks.with_owner`)."""
    rows = tuple(
        tuple(Button(b.label, with_owner(b.data, owner)) for b in row) for row in view.buttons
    )
    return replace(view, buttons=rows)
