"""Many probes checked by one test: issue 13's probe lists, thousands of sentences.

A parametrised test is one pytest item per sentence, and pytest-xdist schedules and reports
every item through its controller: several milliseconds each, more than the check itself (a
triage takes one or two), which made the probe lists the largest part of the unit tests' time.
`each` keeps the parametrised test's shape (the same names and values as
``pytest.mark.parametrize``, the same body, which checks one case), runs every case in one item
and fails with every case that failed, each with its own message. A list of more than `SHARD`
cases is checked by several items of about `SHARD` cases each (every n-th case), so that no one
item holds a worker for long while the others wait (the red-flag lists' 2,500 messages took
about half a minute in one item, and over two minutes with the machine loaded).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

import pytest

from coach.questions import learned
from coach.questions.answers import Answer
from coach.questions.answers import answer as _answer

_PARAM = type(pytest.param(None))
SHARD = 500  # cases an item checks at most, about as long as an ordinary item or a few


def each(
    names: str | Sequence[str], values: Iterable[Any], **_ids: object
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``@each("text", TEXTS)`` in place of ``@pytest.mark.parametrize("text", TEXTS)``
    (``ids=`` is accepted and not needed: a failure names its case)."""
    keys = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
    cases = [case.values if isinstance(case, _PARAM) else case for case in values]
    assert cases, "no cases: the test could not fail"

    shards = -(-len(cases) // SHARD)

    def wrap(check: Callable[..., None]) -> Callable[..., None]:
        def run(shard: int) -> None:
            failed: list[str] = []
            checked = cases[shard::shards]
            for case in checked:
                args = dict(zip(keys, case, strict=True)) if len(keys) > 1 else {keys[0]: case}
                try:
                    check(**args)
                except Exception as exc:
                    failed.append(f"- {case!r}\n  {type(exc).__name__}: {exc}")
            if failed:
                pytest.fail(
                    f"{len(failed)} of {len(checked)} cases failed:\n" + "\n".join(failed),
                    pytrace=False,
                )

        def whole() -> None:
            run(0)

        def sharded(shard: int) -> None:
            run(shard)

        test = whole if shards == 1 else pytest.mark.parametrize("shard", range(shards))(sharded)
        test.__name__, test.__qualname__ = check.__name__, check.__qualname__
        test.__doc__, test.__module__ = check.__doc__, check.__module__
        return test

    return wrap


def answer(text: str) -> Answer:
    """`coach.questions.answers.answer`, remembered for the last few texts under the learned
    reader's settings of the moment (the probe checks ask it of one text two to four times:
    lockout or not, then asked or not, with the reader on and off)."""
    return _remembered(text, learned.ASK_AT, learned.ASK_OVER_RULES, learned.ASK_UNDER)


@lru_cache(maxsize=16)
def _remembered(text: str, *_settings: float) -> Answer:
    return _answer(text)
