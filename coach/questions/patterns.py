"""Regular expressions compiled on first use.

The understanding's modules name about 2,000 patterns; compiling them all costs about two
seconds of CPU (Python's regex parser and compiler are written in Python), which every process
that imports them paid before doing anything: the bot at start-up, `python bot.py ask`, each
test worker and each of the tests' bot processes. Most messages reach only a few hundred of
them. `lazy` keeps a pattern's source and compiles it the first time one of its methods is
used; the bot compiles the rest a few seconds after start-up, one at a time between its other
work (`handlers.questions.startup`, through `compile_all`), so no message waits on many.

A lazy pattern has the methods and attributes of the compiled one (it is typed as one); after
its first use, a method is the compiled pattern's own bound method, found in the object's
dictionary, so a search costs what it did. It is not an instance of `re.Pattern`: pass it to
the `re` module's functions through its methods (`p.sub(...)`, not `re.sub(p, ...)`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    """The source and flags of a pattern until a method is asked for, then its methods."""

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compile(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = re.compile(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        # only called for what the object does not have yet: a method before the first use,
        # or an attribute of the compiled pattern (`groups`, `groupindex`)
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compile(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"


_made: list[_Lazy] = []


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, done the first time the pattern is used."""
    pattern = _Lazy(source, flags)
    _made.append(pattern)
    return cast("re.Pattern[str]", pattern)


def compile_all() -> Iterator[None]:
    """Compiles every lazy pattern not compiled yet, one at a time, yielding after each."""
    for pattern in list(_made):
        if pattern._compiled is None:
            pattern.compile()
            yield


def compiled(pattern: object) -> bool:
    """Whether ``pattern`` is compiled (a lazy one once used, any other always)."""
    return not isinstance(pattern, _Lazy) or pattern._compiled is not None
