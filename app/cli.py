"""`python bot.py ask`: the reply the bot would send to a question, without Telegram."""

from __future__ import annotations

import json
from typing import TextIO

from coach.answers import answer
from coach.questions_view import answer_view


def reply_text(question: str) -> str:
    return answer_view(answer(question)).text


def ask_command(question: str, stdin: TextIO, stdout: TextIO) -> int:
    """One question: print the reply text. None: one question per line from stdin, one JSON
    object per line out (``q``, ``reply``, ``topic``, ``score``, plus ``kind``)."""
    if question.strip():
        stdout.write(reply_text(question) + "\n")
        return 0
    for line in stdin:
        q = line.rstrip("\n")
        if not q.strip():
            continue
        result = answer(q)
        record = {
            "q": q,
            "reply": answer_view(result).text,
            "topic": result.topic,
            "score": round(result.score, 4),
            "kind": result.kind,
        }
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
