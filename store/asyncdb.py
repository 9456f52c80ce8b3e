"""The database off the event loop: every unit of work runs in a worker thread.

A slow or locked database (another process holding SQLite's write lock, a PostgreSQL
failover) then delays only the chat that waits on it, never the event loop and every other chat.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine
from sqlmodel import Session

from store.db import transaction

T = TypeVar("T")


def _run(engine: Engine, work: Callable[[Session], T]) -> T:
    with transaction(engine) as db:
        return work(db)


async def run(engine: Engine, work: Callable[[Session], T]) -> T:
    """Runs ``work(db)`` in one transaction in a worker thread: commits when it returns, rolls
    back when it raises (and re-raises here)."""
    return await asyncio.to_thread(_run, engine, work)
