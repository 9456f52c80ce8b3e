import itertools
import re
from datetime import UTC, date, datetime, time

import pytest

from coach.callbacks import MAX_BYTES
from coach.reminders import view as rv
from coach.reminders.schedule import ReminderRule, ReminderVariant, SnoozeChoice
from coach.reminders.timeparse import ALL_DAYS, WORK_DAYS
from coach.reminders.timezones import resolve_timezone
from coach.ui import View
from content import reminders as text

MONDAY = date(2025, 12, 1)
ALLOWED_TAGS = {"b", "/b", "i", "/i"}


def all_views() -> list[View]:
    r = ReminderRule(time(7, 30), WORK_DAYS, "Europe/Berlin")
    nxt = datetime(2025, 12, 1, 6, 30, tzinfo=UTC)
    match = resolve_timezone("+5:30")
    assert match is not None
    return [
        rv.time_picker_view(),
        rv.time_picker_view(r, nxt),
        rv.other_time_view(),
        rv.weekday_picker_view(time(7, 30)),
        rv.custom_days_view(time(7, 30), frozenset()),
        rv.custom_days_view(time(23, 59), frozenset({0, 2, 4})),
        rv.timezone_prompt_view(),
        rv.timezone_set_view(match),
        rv.bad_time_view("<script>25:00</script>"),
        rv.bad_days_view("funday & co"),
        rv.bad_timezone_view("Atlantis <b>"),
        rv.bad_location_view(),
        rv.confirmation_view(r, nxt),
        rv.reminder_off_view(),
        rv.no_reminder_view(),
        rv.reminder_passed_view(),
        *(rv.reminder_view(v, MONDAY) for v in ReminderVariant),
        rv.flare_not_yet_view(MONDAY),
        rv.snoozed_view(nxt, nxt, "Europe/Berlin"),
        rv.skipped_view(nxt, "Europe/Berlin"),
    ]


def test_every_button_decodes_to_the_action_it_was_made_from():
    for view in all_views():
        for row in view.buttons:
            for button in row:
                assert len(button.data.encode()) <= MAX_BYTES
                action = rv.decode_reminder_button(button.data)
                assert action is not None, button
                assert rv.encode_action(action) == button.data


def test_only_b_and_i_tags():
    for view in all_views():
        tags = set(re.findall(r"<(/?\w+)", view.text))
        assert tags <= ALLOWED_TAGS, view.text


def test_user_text_is_escaped_and_shortened():
    view = rv.bad_time_view("<script>25:00</script>")
    assert "&lt;script&gt;" in view.text
    assert "<script>" not in view.text
    long = rv.bad_timezone_view("x" * 4000)
    assert len(long.text) < 600
    assert "nothing was changed" in long.text


@pytest.mark.parametrize(
    "action",
    [
        rv.SetTime(time(7, 30)),
        rv.SetTime(time(0, 0)),
        rv.AskOtherTime(),
        rv.SetDays(time(7, 30), ALL_DAYS),
        rv.SetDays(time(23, 59), frozenset({6})),
        rv.EditCustomDays(time(7, 30), frozenset()),
        rv.EditCustomDays(time(7, 30), frozenset({0, 3})),
        rv.ChangeTime(),
        rv.ChangeTimezone(),
        rv.TurnOff(),
        rv.StartSession(MONDAY, rv.StartMode.FULL),
        rv.StartSession(MONDAY, rv.StartMode.SHORT),
        rv.StartSession(date(2099, 12, 31), rv.StartMode.GENTLE),
        *(rv.Snooze(MONDAY, c) for c in SnoozeChoice),
        rv.SkipToday(MONDAY),
        rv.FlareAnswer(MONDAY, settled=True),
        rv.FlareAnswer(MONDAY, settled=False),
    ],
)
def test_round_trip(action):
    data = rv.encode_action(action)
    assert data.startswith("r1:")
    assert len(data.encode()) <= MAX_BYTES
    assert rv.decode_reminder_button(data) == action


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "r1",
        "r1:",
        "r0:t:0730",  # an older version
        "s1:pain:4",  # another feature
        "r1:t:2500",
        "r1:t:0761",
        "r1:t:730",
        "r1:t:0730:extra",
        "r1:d:0730:0",  # no days
        "r1:d:0730:128",
        "r1:d:0730:-1",
        "r1:c:0730:1000",
        "r1:go:20251301:f",
        "r1:go:20251201:x",
        "r1:go:2025121:f",
        "r1:sn:2d:20251201",
        "r1:sk:yesterday",
        "r1:fl:2:20251201",
        "r1:nope",
        "r1:" + "x" * 100,
    ],
)
def test_decode_rejects_bad_data(data):
    assert rv.decode_reminder_button(data) is None


def test_set_days_needs_days():
    with pytest.raises(ValueError):
        rv.encode_action(rv.SetDays(time(7, 30), frozenset()))


def test_time_picker_offers_common_times_and_other():
    view = rv.time_picker_view()
    labels = [b.label for row in view.buttons for b in row]
    assert labels == [*text.COMMON_TIMES, text.OTHER_TIME]
    assert rv.decode_reminder_button(view.buttons[0][0].data) == rv.SetTime(time(7, 0))


