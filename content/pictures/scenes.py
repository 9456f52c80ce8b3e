"""One scene per picture key: the pose, what is highlighted, the arrows and a short label.

All scenes share one viewpoint: from above, head at the top of the picture, the figure's
right on the picture's right. The right leg moves first; ``left_sweep`` mirrors it.
"""

from __future__ import annotations

from .draw import Arrow, Point, Scene, Tag
from .skeleton import (
    CACTUS_START,
    FOOT_DOWN,
    FOOT_HOVER,
    GENTLE,
    HAND_SUPPORT_START,
    KNEE_BENT,
    LEG_SWEEP,
    START,
    Pose,
)


def _mirror_points(points: tuple[Point, ...]) -> tuple[Point, ...]:
    return tuple((-x, y) for x, y in points)


def _mirror_arrow(arrow: Arrow) -> Arrow:
    return Arrow(_mirror_points(arrow.points), arrow.dashed, arrow.width)


LIFT_ARROW = Arrow(((0.20, 1.42), (0.34, 1.20), (0.27, 0.95)))
SWEEP_ARROW = Arrow(((0.28, 1.02), (0.05, 1.16), (-0.30, 1.10), (-0.44, 0.99)))
GENTLE_ARROW = Arrow(((0.26, 1.04), (0.10, 1.13), (-0.06, 1.11)))
RETURN_ARROW = Arrow(((-0.47, 1.00), (-0.12, 1.13), (0.27, 1.20)))
NEXT_ARROW = Arrow(((-0.24, 1.42), (0.04, 1.53), (0.36, 1.45)), dashed=True)


def _foot_spot(pose: Pose) -> Point:
    """Middle of the right foot: where it rests on the mat in ``pose``."""
    sk = pose.skeleton()
    ankle, toe = sk["right_ankle"], sk["right_toe"]
    return ((ankle[0] + toe[0]) / 2, (ankle[1] + toe[1]) / 2)


LEFT_SWEEP: Pose = LEG_SWEEP.mirrored()

SCENES: dict[str, Scene] = {
    "cover": Scene(
        FOOT_DOWN,
        highlight=("right_leg",),
        arrows=(SWEEP_ARROW,),
        title="Prone spinal twist",
    ),
    "prone_arms_out": Scene(START, label="Start"),
    "cactus_arms": Scene(CACTUS_START, highlight=("left_arm", "right_arm"), label="Cactus arms"),
    "hand_support": Scene(
        HAND_SUPPORT_START,
        highlight=("right_arm",),
        label="Hand support",
    ),
    "knee_bent": Scene(
        KNEE_BENT,
        highlight=("right_leg",),
        ghost=START,
        arrows=(LIFT_ARROW,),
        label="Bend the knee",
        tags=(Tag("up", (0.38, 0.70)),),
    ),
    "leg_sweep": Scene(
        LEG_SWEEP,
        highlight=("right_leg",),
        arrows=(SWEEP_ARROW,),
        label="Sweep across",
    ),
    "foot_down": Scene(FOOT_DOWN, highlight=("right_leg",), label="Foot down"),
    "foot_hover": Scene(
        FOOT_HOVER,
        highlight=("right_leg",),
        label="Or hover",
        spots=(_foot_spot(FOOT_DOWN),),
        tags=(Tag("hover", (-0.50, 0.64)),),
    ),
    "return_switch": Scene(
        START,
        highlight=("left_leg",),
        ghost=FOOT_DOWN,
        arrows=(RETURN_ARROW, NEXT_ARROW),
        label="Switch sides",
        tags=(Tag("1", (0.36, 1.08), badge=True), Tag("2", (-0.36, 1.36), badge=True)),
    ),
    "gentle_variant": Scene(
        GENTLE,
        highlight=("right_leg",),
        arrows=(GENTLE_ARROW,),
        label="Gentler",
    ),
    "left_sweep": Scene(
        LEFT_SWEEP,
        highlight=("left_leg",),
        arrows=(_mirror_arrow(SWEEP_ARROW),),
        label="Other side",
    ),
}
