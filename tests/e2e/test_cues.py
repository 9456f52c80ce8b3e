"""Sound cues through the emulator: a session with cues on gets a new (notifying) message when
the sides switch and when the timed part ends; each cue is deleted when the next cue or the end
comes; none is sent after /stop."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from coach.session.machine import Phase
from content import cues
from content import texts as t
from playground.client import ChatMessage, EmulatorClient, SimUser
from tests.conftest import BotFactory, make_settings
from tests.e2e.story import (
    assert_polite,
    head,
    onboard,
    plain,
    screen,
    session_state,
    together,
)

SCALE = 0.25  # a 20 s hold lasts 5 s, the switch 2.5 s

SWITCH = plain(cues.switch_cue("left"))
DONE = plain(cues.DONE_CUE)


def _cues(messages: list[ChatMessage]) -> list[ChatMessage]:
    return [m for m in messages if m.kind == "text" and (m.text or "").startswith("🔔")]


async def _start(user: SimUser) -> ChatMessage:
    await onboard(user)
    ready = await screen(user, pain=2)
    await user.press_text(ready, t.START_NOW)
    return ready


@pytest.mark.long
async def test_cues_ring_at_the_switch_and_the_end_and_never_after_stop(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    slow = make_settings(tmp_path, time_scale=SCALE)

    async def completes(user: SimUser) -> None:
        await _start(user)
        switch = await user.wait_for_text(SWITCH, timeout=20)
        assert switch.kind == "text" and not switch.edits  # a new message: it notifies
        asked = await user.wait_for_text(head(t.AFTER_PAIN_PROMPT), timeout=20)
        done = await user.wait_for_text(DONE, timeout=10)
        assert done.message_id > asked.message_id  # the question first, then the bell
        every = await user.bot_messages(include_deleted=True)
        assert [plain(m.text or "") for m in _cues(every)] == [SWITCH, DONE]
        # The switch cue went when the end cue came; the end cue stays until the answer.
        shown = _cues(await user.bot_messages())
        assert [m.message_id for m in shown] == [done.message_id]
        await user.press_text(asked, "1")
        await user.wait_for_text(t.summary_line(t.STYLE_HOLD, False, 2, 1))
        for _ in range(50):
            if not _cues(await user.bot_messages()):
                break
            await asyncio.sleep(0.1)
        assert _cues(await user.bot_messages()) == []  # the chat is clean again

    async def stops(user: SimUser) -> None:
        await _start(user)
        await user.wait_for_text(SWITCH, timeout=20)
        await user.send("/stop")
        await user.wait_for_text(head(t.STOPPED_EARLY_PAIN_PROMPT))
        await session_state(slow, user.user_id, Phase.AFTER_PAIN)
        await asyncio.sleep(12 * SCALE + 2)  # past when the left hold would have ended
        every = await user.bot_messages(include_deleted=True)
        assert [plain(m.text or "") for m in _cues(every)] == [SWITCH]  # no end cue
        assert _cues(await user.bot_messages()) == []  # and the switch cue was cleared

    async with make_bot(settings_=slow):
        await together(completes(client.user(1701)), stops(client.user(1702)))
    # The cues took the chat's slot like any message: one a second, no 429, no error (a
    # failed delete would count as one).
    await assert_polite(client, [1701, 1702])
