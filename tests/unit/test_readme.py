"""Issue 17, item 18: the README's playground advice holds. The TIME_SCALE it suggests for
trying the bot leaves every block of every plan at least one edit interval long (so each phase
gets a frame of its own), and it explains the page's ``?name=``."""

from __future__ import annotations

import re
from itertools import product
from pathlib import Path

from coach.session.workout import Prefs, Style, Variant, build_plan
from content.exercise import TIMINGS
from service.session import MIN_FRAME_INTERVAL

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()
WEB = Path(__file__).resolve().parents[2] / "playground" / "web" / "app.js"


def suggested_scale() -> float:
    found = re.findall(r"\*\*`TIME_SCALE=([0-9.]+)`\*\*", README)
    assert len(found) == 1, found
    return float(found[0])


def test_the_suggested_time_scale_shows_every_phase() -> None:
    scale = suggested_scale()
    t = TIMINGS
    for style, variant, hold, reps, sets, setup in product(
        Style,
        Variant,
        (t.hold_seconds_min, t.hold_seconds_max),
        (t.flow_reps_min, t.flow_reps_max),
        (t.flow_sets_min, t.flow_sets_max),
        (t.setup_seconds_min, t.setup_seconds_max),
    ):
        prefs = Prefs(hold_seconds=hold, reps=reps, sets=sets, setup_seconds=setup)
        for block in build_plan(style, variant, prefs):
            assert block.seconds * scale >= 2 * MIN_FRAME_INTERVAL * 0.99, (style, block)


def test_the_readme_explains_the_name_parameter_the_page_reads() -> None:
    assert "?name=" in README and "greets you as" in README
    assert 'get("name")' in WEB.read_text()
