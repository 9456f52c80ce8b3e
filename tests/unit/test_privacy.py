"""/delete's confirmation, pure: its buttons, and what a press may do."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coach.privacy import (
    CONFIRM_FOR,
    Choice,
    Verdict,
    confirm_view,
    decode,
    judge,
    record_token,
)

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
CREATED = datetime(2026, 3, 1, 8, 0, 0, 123456, tzinfo=UTC)
USER = 8_123_456_789  # a large Telegram id


def press(label_index: int, *, asked: datetime = NOW, record: str | None = None):
    view = confirm_view(USER, asked, record or record_token(CREATED))
    data = view.buttons[label_index][0].data
    assert len(data.encode()) <= 64
    confirm = decode(data)
    assert confirm is not None
    return confirm


def test_the_buttons_are_yes_and_cancel_and_round_trip():
    view = confirm_view(USER, NOW, record_token(CREATED))
    assert [row[0].label for row in view.buttons] == ["Yes, erase everything", "Cancel"]
    yes = press(0)
    assert (yes.choice, yes.user_id, yes.asked_at, yes.record) == (
        Choice.ERASE,
        USER,
        NOW,
        record_token(CREATED),
    )
    assert press(1).choice is Choice.CANCEL


@pytest.mark.parametrize(
    ("presser", "after", "record_now", "expected"),
    [
        (USER, timedelta(seconds=5), record_token(CREATED), Verdict.ERASE),
        (USER, CONFIRM_FOR, record_token(CREATED), Verdict.ERASE),
        (USER, CONFIRM_FOR + timedelta(seconds=1), record_token(CREATED), Verdict.EXPIRED),
        (USER, -timedelta(hours=1), record_token(CREATED), Verdict.EXPIRED),  # clock went back
        (USER, timedelta(seconds=5), "0", Verdict.GONE),  # erased already
        (USER, timedelta(seconds=5), record_token(NOW), Verdict.GONE),  # a newer record
        (USER + 1, timedelta(seconds=5), record_token(CREATED), Verdict.NOT_YOURS),
    ],
)
def test_a_press_erases_only_fresh_from_its_user_on_the_same_record(
    presser, after, record_now, expected
):
    assert judge(press(0), presser, NOW + after, record_now) is expected


def test_cancel_is_always_harmless():
    assert judge(press(1), USER, NOW + timedelta(days=3), "0") is Verdict.CANCEL


@pytest.mark.parametrize(
    "data",
    [None, "", "d1", "d1:y", "d1:y:zz", "d1:x:1:1:1", "d1:y:!:1:1", "d0:y:1:1:1", "s1:y:1:1:1"],
)
def test_foreign_or_malformed_data_decodes_to_none(data):
    assert decode(data) is None


def test_record_tokens_tell_incarnations_apart():
    assert record_token(None) == "0"
    assert record_token(CREATED) == record_token(CREATED)
    assert record_token(CREATED) != record_token(CREATED + timedelta(microseconds=1))
