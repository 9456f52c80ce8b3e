"""The playground as the README starts it (`python bot.py` without BOT_TOKEN), driven in
headless Chromium: /start, the welcome, a few onboarding buttons, a command link.

`UPDATE_SCREENSHOT=1` also writes `docs/playground.png` (a 420x860 phone-sized view a few
steps into onboarding), the picture at the top of the README. CI never sets it."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from content import general
from playground.browser import CHROMIUM_ARGS, chromium_path, page_url, playground_env, running

pytestmark = [pytest.mark.browser]
playwright_api = pytest.importorskip("playwright.async_api")

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "playground.png"
VIEWPORT = {"width": 420, "height": 860}
START_UP_SECONDS = 60.0
WAIT_MS = 20_000  # for one reply in the page (the bot sends at most one message a second)


@pytest.fixture
def chromium() -> str:
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium is not installed (scripts/test.sh installs it)")
    return path


@pytest.fixture
async def playground(tmp_path: Path) -> AsyncIterator[str]:
    """`python bot.py` with no token: the emulator, the bot and the page. Yields the page URL.

    It runs in an empty directory so a developer's `.env` (perhaps with a real token) is not
    read, and with only the settings the README mentions."""
    env = playground_env(
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}", TIME_SCALE="0.05", LOG_LEVEL="INFO"
    )
    log_path = tmp_path / "playground.log"
    with log_path.open("wb") as log, running(env, log, tmp_path) as process:
        try:
            url = await page_url(process, log_path, START_UP_SECONDS)
        except RuntimeError as exc:
            pytest.fail(str(exc))
        async with httpx.AsyncClient() as http:
            assert (await http.get(url)).status_code == 200
        yield url
    output = await asyncio.to_thread(log_path.read_text, errors="replace")
    assert "Traceback" not in output, output[-3000:]


@pytest.fixture
async def browser(chromium: str) -> AsyncIterator[Any]:
    async with playwright_api.async_playwright() as p:
        instance = await p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            await instance.close()


@pytest.mark.long
async def test_the_playground_page_talks_to_the_real_bot(playground: str, browser: Any) -> None:
    page = await browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    await page.goto(playground + "?name=Alex")  # the first name the bot greets
    await page.locator("#bot-name", has_text="Mobility Coach").wait_for(timeout=WAIT_MS)

    bot_text = page.locator(".msg.bot .text")
    await page.fill("#input", "/start")
    await page.click("#send")
    await page.locator(".msg.user .text", has_text="/start").wait_for(timeout=WAIT_MS)
    welcome = bot_text.filter(has_text="prone spinal twist")
    await welcome.wait_for(timeout=WAIT_MS)
    assert "Hi, Alex" in await welcome.inner_text()
    assert await page.locator(".msg.bot .text b", has_text="prone spinal twist").count() == 1

    # Onboarding: each answer edits the same message into the next screen.
    screen = page.locator(".msg.bot").last
    await bot_text.filter(has_text="18 or older").wait_for(timeout=WAIT_MS)
    for label, next_screen in [
        ("Yes, I'm 18 or over", "Step 2 of 5"),
        ("None of these", "Step 3 of 5"),
        ("None of these", "Step 4 of 5"),
    ]:
        await screen.locator(".kb button", has_text=label).click()
        await bot_text.filter(has_text=next_screen).wait_for(timeout=WAIT_MS)
    assert await page.locator(".msg.bot").count() == 2  # the welcome and the one screen
    assert await screen.locator(".edited").count() == 1
    pain_buttons = screen.locator(".kb button")
    assert [b.strip() for b in await pain_buttons.all_inner_texts()] == [str(n) for n in range(11)]

    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        await page.mouse.move(0, 0)  # no hover highlight on a button
        await page.evaluate("document.fonts.ready")
        await page.wait_for_timeout(400)  # let the edit's flash animation finish
        await page.screenshot(path=str(SCREENSHOT))

    # Tapping a /command in a bot message sends it, as in Telegram.
    await pain_buttons.filter(has_text=re.compile(r"^\s*2\s*$")).click()
    await bot_text.filter(has_text="Step 5 of 5").wait_for(timeout=WAIT_MS)
    await page.fill("#input", "/help")
    await page.keyboard.press("Enter")
    help_text = bot_text.filter(has_text="What I can do")
    await help_text.wait_for(timeout=WAIT_MS)
    await help_text.locator("a", has_text="/safety").first.click()
    await page.locator(".msg.user .text", has_text="/safety").wait_for(timeout=WAIT_MS)
    await bot_text.filter(has_text="Staying safe").wait_for(timeout=WAIT_MS)

    # A typed question gets its answer with suggestion buttons and Start.
    await page.fill("#input", "how long do I hold it")
    await page.click("#send")
    answer = page.locator(".msg.bot", has_text="15 to 30 seconds")
    await answer.wait_for(timeout=WAIT_MS)
    labels = [b.strip() for b in await answer.locator(".kb button").all_inner_texts()]
    assert labels[-1] == general.START_SESSION_BUTTON and len(labels) >= 3

    async with httpx.AsyncClient() as http:
        counters = (await http.get(playground + "control/counters")).json()
    assert counters["errors"] == {}, counters["errors"]
    assert errors == []
