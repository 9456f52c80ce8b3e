"""Memory: handing freed heap back to the system once start-up is over, and an `Application`
that keeps no per-user bookkeeping for a persistence it does not have."""

from __future__ import annotations

import ctypes
import gc
import sys
from typing import Any

from telegram.ext import Application, Job


def release_freed_memory() -> bool:
    """Collects garbage, then asks glibc's allocator to return its free pages to the system
    (``malloc_trim(0)``). Start-up frees a good deal of memory that stays resident otherwise:
    compiling the triage rules, building the question and city indexes (about 2.5 MB of RSS
    right after start-up; later growth would have reused part of it anyway). Only on Linux
    with glibc (musl and others have no ``malloc_trim``: then nothing is done); returns
    whether it ran. It takes a few milliseconds, once."""
    gc.collect()
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True


class CoachApplication(Application[Any, Any, Any, Any, Any, Any]):
    """PTB's `Application`, except that without a persistence it does not note every chat
    and user id an update came from "to be updated in the persistence": PTB empties those
    two sets only when saving to a persistence, so with none (ours) they only grew, two
    entries per user who ever wrote (about 0.1 KB per user)."""

    __slots__ = ()

    def _mark_for_persistence_update(
        self, *, update: object | None = None, job: Job[Any] | None = None
    ) -> None:
        if self.persistence is not None:
            super()._mark_for_persistence_update(update=update, job=job)