def test_time_picker_shows_the_current_reminder_and_turn_off():
    r = ReminderRule(time(7, 30), WORK_DAYS, "Europe/Berlin")
    view = rv.time_picker_view(r, datetime(2025, 12, 1, 6, 30, tzinfo=UTC))
    assert "Mon 1 Dec, 07:30" in view.text
    assert view.buttons[-1][-1].label == text.TURN_OFF


def test_custom_days_toggles():
    view = rv.custom_days_view(time(7, 30), frozenset({0, 2}))
    toggles = [b for row in view.buttons[:2] for b in row]
    assert [b.label for b in toggles] == [
        "✅ Mon", "Tue", "✅ Wed", "Thu", "Fri", "Sat", "Sun"
    ]  # fmt: skip
    # tapping Monday unticks it, tapping Tuesday ticks it
    assert rv.decode_reminder_button(toggles[0].data) == rv.EditCustomDays(
        time(7, 30), frozenset({2})
    )
    assert rv.decode_reminder_button(toggles[1].data) == rv.EditCustomDays(
        time(7, 30), frozenset({0, 1, 2})
    )
    done = view.buttons[-1][0]
    assert done.label == text.DONE_BUTTON
    assert rv.decode_reminder_button(done.data) == rv.SetDays(time(7, 30), frozenset({0, 2}))
    # no Done while nothing is ticked
    empty = rv.custom_days_view(time(7, 30), frozenset())
    assert all(b.label != text.DONE_BUTTON for row in empty.buttons for b in row)


def test_confirmation_text():
    r = ReminderRule(time(7, 30), WORK_DAYS, "Europe/Berlin")
    view = rv.confirmation_view(r, datetime(2025, 12, 1, 6, 30, tzinfo=UTC))
    plain = re.sub(r"<[^>]+>", "", view.text).replace("\n", " ")
    assert (
        plain == "Daily reminder set for 07:30 (Europe/Berlin), weekdays. Next: Mon 1 Dec, 07:30."
    )


def test_confirmation_shows_the_local_time_after_a_dst_gap():
    r = ReminderRule(time(1, 30), ALL_DAYS, "Europe/London")
    view = rv.confirmation_view(r, datetime(2025, 3, 30, 1, 0, tzinfo=UTC))
    assert "Sun 30 Mar, 02:00" in view.text


def test_offset_timezone_notes_no_dst():
    match = resolve_timezone("UTC+2")
    assert match is not None
    view = rv.timezone_set_view(match)
    assert "UTC+02:00" in view.text
    assert "daylight saving" in view.text


def test_reminder_message_variants():
    normal = rv.reminder_view(ReminderVariant.NORMAL, MONDAY)
    labels = [b.label for row in normal.buttons for b in row]
    assert labels == [
        text.START_NOW, text.SNOOZE_15M, text.SNOOZE_1H, text.SNOOZE_EVENING, text.SKIP_TODAY
    ]  # fmt: skip
    actions = [rv.decode_reminder_button(b.data) for row in normal.buttons for b in row]
    assert actions[0] == rv.StartSession(MONDAY, rv.StartMode.FULL)
    assert actions[-1] == rv.SkipToday(MONDAY)

    short = rv.reminder_view(ReminderVariant.SHORT_VERSION, MONDAY)
    assert "short version" in short.text
    assert rv.decode_reminder_button(short.buttons[0][0].data) == rv.StartSession(
        MONDAY, rv.StartMode.SHORT
    )

    flare = rv.reminder_view(ReminderVariant.FLARE_CHECK, MONDAY)
    assert [b.label for b in flare.buttons[0]] == [text.FLARE_SETTLED, text.FLARE_NOT_YET]
    assert len(flare.buttons) == 1  # the question comes first, nothing else


def test_nudges_vary_day_to_day_and_are_deterministic():
    days = [date(2025, 12, d) for d in range(1, 15)]
    texts = [rv.reminder_view(ReminderVariant.NORMAL, d).text for d in days]
    assert len(text.NUDGES) >= 6
    assert len(set(texts[:6])) == 6
    assert texts[0] != texts[7]  # not tied to the weekday
    assert all(a != b for a, b in itertools.pairwise(texts))
    assert rv.reminder_view(ReminderVariant.NORMAL, days[0]).text == texts[0]


def test_nudges_do_not_guilt_trip():
    words = ("should", "failed", "forgot", "lazy", "again?", "missed")
    for nudge in (*text.NUDGES, text.SHORT_VERSION_OFFER):
        assert not any(w in nudge.lower() for w in words), nudge


@pytest.mark.parametrize(
    ("until", "now", "expected"),
    [
        ((12, 1, 18, 0), (12, 1, 8, 0), "at <b>19:00</b>"),
        ((12, 1, 23, 5), (12, 1, 22, 50), "tomorrow at <b>00:05</b>"),
    ],
)
def test_snoozed_view(until, now, expected):
    def at(month: int, day: int, hour: int, minute: int) -> datetime:
        return datetime(2025, month, day, hour, minute, tzinfo=UTC)

    assert expected in rv.snoozed_view(at(*until), at(*now), "Europe/Berlin").text


def test_skipped_view_shows_next_reminder():
    view = rv.skipped_view(datetime(2025, 12, 8, 6, 30, tzinfo=UTC), "Europe/Berlin")
    assert "Mon 8 Dec, 07:30" in view.text
