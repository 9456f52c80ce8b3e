"""The onboarding flow: every path, ignored events, serialisation, rendering limits, callback
data, typed answers, and the SAFETY.md section 2 topics as options."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest

from coach.callbacks import MAX_BYTES
from coach.onboarding.buttons import button_data, decode_onboarding_button
from coach.onboarding.machine import (
    IGNORED_FINISHED,
    IGNORED_HANDLED_BY_CALLER,
    IGNORED_OUT_OF_RANGE,
    IGNORED_UNKNOWN_KEY,
    IGNORED_WRONG_STEP,
    Adult,
    ChangeAnswers,
    ChecklistDone,
    ChooseStyle,
    Cleared,
    Event,
    NoneOfThese,
    OnboardingState,
    Pain,
    StartFirstSession,
    Step,
    Toggle,
    answers_json,
    apply,
    event_from_text,
    start,
)
from coach.onboarding.view import TEXT_MAX, ignored_notice, render
from coach.reminders import view as reminder_views
from coach.screening.rules import BACK_KEYS, READINESS_KEYS, onboarding_gate
from coach.session.workout import Style
from content import texts as t

NONCE = "k3z9"


def run(events: list[Event], nonce: str = NONCE) -> OnboardingState:
    """Apply events in order; every one must be accepted."""
    state = start(nonce)
    for event in events:
        result = apply(state, event)
        assert result.ignored is None, (state.step, event, result.ignored)
        state = result.state
    return state


def trace(events: list[Event]) -> list[OnboardingState]:
    states = [start(NONCE)]
    for event in events:
        states.append(apply(states[-1], event).state)
    return states


CLEAN: list[Event] = [Adult(True), NoneOfThese(), NoneOfThese(), Pain(3), ChooseStyle(Style.HOLD)]
EVERYTHING_CLEARED: list[Event] = [
    Adult(True),
    Toggle("heart_condition"),
    Toggle("chest_pain"),
    ChecklistDone(),
    Cleared(True),
    Toggle("pregnancy"),
    ChecklistDone(),
    Cleared(True),
    Pain(10),
    ChooseStyle(Style.FLOW),
]
PATHS: dict[str, list[Event]] = {
    "under_age": [Adult(False)],
    "none_buttons": CLEAN,
    "done_with_no_ticks": [
        Adult(True),
        ChecklistDone(),
        ChecklistDone(),
        Pain(0),
        ChooseStyle(Style.FLOW),
    ],
    "readiness_not_yet": [
        Adult(True),
        Toggle("chronic_medication"),
        ChecklistDone(),
        Cleared(False),
    ],
    "readiness_cleared_back_not_yet": [
        Adult(True),
        Toggle("dizziness_balance"),
        ChecklistDone(),
        Cleared(True),
        Toggle("osteoporosis"),
        ChecklistDone(),
        Cleared(False),
    ],
    "everything_cleared": EVERYTHING_CLEARED,
    "change_answers": [
        Adult(True),
        Toggle("supervised_only"),
        ChecklistDone(),
        ChangeAnswers(),
        Toggle("supervised_only"),
        ChecklistDone(),
        Toggle("spine_fracture"),
        ChecklistDone(),
        ChangeAnswers(),
        NoneOfThese(),
        Pain(5),
        ChooseStyle(Style.HOLD),
    ],
}
FINAL_STEP = {
    "under_age": Step.UNDER_AGE,
    "none_buttons": Step.DONE,
    "done_with_no_ticks": Step.DONE,
    "readiness_not_yet": Step.NOT_CLEARED,
    "readiness_cleared_back_not_yet": Step.NOT_CLEARED,
    "everything_cleared": Step.DONE,
    "change_answers": Step.DONE,
}


def all_states() -> Iterator[OnboardingState]:
    """Every state visited on every path, plus checklists with ticks."""
    for events in PATHS.values():
        yield from trace(events)
    yield replace(run([Adult(True)]), selections=frozenset(READINESS_KEYS))
    yield replace(run([Adult(True), NoneOfThese()]), selections=frozenset(BACK_KEYS))
    yield run([Adult(True), *[Toggle(k) for k in READINESS_KEYS], ChecklistDone()])


@pytest.mark.parametrize("name", PATHS)
def test_paths_end_where_expected(name: str) -> None:
    assert run(PATHS[name]).step is FINAL_STEP[name]


def test_step_sequence_of_the_full_path() -> None:
    steps = [s.step for s in trace(EVERYTHING_CLEARED)]
    assert steps == [
        Step.AGE,
        Step.READINESS,
        Step.READINESS,
        Step.READINESS,
        Step.READINESS_CLEARANCE,
        Step.BACK,
        Step.BACK,
        Step.BACK_CLEARANCE,
        Step.USUAL_PAIN,
        Step.STYLE,
        Step.DONE,
    ]


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        (
            CLEAN,
            {
                "readiness": [],
                "back": [],
                "readiness_cleared": False,
                "back_cleared": False,
                "usual_pain": 3,
                "style": "hold",
            },
        ),
        (
            EVERYTHING_CLEARED,
            {
                "readiness": ["heart_condition", "chest_pain"],
                "back": ["pregnancy"],
                "readiness_cleared": True,
                "back_cleared": True,
                "usual_pain": 10,
                "style": "flow",
            },
        ),
        (
            PATHS["readiness_not_yet"],
            {
                "readiness": ["chronic_medication"],
                "back": [],
                "readiness_cleared": False,
                "back_cleared": False,
                "usual_pain": None,
                "style": None,
            },
        ),
        (
            PATHS["change_answers"],
            {
                "readiness": [],
                "back": [],
                "readiness_cleared": False,
                "back_cleared": False,
                "usual_pain": 5,
                "style": "hold",
            },
        ),
    ],
)
def test_answers_json(events: list[Event], expected: dict[str, object]) -> None:
    assert json.loads(answers_json(run(events))) == expected


@pytest.mark.parametrize(("pain", "style"), [(0, Style.HOLD), (10, Style.FLOW), (7, Style.HOLD)])
def test_pain_and_style_are_stored(pain: int, style: Style) -> None:
    state = run([Adult(True), NoneOfThese(), NoneOfThese(), Pain(pain), ChooseStyle(style)])
    assert (state.usual_pain, state.style) == (pain, style)


def test_answers_agree_with_the_screening_gate() -> None:
    state = run(EVERYTHING_CLEARED)
    assert onboarding_gate(state.readiness, state.back).needs_clearance
    clean = run(CLEAN)
    assert not onboarding_gate(clean.readiness, clean.back).needs_clearance


def test_toggle_ticks_and_unticks() -> None:
    state = run([Adult(True), Toggle("chest_pain"), Toggle("heart_condition")])
    assert state.selections == {"chest_pain", "heart_condition"}
    state = apply(state, Toggle("chest_pain")).state
    assert state.selections == {"heart_condition"}


def test_none_of_these_overrides_ticks() -> None:
    state = run([Adult(True), Toggle("chest_pain"), NoneOfThese()])
    assert (state.step, state.readiness, state.selections) == (Step.BACK, frozenset(), frozenset())


def test_change_answers_keeps_the_ticks() -> None:
    state = run([Adult(True), Toggle("chest_pain"), ChecklistDone(), ChangeAnswers()])
    assert state.step is Step.READINESS
    assert state.selections == {"chest_pain"}
    assert state.readiness == frozenset()


def _at(step: Step) -> OnboardingState:
    for state in trace(EVERYTHING_CLEARED) + trace(PATHS["readiness_not_yet"]):
        if state.step is step:
            return state
    return trace(PATHS["under_age"])[-1]


IGNORED_CASES: list[tuple[Step, Event, str]] = [
    (Step.AGE, Toggle("chest_pain"), IGNORED_WRONG_STEP),
    (Step.AGE, Pain(3), IGNORED_WRONG_STEP),
    (Step.AGE, Cleared(True), IGNORED_WRONG_STEP),
    (Step.AGE, ChecklistDone(), IGNORED_WRONG_STEP),
    (Step.READINESS, Adult(True), IGNORED_WRONG_STEP),
    (Step.READINESS, Cleared(True), IGNORED_WRONG_STEP),
    (Step.READINESS, Toggle("pregnancy"), IGNORED_UNKNOWN_KEY),
    (Step.READINESS, Toggle("nonsense"), IGNORED_UNKNOWN_KEY),
    (Step.READINESS, ChangeAnswers(), IGNORED_WRONG_STEP),
    (Step.READINESS_CLEARANCE, Toggle("chest_pain"), IGNORED_WRONG_STEP),
    (Step.READINESS_CLEARANCE, ChecklistDone(), IGNORED_WRONG_STEP),
    (Step.READINESS_CLEARANCE, Pain(2), IGNORED_WRONG_STEP),
    (Step.BACK, Toggle("chest_pain"), IGNORED_UNKNOWN_KEY),
    (Step.BACK, ChooseStyle(Style.HOLD), IGNORED_WRONG_STEP),
    (Step.BACK_CLEARANCE, NoneOfThese(), IGNORED_WRONG_STEP),
    (Step.USUAL_PAIN, Pain(11), IGNORED_OUT_OF_RANGE),
    (Step.USUAL_PAIN, Pain(-1), IGNORED_OUT_OF_RANGE),
    (Step.USUAL_PAIN, ChooseStyle(Style.FLOW), IGNORED_WRONG_STEP),
    (Step.USUAL_PAIN, Cleared(True), IGNORED_WRONG_STEP),
    (Step.STYLE, Pain(4), IGNORED_WRONG_STEP),
    (Step.STYLE, Adult(True), IGNORED_WRONG_STEP),
    (Step.DONE, ChooseStyle(Style.HOLD), IGNORED_FINISHED),
    (Step.DONE, Adult(True), IGNORED_FINISHED),
    (Step.DONE, StartFirstSession(), IGNORED_HANDLED_BY_CALLER),
    (Step.AGE, StartFirstSession(), IGNORED_HANDLED_BY_CALLER),
    (Step.UNDER_AGE, Adult(True), IGNORED_FINISHED),
    (Step.NOT_CLEARED, Cleared(True), IGNORED_FINISHED),
    (Step.NOT_CLEARED, ChangeAnswers(), IGNORED_FINISHED),
]


@pytest.mark.parametrize(("step", "event", "reason"), IGNORED_CASES)
def test_ignored_events_change_nothing(step: Step, event: Event, reason: str) -> None:
    state = _at(step)
    assert state.step is step
    result = apply(state, event)
    assert result.ignored == reason
    assert result.state == state
    assert ignored_notice(reason)


def test_ignored_notice_texts() -> None:
    assert ignored_notice(IGNORED_FINISHED) == t.ONBOARDING_FINISHED
    assert ignored_notice(IGNORED_WRONG_STEP) == t.NOT_ACTIVE


def test_every_step_is_reachable() -> None:
    seen = {s.step for s in all_states()}
    assert seen == set(Step)


@pytest.mark.parametrize("state", list(all_states()), ids=lambda s: s.step.value)
def test_json_round_trip(state: OnboardingState) -> None:
    text = state.to_json()
    assert OnboardingState.from_json(text) == state
    assert OnboardingState.from_json(text).to_json() == text


def _good() -> dict[str, object]:
    parsed: dict[str, object] = json.loads(run(EVERYTHING_CLEARED).to_json())
    return parsed


BAD_JSON: list[str] = [
    "",
    "not json",
    "[]",
    "null",
    json.dumps({**_good(), "v": 2}),
    json.dumps({k: v for k, v in _good().items() if k != "v"}),
    json.dumps({**_good(), "nonce": ""}),
    json.dumps({**_good(), "nonce": "a:b"}),
    json.dumps({**_good(), "nonce": 7}),
    json.dumps({**_good(), "step": "nowhere"}),
    json.dumps({**_good(), "readiness": ["made_up"]}),
    json.dumps({**_good(), "readiness": "heart_condition"}),
    json.dumps({**_good(), "back": ["chest_pain"]}),
    json.dumps({**_good(), "back": [1]}),
    json.dumps({**_good(), "selections": ["pregnancy"]}),  # DONE shows no checklist
    json.dumps({**_good(), "readiness_cleared": "yes"}),
    json.dumps({**_good(), "usual_pain": 11}),
    json.dumps({**_good(), "usual_pain": True}),
    json.dumps({**_good(), "usual_pain": "4"}),
    json.dumps({**_good(), "style": "yoga"}),
    json.dumps({**_good(), "back_cleared": False}),  # DONE without the back clearance
    json.dumps({**_good(), "readiness_cleared": False}),
    json.dumps({**_good(), "style": None}),
    json.dumps({**_good(), "usual_pain": None}),
    json.dumps({**_good(), "step": "style", "usual_pain": None}),
    json.dumps({**_good(), "readiness": [], "readiness_cleared": True}),
]


@pytest.mark.parametrize("text", BAD_JSON)
def test_from_json_rejects_bad_data(text: str) -> None:
    with pytest.raises(ValueError):
        OnboardingState.from_json(text)


@pytest.mark.parametrize("nonce", ["", "a:b", "x" * 17, "ä", "a b"])
def test_start_rejects_bad_nonces(nonce: str) -> None:
    with pytest.raises(ValueError):
        start(nonce)


def test_start_accepts_the_longest_nonce() -> None:
    state = start("z" * 16)
    for row in render(replace(state, step=Step.READINESS)).buttons:
        for button in row:
            assert len(button.data.encode()) <= MAX_BYTES


@pytest.mark.parametrize("state", list(all_states()), ids=lambda s: s.step.value)
def test_views_fit_and_buttons_decode(state: OnboardingState) -> None:
    view = render(state)
    assert 0 < len(view.text) <= TEXT_MAX
    reminder = reminder_views.encode_action(reminder_views.ChangeTime())
    for row in view.buttons:
        assert 1 <= len(row) <= 8
        for button in row:
            assert button.label
            assert len(button.data.encode()) <= MAX_BYTES
            if button.data == reminder:
                continue
            decoded = decode_onboarding_button(button.data)
            assert decoded is not None, button.data
            nonce, event = decoded
            assert nonce == state.nonce
            assert button_data(state, event) == button.data
            if not isinstance(event, StartFirstSession):
                assert apply(state, event).ignored is None, (state.step, event)


@pytest.mark.parametrize(
    "event",
    [
        Adult(True),
        Adult(False),
        *[Toggle(k) for k in (*READINESS_KEYS, *BACK_KEYS)],
        NoneOfThese(),
        ChecklistDone(),
        Cleared(True),
        Cleared(False),
        ChangeAnswers(),
        *[Pain(n) for n in range(11)],
        ChooseStyle(Style.HOLD),
        ChooseStyle(Style.FLOW),
        StartFirstSession(),
    ],
)
def test_every_event_round_trips(event: Event) -> None:
    data = button_data(start("zzzzzzzzzzzzzzzz"), event)
    assert data.startswith("o1:zzzzzzzzzzzzzzzz:")
    assert len(data.encode()) <= MAX_BYTES
    assert decode_onboarding_button(data) == ("zzzzzzzzzzzzzzzz", event)


def test_start_first_session_data() -> None:
    assert button_data(start(NONCE), StartFirstSession()) == f"o1:{NONCE}:go"


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "o1",
        "o1:",
        f"o1:{NONCE}",
        f"o2:{NONCE}:go",
        f"s1:{NONCE}:go",
        "o1::go",
        f"o1:{NONCE}:zz",
        f"o1:{NONCE}:go:1",
        f"o1:{NONCE}:a",
        f"o1:{NONCE}:a:maybe",
        f"o1:{NONCE}:c:",
        f"o1:{NONCE}:t:made_up",
        f"o1:{NONCE}:p:11",
        f"o1:{NONCE}:p:-1",
        f"o1:{NONCE}:p:04",
        f"o1:{NONCE}:p:x",
        f"o1:{NONCE}:p:٣",
        f"o1:{NONCE}:st:yoga",
        f"o1:{NONCE}:t:a:b",
        "o1:" + "x" * 70,
    ],
)
def test_decode_rejects_malformed_data(data: str | None) -> None:
    assert decode_onboarding_button(data) is None


def test_stale_nonce_is_visible_to_the_handler() -> None:
    old = start("aaaa")
    new = start("bbbb")
    data = render(old).buttons[0][0].data
    decoded = decode_onboarding_button(data)
    assert decoded is not None
    nonce, event = decoded
    assert nonce == old.nonce != new.nonce
    assert event == Adult(True)


def test_done_view_buttons() -> None:
    view = render(run(CLEAN))
    assert t.ONBOARDING_DONE in view.text
    assert t.ONBOARDING_REMINDER_OFFER in view.text
    (go,), (remind,) = view.buttons
    assert (go.label, go.data) == (t.START_FIRST_SESSION, f"o1:{NONCE}:go")
    assert decode_onboarding_button(go.data) == (NONCE, StartFirstSession())
    assert remind.label == t.SET_DAILY_REMINDER
    assert remind.data == reminder_views.encode_action(reminder_views.ChangeTime())
    assert isinstance(reminder_views.decode_reminder_button(remind.data), reminder_views.ChangeTime)


def test_terminal_views() -> None:
    assert render(run([Adult(False)])).text == t.UNDER_18
    assert render(run(PATHS["readiness_not_yet"])).text == t.CLEARANCE_WAIT
    assert render(run([Adult(False)])).buttons == ()
    assert render(run(PATHS["readiness_not_yet"])).buttons == ()


@pytest.mark.parametrize(
    ("events", "number"),
    [
        ([], 1),
        ([Adult(True)], 2),
        ([Adult(True), Toggle("chest_pain"), ChecklistDone()], 2),
        ([Adult(True), NoneOfThese()], 3),
        ([Adult(True), NoneOfThese(), Toggle("pregnancy"), ChecklistDone()], 3),
        ([Adult(True), NoneOfThese(), NoneOfThese()], 4),
        ([Adult(True), NoneOfThese(), NoneOfThese(), Pain(2)], 5),
    ],
)
def test_progress_header(events: list[Event], number: int) -> None:
    text = render(run(events)).text
    assert text.startswith(t.onboarding_step(number, 5))


def _labels(state: OnboardingState) -> list[str]:
    return [b.label for row in render(state).buttons for b in row]


def test_checklist_ticks_and_buttons() -> None:
    state = run([Adult(True), Toggle("chest_pain")])
    labels = _labels(state)
    assert f"{t.CHECKED} Chest pain" in labels
    assert f"{t.UNCHECKED} Heart condition" in labels
    assert labels[-2:] == [t.NONE_OF_THESE, t.DONE]
    assert len(labels) == len(READINESS_KEYS) + 2


@pytest.mark.parametrize(
    ("group_events", "keys", "details"),
    [
        ([Adult(True)], READINESS_KEYS, t.READINESS_SIGNS),
        ([Adult(True), NoneOfThese()], BACK_KEYS, t.BACK_SIGNS),
    ],
)
def test_checklist_lists_every_option(
    group_events: list[Event], keys: tuple[str, ...], details: tuple[t.Sign, ...]
) -> None:
    view = render(run(group_events))
    decoded = [decode_onboarding_button(b.data) for row in view.buttons for b in row]
    toggles = [d[1] for d in decoded if d is not None and isinstance(d[1], Toggle)]
    assert [e.key for e in toggles] == list(keys)
    for sign in details:
        assert sign.detail in view.text


# SAFETY.md section 2: each topic, split so that each button is one thing.
READINESS_TOPICS = {
    "heart_condition": ("heart",),
    "high_blood_pressure": ("blood pressure",),
    "chest_pain": ("chest pain", "rest", "everyday", "exercise"),
    "dizziness_balance": ("dizziness", "balance", "12 months"),
    "lost_consciousness": ("passed out", "12 months"),
    "chronic_condition": ("long-term", "condition"),
    "chronic_medication": ("prescribed", "medicine", "long-term"),
    "bone_joint_problem": ("bone", "joint", "soft-tissue", "12 months", "worse"),
    "supervised_only": ("doctor", "supervision"),
}
BACK_TOPICS = {
    "osteoporosis": ("osteoporosis",),
    "spine_fracture": ("fracture", "spine"),
    "spondylolisthesis": ("spondylolisthesis",),
    "pars_defect": ("pars defect",),
    "steroids_3_months": ("steroid", "tablets", "injections", "3 months"),
    "back_surgery_12_months": ("operation", "spine", "12 months"),
    "pregnancy": ("pregnant",),
}


@pytest.mark.parametrize(
    ("key", "words", "prefix"),
    [(k, w, [Adult(True)]) for k, w in READINESS_TOPICS.items()]
    + [(k, w, [Adult(True), NoneOfThese()]) for k, w in BACK_TOPICS.items()],
)
def test_safety_topics_are_options(key: str, words: tuple[str, ...], prefix: list[Event]) -> None:
    state = run(prefix)
    assert key in (*READINESS_KEYS, *BACK_KEYS)
    view = render(state)
    assert any(b.data == button_data(state, Toggle(key)) for row in view.buttons for b in row), key
    detail = next(s.detail for s in (*t.READINESS_SIGNS, *t.BACK_SIGNS) if s.key == key).lower()
    for word in words:
        assert word in detail, (key, word)
        assert word in view.text.lower()


def test_topic_tables_cover_every_key() -> None:
    assert tuple(READINESS_TOPICS) == READINESS_KEYS
    assert tuple(BACK_TOPICS) == BACK_KEYS


@pytest.mark.parametrize(
    ("events", "needles"),
    [
        (
            [Adult(True), Toggle("chest_pain"), ChecklistDone()],
            ("doctor or a qualified exercise professional", "Chest pain"),
        ),
        (
            [Adult(True), NoneOfThese(), Toggle("pregnancy"), ChecklistDone()],
            ("clinician", "twisting", "Pregnant"),
        ),
    ],
)
def test_clearance_view(events: list[Event], needles: tuple[str, ...]) -> None:
    view = render(run(events))
    for needle in needles:
        assert needle in view.text
    labels = [b.label for row in view.buttons for b in row]
    assert labels == [t.CLEARANCE_YES, t.CLEARANCE_NOT_YET, t.CHANGE_ANSWERS]


def test_readiness_clearance_does_not_talk_about_twisting_and_vice_versa() -> None:
    readiness = render(run([Adult(True), Toggle("chest_pain"), ChecklistDone()])).text
    assert t.CLEARANCE_BACK not in readiness
    back = render(run([Adult(True), NoneOfThese(), Toggle("osteoporosis"), ChecklistDone()])).text
    assert t.CLEARANCE_READINESS not in back


def test_pain_keyboard_two_rows() -> None:
    state = run([Adult(True), NoneOfThese(), NoneOfThese()])
    rows = render(state).buttons
    assert [[b.label for b in row] for row in rows] == [
        ["0", "1", "2", "3", "4", "5"],
        ["6", "7", "8", "9", "10"],
    ]


def test_style_view_shows_both_lines() -> None:
    view = render(run([Adult(True), NoneOfThese(), NoneOfThese(), Pain(1)]))
    assert t.STYLE_HOLD_LINE in view.text
    assert t.STYLE_FLOW_LINE in view.text
    assert [b.label for b in view.buttons[0]] == [t.STYLE_HOLD, t.STYLE_FLOW]


PAIN_STATE = run([Adult(True), NoneOfThese(), NoneOfThese()])


@pytest.mark.parametrize(
    ("step_state", "text", "expected"),
    [
        (PAIN_STATE, "4", Pain(4)),
        (PAIN_STATE, "4/10", Pain(4)),
        (PAIN_STATE, "four", Pain(4)),
        (PAIN_STATE, " 0 ", Pain(0)),
        (PAIN_STATE, "10", Pain(10)),
        (PAIN_STATE, "my pain is about 7 out of 10", Pain(7)),
        (PAIN_STATE, "11", None),
        (PAIN_STATE, "I fell 3 days ago", None),
        (PAIN_STATE, "hello", None),
        (PAIN_STATE, "yes", None),
        (start(NONCE), "yes", Adult(True)),
        (start(NONCE), "Yes.", Adult(True)),
        (start(NONCE), "no", Adult(False)),
        (start(NONCE), "NOPE", Adult(False)),
        (start(NONCE), "4", None),
        (start(NONCE), "maybe", None),
        (
            run([Adult(True), NoneOfThese(), NoneOfThese(), Pain(2)]),
            "flow",
            ChooseStyle(Style.FLOW),
        ),
        (
            run([Adult(True), NoneOfThese(), NoneOfThese(), Pain(2)]),
            "Hold",
            ChooseStyle(Style.HOLD),
        ),
        (run([Adult(True), NoneOfThese(), NoneOfThese(), Pain(2)]), "4", None),
        (run([Adult(True)]), "none", None),
        (run([Adult(True)]), "yes", None),
        (run([Adult(True), Toggle("chest_pain"), ChecklistDone()]), "yes", None),
        (run(CLEAN), "5", None),
    ],
)
def test_event_from_text(step_state: OnboardingState, text: str, expected: Event | None) -> None:
    event = event_from_text(step_state, text)
    assert event == expected
    if event is not None:
        assert apply(step_state, event).ignored is None


def test_typed_pain_moves_on() -> None:
    event = event_from_text(PAIN_STATE, "4/10")
    assert event is not None
    state = apply(PAIN_STATE, event).state
    assert (state.step, state.usual_pain) == (Step.STYLE, 4)
