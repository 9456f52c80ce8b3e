"""Session and onboarding state are saved through pydantic `TypeAdapter`s with the version
wrapper kept: rows written before the adapters (the strings below were written by that code)
still load, and what is written now loads back to the same state."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from coach.onboarding.machine import OnboardingState, Step
from coach.screening.rules import Outcome
from coach.session.machine import LegOption, Phase, SessionState
from coach.session.workout import Style, Variant

# Written by `SessionState.to_json` before the adapter: a gentle Flow session, paused.
SESSION_BEFORE = (
    '{"after_emergency":false,"arm":"hand","block_index":1,"block_started_at":1773561600.25,'
    '"chat_id":7,"clinician_signs":[],"completed":false,"created_at":"2026-03-15T08:00:00+00:00",'
    '"deadline":null,"decision":{"outcome":"amber","reasons":["flare_unresolved"]},'
    '"emergency_signs":[],"ended_at":null,"flare_unresolved":true,"followup":{"ask_settled":true,'
    '"clinician_reasons":[],"gentle_next":false,"recent_flares":0,"suggest_pause":false},'
    '"hurt_pain":null,"hurts":0,"leg":"hover","message_id":null,"pain_after":null,'
    '"pain_before":2,"paused_remaining":0.15000009536743164,"phase":"paused",'
    '"prefs":{"hold_seconds":20,"reps":8},"selections":[],"session_id":"k9","settled":false,'
    '"skipped":0,"started_at":"2026-03-15T08:00:00+00:00","step_index":0,"stopped_early":false,'
    '"style":"flow","time_scale":0.05,"user_id":7,"usual_pain":2,"v":1,"variant":"gentle"}'
)
# Written by `OnboardingState.to_json` before the adapter: finished, both clearances given.
ONBOARDING_BEFORE = (
    '{"v":1,"nonce":"n1","step":"done","selections":[],"readiness":["heart_condition",'
    '"chest_pain"],"back":["spine_fracture","pars_defect"],"readiness_cleared":true,'
    '"back_cleared":true,"usual_pain":4,"style":"flow"}'
)
T0 = datetime(2026, 3, 15, 8, 0, tzinfo=UTC)


def test_a_session_row_from_before_loads() -> None:
    state = SessionState.from_json(SESSION_BEFORE)
    assert (state.session_id, state.user_id, state.chat_id) == ("k9", 7, 7)
    assert state.phase is Phase.PAUSED
    assert (state.style, state.variant, state.leg) == (Style.FLOW, Variant.GENTLE, LegOption.HOVER)
    assert state.created_at == T0 and state.started_at == T0 and state.ended_at is None
    assert state.created_at.utcoffset() is not None
    assert state.decision is not None and state.decision.outcome is Outcome.AMBER
    assert state.decision.reasons == ("flare_unresolved",)
    assert state.followup.ask_settled and state.settled is False
    assert state.paused_remaining == 0.15000009536743164 and state.time_scale == 0.05
    assert state.selections == frozenset()


def test_a_session_written_now_keeps_the_format() -> None:
    state = SessionState.from_json(SESSION_BEFORE)
    written = json.loads(state.to_json())
    before = json.loads(SESSION_BEFORE)
    times = ("created_at", "started_at", "ended_at")
    # prefs gained fields since, and the state gained default_arm (read with their defaults)
    kept = ("prefs", "default_arm", *times)
    assert {k: v for k, v in written.items() if k not in kept} == {
        k: v for k, v in before.items() if k not in kept
    }
    assert written["prefs"].items() >= before["prefs"].items()
    assert "default_arm" not in before and written["default_arm"] == "out"
    for key in times:  # ISO 8601 either way ("Z" now, "+00:00" before)
        parse = datetime.fromisoformat
        assert (written[key] and parse(written[key])) == (before[key] and parse(before[key]))
    assert SessionState.from_json(state.to_json()) == state


def test_an_onboarding_row_from_before_loads_and_writes_the_same_text() -> None:
    state = OnboardingState.from_json(ONBOARDING_BEFORE)
    assert state.step is Step.DONE and state.nonce == "n1"
    assert state.readiness == {"heart_condition", "chest_pain"}
    assert state.back == {"spine_fracture", "pars_defect"}
    assert state.usual_pain == 4 and state.style is Style.FLOW
    assert state.to_json() == ONBOARDING_BEFORE


def _edited(text: str, **changes: object) -> str:
    raw = json.loads(text)
    raw.update(changes)
    return json.dumps(raw)


def _without(text: str, key: str) -> str:
    raw = json.loads(text)
    del raw[key]
    return json.dumps(raw)


@pytest.mark.parametrize(
    "text",
    [
        _edited(SESSION_BEFORE, v=2),
        _without(SESSION_BEFORE, "v"),
        _without(SESSION_BEFORE, "phase"),
        _edited(SESSION_BEFORE, phase="dancing"),
        "[]",
        "not json",
    ],
)
def test_a_bad_session_row_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        SessionState.from_json(text)


@pytest.mark.parametrize(
    "text",
    [
        _edited(ONBOARDING_BEFORE, v=0),
        _without(ONBOARDING_BEFORE, "back"),
        _edited(ONBOARDING_BEFORE, back_cleared=1),
        _edited(ONBOARDING_BEFORE, usual_pain="4"),
        _edited(ONBOARDING_BEFORE, usual_pain=11),
        _edited(ONBOARDING_BEFORE, back=["spine_fracture", "chest_pain"]),
        _edited(ONBOARDING_BEFORE, back_cleared=False),  # past the clearance without it
        _edited(ONBOARDING_BEFORE, nonce="a b"),
    ],
)
def test_a_bad_onboarding_row_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        OnboardingState.from_json(text)
