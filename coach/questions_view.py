"""Rendering an answer: the text, buttons for two or three related questions, and a button to
start a session. Callback data: ``q1:<topic key>`` or ``q1:go`` (start a session)."""

from __future__ import annotations

from coach import callbacks
from coach.answers import Answer, answer, topic_title
from coach.triage import TriageLevel, triage
from coach.ui import Button, View
from content import general
from content.questions import TOPICS

PREFIX = "q1"
START = "go"
MAX_QUESTION = 4000  # longer questions get `general.TOO_LONG` (unless they carry a red flag)
_TOPICS = {topic.key: topic for topic in TOPICS}


def _rows(related: tuple[str, ...]) -> tuple[tuple[Button, ...], ...]:
    rows = [
        (Button(f"❓ {topic_title(key)}", callbacks.encode(PREFIX, key)),)
        for key in related[:3]
        if key in _TOPICS
    ]
    rows.append((Button(general.START_SESSION_BUTTON, callbacks.encode(PREFIX, START)),))
    return tuple(rows)


def answer_view(answer: Answer) -> View:
    if answer.kind == "safety":
        return View(answer.text)  # no technique suggestions under a safety reply
    text = answer.text
    titles = [topic_title(key) for key in answer.related[:3] if key in _TOPICS]
    if answer.kind == "topic" and titles:
        text += "\n\n" + general.ASK_NEXT.format(topics=", ".join(titles))
    return View(text, _rows(answer.related))


def question_view(question: str) -> View:
    """The reply to a typed question, as the bot sends it (`/ask`, free text, and the CLI):
    safety triage first, then the length check, then the best answer from the bank."""
    if len(question) > MAX_QUESTION and triage(question).level is TriageLevel.NONE:
        return View(general.TOO_LONG)
    return answer_view(answer(question))


def topic_view(key: str) -> View | None:
    topic = _TOPICS.get(key)
    if topic is None:
        return None
    return answer_view(Answer("topic", key, 1.0, topic.answer, topic.related))


def decode_topic(data: str | None) -> str | None:
    """The topic key of a suggestion button, ``"go"`` for Start, or ``None`` when stale."""
    fields = callbacks.decode(data, PREFIX)
    if not fields or len(fields) != 1:
        return None
    key = fields[0]
    return key if key == START or key in _TOPICS else None
