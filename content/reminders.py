"""What the coach says about daily reminders: nudges, prompts, confirmations, help, labels.

Telegram HTML (``<b>``, ``<i>`` only). Functions that put user-typed values into a message
escape them here, so callers pass raw values.
"""

from __future__ import annotations

import html

# --- weekdays (0 = Monday) -------------------------------------------------------------

WEEKDAY_SHORT: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_SHORT: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
EVERY_DAY = "every day"
WEEKDAYS = "weekdays"
WEEKENDS = "weekends"
RANGE_DASH = "–"

# --- button labels ---------------------------------------------------------------------

START_NOW = "Start now"
START_SHORT = "Short version (about 2 min)"
START_FULL = "Full session"
START_GENTLE = "Gentle version"
SNOOZE_15M = "Snooze 15 min"
SNOOZE_1H = "Snooze 1 hour"
SNOOZE_EVENING = "This evening"
SKIP_TODAY = "Skip today"
FLARE_SETTLED = "Yes, back to usual"
FLARE_NOT_YET = "Not yet"
OTHER_TIME = "Other time"
EVERY_DAY_BUTTON = "Every day"
WEEKDAYS_BUTTON = "Weekdays"
CUSTOM_BUTTON = "Custom"
DONE_BUTTON = "Done"
TURN_OFF = "Turn off"
CHANGE_TIME = "Change time"
CHANGE_TIMEZONE = "Change timezone"
SHARE_LOCATION = "Share my location"  # for a reply keyboard with request_location
DAY_ON = "✅ {day}"
DAY_OFF = "{day}"

# The times offered as buttons, "HH:MM".
COMMON_TIMES: tuple[str, ...] = ("07:00", "07:30", "08:00", "12:30", "18:00", "20:00")

# --- the reminder itself ---------------------------------------------------------------

# Chosen by date, so the wording changes from day to day. Friendly, never guilt-tripping.
NUDGES: tuple[str, ...] = (
    "Time for your twist 🌿 A few slow sweeps of the leg and your back will thank you.",
    "Your back has been sitting still a while. Ready for a gentle prone twist?",
    "A few minutes on the floor, face down, one slow twist each side. Shall we?",
    "Small and steady wins: your daily spinal twist is ready when you are.",
    "Stiff from the day? A calm prone twist is a nice way to loosen up.",
    "Here's your daily nudge 👋 Lie down, breathe out, and let the leg sweep across.",
    "Two sides, a few easy breaths each. Your twist is waiting.",
    "A gentle reset for your spine: one slow twist to the left, one to the right. Ready?",
)  # 8 nudges: not a multiple of 7, so a weekday does not always get the same one

SHORT_VERSION_OFFER = (
    "Welcome back 👋 It's been a few days, and that's fine. "
    "Fancy a <b>short version</b> today? One easy twist each side, about two minutes."
)

FLARE_CHECK = (
    "Quick check first: after your last session your back hurt more than before. "
    "<b>Has it settled back to your usual level?</b>"
)

FLARE_NOT_YET = (
    "Thanks for telling me. Let's give your back a rest from the twist until it feels back "
    "to usual: gentle everyday movement is fine. If you'd still like to move today, the "
    "<b>gentle version</b> keeps the range small.\n\n"
    "<i>If the pain keeps rising or lasts several days, please see a GP or physio.</i>"
)

REMINDER_PASSED = "That reminder is from an earlier day. /remind shows your current one."


def nudge_for(ordinal: int) -> str:
    """The nudge for a day, given ``date.toordinal()``: deterministic, varies day to day."""
    return NUDGES[ordinal % len(NUDGES)]


# --- /remind flow ----------------------------------------------------------------------

ASK_TIME = (
    "<b>When should I remind you?</b>\n"
    "Pick a time, or type one, like <i>7:30</i>, <i>19h30</i> or <i>7 pm</i>."
)

ASK_OTHER_TIME = (
    "Type the time you'd like, for example <i>7:30</i>, <i>07:30</i>, <i>7.30</i>, <i>730</i>, "
    "<i>7am</i>, <i>7:30 pm</i>, <i>19h30</i>, <i>noon</i> or <i>midnight</i>."
)

ASK_DAYS = "<b>On which days?</b>"

ASK_CUSTOM_DAYS = "Tap the days you want, then <b>Done</b>."

