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
from typing import TypeVar

LONG_TEXT = 1_000  # characters

T = TypeVar("T")


async def understood(text: str, work: Callable[[], T]) -> T:
    """``work()``, which reads ``text``: on the event loop, or in a worker thread when the
    text is longer than `LONG_TEXT`."""
    if len(text) <= LONG_TEXT:
        return work()
    return await asyncio.to_thread(work)
