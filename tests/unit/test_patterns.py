"""`coach.questions.patterns`: the understanding's patterns are compiled on first use (or by the
bot's start-up stepping through `compile_all`), and behave as compiled ones."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from coach.questions import patterns
from coach.questions.patterns import compile_all, lazy

ROOT = Path(__file__).resolve().parents[2]


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_the_compiled_one() -> None:
    source = r"\b(?P<side>left|right) (?:leg|foot)\b"
    pattern = lazy(source, re.IGNORECASE)
    assert not patterns.compiled(pattern)
    assert (pattern.pattern, pattern.flags) == (source, re.IGNORECASE)  # no compile for these
    assert not patterns.compiled(pattern)
    eager = re.compile(source, re.IGNORECASE)
    text = "My LEFT leg, then my right foot, then the left arm"
    found = pattern.search(text)
    assert patterns.compiled(pattern)
    assert found is not None and found.group("side") == "LEFT"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert pattern.sub("X", text) == eager.sub("X", text)
    assert pattern.fullmatch("right foot") is not None and pattern.match(text) is None
    assert pattern.findall(text) == eager.findall(text) and pattern.split(text) == eager.split(text)
    assert pattern.groups == 1 and pattern.groupindex == {"side": 1}
    # from now on its methods are its own attributes (the gated ones, or the compiled
    # pattern's), never looked up through `__getattr__` again
    assert {"search", "sub", "finditer", "match", "split"} <= set(vars(pattern))


def test_a_pattern_that_opens_with_a_sentences_span_is_searched_from_sentence_starts() -> None:
    """Twenty-fourth session: such a pattern ("[^.!?\\n]*\\bweak as a kitten\\b...") was tried
    from every place of a long sentence, each try running to the sentence's end and back (4 s
    for one 4,096-character message typed without a stop); searched only from where its span
    begins, it finds the same first match."""
    spans = [
        (r"[^.!?\n]*\b(?:tingl\w*|buzz\w*)\b[^.!?\n]*?\b(?:when|while)\s+(?:i|my)\b[^.!?\n]*", 0),
        (r"[^.!?]*?\b(?:when|while)\s+i\s+was\s+pregnant\b", re.IGNORECASE),
        (r"[^.!?\n]*\bweak\s+as\s+a\s+kitten\b[^.!?\n]*", re.IGNORECASE),
        # twenty-fifth session: lookaheads that each open with the span, then the span
        (r"(?=[^.!?\n]*\b(?:tingl\w*|weak)\b)(?=[^.!?\n]*\bwhen\s+i\b)[^.!?\n]*", re.IGNORECASE),
    ]
    texts = [
        "tingly feet when i kneel. fine otherwise",
        "all good here! my hands buzz while my drill runs, and tingle when i type",
        "Back then, WHEN I WAS PREGNANT, it ached. Now? fine",
        "no stop at all " * 40 + "weak as a kitten after my shift and tired",
        "nothing to see. really nothing!\nstill nothing",
        "?!. weak as a kitten. tingling when i sit",
    ]
    for source, flags in spans:
        pattern, eager = lazy(source, flags), re.compile(source, flags)
        assert patterns._sentence_started(source).startswith("(?<![^")  # from sentence starts
        for text in texts:
            found, expected = pattern.search(text), eager.search(text)
            assert (found and found.span()) == (expected and expected.span()), (source, text)
    # a span that does not open the pattern, or a bounded one, is left as it is
    for source in (
        r"\bfoo[^.]*",
        r"[^.!?\n]{0,8}bar",
        r"[^.!?\n]+",
        r"(?=[^.!?]*x)\bfoo",  # a lookahead, then no span: "afoo x" matches inside a clause
        r"(?=[^.!?]*x)[^.!]*",  # another span after it
        r"(?=[^.!?]*x)(?=foo)[^.!?]*",  # a lookahead that does not open with the span
        r"[^,.;!?\n]*",  # twenty-sixth session: a span alone may match nothing, anywhere
        r"[^.!?\n]*(?:no|nope)?",
    ):
        assert patterns._sentence_started(source) == source
    # ...so every match of such a pattern is re's, the empty ones after a match included
    empty = r"[^,.;!?\n]*"
    for text in texts:
        runs = [m.span() for m in lazy(empty).finditer(text)]
        assert runs == [m.span() for m in re.finditer(empty, text)], text


def test_a_lazy_pattern_with_a_wrong_source_fails_where_it_is_used() -> None:
    pattern = lazy(r"(unclosed")
    try:
        pattern.search("text")
    except re.error:
        pass
    else:
        raise AssertionError("a pattern that does not compile compiled")
    finally:
        patterns._made.remove(pattern)  # type: ignore[arg-type]


def test_compile_all_compiles_every_pattern_one_step_at_a_time() -> None:
    import coach.questions.answers  # noqa: F401  (every module of the understanding)

    waiting = [p for p in patterns._made if not patterns.compiled(p)]
    steps = sum(1 for _ in compile_all())
    assert steps == len(waiting)
    assert all(patterns.compiled(p) for p in patterns._made)
    assert sum(1 for _ in compile_all()) == 0


def test_a_patterns_code_is_kept_on_file_and_builds_the_same_pattern(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The code compiled once is kept (`save_codes`), and a later process builds the pattern
    from it without parsing again: the same matches, groups and flags as `re.compile`."""
    kept = tmp_path / "codes.marshal"
    monkeypatch.setattr(patterns, "_CODES_FILE", kept)
    monkeypatch.setattr(patterns, "_codes", None)
    monkeypatch.setattr(patterns, "_unsaved_codes", {})
    source = r"\b(?P<side>left|right|leftish) (?:leg|legs|foot|feet)\b(?! (?:day|press))"
    first = patterns._compile(source, re.IGNORECASE)
    assert list(patterns._unsaved_codes) == [f"{int(re.IGNORECASE)}:{source}"]
    patterns.save_codes()
    assert kept.exists() and not patterns._unsaved_codes
    monkeypatch.setattr(patterns, "_codes", None)  # as a new process: the file is read
    again = patterns._compile(source, re.IGNORECASE)
    assert again is not first and not patterns._unsaved_codes  # built from the file's code
    eager = re.compile(source, re.IGNORECASE)
    for built in (first, again):
        assert (built.pattern, built.flags, built.groups, built.groupindex) == (
            eager.pattern,
            eager.flags,
            eager.groups,
            eager.groupindex,
        )
    for text in ("LEFT LEG then right feet", "leftish foot day", "Right legs, left foot press"):
        assert [(m.span(), m.groups()) for m in again.finditer(text)] == [
            (m.span(), m.groups()) for m in eager.finditer(text)
        ]


