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
dictionary. It is not an instance of `re.Pattern`: pass it to the `re` module's functions
through its methods (`p.sub(...)`, not `re.sub(p, ...)`), and a match's `.re` is the compiled
pattern, not the lazy one.

Its search, substitution and `finditer` are gated, as the triage rules are (`anchors`): a few
short keys, one of which is in every text the pattern matches (the rarest piece of each of its
`anchors.anchor_sets`; lowered when it ignores case), are looked for first with `in`, and a
text with none of them is not searched (about a fifth of the understanding's time went to
searches that found nothing). Keys are read once per install and kept beside the bytecode.

A pattern is compiled with its alternations regrouped (`alternation`): the same matches, with
about one alternative tried per first character at each place instead of all of them. Its
compiled code is kept beside the bytecode too (`_compile`): the engine builds a pattern from it
at once, where parsing and compiling it again costs about a millisecond.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import marshal
import re
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
from typing import Any, cast

from coach.questions import alternation
from coach.questions.alternation import Code, compile_code, regrouped_code
from coach.questions.anchors import (
    anchor_sets,
    cache_path,
    rarest_piece,
    replace_file,
    write_cache,
)

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
            compiled = _compile(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            keys = _keys(self.pattern, self.flags)
            if keys is not None:
                _gate(self, compiled, keys)
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


# Characters that match another character case-blind than their `str.lower` says (Python's
# regex engine folds "ı" with "i", "ſ" with "s", ...; "İ" lowers to two characters): a text
# with one of them is searched without its gate.
_FOLDS_ELSEWHERE = re.compile(
    "[İ"
    + "".join(
        re.escape(chr(c))
        for k, others in _casefix._EXTRA_CASES.items()
        for c in (k, *others)
        if c >= 0x80
    )
    + "]"
)


def _keys(source: str, flags: int) -> tuple[str, ...] | None:
    """One piece of each anchor set of the pattern (`anchors.anchor_sets`): some key is in every
    text it matches (lowered, when it ignores case); None when it has no gate. Read once per
    install: reading a pattern's syntax costs about as much as compiling it (`_known_keys`)."""
    known = _known_keys()
    name = f"{flags}:{source}"
    if name not in known:
        keys = _read_keys(source, flags)
        known[name] = None if keys is None else list(keys)
        _unsaved.add(name)
    found = known[name]
    return None if found is None else tuple(found)


def _read_keys(source: str, flags: int) -> tuple[str, ...] | None:
    if flags & ~(re.IGNORECASE | re.DOTALL):
        return None
    sets = anchor_sets(source)
    if not sets:
        return None
    keys = {rarest_piece(found) for found in sets}
    if flags & re.IGNORECASE:
        if not all(key.isascii() for key in keys):
            return None
        keys = {key.lower() for key in keys}
    return tuple(sorted(keys)) if len(keys) <= MAX_KEYS else None


# The most keys a gate tries: past it, the search alone is about as quick.
MAX_KEYS = 32

_KEYS_FILE = cache_path("keys-" + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12])
_known: dict[str, list[str] | None] | None = None
_unsaved: set[str] = set()


def _known_keys() -> dict[str, list[str] | None]:
    """The keys read so far, by flags and source: the file's (`anchors.cache_path`), then this
    process's, which `save_keys` adds to it."""
    global _known
    if _known is None:
        _known = _read_file()
        atexit.register(save_keys)
    return _known


