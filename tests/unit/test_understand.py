"""A long message is understood in a worker thread, an ordinary one on the event loop, where it
is understood ahead while its update is claimed (`app.updates`)."""

from __future__ import annotations

import threading

import pytest

from coach.questions.answers import answer
from coach.questions.triage import triage
from coach.questions.view import question_view
from service.understand import LONG_TEXT, REMEMBERED, ahead, understood


@pytest.mark.parametrize(
    ("length", "on_the_loop"),
    [(1, True), (LONG_TEXT, True), (LONG_TEXT + 1, False), (4096, False)],
)
async def test_only_a_long_text_leaves_the_event_loop(length: int, on_the_loop: bool) -> None:
    loop_thread = threading.get_ident()
    text = "x" * length
    ran_in = await understood(text, lambda: (len(text), threading.get_ident()))
    assert ran_in[0] == length
    assert (ran_in[1] == loop_thread) is on_the_loop


AHEAD = [
    "how long should I hold the stretch?",
    "numbness in both legs since this morning",
    "my dad had a fever last week, can I do the twist?",
    "3",
    "help",
]


@pytest.mark.parametrize("text", AHEAD)
def test_understood_ahead_is_what_each_feature_would_work_out(text: str) -> None:
    found = ahead(text)
    assert found is not None and found.text == text
    assert found.triage == triage(text)
    assert found.answer == answer(text)
    view = question_view(text, token="7", triaged=found.triage, answered=found.answer)
    assert view == question_view(text, token="7")


@pytest.mark.parametrize("text", ["", "x" * (LONG_TEXT + 1)])
def test_nothing_is_understood_ahead_for_an_empty_or_long_text(text: str) -> None:
    assert ahead(text) is None


def test_a_text_typed_again_is_remembered_and_the_memory_is_bounded() -> None:
    first = ahead("how long should I hold the stretch?")
    assert ahead("how long should I hold the stretch?") is first  # worked out once
    for i in range(REMEMBERED):
        ahead(f"how many times a day is right, {i}?")
    again = ahead("how long should I hold the stretch?")
    assert again is not first and again == first  # forgotten, then worked out the same again
    assert ahead("numbness in both legs since this morning") != again
