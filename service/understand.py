"""Understanding a typed message (triage, the answer) off the event loop when it is long.

Triage and matching are pure CPU. A message of ordinary length takes about a millisecond and
stays on the loop (a hop to a worker thread would cost a typed reply more than the work). A long
one, up to Telegram's 4,096 characters, can take tens of milliseconds, and every other chat
would wait that long; in a worker thread it still shares the interpreter, which the thread hands
back every few milliseconds, so the other chats go on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from coach.questions.answers import Answer, understand
from coach.questions.triage import Triage

LONG_TEXT = 1_000  # characters
REMEMBERED = 256  # distinct texts of ordinary length, most recent first

T = TypeVar("T")


async def understood(text: str, work: Callable[[], T]) -> T:
    """``work()``, which reads ``text``: on the event loop, or in a worker thread when the
    text is longer than `LONG_TEXT`."""
    if len(text) <= LONG_TEXT:
        return work()
    return await asyncio.to_thread(work)


@dataclass(frozen=True)
class Understanding:
    """A typed message understood once: its triage, and the question bank's answer to it."""

    text: str
    triage: Triage
    answer: Answer


def ahead(text: str) -> Understanding | None:
    """The message understood while its update is being claimed (`app.updates`): the claim
    waits on a worker thread, and the loop would otherwise wait idle for it. Nothing acts on the
    result before the claim is in; the safety check and the question bank read it later, for
    the same text (`handlers.common.triaged`, `answered`). Only messages of ordinary length: a
    long one is understood in a worker thread when a feature asks (`understood`)."""
    if not text or len(text) > LONG_TEXT:
        return None
    return _remembered(text)


@lru_cache(maxsize=REMEMBERED)
def _remembered(text: str) -> Understanding:
    """Understanding is a pure function of the text, and many people type the same few things
    ("how long do I hold it?", "help", "thanks"): the last `REMEMBERED` distinct texts are
    understood once (at most about 0.3 MB; the results are frozen, shared by every chat)."""
    return Understanding(text, *understand(text))
