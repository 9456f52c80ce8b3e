"""The pain chart: data prep on the local calendar (pure), and the PNG's size and states."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image

from coach.progress.chart import DAYS, chart_data
from coach.progress.view import Done
from content.charts import HEIGHT, MIN_FONT_PX, WIDTH, Point, render_png

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)  # Wednesday


def ago(days: int, hour: int = 8) -> datetime:
    return datetime(2026, 3, 18, hour, tzinfo=UTC) - timedelta(days=days)


def test_an_empty_record_gives_an_empty_chart():
    data = chart_data([], NOW, None)
    assert data.empty and data.points == () and data.rest == frozenset()
    assert (data.first, data.days, data.streak) == (date(2026, 2, 17), DAYS, 0)


def test_points_sit_on_their_local_day_and_old_sessions_are_left_out():
    done = [
        Done(ago(40), 5, 4),  # before the window
        Done(ago(29), 4, 3),  # the first day shown
        Done(ago(1, hour=23), 3, 2),  # the 17th in UTC, the 18th in Tokyo
        Done(ago(0), 2, None, "stopped"),
        Done(NOW + timedelta(hours=1), 1, 1),  # future: ignored
    ]
    utc = chart_data(done, NOW, "UTC")
    assert utc.points == (Point(0, 4, 3), Point(28, 3, 2), Point(29, 2, None, "stopped"))
    tokyo = chart_data(done, NOW, "Asia/Tokyo")
    assert [p.index for p in tokyo.points] == [0, 29, 29]


def test_held_days_and_pain_stops_are_rest_days_and_keep_the_streak():
    done = [Done(ago(3), 3, 2), Done(ago(2), 3, 7, "hurt"), Done(ago(0), 2, 1)]
    data = chart_data(done, NOW, "UTC", held=[ago(1, hour=9), ago(40)])
    assert data.rest == frozenset({27, 28})  # the pain stop and the red day; day 40 is out
    assert data.streak == 2  # 15th and 18th, bridged by the held 16th and 17th
    assert [p.how for p in data.points] == ["completed", "hurt", "completed"]


def test_a_held_day_with_a_completed_session_is_not_a_rest_day():
    data = chart_data([Done(ago(0), 3, 2)], NOW, "UTC", held=[ago(0, hour=6)])
    assert data.rest == frozenset()


MANY = [Done(ago(i), 5 - i % 3, 3 - i % 2) for i in range(28)] + [
    Done(ago(12, hour=10), 4, 7, "hurt"),
    Done(ago(20, hour=10), 3, None, "stopped"),
]


@pytest.mark.parametrize("done", [[], [Done(ago(0), 4, 2)], MANY], ids=["empty", "one", "many"])
def test_the_chart_renders_as_a_png_of_the_right_size(done):
    png = render_png(chart_data(done, NOW, "UTC", held=[ago(5)]))
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size == (WIDTH, HEIGHT)
    assert WIDTH >= 2 * 400 * MIN_FONT_PX / 24  # labels >= 12 px when shown 400 px wide
    colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    assert colours is not None and len(colours) > 2  # something is drawn


def test_the_chart_tells_states_apart():
    pngs = {render_png(chart_data(d, NOW, "UTC")) for d in ([], [Done(ago(0), 4, 2)], MANY)}
    assert len(pngs) == 3
