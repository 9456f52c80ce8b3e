"""The README's run command, from outside: `python bot.py` configured only by environment
variables, pointed at a Bot API server that is not part of the bot process."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from playground.client import EmulatorClient
from playground.emulator import BotApiEmulator
from tests.conftest import TOKEN, start_bot_process

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.long
async def test_the_bot_runs_against_any_bot_api_server(
    emulator: BotApiEmulator, client: EmulatorClient, tmp_path: Path
) -> None:
    process = await start_bot_process(emulator, tmp_path, LOG_LEVEL="DEBUG")
    try:
        ana = client.user(201, first_name="Ana")
        await ana.send("/start")
        await ana.wait_for_text("prone spinal twist", timeout=30)
        await ana.send("/help")
        await ana.wait_for_text("/remind")
        assert next(c["command"] for c in await client.commands()) == "start"
    finally:
        process.terminate()
        output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    log = output.decode()
    assert "ready as @" in log, log[-2000:]
    assert process.returncode == 0, log[-2000:]  # SIGTERM is a graceful stop
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    assert (tmp_path / "coach.sqlite3").exists()
