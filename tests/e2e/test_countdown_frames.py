"""The countdown's frames at the README's TIME_SCALE (0.1), against the emulator at Telegram's
own rates (issue 17 item 2): every phase is shown, however short; a phase's first frame never
goes out before its start; no message in the chat sooner than a second after the last; no edit
identical to the one before."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.settings import Settings
from coach.session import view as views
from coach.session.machine import Phase, SessionState
from coach.session.workout import DEFAULT_PREFS, BlockKind, Prefs, Style
from content import texts as t
from playground.client import ChatMessage, Edit, EmulatorClient, SimUser
from tests.conftest import BotFactory, make_settings
from tests.e2e.story import (
    assert_polite,
    block_schedule,
    head,
    live_message,
    message_times,
    onboard,
    plain,
    screen,
    seed_onboarded,
    session_state,
    together,
)

SCALE = 0.1  # the README's scale for trying it: a 20 s hold lasts 2 s, a 4 s rep 0.4 s
# Real seconds a phase's first frame may seem early: the phase start is computed in the bot,
# the frame's time is taken in the emulator. (Gaps between messages get no such allowance:
# our limiter starts a chat's next message a second after the answer to the last one, so a
# strict server sees at least 1.0 s between arrivals, whatever the jitter.)
JITTER = 0.1


def _header(content: str) -> str:
    """A frame's lines above its "⏱" line: the phase it shows (title, set, what comes next)."""
    lines = content.splitlines()
    return "\n".join(lines[: next(i for i, line in enumerate(lines) if line.startswith("⏱"))])


def _headers(state: SessionState) -> list[str]:
    """The header of each block of the plan, as its first frame shows it."""
    headers = []
    for index, (start, deadline) in enumerate(block_schedule(state)):
        at = replace(state, block_index=index, block_started_at=start, deadline=deadline)
        headers.append(_header(plain(views.render(at, datetime.fromtimestamp(start, UTC)).text)))
    return headers


def _must_show(state: SessionState) -> list[int]:
    """Every block but a rep followed by another rep (those may be coalesced at this scale)."""
    plan = state.plan
    return [
        i
        for i, block in enumerate(plan)
        if not (
            block.kind is BlockKind.REP and i + 1 < len(plan) and plan[i + 1].kind is BlockKind.REP
        )
    ]


def _check(live: ChatMessage, state: SessionState) -> None:
    headers, schedule = _headers(state), block_schedule(state)
    frames: list[Edit] = [e for e in live.edits if "⏱" in e.content]
    shown: list[int] = []
    for frame in frames:
        header = _header(frame.content)
        assert header in headers, header
        # the same header twice (a rep's title repeats across sets): the next one not yet past
        index = next(i for i, h in enumerate(headers) if h == header and i >= max(shown, default=0))
        if not shown or shown[-1] != index:
            start = schedule[index][0]
            assert start - JITTER <= frame.at, (header, frame.at - start)  # never early
        shown.append(index)
    assert shown == sorted(shown), shown  # phases in order
    missing = [headers[i] for i in _must_show(state) if i not in shown]
    assert not missing, missing  # every phase shown: each hold, switch, rest, run of reps
    # no edit identical to the one before (Telegram: "message is not modified")
    for before, after in itertools.pairwise(live.edits):
        assert (before.content, before.media, before.reply_markup) != (
            after.content,
            after.media,
            after.reply_markup,
        )


def _paced(times: list[float]) -> None:
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 1.0, [round(g, 3) for g in gaps]  # strict: measured at the server


@pytest.mark.real_rates
async def test_every_phase_is_shown_at_the_readmes_scale_at_one_message_a_second(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    settings: Settings = make_settings(tmp_path, time_scale=SCALE)
    runs: dict[int, tuple[ChatMessage, SessionState]] = {}

    async def run(user: SimUser, style: Style) -> None:
        # Onboarded in the database (its screen is another story); Flow in two sets, not
        # three: every kind of phase, 9 s sooner.
        flow = style is Style.FLOW
        seed_onboarded(settings, user.user_id, style, Prefs(sets=2) if flow else DEFAULT_PREFS)
        ready = await screen(user, pain=2)
        await user.press_text(ready, t.START_NOW)
        state = await session_state(settings, user.user_id, Phase.WORK)
        await user.wait_for_text(head(t.AFTER_PAIN_PROMPT), timeout=60)
        runs[user.user_id] = (await live_message(user, ready.message_id), state)

    async with make_bot(settings_=settings):
        await together(run(client.user(1701), Style.HOLD), run(client.user(1702), Style.FLOW))
        counters = await assert_polite(client, [1701, 1702])

    for user_id, (live, state) in runs.items():
        _check(live, state)
        _paced(message_times(counters, user_id))


@pytest.mark.long
async def test_a_stopped_countdown_never_reads_as_finished_and_the_question_goes_first(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """Issue 17 item 3: after "It hurts" or /stop mid-hold, the question that matters is sent
    first; the old countdown is then edited once to say where it stopped, and never reads
    "0 s" with a full bar."""
    settings = make_settings(tmp_path, time_scale=0.25)  # a 20 s hold lasts 5 s

    async def stopped(user: SimUser, hurts: bool) -> None:
        await onboard(user)
        ready = await screen(user, pain=2)
        await user.press_text(ready, t.START_NOW)
        live = await user.wait_for(lambda m: m.content.startswith(t.hold_title(t.RIGHT, 1, 1)))
        await user.wait_for(
            lambda m: m.message_id == live.message_id and len(m.edits) > len(live.edits)
        )  # the countdown runs: at least one more frame
        if hurts:
            await user.press_text(live, t.HURTS)
            asked = await user.wait_for_text(head(t.HURT_PROMPT))
        else:
            await user.send("/stop")
            asked = await user.wait_for_text(head(t.STOPPED_EARLY_PAIN_PROMPT))
        retired = await user.wait_for(
            lambda m: m.message_id == live.message_id and m.labels == [], fresh=False
        )
        last = retired.edits[-1]
        assert asked.seq < last.seq  # the question took the chat's slot first
        assert plain(t.stopped_text(1)).split(" with")[0] in last.content, last.content
        assert views.progress_bar(1.0) not in last.content
        assert all(plain(t.remaining_line(0)) not in e.content for e in retired.edits)

    async with make_bot(settings_=settings):
        await together(stopped(client.user(1711), True), stopped(client.user(1712), False))
        await assert_polite(client, [1711, 1712])
