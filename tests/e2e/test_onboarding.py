"""The onboarding screen (SAFETY.md sections 1 and 2), as users meet it through the emulator:
adults only, a yes on either checklist needs a confirmed clearance, the usual pain level and the
style are recorded, /start again is harmless, and old or double-tapped buttons change nothing."""

from __future__ import annotations

import asyncio
import json

import pytest

from app.settings import Settings
from content import general
from content import texts as t
from content.safety import DISCLAIMER
from playground.client import EmulatorClient, SimUser
from tests.e2e.story import (
    EMERGENCY_HEAD,
    assert_polite,
    head,
    plain,
    screenings,
    session_rows,
    settle,
    start_onboarding,
    tick_and_confirm,
    together,
    user_row,
)

pytestmark = pytest.mark.usefixtures("bot")


async def test_an_under_18_user_gets_no_session_even_when_asking_for_one(
    client: EmulatorClient, settings: Settings
) -> None:
    kai = client.user(1101, first_name="Kai")
    await kai.send("/start")
    intro = await kai.wait_for_text(
        head(general.WELCOME.format(name=", Kai", bot=general.BOT_NAME))
    )
    assert plain(DISCLAIMER) in intro.content  # the not-medical-advice note, once, at the start
    age = await kai.wait_for_text(t.AGE_PROMPT)
    assert age.labels == [t.AGE_YES, t.AGE_NO]

    await kai.press_text(age, t.AGE_NO)
    refused = await kai.wait_for_text(t.UNDER_18[:40])
    assert refused.content == plain(t.UNDER_18)
    assert refused.labels == []  # nothing to go on with

    await kai.send("/session")
    await kai.wait_for_text(general.SCREEN_NEEDED[:40])
    again = await kai.wait_for_text(t.AGE_PROMPT)  # the screen again, from the age question
    assert again.message_id != age.message_id

    everything = "\n".join(m.content for m in await kai.bot_messages())
    assert EMERGENCY_HEAD not in everything  # no pre-session check, so no session either
    assert session_rows(settings, 1101) == []
    user = user_row(settings, 1101)
    assert user is not None and not user.adult_confirmed and user.onboarded_at is None
    [record] = screenings(settings, 1101, "onboarding")
    assert record.decision == "under_age"
    await assert_polite(client, [1101])


async def _needs_clearance(
    user: SimUser, checklist: str, key: str, label: str, explanation: str
) -> None:
    """Up to the clearance question, with one yes on ``checklist``."""
    age = await start_onboarding(user)
    await user.press_text(age, t.AGE_YES)
    readiness = await user.wait_for_text(head(t.READINESS_PROMPT))
    if checklist == "back":
        await tick_and_confirm(user, readiness, [])
        back = await user.wait_for_text(head(t.BACK_PROMPT))
        await tick_and_confirm(user, back, [key])
    else:
        await tick_and_confirm(user, readiness, [key])
    clearance = await user.wait_for_text(t.CLEARANCE_ASK)
    assert plain(t.ticked_line([label])) in clearance.content
    assert plain(explanation) in clearance.content
    assert clearance.labels == [t.CLEARANCE_YES, t.CLEARANCE_NOT_YET, t.CHANGE_ANSWERS]


CASES = {
    # checklist: (a key on it, its button label, the explanation shown)
    "readiness": ("heart_condition", "Heart condition", t.CLEARANCE_READINESS),
    "back": ("pregnancy", "Pregnant", t.CLEARANCE_BACK),
}


async def test_a_yes_on_either_checklist_needs_a_confirmed_clearance_before_going_on(
    client: EmulatorClient, settings: Settings
) -> None:
    async def cleared(user: SimUser, checklist: str) -> None:
        key, label, explanation = CASES[checklist]
        await _needs_clearance(user, checklist, key, label, explanation)
        clearance = await user.wait_for_text(t.CLEARANCE_ASK)
        await user.press_text(clearance, t.CLEARANCE_YES)
        if checklist == "readiness":
            back = await user.wait_for_text(head(t.BACK_PROMPT))
            await tick_and_confirm(user, back, [])
        pain = await user.wait_for_text(t.USUAL_PAIN_PROMPT)
        await user.press_text(pain, "3")
        style = await user.wait_for_text(t.STYLE_PROMPT)
        await user.press_text(style, t.STYLE_FLOW)
        done = await user.wait_for_text(t.ONBOARDING_DONE)
        assert t.onboarding_summary(3, t.STYLE_FLOW) in done.content
        assert t.START_FIRST_SESSION in done.labels

        user_now = user_row(settings, user.user_id)
        assert user_now is not None and user_now.onboarded_at is not None
        assert user_now.onboarding_cleared and user_now.usual_pain == 3
        assert user_now.style == "flow"
        [record] = screenings(settings, user.user_id, "onboarding")
        assert record.decision == "cleared" and record.pain == 3
        recorded = json.loads(record.answers)
        assert recorded[checklist] == [key] and recorded[f"{checklist}_cleared"] is True

    async def not_yet(user: SimUser, checklist: str) -> None:
        key, label, explanation = CASES[checklist]
        await _needs_clearance(user, checklist, key, label, explanation)
        clearance = await user.wait_for_text(t.CLEARANCE_ASK)
        await user.press_text(clearance, t.CLEARANCE_NOT_YET)
        ended = await user.wait_for_text(t.CLEARANCE_WAIT[:30])
        assert ended.content == plain(t.CLEARANCE_WAIT) and ended.labels == []
        await user.send("/session")  # not cleared yet: the screen opens again, no session
        await user.wait_for_text(general.SCREEN_NEEDED[:40])
        await user.wait_for_text(t.AGE_PROMPT)

        waiting = user_row(settings, user.user_id)
        assert waiting is not None and waiting.onboarded_at is None
        assert waiting.usual_pain is None
        [record] = screenings(settings, user.user_id, "onboarding")
        assert record.decision == "not_cleared"
        assert json.loads(record.answers)[checklist] == [key]
        assert json.loads(record.answers)[f"{checklist}_cleared"] is False
        assert session_rows(settings, user.user_id) == []

    users = [client.user(uid) for uid in (1111, 1112, 1113, 1114)]
    await together(
        cleared(users[0], "readiness"),
        not_yet(users[1], "readiness"),
        cleared(users[2], "back"),
        not_yet(users[3], "back"),
    )
    await assert_polite(client, [u.user_id for u in users])


