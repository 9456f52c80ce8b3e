"""Paid broadcast end to end: the real application's reminder sender and rate limiter, a real
dispatcher draining due reminders, and the emulator with its flood limits on at Telegram's own
rates (30 messages a second free, 1,000 paid). Not scaled down like most e2e tests: at a tenth
of the windows, the jitter of a loaded machine's HTTP calls is a large part of a 0.1 s window,
and one process cannot send 300 a second here. The free story is kept short (about 1.5 s).

With ``PAID_BROADCAST`` on, a burst well over the free limit goes out with
``allow_paid_broadcast`` and Telegram (the emulator) accepts it: no 429. With it off (the
default), the limiter keeps the free limit and there is no 429 either, and nothing is paid."""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.build import build_application
from app.ratelimit import CoachRateLimiter
from handlers.reminders import make_sender
from playground.client import EmulatorClient
from playground.emulator import BotApiEmulator
from scheduler.dispatcher import ReminderDispatcher
from store.db import create_db_engine
from tests.conftest import TOKEN, FakeClock, make_settings
from tests.e2e.story import seed_due_reminders

NOW = datetime(2025, 3, 3, 7, 0, 30, tzinfo=UTC)


@pytest.fixture
async def telegram() -> AsyncIterator[tuple[BotApiEmulator, EmulatorClient]]:
    """The emulator at Telegram's rates, its flood limits on."""
    emulator = BotApiEmulator(token=TOKEN, rate_scale=1.0)
    await emulator.start()
    try:
        async with EmulatorClient(emulator.control_url) as client:
            yield emulator, client
    finally:
        await emulator.stop()


def most_in_any_window(times: list[float], window: float) -> int:
    ordered = sorted(times)
    most, start = 0, 0
    for end, at in enumerate(ordered):
        while ordered[start] <= at - window:
            start += 1
        most = max(most, end - start + 1)
    return most


async def send_due_reminders(
    telegram: tuple[BotApiEmulator, EmulatorClient], tmp_path: Path, users: range, paid: bool
) -> tuple[list[float], int, int, CoachRateLimiter, float]:
    """Every user's reminder, sent by a dispatcher on the real application; returns the
    emulator's send times, its 429 count, its paid-broadcast count, our limiter, and how long
    the drain took (our side: arrival times at the emulator jitter on a loaded machine)."""
    emulator, client = telegram
    seed_due_reminders(tmp_path / "coach.sqlite3", users, NOW - timedelta(seconds=30))
    for uid in users:
        await client.user(uid).send("/start")  # the chat exists (nobody polls: no reply)
    await client.set_rate_limits(True)
    await client.reset_counters()
    settings = make_settings(tmp_path, paid_broadcast=paid)
    app = build_application(
        settings,
        token=TOKEN,
        base_url=emulator.base_url,
        base_file_url=emulator.base_file_url,
    )
    engine = create_db_engine(settings.database_url)
    await app.initialize()
    try:
        dispatcher = ReminderDispatcher(
            engine, make_sender(app, paid_broadcast=paid), FakeClock(NOW), batch=60
        )
        started = time.monotonic()
        await dispatcher.drain()
        took = time.monotonic() - started
        assert dispatcher.stats.sent == len(users), dispatcher.stats
    finally:
        await app.shutdown()
        engine.dispose()
    counters = await client.counters()
    assert Counter(counters.sends_per_chat) == dict.fromkeys(users, 1)  # each once
    times = [t for uid in users for t in counters.send_times[uid]]
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, CoachRateLimiter)
    return times, counters.too_many_requests, counters.paid_broadcasts, limiter, took


async def test_with_paid_broadcast_a_burst_past_the_free_limit_is_accepted(
    telegram: tuple[BotApiEmulator, EmulatorClient], tmp_path: Path
) -> None:
    users = range(4101, 4191)  # 90 due together: three seconds' worth at the free limit
    times, too_many, paid, limiter, _ = await send_due_reminders(telegram, tmp_path, users, True)
    assert most_in_any_window(times, 1.0) >= 30  # past the limiter's free 29 a second...
    assert too_many == 0  # ...and accepted
    assert paid == len(users) == limiter.paid_sent  # each billed, 0.1 Star each


async def test_without_paid_broadcast_the_limiter_keeps_the_free_limit_and_meets_no_429(
    telegram: tuple[BotApiEmulator, EmulatorClient], tmp_path: Path
) -> None:
    users = range(4201, 4246)  # 45 due together: half again the free limit
    _, too_many, paid, limiter, took = await send_due_reminders(telegram, tmp_path, users, False)
    # The emulator's own flood control is the judge of the rate (arrival times jitter by up to
    # half a second on a loaded machine, so counting them would judge the HTTP stack).
    assert too_many == 0 and paid == 0 and limiter.paid_sent == 0
    # Our side held the free budget: the 30th message waited for the first's second to pass.
    assert took >= math.floor(len(users) / 29) * 0.95
