"""Rendering: every phase fits Telegram's limits, every button decodes, and no text says what
the coach must never say (SAFETY.md section 1)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from coach.callbacks import MAX_BYTES, encode
from coach.progress.streaks import Streak
from coach.screening.rules import CLINICIAN_KEYS, EMERGENCY_KEYS, Followup, Hold, HoldReason
from coach.session.buttons import button_data, decode_session_button, session_code
from coach.session.machine import (
    ArmOption,
    Back,
    ChecklistDone,
    ChooseArm,
    ChooseLeg,
    ChooseStyle,
    ChooseVariant,
    ContinueGently,
    Hurts,
    LegOption,
    Next,
    NoneOfThese,
    Pain,
    Pause,
    Phase,
    Resume,
    SessionState,
    Settled,
    Skip,
    Start,
    Stop,
    Toggle,
    apply,
)
from coach.session.view import (
    CAPTION_MAX,
    TEXT_MAX,
    EndClock,
    hold_view,
    ignored_notice,
    progress_bar,
    render,
    render_one_at_a_time,
)
from coach.session.workout import Style, Variant
from coach.ui import View
from content import exercise, general
from content import texts as t
from tests.unit.test_session import T0, Run, every_state

FORBIDDEN = (
    "push through",
    "push past",
    "work through the pain",
    "no pain, no gain",
    "diagnos",
    "herniat",
    "bulging",
    "pinched nerve",
    "slipped disc",
    "sciatica",
    "ibuprofen",
    "paracetamol",
    "acetaminophen",
    "naproxen",
    "aspirin",
    "codeine",
    "tramadol",
    "diclofenac",
    "opioid",
    " mg",
    "dose",
    "painkiller",
)
ALLOWED_TAGS = re.compile(r"</?(b|i)>")


def assert_clean_html(text: str) -> None:
    for tag in re.findall(r"</?[^>]*>", text):
        assert ALLOWED_TAGS.fullmatch(tag), f"tag {tag!r} in {text!r}"
    lowered = text.lower()
    for word in FORBIDDEN:
        assert word not in lowered, f"{word!r} in {text!r}"


def views_of_every_state() -> Iterator[tuple[SessionState, View]]:
    for state in every_state():
        times = [T0]
        if state.block_started_at is not None:
            start = datetime.fromtimestamp(state.block_started_at, UTC)
            times = [start, start + timedelta(seconds=1.3)]
        for now in times:
            yield state, render(state, now)
            yield state, render(state, now, streak=Streak(3, 9), offer_reminder=True)


def test_every_view_fits_telegram_and_says_nothing_forbidden():
    seen = set()
    for state, view in views_of_every_state():
        seen.add(state.phase)
        media = view.photo is not None or view.animation is not None
        assert view.text
        assert len(view.text) <= (CAPTION_MAX if media else TEXT_MAX)
        assert_clean_html(view.text)
        if view.photo is not None:
            assert view.photo in exercise.PICTURE_KEYS
        if view.animation is not None:
            assert view.animation in exercise.ANIMATION_KEYS
        for row in view.buttons:
            assert 1 <= len(row) <= 6
            for button in row:
                assert button.label
                assert len(button.data.encode()) <= MAX_BYTES
                decoded = decode_session_button(button.data)
                assert decoded is not None and decoded[0] == state.session_id
                # every button event is handled without raising in the state it is shown in
                apply(state, decoded[1], T0)
    assert seen == set(Phase)


@pytest.mark.parametrize(
    ("phase", "media"),
    [
        (Phase.SCREEN_EMERGENCY, False),
        (Phase.READY, True),
        (Phase.STEPS, True),
        (Phase.WORK, True),
        (Phase.PAUSED, True),
        (Phase.AFTER_PAIN, False),
        (Phase.DONE, False),
    ],
)
def test_text_phases_and_media_phases(phase, media):
    state = next(s for s in every_state() if s.phase is phase)
    view = render(state, T0)
    assert (view.photo is not None or view.animation is not None) is media


def labels(view: View) -> list[list[str]]:
    return [[b.label for b in row] for row in view.buttons]


def test_checklist_marks_ticked_signs_and_offers_none_and_done():
    run = Run()
    run.send(Toggle("bowel"))
    view = render(run.state, T0)
    rows = labels(view)
    assert len(rows) == len(EMERGENCY_KEYS) + 1
    assert rows[2] == [f"{t.CHECKED} Bowel control"]
    assert all(r[0].startswith(t.UNCHECKED) for i, r in enumerate(rows[:-1]) if i != 2)
    assert rows[-1] == [t.NONE_OF_THESE, t.DONE]
    assert [b.data for b in view.buttons[-1]] == ["s1:k9:none", "s1:k9:done"]
    for sign in t.EMERGENCY_SIGNS:
        assert sign.detail in view.text
    assert t.AFTER_EMERGENCY_NOTE not in view.text


def test_emergency_checklist_reminds_of_an_emergency_in_the_last_24_hours():
    view = render(Run(after_emergency=True).state, T0)
    assert t.AFTER_EMERGENCY_NOTE in view.text


def test_clinician_checklist_lists_its_signs():
    run = Run()
    run.send(NoneOfThese())
    view = render(run.state, T0)
    assert [b.data.split(":")[3] for row in view.buttons[:-1] for b in row] == list(CLINICIAN_KEYS)


def test_pain_keyboard_is_0_to_10_in_two_rows():
    run = Run()
    run.send(NoneOfThese())
    run.send(NoneOfThese())
    view = render(run.state, T0)
    assert labels(view) == [[str(n) for n in range(6)], [str(n) for n in range(6, 11)]]
    assert view.buttons[1][4].data == "s1:k9:p:10"


@pytest.mark.parametrize(
    ("pain", "usual", "flare", "must_say"),
    [
        (1, 1, False, ["Good to go", "<b>Hold</b>: 20 s on each side"]),
        (4, 4, False, ["gently", "4-5", "part way", "hand", "2 × 15 s"]),
        (3, 1, False, ["2 or more above your usual 1/10"]),
        (0, 0, True, ["hasn't settled", "break until your pain is back to usual"]),
        (6, 1, False, ["No session today", "everyday movement", "GP or physiotherapist"]),
    ],
)
def test_outcome_texts_say_why_and_what_changes(pain, usual, flare, must_say):
    run = Run(usual_pain=usual, followup=Followup(gentle_next=flare))
    run.clear_screen(pain)
    text = render(run.state, T0).text
    for phrase in must_say:
        assert phrase in text


def test_emergency_and_clinician_outcomes():
    run = Run()
    run.send(Toggle("saddle_numbness"))
    run.send(ChecklistDone())
    view = render(run.state, T0)
    assert "urgent medical help now" in view.text and "emergency" in view.text
    assert view.buttons == ()
    run = Run()
    run.send(NoneOfThese())
    run.send(Toggle("rest_night_pain"))
    run.send(ChecklistDone())
    assert "GP or physiotherapist soon" in render(run.state, T0).text


def test_clinician_suggestions_from_the_history_are_shown():
    reasons = ("flares_in_14_days", "no_improvement")
    run = Run(followup=Followup(clinician_reasons=reasons))
    run.clear_screen(1)
    text = render(run.state, T0).text
    assert t.SUGGEST_CLINICIAN_FLARES in text and t.SUGGEST_CLINICIAN_NO_IMPROVEMENT in text


def test_ready_offers_steps_start_style_and_variant_switch_and_stop():
    run = Run(style=Style.HOLD)
    run.clear_screen(1)
    view = render(run.state, T0)
    assert view.photo == exercise.COVER_PICTURE
    assert [[b.data for b in row] for row in view.buttons] == [
        ["s1:k9:nx", "s1:k9:go"],
        ["s1:k9:st:flow", "s1:k9:v:gentle"],
        ["s1:k9:x"],
    ]
    run.send(ChooseVariant(Variant.GENTLE))
    view = render(run.state, T0)
    assert t.gentle_chosen(flow=False) in view.text and "2 × 15 s" in view.text
    assert labels(view)[1] == [t.SWITCH_TO_FLOW, t.CHOOSE_STANDARD]


@pytest.mark.parametrize(
    ("style", "says", "never"),
    [
        (Style.HOLD, "shorter holds", "shorter sets"),
        (Style.FLOW, "fewer, shorter sets", "shorter holds"),
    ],
)
def test_gentle_texts_name_what_shortens_in_the_users_style(
    style: Style, says: str, never: str
) -> None:
    """Issue 17, item 10: amber, the chosen gentle version and the offer after "it hurts" say
    the thing that changes for this style."""
    amber = Run(style=style)
    amber.clear_screen(4)
    green = Run(style=style)
    green.clear_screen(1)
    green.send(ChooseVariant(Variant.GENTLE))
    hurt = Run(style=style)
    hurt.clear_screen(2)
    hurt.send(Start())
    hurt.send(Hurts())
    hurt.send(Pain(2))
    assert hurt.state.phase is Phase.HURT_OFFER
    for run in (amber, green, hurt):
        text = render(run.state, T0).text
        assert says in text and never not in text, text


def test_amber_ready_has_no_way_back_to_standard():
    run = Run()
    run.clear_screen(4)
    assert [[b.data for b in row] for row in render(run.state, T0).buttons][1] == ["s1:k9:st:flow"]


def test_after_a_settled_flare_ready_suggests_the_gentle_variant():
    run = Run(followup=Followup(ask_settled=True))
    run.send(Settled(True))
    run.clear_screen(1)
    assert t.SETTLED_HINT in render(run.state, T0).text


def test_steps_show_pictures_options_and_start_on_the_last_step():
    run = Run()
    run.clear_screen(1)
    run.send(Next())
    view = render(run.state, T0)
    assert view.photo == "prone_arms_out"
    assert labels(view)[0] == [f"{t.CHECKED} Arms out", "Cactus arms", "Hand support"]
    run.send(ChooseArm(ArmOption.CACTUS))
    assert render(run.state, T0).photo == "cactus_arms"
    pictures = []
    while True:
        view = render(run.state, T0)
        pictures.append(view.photo)
        if labels(view)[-1][-1] == t.START:
            break
        run.send(Next())
    assert view.buttons[-1][-1].data == "s1:k9:go"
    assert pictures == [
        "cactus_arms",
        "knee_bent_cactus",
        "leg_sweep_cactus",
        "foot_down_cactus",
        "return_switch_cactus",
    ]
    run.send(Back())
    run.send(ChooseLeg(LegOption.HOVER))
    assert render(run.state, T0).photo == "foot_hover_cactus"


def test_gentle_steps_have_no_option_buttons():
    run = Run()
    run.clear_screen(5)
    run.send(Next())
    view = render(run.state, T0)
    assert view.photo == "hand_support"
    assert labels(view) == [[t.BACK, t.NEXT]]


def test_coach_options_match_the_content_options():
    assert [a.value for a in ArmOption] == [o.key for o in exercise.ARM_OPTIONS]
    assert [leg.value for leg in LegOption] == [o.key for o in exercise.LEG_OPTIONS]
    assert ArmOption(exercise.GENTLE_ARM) is ArmOption.HAND
    assert LegOption(exercise.GENTLE_LEG) is LegOption.HOVER


def test_step_captions_are_short_and_clean():
    for step in (*exercise.STANDARD_STEPS, *exercise.GENTLE_STEPS):
        assert step.picture in exercise.PICTURE_KEYS
        longest = max((o.detail for o in (*exercise.ARM_OPTIONS, *exercise.LEG_OPTIONS)), key=len)
        assert len(step.caption) + len(longest) + 10 <= exercise.CAPTION_MAX
        assert_clean_html(step.caption)
    for option in (*exercise.ARM_OPTIONS, *exercise.LEG_OPTIONS):
        assert option.picture in exercise.PICTURE_KEYS
    assert any(exercise.STOP_CUE in s.caption for s in exercise.STANDARD_STEPS)
    assert any(exercise.STOP_CUE in s.caption for s in exercise.GENTLE_STEPS)


def block_start(run: Run) -> datetime:
    assert run.state.block_started_at is not None
    return datetime.fromtimestamp(run.state.block_started_at, UTC)


def working_run(**kwargs: Any) -> Run:
    run = Run(**kwargs)
    run.clear_screen(1)
    run.send(Start())
    run.tick()  # first hold
    return run


def test_work_view_counts_down_in_exercise_seconds():
    run = working_run()
    start = block_start(run)
    view = render(run.state, start)
    assert "⏱ <b>20 s</b>" in view.text and "Right leg, hold" in view.text
    assert progress_bar(0.0) in view.text
    assert t.WORK_CUE in view.text
    assert labels(view) == [[t.PAUSE, t.SKIP], [t.STOP, t.HURTS]]
    assert [b.data for row in view.buttons for b in row] == [
        "s1:k9:ps",
        "s1:k9:sk",
        "s1:k9:x",
        "s1:k9:h",
    ]
    later = render(run.state, start + timedelta(seconds=5))
    assert "⏱ <b>15 s</b>" in later.text

    scaled = working_run(time_scale=0.1)
    start = block_start(scaled)
    assert "⏱ <b>17 s</b>" in render(scaled.state, start + timedelta(seconds=0.3)).text


@pytest.mark.parametrize(
    ("zone", "after", "until"),
    [
        # the first hold starts at 08:00:12 UTC (12 s set-up) and lasts 20 s
        ("Europe/Berlin", 0.0, "09:00:32"),  # March: UTC+1
        ("Asia/Tokyo", 7.0, "17:00:32"),  # the end stays put as the count falls
        ("America/New_York", 19.5, "04:00:32"),  # EDT from 8 March 2026: UTC-4
        (None, 0.0, "08:00:32 UTC"),  # the zone is not known: UTC, said so
        ("Not/AZone", 0.0, "08:00:32 UTC"),  # unreadable: the same
    ],
)
def test_a_sparse_countdown_shows_when_the_part_ends_in_the_users_time(
    zone: str | None, after: float, until: str
) -> None:
    """Issue 18: a countdown ticking every 5 or 10 s shows its end as a local time ("until
    07:31:20") beside the number, so a number that stays for seconds still says when."""
    run = working_run()
    now = block_start(run) + timedelta(seconds=after)
    assert block_start(run) == T0 + timedelta(seconds=12)
    view = render(run.state, now, end=EndClock(zone))
    shown = 20 - int(after)
    assert f"⏱ <b>{shown} s</b> · until {until}" in view.text
    assert "until" not in render(run.state, now).text  # every second: the number is enough


def test_the_end_time_is_not_shown_paused_or_at_zero():
    run = working_run()
    start = block_start(run)
    assert "until" not in render(run.state, start + timedelta(seconds=20), end=EndClock()).text
    run.send(Pause(), after=3)
    assert run.state.phase is Phase.PAUSED
    assert "until" not in render(run.state, start + timedelta(seconds=4), end=EndClock()).text


def test_the_set_up_frame_offers_im_ready_instead_of_skip():
    run = Run()
    run.clear_screen(1)
    run.send(Start())
    start = block_start(run)
    view = render(run.state, start)
    assert "⏱ <b>12 s</b>" in view.text and t.SETUP_TITLE in view.text
    assert labels(view) == [[t.PAUSE, t.IM_READY], [t.STOP, t.HURTS]]
    assert view.buttons[0][1].data == "s1:k9:rd"


@pytest.mark.parametrize(
    ("emergency", "clinician"),
    [
        (("bladder",), ()),
        (("bladder", "chest_pain_now"), ()),
        ((), ("fever_unwell", "rest_night_pain")),
    ],
)
def test_an_emergency_or_clinician_outcome_keeps_the_ticked_list(
    emergency: tuple[str, ...], clinician: tuple[str, ...]
) -> None:
    """Issue 17, item 14: the outcome replaces the checklist and says "tell them what you
    ticked", so it lists what was ticked, in checklist order."""
    run = Run()
    for key in emergency:
        run.send(Toggle(key))
    run.send(ChecklistDone())
    for key in clinician:
        run.send(Toggle(key))
    if not emergency:
        run.send(ChecklistDone())
    assert run.state.phase is Phase.DECIDED_STOP
    text = render(run.state, T0).text
    details = {s.key: s.detail for s in (*t.EMERGENCY_SIGNS, *t.CLINICIAN_SIGNS)}
    listed = [line[2:] for line in text.splitlines() if line.startswith("• ")]
    assert listed == [details[k] for k in (*emergency, *clinician)]
    assert t.YOU_TICKED in text


def test_work_pictures_follow_the_block_and_the_chosen_leg():
    run = Run()
    run.clear_screen(1)
    run.send(Next())
    run.send(ChooseArm(ArmOption.HAND))
    run.send(Start())
    seen = []
    while run.state.phase is Phase.WORK:
        view = render(run.state, run.clock.now)
        seen.append(view.photo or view.animation)
        run.tick()
    assert seen == ["hand_support", "foot_down_hand", "return_switch_hand", "left_sweep_hand"]


def test_flow_reps_alternate_sides_with_the_count_and_the_picture_to_match():
    """Issue 17, item 5: rep 1 right, rep 1 left, rep 2 right...; the picture shows the side of
    the current half, the count stays on the rep."""
    run = Run(style=Style.FLOW)
    run.clear_screen(1)
    run.send(Start())
    setup = render(run.state, run.clock.now)
    assert "Next: set 1 of 3" in setup.text
    run.tick()
    start = run.clock.now
    view = render(run.state, start)
    assert view.photo == "foot_down" and view.animation is None
    assert (
        t.rep_title(t.RIGHT, 1, 8) in view.text
        and "Set 1 of 3" in view.text
        and t.REP_ACROSS in view.text
    )
    assert t.REP_BACK in render(run.state, start + timedelta(seconds=2.5)).text
    run.tick()
    left = render(run.state, run.clock.now)
    assert t.rep_title(t.LEFT, 1, 8) in left.text and left.photo == exercise.LEFT_SIDE_PICTURE
    run.tick()
    again = render(run.state, run.clock.now)
    assert t.rep_title(t.RIGHT, 2, 8) in again.text and again.photo == "foot_down"
    assert t.rep_title(t.RIGHT, 3, 8) == "Rep 3 of 8 · right leg"


def test_paused_view_shows_resume_stop_and_it_hurts():
    run = working_run()
    run.send(Pause(), after=6)
    view = render(run.state, run.clock.now + timedelta(hours=1))
    assert "14 s left" in view.text
    assert labels(view) == [[t.RESUME, t.STOP], [t.HURTS]]


def test_after_session_texts():
    def finish(before: int, after: int, **kwargs: Any) -> str:
        run = Run(usual_pain=before, **kwargs)
        run.clear_screen(before)
        run.send(Start())
        run.finish_work()
        run.send(Pain(after))
        return render(run.state, T0, streak=Streak(2, 5), offer_reminder=True).text

    rose = finish(1, 3)
    assert "rise of 2 or more" in rose and "suggest the gentler version" in rose
    assert "tomorrow" in rose
    assert t.SUGGEST_CLINICIAN_FLARES not in rose
    second = finish(1, 3, followup=Followup(recent_flares=1))
    assert t.SUGGEST_CLINICIAN_FLARES in second
    same = finish(2, 3)
    assert "about the same" in same and "🔥 2 days in a row (best: 5)" in same
    eased = finish(3, 1)
    assert "lower than when you started" in eased and "Hold · pain 3 → 1" in eased
    assert t.REMINDER_OFFER in eased


def test_hurt_views():
    run = working_run()
    run.send(Hurts())
    assert "How much does your back hurt now" in render(run.state, T0).text
    run.send(Pain(1))
    view = render(run.state, T0)
    assert labels(view) == [[t.CONTINUE_GENTLY, t.STOP_FOR_TODAY]]
    run.send(Stop())
    assert render(run.state, T0).text == t.SESSION_STOPPED

    run = working_run()
    run.send(Hurts())
    run.send(Pain(7))
    text = render(run.state, T0).text
    assert "Let's stop here" in text and "7/10 is too high" in text and "GP" in text


# --- callback data ---------------------------------------------------------------------------


BUTTON_EVENTS = [
    Toggle("between_shoulder_blades"),
    ChecklistDone(),
    NoneOfThese(),
    *[Pain(n) for n in range(11)],
    Settled(True),
    Settled(False),
    Next(),
    Back(),
    ChooseStyle(Style.FLOW),
    ChooseStyle(Style.HOLD),
    ChooseVariant(Variant.GENTLE),
    ChooseVariant(Variant.STANDARD),
    *[ChooseArm(a) for a in ArmOption],
    *[ChooseLeg(leg) for leg in LegOption],
    Start(),
    Pause(),
    Resume(),
    Skip(),
    Stop(),
    Hurts(),
    ContinueGently(),
]


@pytest.mark.parametrize("event", BUTTON_EVENTS, ids=repr)
def test_button_data_round_trips_within_64_bytes(event):
    longest_id = session_code(2**63 - 1)  # the largest id a 64-bit column holds
    data = button_data(longest_id, event)
    assert len(data.encode()) <= MAX_BYTES
    assert decode_session_button(data) == (longest_id, event)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "s1",
        "s1:k9",
        "s1::x",
        "s0:k9:x",
        "r1:k9:x",
        "s1:k9:zz",
        "s1:k9:p:11",
        "s1:k9:p:-1",
        "s1:k9:p:+3",
        "s1:k9:p:x",
        "s1:k9:st:yoga",
        "s1:k9:v:easy",
        "s1:k9:arm:up",
        "s1:k9:ok:maybe",
        "s1:k9:x:extra",
        "s1:k9:p:1:2",
        "s1:k9:" + "x" * 70,
    ],
)
def test_foreign_or_malformed_data_decodes_to_none(data):
    assert decode_session_button(data) is None


