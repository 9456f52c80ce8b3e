"""The figure model: joints, keyframed poses and interpolation.

World coordinates are metres on the mat, seen from above: ``x`` grows to the figure's right
(the figure lies face down with its head at the top of the picture, so its right is the
picture's right), ``y`` grows towards the feet (down the picture) and ``z`` is the height
above the mat (towards the viewer). The origin is the midpoint between the shoulders.

A :class:`Pose` holds only what a keyframe needs to say (wrist and ankle targets, knee and
elbow hints, the pelvis roll, the head turn). :meth:`Pose.skeleton` turns it into joint
positions with a two-bone solver, so every bone keeps its length in every pose and in every
interpolated frame of the animation. Between keyframes, :func:`interpolate` turns the legs
at the hip and the knee (not along straight lines), so a knee stays on the mat while its
heel lifts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")

Vec3 = tuple[float, float, float]

# Bone lengths and fixed offsets (metres; a friendly, slightly chunky adult).
SHOULDER_HALF_WIDTH = 0.19
SHOULDER_Z = 0.10
HIP_HALF_WIDTH = 0.10
HIP_Y = 0.52
HIP_Z = 0.10
NECK_Y = -0.09
HEAD_Y = -0.20
HEAD_Z = 0.10
UPPER_ARM = 0.30
FOREARM = 0.26
HAND = 0.09
THIGH = 0.44
SHANK = 0.42
FOOT = 0.17
HAND_Z = 0.03
ANKLE_REST_Z = 0.05
KNEE_FLOOR = 0.045

#: Joint names of a :class:`Skeleton`, in a stable order.
JOINTS: tuple[str, ...] = (
    "head",
    "neck",
    "left_shoulder",
    "right_shoulder",
    "left_elbow",
    "right_elbow",
    "left_wrist",
    "right_wrist",
    "left_hand",
    "right_hand",
    "pelvis",
    "left_hip",
    "right_hip",
    "left_knee",
    "right_knee",
    "left_ankle",
    "right_ankle",
    "left_toe",
    "right_toe",
)


def sign(side: Side) -> float:
    """+1 for the figure's right (picture right), -1 for its left."""
    return 1.0 if side == "right" else -1.0


# --- small vector helpers (tuples keep poses hashable and immutable) -------------------------


def add(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec3, k: float) -> Vec3:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec3, b: Vec3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def norm(a: Vec3) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec3, fallback: Vec3 = (0.0, 1.0, 0.0)) -> Vec3:
    n = norm(a)
    if n < 1e-9:
        return fallback
    return scale(a, 1.0 / n)


def lerp3(a: Vec3, b: Vec3, t: float) -> Vec3:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def mirror3(a: Vec3) -> Vec3:
    return (-a[0], a[1], a[2])


def angle_between(a: Vec3, b: Vec3) -> float:
    """Angle between two vectors in degrees."""
    c = dot(unit(a), unit(b))
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def cross(a: Vec3, b: Vec3) -> Vec3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def solve_two_bone(
    root: Vec3, target: Vec3, l1: float, l2: float, pole: Vec3, floor: float | None = None
) -> tuple[Vec3, Vec3]:
    """Place the middle joint (knee, elbow) and the end joint of a two-bone chain.

    The end joint goes to ``target`` (pulled in if it is out of reach); the middle joint
    bends towards ``pole`` (a direction, only its part square to the chain counts). With a
    ``floor``, the middle joint swings round the chain as little as needed to stay at or
    above that height (a knee never sinks into the mat).
    """
    d = sub(target, root)
    u = unit(d)
    dist = max(abs(l1 - l2) + 1e-6, min(l1 + l2 - 1e-6, norm(d)))
    end = add(root, scale(u, dist))
    p = sub(pole, scale(u, dot(pole, u)))
    p = unit(p, fallback=(0.0, 0.0, -1.0))
    q = cross(u, p)
    a = (l1 * l1 - l2 * l2 + dist * dist) / (2.0 * dist)
    h = math.sqrt(max(0.0, l1 * l1 - a * a))
    centre = add(root, scale(u, a))
    theta = 0.0
    if floor is not None and h > 1e-9 and centre[2] + h * p[2] < floor:
        # z(theta) = centre.z + h * (cos(theta) p.z + sin(theta) q.z) must reach the floor
        r = math.hypot(p[2], q[2])
        phi = math.atan2(q[2], p[2])
        k = (floor - centre[2]) / h
        if r < 1e-12 or k >= r:
            theta = phi  # as high as it can go
        else:
            spread = math.acos(max(-1.0, k / r))
            candidates = [phi - spread, phi + spread]
            theta = min(candidates, key=lambda t: abs(math.remainder(t, math.tau)))
    bend = add(scale(p, math.cos(theta)), scale(q, math.sin(theta)))
    mid = add(centre, scale(bend, h))
    return mid, end


