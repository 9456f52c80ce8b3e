"""A redelivered update (the same update_id and content: a webhook retry, or polling again
after a kill -9) is acted on once, also across a restart; a new update with an old id (a Bot
API server that starts counting again) is still acted on."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from telegram import Update

from app.build import build_application
from app.logs import set_secrets
from app.settings import Settings
from app.webhook import webhook
from playground.client import EmulatorClient
from playground.emulator import BotApiEmulator
from tests.conftest import TOKEN, BotFactory
from tests.e2e.test_webhook import _free_port
from tests.e2e.test_webhook_prod import command_update

SECRET = "dup-s3cret"


@asynccontextmanager
async def webhook_bot(
    emulator: BotApiEmulator, settings: Settings, port: int
) -> AsyncIterator[httpx.AsyncClient]:
    """The real bot in webhook mode on ``port``; yields an HTTP client that posts to it as
    Telegram would."""
    set_secrets([TOKEN])
    app = build_application(
        settings, token=TOKEN, base_url=emulator.base_url, base_file_url=emulator.base_file_url
    )
    url = f"https://bot.example.test/hook-{port}"
    async with (
        webhook(app, url=url, secret=SECRET, listen="127.0.0.1", port=port),
        httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}/hook-{port}",
            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
        ) as http,
    ):
        yield http


async def count(user: Any, needle: str) -> int:
    return sum(needle in m.content for m in await user.bot_messages())


async def test_a_redelivered_update_acts_once_across_a_restart(
    emulator: BotApiEmulator, client: EmulatorClient, settings: Settings
) -> None:
    mia = client.user(403, first_name="Mia")
    await mia.send("hello")
    help_update = command_update(700, 403, "/help")
    port = _free_port()
    async with webhook_bot(emulator, settings, port) as http:
        assert (await http.post("", json=help_update)).status_code == 200
        await mia.wait_for_text("What I can do", fresh=False)
        assert (await http.post("", json=help_update)).status_code == 200  # a retry
    async with webhook_bot(emulator, settings, port) as http:  # after a restart
        assert (await http.post("", json=help_update)).status_code == 200
        # A later update is answered, so by then the retries have had their chance.
        assert (await http.post("", json=command_update(701, 403, "/safety"))).status_code == 200
        await mia.wait_for_text("urgent", fresh=False)
        # Same id, different content: a server that counts from 1 again. Acted on.
        again = command_update(700, 403, "/help")
        again["message"]["date"] += 86_400 * 30
        assert (await http.post("", json=again)).status_code == 200
        await mia.wait_for_text("urgent", fresh=False)
        for _ in range(200):
            if await count(mia, "What I can do") >= 2:
                break
            await client.events(after=await client.events(wait=0), wait=1)
    assert await count(mia, "What I can do") == 2  # the first one, and the new one only


async def test_polling_ignores_a_redelivered_update(
    make_bot: BotFactory, client: EmulatorClient
) -> None:
    """Polling goes through the same gate: an update fetched again is not acted on again."""
    ana = client.user(404, first_name="Ana")
    await ana.send("hello")
    async with make_bot() as app:
        update = Update.de_json(command_update(800, 404, "/help"), app.bot)
        await app.update_queue.put(update)
        await ana.wait_for_text("What I can do", fresh=False)
        await app.update_queue.put(Update.de_json(command_update(800, 404, "/help"), app.bot))
        await ana.send("/safety")
        await ana.wait_for_text("urgent")
        await asyncio.sleep(0)
    assert await count(ana, "What I can do") == 1
