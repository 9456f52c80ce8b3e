"""The foundation, as a user meets it: /start, /help, the command menu, odd input, and a token
that never reaches the logs. Driven through the emulator over real HTTP."""

from __future__ import annotations

import logging

import pytest

from app.logs import configure_logging
from content import general
from playground.client import EmulatorClient
from tests.conftest import TOKEN

pytestmark = pytest.mark.usefixtures("bot")

HEALTH_NOTE = "my zebra-striped leg has pins and needles and I have a fever"


async def test_start_welcomes_and_says_it_is_not_medical_advice(client: EmulatorClient) -> None:
    alex = client.user(101, first_name="Alex")
    await alex.send("/start")
    welcome = await alex.wait_for_text("prone spinal twist")
    assert "Alex" in welcome.content
    assert "not a doctor" in welcome.content.lower() or "not medical" in welcome.content.lower()


async def test_help_lists_every_command(client: EmulatorClient) -> None:
    sam = client.user(102)
    await sam.send("/help")
    reply = await sam.wait_for_text("/session")
    for name, _ in general.COMMANDS:
        assert f"/{name}" in reply.content


async def test_the_command_menu_is_set_from_the_same_table(client: EmulatorClient) -> None:
    commands = await client.commands()
    assert [c["command"] for c in commands] == [name for name, _ in general.COMMANDS]


async def test_an_unknown_command_gets_a_friendly_answer(client: EmulatorClient) -> None:
    kim = client.user(103)
    await kim.send("/dance <b>now</b>")
    reply = await kim.wait_for_text("don't know the command")
    assert "/dance" in reply.content and "/help" in reply.content


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "video", "document"])
async def test_non_text_messages_get_a_friendly_answer(client: EmulatorClient, kind: str) -> None:
    lee = client.user(104)
    await lee.send_kind(kind)
    reply = await lee.wait_for_text("/session")
    assert reply.content.startswith(general.NON_TEXT[kind])


async def test_neither_the_token_nor_health_data_appear_in_logs_even_at_debug(
    client: EmulatorClient, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("DEBUG", [TOKEN])
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)  # the worst case: someone turned them up
    try:
        pat = client.user(105)
        await pat.send("/start")
        await pat.wait_for_text("prone spinal twist")
        await pat.send("/help")
        await pat.wait_for_text("/session")
        await pat.send(HEALTH_NOTE)  # health data: never logged (SAFETY.md 8)
        await pat.wait_for_text("GP or physiotherapist")
        logging.getLogger("probe").error("token in a message: %s", TOKEN)
    finally:
        for name in ("httpx", "httpcore"):
            logging.getLogger(name).setLevel(logging.WARNING)
    assert any(r.levelno == logging.DEBUG for r in caplog.records), "DEBUG was not on"
    assert TOKEN not in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text
    assert "zebra" not in caplog.text
    out = capsys.readouterr()
    assert TOKEN not in out.out + out.err
    assert "zebra" not in out.out + out.err
