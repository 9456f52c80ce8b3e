"""What the coach says out loud: the short notifying cue messages and the voice track's lines.

Cue messages are new messages (edits make no sound): one when the sides switch, one when the
timed part is over. The voice track speaks the same moments, and counts the seconds between.
"""

from __future__ import annotations

SIDE_NAMES = {"right": "right", "left": "left"}


def switch_cue(side: str) -> str:
    return f"🔔 <b>Switch sides</b>: {SIDE_NAMES.get(side, side)} leg now."


DONE_CUE = "🔔 <b>Done</b>: well done. Roll onto your back slowly."

VOICE_UNAVAILABLE = (
    "The voice-guided track is not available on this server right now. "
    "The countdown and the sound cues still run."
)
VOICE_CAPTION = "🔊 Voice guide: press play, put the phone down, and follow along."

# --- the voice track's lines (plain text for the speech synthesiser) -------------------------


def voice_setup(side: str) -> str:
    return f"Get into position, face down. {side.capitalize()} leg first."


def voice_hold(side: str, seconds: int, hold_no: int, holds: int) -> str:
    which = f" {hold_no} of {holds}" if holds > 1 else ""
    return f"{side.capitalize()} leg. Hold{which}, {seconds} seconds."


def voice_seconds_left(seconds: int) -> str:
    return f"{seconds} seconds."


def voice_count(number: int) -> str:
    return f"{number}."


def voice_first_rep(side: str, reps: int) -> str:
    # short: it must end before the rep's second half (4 s) begins; the set-up said the side
    return f"{reps} sweeps, {side} first. One."


def voice_half(side: str) -> str:
    """The second half of a Flow rep: the other leg sweeps."""
    return f"{side.capitalize()}."


def voice_rest(seconds: int) -> str:
    return f"Rest, {seconds} seconds."


def voice_switch(side: str) -> str:
    return f"Switch sides. Bring it back, then the {side} leg."


VOICE_DONE = "Done. Well done. Roll onto your back slowly."
