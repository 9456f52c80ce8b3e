"""Every button press is answered, whatever its data: forged presses (random bytes, every known
prefix with garbage, huge numbers, unicode, 64-byte payloads) sent through the emulator as a
modified Telegram client could, each get an answerCallbackQuery, and no error is logged."""

from __future__ import annotations

import asyncio
import itertools
import logging
import random

import pytest

from content import general
from playground.client import EmulatorClient, Pressed
from tests.unit.test_callback_decoders import forged

PRESSES = 240
USERS = 12


def sample(count: int = PRESSES) -> list[str]:
    """Forged data a real client could send: at most 64 bytes (Telegram's limit on what a
    client may send), a mix of structured garbage and random bytes, fixed by a seed."""
    everything = [d for d in forged(seed=1515, count=200) if d]
    rng = random.Random(15)
    rng.shuffle(everything)
    chosen = list(itertools.islice(everything, count - 4))
    return [*chosen, "s1:" + "z" * 61, "d1:y:" + "9" * 59, "s1:١:p:٣", "\ud800"]


@pytest.mark.usefixtures("bot")
async def test_every_forged_press_is_answered_and_nothing_raises(
    client: EmulatorClient, caplog: pytest.LogCaptureFixture
) -> None:
    await client.set_rate_limits(False)
    caplog.set_level(logging.INFO)
    data = sample()
    assert len(data) >= 200
    # Spread over chats, which the bot serves concurrently: one chat's presses run in order,
    # and Telegram (like the emulator) refuses an answer to a press older than 15 s.
    users = [client.user(1500 + n, first_name=f"User{n}") for n in range(USERS)]
    for user in users:
        await user.send("/start")
    messages = [await user.wait_for(lambda m: bool(m.buttons), timeout=20) for user in users]

    async def press_all(n: int) -> list[Pressed]:
        return [await users[n].press_forged(messages[n], d) for d in data[n::USERS]]

    pressed = {
        (n, p.callback_query_id): p
        for n, batch in enumerate(await asyncio.gather(*(press_all(n) for n in range(USERS))))
        for p in batch
    }
    assert len(pressed) == len(data)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 60
    while True:
        answered = {
            (n, a.callback_query_id)
            for n, user in enumerate(users)
            for a in await user.callback_answers()
        }
        if set(pressed) <= answered or loop.time() > deadline:
            break
        await client.events(after=await client.events(wait=0), wait=1)
    missing = [p.data for key, p in pressed.items() if key not in answered]
    assert not missing, f"{len(missing)} presses never answered: {missing[:10]!r}"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors[:5]]
    texts = {a.text for user in users for a in await user.callback_answers()}
    assert general.BUTTON_EXPIRED in texts  # presses no feature claims get the fallback


@pytest.mark.usefixtures("bot")
async def test_a_press_no_feature_claims_hears_that_the_button_expired(
    client: EmulatorClient,
) -> None:
    ben = client.user(1516, first_name="Ben")
    await ben.send("/start")
    message = await ben.wait_for(lambda m: bool(m.buttons), timeout=20)
    for data in ("zz9:whatever", "x", "s2:1:nx"):
        answer = await ben.wait_for_answer(await ben.press_forged(message, data))
        assert answer.text == general.BUTTON_EXPIRED


@pytest.mark.usefixtures("bot")
async def test_a_press_on_an_inline_message_is_answered_by_every_feature(
    client: EmulatorClient,
) -> None:
    """A press from a message sent via inline mode carries no chat: every feature's button
    data still gets an answer (none acts)."""
    cy = client.user(1517, first_name="Cy")
    await cy.send("/start")
    message = await cy.wait_for(lambda m: bool(m.buttons), timeout=20)
    for data in ("s1:1:st", "o1:abcd:t:heart", "r1:ct", "d1:1:2:3:y", "q1:mat", "u1:go"):
        answer = await cy.wait_for_answer(await cy.press_inline(message, data))
        assert answer.text == general.BUTTON_EXPIRED, data
