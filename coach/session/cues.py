"""Sound cues and the voice track's script, pure: which phase change rings, and what is said
at which second of the timed part. Both are computed from the same plan (`build_plan`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from coach.session.machine import Phase, SessionState
from coach.session.workout import Block, BlockKind, Prefs, Side
from content import cues as c

COUNT_FROM = 5  # the last seconds of a hold, a rest or the set-up are counted down aloud
SAY_EVERY = 10  # a longer hold says the seconds left every 10 s
END_TAIL = 4.0  # seconds of track after the plan's end, for the closing words


class CueKind(Enum):
    SWITCH = "switch"
    DONE = "done"


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    text: str


def cue_for(prev: Block | None, nxt: Block | None, prefs: Prefs) -> Cue | None:
    """The cue for the timed part moving from ``prev`` to ``nxt`` (``None``: the plan is
    over), when ``prefs.cues`` is on: the sides switch, or the timed part ends."""
    if not prefs.cues or prev is None:
        return None
    if nxt is None:
        return Cue(CueKind.DONE, c.DONE_CUE)
    if nxt.kind is BlockKind.SWITCH and prev.kind is not BlockKind.SWITCH:
        side = nxt.side or Side.LEFT
        return Cue(CueKind.SWITCH, c.switch_cue(side.value))
    return None


@dataclass(frozen=True)
class Line:
    at: float  # exercise seconds from the start of the timed part
    text: str


def _side(block: Block | None) -> str:
    return (block.side or Side.RIGHT).value if block is not None else Side.RIGHT.value


def _countdown(start: float, seconds: int, said_until: float) -> list[Line]:
    """The seconds left said at 20, 10 (when the block is long enough), then 5, 4, 3, 2, 1."""
    lines: list[Line] = []
    for left in range(seconds - 1, 0, -1):
        at = start + seconds - left
        if at < said_until:
            continue
        if left <= COUNT_FROM or (left % SAY_EVERY == 0 and left < seconds - 3):
            text = c.voice_count(left) if left <= COUNT_FROM else c.voice_seconds_left(left)
            lines.append(Line(at, text))
    return lines


def voice_script(plan: tuple[Block, ...]) -> tuple[Line, ...]:
    """Every spoken line of the voice track at its second (exercise seconds, from the start of
    the plan's first block). The closing words come at the plan's end."""
    lines: list[Line] = []
    at = 0.0
    works = [b for b in plan if b.kind.is_work]
    for i, block in enumerate(plan):
        seconds = round(block.seconds)
        nxt = plan[i + 1] if i + 1 < len(plan) else None
        opening: str | None = None
        quiet = 3.0  # seconds the opening words take before counting may start
        count = True
        if block.kind is BlockKind.SETUP:
            opening = c.voice_setup(_side(works[0] if works else None))
            quiet = 4.0  # two sentences (about 3.3 s): on a 5 s set-up, "2" would overlap them
        elif block.kind is BlockKind.HOLD:
            opening = c.voice_hold(_side(block), seconds, block.set_no, block.sets)
        elif block.kind is BlockKind.REST:
            opening = c.voice_rest(seconds)
        elif block.kind is BlockKind.SWITCH:
            opening = c.voice_switch(_side(nxt or block))
            count = False
        elif block.kind is BlockKind.REP:  # a rep is two halves: right, then left
            if block.side is Side.LEFT:
                opening = c.voice_half(_side(block))
            elif block.rep_no <= 1:
                opening = c.voice_first_rep(_side(block), block.reps_in_set)
            else:
                opening = c.voice_count(block.rep_no)
            count = False
        if opening is not None:
            lines.append(Line(at, opening))
        if count:
            lines.extend(_countdown(at, seconds, at + quiet))
        at += block.seconds
    lines.append(Line(at, c.VOICE_DONE))
    return tuple(lines)


def track_seconds(plan: tuple[Block, ...]) -> float:
    """How long the voice track of ``plan`` lasts: the plan, then the closing words."""
    return sum(b.seconds for b in plan) + END_TAIL


def cue_after(before: SessionState, after: SessionState) -> Cue | None:
    """The cue for a transition the countdown made (a block ran out): the next block, or the
    end of the timed part. Stops, pauses and "it hurts" never ring."""
    if before.phase is not Phase.WORK:
        return None
    if after.phase is Phase.WORK and after.block_index == before.block_index + 1:
        return cue_for(before.block, after.block, after.prefs)
    if after.phase is Phase.AFTER_PAIN and after.completed and not after.stopped_early:
        return cue_for(before.block, None, after.prefs)
    return None


def cue_stays(state: SessionState) -> bool:
    """Whether the last cue message may stay in the chat: while the timed part runs, and while
    the question after a completed timed part waits. Anything else clears it."""
    return state.phase is Phase.WORK or (
        state.phase is Phase.AFTER_PAIN and state.completed and not state.stopped_early
    )
