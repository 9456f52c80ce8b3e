"""The session state machine, driven with an injected clock: every path a user can take."""

# mypy keeps narrowing `run.state` and `run.effects` across `run.send(...)`, which changes them.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from coach.screening.rules import NO_FOLLOWUP, AfterVerdict, Decision, Followup, Outcome
from coach.session.machine import (
    ArmOption,
    AskPain,
    Back,
    CancelTimer,
    Checklist,
    ChecklistDone,
    ChooseArm,
    ChooseLeg,
    ChooseStyle,
    ChooseVariant,
    ContinueGently,
    Effect,
    Event,
    Finished,
    HurtOffer,
    Hurts,
    HurtStopped,
    Ignored,
    ImReady,
    LegOption,
    Next,
    NoneOfThese,
    Pain,
    PainQuestion,
    Pause,
    Phase,
    RecordSettled,
    Resume,
    SessionState,
    Settled,
    ShowBlock,
    ShowCheckIn,
    ShowChecklist,
    ShowOutcome,
    ShowReady,
    ShowStep,
    Skip,
    Start,
    Stop,
    Stopped,
    Summary,
    Tick,
    Toggle,
    Transition,
    apply,
    event_from_text,
    hurt_ends_session,
    new_session,
)
from coach.session.workout import BlockKind, Prefs, Style, Variant

