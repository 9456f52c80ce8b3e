"""Every button decoder is total: any string in, a value or ``None`` out, never an exception.

A Telegram client can send any bytes as a button's data, so the decoders are fed forged data:
random bytes (also as text that was never UTF-8), every known prefix with garbage, huge
numbers, unicode digits, and 64-byte payloads."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time

import pytest

from coach import callbacks, privacy
from coach.onboarding.buttons import decode_onboarding_button
from coach.questions.view import decode_clarify, decode_safety, decode_topic
from coach.reminders import view as reminder_views
from coach.reminders.schedule import SnoozeChoice
from coach.session.buttons import decode_session_button
from coach.settings import buttons as settings_buttons

DECODERS: dict[str, Callable[[str | None], object]] = {
    "session": decode_session_button,
    "onboarding": decode_onboarding_button,
    "reminder": reminder_views.decode_reminder_button,
    "privacy": privacy.decode,
    "questions": decode_topic,
    "clarify": decode_clarify,
    "safety question": decode_safety,
    "settings": settings_buttons.decode,
}
PREFIXES = ("s1", "o1", "r1", "d1", "q1", "c1", "k1", "u1", "g1", "s0", "S1", "")
NUMBERS = (
    "9" * 60,
    "z" * 40,
    "-1",
    "+1",
    " 1",
    "1_0",
    "١٢",  # Arabic-Indic digits: str.isdigit() and int() accept them
    "²",  # a digit to isdigit(), not to int()
    "𝟗",
    "0x10",
    "1e999",
    "nan",
    "",
)


def forged(seed: int = 15, count: int = 400) -> Iterator[str]:
    """Forged callback data: structured garbage first, then random bytes and text."""
    for prefix in PREFIXES:
        for number in NUMBERS:
            yield f"{prefix}:{number}"
            yield f"{prefix}:{number}:p:{number}"
            yield f"{prefix}:{number}:y:{number}:{number}"
            yield f"{prefix}:y:{number}:{number}:{number}"
            yield f"{prefix}:{number}:{number}"
            yield f"{prefix}:ab:y:e:{number}"  # a well-formed head, a forged last field
            yield f"{prefix}:ab:y:e:1.{number}"
        actions = ("t", "d", "c", "go", "sn", "sk", "fl", "p", "st", "v", "arm", "leg", "h", "k")
        for action in actions:
            yield f"{prefix}:{action}:{'9' * 40}:{'9' * 10}"
            yield f"{prefix}:1:{action}:{'x' * 50}"
            yield f"{prefix}:{action}::"
    rng = random.Random(seed)
    for _ in range(count):
        raw = bytes(rng.randrange(256) for _ in range(rng.randint(0, 70)))
        yield raw.decode("utf-8", "surrogateescape")  # lone surrogates: not valid UTF-8
        yield raw.decode("latin-1")
        prefix = rng.choice(PREFIXES)
        yield (prefix + ":" + "".join(chr(rng.randrange(1, 0x2FFFF)) for _ in range(30)))[:64]
    yield "s1:" + "a" * 61  # exactly 64 bytes
    yield "s1:" + "a" * 62  # 65 bytes
    yield "s1:" + "é" * 31  # 65 bytes in 34 characters
    yield "\ud800"


@pytest.mark.parametrize("name", sorted(DECODERS))
def test_every_decoder_is_total(name: str) -> None:
    decode = DECODERS[name]
    for data in forged():
        decode(data)  # raises on failure: the test is that nothing escapes
    assert decode(None) is None
    assert decode("") is None


def test_generic_decode_never_raises_and_checks_the_size() -> None:
    for data in forged():
        fields = callbacks.decode(data, "s1")
        if fields is not None:
            assert len(data.encode()) <= callbacks.MAX_BYTES
    assert callbacks.decode("s1:" + "a" * 62, "s1") is None
    assert callbacks.decode("s1:\ud800", "s1") is None


@pytest.mark.parametrize(
    ("field", "value"),
    [("0", 0), ("z", 35), ("10", 36), ("1y2p0ij32e8e7", 2**63 - 1)],
)
def test_base36_accepts_what_the_encoders_write(field: str, value: int) -> None:
    assert callbacks.parse_base36(field) == value


@pytest.mark.parametrize(
    "field", ["", "00", "01", "Z", "-1", "+1", " 1", "1_0", "١", "1y2p0ij32e8e8", "z" * 14, "1 "]
)
def test_base36_refuses_anything_else(field: str) -> None:
    assert callbacks.parse_base36(field) is None


def test_session_buttons_refuse_codes_the_database_cannot_hold() -> None:
    assert decode_session_button("s1:1y2p0ij32e8e8:nx") is None  # 2**63: an OverflowError before
    assert decode_session_button("s1:1:p:١") is None  # a unicode digit is not a pain score
    assert decode_session_button("s1:a:p:7") is not None
    assert decode_session_button("s1:1y2p0ij32e8e7:nx") is not None


def test_privacy_confirmations_refuse_non_canonical_numbers() -> None:
    now = datetime(2026, 3, 18, 7, 30, tzinfo=UTC)
    good = privacy.confirm_view(401, now, "abc").buttons[0][0].data
    assert privacy.decode(good) == privacy.Confirm(privacy.Choice.ERASE, 401, now, "abc")
    assert privacy.decode(f"d1:y:+b5:{'z' * 12}:abc") is None
    assert privacy.decode("d1:y:b5:" + "z" * 12 + ":abc") is None  # beyond datetime's range
    assert privacy.decode("d1:q:b5:1:abc") is None


def test_known_buttons_still_decode() -> None:
    day = date(2026, 3, 18)
    for action in (
        reminder_views.SetTime(time(7, 30)),
        reminder_views.SkipToday(day),
        reminder_views.Snooze(day, SnoozeChoice.HOUR_1),
    ):
        assert reminder_views.decode_reminder_button(reminder_views.encode_action(action)) == (
            action
        )


OWNER = 5_000_000_001


@pytest.mark.parametrize(
    "data",
    [
        reminder_views.encode_action(reminder_views.SkipToday(date(2026, 3, 18))),
        reminder_views.encode_action(reminder_views.SetTime(time(7, 30))),
        "s1:2:p:4",
        "o1:abcd:t:heart",
        "q1:mat",
    ],
)
def test_every_decoder_reads_owned_data_as_the_unowned(data: str) -> None:
    marked = callbacks.with_owner(data, OWNER)
    assert marked != data and callbacks.owner_of(marked) == OWNER
    assert callbacks.owner_of(data) is None
    for decode in DECODERS.values():
        assert decode(marked) == decode(data)


@pytest.mark.parametrize("owner", [0, -5, 2**63])
def test_an_owner_outside_the_id_range_is_not_marked(owner: int) -> None:
    assert callbacks.with_owner("r1:ct", owner) == "r1:ct"


def test_a_mark_that_would_not_fit_is_left_off() -> None:
    full = "r1:" + "x" * 58
    assert callbacks.with_owner(full, OWNER) == full


@pytest.mark.parametrize("forged_mark", ["r1:ct:~", "r1:ct:~-1", "r1:ct:~ZZ", "r1:ct:~" + "z" * 20])
def test_a_forged_mark_is_no_owner(forged_mark: str) -> None:
    assert callbacks.owner_of(forged_mark) is None
