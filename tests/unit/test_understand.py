"""A long message is understood in a worker thread, an ordinary one on the event loop."""

from __future__ import annotations

import threading

import pytest

from service.understand import LONG_TEXT, understood


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