# --- keyframe data -------------------------------------------------------------------------


@dataclass(frozen=True)
class ArmPose:
    """Where the wrist lies on the mat (x, y) and which way the elbow points (x, y, z).

    The hand lies flat beyond the wrist, in line with the forearm.
    """

    wrist: tuple[float, float]
    elbow_hint: Vec3 = (0.0, 1.0, 0.0)

    def mirrored(self) -> ArmPose:
        return ArmPose((-self.wrist[0], self.wrist[1]), mirror3(self.elbow_hint))


@dataclass(frozen=True)
class LegPose:
    """Where the ankle is, which way the knee points and which way the foot points."""

    ankle: Vec3
    knee_hint: Vec3 = (0.0, 1.0, -1.0)
    foot_dir: Vec3 = (0.0, 1.0, 0.0)

    def mirrored(self) -> LegPose:
        return LegPose(mirror3(self.ankle), mirror3(self.knee_hint), mirror3(self.foot_dir))


@dataclass(frozen=True)
class Pose:
    """One keyframe of the figure.

    ``roll`` is the pelvis roll in degrees (positive: the right hip lifts, as when the right
    leg sweeps across); the shoulders never roll. ``head_turn`` runs from -1 (face turned to
    the figure's left, right temple on the mat) through 0 (forehead on the mat) to +1 (face
    turned to the right, left temple on the mat).
    """

    left_arm: ArmPose
    right_arm: ArmPose
    left_leg: LegPose
    right_leg: LegPose
    roll: float = 0.0
    head_turn: float = 0.0

    def arm(self, side: Side) -> ArmPose:
        return self.right_arm if side == "right" else self.left_arm

    def leg(self, side: Side) -> LegPose:
        return self.right_leg if side == "right" else self.left_leg

    def mirrored(self) -> Pose:
        """The same pose for the other side of the body."""
        return Pose(
            left_arm=self.right_arm.mirrored(),
            right_arm=self.left_arm.mirrored(),
            left_leg=self.right_leg.mirrored(),
            right_leg=self.left_leg.mirrored(),
            roll=-self.roll,
            head_turn=-self.head_turn,
        )

    def skeleton(self) -> Skeleton:
        return build_skeleton(self)


@dataclass(frozen=True)
class Skeleton:
    """Joint positions of one pose, plus what the renderer needs to know about the head."""

    joints: dict[str, Vec3]
    head_turn: float
    roll: float

    def __getitem__(self, name: str) -> Vec3:
        return self.joints[name]

    def knee_flexion(self, side: Side) -> float:
        """Knee flexion in degrees: 0 is a straight leg."""
        hip, knee, ankle = (self.joints[f"{side}_{j}"] for j in ("hip", "knee", "ankle"))
        return angle_between(sub(knee, hip), sub(ankle, knee))

    def elbow_flexion(self, side: Side) -> float:
        """Elbow flexion in degrees: 0 is a straight arm."""
        sh, el, wr = (self.joints[f"{side}_{j}"] for j in ("shoulder", "elbow", "wrist"))
        return angle_between(sub(el, sh), sub(wr, el))

    def bone_length(self, a: str, b: str) -> float:
        return norm(sub(self.joints[a], self.joints[b]))