T0 = datetime(2026, 3, 15, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


class Run:
    """A session driven by events with an injected clock."""

    def __init__(self, **kwargs: Any) -> None:
        self.clock = Clock()
        args = {"usual_pain": 2, **kwargs}
        t = new_session(session_id="k9", user_id=7, chat_id=7, now=self.clock.now, **args)
        self.state: SessionState = t.state
        self.effects = t.effects
        self.history: list[SessionState] = [t.state]

    def send(self, event: Event, after: float = 0.0) -> Transition:
        t = apply(self.state, event, self.clock.advance(after))
        self.state, self.effects = t.state, t.effects
        self.history.append(t.state)
        return t

    def effect_types(self) -> list[type]:
        return [type(e) for e in self.effects]

    def clear_screen(self, pain: int = 1) -> None:
        self.send(NoneOfThese())
        self.send(NoneOfThese())
        self.send(Pain(pain))

    def tick(self) -> Transition:
        """Wait exactly until the current deadline, then Tick."""
        assert self.state.deadline is not None
        wait = self.state.deadline - self.clock.now.timestamp()
        return self.send(Tick(self.state.block_index), after=wait)

    def finish_work(self) -> int:
        ticks = 0
        while self.state.phase is Phase.WORK:
            self.tick()
            ticks += 1
        return ticks


def ignored(run: Run, event: Event, reason: str | None = None) -> None:
    before = run.state
    t = run.send(event)
    assert t.state == before
    (effect,) = t.effects
    assert isinstance(effect, Ignored)
    if reason is not None:
        assert effect.reason == reason


def summary_of(effects: Sequence[Effect]) -> Summary:
    """The summary carried by the single ending effect."""
    (effect,) = effects
    assert isinstance(effect, Finished | Stopped | HurtStopped)
    return effect.summary


def block_seconds(run: Run) -> float:
    """Exercise seconds of the current block."""
    block = run.state.block
    assert block is not None
    return block.seconds


def real_span(state: SessionState) -> float:
    assert state.deadline is not None and state.block_started_at is not None
    return state.deadline - state.block_started_at


# --- screening inside the session (SAFETY 3 and 4) -------------------------------------------


def test_a_session_starts_with_the_emergency_checklist():
    run = Run()
    assert run.state.phase is Phase.SCREEN_EMERGENCY
    assert run.effects == (ShowChecklist(Checklist.EMERGENCY),)


@pytest.mark.parametrize("key", Checklist.EMERGENCY.keys)
def test_any_emergency_sign_ends_the_session_with_urgent_help(key):
    run = Run()
    run.send(Toggle(key))
    run.send(ChecklistDone())
    assert run.state.phase is Phase.DECIDED_STOP
    assert run.effects == (ShowOutcome(Decision(Outcome.EMERGENCY, (key,))),)
    assert run.state.emergency_signs == {key}
    assert run.state.ended_at == run.clock.now
    ignored(run, Start(), "ended")


@pytest.mark.parametrize("key", Checklist.CLINICIAN.keys)
def test_any_clinician_sign_means_no_session_today(key):
    run = Run()
    run.send(NoneOfThese())
    assert run.effects == (ShowChecklist(Checklist.CLINICIAN),)
    run.send(Toggle(key))
    run.send(ChecklistDone())
    assert run.state.phase is Phase.DECIDED_STOP
    assert run.effects == (ShowOutcome(Decision(Outcome.CLINICIAN, (key,))),)


def test_toggling_twice_unticks_and_none_of_these_clears():
    run = Run()
    run.send(Toggle("bowel"))
    assert run.state.selections == {"bowel"}
    run.send(Toggle("bowel"))
    assert run.state.selections == frozenset()
    run.send(Toggle("bladder"))
    run.send(NoneOfThese())  # "None of these" wins over what was ticked
    assert run.state.phase is Phase.SCREEN_CLINICIAN
    assert run.state.emergency_signs == frozenset()
    ignored(run, Toggle("bowel"), "unknown_sign")  # not on this checklist


def test_done_with_nothing_ticked_moves_on_and_asks_pain():
    run = Run()
    run.send(ChecklistDone())
    run.send(ChecklistDone())
    assert run.state.phase is Phase.SCREEN_PAIN
    assert run.effects == (AskPain(PainQuestion.BEFORE),)


@pytest.mark.parametrize(
    ("pain", "usual", "phase", "outcome", "variant"),
    [
        (0, 2, Phase.READY, Outcome.GREEN, Variant.STANDARD),
        (3, 2, Phase.READY, Outcome.GREEN, Variant.STANDARD),
        (4, 2, Phase.READY, Outcome.AMBER, Variant.GENTLE),
        (3, 1, Phase.READY, Outcome.AMBER, Variant.GENTLE),
        (5, 5, Phase.READY, Outcome.AMBER, Variant.GENTLE),
        (6, 6, Phase.DECIDED_STOP, Outcome.RED, Variant.STANDARD),
        (9, 2, Phase.DECIDED_STOP, Outcome.RED, Variant.STANDARD),
    ],
)
def test_pain_zones_set_the_session(pain, usual, phase, outcome, variant):
    run = Run(usual_pain=usual)
    run.clear_screen(pain)
    assert run.state.phase is phase
    assert run.state.decision is not None and run.state.decision.outcome is outcome
    assert run.state.variant is variant
    assert run.state.pain_before == pain
    assert isinstance(run.effects[0], ShowOutcome)


def test_amber_uses_hand_support_and_a_hovering_leg_and_fixes_them():
    run = Run()
    run.clear_screen(4)
    assert (run.state.arm, run.state.leg) == (ArmOption.HAND, LegOption.HOVER)
    run.send(Next())
    ignored(run, ChooseArm(ArmOption.OUT), "fixed_in_gentle")
    ignored(run, ChooseLeg(LegOption.DOWN), "fixed_in_gentle")


def test_next_day_check_in_comes_first_and_not_settled_means_amber():
    run = Run(followup=Followup(ask_settled=True, recent_flares=1))
    assert run.state.phase is Phase.CHECK_IN and run.effects == (ShowCheckIn(),)
    ignored(run, NoneOfThese(), "wrong_phase")
    run.send(Settled(False))
    assert run.effects == (RecordSettled(False), ShowChecklist(Checklist.EMERGENCY))
    run.clear_screen(1)
    assert run.state.decision == Decision(Outcome.AMBER, ("flare_unresolved",))
    assert run.state.variant is Variant.GENTLE


def test_settled_flare_means_a_normal_session():
    run = Run(followup=Followup(ask_settled=True))
    run.send(Settled(True))
    run.clear_screen(1)
    assert run.state.decision == Decision(Outcome.GREEN)


def test_a_known_unsettled_flare_makes_the_session_amber_without_asking():
    run = Run(followup=Followup(gentle_next=True, suggest_pause=True))
    assert run.state.phase is Phase.SCREEN_EMERGENCY
    run.clear_screen(0)
    assert run.state.decision == Decision(Outcome.AMBER, ("flare_unresolved",))


def test_within_24_hours_of_an_emergency_the_fresh_screen_still_runs_and_may_clear():
    run = Run(after_emergency=True)
    assert run.state.phase is Phase.SCREEN_EMERGENCY
    run.clear_screen(1)
    assert run.state.phase is Phase.READY


# --- the guided part -------------------------------------------------------------------------


def test_green_hold_from_start_to_finish():
    run = Run(style=Style.HOLD)
    run.clear_screen(2)
    run.send(Next())
    assert run.state.phase is Phase.STEPS and run.effects == (ShowStep(0),)
    for index in range(1, len(run.state.steps)):
        run.send(Next())
        assert run.effects == (ShowStep(index),)
    ignored(run, Next(), "last_step")
    run.send(Start())
    assert run.state.phase is Phase.WORK and run.state.started_at == run.clock.now
    start = run.clock.now.timestamp()
    assert run.effects == (ShowBlock(0, start, start + 12.0),)
    kinds = []
    while (block := run.state.block) is not None and run.state.phase is Phase.WORK:
        kinds.append(block.kind)
        run.tick()
    assert kinds == [BlockKind.SETUP, BlockKind.HOLD, BlockKind.SWITCH, BlockKind.HOLD]
    assert run.state.phase is Phase.AFTER_PAIN and run.state.completed
    assert run.effects == (CancelTimer(), AskPain(PainQuestion.AFTER))
    assert run.clock.now - T0 == timedelta(seconds=62)  # 12 + 20 + 10 + 20, no drift
    run.send(Pain(1))
    assert run.state.phase is Phase.DONE
    assert isinstance(run.effects[0], Finished)
    s = summary_of(run.effects)
    assert (s.completed, s.stopped_early, s.hurt, s.skipped) == (True, False, False, 0)
    assert (s.pain_before, s.pain_after, s.verdict) == (2, 1, AfterVerdict.EASED)
    assert (s.style, s.variant) == (Style.HOLD, Variant.STANDARD)
    assert s.started_at is not None and s.ended_at == run.clock.now
    ignored(run, Pain(3), "ended")


def test_green_flow_runs_every_rep_and_a_rise_is_reported():
    run = Run(style=Style.FLOW, prefs=Prefs(reps=10))
    run.clear_screen(2)
    run.send(Start())  # straight from READY: the steps are optional
    total = len(run.state.plan)
    assert sum(1 for b in run.state.plan if b.kind is BlockKind.REP) == 60
    assert run.finish_work() == total
    run.send(Pain(4))
    assert summary_of(run.effects).verdict is AfterVerdict.ROSE


def test_amber_session_runs_the_gentle_plan():
    run = Run(style=Style.HOLD)
    run.clear_screen(5)
    run.send(Start())
    holds = [b for b in run.state.plan if b.kind is BlockKind.HOLD]
    assert {b.seconds for b in holds} == {15.0} and len(holds) == 4
    run.finish_work()
    run.send(Pain(5))
    assert summary_of(run.effects).variant is Variant.GENTLE


def test_steps_back_returns_to_ready_and_choices_are_kept():
    run = Run()
    run.clear_screen(1)
    ignored(run, Back(), "first_step")
    run.send(Next())
    run.send(ChooseArm(ArmOption.CACTUS))
    assert run.state.arm is ArmOption.CACTUS and run.effects == (ShowStep(0),)
    run.send(ChooseLeg(LegOption.HOVER))
    assert run.state.leg is LegOption.HOVER
    run.send(Next())
    run.send(Back())
    assert run.effects == (ShowStep(0),)
    run.send(Back())
    assert run.state.phase is Phase.READY and run.effects == (ShowReady(),)
    run.send(ChooseStyle(Style.FLOW))
    assert run.state.style is Style.FLOW and run.effects == (ShowReady(),)
    assert any(b.kind is BlockKind.REP for b in run.state.plan)


def test_green_may_choose_the_gentle_variant_and_amber_may_not_leave_it():
    run = Run(followup=Followup(ask_settled=True))
    run.send(Settled(True))
    run.clear_screen(1)
    run.send(ChooseVariant(Variant.GENTLE))
    assert run.state.variant is Variant.GENTLE and run.effects == (ShowReady(),)
    assert (run.state.arm, run.state.leg) == (ArmOption.HAND, LegOption.HOVER)
    run.send(ChooseVariant(Variant.STANDARD))
    assert (run.state.variant, run.state.arm) == (Variant.STANDARD, ArmOption.OUT)
    run.send(Next())
    ignored(run, ChooseVariant(Variant.GENTLE), "wrong_phase")

    amber = Run()
    amber.clear_screen(4)
    ignored(amber, ChooseVariant(Variant.STANDARD), "amber_is_gentle")


def test_time_scale_shortens_real_time_only():
    run = Run(time_scale=0.1)
    run.clear_screen(1)
    run.send(Start())
    start = run.clock.now.timestamp()
    assert run.state.deadline == pytest.approx(start + 0.5)
    run.tick()
    assert block_seconds(run) == 20.0
    assert real_span(run.state) == pytest.approx(2.0)


def test_pause_and_resume_keep_the_remaining_time():
    run = Run()
    run.clear_screen(1)
    run.send(Start())
    run.tick()  # into the first 20 s hold
    run.send(Pause(), after=7.5)
    assert run.state.phase is Phase.PAUSED and run.effects == (CancelTimer(),)
    assert run.state.paused_remaining == pytest.approx(12.5)
    ignored(run, Tick(1), "paused")
    ignored(run, Pause(), "wrong_phase")
    ignored(run, Skip(), "wrong_phase")
    run.send(Resume(), after=300)
    now = run.clock.now.timestamp()
    assert run.state.phase is Phase.WORK
    assert run.state.deadline == pytest.approx(now + 12.5)
    (show,) = run.effects
    assert isinstance(show, ShowBlock) and show.index == 1
    assert show.deadline - show.started_at == pytest.approx(20.0)
    # the timer set before the pause fires late: its deadline is not the deadline any more
    ignored(run, Tick(1), "early_tick")
    ignored(run, Resume(), "wrong_phase")


def test_stale_and_early_ticks_are_ignored():
    run = Run()
    run.clear_screen(1)
    run.send(Start())
    ignored(run, Tick(0), "early_tick")
    ignored(run, Tick(3), "stale_tick")
    run.send(Tick(None), after=12.0 - 0.01)  # within the tolerance
    assert run.state.block_index == 1


def test_a_late_tick_starts_the_next_block_at_the_old_deadline_unless_very_late():
    run = Run()
    run.clear_screen(1)
    run.send(Start())
    deadline = run.state.deadline
    run.send(Tick(0), after=12.3)  # 0.3 s late
    assert run.state.block_started_at == deadline
    deadline = run.state.deadline
    assert deadline is not None
    run.send(Tick(1), after=deadline - run.clock.now.timestamp() + 60)  # e.g. after a restart
    assert run.state.block_started_at == run.clock.now.timestamp()


def test_im_ready_starts_the_timed_part_early_and_a_second_press_is_harmless():
    run = Run(style=Style.HOLD)
    run.clear_screen(1)
    run.send(Start())
    assert block_seconds(run) == 12.0  # the default set-up
    run.send(ImReady(), after=3)
    now = run.clock.now.timestamp()
    assert run.effects == (ShowBlock(1, now, now + 20.0),)
    assert run.state.block is not None and run.state.block.kind is BlockKind.HOLD
    assert run.state.skipped == 0  # not a skip
    ignored(run, ImReady(), "not_setup")  # a double press
    run.send(Pause(), after=1)
    ignored(run, ImReady(), "wrong_phase")  # paused
    run.send(Resume())
    run.tick()
    ignored(run, ImReady(), "not_setup")  # a stale button on the switch block


@pytest.mark.parametrize(("asked", "used"), [(1, 5), (5, 5), (12, 12), (30, 30), (90, 30)])
def test_set_up_time_follows_the_setting_within_5_to_30_seconds(asked: int, used: int) -> None:
    run = Run(style=Style.HOLD, prefs=Prefs(setup_seconds=asked))
    run.clear_screen(1)
    run.send(Start())
    assert block_seconds(run) == used


def test_skip_moves_on_and_skipping_the_last_block_finishes():
    run = Run()
    run.clear_screen(1)
    run.send(Start())
    run.send(Skip(), after=1)
    assert run.state.block_index == 1 and isinstance(run.effects[0], ShowBlock)
    for _ in range(3):
        run.send(Skip())
    assert run.state.phase is Phase.AFTER_PAIN and run.state.completed
    run.send(Pain(1))
    assert summary_of(run.effects).skipped == 4


def test_stop_during_work_asks_pain_after_and_not_now_ends_without_it():
    run = Run()
    run.clear_screen(3)
    run.send(Start())
    run.send(Stop(), after=2)
    assert run.state.phase is Phase.AFTER_PAIN and run.state.stopped_early
    assert run.effects == (CancelTimer(), AskPain(PainQuestion.AFTER))
    run.send(Pain(3))
    s = summary_of(run.effects)
    assert (s.completed, s.stopped_early, s.verdict) == (False, True, AfterVerdict.SAME)

    run = Run()
    run.clear_screen(3)
    run.send(Start())
    run.send(Pause())
    run.send(Stop())
    assert run.state.phase is Phase.AFTER_PAIN
    run.send(Stop())
    assert run.state.phase is Phase.STOPPED and isinstance(run.effects[0], Stopped)
    assert run.state.pain_after is None


@pytest.mark.parametrize("steps", [0, 1, 2, 3, 4])
def test_stop_before_any_timed_work_ends_the_session(steps):
    run = Run()
    script: list[Event] = [NoneOfThese(), NoneOfThese(), Pain(1), Next()]
    for event in script[:steps]:
        run.send(event)
    run.send(Stop())
    assert run.state.phase is Phase.STOPPED
    (stopped,) = run.effects
    assert isinstance(stopped, Stopped) and stopped.summary.started_at is None


# --- "it hurts" (SAFETY 5) -------------------------------------------------------------------


START_WORK: tuple[Event, ...] = (Start(),)


def hurting_run(pain_before: int = 2, phase_events: Sequence[Event] = START_WORK) -> Run:
    run = Run(usual_pain=pain_before)
    run.clear_screen(pain_before)
    for event in phase_events:
        run.send(event)
    run.send(Hurts())
    return run


@pytest.mark.parametrize("phase_events", [(), (Next(),), (Start(),), (Start(), Pause())], ids=str)
def test_it_hurts_stops_at_once_and_asks_the_pain_level(phase_events):
    run = hurting_run(phase_events=phase_events)
    assert run.state.phase is Phase.HURT_PAIN
    assert run.effects == (CancelTimer(), AskPain(PainQuestion.HURT))
    assert run.state.deadline is None and run.state.paused_remaining is None


@pytest.mark.parametrize(("before", "pain"), [(2, 6), (2, 10), (2, 4), (0, 2), (5, 7)])
def test_high_or_risen_pain_after_it_hurts_ends_the_session(before, pain):
    run = hurting_run(before)
    run.send(Pain(pain))
    assert run.state.phase is Phase.STOPPED
    (stopped,) = run.effects
    assert isinstance(stopped, HurtStopped)
    assert stopped.summary.hurt and stopped.summary.pain_after == pain


@pytest.mark.parametrize(("before", "pain"), [(2, 3), (3, 3), (3, 1), (0, 1)])
def test_mild_pain_after_it_hurts_offers_the_gentle_variant_or_stop(before, pain):
    run = hurting_run(before)
    run.send(Pain(pain))
    assert run.state.phase is Phase.HURT_OFFER and run.effects == (HurtOffer(pain),)
    run.send(ContinueGently())
    assert run.state.phase is Phase.WORK and run.state.variant is Variant.GENTLE
    assert (run.state.arm, run.state.leg) == (ArmOption.HAND, LegOption.HOVER)
    assert run.state.block_index == 0 and isinstance(run.effects[0], ShowBlock)
    # a second "it hurts" always ends the session
    run.send(Hurts())
    run.send(Pain(pain))
    assert run.state.phase is Phase.STOPPED and isinstance(run.effects[0], HurtStopped)


@pytest.mark.parametrize(
    ("before", "variant", "hurts", "pain", "ends"),
    [
        (5, Variant.STANDARD, 1, 6, True),  # 6+ ends it even when the rise is only 1
        (5, Variant.STANDARD, 1, 5, False),
        (1, Variant.STANDARD, 1, 3, True),  # 2+ above before
        (1, Variant.STANDARD, 1, 2, False),
        (1, Variant.GENTLE, 1, 1, True),  # nothing gentler to fall back on
        (1, Variant.STANDARD, 2, 1, True),  # a second hurt
    ],
)
def test_hurt_ends_session_rule(before, variant, hurts, pain, ends):
    state = replace(Run().state, pain_before=before, variant=variant, hurts=hurts)
    assert hurt_ends_session(state, pain) is ends


def test_choosing_to_stop_after_it_hurts_keeps_the_pain_as_pain_after():
    run = hurting_run(2)
    run.send(Pain(2))
    run.send(Stop())
    assert run.state.phase is Phase.STOPPED
    (stopped,) = run.effects
    assert isinstance(stopped, Stopped) and stopped.summary.pain_after == 2


def test_it_hurts_in_the_gentle_variant_ends_the_session():
    run = hurting_run(4)  # amber: already gentle
    run.send(Pain(4))
    assert run.state.phase is Phase.STOPPED and isinstance(run.effects[0], HurtStopped)


# --- events that do not apply ----------------------------------------------------------------


def at_phase(target: Phase) -> Run:
    paths: dict[Phase, list[Event]] = {
        Phase.SCREEN_EMERGENCY: [],
        Phase.SCREEN_PAIN: [NoneOfThese(), NoneOfThese()],
        Phase.READY: [NoneOfThese(), NoneOfThese(), Pain(1)],
        Phase.STEPS: [NoneOfThese(), NoneOfThese(), Pain(1), Next()],
        Phase.WORK: [NoneOfThese(), NoneOfThese(), Pain(1), Start()],
        Phase.AFTER_PAIN: [NoneOfThese(), NoneOfThese(), Pain(1), Start(), Stop()],
    }
    run = Run()
    for event in paths[target]:
        run.send(event)
    assert run.state.phase is target
    return run


@pytest.mark.parametrize(
    ("phase", "event", "reason"),
    [
        (Phase.SCREEN_EMERGENCY, Pain(3), "no_pain_question"),
        (Phase.SCREEN_EMERGENCY, Start(), "wrong_phase"),
        (Phase.SCREEN_EMERGENCY, Settled(True), "wrong_phase"),
        (Phase.SCREEN_EMERGENCY, Hurts(), "wrong_phase"),
        (Phase.SCREEN_PAIN, Pain(11), "out_of_range"),
        (Phase.SCREEN_PAIN, Pain(-1), "out_of_range"),
        (Phase.SCREEN_PAIN, Toggle("bowel"), "wrong_phase"),
        (Phase.SCREEN_PAIN, Next(), "wrong_phase"),
        (Phase.READY, Tick(0), "wrong_phase"),
        (Phase.READY, Resume(), "wrong_phase"),
        (Phase.READY, ChooseArm(ArmOption.HAND), "wrong_phase"),
        (Phase.STEPS, ChooseStyle(Style.FLOW), "wrong_phase"),
        (Phase.STEPS, Pause(), "wrong_phase"),
        (Phase.WORK, Next(), "wrong_phase"),
        (Phase.WORK, Start(), "wrong_phase"),
        (Phase.WORK, Resume(), "wrong_phase"),
        (Phase.WORK, Pain(2), "no_pain_question"),
        (Phase.WORK, ContinueGently(), "wrong_phase"),
        (Phase.WORK, Toggle("bowel"), "wrong_phase"),
        (Phase.AFTER_PAIN, Tick(0), "wrong_phase"),
        (Phase.AFTER_PAIN, Hurts(), "wrong_phase"),
        (Phase.AFTER_PAIN, Start(), "wrong_phase"),
    ],
)
def test_events_that_do_not_apply_are_ignored(phase, event, reason):
    ignored(at_phase(phase), event, reason)


@pytest.mark.parametrize("event", [Stop(), Start(), Pain(1), Tick(), Hurts(), Resume()])
def test_ended_sessions_ignore_everything(event):
    run = Run()
    run.send(Stop())
    ignored(run, event, "ended")


# --- typed pain and storage ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phase", "text", "expected"),
    [
        (Phase.SCREEN_PAIN, "7/10", Pain(7)),
        (Phase.SCREEN_PAIN, "seven", Pain(7)),
        (Phase.SCREEN_PAIN, "what is this?", None),
        (Phase.AFTER_PAIN, " 2 ", Pain(2)),
        (Phase.WORK, "7", None),  # no pain question open
        (Phase.READY, "3", None),
    ],
)
def test_a_typed_pain_number_answers_an_open_pain_question(phase, text, expected):
    assert event_from_text(at_phase(phase).state, text) == expected


