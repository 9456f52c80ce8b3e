"""Fixtures: the local Bot API emulator on a free loopback port, the real `Application`
polling it over HTTP, and simulated users driving it through the emulator's control API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.build import build_application, polling
from app.logs import set_secrets
from app.settings import Settings
from playground.client import EmulatorClient
from playground.emulator import BotApiEmulator

TOKEN = "123456:TEST-token-never-to-be-logged"


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": f"sqlite:///{tmp_path / 'coach.sqlite3'}",
        "time_scale": 0.02,
        "log_level": "DEBUG",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    emu = BotApiEmulator(token=TOKEN)
    await emu.start()
    yield emu
    await emu.stop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
async def bot(emulator: BotApiEmulator, settings: Settings) -> AsyncIterator[object]:
    set_secrets([TOKEN])
    app = build_application(
        settings, token=TOKEN, base_url=emulator.base_url, base_file_url=emulator.base_file_url
    )
    async with polling(app, poll_timeout=1):
        yield app


@pytest.fixture
async def client(emulator: BotApiEmulator) -> AsyncIterator[EmulatorClient]:
    async with EmulatorClient(emulator.control_url) as c:
        yield c
