"""Which picture a screen shows: the gentle move on the gentle variant, the chosen arms always."""

from __future__ import annotations

import pytest

from coach.session.machine import (
    ArmOption,
    ChooseArm,
    ChooseLeg,
    ChooseVariant,
    LegOption,
    Next,
    Phase,
    Start,
)
from coach.session.view import render
from coach.session.workout import Style, Variant
from content import exercise
from content.pictures import (
    ARM_SCENES,
    BASE_KEYS,
    GENTLE_SCENES,
    OTHER_ARMS,
    PICTURE_KEYS,
    arm_key,
    picture_for,
)
from tests.unit.test_session import Run

#: The drawings that show the gentle move (part way, hover, hand support) or lying flat.
GENTLE_PICTURES = {
    "cover_gentle",
    "hand_support",
    "knee_bent_hand",
    "gentle_variant",
    "foot_hover_gentle",
    "return_switch_gentle",
    "left_gentle",
}


@pytest.mark.parametrize(
    ("scene", "arm", "gentle", "key"),
    [
        ("cover", "out", False, "cover"),
        ("cover", "cactus", True, "cover_gentle"),
        ("prone_arms_out", "out", True, "hand_support"),
        ("cactus_arms", "cactus", False, "cactus_arms"),
        ("knee_bent", "out", False, "knee_bent"),
        ("knee_bent", "cactus", False, "knee_bent_cactus"),
        ("knee_bent", "hand", False, "knee_bent_hand"),
        ("knee_bent", "out", True, "knee_bent_hand"),
        ("leg_sweep", "cactus", False, "leg_sweep_cactus"),
        ("leg_sweep", "out", True, "gentle_variant"),
        ("foot_down", "hand", False, "foot_down_hand"),
        ("foot_hover", "cactus", False, "foot_hover_cactus"),
        ("foot_hover", "out", True, "foot_hover_gentle"),
        ("return_switch", "out", False, "return_switch"),
        ("return_switch", "cactus", False, "return_switch_cactus"),
        ("return_switch", "hand", True, "return_switch_gentle"),
        ("left_sweep", "hand", False, "left_sweep_hand"),
        ("left_sweep", "out", True, "left_gentle"),
        ("gentle_variant", "out", True, "gentle_variant"),
    ],
)
def test_picture_for(scene: str, arm: str, gentle: bool, key: str) -> None:
    assert picture_for(scene, arm, gentle) == key
    assert key in PICTURE_KEYS


@pytest.mark.parametrize("arm", ["out", *OTHER_ARMS])
@pytest.mark.parametrize("scene", BASE_KEYS)
def test_every_scene_has_a_drawing_for_every_arm_and_variant(scene: str, arm: str) -> None:
    assert picture_for(scene, arm, False) in PICTURE_KEYS
    assert picture_for(scene, arm, True) in GENTLE_PICTURES
    if scene in ARM_SCENES and arm != "out":
        assert picture_for(scene, arm, False) == arm_key(scene, arm) == f"{scene}_{arm}"


def test_gentle_scenes_are_drawn_with_hand_support() -> None:
    from content.pictures.scenes import SCENES
    from content.pictures.skeleton import HAND_NEAR_CHEST

    for key in GENTLE_PICTURES - {"left_gentle"}:
        assert SCENES[key].pose.right_arm == HAND_NEAR_CHEST, key
    assert SCENES["left_gentle"].pose.left_arm == HAND_NEAR_CHEST.mirrored()
    assert set(GENTLE_SCENES.values()) <= GENTLE_PICTURES


def _screens(style: Style, route: str, arm: ArmOption, leg: LegOption) -> list[str]:
    """Every picture of one session, from the READY screen through the steps to the end."""
    run = Run(usual_pain=4 if route == "amber" else 1, style=style)
    run.clear_screen(4 if route == "amber" else 1)
    if route == "chosen gentle":
        run.send(ChooseVariant(Variant.GENTLE))
    seen = [render(run.state, run.clock.now).photo]
    run.send(Next())
    while run.state.phase is Phase.STEPS:
        if run.state.variant is Variant.STANDARD and run.state.step_index == 0:
            run.send(ChooseArm(arm))
        if run.state.variant is Variant.STANDARD and run.state.step_index == 3:
            run.send(ChooseLeg(leg))
        view = render(run.state, run.clock.now)
        seen.append(view.photo)
        last = run.state.step_index == len(run.state.steps) - 1
        run.send(Start() if last else Next())
    assert run.state.phase is Phase.WORK
    while run.state.phase is Phase.WORK:
        view = render(run.state, run.clock.now)
        seen.append(view.photo or view.animation)
        run.tick()
    return [key for key in seen if key is not None]


@pytest.mark.parametrize("style", [Style.HOLD, Style.FLOW])
@pytest.mark.parametrize("route", ["amber", "chosen gentle"])
def test_every_gentle_screen_shows_the_gentle_move(style: Style, route: str) -> None:
    seen = _screens(style, route, ArmOption.OUT, LegOption.DOWN)
    stills = [key for key in seen if key not in exercise.ANIMATION_KEYS]
    assert stills[0] == "cover_gentle"  # the amber READY screen too
    animations = {key for key in seen if key in exercise.ANIMATION_KEYS}
    assert animations == set()  # a Flow rep's halves show their side, like holds
    assert set(stills) <= GENTLE_PICTURES, set(stills) - GENTLE_PICTURES
    assert "return_switch_gentle" in stills
    if style is Style.HOLD:
        assert {"gentle_variant", "left_gentle", "foot_hover_gentle"} <= set(stills)


@pytest.mark.parametrize("style", [Style.HOLD, Style.FLOW])
@pytest.mark.parametrize("leg", list(LegOption))
@pytest.mark.parametrize("arm", list(ArmOption))
def test_the_chosen_arms_stay_on_every_later_picture(
    arm: ArmOption, leg: LegOption, style: Style
) -> None:
    seen = _screens(style, "green", arm, leg)
    assert seen[0] == "cover"
    after_choice = [key for key in seen[1:] if key not in exercise.ANIMATION_KEYS]
    animations = {key for key in seen if key in exercise.ANIMATION_KEYS}
    assert animations == set()  # a Flow rep's halves show their side, like holds
    start_picture = next(o.picture for o in exercise.ARM_OPTIONS if o.key == arm.value)
    for key in after_choice:
        scene = key if arm is ArmOption.OUT else key.removesuffix(f"_{arm.value}")
        assert scene == start_picture or scene in ARM_SCENES, key
        assert key == picture_for(scene, arm.value, False), key
    if style is Style.HOLD:
        leg_picture = "foot_down" if leg is LegOption.DOWN else "foot_hover"
        assert arm_key(leg_picture, arm.value) in after_choice
        assert arm_key("left_sweep", arm.value) in after_choice
    assert arm_key("knee_bent", arm.value) in after_choice
    assert arm_key("return_switch", arm.value) in after_choice
