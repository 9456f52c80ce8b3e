"""Fixtures for the emulator's own tests: an emulator on an injected clock, a real PTB `Bot`
pointed at it, and a control-API client. Names differ from tests/conftest.py's on purpose."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from PIL import Image
from telegram import Bot

from playground.client import EmulatorClient, SimUser
from playground.emulator import BotApiEmulator

TOKEN = "123456:EMULATOR-test-token"


class FakeClock:
    """The emulator's clock, moved by hand: rate limits and callback ages without sleeping."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def image_bytes(width: int = 64, height: int = 48, color: str = "red", fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, fmt)
    return buffer.getvalue()


def gif_bytes() -> bytes:
    frames = [Image.new("P", (40, 30), i * 40) for i in range(3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=500, loop=0)
    return buffer.getvalue()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def emu(clock: FakeClock) -> AsyncIterator[BotApiEmulator]:
    """Flood limits start off here (the fake clock never moves by itself); flood tests switch
    them on through the control API."""
    emulator = BotApiEmulator(TOKEN, clock=clock, rate_limits=False)
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture
async def tgbot(emu: BotApiEmulator) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=emu.base_url, base_file_url=emu.base_file_url) as bot:
        yield bot


@pytest.fixture
async def ctl(emu: BotApiEmulator) -> AsyncIterator[EmulatorClient]:
    async with EmulatorClient(emu.control_url) as client:
        yield client


@pytest.fixture
async def alex(ctl: EmulatorClient) -> SimUser:
    """User 1001 who has written /start, so the bot may message them."""
    user = ctl.user(1001, "Alex")
    await user.send("/start")
    return user
