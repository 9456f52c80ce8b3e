"""Rendering the session, pure: `render(state, now)` gives the `coach.ui.View` for its phase.

Buttons carry the callback data of `coach.session.buttons`. An ``Ignored`` effect from
`coach.session.machine.apply` is answered with `ignored_notice`.

Messages by phase: the screening questions, pain questions, outcomes and the end are text
messages; READY, STEPS, WORK and PAUSED are media messages (``photo`` or ``animation`` set,
text is the caption, at most 1024 characters). The handler sends a new message when the kind
changes (text vs media) and otherwise edits the live one: the caption only while the media key
stays the same, the media too when it changes (at block boundaries). During WORK the numbers
change with ``now``: render again at each `coach.session.countdown` frame.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from coach.progress.streaks import Streak
from coach.reminders.timeparse import format_time
from coach.reminders.timezones import is_valid_tz_name, tzinfo_for
from coach.reminders.view import format_fire
from coach.screening.rules import (
    ABOVE_USUAL,
    EMERGENCY_KEYS,
    FLARE_UNRESOLVED,
    FLARES_IN_14_DAYS,
    NO_IMPROVEMENT,
    PAIN_4_5,
    RISE_THRESHOLD,
    AfterVerdict,
    Hold,
    HoldReason,
    Outcome,
    after_session,
)
from coach.session.buttons import button_data
from coach.session.countdown import remaining_display
from coach.session.machine import (
    ArmOption,
    Back,
    ChecklistDone,
    ChooseArm,
    ChooseLeg,
    ChooseStyle,
    ChooseVariant,
    ContinueGently,
    Event,
    Hurts,
    ImReady,
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
    hurt_ends_session,
)
from coach.session.workout import Block, BlockKind, Side, Style, Variant, work_per_side
from coach.ui import Button, View
from content import exercise, general
from content import texts as t

TEXT_MAX = 4096
CAPTION_MAX = 1024
BAR_WIDTH = 10

_SIGNS = {s.key: s for s in (*t.EMERGENCY_SIGNS, *t.CLINICIAN_SIGNS)}
_ARMS = {o.key: o for o in exercise.ARM_OPTIONS}
_LEGS = {o.key: o for o in exercise.LEG_OPTIONS}
_SIDE_NAME = {Side.RIGHT: t.RIGHT, Side.LEFT: t.LEFT}
_STYLE_NAME = {Style.HOLD: t.STYLE_HOLD, Style.FLOW: t.STYLE_FLOW}


def ignored_notice(reason: str) -> str:
    """The short answer to a button that did nothing (``Ignored.reason``)."""
    return t.SESSION_ENDED if reason == "ended" else t.NOT_ACTIVE


# --- pieces ----------------------------------------------------------------------------------


def progress_bar(fraction: float, width: int = BAR_WIDTH) -> str:
    """``▰▰▰▱▱▱▱▱▱▱`` for 0.3; the fraction is clamped to 0-1."""
    filled = round(min(max(fraction, 0.0), 1.0) * width)
    return "▰" * filled + "▱" * (width - filled)


def _button(state: SessionState, label: str, event: Event) -> Button:
    return Button(label, button_data(state.session_id, event))


def _pain_rows(state: SessionState) -> tuple[tuple[Button, ...], ...]:
    return (
        tuple(_button(state, str(n), Pain(n)) for n in range(0, 6)),
        tuple(_button(state, str(n), Pain(n)) for n in range(6, 11)),
    )


def _clinician_lines(state: SessionState) -> list[str]:
    lines = []
    if FLARES_IN_14_DAYS in state.followup.clinician_reasons:
        lines.append(t.SUGGEST_CLINICIAN_FLARES)
    if NO_IMPROVEMENT in state.followup.clinician_reasons:
        lines.append(t.SUGGEST_CLINICIAN_NO_IMPROVEMENT)
    return lines


def _plan_line(state: SessionState) -> str:
    first, second = work_per_side(state.style, state.variant, state.prefs)
    if state.style is Style.HOLD:
        return t.hold_plan_line(first, second)
    return t.flow_plan_line(first, second)


def _ticked(keys: frozenset[str]) -> str:
    """What the user ticked, in checklist order: the outcome replaces the checklist message and
    asks them to tell a clinician about it, so the list must stay in view."""
    order = [s.key for s in (*t.EMERGENCY_SIGNS, *t.CLINICIAN_SIGNS)]
    ticked = [_SIGNS[key].detail for key in order if key in keys]
    if not ticked:
        return ""
    return "\n\n" + t.YOU_TICKED + "\n" + "\n".join(f"• {line}" for line in ticked)


def _outcome_text(state: SessionState) -> str:
    decision = state.decision
    if decision is None:
        return ""
    if decision.outcome is Outcome.EMERGENCY:
        return t.EMERGENCY_OUTCOME + _ticked(state.emergency_signs | state.clinician_signs)
    if decision.outcome is Outcome.CLINICIAN:
        return t.CLINICIAN_OUTCOME + _ticked(state.clinician_signs)
    pain = state.pain_before if state.pain_before is not None else 0
    if decision.outcome is Outcome.RED:
        return t.red_outcome(pain)
    if decision.outcome is Outcome.AMBER:
        return t.amber_outcome(
            pain,
            state.usual_pain,
            pain_4_5=PAIN_4_5 in decision.reasons,
            above_usual=ABOVE_USUAL in decision.reasons,
            flare_unresolved=FLARE_UNRESOLVED in decision.reasons,
            flow=state.style is Style.FLOW,
        )
    return t.GREEN_OUTCOME


def _block_title(block: Block) -> str:
    side = _SIDE_NAME[block.side] if block.side else ""
    if block.kind is BlockKind.HOLD:
        return t.hold_title(side, block.set_no, block.sets)
    if block.kind is BlockKind.REP:
        return t.rep_title(side, block.rep_no, block.reps_in_set)
    if block.kind is BlockKind.SWITCH:
        return t.SWITCH_TITLE
    if block.kind is BlockKind.REST:
        return t.REST_TITLE
    return t.SETUP_TITLE


def _next_up(state: SessionState) -> str:
    plan = state.plan
    following = plan[state.block_index + 1] if state.block_index + 1 < len(plan) else None
    if following is None or following.side is None:
        return ""
    side = _SIDE_NAME[following.side]
    if following.kind is BlockKind.HOLD:
        return t.next_up(t.hold_title(side, following.set_no, following.sets).lower())
    if following.kind is BlockKind.REP and following.rep_no == 1 and following.side is Side.RIGHT:
        return t.next_up(t.next_set(following.set_no, following.sets))
    return t.next_up(t.next_side(side))


def _picture(state: SessionState, scene: str) -> str:
    """The key that shows ``scene`` with the chosen arm option, gently on the gentle variant."""
    return exercise.picture_for(scene, state.arm.value, state.variant is Variant.GENTLE)


def _block_media(state: SessionState, block: Block) -> tuple[str | None, str | None]:
    """(photo, animation) for a block."""
    if block.kind in (BlockKind.SETUP, BlockKind.REST):  # lying flat, arms as chosen
        return _picture(state, _ARMS[state.arm.value].picture), None
    if block.kind.is_work:  # a Flow rep's half shows its side, like a hold
        if block.side is Side.LEFT:
            return _picture(state, exercise.LEFT_SIDE_PICTURE), None
        if state.variant is Variant.GENTLE:
            return exercise.GENTLE_PICTURE, None
        return _picture(state, _LEGS[state.leg.value].picture), None
    return _picture(state, exercise.SWITCH_PICTURE), None


def _left(state: SessionState, ts: float) -> float:
    """Real seconds left in the current block (running or paused)."""
    if state.paused_remaining is not None:
        return state.paused_remaining
    return 0.0 if state.deadline is None else max(0.0, state.deadline - ts)


def _done_fraction(state: SessionState, block: Block, ts: float) -> float:
    total = block.seconds * state.time_scale
    return 1.0 if total <= 0 else 1.0 - _left(state, ts) / total


# --- phases ----------------------------------------------------------------------------------


def _check_in(state: SessionState) -> View:
    return View(
        t.CHECKIN_QUESTION,
        (
            (
                _button(state, t.CHECKIN_YES, Settled(True)),
                _button(state, t.CHECKIN_NO, Settled(False)),
            ),
        ),
    )


def _checklist(state: SessionState) -> View:
    checklist = state.checklist
    assert checklist is not None
    emergency = checklist.keys == EMERGENCY_KEYS
    lines = [t.EMERGENCY_PROMPT if emergency else t.CLINICIAN_PROMPT]
    if emergency and state.after_emergency:
        lines.append(t.AFTER_EMERGENCY_NOTE)
    lines.append("\n".join(f"• {_SIGNS[key].detail}" for key in checklist.keys))
    rows = tuple(
        (
            _button(
                state,
                f"{t.CHECKED if key in state.selections else t.UNCHECKED} {_SIGNS[key].label}",
                Toggle(key),
            ),
        )
        for key in checklist.keys
    )
    last = (_button(state, t.NONE_OF_THESE, NoneOfThese()), _button(state, t.DONE, ChecklistDone()))
    return View("\n\n".join(lines), (*rows, last))


def _ready(state: SessionState, held: bool) -> View:
    other = Style.FLOW if state.style is Style.HOLD else Style.HOLD
    switch_label = t.SWITCH_TO_FLOW if other is Style.FLOW else t.SWITCH_TO_HOLD
    gentle = state.variant is Variant.GENTLE
    green = state.decision is not None and state.decision.outcome is Outcome.GREEN
    parts = [_outcome_text(state)]
    if green and gentle:
        parts.append(t.gentle_chosen(state.style is Style.FLOW))
    elif green and state.settled:
        parts.append(t.SETTLED_HINT)
    parts += [_plan_line(state), *_clinician_lines(state)]
    parts.append(t.HELD_NOTE if held else t.READY_HINT)
    options = [_button(state, switch_label, ChooseStyle(other))]
    if green:
        label, variant = (
            (t.CHOOSE_STANDARD, Variant.STANDARD) if gentle else (t.CHOOSE_GENTLE, Variant.GENTLE)
        )
        options.append(_button(state, label, ChooseVariant(variant)))
    return View(
        "\n\n".join(parts),
        (
            (_button(state, t.SHOW_STEPS, Next()),)
            if held
            else (_button(state, t.SHOW_STEPS, Next()), _button(state, t.START_NOW, Start())),
            tuple(options),
            (_button(state, t.STOP, Stop()),),
        ),
        photo=_picture(state, exercise.COVER_PICTURE),
    )


def _steps(state: SessionState, held: bool) -> View:
    steps = state.steps
    index = min(max(state.step_index, 0), len(steps) - 1)
    step = steps[index]
    caption = [t.step_header(index + 1, len(steps), step.title), step.caption]
    picture = step.picture
    rows: list[tuple[Button, ...]] = []
    if step.choice in ("arm", "leg"):
        arm = step.choice == "arm"
        options = exercise.ARM_OPTIONS if arm else exercise.LEG_OPTIONS
        chosen = _ARMS[state.arm.value] if arm else _LEGS[state.leg.value]
        picture = chosen.picture
        caption.append(f"<i>{chosen.detail}</i>")
        rows.append(
            tuple(
                _button(
                    state,
                    f"{t.CHECKED} {o.label}" if o.key == chosen.key else o.label,
                    ChooseArm(ArmOption(o.key)) if arm else ChooseLeg(LegOption(o.key)),
                )
                for o in options
            )
        )
    last = index == len(steps) - 1
    if not last:
        rows.append((_button(state, t.BACK, Back()), _button(state, t.NEXT, Next())))
    elif held:
        rows.append((_button(state, t.BACK, Back()),))
    else:
        rows.append((_button(state, t.BACK, Back()), _button(state, t.START, Start())))
    return View("\n".join(caption), tuple(rows), photo=_picture(state, picture))


@dataclass(frozen=True)
class EndClock:
    """Show the end of the running part as a time of day (a sparse countdown, see
    `coach.session.countdown.shows_end_time`), in ``zone`` (the user's IANA time zone;
    ``None`` or unreadable: UTC, said so)."""

    zone: str | None = None


def end_time(deadline: float, zone: str | None) -> str:
    """``deadline`` (POSIX seconds) as a local time of day to the second: "07:31:20", or
    "07:31:20 UTC" when the user's zone is not known."""
    known = zone if zone and is_valid_tz_name(zone) else None
    at = datetime.fromtimestamp(deadline, tzinfo_for(known or "UTC"))
    return at.strftime("%H:%M:%S") + ("" if known else " UTC")


