"""The one-page summary for a clinician (/report), built with fpdf2 (imported only when
building). Plain values in (`ReportData`, gathered by ``coach.progress.report``), PDF bytes out.

Core PDF fonts only know Latin-1, so every text goes through `_latin1` (arrows become "->",
anything else unknown becomes "?"). The page holds at most `MAX_SESSION_ROWS` session rows and
`MAX_SCREENING_ROWS` screening rows, newest first, and says how many more there were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from content.safety import DISCLAIMER

MAX_SESSION_ROWS = 20
MAX_SCREENING_ROWS = 8

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


def _score(value: int | None) -> str:
    return "-" if value is None else str(value)


def build_pdf(data: ReportData) -> bytes:
    import io

    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(12, 10, 12)
    pdf.add_page()
    width = pdf.w - 24

    def line(text: str, size: float = 9, style: str = "", h: float = 4.6) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(width, h, _latin1(text), new_x="LMARGIN", new_y="NEXT")

    def table(
        head: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...]
    ) -> None:
        pdf.set_font("Helvetica", "B", 8)
        for text, w in zip(head, widths, strict=True):
            pdf.cell(w, 4.4, _latin1(text), border="B")
        pdf.ln(4.4)
        pdf.set_font("Helvetica", "", 8)
        for row in rows:
            for text, w in zip(row, widths, strict=True):
                pdf.cell(w, 4.0, _latin1(text)[: int(w * 0.6)])
            pdf.ln(4.0)

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
            completed=completed, stopped=stopped, hurt=hurt, held=data.held_days, streak=data.streak
        ),
        9,
        "B",
    )
    if data.chart_png is not None:
        pdf.image(io.BytesIO(data.chart_png), x=pdf.l_margin + 25, w=width - 50)
    pdf.ln(1)

    line(SCREENINGS, 10, "B", 5.5)
    screenings = sorted(data.screenings, key=lambda s: s.at, reverse=True)
    table(
        SCREENING_HEAD,
        [
            (
                _when(s.at),
                s.kind.replace("_", " "),
                ", ".join(s.ticked) or NO_TICKS,
                _score(s.pain),
                s.decision,
            )
            for s in screenings[:MAX_SCREENING_ROWS]
        ],
        (38, 24, 86, 12, 26),
    )
    if len(screenings) > MAX_SCREENING_ROWS:
        line(MORE.format(n=len(screenings) - MAX_SCREENING_ROWS), 8)
    pdf.ln(1.5)

    line(SESSIONS, 10, "B", 5.5)
    sessions = sorted(data.sessions, key=lambda s: s.ended_at, reverse=True)
    if not sessions:
        line(NONE_YET, 9)
    else:
        table(
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
        )
        if len(sessions) > MAX_SESSION_ROWS:
            line(MORE.format(n=len(sessions) - MAX_SESSION_ROWS), 8)
    pdf.ln(1.5)
    if data.flares:
        line(FLARES, 10, "B", 5.5)
        flares = sorted(data.flares, key=lambda f: f.at, reverse=True)[:4]
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
