"""Pictures of the prone spinal twist, drawn by the project itself.

One still per step (``PICTURE_KEYS``, PNG, 1080x810) and one looping animation
(``ANIMATION_KEY``, GIF, 540x405), all seen from above with the same figure, mat and palette.
The files live in ``content/pictures/out/`` and are regenerated, byte for byte, by::

    python -m content.pictures
"""

from __future__ import annotations

from pathlib import Path

#: The scenes drawn once per arm option: the arms stay as chosen in every later picture.
ARM_SCENES: tuple[str, ...] = (
    "knee_bent",
    "leg_sweep",
    "foot_down",
    "foot_hover",
    "return_switch",
    "left_sweep",
)
#: The arm options other than arms out (``content.exercise.ARM_OPTIONS`` keys).
OTHER_ARMS: tuple[str, ...] = ("cactus", "hand")
#: The arm option of the gentle variant (hand support).
GENTLE_ARMS = "hand"
#: On the gentle variant a scene is shown by its gentle drawing: part way, hover, hand support.
GENTLE_SCENES: dict[str, str] = {
    "cover": "cover_gentle",
    "prone_arms_out": "hand_support",
    "cactus_arms": "hand_support",
    "leg_sweep": "gentle_variant",
    "foot_down": "foot_hover_gentle",
    "foot_hover": "foot_hover_gentle",
    "return_switch": "return_switch_gentle",
    "left_sweep": "left_gentle",
}


def arm_key(scene: str, arm: str) -> str:
    """The key of ``scene`` drawn with the arm option ``arm`` ("out", "cactus" or "hand")."""
    if scene in ARM_SCENES and arm in OTHER_ARMS:
        return f"{scene}_{arm}"
    return scene


def picture_for(scene: str, arm: str, gentle: bool) -> str:
    """The picture key that shows ``scene`` (a base key) with the user's arm option, and the
    gentle move on the gentle variant (whose arms are always hand support)."""
    if gentle:
        return GENTLE_SCENES.get(scene) or arm_key(scene, GENTLE_ARMS)
    return arm_key(scene, arm)


#: The base scenes, in the order of the session (the cover first).
BASE_KEYS: tuple[str, ...] = (
    "cover",
    "prone_arms_out",
    "cactus_arms",
    "hand_support",
    "knee_bent",
    "leg_sweep",
    "foot_down",
    "foot_hover",
    "return_switch",
    "gentle_variant",
    "left_sweep",
)
#: Keys of every still: the base scenes, their arm variants, then the gentle drawings.
PICTURE_KEYS: tuple[str, ...] = (
    *BASE_KEYS,
    *(arm_key(scene, arm) for scene in ARM_SCENES for arm in OTHER_ARMS),
    *(key for key in dict.fromkeys(GENTLE_SCENES.values()) if key not in BASE_KEYS),
)
ANIMATION_KEY = "twist_loop"
#: The gentle loop: hand support, each leg only part way across.
GENTLE_ANIMATION_KEY = "twist_loop_gentle"
ANIMATION_KEYS: tuple[str, ...] = (ANIMATION_KEY, GENTLE_ANIMATION_KEY)


def animation_for(gentle: bool) -> str:
    """The animation shown during Flow reps: the gentle move on the gentle variant."""
    return GENTLE_ANIMATION_KEY if gentle else ANIMATION_KEY


OUT_DIR = Path(__file__).resolve().parent / "out"


def file_name(key: str) -> str:
    if key in ANIMATION_KEYS:
        return f"{key}.gif"
    if key in PICTURE_KEYS:
        return f"{key}.png"
    raise KeyError(f"unknown picture key: {key!r}")


def picture_path(key: str) -> Path:
    """Where the generated file for ``key`` lives (``.png`` for stills, ``.gif`` for the loop).
    The renderer (``content.pictures.render``) is imported only to draw them."""
    return OUT_DIR / file_name(key)


__all__ = [
    "ANIMATION_KEY",
    "ANIMATION_KEYS",
    "ARM_SCENES",
    "BASE_KEYS",
    "GENTLE_ANIMATION_KEY",
    "GENTLE_ARMS",
    "GENTLE_SCENES",
    "OTHER_ARMS",
    "OUT_DIR",
    "PICTURE_KEYS",
    "animation_for",
    "arm_key",
    "file_name",
    "picture_for",
    "picture_path",
]
