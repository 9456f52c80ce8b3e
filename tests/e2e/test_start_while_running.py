"""Issue 17 item 13, "never offer a button that will be refused", while a session runs:

- a reminder due while a session is open is held back (the user is doing it now, face down
  and listening for the session's own cues) and counts as that day's reminder: never sent
  later that day; /start says the session is running and offers no Start;
- a Start button sent before the session began (an old reminder's, the welcome back's) is not
  refused when pressed: the callback is answered with a short text and the running session's
  live message is sent afresh at the bottom of the chat, where it goes on as the live one.

Through the real bot polling the emulator over HTTP."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.settings import Settings
from content import general
from content import reminders as text
from content import texts as t
from playground.client import ChatMessage, EmulatorClient, SimUser
from tests.conftest import BotFactory, FakeClock, make_settings
from tests.e2e.story import (
    EMERGENCY_HEAD,
    head,
    onboard,
    screen,
    session_rows,
    tick_and_confirm,
)
from tests.e2e.test_reminders import (
    BERLIN_0730,
    MONDAY,
    clock,
    deliver,
    engine,
    reminder_row,
    reminders_received,
    set_reminder,
)
from tests.e2e.test_reminders import onboard as mark_onboarded

__all__ = ["clock", "engine"]  # fixtures of the tests below (those of test_reminders)


async def _deleted(user: SimUser, message_id: int) -> dict[int, ChatMessage]:
    """Waits (up to 5 s) until the bot deleted ``message_id``; returns every bot message."""
    for _ in range(50):
        every = {m.message_id: m for m in await user.bot_messages(include_deleted=True)}
        if every[message_id].deleted:
            return every
        await asyncio.sleep(0.1)
    raise AssertionError(f"message {message_id} was not deleted")


async def _brought_forward(user: SimUser, old: ChatMessage, pressed_after: int) -> ChatMessage:
    """The running session's live message, sent afresh after the press; the old one deleted."""
    fresh = await user.wait_for(lambda m: m.message_id > pressed_after and m.content == old.content)
    every = await _deleted(user, old.message_id)
    later = [m for m in every.values() if m.message_id > pressed_after]
    assert [m.message_id for m in later] == [fresh.message_id]  # nothing else: no refusal
    return fresh


async def test_a_reminder_due_while_a_session_is_open_is_held_back_an_old_start_brings_it_on(
    make_bot: BotFactory,
    client: EmulatorClient,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
) -> None:
    ana = client.user(1851, "Ana")
    async with make_bot(clock=clock) as app:
        await set_reminder(ana, engine)
        mark_onboarded(engine, ana.user_id, clock())
        # Monday 07:30: the reminder, with its Start now
        clock.set(BERLIN_0730 + timedelta(seconds=20))
        await deliver(app)
        [monday] = await reminders_received(ana)
        assert text.START_NOW in monday.labels

        # Tuesday 07:29: a session is opened (the pre-session check is on screen) ...
        tuesday_0730 = BERLIN_0730 + timedelta(days=1)
        clock.set(tuesday_0730 - timedelta(minutes=1))
        await ana.send("/session")
        check = await ana.wait_for_text(EMERGENCY_HEAD)
        # ... so Tuesday's reminder is held back, and counts as Tuesday's
        clock.set(tuesday_0730 + timedelta(seconds=20))
        await deliver(app)
        clock.advance(minutes=30)
        await deliver(app)
        assert [m.message_id for m in await reminders_received(ana)] == [monday.message_id]
        row = reminder_row(engine, ana.user_id)
        assert row is not None
        assert row.last_sent_date == MONDAY + timedelta(days=1)
        assert row.next_fire_at == tuesday_0730 + timedelta(days=1)  # Wednesday's

        # /start now: welcome back, no Start (it says where to carry on)
        await ana.send("/start")
        back = await ana.wait_for_text(head(general.WELCOME_BACK_RUNNING.format(name=", Ana")))
        assert general.START_SESSION_BUTTON not in back.labels

        # Monday's Start now, pressed while Tuesday's session is open: brought forward
        pressed = await ana.press_text(monday, text.START_NOW)
        answer = await ana.wait_for_answer(pressed)
        assert answer.text == t.SESSION_BROUGHT_FORWARD
        fresh = await _brought_forward(ana, check, back.message_id)
        assert [r.message_id for r in session_rows(settings, ana.user_id)] == [fresh.message_id]
        # and the check goes on in it
        await tick_and_confirm(ana, fresh, ())
        await ana.wait_for_text(head(t.CLINICIAN_PROMPT))


@pytest.mark.long
async def test_an_old_start_pressed_during_the_countdown_brings_the_live_message_down(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    settings = make_settings(tmp_path, time_scale=0.25)  # a 20 s hold lasts 5 s
    sam = client.user(1852, "Sam")
    async with make_bot(settings_=settings):
        await onboard(sam)
        await sam.send("/start")
        welcome = await sam.wait_for_text(head(general.WELCOME_BACK.format(name=", Sam")))
        assert general.START_SESSION_BUTTON in welcome.labels
        ready = await screen(sam, pain=2)
        await sam.press_text(ready, t.START_NOW)
        live = await sam.wait_for(lambda m: m.content.startswith(t.hold_title(t.RIGHT, 1, 1)))

        pressed = await sam.press_text(welcome, general.START_SESSION_BUTTON)
        answer = await sam.wait_for_answer(pressed)
        assert answer.text == t.SESSION_BROUGHT_FORWARD
        fresh = await sam.wait_for(lambda m: m.message_id > live.message_id and "⏱" in m.content)
        every = await _deleted(sam, live.message_id)
        assert not any(t.ONE_AT_A_TIME in m.content for m in every.values())
        # the countdown goes on in the fresh message, to the end of the timed part
        await sam.wait_for(
            lambda m: m.message_id == fresh.message_id and len(m.edits) > len(fresh.edits)
        )
        await sam.wait_for_text(head(t.AFTER_PAIN_PROMPT), timeout=60)
        counting = [
            m
            for m in await sam.bot_messages()
            if m.message_id > live.message_id and any("⏱" in e.content for e in m.edits)
        ]
        assert [m.message_id for m in counting] == [fresh.message_id]  # one live countdown