def hip_positions(roll: float) -> tuple[Vec3, Vec3]:
    """Left and right hip joints for a pelvis roll (the lower hip stays on the mat)."""
    r = math.radians(roll)
    width = 2.0 * HIP_HALF_WIDTH
    if r >= 0.0:
        left = (-HIP_HALF_WIDTH, HIP_Y, HIP_Z)
        right = (left[0] + width * math.cos(r), HIP_Y, HIP_Z + width * math.sin(r))
    else:
        right = (HIP_HALF_WIDTH, HIP_Y, HIP_Z)
        left = (right[0] - width * math.cos(r), HIP_Y, HIP_Z - width * math.sin(r))
    return left, right


def build_skeleton(pose: Pose) -> Skeleton:
    joints: dict[str, Vec3] = {
        "head": (0.0, HEAD_Y, HEAD_Z),
        "neck": (0.0, NECK_Y, SHOULDER_Z),
    }
    for side in SIDES:
        s = sign(side)
        shoulder: Vec3 = (s * SHOULDER_HALF_WIDTH, 0.0, SHOULDER_Z)
        arm = pose.arm(side)
        target: Vec3 = (arm.wrist[0], arm.wrist[1], HAND_Z)
        elbow, wrist = solve_two_bone(shoulder, target, UPPER_ARM, FOREARM, arm.elbow_hint, HAND_Z)
        fore = sub(wrist, elbow)
        fore_dir = unit((fore[0], fore[1], 0.0))  # the hand lies flat on the mat
        joints[f"{side}_shoulder"] = shoulder
        joints[f"{side}_elbow"] = elbow
        joints[f"{side}_wrist"] = wrist
        joints[f"{side}_hand"] = add(wrist, scale(fore_dir, HAND))

    left_hip, right_hip = hip_positions(pose.roll)
    joints["left_hip"] = left_hip
    joints["right_hip"] = right_hip
    joints["pelvis"] = lerp3(left_hip, right_hip, 0.5)
    for side in SIDES:
        leg = pose.leg(side)
        hip = joints[f"{side}_hip"]
        knee, ankle = solve_two_bone(hip, leg.ankle, THIGH, SHANK, leg.knee_hint, KNEE_FLOOR)
        joints[f"{side}_knee"] = knee
        joints[f"{side}_ankle"] = ankle
        joints[f"{side}_toe"] = add(ankle, scale(unit(leg.foot_dir), FOOT))
    return Skeleton(joints=joints, head_turn=pose.head_turn, roll=pose.roll)


# --- interpolation -------------------------------------------------------------------------


def ease(t: float) -> float:
    """Smooth start and stop (smoothstep)."""
    t = max(0.0, min(1.0, t))
    return t * t * (3.0 - 2.0 * t)


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _lerp_arm(a: ArmPose, b: ArmPose, t: float) -> ArmPose:
    return ArmPose(
        (_lerp(a.wrist[0], b.wrist[0], t), _lerp(a.wrist[1], b.wrist[1], t)),
        lerp3(a.elbow_hint, b.elbow_hint, t),
    )


def slerp(a: Vec3, b: Vec3, t: float) -> Vec3:
    """Turn unit vector ``a`` a fraction ``t`` of the way towards unit vector ``b``."""
    c = max(-1.0, min(1.0, dot(a, b)))
    omega = math.acos(c)
    if omega < 1e-6:
        return unit(lerp3(a, b, t))
    so = math.sin(omega)
    return unit(add(scale(a, math.sin((1.0 - t) * omega) / so), scale(b, math.sin(t * omega) / so)))


@dataclass(frozen=True)
class LegAngles:
    """A leg as the animation moves it: thigh direction, bend direction, knee flexion, foot.

    Interpolating these (rather than ankle positions) turns the lower leg about the knee and
    the thigh about the hip, so the knee stays put while the heel lifts.
    """

    thigh: Vec3  # unit vector hip -> knee
    bend: Vec3  # unit vector square to the thigh: where the shank turns as the knee flexes
    flexion: float  # radians
    foot: Vec3  # foot direction in the shank's own frame


def _shank_frame(thigh: Vec3, bend: Vec3, flexion: float) -> tuple[Vec3, Vec3, Vec3]:
    shank = add(scale(thigh, math.cos(flexion)), scale(bend, math.sin(flexion)))
    hinge = unit(cross(thigh, bend))
    return shank, cross(hinge, shank), hinge