def _work_caption(
    state: SessionState, block: Block, ts: float, paused: bool, end: EndClock | None = None
) -> str:
    title = f"<b>{_block_title(block)}</b>"
    if block.kind is BlockKind.REP and block.sets > 1:
        title += f"\n{t.set_counter(block.set_no, block.sets)}"
    fraction = _done_fraction(state, block, ts)
    shown = remaining_display(0.0, _left(state, ts), state.time_scale)
    if paused:
        return "\n".join((title, t.paused_text(shown), progress_bar(fraction)))
    if block.kind is BlockKind.HOLD:
        line = t.HOLD_LINE
    elif block.kind is BlockKind.REP:
        line = t.REP_ACROSS if fraction < 0.5 else t.REP_BACK
    elif block.kind is BlockKind.SETUP:
        line = t.SETUP_LINE
    else:
        line = t.SWITCH_LINE if block.kind is BlockKind.SWITCH else t.REST_LINE
    following = _next_up(state)
    if following and block.kind in (BlockKind.SETUP, BlockKind.SWITCH, BlockKind.REST):
        line += f"\n{following}"
    until = (
        end_time(state.deadline, end.zone)
        if end is not None and state.deadline is not None and shown > 0
        else None
    )
    remaining = t.remaining_line(shown, until)
    return "\n".join((title, remaining, progress_bar(fraction), line, t.WORK_CUE))


