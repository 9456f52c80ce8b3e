"""Workout plans: the timed blocks of one session, pure.

`build_plan(style, variant, prefs)` returns the blocks in order; durations are in *exercise
seconds* (TIME_SCALE is applied later, by `coach.session.machine`). Timings come from
`content.exercise.TIMINGS`; see its docstring for why the defaults are what they are.

Hold, standard: SETUP, HOLD right, SWITCH, HOLD left (one hold of ``prefs.hold_seconds``, 15-30,
per side).
Hold, gentle: SETUP, HOLD right 1/2, REST, HOLD right 2/2, SWITCH, HOLD left 1/2, REST,
HOLD left 2/2 (15 s each).
Flow: SETUP, then for each set: its reps, and a REST before the next set. One rep sweeps to
one side and then the other, as the seed's movement and the animation do: a REP block for the
right leg, then one for the left leg, both with the rep's number (no SWITCH between sides).
Standard: ``prefs.sets`` (1-3) sets of ``prefs.reps`` (8-12) reps, each one right then left;
gentle: 2 sets of 5. SETUP lasts ``prefs.setup_seconds``.

Counters on a `Block` are 1-based; 0 means "does not apply". For HOLD blocks ``set_no`` and
``sets`` count the holds on that side; for REP blocks they count sets, and ``rep_no`` and
``reps_in_set`` the reps in this set (both halves of a rep carry its number). REST and
SWITCH carry the counters of the block that follows them, so a view can say what comes next.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from content.exercise import TIMINGS


class Style(Enum):
    HOLD = "hold"
    FLOW = "flow"


class Variant(Enum):
    STANDARD = "standard"
    GENTLE = "gentle"


class Side(Enum):
    RIGHT = "right"
    LEFT = "left"


class BlockKind(Enum):
    SETUP = "setup"
    HOLD = "hold"
    REP = "rep"
    REST = "rest"
    SWITCH = "switch"

    @property
    def is_work(self) -> bool:
        return self in (BlockKind.HOLD, BlockKind.REP)


def _clamp(value: int, low: int, high: int) -> int:
    return min(max(value, low), high)


@dataclass(frozen=True)
class Prefs:
    """The user's session preferences (set in /settings); out-of-range values are clamped to
    the safe ranges (hold 15-30 s, 8-12 reps, 1-3 sets, set-up 5-30 s). The gentle variant
    ignores hold, reps and sets: amber days shorten and soften whatever the settings.

    ``cues``: a short notifying message at each side switch and at the end of the timed part.
    ``voice``: the opt-in voice-guided track for the timed part."""

    hold_seconds: int = TIMINGS.hold_seconds_default
    reps: int = TIMINGS.flow_reps_default
    sets: int = TIMINGS.flow_sets
    setup_seconds: int = int(TIMINGS.setup_seconds)
    cues: bool = True
    voice: bool = False

    def clamped(self) -> Prefs:
        t = TIMINGS
        return Prefs(
            hold_seconds=_clamp(self.hold_seconds, t.hold_seconds_min, t.hold_seconds_max),
            reps=_clamp(self.reps, t.flow_reps_min, t.flow_reps_max),
            sets=_clamp(self.sets, t.flow_sets_min, t.flow_sets_max),
            setup_seconds=_clamp(self.setup_seconds, t.setup_seconds_min, t.setup_seconds_max),
            cues=self.cues,
            voice=self.voice,
        )


DEFAULT_PREFS = Prefs()


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    seconds: float
    side: Side | None = None
    set_no: int = 0
    sets: int = 0
    rep_no: int = 0
    reps_in_set: int = 0


def _hold_plan(seconds: float, holds: int, rest: float) -> list[Block]:
    blocks: list[Block] = []
    for side in (Side.RIGHT, Side.LEFT):
        if side is Side.LEFT:
            blocks.append(Block(BlockKind.SWITCH, TIMINGS.hold_switch_seconds, side, 1, holds))
        for hold_no in range(1, holds + 1):
            if hold_no > 1:
                blocks.append(Block(BlockKind.REST, rest, side, hold_no, holds))
            blocks.append(Block(BlockKind.HOLD, seconds, side, hold_no, holds))
    return blocks


def _flow_plan(sets: int, reps: int) -> list[Block]:
    blocks: list[Block] = []
    for set_no in range(1, sets + 1):
        if set_no > 1:
            blocks.append(Block(BlockKind.REST, TIMINGS.rest_seconds, Side.RIGHT, set_no, sets))
        blocks.extend(
            Block(BlockKind.REP, TIMINGS.rep_seconds, side, set_no, sets, rep_no, reps)
            for rep_no in range(1, reps + 1)
            for side in (Side.RIGHT, Side.LEFT)
        )
    return blocks


def build_plan(style: Style, variant: Variant, prefs: Prefs) -> tuple[Block, ...]:
    p = prefs.clamped()
    setup = Block(BlockKind.SETUP, float(p.setup_seconds))
    gentle = variant is Variant.GENTLE
    if style is Style.HOLD:
        body = (
            _hold_plan(
                TIMINGS.gentle_hold_seconds, TIMINGS.gentle_holds, TIMINGS.gentle_hold_rest_seconds
            )
            if gentle
            else _hold_plan(float(p.hold_seconds), 1, 0.0)
        )
    else:
        body = (
            _flow_plan(TIMINGS.gentle_sets, TIMINGS.gentle_reps)
            if gentle
            else _flow_plan(p.sets, p.reps)
        )
    return (setup, *body)


def plan_seconds(plan: tuple[Block, ...]) -> float:
    """Total exercise seconds of a plan."""
    return sum(b.seconds for b in plan)


def work_per_side(style: Style, variant: Variant, prefs: Prefs) -> tuple[int, int]:
    """Hold: (holds per side, seconds per hold); Flow: (sets, reps per set, each rep right
    then left). For the plan summary line."""
    p = prefs.clamped()
    gentle = variant is Variant.GENTLE
    if style is Style.HOLD:
        return (
            (TIMINGS.gentle_holds, int(TIMINGS.gentle_hold_seconds))
            if gentle
            else (1, p.hold_seconds)
        )
    return (TIMINGS.gentle_sets, TIMINGS.gentle_reps) if gentle else (p.sets, p.reps)
