"""The pain chart picture: pain before and after each session over the last days, drawn
with Pillow in the exercise pictures' palette (``content.pictures.draw``).

Plain values in (`ChartData`, built by ``coach.progress.chart``), PNG bytes out. Pillow and the
pictures' drawing module are imported only when drawing, so start-up stays light. The picture
is `WIDTH` x `HEIGHT`; every label is at least `MIN_FONT_PX` high, so it is still readable
shown 400 px wide (half size).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

WIDTH = 800
HEIGHT = 520
MIN_FONT_PX = 24

COMPLETED = "completed"
STOPPED = "stopped"
HURT = "hurt"

TITLE = "Pain before and after, last {days} days"
EMPTY_TITLE = "Your pain chart"
EMPTY_LINES = ("Nothing to draw yet.", "Finish a session and", "your first dot appears here.")
ONE_SESSION = "One session so far: a good start!"
STREAK = "Streak: {n}"
LEGEND_BEFORE = "before"
LEGEND_AFTER = "after"
LEGEND_STOPPED = "stopped"
LEGEND_HURT = "pain stop"
LEGEND_REST = "rest day"
TODAY = "today"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Point:
    index: int  # day column, 0 = first day shown
    before: int | None
    after: int | None
    how: str = COMPLETED  # COMPLETED, STOPPED or HURT


@dataclass(frozen=True)
class ChartData:
    first: date  # the first local day shown
    days: int  # how many days are shown, the last one is today
    points: tuple[Point, ...]
    rest: frozenset[int]  # day columns held for safety
    streak: int

    @property
    def empty(self) -> bool:
        return not self.points


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _label(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def render_png(data: ChartData) -> bytes:
    """The chart as PNG bytes, `WIDTH` x `HEIGHT`."""
    from datetime import timedelta

    from PIL import Image, ImageDraw

    from content.pictures.draw import PALETTE, WHITE, font, mix

    pal = PALETTE
    hurt_colour = (200, 60, 50)
    stopped_colour = (150, 140, 130)
    rest_colour = mix(pal.background, pal.mat, 0.45)
    image = Image.new("RGB", (WIDTH, HEIGHT), pal.background)
    d = ImageDraw.Draw(image)
    title_f, label_f, small_f = font(32), font(26), font(MIN_FONT_PX)

    if data.empty:
        d.text((WIDTH / 2, 90), EMPTY_TITLE, font=title_f, fill=pal.ink, anchor="mm")
        d.rounded_rectangle((150, 150, WIDTH - 150, HEIGHT - 90), 28, fill=pal.mat)
        for i, line in enumerate(EMPTY_LINES):
            d.text((WIDTH / 2, 220 + i * 56), line, font=label_f, fill=WHITE, anchor="mm")
        return _png(image)

    d.text((30, 40), TITLE.format(days=data.days), font=title_f, fill=pal.ink, anchor="lm")
    d.text(
        (WIDTH - 30, 40),
        STREAK.format(n=_days(data.streak)),
        font=label_f,
        fill=pal.arrow,
        anchor="rm",
    )
    left, right, top, bottom = 70, WIDTH - 30, 90, HEIGHT - 120
    col = (right - left) / data.days

    def x(index: int) -> float:
        return left + col * (index + 0.5)

    def y(score: int) -> float:
        return bottom - (bottom - top) * score / 10

    for index in data.rest:
        d.rectangle((left + col * index + 1, top, left + col * (index + 1) - 1, bottom),
                    fill=rest_colour)  # fmt: skip
    faint = mix(pal.background, pal.mat_edge, 0.3)
    for score in range(1, 10):  # faint lines to read a score by; 0, 5 and 10 drawn and named
        if score != 5:
            d.line((left, y(score), right, y(score)), fill=faint, width=1)
    for score in (0, 5, 10):
        d.line((left, y(score), right, y(score)), fill=pal.mat_edge, width=2)
        d.text((left - 12, y(score)), str(score), font=small_f, fill=pal.ink, anchor="rm")
    for index, text in ((0, _label(data.first)), (data.days - 1, TODAY)):
        anchor = "lt" if index == 0 else "rt"
        edge = left if index == 0 else right
        d.text((edge, bottom + 10), text, font=small_f, fill=pal.ink, anchor=anchor)
    # Mondays (every other one over more than 5 weeks), a tick and a date between the ends.
    every = 1 if data.days <= 35 else 2
    mondays = [i for i in range(data.days) if (data.first + timedelta(days=i)).weekday() == 0]
    for index in mondays[::-1][::every][::-1]:  # counted back from the latest Monday
        cx = x(index)
        d.line((cx, bottom, cx, bottom + 6), fill=pal.mat_edge, width=2)
        if x(0) + 80 < cx < x(data.days - 1) - 90:  # clear of the first day and "today"
            label = _label(data.first + timedelta(days=index))
            d.text((cx, bottom + 10), label, font=small_f, fill=pal.ink, anchor="mt")

    dot = max(4.0, min(11.0, col * 0.4))

    def radius(p: Point) -> float:
        return dot if p.how == COMPLETED else max(dot, 8.0)  # a stop or a pain stop stands out

    # Lines and "before" marks first, every "after" mark on top: crowded columns hide none.
    for p in data.points:
        cx, r = x(p.index), radius(p)
        if p.before is not None and p.after is not None:
            d.line((cx, y(p.before), cx, y(p.after)), fill=pal.accent_light, width=4)
        if p.before is not None and p.after is None and p.how == STOPPED:
            by = y(p.before)
            d.rectangle((cx - r, by - r, cx + r, by + r), fill=stopped_colour)
        elif p.before is not None:
            by = y(p.before)
            rr = r + 2 if p.before == p.after else r  # the same score: a ring round the dot
            d.ellipse((cx - rr, by - rr, cx + rr, by + rr), fill=WHITE, outline=pal.accent,
                      width=3)  # fmt: skip
    for p in data.points:
        cx, r = x(p.index), radius(p)
        if p.after is not None:
            ay = y(p.after)
            if p.how == HURT:
                d.line((cx - r, ay - r, cx + r, ay + r), fill=hurt_colour, width=5)
                d.line((cx - r, ay + r, cx + r, ay - r), fill=hurt_colour, width=5)
            elif p.how == STOPPED:
                d.rectangle((cx - r, ay - r, cx + r, ay + r), fill=stopped_colour)
            else:
                rr = r - 2 if p.before == p.after and r > 5 else r  # inside its before ring
                d.ellipse((cx - rr, ay - rr, cx + rr, ay + rr), fill=pal.arrow)
    if len(data.points) == 1:
        d.text((WIDTH / 2, top + 14), ONE_SESSION, font=small_f, fill=pal.ink, anchor="mt")

    # Legend, two rows.
    ly1, ly2 = HEIGHT - 66, HEIGHT - 28
    lx = 40.0
    d.ellipse((lx - 9, ly1 - 9, lx + 9, ly1 + 9), fill=WHITE, outline=pal.accent, width=3)
    d.text((lx + 18, ly1), LEGEND_BEFORE, font=small_f, fill=pal.ink, anchor="lm")
    lx = 230.0
    d.ellipse((lx - 9, ly1 - 9, lx + 9, ly1 + 9), fill=pal.arrow)
    d.text((lx + 18, ly1), LEGEND_AFTER, font=small_f, fill=pal.ink, anchor="lm")
    lx = 410.0
    d.rectangle((lx - 12, ly1 - 14, lx + 12, ly1 + 14), fill=rest_colour)
    d.text((lx + 20, ly1), LEGEND_REST, font=small_f, fill=pal.ink, anchor="lm")
    lx = 40.0
    d.rectangle((lx - 9, ly2 - 9, lx + 9, ly2 + 9), fill=stopped_colour)
    d.text((lx + 18, ly2), LEGEND_STOPPED, font=small_f, fill=pal.ink, anchor="lm")
    lx = 230.0
    d.line((lx - 9, ly2 - 9, lx + 9, ly2 + 9), fill=hurt_colour, width=5)
    d.line((lx - 9, ly2 + 9, lx + 9, ly2 - 9), fill=hurt_colour, width=5)
    d.text((lx + 18, ly2), LEGEND_HURT, font=small_f, fill=pal.ink, anchor="lm")
    return _png(image)


def _png(image: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)  # type: ignore[attr-defined]
    return out.getvalue()