def test_session_codes_are_short_base36():
    assert [session_code(n) for n in (0, 35, 36, 46655)] == ["0", "z", "10", "zzz"]
    assert len(session_code(2**63)) == 13
    with pytest.raises(ValueError):
        session_code(-1)
    assert encode("s1", session_code(1234), "x") == "s1:ya:x"


def test_stale_and_busy_notices():
    assert ignored_notice("ended") == t.SESSION_ENDED
    assert ignored_notice("wrong_phase") == t.NOT_ACTIVE
    state = replace(Run().state, session_id="abc")
    view = render_one_at_a_time(state)
    assert view.text == t.ONE_AT_A_TIME
    assert view.buttons[0][0].data == "s1:abc:x"


@pytest.mark.parametrize(
    ("fraction", "bar"), [(0, "▱" * 10), (0.5, "▰" * 5 + "▱" * 5), (2, "▰" * 10)]
)
def test_progress_bar(fraction, bar):
    assert progress_bar(fraction) == bar


# --- every text in content.texts -------------------------------------------------------------


def all_texts() -> list[str]:
    found: list[str] = []
    for name in dir(t):
        value = getattr(t, name)
        if name.startswith("_"):
            continue
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, tuple) and value and isinstance(value[0], t.Sign):
            found += [s.label for s in value] + [s.detail for s in value]
    found += [
        t.clearance_text(True, True),
        t.red_outcome(7),
        t.amber_outcome(5, 2, True, True, True),
        t.hurt_offer(3),
        t.hurt_offer(3, flow=True),
        t.amber_outcome(5, 2, True, True, True, flow=True),
        t.gentle_chosen(True),
        t.gentle_chosen(False),
        t.hurt_stopped(7, False),
        t.hurt_stopped(4, True),
        t.after_rose(1, 3),
        t.after_same(2, 2),
        t.after_eased(3, 1),
        t.streak_line(1, 1),
        t.summary_line("Flow", True, 3, 2),
        t.paused_text(12),
    ]
    return found


