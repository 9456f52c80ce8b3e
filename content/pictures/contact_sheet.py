"""All the stills (and the first frame of the loop) in one labelled grid, for reviewers."""

from __future__ import annotations

from collections.abc import Mapping

from PIL import Image, ImageDraw

from .draw import PALETTE, font

THUMB = (360, 270)
COLUMNS = 4
PAD = 18
CAPTION = 34
TITLE = 64
TEXT_PX = 22


def render_contact_sheet(images: Mapping[str, Image.Image], title: str) -> Image.Image:
    """A grid of ``images`` (in mapping order), each with its key underneath."""
    n = len(images)
    rows = (n + COLUMNS - 1) // COLUMNS
    width = PAD + COLUMNS * (THUMB[0] + PAD)
    height = TITLE + rows * (THUMB[1] + CAPTION + PAD) + PAD
    sheet = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(sheet)
    draw.text((PAD, TITLE // 2), title, font=font(30), fill=PALETTE.ink, anchor="lm")
    label_font = font(TEXT_PX)
    for i, (key, image) in enumerate(images.items()):
        col, row = i % COLUMNS, i // COLUMNS
        x = PAD + col * (THUMB[0] + PAD)
        y = TITLE + row * (THUMB[1] + CAPTION + PAD)
        thumb = image.convert("RGB").resize(THUMB, Image.Resampling.LANCZOS)
        draw.rectangle((x - 1, y - 1, x + THUMB[0], y + THUMB[1]), outline=(200, 200, 200))
        sheet.paste(thumb, (x, y))
        draw.text(
            (x + THUMB[0] // 2, y + THUMB[1] + CAPTION // 2 + 2),
            key,
            font=label_font,
            fill=PALETTE.ink,
            anchor="mm",
        )
    return sheet.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
