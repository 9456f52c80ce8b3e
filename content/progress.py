"""What /stats says: the streak, the week and month counts, and the last sessions.

Telegram HTML (``<b>``, ``<i>`` only). Every value put in is a number or a date, so nothing
here needs escaping.
"""

from __future__ import annotations

from datetime import date

WEEKDAY_SHORT: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_SHORT: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip

TITLE = "📈 <b>Your progress</b>"

EMPTY = (
    "📈 <b>Your progress</b>\n\n"
    "Nothing here yet, and that's fine: everyone starts at zero. 🌱\n\n"
    "Once you finish your first guided session, you'll see your streak, how many sessions "
    "you did this week and this month, and how your back felt before and after each one.\n\n"
    "Tap /session whenever you're ready."
)

STREAK = "🔥 Streak: <b>{current}</b> · best <b>{best}</b>"
STREAK_NONE = (
    "🔥 Streak: <b>0 days</b> · best <b>{best}</b>\n<i>A session today starts a new one.</i>"
)
STREAK_WELCOME_BACK = (
    "👋 <b>Welcome back!</b> Your best streak: <b>{best}</b>\n"
    "<i>A session today starts a new one. A short one counts too.</i>"
)
WEEK_MONTH = "🗓 This week: <b>{week}</b> · this month: <b>{month}</b>"
TOTAL = "✅ Completed in all: <b>{total}</b>"
NOT_FINISHED = "⏸ Stopped early: <b>{stopped}</b> · ended by pain: <b>{hurt}</b>"

RECENT_HEADING = "<b>Last sessions</b> <i>(pain before → after, 0-10)</i>"
RECENT_LINE = "{day} · {before} → {after}"
NO_SCORE = "–"
# After a recent line, by how the session ended (completed: nothing).
HOW_MARK: dict[str, str] = {"stopped": " · <i>stopped early</i>", "hurt": " · <i>ended by pain</i>"}
CHART_CAPTION = "Your pain before and after each session, last 30 days."
FOOTER = "<i>Your data stays yours: /export to download it, /delete to erase it.</i>"


def days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def sessions(n: int) -> str:
    return f"{n} session" if n == 1 else f"{n} sessions"


def short_date(day: date, *, with_year: bool = False) -> str:
    """``Mon 3 Jun``, or ``Mon 3 Jun 2025`` with the year."""
    text = f"{WEEKDAY_SHORT[day.weekday()]} {day.day} {MONTH_SHORT[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def score(value: int | None) -> str:
    return NO_SCORE if value is None else str(value)


REPORT_NAME = "You"
REPORT_FILE = "mobility-coach-report-{days}-days-{day}.pdf"
REPORT_CAPTION = (
    "📄 Your summary of the last {days} days, one page to show a physio or doctor.\n"
    "For {other} days: the button below, or /report {other}"
)
REPORT_BUTTON = "📄 Last {days} days instead"
REPORT_USAGE = "Send /report for the last 30 days, or /report 90 for the last 90 days."
REPORT_EMPTY = (
    "📄 There's nothing to put in a report yet: no sessions so far.\n\n"
    "Once you've done a few, /report makes a one-page summary to show a physio or doctor. "
    "Tap /session whenever you're ready."
)

WEEKLY_TITLE = "🗓 <b>Your week</b>"
WEEKLY_SESSIONS = "✅ Sessions done in the last 7 days: <b>{sessions}</b>"
WEEKLY_STREAK = "🔥 Streak: <b>{current}</b> · best <b>{best}</b>"
WEEKLY_WELCOME_BACK = "👋 <b>Welcome back!</b> Your best streak: <b>{best}</b>"
WEEKLY_FOOTER = "<i>/stats for your pain chart, /report for a summary to show a physio.</i>"
WEEKLY_FOOTER_CHART = (
    "<i>The chart: your pain before and after each session, last 30 days. /report makes a "
    "one-page summary to show a physio.</i>"
)
TREND_NONE = "No pain scores this week: that's fine, a session any day counts."
TREND_FIRST = "Your pain after sessions averaged <b>{now}</b>/10 this week."
TREND_LOWER = (
    "Your pain after sessions went down: <b>{now}</b>/10 on average, from {before} the week "
    "before. 🌱"
)
TREND_SAME = "Your pain after sessions held steady: <b>{now}</b>/10 on average ({before} before)."
TREND_HIGHER = (
    "Your pain after sessions was higher: <b>{now}</b>/10 on average, from {before}. Go "
    "gently, and see /safety if it keeps rising."
)