def test_no_text_anywhere_pushes_through_pain_diagnoses_or_names_a_drug():
    texts = all_texts()
    assert len(texts) > 100
    for text in texts:
        assert_clean_html(text)


def test_button_labels_are_short():
    for label in (
        t.AGE_YES,
        t.AGE_NO,
        t.CLEARANCE_YES,
        t.CLEARANCE_NOT_YET,
        t.NONE_OF_THESE,
        t.CHECKIN_YES,
        t.CHECKIN_NO,
        t.SHOW_STEPS,
        t.START_NOW,
        t.CONTINUE_GENTLY,
        t.STOP_FOR_TODAY,
    ):
        assert len(label) <= 30


def test_clearance_text_names_the_right_professional():
    assert "qualified exercise professional" in t.clearance_text(True, False)
    assert "twisting" in t.clearance_text(False, True)
    both = t.clearance_text(True, True)
    assert "cleared" in both


# --- holds: why no session may start now --------------------------------------------------------


def test_a_rest_day_is_shown_in_the_users_time_zone_or_said_to_be_utc() -> None:
    since = datetime(2026, 1, 10, 9, 5, tzinfo=UTC)
    hold = Hold(HoldReason.REST_DAY, since, datetime(2026, 1, 10, 23, 0, tzinfo=UTC))
    berlin = hold_view(hold, "Europe/Berlin").text
    assert berlin == general.REST_DAY.format(time="10:05", until="Sun 11 Jan, 00:00")
    unknown = Hold(HoldReason.REST_DAY, since, datetime(2026, 1, 11, 9, 5, tzinfo=UTC))
    assert hold_view(unknown, None).text == general.REST_DAY.format(
        time="09:05 UTC", until="Sun 11 Jan, 09:05 UTC"
    )
    emergency = Hold(HoldReason.EMERGENCY, since, since + timedelta(hours=24))
    assert hold_view(emergency, "Europe/Berlin").text == general.LOCKED_OUT.format(time="10:05")
    assert hold_view(emergency, None).text == general.LOCKED_OUT.format(time="09:05 UTC")
    for view in (hold_view(hold, "Europe/Berlin"), hold_view(emergency, None)):
        assert view.buttons == ()  # nothing to press: no way round the hold
