"""Regular expressions compiled with their alternations regrouped: the same matches, found
sooner.

Python's regex engine tries the alternatives of ``a|b|c`` one after another at every place
it tries the pattern. The understanding's patterns are long lists of words, often several
lists one after another (``\\b(?:posture|hunch...)\\b|\\b(?:eat|eating|...)\\b|...``): the
engine went through hundreds of alternatives at every word of a message, and the largest
of them took 60-230 µs a message. Here the parsed pattern is rewritten before it is turned
into the engine's code, so that it tries about one alternative per first character instead:

* an alternative that opens on a group of alternatives without a capture
  (``(?:eat|ate)\\b``) becomes those alternatives, each with the rest after it (``eat\\b|ate\\b``),
  when the rest is a few plain elements;
* alternatives that open on a literal character are gathered by that character
  (``eat|ate|eating`` -> ``e(?:at|ating)|ate``): two alternatives that open on different
  characters never both match at one place, so their order between them does not matter; the
  order within each gathering is kept, and an alternative that opens on anything else stays
  where it was, between the gatherings before and after it;
* neighbouring alternatives that open on the same element share it (``\\ba|\\bb`` ->
  ``\\b(?:a|b)``).

Every match (where, how long, each group) is the one `re.compile` gives: the tests compare
the two on every pattern of the understanding. Patterns the rewriting does not know how to
treat safely (byte patterns, the locale flag, a case-blind alternative opening on a capital or
a character outside ASCII) are compiled as they are, in whole or in part.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser and compiler behind `re` (Python 3.11 and later)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: `re.compile` as it is
    _parser = None
else:  # the parser's names of a pattern's elements
    ASSERT, ASSERT_NOT, AT = _parser.ASSERT, _parser.ASSERT_NOT, _parser.AT
    ATOMIC_GROUP, BRANCH, IN = _parser.ATOMIC_GROUP, _parser.BRANCH, _parser.IN
    GROUPREF, GROUPREF_EXISTS = _parser.GROUPREF, _parser.GROUPREF_EXISTS
    GROUPREF_IGNORE, LITERAL = _parser.GROUPREF_IGNORE, _parser.LITERAL
    MAX_REPEAT, MIN_REPEAT = _parser.MAX_REPEAT, _parser.MIN_REPEAT
    NOT_LITERAL, POSSESSIVE_REPEAT = _parser.NOT_LITERAL, _parser.POSSESSIVE_REPEAT
    SUBPATTERN = _parser.SUBPATTERN

# The most elements after an opening group that are copied after each of its alternatives.
MAX_REST = 3
# Elements that can be copied: no capture, reference, nesting or repetition.
_NOT_COPIED = frozenset(
    {
        SUBPATTERN,
        GROUPREF,
        GROUPREF_IGNORE,
        GROUPREF_EXISTS,
        BRANCH,
        ATOMIC_GROUP,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        ASSERT,
        ASSERT_NOT,
    }
    if _parser is not None
    else ()
)
_SHARED_OPENINGS = frozenset({AT, LITERAL, IN, NOT_LITERAL} if _parser is not None else ())
# Nested gatherings deeper than this are left as they are (a pattern's own depth is small).
MAX_DEPTH = 40


# The regex engine's version and the size of one element of its code ("" on another Python).
ENGINE = "" if _parser is None else f"{_sre.MAGIC}-{_sre.CODESIZE}"
# What `_sre.compile` takes besides the source: the flags, the code, the number of groups less
# one, the group names' numbers and each group's name (None where it has none).
Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def compile_regrouped(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` with the alternations regrouped (see the module)."""
    flags = int(flags)  # as `re.compile` does: the compiler tests a `re.RegexFlag` slowly
    code = regrouped_code(source, flags)
    return re.compile(source, flags) if code is None else compile_code(source, code)


def regrouped_code(source: str, flags: int) -> Code | None:
    """The compiled code of the regrouped pattern (what costs the time: Python's parser and
    compiler are written in Python), which `compile_code` turns into the pattern at once; None
    where `re.compile` should compile it as it is. Raises `re.error` as it does."""
    flags = int(flags)
    parsed = parse_regrouped(source, flags)
    if parsed is None:
        return None
    state = parsed.state
    names = state.groupdict
    index: list[str | None] = [None] * state.groups
    for name, number in names.items():
        index[number] = name
    code = _compiler._code(parsed, flags)
    return flags | state.flags, code, state.groups - 1, dict(names), tuple(index)


def compile_code(source: str, code: Code) -> re.Pattern[str]:
    """The pattern of ``source`` from its code (`regrouped_code`)."""
    return _sre.compile(source, *code)  # type: ignore[no-any-return]