def retired_view(before: SessionState, now: datetime) -> View:
    """What a countdown message shows once the session has moved on to another message: the
    final frame when its block ran out, else where it stopped (never a full bar that reads as
    finished). No buttons: they no longer apply."""
    block = before.block
    if before.phase not in (Phase.WORK, Phase.PAUSED) or block is None:
        return replace(render(before, now), buttons=())
    ts = now.timestamp()
    left = _left(before, ts)
    photo, animation = _block_media(before, block)
    if left <= 0:
        final = _work_caption(before, block, ts, paused=False)
        return View(final, (), photo=photo, animation=animation)
    shown = remaining_display(0.0, left, before.time_scale)
    title = f"<b>{_block_title(block)}</b>"
    caption = "\n".join(
        (title, t.stopped_text(shown), progress_bar(_done_fraction(before, block, ts)))
    )
    return View(caption, (), photo=photo, animation=animation)


def _work(
    state: SessionState, ts: float, paused: bool, held: bool = False, end: EndClock | None = None
) -> View:
    block = state.block
    if block is None:  # a finished plan never stays in WORK; render something harmless
        return View(t.NOT_ACTIVE)
    photo, animation = _block_media(state, block)
    if paused and held:  # a warning sign came in: Resume would be refused
        rows: tuple[tuple[Button, ...], ...] = (
            (_button(state, t.STOP, Stop()), _button(state, t.HURTS, Hurts())),
        )
        caption = _work_caption(state, block, ts, paused) + "\n" + t.HELD_NOTE
        return View(caption, rows, photo=photo, animation=animation)
    if paused:
        rows = (
            (_button(state, t.RESUME, Resume()), _button(state, t.STOP, Stop())),
            (_button(state, t.HURTS, Hurts()),),
        )
    else:
        # On the set-up frame "I'm ready" takes Skip's place: it starts the timed part now.
        forward = (
            _button(state, t.IM_READY, ImReady())
            if block.kind is BlockKind.SETUP
            else _button(state, t.SKIP, Skip())
        )
        rows = (
            (_button(state, t.PAUSE, Pause()), forward),
            (_button(state, t.STOP, Stop()), _button(state, t.HURTS, Hurts())),
        )
    caption = _work_caption(state, block, ts, paused, end)
    return View(caption, rows, photo=photo, animation=animation)


