"""An event loop on virtual time, for tests of code that waits on the loop's clock.

When every task is waiting for a timer and no I/O is ready, the loop jumps straight to the next
timer instead of sleeping. Waits of seconds take no real time, and durations measured with
``loop.time()`` are exact whatever the machine's load: a slow CI runner cannot make a test late.
Only for code that does no real I/O (sockets would still be polled, but time would not wait
for them)."""

from __future__ import annotations

import asyncio
import functools
import selectors
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec

P = ParamSpec("P")


class _JumpingSelector(selectors.DefaultSelector):
    """Polls without blocking; where it would block for ``timeout`` seconds, it moves the
    loop's virtual clock forward by that much instead."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = super().select(0)
        if ready or timeout is None or timeout <= 0:
            # ``None``: nothing is scheduled at all, so wait for real I/O (the self-pipe)
            return ready if ready or timeout is not None else super().select(None)
        self.now += timeout
        return ready


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self._jumping = _JumpingSelector()
        super().__init__(self._jumping)

    def time(self) -> float:
        return self._jumping.now


def virtual_time(test: Callable[P, Coroutine[Any, Any, None]]) -> Callable[P, None]:
    """Run an ``async def`` test to completion on a fresh :class:`VirtualTimeLoop`. The result
    is a plain function, so pytest-asyncio leaves it alone."""

    @functools.wraps(test)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        loop = VirtualTimeLoop()
        try:
            loop.run_until_complete(test(*args, **kwargs))
        finally:
            loop.close()

    return run


def now() -> float:
    """The running loop's clock (virtual under :func:`virtual_time`)."""
    return asyncio.get_running_loop().time()
