from datetime import time

import pytest

from coach.reminders.timeparse import (
    ALL_DAYS,
    WEEKEND_DAYS,
    WORK_DAYS,
    format_time,
    format_weekdays,
    mask_to_weekdays,
    parse_time,
    parse_weekdays,
    weekdays_to_mask,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("7:30", time(7, 30)),
        ("07:30", time(7, 30)),
        ("7.30", time(7, 30)),
        ("730", time(7, 30)),
        ("0730", time(7, 30)),
        ("1930", time(19, 30)),
        ("7am", time(7, 0)),
        ("7 am", time(7, 0)),
        ("7 a.m.", time(7, 0)),
        ("7AM", time(7, 0)),
        ("7:30 pm", time(19, 30)),
        ("7:30pm", time(19, 30)),
        ("7.30 p.m.", time(19, 30)),
        ("7 pm", time(19, 0)),
        ("7p", time(19, 0)),
        ("12am", time(0, 0)),
        ("12 pm", time(12, 0)),
        ("12:15 am", time(0, 15)),
        ("19h30", time(19, 30)),
        ("19h", time(19, 0)),
        ("19 h 30", time(19, 30)),
        ("7", time(7, 0)),
        ("19", time(19, 0)),
        ("0", time(0, 0)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("noon", time(12, 0)),
        ("Noon", time(12, 0)),
        ("midday", time(12, 0)),
        ("midnight", time(0, 0)),
        ("  7:30  ", time(7, 30)),
        ("at 7:30", time(7, 30)),
        ("7 : 30", time(7, 30)),
    ],
)
def test_parse_time_accepts_common_forms(typed, expected):
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "25:00",
        "24:00",
        "7:61",
        "7:5",
        "2400",
        "12345",
        "13pm",
        "0am",
        "19h pm",
        "noon-ish",
        "around 7",
        "7:30 tomorrow",
        "seven",
        "🙂",
        "⏰ 7:30",
        "7:30🙂",
        "٧:٣٠",  # Arabic-Indic digits: not ASCII
        "-7:30",
        "7:30:00",
        "x" * 4000,
        "7:30" + " " * 4000,
    ],
)
def test_parse_time_rejects_junk(typed):
    assert parse_time(typed) is None


def test_format_time_is_24_hour_with_leading_zero():
    assert format_time(time(7, 5)) == "07:05"
    assert format_time(time(19, 30)) == "19:30"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("every day", ALL_DAYS),
        ("Every Day", ALL_DAYS),
        ("everyday", ALL_DAYS),
        ("daily", ALL_DAYS),
        ("weekdays", WORK_DAYS),
        ("workdays", WORK_DAYS),
        ("weekends", WEEKEND_DAYS),
        ("weekend", WEEKEND_DAYS),
        ("mon,wed,fri", frozenset({0, 2, 4})),
        ("mon, wed, fri", frozenset({0, 2, 4})),
        ("mon wed fri", frozenset({0, 2, 4})),
        ("Monday and Friday", frozenset({0, 4})),
        ("tue/thu", frozenset({1, 3})),
        ("mon-fri", WORK_DAYS),
        ("Mon – Wed", frozenset({0, 1, 2})),
        ("mon to wed", frozenset({0, 1, 2})),
        ("fri-mon", frozenset({4, 5, 6, 0})),  # wraps round the week
        ("mon-wed, sun", frozenset({0, 1, 2, 6})),
        ("sat", frozenset({5})),
        ("thurs", frozenset({3})),
        ("su", frozenset({6})),
    ],
)
def test_parse_weekdays(typed, expected):
    assert parse_weekdays(typed) == expected


@pytest.mark.parametrize("typed", ["", "funday", "mon,funday", "mon-xyz", "7:30", "🙂", "m" * 500])
def test_parse_weekdays_rejects_junk(typed):
    assert parse_weekdays(typed) is None


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (ALL_DAYS, "every day"),
        (WORK_DAYS, "weekdays"),
        (WEEKEND_DAYS, "weekends"),
        ({0, 2, 4}, "Mon, Wed, Fri"),
        ({0, 1, 2, 3, 5}, "Mon–Thu, Sat"),
        ({0, 1}, "Mon, Tue"),
        ({6}, "Sun"),
    ],
)
def test_format_weekdays(days, expected):
    assert format_weekdays(days) == expected


def test_weekday_masks_round_trip():
    for mask in range(128):
        assert weekdays_to_mask(mask_to_weekdays(mask)) == mask
    with pytest.raises(ValueError):
        weekdays_to_mask({7})
    with pytest.raises(ValueError):
        mask_to_weekdays(128)
