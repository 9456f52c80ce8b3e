"""Fixtures shared by the stories that drive the bot on an injected clock: a module defines its
own ``clock`` (its story's start), and gets the running bot and its database from here."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.conftest import BotFactory, FakeClock


@pytest.fixture
async def app(make_bot: BotFactory, clock: FakeClock) -> AsyncIterator[Any]:
    async with make_bot(clock=clock) as application:
        yield application


@pytest.fixture
def engine(app: Any) -> Engine:
    engine: Engine = app.bot_data.engine
    return engine
