"""The playground as the README starts it, for a browser to drive: ``python bot.py`` with no
token in a folder of its own (so no ``.env`` is read), its page URL once it serves, and
Debian's Chromium. Used by the browser test and by `benchmarks.walkthrough`."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
READY = re.compile(r"playground: open (http://\S+) in your browser")


def chromium_path() -> str | None:
    """Debian's Chromium (scripts/test.sh installs it), or CHROMIUM_PATH."""
    for candidate in (os.environ.get("CHROMIUM_PATH"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def playground_env(**settings: str) -> dict[str, str]:
    """This environment without any bot or database setting, on a free port, plus ``settings``
    (only those of the README's table)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DATABASE_"))}
    env.update(PLAYGROUND_PORT=str(free_port()), **settings)
    return env


@contextlib.contextmanager
def running(env: dict[str, str], log: IO[bytes], cwd: Path) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bot.py")], cwd=cwd, env=env, stdout=log, stderr=log
    )
    try:
        yield process
    finally:
        process.send_signal(signal.SIGINT)  # the playground stops cleanly on SIGINT/SIGTERM
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def page_url(process: subprocess.Popen[bytes], log_path: Path, within: float) -> str:
    """The URL the playground prints once the bot is polling and the page is served; raises
    RuntimeError with the log's tail if it exits or does not start in time."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    output = ""
    while loop.time() < deadline:
        output = await asyncio.to_thread(log_path.read_text, errors="replace")
        if found := READY.search(output):
            return found.group(1)
        if process.poll() is not None:
            raise RuntimeError(
                f"the playground exited with {process.returncode}:\n{output[-3000:]}"
            )
        await asyncio.sleep(0.1)  # waiting for the subprocess to come up
    raise RuntimeError(f"the playground did not start in {within:g} s:\n{output[-3000:]}")
