"""Rendering an answer: the text, buttons for two or three related questions, and a button to
start a session. Callback data: ``q1:<topic key>`` or ``q1:go`` (start a session)."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from coach import callbacks
from coach.questions.answers import Answer, answer, topic_title
from coach.questions.triage import UNSURE_SIGN, Triage, TriageLevel, safety_ask_text, triage
from coach.text import normalise, words
from coach.ui import Button, View
from content import general
from content.questions import CLINICIAN_FIRST, TOPICS
from content.safety import (
    SAFETY_ASK_NO,
    SAFETY_ASK_PAUSED,
    SAFETY_ASK_YES,
    UNSURE_NO,
    UNSURE_YES_SOON,
    UNSURE_YES_URGENT,
)

PREFIX = "q1"
START = "go"
MAX_QUESTION = 4000  # longer questions get `general.TOO_LONG` (unless they carry a red flag)
_TOPICS = {topic.key: topic for topic in TOPICS}


def _rows(related: tuple[str, ...], start: bool) -> tuple[tuple[Button, ...], ...]:
    rows = [
        (Button(f"❓ {topic_title(key)}", callbacks.encode(PREFIX, key)),)
        for key in related[:3]
        if key in _TOPICS
    ]
    if start:
        rows.append((Button(general.START_SESSION_BUTTON, callbacks.encode(PREFIX, START)),))
    return tuple(rows)


def offers_start(answer: Answer, session_open: bool) -> bool:
    """Whether "Start a session" goes under an answer: never while a session is open (it would
    be refused), nor under an answer that says to ask a clinician first."""
    return not session_open and answer.topic not in CLINICIAN_FIRST


def answer_view(answer: Answer, token: str = "0", *, session_open: bool = False) -> View:
    """An answer as sent; ``token`` (the user's message id, base 36) marks the buttons of a
    "Did you mean..." question so that a second tap is recognised. ``session_open``: the user
    has a session open (no "Start a session" button then)."""
    if answer.kind in ("safety", "safety_ask", "help"):
        return View(answer.text)  # no technique suggestions under these
    if answer.kind == "clarify":
        return clarify_view(answer.related, token)
    # Related topics appear once, as buttons (issue 17 item 17): no text list under the answer.
    return View(answer.text, _rows(answer.related, offers_start(answer, session_open)))


def question_view(
    question: str,
    *,
    safety_checked: bool = False,
    token: str = "0",
    session_open: bool = False,
    triaged: Triage | None = None,
    answered: Answer | None = None,
) -> View:
    """The reply to a typed question, as the bot sends it (`/ask`, free text, and the CLI):
    safety triage first (skipped when the user has just said the alarming words were not about
    now: ``safety_checked``; ``triaged``: the question's triage when the caller has it), then
    the length check, then the best answer from the bank (``answered``: that answer, for
    ``triaged``, when the caller has it)."""
    if triaged is None and not safety_checked:
        triaged = triage(question)
    if len(question) > MAX_QUESTION and (
        safety_checked or (triaged is not None and triaged.level is TriageLevel.NONE)
    ):
        return View(general.TOO_LONG)
    found = (
        answered
        if answered is not None and triaged is not None and not safety_checked
        else answer(question, safety_checked=safety_checked, triaged=triaged)
    )
    return answer_view(found, token, session_open=session_open)


# ---------------------------------------------------------------------------------------------
# "Did you mean...": ``c1:<token>:<topic key>``, stateless (a tap answers even after a restart);
# the token lets a second tap on the same question be recognised.

CLARIFY_PREFIX = "c1"


def clarify_view(options: tuple[str, ...], token: str) -> View:
    rows = tuple(
        (Button(f"❓ {topic_title(key)}", callbacks.encode(CLARIFY_PREFIX, token, key)),)
        for key in options
        if key in _TOPICS
    )
    return View(general.CLARIFY_TEXT, rows)


def clarify_chosen_view(key: str) -> View:
    """The "Did you mean..." question once a topic is picked: no buttons left."""
    return View(general.CLARIFY_CHOSEN.format(topic=topic_title(key)))


def decode_clarify(data: str | None) -> tuple[str, str] | None:
    """``(token, topic key)`` of a "Did you mean..." button, or ``None`` when stale."""
    fields = callbacks.decode(data, CLARIFY_PREFIX)
    if fields is None or len(fields) != 2:
        return None
    token, key = fields
    if not token.isalnum() or key not in _TOPICS:
        return None
    return token, key


def topic_view(key: str, *, session_open: bool = False) -> View | None:
    topic = _TOPICS.get(key)
    if topic is None:
        return None
    answer = Answer("topic", key, 1.0, topic.answer, topic.related)
    return answer_view(answer, session_open=session_open)


def decode_topic(data: str | None) -> str | None:
    """The topic key of a suggestion button, ``"go"`` for Start, or ``None`` when stale."""
    fields = callbacks.decode(data, PREFIX)
    if not fields or len(fields) != 1:
        return None
    key = fields[0]
    return key if key == START or key in _TOPICS else None


# ---------------------------------------------------------------------------------------------
# The conditional safety question (an ambiguous message, see `coach.questions.triage`). Buttons are
# stateless: ``k1:<token>:<y|n>:<level>:<sign ids>`` carries everything "Yes" needs, so they
# survive a restart; the token (the user's message id, base 36) tells a second press apart.

SAFETY_PREFIX = "k1"
_LEVEL_CODES = {TriageLevel.EMERGENCY: "e", TriageLevel.CLINICIAN: "c", TriageLevel.STOP_PAIN: "s"}
_CODE_LEVELS = {code: level for level, code in _LEVEL_CODES.items()}
# The same level's code in capitals: the sign was told as someone else's, so the answered
# question keeps its line for the one who can call for them (buttons of before stay lower case)
_CODE_LEVELS |= {code.upper(): level for code, level in _CODE_LEVELS.items()}
# The number of each sign in a button's data. Buttons outlive a restart and an upgrade, so a
# number never moves: a new sign is appended here, never inserted, whatever its place among the
# rules (a unit test holds this list to `ALL_SIGNS` and freezes its order).
SIGN_CODES: tuple[str, ...] = (
    "saddle_numbness",
    "bladder",
    "bowel",
    "both_legs",
    "leg_weakening",
    "serious_trauma",
    "chest_pain",
    "breathing_difficulty",
    "fever_unwell",
    "dizziness_fainting",
    "weight_loss",
    "night_pain",
    "rest_pain",
    "shoulder_blade_pain",
    "numbness",
    "tingling",
    "weakness",
    "radiating_leg_pain",
    "leg_pain",
    "fall_accident",
    "new_symptom",
    "cancer_history",
    "hurts",
    "sharp_pain",
    "popped",
    "cannot_move",
    "catching",
    "spasm",
    "worse",
    "pain_on_movement",
    # 2026-12-05
    "stroke_signs",
    "unsure",  # the safety net's question (`coach.questions.unsure`)
)
_SIGN_IDS = {sign: i for i, sign in enumerate(SIGN_CODES)}
MAX_SIGNS = 6
ANSWERED_KEPT = 32  # tokens of answered questions remembered per chat (a second press)


@dataclass(frozen=True)
class SafetyAnswer:
    """A decoded Yes/No button."""

    token: str
    yes: bool
    level: TriageLevel
    signs: tuple[str, ...]
    others: bool = False  # told as someone else's


@dataclass(frozen=True)
class PendingSafety:
    """The question waiting for a typed yes or no, with the message to answer on "No"."""

    token: str
    question: str
    level: TriageLevel
    signs: tuple[str, ...]
    message_id: int | None = None  # the bot's question, to take its buttons away
    others: bool = False  # told as someone else's


class SafetyQuestions:
    """Per-chat state (in `ChatState`): the pending question and recently answered tokens."""

    __slots__ = ("answered", "pending")

    def __init__(self) -> None:
        self.pending: PendingSafety | None = None
        self.answered: deque[str] = deque(maxlen=ANSWERED_KEPT)

    def settle(self, token: str) -> bool:
        """Marks ``token`` answered; False when it already was (a second press)."""
        if token in self.answered:
            return False
        self.answered.append(token)
        if self.pending is not None and self.pending.token == token:
            self.pending = None
        return True


def safety_token(message_id: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    n, out = abs(message_id), ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def encode_safety(
    token: str, yes: bool, level: TriageLevel, signs: tuple[str, ...], others: bool = False
) -> str:
    ids = ".".join(str(_SIGN_IDS[s]) for s in signs[:MAX_SIGNS]) or "-"
    code = _LEVEL_CODES[level].upper() if others else _LEVEL_CODES[level]
    return callbacks.encode(SAFETY_PREFIX, token, "y" if yes else "n", code, ids)


def decode_safety(data: str | None) -> SafetyAnswer | None:
    """A Yes/No button, or ``None`` when the data is malformed or from another version."""
    fields = callbacks.decode(data, SAFETY_PREFIX)
    if fields is None or len(fields) != 4:
        return None
    token, said, code, ids = fields
    if not token.isalnum() or said not in ("y", "n") or code not in _CODE_LEVELS:
        return None
    signs: list[str] = []
    if ids != "-":
        for part in ids.split("."):
            index = callbacks.parse_small(part, 3)
            if index is None or index >= len(SIGN_CODES):
                return None
            signs.append(SIGN_CODES[index])
    return SafetyAnswer(token, said == "y", _CODE_LEVELS[code], tuple(signs), code.isupper())


def safety_ask_view(result: Triage, token: str, *, paused: bool = False) -> View:
    """The conditional safety line, the question, and Yes / No buttons; the safety net's
    question has two Yes buttons, one for each of its lists (emergency, clinician).
    ``paused``: asked during a countdown, which now waits for the answer (said under it)."""
    signs = result.signs
    yeses: tuple[tuple[str, TriageLevel], ...]
    if UNSURE_SIGN in signs:
        yeses = (
            (UNSURE_YES_URGENT, TriageLevel.EMERGENCY),
            (UNSURE_YES_SOON, TriageLevel.CLINICIAN),
        )
        no = UNSURE_NO
    else:
        yeses, no = ((SAFETY_ASK_YES, result.level),), SAFETY_ASK_NO
    others = result.context == "someone_else"
    text = safety_ask_text(result)
    return View(
        f"{text}\n\n{SAFETY_ASK_PAUSED}" if paused else text,
        (
            *(
                (Button(label, encode_safety(token, True, level, signs, others)),)
                for label, level in yeses
            ),
            (Button(no, encode_safety(token, False, result.level, signs, others)),),
        ),
    )


def safety_asked_view(
    level: TriageLevel, signs: tuple[str, ...], yes: bool, others: bool = False
) -> View:
    """The question once answered: the same text, the answer instead of the buttons."""
    if UNSURE_SIGN in signs:
        urgent = level is TriageLevel.EMERGENCY
        chosen = (UNSURE_YES_URGENT if urgent else UNSURE_YES_SOON) if yes else UNSURE_NO
    else:
        chosen = SAFETY_ASK_YES if yes else SAFETY_ASK_NO
    context = "someone_else" if others else None
    text = safety_ask_text(Triage(level, signs, ambiguous=True, context=context))
    return View(text + f"\n\n<i>{chosen}</i>")


_YES = frozenset({"yes", "y", "yeah", "yea", "yep", "yup", "ya", "aye", "yess", "sure", "correct"})
_NO = frozenset({"no", "n", "nope", "nah", "naw", "nay"})
_YES_PHRASES = re.compile(
    r"^(?:it is|i am|it (?:is )?happening(?: now)?|happening(?: now)?|right now|now|just now"
    r"|today|it has just started|just started)\b"
)
_NO_PHRASES = re.compile(
    r"^(?:it is not|it was not|i am not|i meant|i mean|that was|it was (?:before|ages|years"
    r"|months|weeks|last)|not now|not happening|not me|something else|someone else)\b"
)


def yes_no(text: str) -> bool | None:
    """A typed answer to the safety question: True (yes), False (no) or None (something else)."""
    normal = normalise(text)
    tokens = words(normal)
    if not tokens or len(tokens) > 8:
        return None
    if _NO_PHRASES.match(normal) or tokens[0] in _NO:
        return False
    if "not" in tokens:
        return None
    if tokens[0] in _YES or _YES_PHRASES.match(normal):
        return True
    return None