def test_a_file_of_code_that_cannot_be_read_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "codes.marshal"
    kept.write_bytes(b"\x00not marshal at all")
    monkeypatch.setattr(patterns, "_CODES_FILE", kept)
    monkeypatch.setattr(patterns, "_codes", None)
    monkeypatch.setattr(patterns, "_unsaved_codes", {})
    built = patterns._compile(r"\bnumb (?:bum|butt)\b", 0)
    assert built.search("a numb bum") is not None
    patterns.save_codes()  # the unreadable file is replaced with the code compiled
    monkeypatch.setattr(patterns, "_codes", None)
    assert list(patterns._known_codes()) == [r"0:\bnumb (?:bum|butt)\b"]


def test_building_the_bot_compiles_almost_none_of_the_understandings_patterns() -> None:
    """Importing the bot used to compile all of them (about two seconds of CPU per process)."""
    code = (
        "import app.build\n"
        "from coach.questions import patterns\n"
        "done = sum(patterns.compiled(p) for p in patterns._made)\n"
        "print(done, len(patterns._made))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    done, made = map(int, out.stdout.split())
    assert made > 2000 and done < made // 20


def test_no_match_is_told_apart_by_its_patterns_identity() -> None:
    """A match's `.re` is the compiled pattern, never the lazy one that found it: a module
    telling its matches apart by `match.re is PATTERN` would silently never match."""
    compared = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "coach").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.re\s+(?:is|==|!=|in)\b", line)
    ]
    assert compared == []


def test_a_gate_never_hides_a_match() -> None:
    """Every pattern of the understanding, on a sample of our evaluation messages (as written,
    lowered, and with the characters that fold into ASCII letters case-blind): where its gate
    skips the search, the search finds nothing; and most searches are skipped."""
    import coach.questions.answers  # noqa: F401
    from benchmarks.eval_understanding import batches, load

    # 48 messages spread evenly over the batches (a fixed sample: the test's cost grows with it
    # and with the patterns)
    every = [str(row["q"]) for name in batches() for row in load(name)]
    messages = every[:: len(every) // 48]
    texts = [
        *messages,
        *(m.lower() for m in messages),
        "my KİSS and the ſtretch, a kıss: numb BUM",
    ]
    for _ in compile_all():
        pass
    skipped = tried = 0
    for pattern in patterns._made:
        gated = vars(pattern)["search"]
        compiled = vars(pattern)["_compiled"]
        if gated == compiled.search:
            continue
        for text in texts:
            tried += 1
            if gated(text) is None:
                skipped += 1
                assert compiled.search(text) is None, (pattern, text)
                assert list(pattern.finditer(text)) == [] and pattern.sub("x", text) == text
    assert skipped > tried * 0.6


def test_a_case_blind_gate_searches_texts_that_fold_into_its_keys() -> None:
    pattern = lazy(r"\bkiss(?:es)?\b", re.IGNORECASE)
    for text in ("KISS", "Kiss me", "a kıss", "a KİSS", "kiſs", "a \u212aiss"):
        assert pattern.search(text) is not None or re.search(r"\bkiss", text, re.I) is None
        assert bool(pattern.search(text)) == bool(re.search(r"\bkiss(?:es)?\b", text, re.I))
    assert pattern.search("a hug") is None
