"""Countdown frames planned from an absolute deadline, pure.

Clock: plain ``float`` seconds on any one clock the caller keeps consistent. `coach.session.machine`
uses POSIX seconds (``datetime.timestamp()``) so deadlines survive a restart; a live timer may
use ``time.monotonic()`` instead. Nothing here sleeps or sums sleeps: every frame time is
derived from the deadline, so late wake-ups never accumulate drift.

Time scale: a block of ``s`` exercise seconds lasts ``s * time_scale`` real seconds, but the
display stays in exercise seconds::

    shown = ceil((deadline - now) / time_scale)          # `remaining_display`

A frame is one edit of the live message. Guarantees of `plan_frames` and `next_frame`:

- the last frame is *final*: it is exactly at the deadline and shows 0;
- consecutive frames show different numbers (every non-final frame shows at least 1);
- consecutive frames are at least ``min_interval`` real seconds apart; with small time scales
  numbers are skipped to keep that, which is fine;
- the first frame is at ``start`` when the block is at least ``min_interval`` long; a shorter
  block gets only its final frame (the handler's own render at the block start is the first
  thing the user sees, and the rate limiter absorbs it).

Each later frame waits for the moment a number first appears (the first such moment at least
``min_interval`` after the previous frame), so every number is shown when it starts.

A phase (one block of the plan) always gets its own first frame, at its start, whatever the
time scale: `shows_phase` says when a block reached with less than a frame interval left may
be coalesced instead (only a REP followed by another REP, and only when the chat's last message
went out less than a chat interval ago: a later rep's frame names the count advancing). A
SWITCH, a HOLD, the set-up, a rest and the last rep of a run are always shown.

Under load `tick_interval` spaces frames out evenly (1 s, then 5 s, then 10 s), and
`frame_skew` spreads the ticks of countdowns started together.

`PausedClock` holds the pause maths: pausing keeps the real seconds left; resuming sets
``deadline = now + remaining``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from coach.session.workout import BlockKind

# Absorbs float error at exact boundaries (POSIX timestamps carry about 2e-7 s of rounding):
# at ``deadline - k * scale`` the display is ``k``. One millisecond, in exercise seconds.
_EPSILON = 1e-3


@dataclass(frozen=True)
class Frame:
    at: float
    remaining: int
    final: bool = False


def remaining_display(now: float, deadline: float, time_scale: float = 1.0) -> int:
    """Whole exercise seconds left, rounded up; 0 at or after the deadline."""
    if time_scale <= 0:
        raise ValueError("time_scale must be positive")
    return max(0, math.ceil((deadline - now) / time_scale - _EPSILON))


def next_frame(
    now: float,
    deadline: float,
    last_shown: int | None,
    last_sent_at: float | None,
    min_interval: float = 1.0,
    time_scale: float = 1.0,
    room: float | None = None,
) -> Frame | None:
    """The next frame to send, given what was sent last (``None``: nothing yet). Its ``at`` may be
    in the future: wait until then, render, and call again with the frame just sent. A late
    ``now`` gives a frame due at ``now``. ``None`` once the final frame (0) has been shown.
    ``room``: the least time a frame needs before the final one (default ``min_interval``; a
    degraded countdown, ticking every 5 or 10 s, still ticks when 1 s is left before its end,
    so it never freezes for longer than its interval)."""
    if last_shown == 0:
        return None
    if last_sent_at is None:
        earliest = now
    else:
        earliest = last_sent_at + min_interval
        if last_shown is not None:
            # Not before the display drops below what was shown.
            earliest = max(earliest, deadline - (last_shown - 1) * time_scale)
        # Wait for the moment a number first appears, so it is shown for its whole second.
        appears = math.floor((deadline - earliest) / time_scale + _EPSILON)
        earliest = max(earliest, deadline - appears * time_scale, now)
    if deadline - earliest < (min_interval if room is None else min(room, min_interval)):
        # No room for another number before the final frame: the final frame comes next.
        return Frame(at=max(deadline, now), remaining=0, final=True)
    shown = remaining_display(earliest, deadline, time_scale)
    if last_shown is not None:
        shown = min(shown, last_shown - 1)  # never repeat a number, whatever the rounding
    return Frame(at=earliest, remaining=max(1, shown))


def shows_phase(
    kind: BlockKind,
    following: BlockKind | None,
    now: float,
    deadline: float,
    last_message_at: float | None,
    min_interval: float = 1.0,
) -> bool:
    """Whether a block of ``kind`` that starts at ``now`` gets its own first frame. Every block
    does, except a REP followed by another REP (``following``), shorter than ``min_interval``
    (what is left of it) while the chat's last message (``last_message_at``, ``None``: none
    known) went out less than ``min_interval`` ago: showing it would hold the chat's slot past
    its end, so a later rep's frame shows the count advanced instead. The last rep of a run is
    always shown, so a run of reps is never skipped whole. Clocks in real seconds."""
    if kind is not BlockKind.REP or following is not BlockKind.REP:
        return True
    if deadline - now >= min_interval:
        return True
    return last_message_at is None or now - last_message_at >= min_interval


DEGRADED_INTERVALS = (5.0, 10.0)  # real seconds between frames when 1 s does not fit


def tick_interval(
    running: int, budget: float, backlog: float = 0.0, min_interval: float = 1.0
) -> float:
    """Real seconds between a countdown's frames when ``running`` countdowns share ``budget``
    frames a second and the rate limiter has ``backlog`` seconds of messages waiting. Ticks
    degrade evenly when frames exceed the budget: every ``min_interval``, then every 5 s, then
    every 10 s (and no further: a freeze longer than that reads as a stopped timer)."""
    need = running / budget if budget > 0 else float("inf")
    if backlog >= 1.0:
        need = max(need, DEGRADED_INTERVALS[0])
    for interval in (min_interval, *DEGRADED_INTERVALS):
        if need <= interval:
            return interval
    return DEGRADED_INTERVALS[-1]


def shows_end_time(interval: float, min_interval: float = 1.0) -> bool:
    """Whether a countdown ticking every ``interval`` real seconds shows its end as a time of
    day beside the number ("until 07:31:20"): when it ticks more sparsely than every
    ``min_interval`` (degraded under load, or the voice track as the timer), so a number that
    stays for 5 or 10 s still tells when the part ends."""
    return interval > min_interval + _EPSILON


def frame_skew(key: int, interval: float, min_interval: float = 1.0) -> float:
    """How much earlier than ``interval`` after a block's start a degraded countdown's first
    tick comes, spread evenly over ``[0, interval - min_interval)`` by ``key`` (the session):
    countdowns started together then tick at different moments, not all in one second."""
    return ((key * 0.6180339887498949) % 1.0) * max(0.0, interval - min_interval)


def plan_frames(
    start: float, deadline: float, min_interval: float = 1.0, time_scale: float = 1.0
) -> tuple[Frame, ...]:
    """Every frame of a countdown from ``start`` to ``deadline`` (see the module docstring)."""
    if min_interval <= 0:
        raise ValueError("min_interval must be positive")
    frames: list[Frame] = []
    last: Frame | None = None
    while True:
        frame = next_frame(
            last.at if last else start,
            deadline,
            last.remaining if last else None,
            last.at if last else None,
            min_interval,
            time_scale,
        )
        if frame is None:
            return tuple(frames)
        frames.append(frame)
        last = frame


@dataclass(frozen=True)
class PausedClock:
    """A countdown that may be paused. Running: ``deadline`` set, ``remaining`` ``None``.
    Paused: ``remaining`` (real seconds) set, ``deadline`` ``None``."""

    deadline: float | None
    remaining: float | None = None

    @property
    def paused(self) -> bool:
        return self.remaining is not None

    def pause(self, now: float) -> PausedClock:
        if self.deadline is None:
            return self
        return PausedClock(deadline=None, remaining=max(0.0, self.deadline - now))

    def resume(self, now: float) -> PausedClock:
        if self.remaining is None:
            return self
        return PausedClock(deadline=now + self.remaining)
