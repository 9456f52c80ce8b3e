"""The button tables (and the one-shape layout of /delete's confirmation): each row's wire
format is pinned (buttons in users' chats keep working), encode and decode agree on every row,
and each field refuses what its encoder never writes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from coach import privacy
from coach.callbacks import (
    Action,
    ButtonTable,
    Field,
    Key,
    Layout,
    Number,
    OneOf,
    YesNo,
)
from coach.onboarding import buttons as ob
from coach.onboarding import machine as onboarding
from coach.session import buttons as sb
from coach.session import machine as session
from coach.session.workout import Style, Variant

NONCE = onboarding.start("k3x9").nonce

# (callback data as today's buttons carry it, the event it sends)
SESSION_WIRE: list[tuple[str, session.Event]] = [
    ("s1:a7:t:saddle_numbness", session.Toggle("saddle_numbness")),
    ("s1:a7:none", session.NoneOfThese()),
    ("s1:a7:done", session.ChecklistDone()),
    ("s1:a7:p:0", session.Pain(0)),
    ("s1:a7:p:10", session.Pain(10)),
    ("s1:a7:ok:y", session.Settled(True)),
    ("s1:a7:ok:n", session.Settled(False)),
    ("s1:a7:nx", session.Next()),
    ("s1:a7:bk", session.Back()),
    ("s1:a7:st:flow", session.ChooseStyle(Style.FLOW)),
    ("s1:a7:v:gentle", session.ChooseVariant(Variant.GENTLE)),
    ("s1:a7:arm:cactus", session.ChooseArm(session.ArmOption.CACTUS)),
    ("s1:a7:leg:hover", session.ChooseLeg(session.LegOption.HOVER)),
    ("s1:a7:go", session.Start()),
    ("s1:a7:rd", session.ImReady()),
    ("s1:a7:ps", session.Pause()),
    ("s1:a7:rs", session.Resume()),
    ("s1:a7:sk", session.Skip()),
    ("s1:a7:x", session.Stop()),
    ("s1:a7:h", session.Hurts()),
    ("s1:a7:cg", session.ContinueGently()),
]
ONBOARDING_WIRE: list[tuple[str, onboarding.Event]] = [
    ("o1:k3x9:a:y", onboarding.Adult(True)),
    ("o1:k3x9:a:n", onboarding.Adult(False)),
    ("o1:k3x9:t:pregnancy", onboarding.Toggle("pregnancy")),
    ("o1:k3x9:none", onboarding.NoneOfThese()),
    ("o1:k3x9:done", onboarding.ChecklistDone()),
    ("o1:k3x9:c:y", onboarding.Cleared(True)),
    ("o1:k3x9:c:n", onboarding.Cleared(False)),
    ("o1:k3x9:ed", onboarding.ChangeAnswers()),
    ("o1:k3x9:p:7", onboarding.Pain(7)),
    ("o1:k3x9:st:hold", onboarding.ChooseStyle(Style.HOLD)),
    ("o1:k3x9:go", onboarding.StartFirstSession()),
]


@pytest.mark.parametrize(("data", "event"), SESSION_WIRE, ids=[d for d, _ in SESSION_WIRE])
def test_session_wire_format(data: str, event: session.Event) -> None:
    assert sb.decode_session_button(data) == ("a7", event)
    assert sb.button_data("a7", event) == data


@pytest.mark.parametrize(("data", "event"), ONBOARDING_WIRE, ids=[d for d, _ in ONBOARDING_WIRE])
def test_onboarding_wire_format(data: str, event: onboarding.Event) -> None:
    state = onboarding.start(NONCE)
    assert ob.decode_onboarding_button(data) == (NONCE, event)
    assert ob.button_data(state, event) == data


def test_every_row_is_pinned() -> None:
    assert {type(e) for _, e in SESSION_WIRE} == set(sb.BUTTONS._by_event)
    assert {type(e) for _, e in ONBOARDING_WIRE} == set(ob.BUTTONS._by_event)


REFUSED = [
    ("s1:a7:t", "a field missing"),
    ("s1:a7:go:1", "a field too many"),
    ("s1:a7:p:1:2", "two fields"),
    ("s1:a7:p:11", "pain above 10"),
    ("s1:a7:p:-1", "a sign"),
    ("s1:a7:p:100", "three digits"),
    ("s1:a7:ok:yes", "not y or n"),
    ("s1:a7:st:HOLD", "not an enum value"),
    ("s1:a7:zz", "no such action"),
    ("s1:A7:go", "an owner that is not canonical base 36"),
    ("s1::go", "no owner"),
    ("o1:k3x9:p:07", "a leading zero on the onboarding screen"),
    ("o1:k3x9:t:saddle_numbness", "a key of the pre-session checklists"),
    ("o1:k 3:go", "a nonce with a space"),
]


@pytest.mark.parametrize(("data", "why"), REFUSED, ids=[w for _, w in REFUSED])
def test_refused(data: str, why: str) -> None:
    decoder = sb.decode_session_button if data.startswith("s1") else ob.decode_onboarding_button
    assert decoder(data) is None, why


def test_session_pain_keeps_accepting_a_leading_zero() -> None:
    # today's decoder reads "05" as 5; the table keeps that
    assert sb.decode_session_button("s1:a7:p:05") == ("a7", session.Pain(5))


def test_a_table_refuses_duplicate_rows() -> None:
    with pytest.raises(ValueError):
        ButtonTable("x1", bool, Action("a", session.Stop), Action("a", session.Skip))
    with pytest.raises(ValueError):
        ButtonTable("x1", bool, Action("a", session.Stop), Action("b", session.Stop))


def test_an_event_without_a_row_has_no_button() -> None:
    with pytest.raises(ValueError):
        sb.button_data("a7", session.Tick(0))


@pytest.mark.parametrize(
    ("field", "value", "text"),
    [
        (YesNo(), True, "y"),
        (YesNo(), False, "n"),
        (OneOf(Style), Style.FLOW, "flow"),
        (Number(0, 10, 2), 0, "0"),
        (Number(0, 10, 2, canonical=True), 10, "10"),
        (Key(), "anything", "anything"),
        (Key(frozenset({"a"})), "a", "a"),
    ],
)
def test_fields_round_trip(field: Field, value: Any, text: str) -> None:
    assert field.format(value) == text
    assert field.parse(text) == value


def test_the_delete_confirmation_keeps_its_wire_format() -> None:
    asked = datetime(2026, 3, 15, 8, 0, 7, 500_000, tzinfo=UTC)
    confirm = privacy.Confirm(privacy.Choice.ERASE, 401, asked, "abc")
    data = privacy.BUTTONS.encode(confirm)
    assert data == "d1:y:b5:tbxkw7:abc"
    assert privacy.decode(data) == privacy.Confirm(
        privacy.Choice.ERASE, 401, asked.replace(microsecond=0), "abc"
    )


def test_a_layout_needs_one_codec_per_field() -> None:
    with pytest.raises(ValueError):
        Layout("x1", privacy.Confirm, Key())
