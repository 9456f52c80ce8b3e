"""Webhook mode fit for production, from outside: `python bot.py` with a WEBHOOK_URL that has
a path (behind a reverse proxy that passes it through) listens on that path, refuses to start
without a secret, never accepts an unauthenticated update, and answers a malformed body with
a 4xx and no traceback."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from playground.client import EmulatorClient
from playground.emulator import BotApiEmulator
from tests.conftest import TOKEN, post_once_up, start_bot_process
from tests.e2e.test_webhook import _free_port

ROOT = Path(__file__).resolve().parents[2]
SECRET = "prod-s3cret_value"


def command_update(update_id: int, user_id: int, text: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id % 100_000,
            "date": 1_700_000_000,
            "chat": {"id": user_id, "type": "private", "first_name": "Mia"},
            "from": {"id": user_id, "is_bot": False, "first_name": "Mia"},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        },
    }


def test_webhook_mode_refuses_to_start_without_a_secret() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "WEBHOOK_"))}
    env.update(BOT_TOKEN=TOKEN, WEBHOOK_URL="https://bot.example.test/tg/hook")
    done = subprocess.run(
        [sys.executable, "bot.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    lines = (done.stdout + done.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("Configuration error: WEBHOOK_SECRET")
    assert "required when WEBHOOK_URL is set" in lines[0]


@pytest.mark.long
async def test_webhook_listens_on_the_urls_path_and_refuses_what_is_not_telegrams(
    emulator: BotApiEmulator, client: EmulatorClient, tmp_path: Path
) -> None:
    port = _free_port()
    url = f"https://bot.example.test/tg/hook-{port}"
    process = await start_bot_process(
        emulator, tmp_path, WEBHOOK_URL=url, WEBHOOK_SECRET=SECRET, PORT=str(port)
    )
    base = f"http://127.0.0.1:{port}"
    path = f"/tg/hook-{port}"
    good = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    try:
        mia = client.user(402, first_name="Mia")
        await mia.send("hello")  # the chat is known to the Bot API server
        async with httpx.AsyncClient(base_url=base) as http:
            root = await post_once_up(http, "/", json=command_update(1, 402, "/help"), headers=good)
            assert root.status_code == 404  # only the URL's path is served

            unauthenticated = [
                await http.post(path, json=command_update(2, 402, "/help")),
                await http.post(
                    path,
                    json=command_update(3, 402, "/help"),
                    headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"},
                ),
                await http.post(
                    path,
                    json=command_update(4, 402, "/help"),
                    headers={"X-Telegram-Bot-Api-Secret-Token": SECRET[:-1]},
                ),
            ]
            assert [r.status_code for r in unauthenticated] == [403, 403, 403]

            malformed = [
                await http.post(path, content=b"{not json", headers=good),
                await http.post(path, content=b"\xff\xfe\x00garbage", headers=good),
                await http.post(path, json=[1, 2, 3], headers=good),
                await http.post(path, json={"no": "update_id"}, headers=good),
                await http.post(path, json={"update_id": "seven"}, headers=good),
                await http.post(path, json={"update_id": 5, "message": "oops"}, headers=good),
                await http.post(path, content=b"", headers=good),
            ]
            assert all(400 <= r.status_code < 500 for r in malformed), [
                r.status_code for r in malformed
            ]
            assert (await http.get(path, headers=good)).status_code == 405

            ok = await http.post(path, json=command_update(6, 402, "/help"), headers=good)
            assert ok.status_code == 200
            slash = await http.post(
                f"{path}/", json=command_update(7, 402, "/safety"), headers=good
            )
            assert slash.status_code == 200  # a proxy that adds a trailing slash still works
        await mia.wait_for_text("What I can do", timeout=20, fresh=False)
        await mia.wait_for_text("urgent", timeout=20, fresh=False)
        async with httpx.AsyncClient() as http:
            info = (await http.post(f"{emulator.base_url}{TOKEN}/getWebhookInfo")).json()
        assert info["result"]["url"] == url
        texts = [m.content for m in await mia.bot_messages()]
        assert sum("What I can do" in t for t in texts) == 1  # no unauthenticated /help acted
    finally:
        process.terminate()
        output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    log = output.decode()
    assert "Traceback" not in log, log[-3000:]
    assert TOKEN not in log and SECRET not in log
    assert "refused a malformed webhook body" in log
    assert "garbage" not in log and "oops" not in log  # bodies are not logged
    assert process.returncode == 0, log[-2000:]