def test_hurt_question_accepts_typed_pain_too():
    run = hurting_run()
    assert event_from_text(run.state, "pain is 3") == Pain(3)


def every_state() -> list[SessionState]:
    """States from many paths, for round-trips and rendering."""
    states: list[SessionState] = []
    flow = Run(style=Style.FLOW, time_scale=0.05, followup=Followup(ask_settled=True))
    flow.send(Settled(False))
    flow.send(Toggle("bladder"))
    flow.send(Toggle("bladder"))
    flow.clear_screen(2)
    flow.send(Next())
    flow.send(ChooseArm(ArmOption.CACTUS))
    flow.send(Start())
    flow.tick()
    flow.send(Pause(), after=0.05)
    flow.send(Resume(), after=3)
    flow.finish_work()
    flow.send(Pain(2))
    states += flow.history

    hold = Run(prefs=Prefs(hold_seconds=30), followup=Followup(recent_flares=1))
    hold.clear_screen(2)
    hold.send(Start())
    hold.tick()
    hold.send(Hurts(), after=4)
    hold.send(Pain(3))
    hold.send(ContinueGently())
    hold.finish_work()
    hold.send(Pain(5))
    states += hold.history

    for emergency in (True, False):
        run = Run(after_emergency=emergency)
        if emergency:
            run.send(Toggle("chest_pain_now"))
        run.send(ChecklistDone())
        run.send(Toggle("fever_unwell"))
        run.send(ChecklistDone())
        states += run.history

    for pain in (4, 7):
        run = Run(followup=Followup(gentle_next=True, clinician_reasons=("no_improvement",)))
        run.clear_screen(pain)
        states += run.history

    hurt = hurting_run(2)
    hurt.send(Pain(8))
    states += hurt.history
    return states


def test_json_round_trip_for_every_state():
    states = every_state()
    phases = {s.phase for s in states}
    assert phases == set(Phase)
    for state in states:
        text = state.to_json()
        assert SessionState.from_json(text) == state
    with_message = replace(states[-1], message_id=42)
    assert SessionState.from_json(with_message.to_json()).message_id == 42


@pytest.mark.parametrize("text", ["{}", '{"v": 99}', "[]", '{"v": 1}'])
def test_bad_json_is_a_value_error(text):
    with pytest.raises(ValueError):
        SessionState.from_json(text)


def test_new_session_refuses_a_bad_time_scale():
    with pytest.raises(ValueError):
        new_session(session_id="a", user_id=1, chat_id=1, now=T0, usual_pain=0, time_scale=0)


def test_default_followup_is_empty():
    assert Run().state.followup == NO_FOLLOWUP