async def test_typed_answers_are_recorded_and_start_again_is_harmless(
    client: EmulatorClient, settings: Settings
) -> None:
    sam = client.user(1121, first_name="Sam")
    await start_onboarding(sam)
    await sam.send("yes")
    readiness = await sam.wait_for_text(head(t.READINESS_PROMPT))
    await tick_and_confirm(sam, readiness, [])
    back = await sam.wait_for_text(head(t.BACK_PROMPT))
    await tick_and_confirm(sam, back, [])
    await sam.wait_for_text(t.USUAL_PAIN_PROMPT)
    await sam.send("4/10")
    await sam.wait_for_text(t.STYLE_PROMPT)
    await sam.send("flow")
    done = await sam.wait_for_text(t.ONBOARDING_DONE)
    assert t.onboarding_summary(4, t.STYLE_FLOW) in done.content

    user = user_row(settings, 1121)
    assert user is not None and user.adult_confirmed and user.usual_pain == 4
    assert user.style == "flow" and user.onboarded_at is not None
    [record] = screenings(settings, 1121, "onboarding")
    assert record.decision == "ready" and record.pain == 4
    assert json.loads(record.answers) == {
        "readiness": [],
        "back": [],
        "readiness_cleared": False,
        "back_cleared": False,
        "usual_pain": 4,
        "style": "flow",
    }

    await sam.send("/start")  # later: welcome back, nothing asked or changed
    welcome_back = await sam.wait_for_text(head(general.WELCOME_BACK.format(name=", Sam")))
    assert welcome_back.labels == [general.START_SESSION_BUTTON, general.HEALTH_CHANGED_BUTTON]
    await settle(sam)
    after = user_row(settings, 1121)
    assert after is not None and after.onboarded_at == user.onboarded_at and after.usual_pain == 4
    assert len(screenings(settings, 1121, "onboarding")) == 1
    asked_again = [m for m in await sam.bot_messages() if t.AGE_PROMPT in m.content]
    assert len(asked_again) == 1

    await sam.press_text(welcome_back, general.START_SESSION_BUTTON)
    await sam.wait_for_text(EMERGENCY_HEAD)  # straight to the pre-session check
    await assert_polite(client, [1121])


async def test_old_and_double_tapped_onboarding_buttons_change_nothing(
    client: EmulatorClient, settings: Settings
) -> None:
    lee = client.user(1131)
    first = await start_onboarding(lee)
    second = await start_onboarding(lee)  # /start again mid-way: a fresh screen
    assert second.message_id != first.message_id

    stale = await lee.press_text(first, t.AGE_YES)
    answer = await lee.wait_for_answer(stale)
    assert answer.text == t.ONBOARDING_STALE
    state = user_row(settings, 1131)
    assert state is not None and state.onboarding_state is not None
    assert json.loads(state.onboarding_state)["step"] == "age"

    # A double tap: both presses reach the bot before it has edited the message.
    taps = await asyncio.gather(
        lee.press_text(second, t.AGE_YES), lee.press_text(second, t.AGE_YES)
    )
    replies = [await lee.wait_for_answer(tap) for tap in taps]
    readiness = await lee.wait_for_text(head(t.READINESS_PROMPT))
    assert readiness.message_id == second.message_id
    assert sorted(r.text for r in replies) == sorted(["", t.NOT_ACTIVE])
    await settle(lee)
    first_now = next(m for m in await lee.bot_messages() if m.message_id == first.message_id)
    assert first_now.content == first.content and not first_now.edited  # the old one untouched
    state = user_row(settings, 1131)
    assert state is not None and state.onboarding_state is not None
    assert json.loads(state.onboarding_state)["step"] == "readiness"
    assert screenings(settings, 1131) == []
    await assert_polite(client, [1131])
