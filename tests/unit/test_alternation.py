"""`coach.questions.alternation`: patterns compiled with their alternations regrouped find
exactly the matches `re.compile` finds (where, how long, every group), on every pattern of the
understanding, and the regrouping does happen."""

from __future__ import annotations

import re

import pytest

from coach.questions import patterns
from coach.questions.alternation import compile_regrouped, parse_regrouped

pytestmark = pytest.mark.skipif(
    parse_regrouped(r"a|b", 0) is None, reason="this Python has no `re._parser`"
)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    """Every match of a search through ``text``, then those anchored at its start and whole."""
    found: list[tuple[object, ...]] = [
        (m.span(), m.groups(), m.groupdict(), m.lastindex) for m in pattern.finditer(text)
    ]
    for anchored in (pattern.match(text), pattern.fullmatch(text)):
        found.append(
            ("anchored", None if anchored is None else (anchored.span(), anchored.groups()))
        )
    return found


SMALL = [
    # the first alternative that matches wins, within a gathering too
    (r"a|ab|abc", 0, ["abc", "xab"]),
    (r"ab|a|abc", 0, ["abc"]),
    (r"\b(?:eat|eating|ate|each)\b", 0, ["eating each apple", "ate", "eaten"]),
    # an opening group followed by the rest, copied after each of its alternatives
    (r"(?:sore|stiff|sorely)\s+(?:back|neck)|sting", 0, ["sorely back", "stiff neck sting"]),
    # captures keep their numbers and names; a group's alternatives are left in it
    (r"(?P<side>left|lefty|right) (leg|legs|foot)", 0, ["lefty legs", "right foot"]),
    (r"(a|ab)(c|bcd)(d*)", 0, ["abcd"]),
    # case-blind: capitals and non-ASCII openings are not gathered with the lowered ones
    (r"Kb|kc|ka|\u212aa", re.IGNORECASE, ["KA", "ka", "\u212aA", "kc"]),
    (r"(?i)Sa|sb|\u017fa", 0, ["SA", "\u017fA", "sb"]),
    (r"aa|Ab|ab", re.IGNORECASE, ["AB", "ab"]),
    # scoped flags, lookarounds, repeats and back references
    (r"(?i:Ab|ac)|ab", 0, ["AB", "ab"]),
    (r"(?<!no )(?:pain|painful|pins)\b(?=\W|$)", 0, ["no pain", "painful pins"]),
    (r"(?:ab|ac|ad)+x|(\w)\1", 0, ["abacadx", "zz"]),
    (r"(a)?(?(1)bc|bd)|b", 0, ["abc", "bd"]),
    (r"", 0, ["", "x"]),
    (r"|a|b", 0, ["ab"]),
]


@pytest.mark.parametrize(("source", "flags", "texts"), SMALL)
def test_a_regrouped_pattern_matches_as_the_compiled_one(
    source: str, flags: int, texts: list[str]
) -> None:
    eager, regrouped = re.compile(source, flags), compile_regrouped(source, flags)
    assert regrouped.pattern == source and regrouped.flags == eager.flags
    assert regrouped.groups == eager.groups and regrouped.groupindex == eager.groupindex
    for text in texts:
        assert _matches(regrouped, text) == _matches(eager, text), text


def test_a_wrong_source_fails_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        compile_regrouped(r"(unclosed")


def test_alternatives_are_gathered_by_their_first_character() -> None:
    parsed = parse_regrouped(r"\b(?:eat|eating|ate|each|apple)\b|\b(?:sore|stiff)\b", 0)
    assert parsed is not None
    (boundary, _), (op, (_, items)) = parsed.data  # "\b" (shared), then one alternation
    assert (str(boundary), str(op)) == ("AT", "BRANCH")
    # one alternative for each first character, in the order they first appear
    assert [(str(item.data[0][0]), item.data[0][1]) for item in items] == [
        ("LITERAL", ord("e")),
        ("LITERAL", ord("a")),
        ("LITERAL", ord("s")),
    ]


def test_every_pattern_of_the_understanding_matches_as_compiled() -> None:
    """On a sample of our evaluation messages, as written, lowered and as the triage reads them:
    each pattern regrouped finds the matches the plain compile finds."""
    import coach.questions.answers  # noqa: F401  (every module of the understanding)
    from benchmarks.eval_understanding import batches, load
    from coach.questions.triage import _prepare
    from coach.text import normalise

    # 16 messages spread evenly over the batches, in three forms each: each of the 3,200
    # patterns is matched plain and regrouped on all of them (the test's cost grows with the
    # sample and the patterns; a fixed sample keeps it from growing with every batch added)
    every = [str(row["q"]) for name in batches() for row in load(name)]
    messages = every[:: len(every) // 16]
    texts = [
        form for message in messages for form in (message, normalise(message), _prepare(message))
    ]
    checked = 0
    for pattern in list(patterns._made):
        source, flags = pattern.pattern, pattern.flags
        eager, regrouped = re.compile(source, flags), pattern.compile()  # the one in use
        for text in texts:
            assert _matches(regrouped, text) == _matches(eager, text), (source[:80], text)
        checked += 1
    assert checked > 1_000