def parse_regrouped(source: str, flags: int) -> Any:
    """The parsed pattern with its alternations regrouped; None where `re.compile` should
    compile it as it is (another Python, the locale flag). Raises `re.error` as it does."""
    flags = int(flags)
    if _parser is None or flags & re.LOCALE:
        return None
    parsed = _parser.parse(source, flags)
    if parsed.state.flags & re.LOCALE:
        return None
    _Regrouping(parsed.state, bool((flags | parsed.state.flags) & re.IGNORECASE)).walk(parsed)
    return parsed


class _Regrouping:
    def __init__(self, state: Any, case_blind: bool) -> None:
        self.state = state
        self.case_blind = case_blind

    def walk(self, sub: Any) -> None:
        """Regroups every alternation of ``sub`` (a parsed pattern), inner ones first."""
        for at, (op, av) in enumerate(sub.data):
            if op is BRANCH:
                for item in av[1]:
                    self.walk(item)
                items = self.regrouped(av[1], 0)
                if len(items) > 1:
                    sub.data[at] = (BRANCH, (None, items))
                else:
                    sub.data[at] = (SUBPATTERN, (None, 0, 0, items[0]))
            elif op is SUBPATTERN:
                if not av[1] and not av[2]:  # scoped flags ("(?i:...)") are left as they are
                    self.walk(av[3])
            elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
                self.walk(av[2])
            elif op in (ASSERT, ASSERT_NOT):
                self.walk(av[1])
            elif op is ATOMIC_GROUP:
                self.walk(av)
            elif op is GROUPREF_EXISTS:
                self.walk(av[1])
                if av[2] is not None:
                    self.walk(av[2])

    def first_character(self, item: Any) -> int | None:
        """The literal character ``item`` opens on, when alternatives can be gathered by it."""
        if not item.data:
            return None
        op, av = item.data[0]
        if op is not LITERAL:
            return None
        if self.case_blind:
            # lower-case ASCII letters and other ASCII characters fold only into themselves and
            # their capitals: two of them never match one character
            character = chr(av)
            if not character.isascii() or character != character.lower():
                return None
        return int(av)

    def regrouped(self, items: list[Any], depth: int) -> list[Any]:
        """The alternatives ``items`` of one alternation, regrouped."""
        if depth > MAX_DEPTH:
            return items
        opened = self.opened(items)
        gathered: list[Any] = []
        run: list[Any] = []
        for item in opened:
            if self.first_character(item) is None:
                gathered.extend(self.gathered(run, depth))
                run = []
                gathered.append(item)
            else:
                run.append(item)
        gathered.extend(self.gathered(run, depth))
        return self.shared(gathered, depth)

    def opened(self, items: list[Any]) -> list[Any]:
        """Each alternative that opens on an alternation without a capture, followed by a few
        plain elements, replaced by its alternatives, each followed by those elements."""
        out: list[Any] = []
        for item in items:
            data = list(item.data)
            rest = data[1:]
            if (
                data
                and data[0][0] is BRANCH
                and len(rest) <= MAX_REST
                and not any(op in _NOT_COPIED for op, _ in rest)
            ):
                out.extend(
                    _parser.SubPattern(self.state, [*alt.data, *rest]) for alt in data[0][1][1]
                )
            else:
                out.append(item)
        return out

    def gathered(self, run: list[Any], depth: int) -> list[Any]:
        """Alternatives that each open on a literal character, gathered by that character in the
        order each first appears."""
        by_first: dict[int | None, list[Any]] = {}
        for item in run:
            by_first.setdefault(self.first_character(item), []).append(item)
        return [
            members[0] if len(members) == 1 else self.factored(members, depth)
            for members in by_first.values()
        ]

    def shared(self, items: list[Any], depth: int) -> list[Any]:
        """Neighbouring alternatives that open on the same simple element, sharing it."""
        out: list[Any] = []
        at = 0
        while at < len(items):
            end = at + 1
            first = items[at].data[0] if items[at].data else None
            if first is not None and first[0] in _SHARED_OPENINGS:
                while end < len(items) and items[end].data and items[end].data[0] == first:
                    end += 1
            out.append(items[at] if end == at + 1 else self.factored(items[at:end], depth))
            at = end
        return out

    def factored(self, members: list[Any], depth: int) -> Any:
        """``members``, which open on the same element: that element, then the alternation of
        what follows it in each (regrouped in turn)."""
        first = members[0].data[0]
        tails = [_parser.SubPattern(self.state, list(member.data[1:])) for member in members]
        inner = self.regrouped(tails, depth + 1)
        node = _parser.SubPattern(self.state, [first])
        if len(inner) == 1:
            node.data.extend(inner[0].data)
        else:
            node.data.append((BRANCH, (None, inner)))
        return node
