"""Literal anchors of a pattern: a cheap proof that a regular expression cannot match a text.

Triage tries about 500 rules, each an alternation of many phrasings, on every message and on
several of its clauses; most rules cannot match most messages, yet a regex search still walks
the whole text trying every alternative at every word. The anchors of a pattern are a few short
strings, one of which occurs in every text the pattern matches: for each alternative, a piece
of literal text it must contain (up to `SIZE` characters of its rarest-looking run of plain
characters, or the anchors of a group every branch of which has one). `grams` lists the pieces
of a text once; a rule whose anchors are disjoint from them cannot match and is not searched.

This is a necessary condition only, read from the pattern's own syntax tree: a pattern the
reader cannot vouch for (an alternative with no plain run of at least `MIN_SIZE` characters,
case-insensitive flags) gets no anchors and is always searched. `tests/unit/test_anchors.py`
checks on a twelfth of our evaluation messages that a rule skipped this way never matches.
The triage rules use a stronger form, `anchor_sets`: for each alternative, all the pieces it
needs together; a rule none of whose sets is wholly in the text is not searched. They are kept
between runs (`cached_anchors`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any, TypeVar

T = TypeVar("T")

MIN_SIZE = 3
SIZE = 5
# How often each character occurs in English text (space included, per 1,000): an anchor made of
# rare characters rules out more texts. Other characters count as rare.
# fmt: off
_FREQUENCY = {
    " ": 180, "e": 102, "t": 75, "a": 67, "o": 62, "i": 57, "n": 55, "s": 52, "h": 50, "r": 49,
    "d": 35, "l": 33, "c": 23, "u": 23, "m": 20, "w": 19, "f": 18, "g": 16, "y": 16, "p": 13,
    "b": 12, "v": 8, "k": 6, "j": 1, "x": 1, "q": 1, "z": 1,
}
# fmt: on


def chance(piece: str) -> float:
    """A rough chance that ``piece`` starts at a given place in a text."""
    likely = 1.0
    for c in piece:
        likely *= _FREQUENCY.get(c, 1) / 1000
    return likely


@lru_cache(maxsize=8)
def grams(text: str) -> frozenset[str]:
    """Every piece of ``text`` from `MIN_SIZE` to `SIZE` characters long. Remembered for the
    last few texts: the triage asks it of the same text two or three times in a row (a rule
    index, then another; a clause blanked by no step), and it costs tens of microseconds. (Few:
    the pieces of a 4,096-character text take about a megabyte.)"""
    sizes = range(MIN_SIZE, SIZE + 1)
    return frozenset([text[i : i + size] for size in sizes for i in range(len(text) - size + 1)])


def anchors(pattern: re.Pattern[str] | str) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` (compiled, or its source) contains at least
    one, or None when the pattern's syntax does not show any."""
    items = _parsed(pattern)
    return None if items is None else _of_sequence(items)


def _parsed(pattern: re.Pattern[str] | str) -> list[tuple[Any, Any]] | None:
    """The pattern's syntax, or None when it ignores case (its anchors would not be literal)."""
    if isinstance(pattern, str):
        parsed = parser.parse(pattern, 0)
    else:
        parsed = parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    return list(parsed)


def _rarest(run: str) -> str:
    if len(run) <= SIZE:
        return run
    return min((run[i : i + SIZE] for i in range(len(run) - SIZE + 1)), key=chance)


