"""Pictures of the prone spinal twist, drawn by the project itself.

One still per step (``PICTURE_KEYS``, PNG, 1080x810) and one looping animation
(``ANIMATION_KEY``, GIF, 540x405), all seen from above with the same figure, mat and palette.
The files live in ``content/pictures/out/`` and are regenerated, byte for byte, by::

    python -m content.pictures
"""

from __future__ import annotations

from pathlib import Path

#: Keys of the still pictures, in the order of the session (the cover first).
PICTURE_KEYS: tuple[str, ...] = (
    "cover",
    "prone_arms_out",
    "cactus_arms",
    "hand_support",
    "knee_bent",
    "leg_sweep",
    "foot_down",
    "foot_hover",
    "return_switch",
    "gentle_variant",
    "left_sweep",
)
ANIMATION_KEY = "twist_loop"

OUT_DIR = Path(__file__).resolve().parent / "out"


def file_name(key: str) -> str:
    if key == ANIMATION_KEY:
        return f"{key}.gif"
    if key in PICTURE_KEYS:
        return f"{key}.png"
    raise KeyError(f"unknown picture key: {key!r}")


def picture_path(key: str) -> Path:
    """Where the generated file for ``key`` lives (``.png`` for stills, ``.gif`` for the loop).
    The renderer (``content.pictures.render``) is imported only to draw them."""
    return OUT_DIR / file_name(key)


__all__ = ["ANIMATION_KEY", "OUT_DIR", "PICTURE_KEYS", "file_name", "picture_path"]
