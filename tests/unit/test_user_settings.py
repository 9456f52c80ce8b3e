"""/settings, pure: the button table, applying a change, typed values, and the message."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coach.callbacks import MAX_BYTES, with_owner
from coach.reminders import view as reminder_views
from coach.session import machine
from coach.session.machine import ArmOption
from coach.session.workout import Prefs, Style
from coach.settings import DEFAULT_SETTINGS, UserSettings, dump_settings, load_settings
from coach.settings import buttons as b
from coach.settings import view as v
from coach.settings.buttons import Page
from coach.settings.view import OutOfRange, Snapshot, Unclear
from coach.ui import View

NO_REMINDER = Snapshot(DEFAULT_SETTINGS)
WITH_REMINDER = Snapshot(DEFAULT_SETTINGS, None, "07:30 (every day)")


def _all_data(view_: object) -> list[str]:
    assert isinstance(view_, View)
    return [button.data for row in view_.buttons for button in row]


@pytest.mark.parametrize("page", list(Page))
@pytest.mark.parametrize("snapshot", [NO_REMINDER, WITH_REMINDER])
def test_every_button_fits_and_decodes(page: Page, snapshot: Snapshot) -> None:
    for data in _all_data(v.render(snapshot, page)):
        assert len(with_owner(data, 2**62).encode()) <= MAX_BYTES
        if data.startswith(b.PREFIX + ":"):
            assert b.decode(data) is not None, data
            assert b.decode(with_owner(data, 77)) == b.decode(data)
        else:  # the daily reminder: /remind's own flow
            assert reminder_views.decode_reminder_button(data) == reminder_views.ChangeTime()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("g1:h:25", b.SetHold(25)),
        ("g1:h:30", b.SetHold(30)),
        ("g1:h:45", None),  # out of range
        ("g1:h:14", None),
        ("g1:h:025", None),  # not canonical
        ("g1:r:12", b.SetReps(12)),
        ("g1:r:0", None),
        ("g1:n:3", b.SetSets(3)),
        ("g1:n:4", None),
        ("g1:u:5", b.SetSetup(5)),
        ("g1:u:31", None),
        ("g1:a:cactus", b.SetArm(ArmOption.CACTUS)),
        ("g1:a:elbow", None),
        ("g1:st:flow", b.SetStyle(Style.FLOW)),
        ("g1:c:y", b.SetCues(True)),
        ("g1:v:n", b.SetVoice(False)),
        ("g1:v:maybe", None),
        ("g1:k:0", b.SetWeekly(0)),
        ("g1:k:7", b.SetWeekly(b.WEEKLY_OFF)),
        ("g1:k:8", None),
        ("g1:p:h", b.Open(Page.HOLD)),
        ("g1:p:zz", None),
        ("g1:hs", b.Rescreen()),
        ("g1:hs:1", None),
        ("g1:x", b.Done()),
        ("g0:h:25", None),  # an older version
        ("r1:h:25", None),
        (None, None),
    ],
)
def test_decode(data: str | None, expected: object) -> None:
    assert b.decode(data) == expected


@pytest.mark.parametrize(
    ("change", "check", "saved"),
    [
        (b.SetHold(30), lambda s: s.settings.prefs.hold_seconds == 30, "Hold length 30 s"),
        (b.SetReps(10), lambda s: s.settings.prefs.reps == 10, "10 reps"),
        (b.SetSets(1), lambda s: s.settings.prefs.sets == 1, "1 set"),
        (b.SetSetup(15), lambda s: s.settings.prefs.setup_seconds == 15, "15 s"),
        (b.SetCues(False), lambda s: s.settings.prefs.cues is False, "Sound cues off"),
        (b.SetVoice(True), lambda s: s.settings.prefs.voice is True, "Voice-guided track on"),
        (b.SetStyle(Style.FLOW), lambda s: s.settings.style is Style.FLOW, "Style Flow"),
        (b.SetArm(ArmOption.HAND), lambda s: s.settings.arm is ArmOption.HAND, "Hand"),
        (b.SetWeekly(6), lambda s: s.weekly_day == 6, "Weekly summary on Sundays"),
        (b.SetWeekly(b.WEEKLY_OFF), lambda s: s.weekly_day is None, "Weekly summary off"),
    ],
)
def test_apply_saves_and_confirms(change: b.Change, check: object, saved: str) -> None:
    applied = v.apply(WITH_REMINDER, change)
    assert callable(check) and check(applied.snapshot)
    assert applied.saved is not None and saved in applied.saved
    assert applied.page is Page.MAIN
    shown = v.render(applied.snapshot, applied.page, applied.saved).text
    assert "Saved:" in shown and "next session" in shown
    # idempotent: the same press again (an old message, a double tap) changes nothing more
    assert v.apply(applied.snapshot, change).snapshot == applied.snapshot


def test_weekly_summary_needs_a_daily_reminder() -> None:
    applied = v.apply(NO_REMINDER, b.SetWeekly(2))
    assert applied.saved is None and applied.snapshot == NO_REMINDER
    assert applied.page is Page.WEEKLY
    shown = v.render(applied.snapshot, applied.page)
    assert "no daily reminder" in shown.text
    assert _all_data(shown)[0] == reminder_views.encode_action(reminder_views.ChangeTime())


def test_a_change_keeps_the_other_settings() -> None:
    start = Snapshot(UserSettings(Style.FLOW, ArmOption.CACTUS, Prefs(25, 11, 2, 10, False, True)))
    after = v.apply(start, b.SetHold(15)).snapshot.settings
    assert after == replace(start.settings, prefs=replace(start.settings.prefs, hold_seconds=15))


@pytest.mark.parametrize(
    ("typed", "page", "expected"),
    [
        ("25 s", Page.MAIN, b.SetHold(25)),
        ("25s", Page.HOLD, b.SetHold(25)),
        ("25 seconds", Page.MAIN, b.SetHold(25)),
        ("25", Page.HOLD, b.SetHold(25)),
        ("10 s", Page.SETUP, b.SetSetup(10)),
        ("10", Page.SETUP, b.SetSetup(10)),
        ("10 reps", Page.MAIN, b.SetReps(10)),
        ("10 REPS", Page.WORK, b.SetReps(10)),
        ("2 sets", Page.MAIN, b.SetSets(2)),
        ("1 set", Page.HOLD, b.SetSets(1)),
        ("45 s", Page.MAIN, OutOfRange("The hold", 15, 30, " s")),
        ("45", Page.HOLD, OutOfRange("The hold", 15, 30, " s")),
        ("0 reps", Page.MAIN, OutOfRange("Reps", 8, 12, " reps")),
        ("13 reps", Page.WORK, OutOfRange("Reps", 8, 12, " reps")),
        ("5 sets", Page.MAIN, OutOfRange("Sets", 1, 3, " sets")),
        ("2 s", Page.SETUP, OutOfRange("The set-up time", 5, 30, " s")),
        ("9", Page.WORK, Unclear()),
        ("9", Page.MAIN, None),  # a bare number elsewhere is not ours (a pain score, say)
        ("25", Page.STYLE, None),
        ("hello", Page.HOLD, None),
        ("how long should I hold it?", Page.HOLD, None),
        ("", Page.HOLD, None),
        ("99999999999999 s", Page.HOLD, None),
        ("٢٥ s", Page.HOLD, None),  # unicode digits are not read as a number
    ],
)
def test_parse_typed(typed: str, page: Page, expected: object) -> None:
    assert v.parse_typed(typed, page) == expected


def test_out_of_range_reply_names_the_range() -> None:
    reply = v.out_of_range_view(OutOfRange("The hold", 15, 30, " s")).text
    assert "15-30 s" in reply and "Nothing was changed" in reply


def test_main_page_shows_every_setting() -> None:
    shown = v.render(
        Snapshot(
            UserSettings(Style.FLOW, ArmOption.CACTUS, Prefs(25, 11, 2, 10, False, True)),
            3,
            "08:00 (weekdays)",
        )
    )
    for fragment in ("Flow", "25 s", "11 reps", "Cactus", "10 s", "08:00", "Thursdays"):
        assert fragment in shown.text, fragment
    labels = [button.label for row in shown.buttons for button in row]
    assert any("Sound cues: off" in label for label in labels)
    assert any("Voice track: on" in label for label in labels)
    assert b.decode(_all_data(shown)[-1]) == b.Done()


def test_the_chosen_value_is_ticked() -> None:
    settings = replace(DEFAULT_SETTINGS, prefs=replace(DEFAULT_SETTINGS.prefs, hold_seconds=25))
    rows = v.render(Snapshot(settings), Page.HOLD).buttons
    ticked = [button.label for button in rows[0] if button.label.startswith("✓")]
    assert ticked == ["✓ 25 s"]


def test_stored_settings_round_trip() -> None:
    settings = UserSettings(Style.FLOW, ArmOption.HAND, Prefs(30, 12, 1, 20, False, True))
    assert load_settings(dump_settings(settings)) == settings


def test_a_session_starts_from_the_chosen_arm_and_prefs_but_gentle_fixes_them() -> None:
    from datetime import UTC, datetime

    from coach.session.workout import BlockKind, Variant

    prefs = Prefs(hold_seconds=30, setup_seconds=10)
    first = machine.new_session(
        session_id="a",
        user_id=1,
        chat_id=1,
        now=datetime(2026, 1, 1, tzinfo=UTC),
        usual_pain=2,
        prefs=prefs,
        arm=ArmOption.CACTUS,
    ).state
    assert (first.arm, first.default_arm) == (ArmOption.CACTUS, ArmOption.CACTUS)
    holds = [block.seconds for block in first.plan if block.kind is BlockKind.HOLD]
    assert holds == [30.0, 30.0] and first.plan[0].seconds == 10.0
    gentle = machine._with_variant(first, Variant.GENTLE)
    assert gentle.arm is ArmOption.HAND
    assert {block.seconds for block in gentle.plan if block.kind is BlockKind.HOLD} == {15.0}
    assert machine._with_variant(gentle, Variant.STANDARD).arm is ArmOption.CACTUS
    assert machine.SessionState.from_json(first.to_json()) == first
