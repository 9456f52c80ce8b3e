"""What /export and /delete say (SAFETY.md 8). Telegram HTML (``<b>``, ``<i>`` only)."""

from __future__ import annotations

EXPORT_FILE_NAME = "mobility-coach-export.json"
EXPORT_CAPTION = (
    "📦 Everything I store about you, as a JSON file (times in UTC). It includes your check-in "
    "answers and pain scores, so keep it somewhere private."
)
EXPORT_CSV_FILE_NAME = "mobility-coach-sessions.csv"
EXPORT_CSV_CAPTION = "Your sessions as a table (CSV), one row per session."
EXPORT_PDF_CAPTION = (
    "📄 The last 30 days on one page, to show a physio or doctor. For 90 days: /report 90"
)
EXPORT_NOTHING = "I don't have anything stored about you yet, so there's nothing to export."
EXPORT_PRIVATE_ONLY = (
    "🔒 Your data includes health answers, so I only send it in a private chat. Message me "
    "directly and send /export there."
)

DELETE_ASK = (
    "🗑 <b>Erase everything?</b>\n\n"
    "This permanently deletes everything I store about you: your profile and set-up answers, "
    "every check-in and pain score, every session, and your reminder. It can't be undone.\n\n"
    "<i>Want a copy first? Send /export before you confirm.</i>"
)
DELETE_YES = "Yes, erase everything"
DELETE_NO = "Cancel"
DELETE_NOTHING = "I don't have anything stored about you, so there's nothing to erase."

ERASED = (
    "✅ <b>Done: everything is erased.</b>\n\n"
    "I no longer store anything about you. If you'd like to come back, /start begins fresh."
)
ERASED_SESSION_STOPPED = "Your session in progress was stopped."
CANCELLED = "👍 Okay, nothing was erased."

# Short answers to a button press that changes nothing.
CONFIRM_EXPIRED = "That confirmation has expired. Send /delete again if you still want to."
ALREADY_ERASED = "That's already done: there's nothing left to erase from that request."
NOT_YOURS = "Only the person who asked can confirm this."
