"""The looping animation of the whole move, both sides, from the same keyframes as the stills."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PIL import Image

from .draw import Limb, Scene, render_scene
from .skeleton import (
    FOOT_DOWN,
    GENTLE,
    HAND_NEAR_CHEST,
    HAND_SUPPORT_START,
    KNEE_BENT,
    LEG_SWEEP,
    START,
    Pose,
    ease,
    interpolate,
)

ANIMATION_WIDTH = 540
ANIMATION_COLOURS = 64
ANIMATION_SUPERSAMPLE = 2
FRAME_MS = 90
HOLD_TWIST_MS = 900
HOLD_START_MS = 500

#: Outbound path of one side (the return runs it backwards); weights are relative durations.
PATH: tuple[tuple[Pose, float], ...] = (
    (START, 0.0),
    (KNEE_BENT, 1.0),
    (LEG_SWEEP, 1.0),
    (FOOT_DOWN, 1.0),
)
#: The gentle path: hand support, the leg only part way across (``GENTLE``).
GENTLE_PATH: tuple[tuple[Pose, float], ...] = (
    (HAND_SUPPORT_START, 0.0),
    (replace(KNEE_BENT, right_arm=HAND_NEAR_CHEST), 1.0),
    (GENTLE, 1.5),
)
FRAMES_PER_WAY = 9


def _other_side(pose: Pose, keep_arms: bool) -> Pose:
    """``pose`` for the left leg; with ``keep_arms`` the arms stay as they are (the supporting
    hand does not jump from one side to the other when the loop changes legs)."""
    mirrored = pose.mirrored()
    if keep_arms:
        return replace(mirrored, left_arm=pose.left_arm, right_arm=pose.right_arm)
    return mirrored


@dataclass(frozen=True)
class Frame:
    pose: Pose
    moving: Limb
    duration_ms: int


def pose_along(path: Sequence[tuple[Pose, float]], u: float) -> Pose:
    """The pose a fraction ``u`` (0..1) of the way along a piecewise-linear keyframe path."""
    total = sum(w for _, w in path[1:])
    pos = max(0.0, min(1.0, u)) * total
    for i in range(1, len(path)):
        w = path[i][1]
        if pos <= w or i == len(path) - 1:
            return interpolate(path[i - 1][0], path[i][0], min(1.0, pos / w) if w else 1.0)
        pos -= w
    return path[-1][0]


def side_frames(mirrored: bool, gentle: bool = False) -> list[Frame]:
    """Start, lift, sweep, hold the twist, come back, rest: one side of the move."""
    moving: Limb = "left_leg" if mirrored else "right_leg"
    base = GENTLE_PATH if gentle else PATH
    path = tuple((_other_side(p, gentle) if mirrored else p, w) for p, w in base)
    out: list[Frame] = []
    n = FRAMES_PER_WAY
    for i in range(n):  # out: frames 0..n-1, the last one is the held twist
        pose = pose_along(path, ease(i / (n - 1)))
        out.append(Frame(pose, moving, HOLD_TWIST_MS if i == n - 1 else FRAME_MS))
    for i in range(1, n):  # back: the first return frame follows the hold
        pose = pose_along(path, ease(1.0 - i / (n - 1)))
        out.append(Frame(pose, moving, HOLD_START_MS if i == n - 1 else FRAME_MS))
    return out


def animation_frames(gentle: bool = False) -> list[Frame]:
    """Right side, then left side; the GIF loops back to the right side."""
    return [*side_frames(False, gentle), *side_frames(True, gentle)]


def render_frames(width: int = ANIMATION_WIDTH, gentle: bool = False) -> list[Image.Image]:
    return [
        render_scene(Scene(f.pose, highlight=(f.moving,)), width, ss=ANIMATION_SUPERSAMPLE)
        for f in animation_frames(gentle)
    ]


def shared_palette(frames: Sequence[Image.Image], colours: int = ANIMATION_COLOURS) -> Image.Image:
    """One fixed palette for every frame (no flicker), taken from a strip of sample frames."""
    picks = [frames[i] for i in range(0, len(frames), max(1, len(frames) // 6))]
    w, h = picks[0].size
    strip = Image.new("RGB", (w, h * len(picks)))
    for i, frame in enumerate(picks):
        strip.paste(frame, (0, i * h))
    return strip.quantize(colors=colours, method=Image.Quantize.MEDIANCUT)


def encode_gif(width: int = ANIMATION_WIDTH, gentle: bool = False) -> bytes:
    """The animation as GIF bytes: same bytes on every run, loops forever."""
    frames = render_frames(width, gentle)
    palette = shared_palette(frames)
    indexed = [f.quantize(palette=palette, dither=Image.Dither.NONE) for f in frames]
    durations = [f.duration_ms for f in animation_frames(gentle)]
    buf = io.BytesIO()
    indexed[0].save(
        buf,
        format="GIF",
        save_all=True,
        append_images=indexed[1:],
        duration=durations,
        loop=0,
        optimize=False,
        disposal=1,
    )
    return buf.getvalue()
