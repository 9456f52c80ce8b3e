"""Issue 17, "checked by": no message sooner than the chat interval after the last, measured
at the server. The emulator holds some of the bot's calls on their way (a ``delay`` fault: a
slow trip up, the jitter of a real network), so a limiter that spaced the STARTS of one chat's
messages would let two of them ARRIVE closer than the interval; ours starts the next one an
interval after the answer to the last, and every gap the server measures is at least the
interval, exactly."""

from __future__ import annotations

import asyncio
import itertools

from playground.client import EmulatorClient
from tests.conftest import RATE_SCALE, BotFactory
from tests.e2e.story import message_times

QUESTIONS = 8


async def test_one_chats_messages_arrive_an_interval_apart_despite_a_jittery_network(
    client: EmulatorClient, make_bot: BotFactory
) -> None:
    interval = 1.0 * RATE_SCALE  # the chat's interval in this test (Telegram: 1 s)
    ana = client.user(1861, "Ana")
    async with make_bot():
        # about every other answer takes 60 % of the interval longer to reach the server
        await client.inject(
            "delay", probability=0.5, seed=7, method="sendMessage", seconds=0.6 * interval
        )
        for _ in range(QUESTIONS):  # typed in a burst: the answers queue for the chat
            await ana.send("how long do I hold it")
        for _ in range(200):  # 10 s at most
            if len(message_times(await client.counters(), ana.user_id)) >= QUESTIONS:
                break
            await asyncio.sleep(0.05)
    times = message_times(await client.counters(), ana.user_id)
    assert len(times) >= QUESTIONS
    assert (await client.faults()).injected.get("delay", 0) >= 2  # the network was jittery
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= interval, [round(g, 3) for g in gaps]
