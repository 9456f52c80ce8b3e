"""The generated pictures: present, valid, small, up to date, and anatomically sane."""

from __future__ import annotations

import io
import math
from functools import cache

import pytest
from PIL import Image, ImageChops

from content.pictures import (
    ANIMATION_KEY,
    ANIMATION_KEYS,
    GENTLE_ANIMATION_KEY,
    PICTURE_KEYS,
    picture_path,
)
from content.pictures.animation import animation_frames, encode_gif
from content.pictures.draw import BASE_HEIGHT, BASE_WIDTH, ORIGIN, PX_PER_M
from content.pictures.render import ANIMATION_SIZE, STILL_SIZE, render_picture
from content.pictures.scenes import SCENES
from content.pictures.skeleton import (
    FOOT_DOWN,
    HAND_Z,
    JOINTS,
    KEYFRAMES,
    LEG_SWEEP,
    SHOULDER_HALF_WIDTH,
    SHOULDER_Z,
    SIDES,
    Pose,
    Skeleton,
)

STILL_LIMIT = 250 * 1024
GIF_LIMIT = int(1.5 * 1024 * 1024)
REQUIRED_KEYS = {
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
    "cover",
}


@cache
def rendered(key: str) -> Image.Image:
    return render_picture(key)


def all_poses() -> list[tuple[str, Pose]]:
    """Every pose the pictures use: keyframes, both sides, scenes and animation frames."""
    poses = [(name, pose) for name, pose in KEYFRAMES.items()]
    poses += [(f"{name} (mirrored)", pose.mirrored()) for name, pose in KEYFRAMES.items()]
    poses += [(f"scene {key}", scene.pose) for key, scene in SCENES.items()]
    poses += [(f"frame {i}", frame.pose) for i, frame in enumerate(animation_frames())]
    poses += [(f"gentle frame {i}", f.pose) for i, f in enumerate(animation_frames(gentle=True))]
    return poses


# --- the files -----------------------------------------------------------------------------


def test_keys_cover_every_step() -> None:
    assert set(PICTURE_KEYS) >= REQUIRED_KEYS
    assert len(PICTURE_KEYS) <= 30  # each is uploaded once: keep the set of files small
    assert len(set(PICTURE_KEYS)) == len(PICTURE_KEYS)
    assert set(SCENES) == set(PICTURE_KEYS)
    assert ANIMATION_KEY == "twist_loop"


def test_picture_path() -> None:
    assert picture_path("foot_down").name == "foot_down.png"
    assert picture_path(ANIMATION_KEY).name == "twist_loop.gif"
    assert picture_path("cover").parent == picture_path(ANIMATION_KEY).parent
    with pytest.raises(KeyError):
        picture_path("no_such_picture")
    with pytest.raises(KeyError):
        render_picture("no_such_picture")


@pytest.mark.parametrize("key", PICTURE_KEYS)
def test_still_file_is_valid_and_small(key: str) -> None:
    path = picture_path(key)
    assert path.is_file(), f"{path} is missing: run python -m content.pictures"
    assert path.stat().st_size < STILL_LIMIT
    with Image.open(path) as im:
        im.verify()
    with Image.open(path) as im:
        assert im.format == "PNG"
        assert im.size == STILL_SIZE == (1080, 810)
        assert im.mode == "P"
        assert not {"date", "time", "Creation Time", "exif"} & set(im.info)


@pytest.mark.parametrize("key", PICTURE_KEYS)
def test_still_file_matches_renderer(key: str) -> None:
    with Image.open(picture_path(key)) as im:
        on_disk = im.convert("RGB")
    now = rendered(key).convert("RGB")
    assert now.size == on_disk.size
    diff = ImageChops.difference(on_disk, now).getbbox()
    assert diff is None, (
        f"{key}.png is out of date (differs in {diff}): run python -m content.pictures"
    )


def test_renderer_is_deterministic() -> None:
    for key in ("cover", "foot_down"):
        again = render_picture(key)
        first = rendered(key)
        assert again.tobytes() == first.tobytes()
        assert again.getpalette() == first.getpalette()
        a, b = io.BytesIO(), io.BytesIO()
        again.save(a, format="PNG", optimize=True)
        first.save(b, format="PNG", optimize=True)
        assert a.getvalue() == b.getvalue()