def _read_file() -> dict[str, list[str] | None]:
    try:
        found = json.loads(_KEYS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def save_keys() -> None:
    """Adds the keys this process read to the file (another process may have added others)."""
    if not _unsaved or _known is None:
        return
    on_file = _read_file()
    on_file.update((name, _known[name]) for name in _unsaved)
    write_cache(_KEYS_FILE, on_file)
    _unsaved.clear()


# The compiled code of each pattern, by flags and source, as `_sre.compile` takes it but with
# the code as an array's bytes (some three million elements in all: about 12 MB; as lists of
# integers they would take about ten times that in memory). The file (marshal) is read
# at the first compilation; its name carries a hash of this module's text and `alternation`'s,
# of Python's version (`anchors.cache_path`) and of the regex engine's, so a change to any of
# them starts a new file.
# A process that compiles every pattern (the bot a few seconds after start-up, each test
# worker, `python -m coach.questions`) paid about 2.7 s of CPU for it; from the file, 0.3 s.
Stored = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_CODE_ITEM = "I"
_CODES_FILE = (
    cache_path(
        "codes-"
        + hashlib.sha256(
            Path(alternation.__file__).read_bytes()
            + Path(__file__).read_bytes()
            + alternation.ENGINE.encode()
        ).hexdigest()[:12],
        suffix="marshal",
    )
    if alternation.ENGINE.endswith(f"-{array(_CODE_ITEM).itemsize}")
    else None
)
_codes: dict[str, Stored] | None = None
_unsaved_codes: dict[str, Stored] = {}


# A pattern that opens with a span of a sentence ("[^.!?\n]*\bweak as a kitten\b...", which sets
# the whole sentence aside) is tried by the engine from every place in the text, and from each it
# runs to the sentence's end and back: on a long sentence with no stop (a 4,096-character message
# of voice-typed words) one such pattern took 4 s. Its leftmost match can only begin where the
# span cannot reach further back (the text's start, or just after a character outside the span's
# class), so it is searched only from there: the same first match, found from one place a
# sentence. (A later match of `finditer` or `sub` in the same sentence, which no reader here
# needs, is not found.)
_OPENING_SPAN = re.compile(r"\[\^((?:\\.|[^\]\\])+)\]\*")


def _sentence_started(source: str) -> str:
    """``source`` searched only from where its opening span (`_OPENING_SPAN`) begins a
    sentence: the same class looked behind, negated twice. A pattern that opens with lookaheads
    that each open with that span, then the span (a clause that tells both a numbness and a
    cause: a lookahead for each, then the clause) is the same case: wherever it matches, it
    matches from one place earlier in the same clause too, so its leftmost match begins a
    clause."""
    opening = _OPENING_SPAN.match(source, 3 if source.startswith("(?=") else 0)
    if opening is None or (opening.start() and not _spans_ahead(source, opening.group())):
        return source
    if not opening.start() and _may_match_nothing(source):
        # (the span and nothing that must be there: an empty match is found wherever a search
        # starts, not only where a clause does; lookaheads that each need a word ahead in the
        # clause make the span take at least that far, so those never match nothing)
        return source
    return f"(?<![^{opening.group(1)}])" + source


def _may_match_nothing(source: str) -> bool:
    """Whether ``source``'s shortest match is empty (read from the parsed pattern; a pattern
    the parser refuses is left to `re.compile` to refuse)."""
    try:
        return bool(_parser.parse(source).getwidth()[0] == 0)
    except (re.error, ValueError):
        return False


def _spans_ahead(source: str, span: str) -> bool:
    """Whether ``source`` is one or more lookaheads each opening with ``span``, then ``span``:
    read from the parsed pattern (a lookahead's end is where its parentheses close)."""
    try:
        (want,) = _parser.parse(span).data
        items = _parser.parse(source).data
    except (re.error, ValueError):
        return False
    ahead = 0
    for op, arg in items:
        if op is not _constants.ASSERT or arg[0] != 1:
            break
        inner = arg[1].data
        if not inner or repr(inner[0]) != repr(want):
            return False
        ahead += 1
    return 0 < ahead < len(items) and repr(items[ahead]) == repr(want)


def _compile(source: str, flags: int) -> re.Pattern[str]:
    """`alternation.compile_regrouped`, from the code on file when it is there."""
    flags = int(flags)
    source = _sentence_started(source)
    name = f"{flags}:{source}"
    stored = _known_codes().get(name)
    if stored is not None:
        kept, raw, groups, names, index = stored
        code = array(_CODE_ITEM)
        code.frombytes(raw)
        return compile_code(source, (kept, code.tolist(), groups, names, index))
    found: Code | None = regrouped_code(source, flags)
    if found is None:
        return re.compile(source, flags)
    if _CODES_FILE is not None:
        kept, listed, groups, names, index = found
        _unsaved_codes[name] = (kept, array(_CODE_ITEM, listed).tobytes(), groups, names, index)
    return compile_code(source, found)


def _known_codes() -> dict[str, Stored]:
    global _codes
    if _codes is None:
        _codes = _read_codes()
        atexit.register(save_codes)
    return _codes


def _read_codes() -> dict[str, Stored]:
    if _CODES_FILE is None:
        return {}
    try:
        found = marshal.loads(_CODES_FILE.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def save_codes(*, only_made: bool = False) -> None:
    """Adds the code this process compiled to the file (another process may have added more);
    with ``only_made``, keeps only the code of the patterns made in this process (after every
    module is imported: the code of patterns changed since is dropped)."""
    if not _unsaved_codes or _CODES_FILE is None:
        return
    on_file = _read_codes()
    if only_made:
        made = {f"{int(pattern.flags)}:{pattern.pattern}" for pattern in _made}
        on_file = {name: code for name, code in on_file.items() if name in made}
    on_file.update(_unsaved_codes)
    replace_file(_CODES_FILE, marshal.dumps(on_file))
    _unsaved_codes.clear()


def _any_in(keys: tuple[str, ...], text: str) -> bool:
    """`any(key in text for key in keys)`, as a loop: the gates run some 400 times a message,
    and the generator's frames cost more than the tests (about half of a gate's time)."""
    for key in keys:  # noqa: SIM110 (see above)
        if key in text:
            return True
    return False


def _may_match(keys: tuple[str, ...], blind: bool) -> Callable[[str], bool]:
    """Whether one of ``keys`` is in a text (lowered, when ``blind``): False when the pattern
    cannot match it."""
    if not blind:
        return lambda string: _any_in(keys, string)

    def may_blind(string: str) -> bool:
        if not string.isascii() and _FOLDS_ELSEWHERE.search(string):
            return True
        return _any_in(keys, string.lower())

    return may_blind


def _gate(pattern: _Lazy, compiled: re.Pattern[str], keys: tuple[str, ...]) -> None:
    """The methods the understanding calls most, each running the compiled one only when the
    text may match: a search, a substitution, the matches in turn."""
    may = _may_match(keys, bool(pattern.flags & re.IGNORECASE))
    search, sub, finditer = compiled.search, compiled.sub, compiled.finditer

    def gated_search(string: str, *where: int) -> re.Match[str] | None:
        return search(string, *where) if may(string) else None

    def gated_sub(repl: Any, string: str, count: int = 0) -> str:
        return sub(repl, string, count) if may(string) else string

    def gated_finditer(string: str, *where: int) -> Iterator[re.Match[str]]:
        return finditer(string, *where) if may(string) else iter(())

    for name, method in (
        ("search", gated_search),
        ("sub", gated_sub),
        ("finditer", gated_finditer),
    ):
        setattr(pattern, name, method)


_made: list[_Lazy] = []


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, done the first time the pattern is used."""
    pattern = _Lazy(source, flags)
    _made.append(pattern)
    return cast("re.Pattern[str]", pattern)


def compile_all() -> Iterator[None]:
    """Compiles every lazy pattern not compiled yet, one at a time, yielding after each; then
    keeps the keys read for their gates (`save_keys`) and the code compiled (`save_codes`), and
    lets go of the code read from the file (every pattern holds its own now)."""
    for pattern in list(_made):
        if pattern._compiled is None:
            pattern.compile()
            yield
    save_keys()
    save_codes(only_made=True)
    if _codes is not None:
        _codes.clear()


def compiled(pattern: object) -> bool:
    """Whether ``pattern`` is compiled (a lazy one once used, any other always)."""
    return not isinstance(pattern, _Lazy) or pattern._compiled is not None
