"""Webhook mode: with WEBHOOK_URL set, `python bot.py` registers the webhook (with its secret)
and answers updates posted to it, replying through the Bot API server."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx
import pytest

from playground.client import EmulatorClient
from playground.emulator import BotApiEmulator
from tests.conftest import TOKEN, post_once_up, start_bot_process

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.long
async def test_webhook_mode_answers_posted_updates(
    emulator: BotApiEmulator, client: EmulatorClient, tmp_path: Path
) -> None:
    port = _free_port()
    process = await start_bot_process(
        emulator,
        tmp_path,
        WEBHOOK_URL=f"https://bot.example.test:{port}/",  # behind a TLS proxy, as in production
        WEBHOOK_SECRET="s3cret-value",
        PORT=str(port),
    )
    try:
        # Make the chat known to the Bot API server, as if the user had written before.
        mia = client.user(401, first_name="Mia")
        await mia.send("hello")
        update = {
            "update_id": 900001,
            "message": {
                "message_id": 77,
                "date": 1_700_000_000,
                "chat": {"id": 401, "type": "private", "first_name": "Mia"},
                "from": {"id": 401, "is_bot": False, "first_name": "Mia"},
                "text": "/help",
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            },
        }
        async with httpx.AsyncClient() as http:
            wrong = await post_once_up(
                http,
                f"http://127.0.0.1:{port}/",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"},
            )
            assert wrong.status_code == 403
            ok = await http.post(
                f"http://127.0.0.1:{port}/",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-value"},
            )
            assert ok.status_code == 200
        reply = await mia.wait_for_text("/session", timeout=20, fresh=False)
        assert "What I can do" in reply.content
    finally:
        process.terminate()
        output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    assert TOKEN not in output.decode()
