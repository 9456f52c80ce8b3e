"""`python bot.py ask`: the reply the bot would send to a question, without Telegram.

Imports only the pure core: no settings, no database, no token, no logging set-up."""

from __future__ import annotations

import json
from typing import TextIO

from coach.questions.answers import topic_title, understand
from coach.questions.view import MAX_QUESTION, answer_view, question_view, safety_ask_view


def reply_text(question: str) -> str:
    """Exactly the text (Telegram HTML) the bot sends in answer to ``question``."""
    return question_view(question).text


def ask_command(question: str, stdin: TextIO, stdout: TextIO) -> int:
    """One question: print the reply text. None: one question per line from stdin, one JSON
    object per line out (``q``, ``reply``, ``topic``, ``score``, plus ``kind``: ``topic``,
    ``decline``, ``safety``, ``safety_ask`` (an ambiguous message, or one about the writer's
    body that nothing recognised: the safety line and its question, with ``options``, the
    buttons' labels as the chat shows them), ``clarify`` (with ``options``, the topic titles
    offered) or ``help``);
    blank lines are skipped, so match answers to questions by ``q``."""
    if question.strip():
        stdout.write(reply_text(question) + "\n")
        return 0
    for line in stdin:
        q = line.rstrip("\r\n")
        if not q.strip():
            continue
        found, result = understand(q)
        view = answer_view(result) if len(q) <= MAX_QUESTION else question_view(q)
        record: dict[str, object] = {
            "q": q,
            "reply": view.text,
            "topic": result.topic,
            "score": round(result.score, 4),
            "kind": result.kind,
        }
        if result.kind == "clarify":
            record["options"] = [topic_title(key) for key in result.related]
        elif result.kind == "safety_ask":
            record["options"] = [row[0].label for row in safety_ask_view(found, "0").buttons]
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