def test_render_picture_scales_to_phone_width() -> None:
    small = render_picture("foot_down", width=400)
    assert small.size == (400, 300)


@pytest.mark.parametrize("key", ANIMATION_KEYS)
def test_animation_file(key: str) -> None:
    path = picture_path(key)
    assert path.is_file(), f"{path} is missing: run python -m content.pictures"
    data = path.read_bytes()
    assert len(data) < GIF_LIMIT
    with Image.open(io.BytesIO(data)) as im:
        assert im.format == "GIF"
        assert im.size == ANIMATION_SIZE
        n_frames = getattr(im, "n_frames", 1)
        assert getattr(im, "is_animated", False)
        assert 24 <= n_frames <= 48
        assert im.info.get("loop") == 0  # loop forever
        total = 0
        for i in range(n_frames):
            im.seek(i)
            total += im.info["duration"]
    assert 2_000 <= total <= 10_000
    # deterministic and up to date: the encoder gives the same bytes as the file
    gentle = key == GENTLE_ANIMATION_KEY
    assert encode_gif(gentle=gentle) == data, (
        f"{path.name} is out of date: run python -m content.pictures"
    )


# --- the pose model ------------------------------------------------------------------------


def test_shoulders_stay_down_in_every_pose() -> None:
    for name, pose in all_poses():
        sk = pose.skeleton()
        left, right = sk["left_shoulder"], sk["right_shoulder"]
        assert left[1] == right[1] == 0.0, name
        assert left[2] == right[2] == SHOULDER_Z, name
        assert (left[0], right[0]) == (-SHOULDER_HALF_WIDTH, SHOULDER_HALF_WIDTH), name


def test_palms_stay_flat_on_the_mat() -> None:
    for name, pose in all_poses():
        sk = pose.skeleton()
        for side in SIDES:
            assert sk[f"{side}_wrist"][2] == pytest.approx(HAND_Z, abs=1e-9), name
            assert sk[f"{side}_hand"][2] == pytest.approx(HAND_Z, abs=1e-9), name


def test_joints_bend_within_anatomical_range() -> None:
    for name, pose in all_poses():
        sk = pose.skeleton()
        for side in SIDES:
            assert 0.0 <= sk.knee_flexion(side) <= 140.0, (name, side)
            assert 0.0 <= sk.elbow_flexion(side) <= 145.0, (name, side)


def test_bones_keep_their_length() -> None:
    reference = KEYFRAMES["start"].skeleton()
    bones = [("left_hip", "right_hip")] + [
        (f"{side}_{a}", f"{side}_{b}")
        for side in SIDES
        for a, b in (
            ("shoulder", "elbow"),
            ("elbow", "wrist"),
            ("hip", "knee"),
            ("knee", "ankle"),
            ("ankle", "toe"),
        )
    ]
    for name, pose in all_poses():
        sk = pose.skeleton()
        assert set(sk.joints) == set(JOINTS), name
        for a, b in bones:
            expected = reference.bone_length(a, b)
            assert sk.bone_length(a, b) == pytest.approx(expected, abs=1e-6), (name, a, b)


def test_nothing_goes_through_the_mat_or_off_the_picture() -> None:
    for name, pose in all_poses():
        sk = pose.skeleton()
        for joint, (x, y, z) in sk.joints.items():
            assert z >= 0.0, (name, joint)
            px, py = ORIGIN[0] + x * PX_PER_M, ORIGIN[1] + y * PX_PER_M
            assert 0 < px < BASE_WIDTH and 0 < py < BASE_HEIGHT, (name, joint)


def _knee_bends_backwards(sk: Skeleton, side: str) -> bool:
    """Face down, a bent knee lifts the heel up and towards the seat, never forwards."""
    knee, ankle = sk[f"{side}_knee"], sk[f"{side}_ankle"]
    return ankle[2] > knee[2] and ankle[1] < knee[1]


