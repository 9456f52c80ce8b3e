"""A walk-through of one session in a real browser, as a person would do it in the playground.

    python -m benchmarks.walkthrough [--scale 1.0] [--style Hold|Flow] [--out walk/]

Starts the playground exactly as the README does (``python bot.py`` with no token, in an empty
folder, so no ``.env`` is read), opens the page in headless Chromium (Debian's ``chromium``, or
``CHROMIUM_PATH``), and taps through onboarding, the pre-session check and Start now. It then
watches the live message during the timed part, as the eye would: every change of the
countdown, with the second it appeared, and a screenshot at each new phase (``--out``). At the
end it prints the timeline and what a reader lying face down would notice:

- a number that stayed longer than ``--stall`` seconds, or a countdown that skipped numbers;
- a phase (by its title line) that never appeared;
- the bell messages (cues) and when they came;
- the emulator's error counters (any refused or identical edit).

A tool for people (the issue's "walk-through at real speed"), not a test: a Hold session at
real speed takes about two minutes. Needs the ``dev`` extra (playwright's Python driver).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from content import texts as t
from playground.browser import CHROMIUM_ARGS, chromium_path, page_url, playground_env, running

VIEWPORT: Any = {"width": 420, "height": 860}  # playwright's ViewportSize
WAIT_MS = 30_000
SECONDS = re.compile(r"⏱\s*(\d+)\s*s")


@dataclass(frozen=True)
class Seen:
    at: float  # seconds since Start now
    title: str  # the frame's first line: the phase
    seconds: int | None  # the number on the "⏱" line
    text: str


def _head(text: str) -> str:
    """A text's first words as the page shows them (no tags)."""
    return re.sub("<[^>]+>", "", text).split("\n")[0][:20]


async def _tap(page: Any, label: str) -> None:
    button = page.locator(".msg.bot .kb button", has_text=label).last
    await button.wait_for(timeout=WAIT_MS)
    await button.click()


async def _say(page: Any, text: str) -> None:
    await page.fill("#input", text)
    await page.click("#send")


async def _wait_text(page: Any, text: str) -> None:
    await page.locator(".msg.bot", has_text=text).last.wait_for(timeout=WAIT_MS)


async def _to_the_timed_part(page: Any, style: str) -> None:
    await _say(page, "/start")
    await _tap(page, t.AGE_YES)
    await _wait_text(page, "Step 2 of 5")
    await _tap(page, t.NONE_OF_THESE)
    await _wait_text(page, "Step 3 of 5")
    await _tap(page, t.NONE_OF_THESE)
    await _wait_text(page, "Step 4 of 5")
    await page.locator(".msg.bot .kb button").filter(has_text=re.compile(r"^\s*2\s*$")).last.click()
    await _wait_text(page, "Step 5 of 5")
    await _tap(page, style)
    await _wait_text(page, t.ONBOARDING_DONE[:20])
    await _say(page, "/session")
    await _wait_text(page, _head(t.EMERGENCY_PROMPT))
    await _tap(page, t.NONE_OF_THESE)
    await _wait_text(page, _head(t.CLINICIAN_PROMPT))
    await _tap(page, t.NONE_OF_THESE)
    await _wait_text(page, _head(t.PAIN_NOW_PROMPT))
    await page.locator(".msg.bot .kb button").filter(has_text=re.compile(r"^\s*2\s*$")).last.click()
    await _tap(page, t.START_NOW)


async def _watch(page: Any, out: Path, limit: float) -> tuple[list[Seen], list[tuple[float, str]]]:
    """Polls the page every 50 ms until the pain question after the timed part appears."""
    seen: list[Seen] = []
    cues: dict[str, float] = {}
    start = time.monotonic()
    done_head = _head(t.AFTER_PAIN_PROMPT)
    while time.monotonic() - start < limit:
        at = time.monotonic() - start
        texts: list[str] = await page.locator(".msg.bot .text").all_inner_texts()
        live = next((x for x in reversed(texts) if "⏱" in x), None)
        for text in texts:
            if text.startswith("🔔") and text not in cues:
                cues[text] = at
        if live is not None and (not seen or seen[-1].text != live):
            match = SECONDS.search(live)
            title = live.strip().splitlines()[0]
            if not seen or seen[-1].title != title:
                await page.screenshot(path=str(out / f"{len(seen):03d}.png"))
            seen.append(Seen(at, title, int(match.group(1)) if match else None, live))
        if any(done_head in x for x in texts[-2:]):
            break
        await asyncio.sleep(0.05)
    return seen, sorted((at, text) for text, at in cues.items())


def _report(
    seen: list[Seen], cues: list[tuple[float, str]], stall: float, scale: float
) -> list[str]:
    """What a reader would notice. At one edit a second, a countdown at ``scale`` moves
    ``1 / scale`` exercise seconds a frame: a bigger step is a missed frame."""
    step = max(1, round(1 / scale))
    notes: list[str] = []
    for before, after in itertools.pairwise(seen):
        held = after.at - before.at
        if held > stall:
            notes.append(f"{before.title!r} showed {before.seconds} s for {held:.1f} s")
        if (
            before.title == after.title
            and before.seconds is not None
            and after.seconds is not None
            and before.seconds - after.seconds > step
        ):
            notes.append(f"{before.title!r}: {before.seconds} -> {after.seconds} skipped numbers")
    print("\ntimeline (s since Start now, phase, number):")
    for s in seen:
        print(f"  {s.at:7.2f}  {s.title[:50]:50}  {s.seconds}")
    print("\ncues:")
    for at, text in cues:
        print(f"  {at:7.2f}  {text.splitlines()[0][:60]}")
    return notes


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="TIME_SCALE (README: 0.5)")
    parser.add_argument("--style", choices=(t.STYLE_HOLD, t.STYLE_FLOW), default=t.STYLE_HOLD)
    parser.add_argument("--out", type=Path, default=Path("walk"))
    parser.add_argument("--stall", type=float, default=1.6, help="longest expected pause (s)")
    args = parser.parse_args(argv)
    from playwright.async_api import async_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    chromium = chromium_path()
    if chromium is None:
        raise SystemExit("Chromium is not installed (apt-get install chromium, or CHROMIUM_PATH)")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        log_path = folder / "playground.log"
        env = playground_env(TIME_SCALE=str(args.scale), LOG_LEVEL="INFO")
        with log_path.open("wb") as log, running(env, log, folder) as process:
            url = await page_url(process, log_path, within=60)
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                page = await browser.new_page(viewport=VIEWPORT)
                await page.goto(url + "?name=Walker")
                await _to_the_timed_part(page, args.style)
                seen, cues = await _watch(page, args.out, limit=900 * max(args.scale, 0.05))
                await page.screenshot(path=str(args.out / "end.png"))
                await browser.close()
            async with httpx.AsyncClient() as http:
                errors = (await http.get(url + "control/counters")).json()["errors"]
        log_text = log_path.read_text(errors="replace")
    notes = _report(seen, cues, args.stall, args.scale)
    if errors:
        notes.append(f"emulator errors: {errors}")
    if "Traceback" in log_text:
        notes.append("the bot's log has a traceback")
    print("\nnoticed:" if notes else "\nnothing to notice")
    for note in notes:
        print(f"  - {note}")
    return 1 if notes else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
