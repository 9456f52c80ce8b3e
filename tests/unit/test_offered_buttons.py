"""Issue 17, item 13: never offer a button that will be refused. The views decide from plain
values (``session_open`` for answers, ``held`` for the session) passed in by the handlers."""

# mypy keeps narrowing `run.state` across `run.send(...)`, which changes it.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

from datetime import timedelta

import pytest

from coach.questions.view import question_view, topic_view
from coach.session.machine import (
    STALE_AFTER,
    Hurts,
    Next,
    Pain,
    Pause,
    Phase,
    Start,
    still_running,
)
from coach.session.view import render
from coach.ui import View
from content import general
from content import texts as t
from content.questions import CLINICIAN_FIRST
from service.onboarding import welcome_back
from tests.unit.test_session import T0, Run


def labels(view: View) -> list[str]:
    return [b.label for row in view.buttons for b in row]


@pytest.mark.parametrize(
    ("key", "session_open", "offered"),
    [
        ("hold_time", False, True),
        ("hold_time", True, False),  # a session is running: Start would be refused
        ("check_first", False, False),  # "ask a clinician first"
        ("surgery_history", False, False),
    ],
)
def test_start_a_session_only_under_answers_that_allow_it(
    key: str, session_open: bool, offered: bool
) -> None:
    view = topic_view(key, session_open=session_open)
    assert view is not None
    assert (general.START_SESSION_BUTTON in labels(view)) is offered
    assert view.buttons  # the related topics are still offered


def test_a_typed_question_that_says_check_first_has_no_start_button() -> None:
    view = question_view("is it safe if I'm pregnant")
    assert general.START_SESSION_BUTTON not in labels(view)
    assert {"check_first", "surgery_history"} <= CLINICIAN_FIRST


def _paused() -> Run:
    run = Run()
    run.clear_screen(1)
    run.send(Start())
    run.send(Pause(), after=1)
    assert run.state.phase is Phase.PAUSED
    return run


def test_a_paused_session_offers_resume_only_when_exercise_may_go_on() -> None:
    run = _paused()
    assert t.RESUME in labels(render(run.state, T0))
    held = render(run.state, T0, held=True)
    assert labels(held) == [t.STOP, t.HURTS]
    assert t.HELD_NOTE in held.text


def test_ready_steps_and_the_gentle_offer_drop_their_start_when_held() -> None:
    run = Run()
    run.clear_screen(1)
    assert t.START_NOW in labels(render(run.state, T0))
    ready = render(run.state, T0, held=True)
    assert t.START_NOW not in labels(ready) and t.STOP in labels(ready)
    while run.state.phase is not Phase.STEPS or run.state.step_index < len(run.state.steps) - 1:
        run.send(Next())
    assert t.START in labels(render(run.state, T0))
    assert t.START not in labels(render(run.state, T0, held=True))
    run.send(Start())
    run.send(Hurts(), after=1)
    run.send(Pain(1))
    assert run.state.phase is Phase.HURT_OFFER
    assert t.CONTINUE_GENTLY in labels(render(run.state, T0))
    assert labels(render(run.state, T0 + timedelta(seconds=1), held=True)) == [t.STOP_FOR_TODAY]


@pytest.mark.parametrize(
    ("age", "running"),
    [
        (timedelta(0), True),
        (timedelta(hours=1), True),
        (STALE_AFTER, True),
        (STALE_AFTER + timedelta(seconds=1), False),  # closed at the next start, not resumed
        (timedelta(days=2), False),
    ],
)
def test_an_open_session_counts_as_running_until_it_is_stale(age: timedelta, running: bool) -> None:
    assert still_running(T0, T0 + age) is running


@pytest.mark.parametrize("running", [False, True])
def test_welcome_back_offers_start_only_while_no_session_runs(running: bool) -> None:
    view = welcome_back(", Sam", session_running=running)
    assert (general.START_SESSION_BUTTON in labels(view)) is not running
    assert general.HEALTH_CHANGED_BUTTON in labels(view)
    assert ("still running" in view.text) is running
