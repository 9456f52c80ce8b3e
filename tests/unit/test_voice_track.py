"""The generated voice track: a valid OGG/Opus file of the plan's length, each spoken line
starting at its second (found again in the decoded audio by energy onsets), no line running
into the next. Needs espeak-ng: scripts/test.sh installs it where it can (as root); it is
skipped only where it cannot be installed."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from coach.session.workout import Prefs, Style, Variant
from service import voice

if not voice.available():
    if os.geteuid() == 0:
        pytest.fail("espeak-ng is missing: scripts/test.sh installs it (apt-get install espeak-ng)")
    pytest.skip("espeak-ng is not installed and cannot be installed here", allow_module_level=True)

WINDOW = 0.01  # seconds per energy frame


def _onsets(samples: np.ndarray, rate: int) -> list[float]:
    """Times where sound starts after at least 0.1 s of silence."""
    size = round(rate * WINDOW)
    frames = len(samples) // size
    energy = np.sqrt((samples[: frames * size].reshape(frames, size) ** 2).mean(axis=1))
    loud = energy > 0.02
    onsets, quiet_run = [], 10
    for index, is_loud in enumerate(loud):
        if is_loud and quiet_run >= 10:
            onsets.append(index * WINDOW)
        quiet_run = 0 if is_loud else quiet_run + 1
    return onsets


CASES = [
    (Style.HOLD, Variant.STANDARD, Prefs(hold_seconds=20, setup_seconds=10)),
    (Style.HOLD, Variant.GENTLE, Prefs(setup_seconds=10)),
    (Style.FLOW, Variant.STANDARD, Prefs(sets=1, reps=8, setup_seconds=10)),
    (Style.FLOW, Variant.GENTLE, Prefs(setup_seconds=10)),
]


@pytest.mark.parametrize(
    ("style", "variant", "prefs"), CASES, ids=lambda v: getattr(v, "value", "")
)
def test_the_track_is_opus_of_the_plans_length_with_each_line_at_its_second(
    tmp_path: Path, style: Style, variant: Variant, prefs: Prefs
) -> None:
    track = voice.track_for(style, variant, prefs)
    path = voice.render(track, tmp_path / track.filename)
    info = sf.info(path)
    assert (info.format, info.subtype, info.channels) == ("OGG", "OPUS", 1)
    assert path.read_bytes()[:4] == b"OggS" and b"OpusHead" in path.read_bytes()[:200]
    assert abs(info.duration - track.seconds) <= 0.5
    samples, rate = sf.read(path, dtype="float32")
    onsets = _onsets(samples, rate)
    for line in track.lines:
        nearest = min(onsets, key=lambda at: abs(at - line.at))
        assert abs(nearest - line.at) < 0.15, (line, nearest)


@pytest.mark.parametrize(
    ("style", "variant", "prefs"), CASES, ids=lambda v: getattr(v, "value", "")
)
def test_no_spoken_line_runs_into_the_next(style: Style, variant: Variant, prefs: Prefs) -> None:
    track = voice.track_for(style, variant, prefs)
    lengths = {line.text: len(voice.speak(line.text)) / voice.RATE for line in track.lines}
    for line, nxt in zip(track.lines, track.lines[1:], strict=False):
        assert line.at + lengths[line.text] <= nxt.at, (line, nxt, lengths[line.text])
    last = track.lines[-1]
    assert last.at + lengths[last.text] <= track.seconds
