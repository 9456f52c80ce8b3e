"""Countdown frames: planned from the deadline, at most one per min_interval, no number shown
twice in a row, the final frame exactly at the deadline."""

from __future__ import annotations

import itertools

import pytest

from coach.session.countdown import (
    Frame,
    PausedClock,
    frame_skew,
    next_frame,
    plan_frames,
    remaining_display,
    shows_end_time,
    shows_phase,
    tick_interval,
)
from coach.session.workout import BlockKind

POSIX_NOW = 1_767_225_600.123  # a realistic POSIX timestamp: float rounding is coarse here


def check_invariants(
    frames: tuple[Frame, ...], start: float, deadline: float, min_interval: float, scale: float
) -> None:
    assert frames, "a countdown always has its final frame"
    final = frames[-1]
    assert final.final and final.remaining == 0 and final.at == deadline
    assert all(not f.final for f in frames[:-1])
    for earlier, later in itertools.pairwise(frames):
        assert later.at - earlier.at >= min_interval - 1e-6
        assert later.remaining < earlier.remaining
    for frame in frames[:-1]:
        assert start <= frame.at < deadline
        assert frame.remaining >= 1
        assert frame.remaining == remaining_display(frame.at, deadline, scale)
        if frame is not frames[0]:  # a later frame shows its number as soon as it appears
            assert remaining_display(frame.at - 0.01 * scale, deadline, scale) > frame.remaining
    if deadline - start >= min_interval:
        assert frames[0].at == start
        assert frames[0].remaining == remaining_display(start, deadline, scale)
    else:
        assert len(frames) == 1


@pytest.mark.parametrize("start", [0.0, 12.5, POSIX_NOW])
@pytest.mark.parametrize("min_interval", [1.0, 0.5, 2.0])
@pytest.mark.parametrize("scale", [0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0])
def test_invariants_hold_for_many_durations_and_scales(start, min_interval, scale):
    for seconds in (0.2, 0.5, 1, 2, 3.3, 4, 5, 10, 15, 20, 29.5, 30, 60, 300):
        deadline = start + seconds * scale
        frames = plan_frames(start, deadline, min_interval, scale)
        check_invariants(frames, start, deadline, min_interval, scale)


def test_a_30_second_hold_at_real_time_counts_every_second():
    frames = plan_frames(100.0, 130.0)
    assert [f.remaining for f in frames] == [*range(30, 0, -1), 0]
    assert [f.at for f in frames] == [100.0 + i for i in range(31)]


def test_small_time_scale_skips_numbers_but_keeps_the_final_frame():
    # 30 exercise seconds at scale 0.1 last 3 real seconds: one edit per real second.
    frames = plan_frames(0.0, 3.0, 1.0, 0.1)
    assert frames == (Frame(0.0, 30), Frame(1.0, 20), Frame(2.0, 10), Frame(3.0, 0, True))


def test_a_block_shorter_than_the_interval_gets_only_its_final_frame():
    assert plan_frames(5.0, 5.2) == (Frame(5.2, 0, True),)


def test_after_a_fractional_start_frames_land_where_a_number_appears():
    # e.g. resumed with 3.5 s left: "4" now; "3" appeared too soon (0.5 s), so "2" at 1.5 s.
    assert plan_frames(0.0, 3.5) == (
        Frame(0.0, 4),
        Frame(1.5, 2),
        Frame(2.5, 1),
        Frame(3.5, 0, True),
    )


def test_posix_rounding_never_skips_a_second():
    frames = plan_frames(POSIX_NOW, POSIX_NOW + 30.0)
    assert [f.remaining for f in frames] == [*range(30, 0, -1), 0]


@pytest.mark.parametrize(
    ("now", "deadline", "scale", "shown"),
    [
        (0.0, 30.0, 1.0, 30),
        (0.1, 30.0, 1.0, 30),
        (1.0, 30.0, 1.0, 29),
        (29.99, 30.0, 1.0, 1),
        (30.0, 30.0, 1.0, 0),
        (31.0, 30.0, 1.0, 0),
        (0.0, 1.5, 0.05, 30),
        (1.0, 1.5, 0.05, 10),
        (POSIX_NOW, POSIX_NOW + 20 * 0.05, 0.05, 20),
    ],
)
def test_remaining_display_is_in_exercise_seconds(now, deadline, scale, shown):
    assert remaining_display(now, deadline, scale) == shown


def test_next_frame_for_live_use():
    # nothing sent yet: show now
    assert next_frame(0.0, 10.0, None, None) == Frame(0.0, 10)
    # just sent "10" at 0: the next is "9" at 1
    assert next_frame(0.2, 10.0, 10, 0.0) == Frame(1.0, 9)
    # woke up late at 4.3 after sending "9": show the current number now
    assert next_frame(4.3, 10.0, 9, 1.0) == Frame(4.3, 6)
    # resumed with 9.5 s left, "10" shown at 0: "9" first appears at 0.5, too soon; "8" at 1.5
    assert next_frame(0.0, 9.5, 10, 0.0) == Frame(1.5, 8)
    # too close to the deadline for another number: the final frame is next
    assert next_frame(9.5, 10.0, 1, 9.0) == Frame(10.0, 0, True)
    # past the deadline: the final frame is due now
    assert next_frame(12.0, 10.0, 3, 7.0) == Frame(12.0, 0, True)
    # final already shown
    assert next_frame(12.0, 10.0, 0, 10.0) is None


def test_bad_arguments():
    with pytest.raises(ValueError):
        plan_frames(0.0, 10.0, 0.0)
    with pytest.raises(ValueError):
        remaining_display(0.0, 1.0, 0.0)


