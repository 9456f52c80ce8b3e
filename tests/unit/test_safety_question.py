"""The conditional safety question (issue 13): stateless, versioned buttons; typed yes / no;
a second answer to the same question is recognised."""

from __future__ import annotations

import pytest

from coach import callbacks
from coach.questions.triage import ALL_SIGNS, TriageLevel, triage
from coach.questions.view import (
    ANSWERED_KEPT,
    SIGN_CODES,
    PendingSafety,
    SafetyQuestions,
    decode_safety,
    encode_safety,
    safety_ask_view,
    safety_asked_view,
    safety_token,
    yes_no,
)
from content.safety import SAFETY_ASK_NO, SAFETY_ASK_SOMEONE_ELSE, SAFETY_ASK_YES

E, C, S = TriageLevel.EMERGENCY, TriageLevel.CLINICIAN, TriageLevel.STOP_PAIN


@pytest.mark.parametrize(
    ("level", "signs"),
    [
        (E, ("both_legs",)),
        (C, ("numbness", "tingling")),
        (S, ("popped",)),
        (E, ALL_SIGNS[:6]),
        (C, SIGN_CODES[-6:]),  # the longest numbers
        (C, ()),
    ],
)
def test_buttons_round_trip_within_64_bytes(level: TriageLevel, signs: tuple[str, ...]) -> None:
    token = safety_token(2_147_483_647)
    for yes in (True, False):
        data = encode_safety(token, yes, level, signs)
        assert len(data.encode()) <= callbacks.MAX_BYTES
        decoded = decode_safety(data)
        assert decoded is not None
        assert (decoded.token, decoded.yes, decoded.level, decoded.signs) == (
            token,
            yes,
            level,
            signs,
        )
        assert not decoded.others
        told_of_others = decode_safety(encode_safety(token, yes, level, signs, others=True))
        assert told_of_others is not None and told_of_others.others
        assert told_of_others.level is level and told_of_others.signs == signs


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "k0:abc:y:e:0",  # an older version
        "q1:abc:y:e:0",  # another feature
        "k1:abc:y:e",  # a field missing
        "k1:abc:maybe:e:0",
        "k1:abc:y:x:0",
        "k1:abc:y:e:999",
        "k1:abc:y:e:1.a",
        "k1:a-c:y:e:0",
        "k1:abc:y:e:0:extra",
        "k1:" + "a" * 70,
    ],
)
def test_malformed_or_stale_data_is_refused(data: str | None) -> None:
    assert decode_safety(data) is None


def test_the_view_asks_with_two_buttons_and_the_answered_view_has_none() -> None:
    result = triage("my husband has numbness in his leg")
    assert result.ambiguous
    view = safety_ask_view(result, "1z")
    assert [row[0].label for row in view.buttons] == [SAFETY_ASK_YES, SAFETY_ASK_NO]
    yes = decode_safety(view.buttons[0][0].data)
    assert yes is not None and yes.yes and yes.level is result.level
    answered = safety_asked_view(result.level, result.signs, False)
    assert answered.buttons == () and SAFETY_ASK_NO in answered.text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("yes", True),
        ("Yes!", True),
        ("YEP", True),
        ("yeah it is", True),
        ("it's happening now", True),
        ("right now", True),
        ("no", False),
        ("No, I meant something else", False),
        ("nope that was last year", False),
        ("it isn't", False),
        ("not now", False),
        ("it was months ago", False),
        ("not sure", None),
        ("maybe", None),
        ("how long do I hold it", None),
        ("", None),
        ("👍", None),
        ("yes " * 20, None),
    ],
)
def test_typed_answers(text: str, said: bool | None) -> None:
    assert yes_no(text) is said


def test_a_question_is_answered_once() -> None:
    questions = SafetyQuestions()
    questions.pending = PendingSafety("a1", "text", C, ("numbness",))
    assert questions.settle("a1") is True
    assert questions.pending is None
    assert questions.settle("a1") is False  # a second press
    for i in range(ANSWERED_KEPT):
        questions.settle(f"t{i}")
    assert questions.settle("a1") is True  # long forgotten: the stateless button acts again


@pytest.mark.parametrize(("message_id", "token"), [(0, "0"), (35, "z"), (36, "10"), (-5, "5")])
def test_tokens_are_base_36(message_id: int, token: str) -> None:
    assert safety_token(message_id) == token


def test_every_sign_has_a_button_number() -> None:
    assert sorted(SIGN_CODES) == sorted(ALL_SIGNS)
    assert len(set(SIGN_CODES)) == len(SIGN_CODES)


def test_a_button_sent_before_an_upgrade_keeps_its_signs() -> None:
    # numbers as sent since the buttons were made: a sign added later (stroke_signs, 2026-12-05)
    # is appended, so 14.15 stays numbness and tingling and 8 stays fever
    assert SIGN_CODES.index("numbness") == 14
    assert SIGN_CODES.index("tingling") == 15
    decoded = decode_safety("k1:abc:y:c:14.15.8")
    assert decoded is not None
    assert decoded.signs == ("numbness", "tingling", "fever_unwell")
    assert SIGN_CODES[:8] == (
        "saddle_numbness",
        "bladder",
        "bowel",
        "both_legs",
        "leg_weakening",
        "serious_trauma",
        "chest_pain",
        "breathing_difficulty",
    )
    assert SIGN_CODES[-2:] == ("stroke_signs", "unsure")


@pytest.mark.parametrize(
    ("text", "call_for_them"),
    [
        ("my wife has crushing chest pain right now", True),
        ("my dad just collapsed and is not breathing properly", True),
        ("my mum's face has slipped down on one side and her speech is slurred", True),
        ("my husband has a numb leg today", False),  # not a sign to call an ambulance for
        ("my legs feel heavy after the long walk yesterday, ok tonight?", False),  # my own
    ],
)
def test_someone_elses_sign_tells_the_writer_to_call_for_them_when_it_calls_for_help(
    text: str, call_for_them: bool
) -> None:
    result = triage(text)
    assert result.ambiguous
    view = safety_ask_view(result, "1z")
    assert (SAFETY_ASK_SOMEONE_ELSE in view.text) is call_for_them
    assert view.text.startswith(SAFETY_ASK_SOMEONE_ELSE) is call_for_them  # the urgent line first
    no = decode_safety(view.buttons[-1][0].data)
    assert no is not None and no.others is (result.context == "someone_else")
    answered = safety_asked_view(no.level, no.signs, False, no.others)
    assert (SAFETY_ASK_SOMEONE_ELSE in answered.text) is call_for_them