def _parts(
    items: list[tuple[Any, Any]],
    of_run: Callable[[str], T],
    of_sequence: Callable[[list[Any]], T | None],
    of_branch: Callable[[list[Any]], T | None],
) -> Iterator[T | None]:
    """What every match of the sequence goes through, in order: each run of literal characters
    (``of_run``), and each group, branch or repeat (at least once), read by the callers' own
    ``of_sequence`` and ``of_branch``."""
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if len(run) >= MIN_SIZE:
            yield of_run("".join(run))
        run = []
        if op is sre.SUBPATTERN and not value[1] and not value[2]:  # no flag changes
            yield of_sequence(list(value[3]))
        elif op is sre.BRANCH:
            yield of_branch(value[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
            yield of_sequence(list(value[2]))


def _of_sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The least likely anchor set among the parts every match of the sequence goes through
    (`_parts`)."""
    best: frozenset[str] | None = None
    for found in _parts(items, lambda run: frozenset([_rarest(run)]), _of_sequence, _of_branch):
        if found is not None and (best is None or _chances(found) < _chances(best)):
            best = found
    return best


def _chances(found: frozenset[str]) -> float:
    return sum(map(chance, found))


# The most anchor sets a pattern keeps (`anchor_sets`): beyond it, a group's sets are not
# combined with the rest of the phrasing's, the likelier of the two is dropped instead.
MAX_SETS = 32


def anchor_sets(pattern: re.Pattern[str] | str) -> tuple[frozenset[str], ...] | None:
    """Sets of strings, every one of some set in every text ``pattern`` matches, or None when
    the pattern's syntax does not show any. `anchors` with all the pieces a phrasing needs
    together instead of its rarest one: every literal run it goes through (its pieces of
    `SIZE` characters) and one of each group's, as long as the sets number at most `MAX_SETS`.
    A text with a phrasing's commonest piece but not its others is ruled out too."""
    items = _parsed(pattern)
    found = None if items is None else _sets_of_sequence(items)
    return None if found is None else tuple(sorted(found, key=sorted))


def _sets_of_sequence(items: list[tuple[Any, Any]]) -> frozenset[frozenset[str]] | None:
    every: frozenset[frozenset[str]] = frozenset([frozenset()])
    parts = _parts(items, lambda run: frozenset([_pieces(run)]), _sets_of_sequence, _sets_of_branch)
    for found in parts:  # every match also goes through one of ``found``
        if found is None:
            continue
        if len(every) * len(found) <= MAX_SETS:
            every = frozenset(a | b for a in every for b in found)
        elif _set_chances(found) < _set_chances(every):
            every = found
    return None if frozenset() in every else every


def _pieces(run: str) -> frozenset[str]:
    """Pieces of `SIZE` characters covering ``run`` (the run itself when no longer)."""
    if len(run) <= SIZE:
        return frozenset([run])
    return frozenset(
        [*(run[i : i + SIZE] for i in range(0, len(run) - SIZE + 1, SIZE)), run[-SIZE:]]
    )


def rarest_piece(pieces: frozenset[str]) -> str:
    """The piece of an anchor set least likely in a text: where an index keeps the set."""
    return min(pieces, key=lambda piece: (chance(piece), piece))


def _set_chances(found: frozenset[frozenset[str]]) -> float:
    return sum(min(map(chance, pieces), default=1.0) for pieces in found)


def _of_branch(alternatives: list[Any]) -> frozenset[str] | None:
    return _union(alternatives, _of_sequence)


def _sets_of_branch(alternatives: list[Any]) -> frozenset[frozenset[str]] | None:
    return _union(alternatives, _sets_of_sequence)


def _union(
    alternatives: list[Any], read: Callable[[list[Any]], frozenset[T] | None]
) -> frozenset[T] | None:
    """What one of the branch's alternatives goes through, each read by ``read``: None when
    one of them shows nothing (a text could take that one)."""
    found: set[T] = set()
    for alternative in alternatives:
        part = read(list(alternative))
        if part is None:
            return None
        found |= part
    return frozenset(found)


def cached_anchors(name: str, patterns: Sequence[str]) -> list[tuple[frozenset[str], ...] | None]:
    """`anchor_sets` of each pattern, kept in a file beside this module's bytecode: reading the
    syntax of some 500 patterns costs a few seconds at every start (the bot's, `python bot.py
    ask`, each test worker's). The file's name carries a hash of this module's text and of
    Python's version, so a change to either starts a new file; a pattern not in it is read
    afresh, and the file rewritten with exactly the patterns asked for. A file that cannot be
    read or written is no error: the anchors are then read every time."""
    path = cache_path(name)
    try:
        known: dict[str, list[list[str]] | None] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    missing = [pattern for pattern in patterns if pattern not in known]
    for pattern in missing:
        found = anchor_sets(pattern)
        known[pattern] = None if found is None else [sorted(pieces) for pieces in found]
    if missing:
        write_cache(path, {pattern: known[pattern] for pattern in patterns})
    shared: dict[frozenset[str], frozenset[str]] = {}
    return [_loaded(known[pattern], shared) for pattern in patterns]


def _loaded(
    sets: list[list[str]] | None, shared: dict[frozenset[str], frozenset[str]]
) -> tuple[frozenset[str], ...] | None:
    """The sets as frozensets, each piece and each set held once however many patterns share
    it (read from the file, every occurrence would be an object of its own: 6 MB more)."""
    if sets is None:
        return None
    return tuple(
        shared.setdefault(found, found)
        for found in (frozenset(map(sys.intern, pieces)) for pieces in sets)
    )


_CACHE_DIR = Path(__file__).with_name("__pycache__")
_CACHE_KEY = hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()[:16]


def cache_path(name: str, suffix: str = "json") -> Path:
    """The file of the readings cached under ``name`` (`cached_anchors`), for this module's text
    and this Python."""
    return _CACHE_DIR / f"anchors-{name}-{_CACHE_KEY}.{suffix}"


def write_cache(path: Path, known: object) -> None:
    """Replaces the file at once with ``known`` as JSON (other processes may be reading it), or
    leaves it be."""
    replace_file(path, json.dumps(known).encode("utf-8"))


def replace_file(path: Path, data: bytes) -> None:
    """Replaces the file at once with ``data`` (other processes may be reading it), or leaves it
    be."""
    try:
        path.parent.mkdir(exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as file:
            file.write(data)
        os.replace(file.name, path)
    except OSError:
        return
