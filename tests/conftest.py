"""Fixtures: the local Bot API emulator on a free loopback port, the real `Application`
polling it over HTTP, and simulated users driving it through the emulator's control API."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram.ext import Application

from app.build import build_application, polling
from app.logs import set_secrets
from app.settings import Settings
from playground.client import EmulatorClient
from playground.emulator import BotApiEmulator

TOKEN = "123456:TEST-token-never-to-be-logged"
# Rate limits run ten times faster in tests: our limiter and the emulator's flood control are
# scaled alike (one message per 0.105 s per chat; the emulator answers 429 past its scaled
# limits, so the stories stay strict). Stories about rates are marked `real_rates`.
RATE_SCALE = 0.1


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": f"sqlite:///{tmp_path / 'coach.sqlite3'}",
        "time_scale": 0.02,
        "log_level": "DEBUG",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


class FakeClock:
    """An injected wall clock for the bot (reminders, screening times): starts at ``start``
    and moves only when a test says so."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current

    def set(self, when: datetime) -> None:
        self.current = when.astimezone(UTC)


@pytest.hookimpl(trylast=True)  # after `-m` has deselected
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `long` start first, spread over the workers, so that none of them ends the
    run alone. pytest-xdist's `worksteal` gives each worker a run of the collection (the first
    len // n items, then a share of the rest, in order) and runs it from the front; other
    workers steal from the back. Each share here begins with its turn of the long tests."""
    workers = getattr(config, "workerinput", {}).get("workercount", 1)
    long = [item for item in items if item.get_closest_marker("long")]
    if workers < 2 or not long:
        return
    rest = iter([item for item in items if not item.get_closest_marker("long")])
    shares: list[list[pytest.Item]] = [long[k::workers] for k in range(workers)]
    remaining = len(items)
    for k, share in enumerate(shares):
        size = remaining // (workers - k)  # worksteal's own split
        remaining -= size
        share.extend(islice(rest, max(0, size - len(share))))
    items[:] = [item for share in shares for item in share] + list(rest)


@pytest.fixture
def rate_scale(request: pytest.FixtureRequest) -> float:
    """The rate scale of this test's emulator and bot: 1 for tests marked `real_rates`."""
    return 1.0 if request.node.get_closest_marker("real_rates") else RATE_SCALE


@pytest.fixture
async def emulator(rate_scale: float) -> AsyncIterator[BotApiEmulator]:
    emu = BotApiEmulator(token=TOKEN, rate_scale=rate_scale)
    await emu.start()
    yield emu
    await emu.stop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


BotFactory = Callable[..., AbstractAsyncContextManager[Application[Any, Any, Any, Any, Any, Any]]]


@pytest.fixture
def make_bot(emulator: BotApiEmulator, settings: Settings, rate_scale: float) -> BotFactory:
    """``async with make_bot(clock=..., settings=...) as app``: the real bot, polling the
    emulator; a second ``make_bot`` on the same database is a restart."""

    @asynccontextmanager
    async def run(
        *, clock: Callable[[], datetime] | None = None, settings_: Settings | None = None
    ) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
        set_secrets([TOKEN])
        app = build_application(
            settings_ or settings,
            token=TOKEN,
            base_url=emulator.base_url,
            base_file_url=emulator.base_file_url,
            clock=clock,
            rate_scale=rate_scale,
        )
        async with polling(app, poll_timeout=1):
            yield app

    return run


@pytest.fixture
async def bot(make_bot: BotFactory) -> AsyncIterator[object]:
    async with make_bot() as app:
        yield app


@pytest.fixture
async def client(emulator: BotApiEmulator) -> AsyncIterator[EmulatorClient]:
    async with EmulatorClient(emulator.control_url) as c:
        yield c


ROOT = Path(__file__).resolve().parents[1]


async def start_bot_process(
    emulator: BotApiEmulator, tmp_path: Path, *args: str, **env: str
) -> asyncio.subprocess.Process:
    """`python bot.py [args]` as the README runs it, configured only by environment variables,
    against the emulator (any Bot API server would do)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DATABASE_"))}
    clean.update(
        BOT_TOKEN=TOKEN,
        BOT_API_URL=emulator.base_url,
        BOT_FILE_URL=emulator.base_file_url,
        DATABASE_URL=f"sqlite:///{tmp_path / 'coach.sqlite3'}",
    )
    clean.update(env)
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "bot.py",
        *args,
        cwd=ROOT,
        env=clean,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


async def post_once_up(
    http: httpx.AsyncClient, url: str, within: float = 60.0, **request: Any
) -> httpx.Response:
    """POSTs to a bot process's webhook as soon as it listens (it may still be starting: on a
    busy machine that takes well over ten seconds)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        try:
            return await http.post(url, **request)
        except httpx.TransportError:
            if loop.time() > deadline:
                raise
            await asyncio.sleep(0.05)  # the process is still starting