def test_pause_keeps_the_remaining_time_and_resume_sets_a_new_deadline():
    clock = PausedClock(deadline=130.0)
    paused = clock.pause(now=118.0)
    assert paused.paused and paused.remaining == 12.0 and paused.deadline is None
    assert paused.pause(now=500.0) == paused  # pausing twice changes nothing
    resumed = paused.resume(now=1000.0)
    assert resumed == PausedClock(deadline=1012.0)
    assert resumed.resume(now=2000.0) == resumed
    assert PausedClock(deadline=10.0).pause(now=11.0).remaining == 0.0


R, H, S = BlockKind.REP, BlockKind.HOLD, BlockKind.SWITCH
# kind, the next block's kind, now, deadline, last message at, min interval -> own first frame
SHOWS_PHASE = [
    # every block with a frame interval left is shown
    (R, R, 10.0, 11.0, 9.5, 1.0, True),
    (H, S, 10.0, 12.0, 9.9, 1.0, True),
    # shorter than the interval: a SWITCH, a HOLD, the set-up and a rest are still shown
    (S, H, 10.0, 10.5, 9.9, 1.0, True),
    (H, None, 10.0, 10.2, 9.9, 1.0, True),
    (BlockKind.SETUP, R, 10.0, 10.5, None, 1.0, True),
    (BlockKind.REST, R, 10.0, 10.3, 9.95, 1.0, True),
    # a short rep: shown when the chat's slot is free, else coalesced into a later rep's frame
    (R, R, 10.0, 10.2, 9.0, 1.0, True),
    (R, R, 10.0, 10.2, None, 1.0, True),
    (R, R, 10.0, 10.2, 9.5, 1.0, False),
    (R, R, 10.0, 10.9, 9.1, 1.0, False),
    (R, R, 10.0, 10.2, 9.5, 0.5, True),
    # ...but the last rep of a run (before a switch, a rest or the end) always is
    (R, S, 10.0, 10.2, 9.5, 1.0, True),
    (R, BlockKind.REST, 10.0, 10.2, 9.9, 1.0, True),
    (R, None, 10.0, 10.2, 9.9, 1.0, True),
]


@pytest.mark.parametrize(
    ("kind", "following", "now", "deadline", "last", "interval", "expected"), SHOWS_PHASE
)
def test_every_phase_but_a_short_rep_in_a_busy_chat_is_shown(
    kind: BlockKind,
    following: BlockKind | None,
    now: float,
    deadline: float,
    last: float | None,
    interval: float,
    expected: bool,
) -> None:
    assert shows_phase(kind, following, now, deadline, last, interval) is expected


@pytest.mark.parametrize(
    ("running", "backlog", "expected"),
    [
        (1, 0.0, 1.0),
        (20, 0.0, 1.0),  # 20 countdowns, 20 frames a second: they fit
        (21, 0.0, 5.0),
        (100, 0.0, 5.0),
        (101, 0.0, 10.0),
        (1000, 0.0, 10.0),  # never slower than every 10 s
        (1, 1.0, 5.0),  # other traffic fills the budget
        (300, 3.0, 10.0),
    ],
)
def test_ticks_degrade_evenly_under_load(running: int, backlog: float, expected: float) -> None:
    assert tick_interval(running, 20.0, backlog) == expected


@pytest.mark.parametrize(
    ("running", "backlog", "shows"),
    [
        (1, 0.0, False),  # every second: the number is enough
        (20, 0.0, False),
        (21, 0.0, True),  # every 5 s: "until 07:31:20" too
        (101, 0.0, True),  # every 10 s
        (1, 1.0, True),
    ],
)
def test_a_degraded_countdown_shows_its_end_time(running: int, backlog: float, shows: bool) -> None:
    assert shows_end_time(tick_interval(running, 20.0, backlog)) is shows


def test_the_voice_tracks_five_seconds_show_the_end_time_too() -> None:
    assert shows_end_time(5.0) and not shows_end_time(1.0) and not shows_end_time(0.5)


def test_countdowns_started_together_tick_at_spread_moments() -> None:
    skews = sorted(frame_skew(key, 5.0) for key in range(1, 301))
    assert all(0.0 <= s < 4.0 for s in skews)
    assert skews[-1] - skews[0] > 3.9  # spread over the whole range
    assert max(b - a for a, b in itertools.pairwise(skews)) < 0.1  # evenly
    assert frame_skew(7, 1.0) == 0.0  # at full speed every number shows when it appears


def test_a_degraded_countdown_still_counts_evenly() -> None:
    """At 5 s a frame, a 20 s hold shows 20, 15, 10, 5 and its end: no long freeze."""
    frames = plan_frames(0.0, 20.0, tick_interval(50, 20.0))
    assert [f.remaining for f in frames] == [20, 15, 10, 5, 0]
    assert [f.at for f in frames] == [0.0, 5.0, 10.0, 15.0, 20.0]


def test_a_degraded_countdown_ticks_until_a_second_before_its_end() -> None:
    """Every 10 s, skewed 3 s: a 20 s hold ticks at 7 s and 17 s (not 7 s, then a 13 s
    freeze): no frame is ever more than the interval after the one before."""
    first = next_frame(0.0, 20.0, 20, -3.0, 10.0, room=1.0)
    assert first == Frame(at=7.0, remaining=13)
    second = next_frame(7.0, 20.0, 13, 7.0, 10.0, room=1.0)
    assert second == Frame(at=17.0, remaining=3)
    assert next_frame(17.0, 20.0, 3, 17.0, 10.0, room=1.0) == Frame(20.0, 0, final=True)
    # without room, the old rule: no tick less than the interval before the end
    assert next_frame(7.0, 20.0, 13, 7.0, 10.0) == Frame(20.0, 0, final=True)