def _done(state: SessionState, streak: Streak | None, offer_reminder: bool) -> View:
    before, after = state.pain_before, state.pain_after
    lines = []
    if before is not None and after is not None:
        verdict = after_session(before, after)
        if verdict is AfterVerdict.ROSE:
            lines.append(t.after_rose(before, after))
            if state.followup.recent_flares >= 1:  # this flare is the second in 14 days
                lines.append(t.SUGGEST_CLINICIAN_FLARES)
        elif verdict is AfterVerdict.EASED:
            lines.append(t.after_eased(before, after))
        else:
            lines.append(t.after_same(before, after))
    if state.stopped_early:
        lines.append(t.STOPPED_EARLY_NOTE)
    if streak is not None and streak.current > 0:
        lines.append(t.streak_line(streak.current, streak.best))
    lines.append(
        t.summary_line(_STYLE_NAME[state.style], state.variant is Variant.GENTLE, before, after)
    )
    if offer_reminder:
        lines.append(t.REMINDER_OFFER)
    return View("\n\n".join(lines))


def _stopped(state: SessionState) -> View:
    pain = state.hurt_pain
    if pain is not None and state.pain_after == pain and hurt_ends_session(state, pain):
        before = state.pain_before if state.pain_before is not None else pain
        return View(t.hurt_stopped(pain, rose=pain - before >= RISE_THRESHOLD))
    return View(t.SESSION_STOPPED)


