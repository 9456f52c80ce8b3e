"""The cue decision and the voice script, pure and table-driven: which phase change rings, and
which line is spoken at which second, computed from the same plan the countdown runs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from coach.session.cues import (
    CueKind,
    Line,
    cue_after,
    cue_for,
    cue_stays,
    track_seconds,
    voice_script,
)
from coach.session.machine import Phase, SessionState
from coach.session.workout import (
    Block,
    BlockKind,
    Prefs,
    Side,
    Style,
    Variant,
    build_plan,
    plan_seconds,
)
from content import cues as c

HOLD = Block(BlockKind.HOLD, 20, Side.RIGHT, 1, 1)
SWITCH = Block(BlockKind.SWITCH, 10, Side.LEFT, 1, 1)
REST = Block(BlockKind.REST, 10, Side.RIGHT, 2, 2)
SETUP = Block(BlockKind.SETUP, 10)


@pytest.mark.parametrize(
    ("prev", "nxt", "prefs", "kind"),
    [
        (HOLD, SWITCH, Prefs(), CueKind.SWITCH),
        (HOLD, None, Prefs(), CueKind.DONE),
        (HOLD, SWITCH, Prefs(cues=False), None),
        (HOLD, None, Prefs(cues=False), None),
        (SETUP, HOLD, Prefs(), None),
        (HOLD, REST, Prefs(), None),
        (REST, HOLD, Prefs(), None),
        (None, SETUP, Prefs(), None),
    ],
)
def test_cue_for(prev: Block | None, nxt: Block | None, prefs: Prefs, kind: CueKind | None) -> None:
    cue = cue_for(prev, nxt, prefs)
    assert (cue.kind if cue else None) is kind
    if kind is CueKind.SWITCH:
        assert cue is not None and cue.text == c.switch_cue("left")


def _state(phase: Phase, index: int, **changes: object) -> SessionState:
    base = SessionState(
        session_id="a",
        user_id=1,
        chat_id=1,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        usual_pain=2,
        phase=phase,
        block_index=index,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


WORK1, WORK2 = _state(Phase.WORK, 1), _state(Phase.WORK, 2)  # right hold, then the switch
LAST = _state(Phase.WORK, 3)
ENDED = _state(Phase.AFTER_PAIN, 4, completed=True)


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        (WORK1, WORK2, CueKind.SWITCH),  # the right hold ran out: switch sides
        (LAST, ENDED, CueKind.DONE),  # the last hold ran out: done
        (WORK2, LAST, None),  # the switch ran out: the left hold shows, no bell
        (WORK1, _state(Phase.PAUSED, 1), None),
        (WORK1, _state(Phase.HURT_PAIN, 1), None),
        (LAST, _state(Phase.AFTER_PAIN, 3, stopped_early=True), None),  # /stop
        (_state(Phase.PAUSED, 1), WORK1, None),  # resumed
        (replace(WORK1, prefs=Prefs(cues=False)), replace(WORK2, prefs=Prefs(cues=False)), None),
    ],
)
def test_cue_after(before: SessionState, after: SessionState, kind: CueKind | None) -> None:
    cue = cue_after(before, after)
    assert (cue.kind if cue else None) is kind


@pytest.mark.parametrize(
    ("state", "stays"),
    [
        (WORK1, True),
        (ENDED, True),
        (_state(Phase.PAUSED, 1), False),
        (_state(Phase.AFTER_PAIN, 3, stopped_early=True), False),
        (_state(Phase.DONE, 4), False),
        (_state(Phase.STOPPED, 2), False),
    ],
)
def test_cue_stays(state: SessionState, stays: bool) -> None:
    assert cue_stays(state) is stays


def _starts(plan: tuple[Block, ...]) -> list[float]:
    at, starts = 0.0, []
    for block in plan:
        starts.append(at)
        at += block.seconds
    return starts


PLANS = {
    (style, variant): build_plan(style, variant, Prefs(setup_seconds=10))
    for style in Style
    for variant in Variant
}


@pytest.mark.parametrize("key", list(PLANS), ids=lambda k: f"{k[0].value}-{k[1].value}")
def test_the_voice_script_speaks_each_block_at_its_start(key: tuple[Style, Variant]) -> None:
    plan = PLANS[key]
    script = voice_script(plan)
    by_time = {line.at: line.text for line in script}
    for block, start in zip(plan, _starts(plan), strict=True):
        text = by_time[start]
        if block.kind is BlockKind.HOLD:
            assert text.startswith(f"{(block.side or Side.RIGHT).value.capitalize()} leg")
            assert f"{round(block.seconds)} seconds" in text
        elif block.kind is BlockKind.SWITCH:
            assert text == c.voice_switch((block.side or Side.LEFT).value)
        elif block.kind is BlockKind.REP:
            if block.side is Side.LEFT:  # a rep's second half
                expected = c.voice_half(Side.LEFT.value)
            elif block.rep_no == 1:
                expected = c.voice_first_rep(Side.RIGHT.value, block.reps_in_set)
            else:
                expected = c.voice_count(block.rep_no)
            assert text == expected
        elif block.kind is BlockKind.REST:
            assert text == c.voice_rest(round(block.seconds))
    assert script[-1] == Line(plan_seconds(plan), c.VOICE_DONE)
    assert track_seconds(plan) == plan_seconds(plan) + 4.0
    times = [line.at for line in script]
    assert times == sorted(times) and len(set(times)) == len(times)  # one line per second


def test_a_hold_counts_down_its_last_five_seconds_and_says_ten() -> None:
    plan = build_plan(Style.HOLD, Variant.STANDARD, Prefs(hold_seconds=20, setup_seconds=10))
    script = {line.at: line.text for line in voice_script(plan)}
    # The right hold runs from 10 s to 30 s: "10 seconds" at 20 s, then 5..1 at 25..29 s.
    assert script[20.0] == c.voice_seconds_left(10)
    assert [script[25.0 + k] for k in range(5)] == [c.voice_count(n) for n in (5, 4, 3, 2, 1)]
    assert script[30.0] == c.voice_switch("left")
    assert script[40.0] == c.voice_hold("left", 20, 1, 1)


def test_gentle_holds_say_which_hold_and_rest_between() -> None:
    plan = PLANS[(Style.HOLD, Variant.GENTLE)]
    script = {line.at: line.text for line in voice_script(plan)}
    assert script[10.0] == c.voice_hold("right", 15, 1, 2)
    assert script[25.0] == c.voice_rest(10)
    assert script[35.0] == c.voice_hold("right", 15, 2, 2)
    assert script[50.0] == c.voice_switch("left")


def test_flow_counts_each_rep_at_its_start() -> None:
    plan = PLANS[(Style.FLOW, Variant.STANDARD)]
    script = {line.at: line.text for line in voice_script(plan)}
    # Flow alternates: each rep is the right leg's half, then the left's (4 s each)
    assert script[10.0] == c.voice_first_rep("right", 8)
    assert [script[10.0 + 8 * k] for k in range(1, 8)] == [c.voice_count(n) for n in range(2, 9)]
    assert [script[14.0 + 8 * k] for k in range(8)] == [c.voice_half("left")] * 8
    assert script[74.0] == c.voice_rest(30)
    assert script[104.0] == c.voice_first_rep("right", 8)
