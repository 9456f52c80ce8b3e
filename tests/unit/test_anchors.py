"""Literal anchors (`coach.questions.anchors`): a rule they skip never matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coach.questions import anchors as anchors_module
from coach.questions import triage
from coach.questions.anchors import anchor_sets, anchors, cached_anchors, grams
from tests.probes import each

EVAL = Path(__file__).resolve().parents[2] / "benchmarks" / "eval"


def _messages() -> list[str]:
    texts: list[str] = []
    for path in sorted(EVAL.glob("*.jsonl")):
        texts += [json.loads(line)["q"] for line in path.read_text().splitlines() if line.strip()]
    return texts


@each(
    "pattern, phrases, count",
    [
        (r"\b(?:numb bum|cannot feel)\b", ("numb bum", "cannot feel"), 2),  # one per phrasing
        (r"\b(?:left|right) zygotes?\b", (" zygote",), 1),  # the rarer run, after the group
        (r"\b(?:(?:left|right) \w+)\b", ("left", "right"), 2),  # every branch of the group
        (r"\bwet(?: myself)?\b", ("wet",), 1),  # an optional part is no anchor
        (r"\b(?:foo)+bar\b", ("foo", "bar"), 1),  # a repeat at least once is one
        (r"\bpain(?=\w)", ("pain",), 1),
    ],
)
def test_anchors_are_pieces_every_match_contains(
    pattern: str, phrases: tuple[str, ...], count: int
) -> None:
    found = anchors(re.compile(pattern))
    assert found is not None and len(found) == count, found
    for anchor in found:
        assert any(anchor in phrase for phrase in phrases), anchor


@each(
    "pattern",
    [
        r"\b\w+ed\b",  # no plain run of three characters
        r"\b(?:numb|ok)\b",  # one phrasing without one
        r"\b(?:lo)?ud\b",
    ],
)
def test_a_pattern_without_a_sure_piece_has_no_anchors(pattern: str) -> None:
    assert anchors(re.compile(pattern)) is None
    assert anchors(re.compile("numb", re.IGNORECASE)) is None  # case-folded text would differ


@each(
    "pattern, sets",
    [
        # a phrasing's pieces of five characters, end to end (the last one overlapping)
        (r"\b(?:numb bum|cannot feel)\b", [{"numb ", "b bum"}, {"canno", "t fee", " feel"}]),
        # every run a phrasing goes through, with one of each group's
        (r"\b(?:left|right) zygotes?\b", [{"left", " zygo", "ygote"}, {"right", " zygo", "ygote"}]),
        (r"\bwet(?: myself)?\b", [{"wet"}]),  # an optional part is no anchor
        (r"\b(?:foo)+bar\b", [{"foo", "bar"}]),  # a repeat at least once is one
    ],
)
def test_anchor_sets_are_the_pieces_a_phrasing_needs_together(
    pattern: str, sets: list[set[str]]
) -> None:
    found = anchor_sets(re.compile(pattern))
    assert found is not None and sorted(map(sorted, found)) == sorted(map(sorted, sets)), found
    assert anchor_sets(r"\b(?:numb|ok)\b") is None  # one phrasing without a sure piece


def test_grams_are_every_short_piece_of_the_text() -> None:
    pieces = grams("a numb leg")
    assert {"a n", "numb", "numb ", " leg", "b leg"} <= pieces
    assert "a numb" not in pieces and "ab" not in pieces
    assert grams("ok") == frozenset()


def test_almost_every_rule_has_anchors() -> None:
    # the pre-check is what keeps triage fast: a rule without anchors is searched every time
    unanchored = [rule.sign for rule in triage.RULES if rule.anchors is None]
    assert len(unanchored) <= 3, unanchored


@pytest.mark.long
def test_a_rule_the_anchors_skip_never_matches() -> None:
    """300 of the messages of our evaluation sets, spread evenly (all kinds, all sets; a 48th,
    524 of them, took 15 s by the twenty-fourth session),
    prepared as triage does, and each one's first clause: no rule its anchors skip matches. (A
    twelfth took 24 s of the test command's CPU, a 24th 11 s by the fifteenth session; the
    anchors are derived from the patterns, which
    `test_anchor_sets_are_the_pieces_a_phrasing_needs_together` checks.)"""
    skipped = 0
    every = _messages()
    for text in every[:: len(every) // 300]:
        prepared = triage._prepare(text)
        for piece in (prepared, prepared.split(" and ")[0]):
            seen = grams(piece)
            for rule in triage.RULES:
                if not rule.may_match(seen):
                    skipped += 1
                    assert rule.pattern.search(piece) is None, (rule.sign, piece)
    assert skipped > 100_000  # the check did run, over many skipped rules


def test_the_anchor_index_offers_exactly_the_rules_that_may_match() -> None:
    """`triage._may_match` looks the rules up from a text's pieces: the same rules, in rule
    order, as trying `_Rule.may_match` on each (a sixteenth of the evaluation messages)."""
    for text in _messages()[3::16]:
        seen = grams(triage._prepare(text))
        assert triage._may_match(seen) == [r for r in triage.RULES if r.may_match(seen)], text


def test_a_step_that_sets_words_aside_is_skipped_only_where_it_cannot_match() -> None:
    """`triage._set_aside` tries only the steps its index offers for the clause as blanked so
    far, and `triage._hard` only the hard rules its index offers: every step left out finds
    nothing, and the hard rules offered are those that `_Rule.may_match` (whose anchors the test
    above checks), in a 48th of the evaluation messages, whole and by clause."""
    skipped = 0
    for text in _messages()[7::48]:
        prepared = triage._prepare(text)
        for piece in (prepared, *prepared.split(",")):
            seen = grams(piece)
            offered = set(triage._DISMISS_INDEX.may_match(seen))
            for index, (pattern, _) in enumerate(triage._DISMISS_STEPS):
                if index not in offered:
                    skipped += 1
                    assert pattern.search(piece) is None, (pattern.pattern[:60], piece)
            hard = [triage._HARD_RULES[i] for i in triage._HARD_INDEX.may_match(seen)]
            assert hard == [r for r in triage._HARD_RULES if r.may_match(seen)], piece
    assert skipped > 30_000  # the check did run, over many skipped steps


def test_a_message_no_reading_sees_gets_no_sign_by_the_full_path_either() -> None:
    """`triage.triage` answers a message no rule matches (read whole, its checklist's answers
    read or not) without the later steps: for each such message of every sixteenth of our
    evaluation messages, the full path gives no sign and asks nothing either."""
    answered_early = 0
    for text in _messages()[5::16]:
        if triage._nothing_to_weigh(text):
            answered_early += 1
            assert triage._weighed(text) == triage.Triage(triage.TriageLevel.NONE, ()), text
    assert answered_early > 150  # the check did run, over many messages


@each(
    "text",
    [
        "Feeling in my legs? none",  # the checklist's answer read as a loss: never answered early
        "sensation between my legs? nothing at all",
    ],
)
def test_a_checklist_answer_that_tells_a_loss_is_weighed(text: str) -> None:
    assert not triage._nothing_to_weigh(text)
    assert triage.triage(text).level is triage.TriageLevel.EMERGENCY


def test_every_rule_carries_the_anchors_of_its_own_pattern() -> None:
    """What `cached_anchors` kept is what reading the pattern gives, for every rule."""
    assert all(rule.anchors == anchor_sets(rule.source) for rule in triage.RULES)


def test_the_anchor_file_is_rewritten_when_broken_and_its_absence_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = [r"\b(?:numb bum|cannot feel)\b", r"\b\w+ed\b"]
    expected = [anchor_sets(pattern) for pattern in patterns]
    monkeypatch.setattr(anchors_module, "_CACHE_DIR", tmp_path)
    assert cached_anchors("probe", patterns) == expected  # no file yet: read, then written
    [written] = tmp_path.glob("anchors-probe-*.json")
    assert set(json.loads(written.read_text())) == set(patterns)
    written.write_text("{not json")
    assert cached_anchors("probe", patterns[:1]) == expected[:1]
    assert set(json.loads(written.read_text())) == set(patterns[:1])  # only what was asked
    assert cached_anchors("probe", patterns) == expected  # from the file, and the new one
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setattr(anchors_module, "_CACHE_DIR", blocked / "cache")  # cannot be made
    assert cached_anchors("probe", patterns) == expected


def test_the_bots_start_compiles_every_rule_one_step_at_a_time() -> None:
    """`handlers.questions.startup` steps through `compile_rules` on the event loop: one step
    per rule, and every rule compiled at the end."""
    assert sum(1 for _ in triage.compile_rules()) == len(triage.RULES)
    assert all({"pattern", "requires", "unless"} <= set(vars(rule)) for rule in triage.RULES)