def render(
    state: SessionState,
    now: datetime,
    *,
    streak: Streak | None = None,
    offer_reminder: bool = False,
    held: bool = False,
    end: EndClock | None = None,
) -> View:
    """The view of ``state`` at ``now`` (aware UTC; only WORK and PAUSED depend on it).
    ``streak`` and ``offer_reminder`` are only used by the DONE view. ``held``: no exercise may
    start now (a warning sign came in, `coach.screening.rules.exercise_hold`), so no button
    that would start or resume it is offered (Start, Resume, Continue gently): it would be
    refused. ``end``: a running part shows when it ends as a time of day too (a sparse
    countdown)."""
    phase = state.phase
    if phase is Phase.CHECK_IN:
        return _check_in(state)
    if phase in (Phase.SCREEN_EMERGENCY, Phase.SCREEN_CLINICIAN):
        return _checklist(state)
    if phase is Phase.SCREEN_PAIN:
        return View(t.PAIN_NOW_PROMPT, _pain_rows(state))
    if phase is Phase.DECIDED_STOP:
        return View("\n\n".join([_outcome_text(state), *_clinician_lines(state)]))
    if phase is Phase.READY:
        return _ready(state, held)
    if phase is Phase.STEPS:
        return _steps(state, held)
    if phase in (Phase.WORK, Phase.PAUSED):
        return _work(state, now.timestamp(), paused=phase is Phase.PAUSED, held=held, end=end)
    if phase is Phase.HURT_PAIN:
        return View(t.HURT_PROMPT, _pain_rows(state))
    if phase is Phase.HURT_OFFER and held:
        return View(t.HELD_NOTE, ((_button(state, t.STOP_FOR_TODAY, Stop()),),))
    if phase is Phase.HURT_OFFER:
        return View(
            t.hurt_offer(
                state.hurt_pain if state.hurt_pain is not None else 0,
                flow=state.style is Style.FLOW,
            ),
            (
                (
                    _button(state, t.CONTINUE_GENTLY, ContinueGently()),
                    _button(state, t.STOP_FOR_TODAY, Stop()),
                ),
            ),
        )
    if phase is Phase.AFTER_PAIN:
        prompt = t.STOPPED_EARLY_PAIN_PROMPT if state.stopped_early else t.AFTER_PAIN_PROMPT
        return View(prompt, (*_pain_rows(state), (_button(state, t.NOT_NOW, Stop()),)))
    if phase is Phase.DONE:
        return _done(state, streak, offer_reminder)
    return _stopped(state)


def hold_view(hold: Hold, tz_name: str | None) -> View:
    """Why no session may start now (``coach.screening.rules.exercise_hold``), in the user's time
    zone when it is known, else in UTC (said so)."""
    zone, suffix = (tz_name, "") if tz_name else ("UTC", " UTC")
    since = hold.since.astimezone(tzinfo_for(zone)).time()
    if hold.reason is HoldReason.EMERGENCY:
        return View(general.LOCKED_OUT.format(time=format_time(since) + suffix))
    return View(
        general.REST_DAY.format(
            time=format_time(since) + suffix, until=format_fire(hold.until, zone) + suffix
        )
    )


def render_one_at_a_time(active: SessionState) -> View:
    """The reply to /session while ``active`` is still open: a Stop button for it."""
    return View(t.ONE_AT_A_TIME, ((_button(active, t.STOP, Stop()),),))
