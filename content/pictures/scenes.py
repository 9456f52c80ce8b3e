"""One scene per picture key: the pose, what is highlighted, the arrows and a short label.

All scenes share one viewpoint: from above, head at the top of the picture, the figure's
right on the picture's right. The right leg moves first; ``left_sweep`` mirrors it.
The scenes of ``ARM_SCENES`` are drawn again with each other arm option (``with_arms``);
the ``*_gentle`` scenes show the gentle move (part way, hover, hand support).
"""

from __future__ import annotations

from dataclasses import replace

from . import ARM_SCENES, OTHER_ARMS, arm_key
from .draw import Arrow, Point, Scene, Tag
from .skeleton import (
    ARMS_OUT,
    CACTUS,
    CACTUS_START,
    FOOT_DOWN,
    FOOT_HOVER,
    GENTLE,
    GENTLE_HOVER,
    HAND_NEAR_CHEST,
    HAND_SUPPORT_START,
    KNEE_BENT,
    LEG_SWEEP,
    START,
    ArmPose,
    Pose,
)


def _mirror_points(points: tuple[Point, ...]) -> tuple[Point, ...]:
    return tuple((-x, y) for x, y in points)


def _mirror_arrow(arrow: Arrow) -> Arrow:
    return Arrow(_mirror_points(arrow.points), arrow.dashed, arrow.width)


LIFT_ARROW = Arrow(((0.20, 1.42), (0.34, 1.20), (0.27, 0.95)))
SWEEP_ARROW = Arrow(((0.28, 1.02), (0.05, 1.16), (-0.30, 1.10), (-0.44, 0.99)))
GENTLE_ARROW = Arrow(((0.26, 1.04), (0.10, 1.13), (-0.06, 1.11)))
#: ① the right leg comes back from the left to its place (arrow ends beside the right shin)
RETURN_ARROW = Arrow(((-0.47, 0.95), (-0.16, 1.08), (0.22, 1.04)))
GENTLE_RETURN_ARROW = Arrow(((-0.14, 0.98), (0.02, 1.08), (0.22, 1.04)))
#: ② then the left leg goes over to the right (dashed: the next movement)
NEXT_ARROW = Arrow(((-0.17, 1.24), (0.10, 1.36), (0.42, 1.24)), dashed=True)


def _foot_spot(pose: Pose) -> Point:
    """Middle of the right foot: where it rests on the mat in ``pose``."""
    sk = pose.skeleton()
    ankle, toe = sk["right_ankle"], sk["right_toe"]
    return ((ankle[0] + toe[0]) / 2, (ankle[1] + toe[1]) / 2)


LEFT_SWEEP: Pose = LEG_SWEEP.mirrored()

#: (left arm, right arm) for each arm option, for a scene where the right leg moves.
ARM_POSES: dict[str, tuple[ArmPose, ArmPose]] = {
    "out": (ARMS_OUT.mirrored(), ARMS_OUT),
    "cactus": (CACTUS.mirrored(), CACTUS),
    "hand": (ARMS_OUT.mirrored(), HAND_NEAR_CHEST),
}


def with_arms(pose: Pose, arm: str, mirrored: bool = False) -> Pose:
    """``pose`` with the arms of option ``arm``; with ``mirrored`` (the left leg moves) the
    supporting hand is the left one."""
    left, right = ARM_POSES[arm]
    if mirrored:
        left, right = right.mirrored(), left.mirrored()
    return replace(pose, left_arm=left, right_arm=right)


def _arm_variant(scene: Scene, arm: str, mirrored: bool) -> Scene:
    return replace(scene, pose=with_arms(scene.pose, arm, mirrored))


_RETURN_TAGS = (Tag("1", (-0.52, 0.86), badge=True), Tag("2", (-0.27, 1.22), badge=True))

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
        highlight=("right_leg",),
        ghost=FOOT_DOWN,
        arrows=(RETURN_ARROW, NEXT_ARROW),
        label="Back, then switch",
        tags=_RETURN_TAGS,
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
    "cover_gentle": Scene(
        GENTLE,
        highlight=("right_leg",),
        arrows=(GENTLE_ARROW,),
        title="Prone spinal twist",
        label="Gentle today",
    ),
    "foot_hover_gentle": Scene(
        GENTLE_HOVER,
        highlight=("right_leg",),
        label="Let it hover",
        tags=(Tag("hover", (-0.50, 0.76)),),
    ),
    "return_switch_gentle": Scene(
        with_arms(START, "hand"),
        highlight=("right_leg",),
        arrows=(GENTLE_RETURN_ARROW, NEXT_ARROW),
        label="Back, then switch",
        tags=(Tag("1", (-0.20, 0.88), badge=True), _RETURN_TAGS[1]),
    ),
    "left_gentle": Scene(
        GENTLE.mirrored(),
        highlight=("left_leg",),
        arrows=(_mirror_arrow(GENTLE_ARROW),),
        label="Other side",
    ),
}
SCENES.update(
    {
        arm_key(key, arm): _arm_variant(SCENES[key], arm, mirrored=key == "left_sweep")
        for key in ARM_SCENES
        for arm in OTHER_ARMS
    }
)
