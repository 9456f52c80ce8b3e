"""Pictures of the prone spinal twist, drawn by the project itself.

One still per step (``PICTURE_KEYS``, PNG, 1080x810) and one looping animation
(``ANIMATION_KEY``, GIF, 540x405), all seen from above with the same figure, mat and palette.
The files live in ``content/pictures/out/`` and are regenerated, byte for byte, by::

    python -m content.pictures
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from .animation import ANIMATION_WIDTH, encode_gif
from .draw import BASE_HEIGHT, BASE_WIDTH, render_scene, to_palette
from .scenes import SCENES

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
#: Size of every still, in pixels.
STILL_SIZE = (BASE_WIDTH, BASE_HEIGHT)
#: Size of the animation, in pixels.
ANIMATION_SIZE = (ANIMATION_WIDTH, ANIMATION_WIDTH * BASE_HEIGHT // BASE_WIDTH)


def _file_name(key: str) -> str:
    if key == ANIMATION_KEY:
        return f"{key}.gif"
    if key in PICTURE_KEYS:
        return f"{key}.png"
    raise KeyError(f"unknown picture key: {key!r}")


def picture_path(key: str) -> Path:
    """Where the generated file for ``key`` lives (``.png`` for stills, ``.gif`` for the loop)."""
    return OUT_DIR / _file_name(key)


def render_picture(key: str, width: int = BASE_WIDTH) -> Image.Image:
    """Draw the still ``key`` as a palette image ``width`` pixels wide (4:3)."""
    if key not in PICTURE_KEYS:
        raise KeyError(f"unknown picture key: {key!r}")
    return to_palette(render_scene(SCENES[key], width))


def save_png(image: Image.Image, path: Path) -> None:
    """Write a PNG without metadata, so the same picture always gives the same bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image.info.clear()
    image.save(path, format="PNG", optimize=True)


def render_all(out_dir: Path = OUT_DIR) -> dict[str, Path]:
    """Write every still and the animation into ``out_dir``; return key -> path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for key in PICTURE_KEYS:
        path = out_dir / _file_name(key)
        save_png(render_picture(key), path)
        written[key] = path
    gif = out_dir / _file_name(ANIMATION_KEY)
    gif.write_bytes(encode_gif())
    written[ANIMATION_KEY] = gif
    return written


__all__ = [
    "ANIMATION_KEY",
    "ANIMATION_SIZE",
    "OUT_DIR",
    "PICTURE_KEYS",
    "STILL_SIZE",
    "picture_path",
    "render_all",
    "render_picture",
]