def leg_angles(hip: Vec3, leg: LegPose) -> LegAngles:
    knee, ankle = solve_two_bone(hip, leg.ankle, THIGH, SHANK, leg.knee_hint, KNEE_FLOOR)
    thigh = unit(sub(knee, hip))
    shank = unit(sub(ankle, knee))
    flexion = math.acos(max(-1.0, min(1.0, dot(thigh, shank))))
    across = sub(shank, scale(thigh, dot(shank, thigh)))
    if norm(across) > 1e-4:
        bend = unit(across)
    else:  # a straight leg bends away from where the knee points
        pole = sub(leg.knee_hint, scale(thigh, dot(leg.knee_hint, thigh)))
        bend = unit(scale(pole, -1.0), fallback=(0.0, 0.0, 1.0))
    e1, e2, e3 = _shank_frame(thigh, bend, flexion)
    f = unit(leg.foot_dir)
    return LegAngles(thigh, bend, flexion, (dot(f, e1), dot(f, e2), dot(f, e3)))


def _lerp_leg(hip_a: Vec3, a: LegPose, hip_b: Vec3, b: LegPose, hip: Vec3, t: float) -> LegPose:
    la, lb = leg_angles(hip_a, a), leg_angles(hip_b, b)
    thigh = slerp(la.thigh, lb.thigh, t)
    bend = slerp(la.bend, lb.bend, t)
    bend = unit(sub(bend, scale(thigh, dot(bend, thigh))), fallback=(0.0, 0.0, 1.0))
    flexion = _lerp(la.flexion, lb.flexion, t)
    knee = add(hip, scale(thigh, THIGH))
    e1, e2, e3 = _shank_frame(thigh, bend, flexion)
    ankle = add(knee, scale(e1, SHANK))
    fl = unit(lerp3(la.foot, lb.foot, t))
    foot = add(add(scale(e1, fl[0]), scale(e2, fl[1])), scale(e3, fl[2]))
    # the knee hint points straight at the knee, so the solver puts it back exactly there
    return LegPose(ankle=ankle, knee_hint=sub(knee, hip), foot_dir=unit(foot))


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` of the way from ``a`` to ``b`` (no easing applied).

    Arms move their wrists in a straight line; legs turn at the hip and the knee.
    """
    roll = _lerp(a.roll, b.roll, t)
    hips_a, hips_b, hips = hip_positions(a.roll), hip_positions(b.roll), hip_positions(roll)
    return Pose(
        left_arm=_lerp_arm(a.left_arm, b.left_arm, t),
        right_arm=_lerp_arm(a.right_arm, b.right_arm, t),
        left_leg=_lerp_leg(hips_a[0], a.left_leg, hips_b[0], b.left_leg, hips[0], t),
        right_leg=_lerp_leg(hips_a[1], a.right_leg, hips_b[1], b.right_leg, hips[1], t),
        roll=roll,
        head_turn=_lerp(a.head_turn, b.head_turn, t),
    )


# --- keyframes -----------------------------------------------------------------------------

_ARM_REACH = SHOULDER_HALF_WIDTH + math.sqrt(
    (UPPER_ARM + FOREARM - 0.003) ** 2 - (SHOULDER_Z - HAND_Z) ** 2 - 0.02**2
)

ARMS_OUT = ArmPose(wrist=(_ARM_REACH, 0.02), elbow_hint=(0.0, 1.0, 0.0))
CACTUS = ArmPose(wrist=(SHOULDER_HALF_WIDTH + UPPER_ARM, -FOREARM), elbow_hint=(1.0, 1.0, 0.0))
#: The hand flat on the mat beside the chest, the elbow bent back and a little up.
HAND_NEAR_CHEST = ArmPose(wrist=(0.40, 0.08), elbow_hint=(1.0, 1.0, 0.3))

_LEG_STRAIGHT_Y = HIP_Y + THIGH + SHANK - 0.0015


def _straight_leg(side: Side) -> LegPose:
    x = sign(side) * (HIP_HALF_WIDTH + 0.015)
    return LegPose(ankle=(x, _LEG_STRAIGHT_Y, ANKLE_REST_Z), knee_hint=(0.0, 0.0, -1.0))


def _arms(arm: ArmPose) -> tuple[ArmPose, ArmPose]:
    return arm.mirrored(), arm


_L_OUT, _R_OUT = _arms(ARMS_OUT)
_L_CACTUS, _R_CACTUS = _arms(CACTUS)

#: Lying face down, arms out in a T, palms down, forehead on the mat.
START = Pose(_L_OUT, _R_OUT, _straight_leg("left"), _straight_leg("right"))

#: Right knee bent (about 125 degrees), the lower leg pointing up and the heel towards the seat.
KNEE_BENT = Pose(
    _L_OUT,
    _R_OUT,
    _straight_leg("left"),
    LegPose(
        ankle=(HIP_HALF_WIDTH + 0.09, HIP_Y + THIGH - 0.20, 0.40),
        knee_hint=(0.0, 1.0, -0.2),
        foot_dir=(0.0, -0.75, 0.65),
    ),
    roll=4.0,
)

#: Right leg travelling across behind the body, over the left leg; face turned away.
LEG_SWEEP = Pose(
    _L_OUT,
    _R_OUT,
    _straight_leg("left"),
    LegPose(
        ankle=(-0.17, HIP_Y + 0.36, 0.44),
        knee_hint=(0.4, 1.0, -0.3),
        foot_dir=(-0.7, -0.2, 0.7),
    ),
    roll=32.0,
    head_turn=1.0,
)

#: Right foot resting on the floor outside the left leg.
FOOT_DOWN = Pose(
    _L_OUT,
    _R_OUT,
    _straight_leg("left"),
    LegPose(
        ankle=(-0.46, HIP_Y + 0.32, ANKLE_REST_Z),
        knee_hint=(0.5, 1.0, 0.25),
        foot_dir=(-0.35, 0.94, 0.0),
    ),
    roll=55.0,
    head_turn=1.0,
)

#: As FOOT_DOWN, with the foot hovering above the floor.
FOOT_HOVER = Pose(
    _L_OUT,
    _R_OUT,
    _straight_leg("left"),
    LegPose(
        ankle=(-0.36, HIP_Y + 0.27, 0.20),
        knee_hint=(0.5, 1.0, 0.25),
        foot_dir=(-0.45, 0.85, 0.1),
    ),
    roll=50.0,
    head_turn=1.0,
)

#: The gentler variant: one hand near the chest, the right leg only part way across.
GENTLE = Pose(
    _L_OUT,
    HAND_NEAR_CHEST,
    _straight_leg("left"),
    LegPose(
        ankle=(0.0, HIP_Y + 0.33, 0.40),
        knee_hint=(0.3, 1.0, -0.4),
        foot_dir=(-0.4, -0.3, 0.85),
    ),
    roll=18.0,
    head_turn=0.8,
)

#: The gentle hover: hand support, the right leg only part way across and floating low.
GENTLE_HOVER = Pose(
    _L_OUT,
    HAND_NEAR_CHEST,
    _straight_leg("left"),
    LegPose(
        ankle=(-0.10, HIP_Y + 0.34, 0.24),
        knee_hint=(0.4, 1.0, -0.1),
        foot_dir=(-0.5, 0.3, 0.8),
    ),
    roll=24.0,
    head_turn=0.8,
)

CACTUS_START = Pose(_L_CACTUS, _R_CACTUS, START.left_leg, START.right_leg)
HAND_SUPPORT_START = Pose(_L_OUT, HAND_NEAR_CHEST, START.left_leg, START.right_leg)

#: Named keyframes (the right leg moves; use :meth:`Pose.mirrored` for the left side).
KEYFRAMES: dict[str, Pose] = {
    "start": START,
    "cactus": CACTUS_START,
    "hand_support": HAND_SUPPORT_START,
    "knee_bent": KNEE_BENT,
    "leg_sweep": LEG_SWEEP,
    "foot_down": FOOT_DOWN,
    "foot_hover": FOOT_HOVER,
    "gentle": GENTLE,
    "gentle_hover": GENTLE_HOVER,
}