ASK_TIMEZONE = (
    "<b>Which timezone are you in?</b> So the reminder comes at your local time.\n"
    "• share your location (📎 → Location), or\n"
    "• type a city, like <i>Berlin</i> or <i>Portland, USA</i>, or\n"
    "• type a timezone name, like <i>Europe/Berlin</i>, or\n"
    "• type a UTC offset, like <i>+5:30</i> or <i>UTC-3</i>."
)

TIME_HELP = (
    "I couldn't read <i>{text}</i> as a time, so nothing was changed.\n"
    "Times I understand: <i>7:30</i>, <i>07:30</i>, <i>7.30</i>, <i>730</i>, <i>7am</i>, "
    "<i>7:30 pm</i>, <i>19h30</i>, <i>noon</i>, <i>midnight</i>. "
    "Hours 0-23 (or 1-12 with am/pm), minutes 00-59."
)

DAYS_HELP = (
    "I couldn't read <i>{text}</i> as days, so nothing was changed.\n"
    "Try <i>every day</i>, <i>weekdays</i>, <i>weekends</i>, <i>mon,wed,fri</i> "
    "or <i>mon-fri</i>."
)

TIMEZONE_HELP = (
    "I couldn't find a timezone for <i>{text}</i>, so nothing was changed.\n"
    "You can share your location, or type a city (<i>Munich</i>, <i>São Paulo</i>, "
    "<i>Portland, USA</i>), a timezone name (<i>Europe/Berlin</i>) or a UTC offset from "
    "<i>-12:00</i> to <i>+14:00</i> (<i>+5:30</i>, <i>UTC+2</i>, <i>GMT-3</i>)."
)

LOCATION_HELP = (
    "I couldn't work out a timezone from that location. "
    "Please type a city or a timezone name instead."
)

TIMEZONE_SET = "Timezone set: <b>{label}</b>."
FIXED_OFFSET_NOTE = "<i>A fixed offset does not follow daylight saving time.</i>"

CONFIRMATION = "Daily reminder set for <b>{time}</b> ({tz}), {days}.\nNext: <b>{next}</b>."

CURRENT_REMINDER = "Your reminder: <b>{time}</b> ({tz}), {days}.\nNext: <b>{next}</b>."

REMINDER_OFF = "Reminder turned off. Send /remind whenever you want it back."
NO_REMINDER = "You have no reminder set. Send /remind to set one."

SNOOZED = "Okay, I'll remind you again at <b>{time}</b>."
SNOOZED_TOMORROW = "Okay, I'll remind you again tomorrow at <b>{time}</b>."
SKIPPED = "No problem, today is skipped. Next reminder: <b>{next}</b>."

# Cap on how much of the user's text is echoed back in a help message.
ECHO_MAX = 40


def _echo(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > ECHO_MAX:
        text = text[: ECHO_MAX - 1] + "…"
    return html.escape(text)


def time_help(text: str) -> str:
    return TIME_HELP.format(text=_echo(text))


def days_help(text: str) -> str:
    return DAYS_HELP.format(text=_echo(text))


def timezone_help(text: str) -> str:
    return TIMEZONE_HELP.format(text=_echo(text))


def timezone_set(label: str, fixed_offset: bool) -> str:
    text = TIMEZONE_SET.format(label=html.escape(label))
    return f"{text}\n{FIXED_OFFSET_NOTE}" if fixed_offset else text


def fire_label(weekday: int, day: int, month: int, hhmm: str) -> str:
    """ "Mon 1 Dec, 07:30" (month 1-12, weekday 0 = Monday)."""
    return f"{WEEKDAY_SHORT[weekday]} {day} {MONTH_SHORT[month - 1]}, {hhmm}"


def confirmation(hhmm: str, tz_name: str, days: str, next_fire: str) -> str:
    """ "Daily reminder set for 07:30 (Europe/Berlin), weekdays. Next: Mon 1 Dec, 07:30." """
    return CONFIRMATION.format(
        time=hhmm, tz=html.escape(tz_name), days=html.escape(days), next=next_fire
    )


def current_reminder(hhmm: str, tz_name: str, days: str, next_fire: str) -> str:
    return CURRENT_REMINDER.format(
        time=hhmm, tz=html.escape(tz_name), days=html.escape(days), next=next_fire
    )


def snoozed(hhmm: str, tomorrow: bool) -> str:
    return (SNOOZED_TOMORROW if tomorrow else SNOOZED).format(time=hhmm)


def skipped(next_fire: str) -> str:
    return SKIPPED.format(next=next_fire)
