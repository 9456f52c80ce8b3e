"""Regenerate every picture: ``python -m content.pictures``.

Writes the stills and the animation to ``content/pictures/out/`` and the contact sheet to
``docs/contact-sheet.png``. The output is deterministic: running it twice gives the same files.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from PIL import Image

from . import ANIMATION_KEYS, OUT_DIR, PICTURE_KEYS
from .contact_sheet import render_contact_sheet
from .render import render_all, save_png

REPO_ROOT = Path(__file__).resolve().parents[2]
CONTACT_SHEET = REPO_ROOT / "docs" / "contact-sheet.png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m content.pictures", description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the pictures")
    parser.add_argument("--sheet", type=Path, default=CONTACT_SHEET, help="contact sheet path")
    args = parser.parse_args(argv)

    written = render_all(args.out)
    images: dict[str, Image.Image] = {}
    for key in PICTURE_KEYS:
        with Image.open(written[key]) as im:
            images[key] = im.convert("RGB")
    for key in ANIMATION_KEYS:
        with Image.open(io.BytesIO(written[key].read_bytes())) as gif:
            gif.seek(8)  # the held twist of the right side
            images[f"{key} (twist)"] = gif.convert("RGB")
    save_png(
        render_contact_sheet(images, "Mobility Coach: prone spinal twist pictures"), args.sheet
    )

    for key, path in written.items():
        print(f"{key:16} {path.stat().st_size / 1024:7.1f} KB  {path}")
    print(f"{'contact sheet':16} {args.sheet.stat().st_size / 1024:7.1f} KB  {args.sheet}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
