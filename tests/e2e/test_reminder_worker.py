"""`python bot.py reminders`, the reminder worker, from outside: configured only by
environment variables, it sends the reminders that are due, exactly once between two workers
on one database, and takes no updates (only one process may receive the token's updates)."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from playground.client import EmulatorClient
from playground.emulator import BotApiEmulator
from tests.conftest import start_bot_process
from tests.e2e.story import seed_due_reminders

USERS = range(2601, 2621)


async def _until_ready(worker: asyncio.subprocess.Process) -> bytes:
    """The worker's output up to and including its "ready" line (within 60 s)."""
    assert worker.stdout is not None
    head = b""
    while b"reminder worker ready" not in head:
        line = await asyncio.wait_for(worker.stdout.readline(), timeout=60)
        assert line, head.decode()  # the worker ended before it was ready
        head += line
    return head


@pytest.mark.long
async def test_two_reminder_workers_send_each_due_reminder_once_and_take_no_updates(
    emulator: BotApiEmulator, client: EmulatorClient, tmp_path: Path
) -> None:
    # Twenty users whose reminder is due now, in a migrated database.
    seed_due_reminders(tmp_path / "coach.sqlite3", USERS, datetime.now(UTC) - timedelta(minutes=1))
    users = [client.user(uid) for uid in USERS]
    for user in users:
        await user.send("/start")  # the chat exists (its update waits: nobody polls)
    workers = [await start_bot_process(emulator, tmp_path, "reminders") for _ in range(2)]
    try:
        await asyncio.gather(*(u.wait_for(lambda m: True, timeout=60) for u in users))
        # Both workers up before the stop: one may send every reminder before the other has
        # even started, and a stop during start-up is not the graceful stop this story checks.
        heads = await asyncio.gather(*(_until_ready(w) for w in workers))
        for worker in workers:
            worker.terminate()  # a graceful stop: the batch in flight is finished and recorded
        outputs = [(await asyncio.wait_for(w.communicate(), timeout=30))[0] for w in workers]
    finally:
        for worker in workers:
            if worker.returncode is None:
                worker.kill()
    logs = [(head + out).decode() for head, out in zip(heads, outputs, strict=True)]
    assert all("reminder worker ready" in log for log in logs), logs
    assert all(worker.returncode == 0 for worker in workers), logs
    counts = Counter({user.user_id: len(await user.bot_messages()) for user in users})
    assert counts == dict.fromkeys(USERS, 1)  # every one, once
    calls = (await client.counters()).calls
    assert calls.get("getUpdates", 0) == 0 and calls.get("setWebhook", 0) == 0  # no updates
