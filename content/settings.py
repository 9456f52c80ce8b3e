"""/settings: what the settings message says (texts and button labels)."""

from __future__ import annotations

TITLE = "⚙️ <b>Your settings</b>"
INTRO = "Tap a setting to change it. Changes apply from your next session."
SAVED = "✅ <b>Saved:</b> {what}. Applies from your next session."
AMBER_NOTE = (
    "<i>On a day your back needs care, the session is still shorter and gentler, "
    "whatever these settings say.</i>"
)

STYLE = "Style"
HOLD_LENGTH = "Hold length"
REPS = "Reps per side"
SETS = "Sets"
ARM = "Arm position"
SETUP = "Set-up time before the timer"
CUES = "Sound cues"
VOICE = "Voice-guided track"
REMINDER = "Daily reminder"
WEEKLY = "Weekly summary"

STYLE_NAMES = {"hold": "Hold (one long hold each side)", "flow": "Flow (slow reps each side)"}
STYLE_SHORT = {"hold": "Hold", "flow": "Flow"}
ARM_NAMES = {"out": "Arms out wide", "cactus": "Cactus arms", "hand": "Hand on the floor"}
ON, OFF = "on", "off"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NO_REMINDER = "none"
REMINDER_AT = "{time} ({days})"


def seconds(value: int) -> str:
    return f"{value} s"


def reps(value: int) -> str:
    return f"{value} reps"


def sets(value: int) -> str:
    return f"{value} set" if value == 1 else f"{value} sets"


def weekly(day: int | None) -> str:
    return OFF if day is None else f"on {WEEKDAYS[day]}s"


# Buttons on the main page
BUTTON_STYLE = "🧘 Style: {value}"
BUTTON_HOLD = "⏱ Hold: {value}"
BUTTON_WORK = "🔁 Reps and sets: {reps} × {sets}"
BUTTON_ARM = "💪 Arms: {value}"
BUTTON_SETUP = "⏳ Set-up: {value}"
BUTTON_CUES = "🔔 Sound cues: {value}"
BUTTON_VOICE = "🎧 Voice track: {value}"
BUTTON_REMINDER = "⏰ Daily reminder…"
BUTTON_WEEKLY = "📅 Weekly summary: {value}"
BUTTON_SCREEN = "🩺 Redo my health screen"
BUTTON_DONE = "✔ Done"
BUTTON_BACK = "‹ Back"
BUTTON_OFF = "Off"
BUTTON_SET_REMINDER = "⏰ Set a daily reminder"
CHOSEN = "✓ {label}"

# Sub-pages
PAGE_STYLE = "🧘 <b>Style</b>\n<b>Hold</b>: one long, easy hold on each side.\n" + (
    "<b>Flow</b>: slow, small reps from side to side."
)
PAGE_HOLD = "⏱ <b>Hold length</b> ({low}-{high} s per side). Tap one, or type it (e.g. “25 s”)."
PAGE_WORK = (
    "🔁 <b>Reps and sets</b> for Flow: {reps_low}-{reps_high} reps per side, "
    "{sets_low}-{sets_high} sets. Tap, or type it (e.g. “10 reps”, “2 sets”)."
)
PAGE_ARM = "💪 <b>Arm position</b> offered first on a standard day (you can still change it)."
PAGE_SETUP = (
    "⏳ <b>Set-up time</b>: seconds to get into position before the timer starts "
    "({low}-{high} s). Tap one, or type it (e.g. “10 s”)."
)
PAGE_WEEKLY = (
    "📅 <b>Weekly summary</b>: once a week, at your reminder's time, a short look back at "
    "your sessions and your pain. Pick the day, or turn it off."
)
WEEKLY_NEEDS_REMINDER = (
    "📅 <b>Weekly summary</b>: it comes at your daily reminder's time, and you have no daily "
    "reminder yet. Set one first, then pick the summary's day here."
)

DONE = "⚙️ All set. Change your settings any time with /settings."
OUT_OF_RANGE = (
    "🙂 {what} can be {low}-{high}{unit}. Nothing was changed: try a value in that range."
)
WHICH_NUMBER = (
    "🙂 Which setting is that for? Type it with its unit, e.g. “25 s” for the hold, "
    "“10 reps” or “2 sets”."
)
WHAT_HOLD = "The hold"
WHAT_SETUP = "The set-up time"
WHAT_REPS = "Reps"
WHAT_SETS = "Sets"
SCREEN_NOTE = "🩺 Let's go through the health screen again."
