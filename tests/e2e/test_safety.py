"""Free text, anywhere (SAFETY.md section 7), through the emulator: a message describing an
emergency sign, a see-a-clinician sign or pain in the movement gets the matching safety reply,
by the fixed triage rule, before any question answering; it is recorded (an emergency locks
sessions for 24 hours); and a session in progress is paused."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.settings import Settings
from coach.reminders.view import format_fire
from coach.session.machine import Phase
from content import general
from content import texts as t
from content.questions import DECLINE_MEDICAL_TEXT
from content.safety import (
    CLINICIAN_REPLY,
    EMERGENCY_REPLY,
    SAFETY_ASK_NO,
    SAFETY_ASK_PAUSED,
    SAFETY_ASK_QUESTION,
    SAFETY_REPLIES,
    STOP_PAIN_REPLY,
)
from playground.client import EmulatorClient, SimUser
from tests.conftest import BotFactory, make_settings
from tests.e2e.story import (
    DIAGNOSIS_WORDS,
    EMERGENCY_HEAD,
    all_text,
    assert_polite,
    head,
    onboard,
    plain,
    screen,
    screenings,
    session_state,
    settle,
    together,
    wait_for_block,
)

MESSAGES = [
    # (what the user types, the reply's level, the sign keys recorded first)
    ("I have numbness in my saddle area", "emergency", "saddle_numbness"),
    ("I can't control my bladder", "emergency", "bladder"),
    ("I have a fever and my back hurts at night", "clinician", "fever_unwell"),
    ("something popped", "stop_pain", "popped"),
    ("my back seized up during the twist", "stop_pain", "spasm"),  # twenty-second session
    ("my face is drooping on one side since lunch", "emergency", "stroke_signs"),
    ("Is the twist ok if I have tingling in one leg?", "clinician", None),
]


@pytest.mark.usefixtures("bot")
async def test_each_warning_in_free_text_gets_its_safety_reply_first_and_is_recorded(
    client: EmulatorClient, settings: Settings
) -> None:
    async def says(user: SimUser, text: str, level: str, sign: str | None) -> None:
        sent = await user.send(text)
        reply = await user.wait_for_text(head(SAFETY_REPLIES[level]))
        assert reply.content == plain(SAFETY_REPLIES[level])
        await settle(user)  # everything this message caused has been sent by now
        answers = [
            m
            for m in await user.bot_messages()
            if m.message_id > sent.message_id and head(general.HELP_INTRO) not in m.content
        ]
        assert answers == [reply], [m.describe() for m in answers]  # no question answering
        assert not any(word in reply.content.lower() for word in DIAGNOSIS_WORDS)
        [record] = screenings(settings, user.user_id, "free_text")
        assert record.decision == level and text not in record.answers  # keys, not the words
        if sign is not None:
            assert record.answers.startswith(f'["{sign}"')

    async def locked_out(user: SimUser) -> None:
        """An emergency told in free text counts like one ticked: no session for 24 hours."""
        await onboard(user)
        await user.send("my legs are getting weaker and I keep tripping over my foot")
        await user.wait_for_text(head(EMERGENCY_REPLY))
        [record] = screenings(settings, user.user_id, "free_text")
        assert record.decision == "emergency"
        await user.send("/session")
        refusal = await user.wait_for_text(general.LOCKED_OUT[:30])
        at = record.at.strftime("%H:%M")
        assert refusal.content == plain(general.LOCKED_OUT.format(time=f"{at} UTC"))
        assert EMERGENCY_HEAD not in all_text(await user.bot_messages())  # not even screened

    users = [client.user(1401 + i) for i in range(len(MESSAGES) + 1)]
    await together(
        *(says(u, *case) for u, case in zip(users, MESSAGES, strict=False)),
        locked_out(users[-1]),
    )
    await assert_polite(client, [u.user_id for u in users])


async def test_a_warning_typed_during_a_countdown_pauses_the_session(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    slow = make_settings(tmp_path, time_scale=0.25)

    async def warns(user: SimUser, text: str, reply_text: str) -> None:
        await onboard(user)
        ready = await screen(user, pain=2)
        await user.press_text(ready, t.START_NOW)
        live = await wait_for_block(user, t.hold_title(t.RIGHT, 1, 1))
        await user.send(text)
        reply = await user.wait_for_text(head(reply_text))
        assert reply.content == plain(reply_text)
        paused = await session_state(slow, user.user_id, Phase.PAUSED)
        assert paused.block_index == 1 and paused.paused_remaining is not None
        shown = await user.wait_for(
            lambda m: m.message_id == live.message_id and "Paused." in m.content, fresh=False
        )
        # No Resume: it would be refused (issue 17, item 13); the paused frame says why.
        assert shown.labels == [t.STOP, t.HURTS]
        assert plain(t.HELD_NOTE) in shown.content
        # A Resume pressed anyway (a stale button, a modified client) is refused: an emergency
        # holds exercise for 24 hours, a see-a-clinician sign for the rest of the day ("No
        # exercise today, please" means today)
        stop_data = shown.data_for(t.STOP)
        assert stop_data is not None and stop_data.endswith(":x")
        await user.press_forged(shown, stop_data[: -len("x")] + "rs")
        [record] = screenings(slow, user.user_id, "free_text")
        at = record.at.strftime("%H:%M")
        if reply_text == EMERGENCY_REPLY:
            expected = general.LOCKED_OUT.format(time=f"{at} UTC")  # the zone is unknown
        else:  # the user's time zone is unknown: 24 hours, in UTC
            until = format_fire(record.at + timedelta(hours=24), "UTC")
            expected = general.REST_DAY.format(time=f"{at} UTC", until=f"{until} UTC")
        refusal = await user.wait_for_text(plain(expected)[:40])
        assert refusal.content == plain(expected)
        await settle(user)
        still = await session_state(slow, user.user_id, Phase.PAUSED)
        assert still.paused_remaining == paused.paused_remaining

    async with make_bot(settings_=slow):
        users = [client.user(1421), client.user(1422)]
        await together(
            warns(users[0], "I think I have a fever", CLINICIAN_REPLY),
            warns(users[1], "my groin has gone numb", EMERGENCY_REPLY),
        )
        for user in users:
            assert head(STOP_PAIN_REPLY) not in all_text(await user.bot_messages())
        await assert_polite(client, [u.user_id for u in users])


async def _hurt_typed_in_a_countdown(user: SimUser, text: str) -> None:
    """An onboarded user starts a session and types ``text`` during the first hold's countdown:
    the side ends and the pain level is asked (SAFETY.md 5)."""
    await onboard(user)
    ready = await screen(user, pain=2)
    await user.press_text(ready, t.START_NOW)
    await wait_for_block(user, t.hold_title(t.RIGHT, 1, 1))
    await user.send(text)
    await user.wait_for_text(head(t.HURT_PROMPT))


async def test_a_doubted_hurt_typed_during_a_countdown_ends_the_side_and_is_asked_outside_one(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """Twenty-sixth session: "my back hurts a bit but thats probably from sitting all day" (a
    cause guessed beside a hurt of now) typed during a countdown ends the side and asks the pain
    level (SAFETY.md 5), where it had asked "is that the case for you right now?" with the
    countdown running on; outside a session it is still asked about."""
    slow = make_settings(tmp_path, time_scale=0.25)
    text = "my back hurts a bit but thats probably from sitting all day"
    asked = plain(SAFETY_ASK_QUESTION)

    async def outside(user: SimUser) -> None:
        await onboard(user)
        await user.send(text)
        await user.wait_for_text(asked)
        assert head(STOP_PAIN_REPLY) not in all_text(await user.bot_messages())

    async def during(user: SimUser) -> None:
        await _hurt_typed_in_a_countdown(user, text)
        assert asked not in all_text(await user.bot_messages())

    async with make_bot(settings_=slow):
        users = [client.user(1441), client.user(1442)]
        await together(outside(users[0]), during(users[1]))
        await assert_polite(client, [u.user_id for u in users])


async def test_a_possible_sign_asked_about_during_a_countdown_pauses_it_until_the_answer(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """Twenty-seventh session: a sign the weighing doubts (someone else's) typed during a
    countdown is asked about with the countdown paused meanwhile, and the question says so
    (SAFETY.md 7: when in doubt the exercise stops), where the countdown had run on under the
    question. "No" answers the message and records nothing; Resume carries on with the time
    that was left."""
    slow = make_settings(tmp_path, time_scale=0.25)
    async with make_bot(settings_=slow):
        user = client.user(1451)
        await onboard(user)
        ready = await screen(user, pain=2)
        await user.press_text(ready, t.START_NOW)
        live = await wait_for_block(user, t.hold_title(t.RIGHT, 1, 1))
        await user.send("my wife says her legs feel weak lately")
        asked = await user.wait_for_text(plain(SAFETY_ASK_QUESTION))
        assert asked.content.endswith(plain(SAFETY_ASK_PAUSED)), asked.content
        paused = await session_state(slow, user.user_id, Phase.PAUSED)
        assert paused.block_index == 1 and paused.paused_remaining is not None
        shown = await user.wait_for(
            lambda m: m.message_id == live.message_id and t.RESUME in m.labels, fresh=False
        )
        await user.press_text(asked, SAFETY_ASK_NO)
        await settle(user)
        assert screenings(slow, user.user_id, "free_text") == []
        still = await session_state(slow, user.user_id, Phase.PAUSED)
        assert still.paused_remaining == paused.paused_remaining
        await user.press_text(shown, t.RESUME)
        running = await session_state(slow, user.user_id, Phase.WORK)
        assert running.block_index == 1
        await assert_polite(client, [user.user_id])


async def test_another_parts_ache_is_declined_outside_a_session_and_ends_the_side_in_one(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """Twenty-fifth session: "my knee hurts when i run, how do i sort it" asks how to treat
    another part: outside a session the bank declines it towards a clinician (as `python bot.py
    ask` does), with no record and sessions still open; typed during a countdown, a hurt told
    still ends the side first and asks the pain level (SAFETY.md 5)."""
    slow = make_settings(tmp_path, time_scale=0.25)
    text = "my knee hurts when i run, how do i sort it"

    async def outside(user: SimUser) -> None:
        await onboard(user)
        await user.send(text)
        reply = await user.wait_for_text(plain(DECLINE_MEDICAL_TEXT)[:30])
        assert reply.content.startswith(plain(DECLINE_MEDICAL_TEXT))
        await settle(user)
        assert screenings(slow, user.user_id, "free_text") == []
        assert head(STOP_PAIN_REPLY) not in all_text(await user.bot_messages())

    async def during(user: SimUser) -> None:
        await _hurt_typed_in_a_countdown(user, text)
        assert plain(DECLINE_MEDICAL_TEXT)[:30] not in all_text(await user.bot_messages())

    async with make_bot(settings_=slow):
        users = [client.user(1431), client.user(1432)]
        await together(outside(users[0]), during(users[1]))
        await assert_polite(client, [u.user_id for u in users])
