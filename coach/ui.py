"""What a screen shows, as plain values: handlers turn a `View` into a Telegram message."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace

from coach.callbacks import with_owner

CAPTION_MAX = 1024  # a photo's caption, counted as Telegram does (see `shown_length`)
_TAG = re.compile(r"<[^>]*>")


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


def shown_length(text: str) -> int:
    """The length Telegram counts for an HTML message or caption: the text without its tags,
    entities decoded, in UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(html.unescape(_TAG.sub("", text)).encode("utf-16-le")) // 2


def fits_caption(text: str) -> bool:
    return shown_length(text) <= CAPTION_MAX
