"""Drawing every picture: the renderer behind ``python -m content.pictures``."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from . import ANIMATION_KEYS, GENTLE_ANIMATION_KEY, OUT_DIR, PICTURE_KEYS, file_name
from .animation import ANIMATION_WIDTH, encode_gif
from .draw import BASE_HEIGHT, BASE_WIDTH, render_scene, to_palette
from .scenes import SCENES

#: Size of every still, in pixels.
STILL_SIZE = (BASE_WIDTH, BASE_HEIGHT)
#: Size of the animation, in pixels.
ANIMATION_SIZE = (ANIMATION_WIDTH, ANIMATION_WIDTH * BASE_HEIGHT // BASE_WIDTH)


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
        path = out_dir / file_name(key)
        save_png(render_picture(key), path)
        written[key] = path
    for key in ANIMATION_KEYS:
        gif = out_dir / file_name(key)
        gif.write_bytes(encode_gif(gentle=key == GENTLE_ANIMATION_KEY))
        written[key] = gif
    return written
