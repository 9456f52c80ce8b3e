"""Workout plans follow SAFETY.md section 4: standard 15-30 s holds or 3 sets of 8-12 reps per
side; gentle 2 holds of 15 s or 1-2 sets of 5-8 reps."""

from __future__ import annotations

import pytest

from coach.session.workout import (
    DEFAULT_PREFS,
    Block,
    BlockKind,
    Prefs,
    Side,
    Style,
    Variant,
    build_plan,
    plan_seconds,
    work_per_side,
)

K = BlockKind


def kinds(plan: tuple[Block, ...]) -> list[tuple[BlockKind, Side | None]]:
    return [(b.kind, b.side) for b in plan]


def work(plan: tuple[Block, ...], kind: BlockKind, side: Side) -> list[Block]:
    return [b for b in plan if b.kind is kind and b.side is side]


def test_standard_hold():
    plan = build_plan(Style.HOLD, Variant.STANDARD, DEFAULT_PREFS)
    assert kinds(plan) == [
        (K.SETUP, None),
        (K.HOLD, Side.RIGHT),
        (K.SWITCH, Side.LEFT),
        (K.HOLD, Side.LEFT),
    ]
    assert [b.seconds for b in plan] == [12.0, 20.0, 10.0, 20.0]  # set-up: 12 s by default
    assert all((b.set_no, b.sets) == (1, 1) for b in plan if b.kind is K.HOLD)


@pytest.mark.parametrize(("asked", "used"), [(15, 15), (30, 30), (25, 25), (5, 15), (90, 30)])
def test_hold_length_stays_within_15_to_30_seconds(asked, used):
    plan = build_plan(Style.HOLD, Variant.STANDARD, Prefs(hold_seconds=asked))
    assert {b.seconds for b in plan if b.kind is K.HOLD} == {used}


def test_gentle_hold_is_two_holds_of_15_seconds_per_side():
    plan = build_plan(Style.HOLD, Variant.GENTLE, Prefs(hold_seconds=30))
    assert kinds(plan) == [
        (K.SETUP, None),
        (K.HOLD, Side.RIGHT),
        (K.REST, Side.RIGHT),
        (K.HOLD, Side.RIGHT),
        (K.SWITCH, Side.LEFT),
        (K.HOLD, Side.LEFT),
        (K.REST, Side.LEFT),
        (K.HOLD, Side.LEFT),
    ]
    for side in Side:
        holds = work(plan, K.HOLD, side)
        assert [(b.set_no, b.sets, b.seconds) for b in holds] == [(1, 2, 15.0), (2, 2, 15.0)]


@pytest.mark.parametrize(("reps", "used"), [(8, 8), (12, 12), (10, 10), (3, 8), (20, 12)])
def test_standard_flow_is_three_sets_of_8_to_12_reps_per_side(reps, used):
    plan = build_plan(Style.FLOW, Variant.STANDARD, Prefs(reps=reps))
    assert plan[0].kind is K.SETUP
    for side in Side:
        reps_done = work(plan, K.REP, side)
        assert len(reps_done) == 3 * used
        for set_no in (1, 2, 3):
            in_set = [b for b in reps_done if b.set_no == set_no]
            assert [b.rep_no for b in in_set] == list(range(1, used + 1))
            assert {(b.sets, b.reps_in_set, b.seconds) for b in in_set} == {(3, used, 4.0)}
    assert len([b for b in plan if b.kind is K.REST]) == 2  # between sets, not after the last
    assert plan[-1].kind is K.REP and plan[-1].side is Side.LEFT


def test_flow_alternates_sides_within_each_rep_without_a_switch():
    """Issue 17, item 5: one rep is right then left; both halves carry the rep's number."""
    plan = build_plan(Style.FLOW, Variant.STANDARD, DEFAULT_PREFS)
    first_set = plan[1 : 1 + 16]
    assert [(b.kind, b.side, b.rep_no) for b in first_set] == [
        (K.REP, side, rep) for rep in range(1, 9) for side in (Side.RIGHT, Side.LEFT)
    ]
    assert all(b.kind is not K.SWITCH for b in plan)
    rest = plan[1 + 16]
    assert rest.kind is K.REST and (rest.set_no, rest.sets) == (2, 3)
    assert plan[1 + 17].side is Side.RIGHT and plan[1 + 17].rep_no == 1


def test_gentle_flow_is_two_sets_of_five_reps_per_side():
    plan = build_plan(Style.FLOW, Variant.GENTLE, Prefs(reps=12))
    for side in Side:
        reps = work(plan, K.REP, side)
        assert len(reps) == 10
        assert {(b.sets, b.reps_in_set) for b in reps} == {(2, 5)}


@pytest.mark.parametrize("style", Style)
@pytest.mark.parametrize("variant", Variant)
def test_every_plan_is_well_formed(style, variant):
    plan = build_plan(style, variant, DEFAULT_PREFS)
    assert plan[0].kind is K.SETUP
    assert all(b.seconds > 0 for b in plan)
    assert any(b.kind.is_work for b in plan)
    assert plan[-1].kind.is_work  # no trailing rest
    for kind in (K.HOLD, K.REP):
        for b in (b for b in plan if b.kind is kind):
            assert b.side is not None and 1 <= b.set_no <= b.sets


@pytest.mark.parametrize("prefs", [DEFAULT_PREFS, Prefs(hold_seconds=30, reps=12)])
def test_gentle_variant_stays_within_the_amber_limits(prefs):
    holds = [b for b in build_plan(Style.HOLD, Variant.GENTLE, prefs) if b.kind is K.HOLD]
    assert {(b.sets, b.seconds) for b in holds} == {(2, 15.0)}  # 2 holds of 15 s
    reps = [b for b in build_plan(Style.FLOW, Variant.GENTLE, prefs) if b.kind is K.REP]
    assert {b.sets for b in reps} <= {1, 2} and {b.reps_in_set for b in reps} <= set(range(5, 9))
    flow_standard = build_plan(Style.FLOW, Variant.STANDARD, prefs)
    flow_gentle = build_plan(Style.FLOW, Variant.GENTLE, prefs)
    assert plan_seconds(flow_gentle) < plan_seconds(flow_standard)


@pytest.mark.parametrize(
    ("style", "variant", "expected"),
    [
        (Style.HOLD, Variant.STANDARD, (1, 20)),
        (Style.HOLD, Variant.GENTLE, (2, 15)),
        (Style.FLOW, Variant.STANDARD, (3, 8)),
        (Style.FLOW, Variant.GENTLE, (2, 5)),
    ],
)
def test_work_per_side_summarises_the_plan(style, variant, expected):
    assert work_per_side(style, variant, DEFAULT_PREFS) == expected
