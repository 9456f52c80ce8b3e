"""What the coach says outside the guided flows: welcome, help, fallbacks, errors."""

from __future__ import annotations

BOT_NAME = "Mobility Coach"

# The command menu (setMyCommands) and /help are both built from this one table.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Welcome, safety check and set-up"),
    ("session", "Start a guided prone spinal twist"),
    ("remind", "Set or change your daily reminder"),
    ("stats", "Your streak, recent sessions and pain chart"),
    ("report", "A one-page summary to show a physio"),
    ("settings", "Hold length, reps, style, cues and more"),
    ("ask", "Ask about safety, benefits or technique"),
    ("safety", "When to stop, and when to see someone"),
    ("stop", "End the current session"),
    ("export", "Download your data"),
    ("delete", "Erase your data"),
    ("help", "What I can do"),
)

WELCOME = (
    "👋 <b>Hi{name}, I'm {bot}.</b>\n\n"
    "I coach one move, the <b>prone spinal twist</b>: a gentle back-mobility stretch you do "
    "lying face down. A few minutes a day, with pictures for every step and a timer right "
    "here in the chat.\n\n"
    "Before each session I check in on how your back feels, and I never guide you through "
    "pain."
)

WELCOME_BACK = (
    "👋 <b>Welcome back{name}.</b> Your set-up is saved. Tap /session to start, or /help to "
    "see everything I can do."
)
WELCOME_BACK_RUNNING = (
    "👋 <b>Welcome back{name}.</b> Your session is still running: carry on in its message, or "
    "/stop to end it. /help shows everything I can do."
)

HELP_INTRO = "<b>What I can do</b>\n"
HELP_OUTRO = (
    "\nYou can also just type a question, like <i>how long do I hold it?</i> or "
    "<i>is this ok with sciatica?</i>"
)

UNKNOWN_COMMAND = "I don't know the command {command}. Here is what I understand:\n\n{commands}"

NON_TEXT = {
    "sticker": "Nice sticker! 😊 I can only read text, though.",
    "photo": "Thanks for the picture. I can't look at photos, but I can answer questions in text.",
    "voice": "I can't listen to voice messages yet. Could you type it instead?",
    "video": "I can't watch videos, but I'm happy to answer a typed question.",
    "document": "I can't open files. Type your question and I'll do my best.",
    "other": "I can only read text messages.",
}
NON_TEXT_HINT = "\n\nTap /session to start a stretch, or /help to see what I can do."

TOO_LONG = (
    "That's a long message! Could you ask in a sentence or two? Short questions get the best "
    "answers."
)

ERROR = "Sorry, something went wrong on my side. Nothing you did. Please try again in a moment."
ERROR_SHORT = "Sorry, something went wrong on my side. Please try again in a moment."
STALE_BUTTON = "That button belongs to something that has ended."
# The answer to a press that no feature recognises (an old version, or forged data).
BUTTON_EXPIRED = "This button has expired."


def command_table() -> str:
    return "\n".join(f"/{name} · {description}" for name, description in COMMANDS)


def help_text() -> str:
    """How to use the bot: /help, and a typed "help", "menu", "commands", "what can you do"."""
    return HELP_INTRO + command_table() + HELP_OUTRO


ASK_HOW = (
    "Ask me anything about the prone spinal twist, for example:\n"
    "<i>/ask how long do I hold it?</i>\n"
    "You can also just type your question."
)
# "Did you mean...": two or three close topics offered as buttons (issue 13).
CLARIFY_TEXT = "🤔 <b>Did you mean one of these?</b> Tap the one closest to your question."
CLARIFY_CHOSEN = "🤔 <i>You picked:</i> {topic}"
CLARIFY_ANSWERED = "You've already picked one for that question."
START_SESSION_BUTTON = "▶ Start a session"
NOT_YOUR_BUTTONS = "These buttons belong to someone else. Send /help to see what you can do."
NOT_YOUR_SESSION = "This session belongs to someone else. Start your own with /session."
NO_ACTIVE_SESSION = "There's no session running. Start one with /session."
RESTARTED = (
    "⏸ I had to restart for a moment, so I paused your session. Tap <b>Resume</b> when "
    "you're ready, or <b>Stop</b> to finish for today."
)
PAIN_TYPED_HELP = "Please tap a number from 0 to 10 (or type it, like <i>3</i>)."
LOCKED_OUT = (
    "Because of what you told me at {time}, I'm not offering a session for 24 hours. "
    "If you haven't already, please get urgent medical help (emergency department or your "
    "local emergency number). After that, I'll ask my safety questions again first."
)
REST_DAY = (
    "🌙 <b>No session today.</b>\n\n"
    "After what you told me at {time}, the stretch waits until <b>{until}</b>. Gentle "
    "everyday movement that feels fine is OK in the meantime.\n\n"
    "If your back gets worse or something new starts, please see a GP or physiotherapist. "
    "Numbness between your legs, trouble peeing or controlling your bowels, or symptoms in "
    "both legs need <b>urgent</b> help (emergency department or your local emergency number)."
)
HEALTH_CHANGED_BUTTON = "🩺 My health has changed"
SCREEN_NEEDED = (
    "Before your first session I need a short safety check. It takes about a minute and "
    "I only ask once (and again after a year)."
)
RESCREEN_NEEDED = (
    "It's been a while since your safety check, so let's go through it again quickly "
    "before your next session."
)
