"""The voice track listened to (issue 17, "checked by"): a generated track is transcribed
offline by PocketSphinx (its en-US model ships inside the wheel: nothing is downloaded) and
every line of the plan's script must be heard, in order, its first word within half a second
of the line's second, and nothing else heard.

The recogniser is given a grammar of the track's own phrases (any of them, any number of
times, in any order): that is what makes it reliable on espeak-ng's voice, and it still has
to tell "two" from "three", "Left." from "Right leg." and a line from silence, at the right
second. Needs espeak-ng, like `test_voice_track`."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from pocketsphinx import Decoder

from coach.session.cues import Line
from coach.session.workout import Prefs, Style, Variant
from service import voice

if not voice.available():
    if os.geteuid() == 0:
        pytest.fail("espeak-ng is missing: scripts/test.sh installs it (apt-get install espeak-ng)")
    pytest.skip("espeak-ng is not installed and cannot be installed here", allow_module_level=True)

TOLERANCE = 0.5  # seconds between a line's second and its first word heard
RATE = 16_000  # Hz: the rate of PocketSphinx's en-US model
FRAMES_PER_SECOND = 100  # PocketSphinx's segment times are in 10 ms frames

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
]
_TEENS = {14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen"}
_TEENS |= {19: "nineteen"}
_TENS = {20: "twenty", 30: "thirty"}


def number_words(number: int) -> list[str]:
    if number < len(_UNITS):
        return [_UNITS[number]]
    if number in _TEENS:
        return [_TEENS[number]]
    tens = number - number % 10
    return [_TENS[tens], *([] if number == tens else number_words(number - tens))]


def spoken(text: str) -> list[str]:
    """The words of a script line as the recogniser spells them ("15 seconds." -> fifteen
    seconds)."""
    words: list[str] = []
    for token in re.findall(r"[A-Za-z]+|\d+", text):
        words.extend(number_words(int(token)) if token.isdigit() else [token.lower()])
    return words


@dataclass(frozen=True)
class Heard:
    at: float  # seconds from the start of the track
    until: float
    word: str


def transcribe(path: Path, lines: Sequence[Line], folder: Path) -> list[Heard]:
    """The words heard in the track at ``path``, with their times."""
    phrases = sorted({" ".join(spoken(line.text)) for line in lines})
    grammar = folder / "track.gram"
    alternatives = " | ".join(f"( {phrase} )" for phrase in phrases)
    grammar.write_text(f"#JSGF V1.0;\ngrammar track;\npublic <track> = ( {alternatives} )*;\n")
    samples, rate = sf.read(path, dtype="float32")
    count = round(len(samples) * RATE / rate)
    resampled = np.interp(np.arange(count) * (rate / RATE), np.arange(len(samples)), samples)
    pcm = (np.clip(resampled, -1.0, 1.0) * 32767).astype(np.int16)
    decoder = Decoder(samprate=RATE, jsgf=str(grammar), loglevel="FATAL")
    decoder.start_utt()
    decoder.process_raw(pcm.tobytes(), full_utt=True)
    decoder.end_utt()
    return [
        Heard(
            seg.start_frame / FRAMES_PER_SECOND,
            seg.end_frame / FRAMES_PER_SECOND,
            re.sub(r"\(\d+\)$", "", seg.word),  # "the(2)": a second pronunciation
        )
        for seg in decoder.seg()
        if not seg.word.startswith(("<", "["))  # <s>, </s>, <sil>, [NOISE]
    ]


def misheard(lines: Sequence[Line], heard: Sequence[Heard]) -> list[str]:
    """Every way the transcript departs from the script (empty: none)."""
    problems: list[str] = []
    words = [h.word for h in heard]
    cursor = 0
    for line in lines:
        expected = spoken(line.text)
        found = next(
            (
                j
                for j in range(cursor, len(words) - len(expected) + 1)
                if words[j : j + len(expected)] == expected
            ),
            None,
        )
        if found is None:
            problems.append(f"{line.at:5.1f} s {line.text!r}: not heard after {cursor} words")
            continue
        if found != cursor:
            problems.append(f"before {line.text!r}: heard {words[cursor:found]} too")
        if abs(heard[found].at - line.at) > TOLERANCE:
            problems.append(f"{line.text!r}: heard at {heard[found].at:.2f} s, not {line.at} s")
        if cursor > 0 and (ends := heard[cursor - 1].until) > line.at + TOLERANCE:
            problems.append(f"{line.text!r}: the line before runs on to {ends} s")
        cursor = found + len(expected)
    if cursor != len(words):
        problems.append(f"after the last line: heard {words[cursor:]} too")
    return problems


def test_the_spelling_of_numbers() -> None:
    assert spoken("Right leg. Hold 2 of 3, 25 seconds.") == (
        ["right", "leg", "hold", "two", "of", "three", "twenty", "five", "seconds"]
    )
    assert [number_words(n) for n in (1, 13, 15, 20, 30)] == [
        ["one"],
        ["thirteen"],
        ["fifteen"],
        ["twenty"],
        ["thirty"],
    ]


def test_a_wrong_word_or_a_late_line_is_caught() -> None:
    """The checker itself: it must fail a transcript that is off."""
    lines = (Line(0.0, "Right leg."), Line(3.0, "2."), Line(4.0, "1."))
    good = [Heard(0.0, 0.3, "right"), Heard(0.3, 0.6, "leg"), Heard(3.1, 3.4, "two")]
    good.append(Heard(4.0, 4.3, "one"))
    assert misheard(lines, good) == []
    late = [*good[:3], Heard(4.6, 4.9, "one")]
    assert misheard(lines, late) == ["'1.': heard at 4.60 s, not 4.0 s"]
    wrong = [*good[:2], Heard(3.1, 3.4, "three"), good[3]]
    assert misheard(lines, wrong)[0].startswith("  3.0 s '2.': not heard")
    long = [good[0], Heard(0.3, 3.6, "leg"), *good[2:]]
    assert misheard(lines, long) == ["'2.': the line before runs on to 3.6 s"]


@pytest.mark.timeout(60)
def test_a_hold_track_says_every_line_at_its_second(tmp_path: Path) -> None:
    """The shortest Hold track (5 s set-up, 15 s holds: 49 s of audio): set-up and its count,
    each side's hold and its count, the switch, the end. (It caught the set-up's two sentences
    running into its "2" on a 5 s set-up: its count now starts at 4 s.)"""
    track = voice.track_for(Style.HOLD, Variant.STANDARD, Prefs(hold_seconds=15, setup_seconds=5))
    path = voice.render(track, tmp_path / track.filename)
    heard = transcribe(path, track.lines, tmp_path)
    assert misheard(track.lines, heard) == [], [(h.at, h.word) for h in heard]
