"""/report, pure data prep and the PDF read back: one page, the facts and the note present."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pypdf
import pytest

from coach.progress.report import Ended, Screened, decode_period, period_button, report_data
from coach.progress.view import Done
from content import texts as t
from content.charts import render_png
from content.report import BOTTOM_MM, MAX_SESSION_ROWS, build_pdf

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def ago(days: int, hour: int = 8) -> datetime:
    return datetime(2026, 3, 18, hour, tzinfo=UTC) - timedelta(days=days)


ENDED = [Ended(Done(ago(i), 4, 2), "hold", None) for i in (0, 1, 3, 40)] + [
    Ended(Done(ago(2), 3, 7, "hurt"), "flow", None),
    Ended(Done(ago(4, hour=10), 5, None, "stopped"), "flow", True),
]
SCREENED = [
    Screened(ago(100), "onboarding", '{"signs": [], "usual_pain": 2}', 2, "cleared"),
    Screened(ago(35), "pre_session", '["numbness"]', 4, "amber"),
    Screened(ago(5), "pre_session", '["leg_weakness"]', 8, "red"),
]


def make(days: int = 30, tz: str | None = "UTC") -> bytes:
    data, chart = report_data(
        name="Ana", days=days, now=NOW, tz_name=tz, screenings=SCREENED, ended=ENDED,
        held=[ago(5)],
    )  # fmt: skip
    return build_pdf(replace(data, chart_png=render_png(chart)))


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return len(reader.pages), reader.pages[0].extract_text()


def test_the_period_keeps_the_first_screen_and_leaves_older_records_out():
    data, chart = report_data(name="Ana", days=30, now=NOW, tz_name="UTC", screenings=SCREENED,
                              ended=ENDED, held=[ago(5)])  # fmt: skip
    assert [s.kind for s in data.screenings] == ["onboarding", "pre_session"]
    assert data.screenings[1].ticked == ("leg weakness",)
    assert [s.how for s in data.sessions] == ["completed"] * 3 + ["hurt", "stopped"]
    assert len(data.flares) == 1 and data.flares[0].settled
    assert data.held_days == 2  # the red day and the pain stop
    assert chart.streak == 3  # 15th, 17th, 18th, bridged by the held 16th (the pain stop)
    wider, _ = report_data(name="Ana", days=90, now=NOW, tz_name="UTC", screenings=SCREENED,
                           ended=ENDED, held=[ago(5)])  # fmt: skip
    assert len(wider.sessions) == 6 and len(wider.screenings) == 3


@pytest.mark.parametrize("days", [30, 90])
def test_the_pdf_is_one_page_with_the_facts_and_the_note(days):
    pages, text = text_of(make(days))
    assert pages == 1
    assert f"last {days} days" in text
    assert "not a doctor, physiotherapist or medical device" in text
    assert "ended by pain" in text and "stopped early" in text
    assert "leg weakness" in text and "red" in text
    completed = 3 if days == 30 else 4  # 40 days ago is inside 90 days only
    assert f"{completed} completed, 1 stopped early, 1 ended by pain" in text
    assert "settled" in text


def test_a_long_record_still_fits_one_page():
    many = [Ended(Done(ago(i // 2, hour=6 + i % 2 * 3), 4, 2), "hold", True) for i in range(80)]
    data, chart = report_data(name="Ana", days=90, now=NOW, tz_name="Asia/Tokyo",
                              screenings=SCREENED * 5, ended=many, held=[])  # fmt: skip
    pdf = build_pdf(replace(data, chart_png=render_png(chart)))
    pages, text = text_of(pdf)
    assert pages == 1
    rows = len(re.findall(r"\d\d:\d\d hold 4 2 completed", text))
    assert MAX_SESSION_ROWS - 2 <= rows <= MAX_SESSION_ROWS  # the flares' lines take some room
    assert f"and {80 - rows} more" in text
    assert_above_the_margin(pdf)


def text_heights(pdf: bytes) -> list[tuple[float, str]]:
    """Each piece of text on the page and its height above the page's foot, in mm."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((tm[5] * 25.4 / 72, text.strip()))

    pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


def assert_above_the_margin(pdf: bytes) -> None:
    low = min(text_heights(pdf))
    assert low[0] >= BOTTOM_MM, f"{low[1]!r} at {low[0]:.1f} mm from the foot"


ALL_SIGNS = json.dumps([s.key for s in (*t.EMERGENCY_SIGNS, *t.CLINICIAN_SIGNS)])


def test_long_ticked_lists_wrap_whole_and_nothing_falls_off_the_page():
    many = [Ended(Done(ago(i), 4, 2), "hold", True) for i in range(90)]
    screened = (
        [SCREENED[0]]
        + [Screened(ago(i, hour=6), "pre_session", ALL_SIGNS, 9, "emergency") for i in range(8)]
        + [Screened(ago(i, hour=7), "pre_session", "[]", 2, "green") for i in range(40)]
    )
    data, chart = report_data(name="Ana", days=90, now=NOW, tz_name="UTC",
                              screenings=screened, ended=many, held=[])  # fmt: skip
    pdf = build_pdf(replace(data, chart_png=render_png(chart)))
    pages, text = text_of(pdf)
    assert pages == 1
    flat = " ".join(text.split())
    assert "saddle numbness, bladder" in flat and "one leg symptoms, something new" in flat
    assert "onboarding" in flat  # the first screen is kept before the newer ones
    assert "40 of them routine" in flat and "Flare check-ins" in flat
    assert_above_the_margin(pdf)


def test_held_days_and_the_first_screen_come_before_routine_checks():
    screened = [
        SCREENED[0],
        Screened(ago(20), "pre_session", "[]", 8, "red"),
        Screened(ago(19), "pre_session", '["fever_unwell"]', 3, "clinician"),
        *(Screened(ago(i, hour=7), "pre_session", "[]", 2, "green") for i in range(12)),
    ]
    data, chart = report_data(name="Ana", days=30, now=NOW, tz_name="UTC", screenings=screened,
                              ended=ENDED, held=[])  # fmt: skip
    _, text = text_of(build_pdf(replace(data, chart_png=render_png(chart))))
    lines = text.splitlines()
    assert any("onboarding" in line and "cleared" in line for line in lines)
    assert any(line.endswith(" 8 red") for line in lines)
    assert any("fever unwell" in line and "clinician" in line for line in lines)
    assert "and 7 more, 7 of them routine" in text  # 15 screenings, 8 rows
    assert "Current streak: 3 days." in text


def test_times_are_shown_in_the_users_zone():
    _, text = text_of(make(tz="Asia/Tokyo"))
    assert "times in Asia/Tokyo" in text and "Wed 18 Mar 2026 17:00" in text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (period_button(30), 30),
        (period_button(90), 90),
        (period_button(90) + ":~2s", 90),  # a group's owner field is ignored
        ("rp1:45", None),
        ("rp1:", None),
        ("rp1:-30", None),
        ("rp0:30", None),
        ("s1:30", None),
        ("", None),
    ],
)
def test_report_buttons_decode_strictly(data, expected):
    assert decode_period(data) == expected
    assert len(period_button(90).encode()) <= 64
