"""The web chat page in headless Chromium against the emulator and a tiny PTB bot."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup

from playground.client import EmulatorClient
from playground.emulator import BotApiEmulator

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning"),
]
playwright_api = pytest.importorskip("playwright.async_api")


def chromium_path() -> str | None:
    """A system Chromium if there is one (else Playwright's own download, if installed)."""
    for candidate in (os.environ.get("CHROMIUM_PATH"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


async def tiny_bot(bot: Bot) -> None:
    """/start -> a message with a Hold button; pressing it answers and edits the message."""
    offset = 0
    while True:
        for update in await bot.get_updates(offset=offset, timeout=5):
            offset = update.update_id + 1
            if update.message and update.message.text == "/start":
                hold = InlineKeyboardButton("Hold", callback_data="hold")
                await bot.send_message(
                    update.message.chat.id,
                    "<b>Welcome</b> to the twist",
                    parse_mode="HTML",
                    reply_markup=InlineKeyboardMarkup([[hold]]),
                )
            elif update.message and update.message.location:
                await bot.send_message(update.message.chat.id, "Location saved")
            elif (query := update.callback_query) and query.message:
                await bot.answer_callback_query(query.id, text="Holding")
                await bot.edit_message_text(
                    "Holding the twist", query.message.chat.id, query.message.message_id
                )


@pytest.fixture
async def page(emu: BotApiEmulator, tgbot: Bot) -> AsyncIterator[object]:
    task = asyncio.create_task(tiny_bot(tgbot))
    try:
        async with playwright_api.async_playwright() as p:
            try:
                browser = await p.chromium.launch(
                    executable_path=chromium_path(), args=["--no-sandbox"]
                )
            except Exception as error:  # no browser on this machine
                pytest.skip(f"no Chromium available: {error}")
            page = await browser.new_page(viewport={"width": 420, "height": 800})
            await page.goto(emu.page_url)
            yield page
            await browser.close()
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def test_chat_page_round_trip(page, ctl: EmulatorClient) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    await page.fill("#input", "/start")
    await page.press("#input", "Enter")
    await page.locator(".msg.user .text", has_text="/start").wait_for()
    welcome = page.locator(".msg.bot .text", has_text="Welcome to the twist")
    await welcome.wait_for()
    assert await page.locator(".msg.bot .text b").inner_text() == "Welcome"

    await page.locator(".kb button", has_text="Hold").click()
    await page.locator(".toast", has_text="Holding").wait_for()
    await page.locator(".msg.bot .text", has_text="Holding the twist").wait_for()
    assert await page.locator(".msg.bot").count() == 1  # edited in place
    assert await page.locator(".msg.bot .edited").count() == 1
    assert await page.locator(".kb button").count() == 0  # the edit dropped the keyboard

    page.once("dialog", lambda dialog: asyncio.ensure_future(dialog.accept("48.85, 2.35")))
    await page.click("#location")
    await page.locator(".msg.bot .text", has_text="Location saved").wait_for()
    transcript = await ctl.user(1001).transcript()
    assert transcript[-2].location == (48.85, 2.35)
    assert errors == []
