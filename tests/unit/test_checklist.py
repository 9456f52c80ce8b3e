"""The checklist machine the onboarding and pre-session screens share."""

import pytest

from coach.screening.checklist import (
    Answer,
    ChecklistDone,
    ChecklistEvent,
    NoneOfThese,
    Ticks,
    Toggle,
    press,
)

OPTIONS = ("a", "b", "c")
NONE: frozenset[str] = frozenset()

CASES: list[tuple[str, frozenset[str], ChecklistEvent, Ticks | Answer | None]] = [
    ("ticking an option", NONE, Toggle("a"), Ticks(frozenset({"a"}))),
    ("ticking a second", frozenset({"a"}), Toggle("c"), Ticks(frozenset({"a", "c"}))),
    ("unticking", frozenset({"a", "c"}), Toggle("a"), Ticks(frozenset({"c"}))),
    ("unticking the last", frozenset({"b"}), Toggle("b"), Ticks(NONE)),
    ("an option not on the list", frozenset({"a"}), Toggle("x"), None),
    ("an empty key", NONE, Toggle(""), None),
    ("done with ticks", frozenset({"a", "b"}), ChecklistDone(), Answer(frozenset({"a", "b"}))),
    ("done with nothing ticked means none apply", NONE, ChecklistDone(), Answer(NONE)),
    ("none of these wins over ticks", frozenset({"a", "b"}), NoneOfThese(), Answer(NONE)),
    ("none of these with nothing ticked", NONE, NoneOfThese(), Answer(NONE)),
]


@pytest.mark.parametrize(
    ("ticked", "event", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_press(
    ticked: frozenset[str], event: ChecklistEvent, expected: Ticks | Answer | None
) -> None:
    assert press(OPTIONS, ticked, event) == expected
