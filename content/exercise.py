"""The prone spinal twist as data: steps, arm and leg options, and timings.

Plain data only (this package imports nothing of ours). The coach turns it into plans and
views: `coach.session.workout` reads the timings, `coach.session.view` the steps, options and
pictures.

Captions are Telegram HTML (``<b>`` and ``<i>`` only), at most 400 characters each.
Picture keys name the drawings in ``content/pictures`` (owned by the picture engineer);
steps name base scenes, and `picture_for` turns one into the drawing with the user's arm
option, or the gentle drawing on the gentle variant; Flow reps show each half's side like a
hold (the looping animations, `ANIMATION_KEYS`, illustrate the sweep elsewhere).

Timing choices (SAFETY.md section 4 gives the ranges; the defaults are ours):

- **Hold** 15-30 s per side; default 20 s. It sits inside the range with room on both sides, a
  stiff back usually settles into a hold after about 15 s, and 20 s is short enough for a
  first-timer to finish comfortably. Users may choose up to 30 s.
- **Flow** 3 sets of 8-12 slow reps; default 8, the low end, for the same reason. One rep
  sweeps to one side, then the other (right then left, as the movement goes side to side);
  each half takes 4 s (about 2 s sweeping across, 2 s back), rest 30 s between sets.
- **Gentle** (amber) variant: 2 holds of 15 s per side with a 10 s rest between them, or
  2 sets of 5 reps per side (the range allows 1-2 sets of 5-8 reps; we take the middle of
  "1-2 sets" and the bottom of "5-8 reps").
- A 12 s set-up pause before the first block (time to put the phone down and lie face down;
  "I'm ready" starts sooner; 5-30 s in /settings), 10 s to switch sides in Hold. Flow needs
  no switch: its reps alternate sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from content.pictures import ANIMATION_KEY as ANIMATION_KEY
from content.pictures import ANIMATION_KEYS as ANIMATION_KEYS
from content.pictures import PICTURE_KEYS as PICTURE_KEYS
from content.pictures import animation_for as animation_for
from content.pictures import picture_for as picture_for

# The pictures are drawn by content.pictures; steps name them by key.
COVER_PICTURE = "cover"
SWITCH_PICTURE = "return_switch"
LEFT_SIDE_PICTURE = "left_sweep"
GENTLE_PICTURE = "gentle_variant"

CAPTION_MAX = 400


@dataclass(frozen=True)
class Option:
    """One choice the user can make on a step (an arm or a leg position)."""

    key: str
    label: str  # button label
    picture: str
    detail: str  # one sentence added to the step caption when this option is chosen


@dataclass(frozen=True)
class Step:
    """One screen of the how-to. ``choice`` names the option group shown as buttons on this
    step ("arm" or "leg"), and then the picture comes from the chosen option."""

    key: str
    title: str
    caption: str
    picture: str
    choice: str | None = None


ARM_OPTIONS: tuple[Option, ...] = (
    Option(
        "out",
        "Arms out",
        "prone_arms_out",
        "Arms out to the sides, palms flat on the mat.",
    ),
    Option(
        "cactus",
        "Cactus arms",
        "cactus_arms",
        "Elbows bent at about 90°, forearms and palms flat on the mat.",
    ),
    Option(
        "hand",
        "Hand support",
        "hand_support",
        "One hand flat near your chest for support, the other arm out to the side.",
    ),
)
LEG_OPTIONS: tuple[Option, ...] = (
    Option(
        "down",
        "Foot down",
        "foot_down",
        "If it reaches easily, let the foot rest on the floor beyond your other leg.",
    ),
    Option(
        "hover",
        "Hover",
        "foot_hover",
        "Let the leg float in the air; it is just as useful.",
    ),
)
GENTLE_ARM = "hand"
GENTLE_LEG = "hover"

STOP_CUE = "<i>Stop if the pain turns sharp, catches, or spreads into a leg.</i>"

STANDARD_STEPS: tuple[Step, ...] = (
    Step(
        "lie_down",
        "Lie face down",
        "Lie on your front on a mat and rest your forehead on it, neck long. "
        "Pick the arm position that suits your shoulders today:",
        "prone_arms_out",
        choice="arm",
    ),
    Step(
        "bend_knee",
        "Bend one knee",
        "We start with the right leg. Bend the right knee and lift that leg a little "
        "off the mat. Your hips and chest stay heavy.",
        "knee_bent",
    ),
    Step(
        "sweep",
        "Sweep the leg across",
        "Slowly sweep the bent leg over towards your left side, only as far as feels easy. "
        "<b>Never force it.</b> Keep both shoulders and both palms pressing into the mat so "
        "your upper body stays put.",
        "leg_sweep",
    ),
    Step(
        "foot",
        "Foot down, or hover",
        "Rest your temple on the mat with your gaze turned away from the moving leg, head "
        "relaxed. Choose how far the leg goes:",
        "foot_down",
        choice="leg",
    ),
    Step(
        "return",
        "Return and switch",
        "Sweep the leg back to the middle and lower it, then repeat with the left leg. "
        "Keep every movement smooth and gentle. " + STOP_CUE,
        "return_switch",
    ),
)

GENTLE_STEPS: tuple[Step, ...] = (
    Step(
        "lie_down",
        "Lie face down",
        "Lie on your front with your forehead on the mat. Today, use <b>hand support</b>: "
        "one hand flat near your chest, the other arm out to the side.",
        "hand_support",
    ),
    Step(
        "bend_knee",
        "Bend one knee",
        "Start with the right leg: bend the knee and lift the leg only slightly. "
        "Hips and chest stay relaxed on the mat.",
        "knee_bent",
    ),
    Step(
        "sweep",
        "A small sweep",
        "Move the leg only <b>part of the way</b> across, a small and easy range. "
        "Shoulders and palms stay down. Nothing should feel forced.",
        "gentle_variant",
    ),
    Step(
        "foot",
        "Let it hover",
        "Keep the leg hovering; there is no need to reach the floor today. Rest your temple "
        "on the mat, looking away from the moving leg.",
        "foot_hover",
    ),
    Step(
        "return",
        "Return and switch",
        "Bring the leg back to the middle, lower it, and do the same on the left. " + STOP_CUE,
        "return_switch",
    ),
)


@dataclass(frozen=True)
class Timings:
    """All durations in exercise seconds (TIME_SCALE stretches them at run time)."""

    # Long enough to put the phone down and lie face down; "I'm ready" starts the timed part
    # early (issue 17, item 4).
    setup_seconds: float = 12.0
    setup_seconds_min: int = 5
    setup_seconds_max: int = 30
    hold_seconds_min: int = 15
    hold_seconds_max: int = 30
    hold_seconds_default: int = 20
    hold_switch_seconds: float = 10.0
    flow_sets: int = 3
    flow_sets_min: int = 1
    flow_sets_max: int = 3
    flow_reps_min: int = 8
    flow_reps_max: int = 12
    flow_reps_default: int = 8
    rep_seconds: float = 4.0  # one half of a rep (one side): about 2 s across, 2 s back
    rest_seconds: float = 30.0
    gentle_hold_seconds: float = 15.0
    gentle_holds: int = 2
    gentle_hold_rest_seconds: float = 10.0
    gentle_sets: int = 2
    gentle_reps: int = 5


TIMINGS = Timings()