def test_knee_bent_lifts_the_lower_leg() -> None:
    sk = KEYFRAMES["knee_bent"].skeleton()
    assert 80.0 <= sk.knee_flexion("right") <= 140.0
    assert _knee_bends_backwards(sk, "right")
    assert sk.knee_flexion("left") < 10.0
    mirrored = KEYFRAMES["knee_bent"].mirrored().skeleton()
    assert _knee_bends_backwards(mirrored, "left")


def test_foot_down_crosses_the_midline_outside_the_left_leg() -> None:
    sk = FOOT_DOWN.skeleton()
    right_ankle, left_ankle, left_knee = sk["right_ankle"], sk["left_ankle"], sk["left_knee"]
    assert right_ankle[0] < 0.0  # other side of the body's midline
    assert right_ankle[0] < min(left_ankle[0], left_knee[0]) - 0.15  # outside the left leg
    assert right_ankle[2] == pytest.approx(0.05, abs=0.01)  # resting on the floor
    assert sk["right_knee"][0] < sk["right_hip"][0]  # the thigh travels across
    assert sk.roll > 0  # the right hip lifts, the shoulders do not
    hover = KEYFRAMES["foot_hover"].skeleton()
    assert hover["right_ankle"][2] > right_ankle[2] + 0.1
    assert hover["right_ankle"][0] < 0.0


def test_gaze_goes_away_from_the_travelling_leg() -> None:
    for name in ("leg_sweep", "foot_down", "foot_hover", "gentle"):
        pose = KEYFRAMES[name]
        sk = pose.skeleton()
        travel = sk["right_ankle"][0] - KEYFRAMES["start"].skeleton()["right_ankle"][0]
        assert travel < 0, name  # the right leg travels to the left ...
        assert pose.head_turn > 0, name  # ... so the face turns to the right
        assert pose.mirrored().head_turn < 0, name
    assert KEYFRAMES["start"].head_turn == 0.0  # forehead on the mat at the start


def test_left_sweep_mirrors_leg_sweep() -> None:
    right, left = LEG_SWEEP.skeleton(), SCENES["left_sweep"].pose.skeleton()
    for joint, (x, y, z) in right.joints.items():
        other = joint.replace("right", "@").replace("left", "right").replace("@", "left")
        lx, ly, lz = left[other]
        assert math.isclose(lx, -x, abs_tol=1e-9) and math.isclose(ly, y) and math.isclose(lz, z)
    assert SCENES["left_sweep"].highlight == ("left_leg",)


def test_animation_does_both_sides_and_loops_smoothly() -> None:
    frames = animation_frames()
    moving = [f.moving for f in frames]
    assert moving[0] == "right_leg" and moving[-1] == "left_leg"
    right_most = min(f.pose.skeleton()["right_ankle"][0] for f in frames)
    left_most = max(f.pose.skeleton()["left_ankle"][0] for f in frames)
    assert right_most < -0.3 and left_most > 0.3  # each foot gets across
    first, last = frames[0].pose.skeleton(), frames[-1].pose.skeleton()
    for joint in first.joints:
        assert math.dist(first[joint], last[joint]) < 1e-6, joint


def test_gentle_animation_goes_part_way_with_hand_support() -> None:
    frames = animation_frames(gentle=True)
    assert [f.moving for f in frames[:1] + frames[-1:]] == ["right_leg", "left_leg"]
    right_most = min(f.pose.skeleton()["right_ankle"][0] for f in frames)
    left_most = max(f.pose.skeleton()["left_ankle"][0] for f in frames)
    full = min(f.pose.skeleton()["right_ankle"][0] for f in animation_frames())
    assert full < right_most <= 0.05 and left_most >= -0.05  # part way, well short of full
    for f in frames:  # one hand stays flat near the chest all the way round the loop
        sk = f.pose.skeleton()
        assert sk.elbow_flexion("right") > 60, f
    first, last = frames[0].pose.skeleton(), frames[-1].pose.skeleton()
    for joint in first.joints:
        assert math.dist(first[joint], last[joint]) < 1e-6, joint
