"""The one-page summary for a clinician (/report), built with fpdf2 (imported only when
building). Plain values in (`ReportData`, gathered by ``coach.progress.report``), PDF bytes out.

Core PDF fonts only know Latin-1, so every text goes through `_latin1` (arrows become "->",
anything else unknown becomes "?"). The page holds at most `MAX_SCREENING_ROWS` screening rows,
chosen by rank (`_rank`: the first health screen, then a sign ticked or exercise held back,
then amber days, then routine checks) and shown newest first; and at most `MAX_SESSION_ROWS`
session rows, newest first. Long ticked lists wrap, never cut, and take room from the rows;
each table says how many more there were. Nothing is drawn below the bottom margin
(`BOTTOM_MM`): the page is one page, never clipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from content.safety import DISCLAIMER

MAX_SESSION_ROWS = 20
MAX_SCREENING_ROWS = 8
MAX_FLARE_ROWS = 4
BOTTOM_MM = 10.0  # kept free at the foot of the page
ROUTINE = frozenset({"green", "cleared"})  # a screening result that held nothing back
AMBER = "amber"

TITLE = "Mobility Coach - prone spinal twist: summary for a clinician"
PERIOD = "{name} - last {days} days ({first} to {last}), times in {tz}. Made {made}."
NOTE = "Please note: " + DISCLAIMER.replace("I'm", "Mobility Coach is").replace(
    "I can't", "It can't"
).replace("my check-ins", "its check-ins")
NONE_YET = "No sessions in this period."
COUNTS = (
    "Sessions: {completed} completed, {stopped} stopped early, {hurt} ended by pain. "
    "Held days (no exercise, for safety): {held}. Current streak: {streak}."
)
SCREENINGS = "Screening answers"
SCREENING_HEAD = ("When", "Check", "Ticked", "Pain", "Result")
NO_TICKS = "nothing ticked"
SESSIONS = "Sessions (pain 0-10, before -> after)"
SESSION_HEAD = ("When", "Style", "Before", "After", "How it ended")
HOW = {"completed": "completed", "stopped": "stopped early", "hurt": "ended by pain"}
FLARES = "Flare check-ins (did the pain settle after a rise?)"
FLARE_LINE = "{when}: {answer}"
MORE = "... and {n} more (see /export for the full record)"
MORE_SCREENINGS = (
    "... and {n} more, {routine} of them routine (nothing ticked, green); /export has them all"
)


@dataclass(frozen=True)
class ScreeningRow:
    at: datetime  # local
    kind: str
    ticked: tuple[str, ...]
    pain: int | None
    decision: str


@dataclass(frozen=True)
class SessionRow:
    ended_at: datetime  # local
    style: str | None
    pain_before: int | None
    pain_after: int | None
    how: str


@dataclass(frozen=True)
class FlareRow:
    at: datetime  # local
    settled: bool


@dataclass(frozen=True)
class ReportData:
    name: str
    days: int
    first: date
    last: date
    tz: str
    made: datetime  # local
    screenings: tuple[ScreeningRow, ...]
    sessions: tuple[SessionRow, ...]
    flares: tuple[FlareRow, ...]
    held_days: int
    streak: int
    chart_png: bytes | None


def _latin1(text: str) -> str:
    text = text.replace("→", "->").replace("–", "-").replace("—", "-").replace("’", "'")
    return text.encode("latin-1", "replace").decode("latin-1")


def _when(at: datetime) -> str:
    return at.strftime("%a %d %b %Y %H:%M")


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _notable(row: ScreeningRow) -> bool:
    return row.kind == "onboarding" or bool(row.ticked) or row.decision not in ROUTINE


def _rank(row: ScreeningRow) -> int:
    """Which screenings the page keeps first: the first health screen, then any sign ticked
    or exercise held back, then amber days (pain only), then routine ones."""
    if row.kind == "onboarding":
        return 0
    if row.ticked or row.decision not in ROUTINE | {AMBER}:
        return 1
    return 2 if row.decision == AMBER else 3


def _score(value: int | None) -> str:
    return "-" if value is None else str(value)


def build_pdf(data: ReportData) -> bytes:
    import io

    from fpdf import FPDF
    from fpdf.enums import MethodReturnValue

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(12, 10, 12)
    pdf.add_page()
    width = pdf.w - 24
    foot = pdf.h - BOTTOM_MM

    def line(text: str, size: float = 9, style: str = "", h: float = 4.6) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(width, h, _latin1(text), new_x="LMARGIN", new_y="NEXT")

    def wrapped(text: str, w: float) -> list[str]:
        lines = pdf.multi_cell(w - 1, 4.0, _latin1(text), dry_run=True,
                               output=MethodReturnValue.LINES)  # fmt: skip
        assert isinstance(lines, list)
        return [str(x) for x in lines] or [""]

    def table(
        head: tuple[str, ...],
        rows: list[tuple[str, ...]],
        widths: tuple[float, ...],
        room: float,
    ) -> int:
        """Draws the head and as many rows as fit in ``room`` mm; returns how many did.
        A cell too long for its column wraps onto more lines of the row."""
        pdf.set_font("Helvetica", "B", 8)
        for text, w in zip(head, widths, strict=True):
            pdf.cell(w, 4.4, _latin1(text), border="B")
        pdf.ln(4.4)
        pdf.set_font("Helvetica", "", 8)
        end, drawn = pdf.get_y() + room - 4.4, 0
        for row in rows:
            cells = [wrapped(text, w) for text, w in zip(row, widths, strict=True)]
            h = 4.0 * max(len(c) for c in cells)
            if pdf.get_y() + h > end:
                break
            x, y = pdf.l_margin, pdf.get_y()
            for lines, w in zip(cells, widths, strict=True):
                for i, text in enumerate(lines):
                    pdf.set_xy(x, y + 4.0 * i)
                    pdf.cell(w, 4.0, text)
                x += w
            pdf.set_xy(pdf.l_margin, y + h)
            drawn += 1
        return drawn

    line(TITLE, 13, "B", 7)
    line(
        PERIOD.format(
            name=data.name,
            days=data.days,
            first=data.first.isoformat(),
            last=data.last.isoformat(),
            tz=data.tz,
            made=_when(data.made),
        ),
        8.5,
    )
    line(NOTE, 8, "I", 4)
    pdf.ln(1.5)
    completed = sum(1 for s in data.sessions if s.how == "completed")
    stopped = sum(1 for s in data.sessions if s.how == "stopped")
    hurt = sum(1 for s in data.sessions if s.how == "hurt")
    line(
        COUNTS.format(
            completed=completed,
            stopped=stopped,
            hurt=hurt,
            held=data.held_days,
            streak=_days(data.streak),
        ),
        9,
        "B",
    )
    if data.chart_png is not None:
        pdf.image(io.BytesIO(data.chart_png), x=pdf.l_margin + 25, w=width - 50)
    pdf.ln(1)

    flares = sorted(data.flares, key=lambda f: f.at, reverse=True)[:MAX_FLARE_ROWS]
    flare_room = (5.5 + 4.0 * len(flares) + 1.5) if flares else 0.0
    more_line = 4.6

    line(SCREENINGS, 10, "B", 5.5)
    screenings = sorted(data.screenings, key=lambda s: s.at, reverse=True)
    widths = (38.0, 24.0, 86.0, 12.0, 26.0)

    def cells(s: ScreeningRow) -> tuple[str, ...]:
        ticked = ", ".join(s.ticked) or NO_TICKS
        return (_when(s.at), s.kind.replace("_", " "), ticked, _score(s.pain), s.decision)

    # At most half of what is left goes to the screenings; the sessions need the rest. The
    # rows that fit are chosen by rank (newest first within one), then shown newest first.
    room = (foot - pdf.get_y() - flare_room - 2 * (5.5 + more_line + 1.5)) / 2 - 4.4
    pdf.set_font("Helvetica", "", 8)
    chosen: list[ScreeningRow] = []
    for s in sorted(screenings, key=_rank)[:MAX_SCREENING_ROWS]:
        h = 4.0 * max(len(wrapped(text, w)) for text, w in zip(cells(s), widths, strict=True))
        if h <= room:
            chosen.append(s)
            room -= h
    chosen.sort(key=lambda s: s.at, reverse=True)
    shown = table(SCREENING_HEAD, [cells(s) for s in chosen], widths, pdf.h)
    if len(screenings) > shown:
        hidden = [s for s in screenings if s not in chosen[:shown]]
        routine = sum(1 for s in hidden if not _notable(s))
        line(MORE_SCREENINGS.format(n=len(hidden), routine=routine), 8)
    pdf.ln(1.5)

    line(SESSIONS, 10, "B", 5.5)
    sessions = sorted(data.sessions, key=lambda s: s.ended_at, reverse=True)
    if not sessions:
        line(NONE_YET, 9)
    else:
        shown = table(
            SESSION_HEAD,
            [
                (
                    _when(s.ended_at),
                    s.style or "-",
                    _score(s.pain_before),
                    _score(s.pain_after),
                    HOW.get(s.how, s.how),
                )
                for s in sessions[:MAX_SESSION_ROWS]
            ],
            (42, 24, 18, 18, 40),
            foot - pdf.get_y() - flare_room - more_line - 1.5,
        )
        if len(sessions) > shown:
            line(MORE.format(n=len(sessions) - shown), 8)
    pdf.ln(1.5)
    if flares:
        line(FLARES, 10, "B", 5.5)
        for f in flares:
            line(
                FLARE_LINE.format(
                    when=_when(f.at), answer="settled" if f.settled else "not settled"
                ),
                8,
                h=4,
            )
    out = pdf.output()
    return bytes(out)
