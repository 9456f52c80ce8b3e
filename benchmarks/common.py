"""Shared helpers for the benchmark scripts: the emulator in its own process, the real bot
against it, seeding the database directly, and small statistics.

``python -m benchmarks.common emulator [--no-rate-limits]`` runs the Bot API emulator alone
on a free loopback port and prints ``{"port": ...}`` once it listens (the benchmarks start it
this way, so the emulator's own work does not run on the bot's event loop or core).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import json
import logging
import math
import os
import platform
import re
import signal
import sys
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, func, insert, select
from sqlmodel import Session, col

from app.build import build_application, polling
from app.logs import set_secrets
from app.settings import Settings
from coach.session import view as views
from coach.session.machine import Phase, SessionState
from playground.client import ChatMessage
from store.db import create_db_engine, migrate
from store.models import Reminder, User

TOKEN = "123456:BENCH-token-never-to-be-logged"
LOOPBACK = "127.0.0.1"
ROOT = str(Path(__file__).resolve().parent.parent)


# --- the emulator, in a child process ----------------------------------------------------------


@dataclass(frozen=True)
class EmulatorUrls:
    port: int
    pid: int

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/file/bot"

    @property
    def control_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/control"


@asynccontextmanager
async def emulator_process(*, rate_limits: bool = True) -> AsyncIterator[EmulatorUrls]:
    """The emulator in a child process on a free loopback port; its clock is POSIX time
    (``time.time``), so its message and edit times compare directly with session deadlines."""
    args = [sys.executable, "-m", "benchmarks.common", "emulator"]
    if not rate_limits:
        args.append("--no-rate-limits")
    proc = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE, cwd=ROOT)
    try:
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), timeout=30)
        if not line:
            raise RuntimeError("the emulator process exited before it listened")
        yield EmulatorUrls(int(json.loads(line)["port"]), proc.pid)
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), timeout=10)
            except TimeoutError:
                proc.kill()
                await proc.wait()


async def _serve_emulator(rate_limits: bool) -> None:
    from playground.emulator import BotApiEmulator

    emulator = BotApiEmulator(token=TOKEN, rate_limits=rate_limits, clock=time.time, web_page=False)
    await emulator.start(host=LOOPBACK, port=0)
    print(json.dumps({"port": emulator.port}), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    lags: list[float] = []

    async def watch() -> None:  # how late the emulator's own loop wakes a 50 ms sleep
        while True:
            t0 = loop.time()
            await asyncio.sleep(0.05)
            lags.append(loop.time() - t0 - 0.05)

    watcher = asyncio.create_task(watch())
    try:
        await stop.wait()
    finally:
        watcher.cancel()
        await emulator.stop()
        if lags:
            print(
                f"emulator event-loop lag: p99 {percentile(lags, 0.99) * 1000:.0f} ms, "
                f"max {max(lags) * 1000:.0f} ms, stalls over 100 ms: "
                f"{sum(1 for x in lags if x > 0.1)}",
                file=sys.stderr,
                flush=True,
            )


# --- the bot -----------------------------------------------------------------------------------


def bench_settings(db_path: Path, *, time_scale: float = 1.0, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": f"sqlite:///{db_path}",
        "time_scale": time_scale,
        "log_level": "WARNING",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@asynccontextmanager
async def running_bot(
    settings: Settings, emulator: EmulatorUrls, *, poll_timeout: int = 10
) -> AsyncIterator[Any]:
    """The real `Application`, long-polling the emulator (post_init, start, ... shutdown)."""
    set_secrets([TOKEN])
    app = build_application(
        settings,
        token=TOKEN,
        base_url=emulator.base_url,
        base_file_url=emulator.base_file_url,
    )
    async with polling(app, poll_timeout=poll_timeout):
        yield app


def quiet_logging(level: int = logging.WARNING) -> LogCounter:
    """Warnings and errors to stderr, and counted (the figures report them)."""
    counter = LogCounter()
    root = logging.getLogger()
    root.setLevel(level)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.addHandler(counter)
    for noisy in ("httpx", "httpcore", "apscheduler", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return counter


class LogCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.warnings = 0
        self.errors = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            self.errors += 1
        else:
            self.warnings += 1


# --- seeding the database directly -------------------------------------------------------------


def fresh_engine(db_path: Path) -> Engine:
    """An engine on a new SQLite file with the schema migrated to head."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()
    engine = create_db_engine(f"sqlite:///{db_path}")
    migrate(engine)
    return engine


ONBOARDING_ANSWERS = json.dumps(
    {
        "readiness": [],
        "back": [],
        "readiness_cleared": False,
        "back_cleared": False,
        "usual_pain": 2,
        "style": "hold",
    },
    separators=(",", ":"),
)


def seed_users(
    engine: Engine,
    user_ids: Iterable[int],
    *,
    now: datetime,
    onboarded: bool = True,
    reminder_at: datetime | None = None,
    chunk: int = 5000,
) -> int:
    """Inserts users (onboarded a month ago, usual pain 2, Hold) in bulk; with ``reminder_at``,
    each also gets an every-day reminder at that time of day (UTC), next due then. Returns how
    many users were inserted."""
    ids = list(user_ids)
    onboarded_at = now - timedelta(days=30) if onboarded else None
    with engine.begin() as conn:
        for start in range(0, len(ids), chunk):
            part = ids[start : start + chunk]
            conn.execute(
                insert(User),
                [
                    {
                        "id": uid,
                        "chat_id": uid,
                        "first_name": f"User{uid}",
                        "language": "en",
                        "timezone": "UTC",
                        "style": "hold",
                        "adult_confirmed": True,
                        "onboarding_answers": ONBOARDING_ANSWERS if onboarded else None,
                        "onboarding_cleared": False,
                        "usual_pain": 2 if onboarded else None,
                        "onboarded_at": onboarded_at,
                        "blocked": False,
                        "created_at": now - timedelta(days=31),
                    }
                    for uid in part
                ],
            )
            if reminder_at is not None:
                conn.execute(
                    insert(Reminder),
                    [
                        {
                            "user_id": uid,
                            "chat_id": uid,
                            "local_time": reminder_at.strftime("%H:%M"),
                            "weekdays": "0123456",
                            "timezone": "UTC",
                            "enabled": True,
                            "next_fire_at": reminder_at,
                            "claimed_until": None,
                            "last_sent_date": None,
                            "updated_at": now,
                        }
                        for uid in part
                    ],
                )
    return len(ids)


# --- observing countdowns ---

_REMAINING = re.compile(r"⏱ (\d+) s")
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class BlockRun:
    row_id: int
    chat_id: int
    index: int
    started_at: float
    deadline: float
    seconds: float  # exercise seconds


def record_blocks(app: Any) -> list[BlockRun]:
    """Wraps the runner's timer start so every countdown block's deadline is known."""
    runner = app.bot_data.sessions
    runs: list[BlockRun] = []
    original = runner._start_timer

    def start_timer(row_id: int, state: SessionState, block: Any) -> None:
        seconds = state.plan[block.index].seconds
        runs.append(
            BlockRun(row_id, state.chat_id, block.index, block.started_at, block.deadline, seconds)
        )
        original(row_id, state, block)

    setattr(runner, "_start_timer", start_timer)  # noqa: B010 - an instance-level probe
    return runs


def buttons(message: ChatMessage) -> list[str]:
    markup = message.reply_markup or {}
    return [
        str(b["callback_data"])
        for row in markup.get("inline_keyboard", [])
        for b in row
        if "callback_data" in b
    ]


def plain(text: str) -> str:
    return html.unescape(_TAGS.sub("", text))


def block_titles(state: SessionState) -> list[str]:
    """The first caption line of each block's frames (the block's title)."""
    titles = []
    for index, block in enumerate(state.plan):
        at = 1_000_000.0
        work = replace(
            state,
            phase=Phase.WORK,
            block_index=index,
            block_started_at=at,
            deadline=at + block.seconds * state.time_scale,
            paused_remaining=None,
        )
        titles.append(
            plain(views.render(work, datetime.fromtimestamp(at, UTC)).text).split("\n")[0]
        )
    return titles


@dataclass(frozen=True)
class Event:
    at: float
    text: str
    message_id: int


def chat_events(messages: list[ChatMessage]) -> list[Event]:
    """Every bot send and edit of the chat, in time order."""
    events: list[Event] = []
    for m in messages:
        if not m.is_bot:
            continue
        first = (m.original.get("text") or m.original.get("caption") or "") if m.original else ""
        events.append(Event(m.clock, str(first), m.message_id))
        events.extend(Event(e.clock, e.content, m.message_id) for e in m.edits)
    return sorted(events, key=lambda e: e.at)


@dataclass
class BlockFigures:
    index: int
    title: str
    seconds: float
    frames: int
    numbers: list[int]
    final_lateness: float
    staleness: list[float]


def analyse_blocks(
    runs: list[BlockRun], titles: list[str], live: list[Event]
) -> list[BlockFigures]:
    """Per countdown block of one session: its frames (the transition that shows the block,
    then the countdown edits), the final frame's lateness against the deadline (the edit that
    shows the next block's title, or 0 s for the last block; ``inf`` if never seen), and how
    stale each countdown frame was (arrival minus the moment its number first applied).
    ``live``: the chat's sends and edits in time order."""
    figures = []
    for run in runs:
        k = run.index
        last = k == len(titles) - 1
        frames = [
            e
            for e in live
            if e.at >= run.started_at - 0.5
            and e.text.split("\n")[0] == titles[k]
            and (m := _REMAINING.search(e.text)) is not None
            and int(m.group(1)) > 0
        ]
        if last:
            final = next(
                (
                    e
                    for e in live
                    if e.at >= run.started_at
                    and e.text.split("\n")[0] == titles[k]
                    and (m := _REMAINING.search(e.text)) is not None
                    and int(m.group(1)) == 0
                ),
                None,
            )
        else:
            final = next(
                (e for e in live if e.at >= run.started_at and e.text.startswith(titles[k + 1])),
                None,
            )
        numbers = [int(m.group(1)) for e in frames if (m := _REMAINING.search(e.text))]
        scale = (run.deadline - run.started_at) / run.seconds if run.seconds else 1.0
        staleness = [  # the first frame is the transition, sent at the block start
            e.at - (run.deadline - n * scale) for e, n in zip(frames[1:], numbers[1:], strict=True)
        ]
        figures.append(
            BlockFigures(
                index=k,
                title=titles[k],
                seconds=run.deadline - run.started_at,
                frames=len(frames),
                numbers=numbers,
                final_lateness=(final.at - run.deadline) if final else float("inf"),
                staleness=staleness,
            )
        )
    return figures


# --- figures -----------------------------------------------------------------------------------


async def emulator_counters(control_url: str, read_seconds: float) -> dict[str, Any]:
    """The emulator's counters (every message it accepted, per chat)."""
    async with httpx.AsyncClient(base_url=control_url + "/", timeout=read_seconds) as http:
        response = await http.get("counters")
        response.raise_for_status()
        counters: dict[str, Any] = response.json()
    return counters


async def reset_emulator_counters(control_url: str) -> None:
    """Zeroes the emulator's counters (seeding's messages are not the run's)."""
    async with httpx.AsyncClient(base_url=control_url + "/", timeout=120) as http:
        (await http.post("reset_counters")).raise_for_status()


def reminders_not_settled(engine: Engine, due: datetime) -> int:
    """Reminders still due at ``due`` or still claimed: 0 once every one was sent and settled."""
    with Session(engine) as db:
        count: int = db.execute(
            select(func.count())
            .select_from(Reminder)
            .where((col(Reminder.next_fire_at) <= due) | col(Reminder.claimed_until).is_not(None))
        ).scalar_one()
    return count


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0-1), nearest-rank; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def max_in_window(times: Iterable[float], window: float = 1.0) -> int:
    """The most events in any half-open window ``[t, t + window)``."""
    ordered = sorted(times)
    best, first = 0, 0
    for last, t in enumerate(ordered):
        while t - ordered[first] >= window:
            first += 1
        best = max(best, last - first + 1)
    return best


def earliest_last_lateness(deadlines: Iterable[float], rate: float) -> float:
    """The least possible lateness of the latest of these deadlines' messages at ``rate`` a
    second, served earliest deadline first: the k due within w seconds of each other cannot
    all go out sooner than k / rate after the first, so the last is at least k / rate - w
    late (k due in the same second: k / rate). 0 when the rate keeps up."""
    worst, best_start = 0.0, float("-inf")
    for j, deadline in enumerate(sorted(deadlines)):
        best_start = max(best_start, deadline - j / rate)  # the window starting there
        worst = max(worst, (j + 1) / rate - deadline + best_start)
    return worst


def rss_mb() -> float:
    """This process's resident set size now, in MB (Linux /proc)."""
    return memory_mb()[0]


def memory_mb() -> tuple[float, float]:
    """(resident set size, its private anonymous part) of this process now, in MB. The rest
    of RSS is file-backed pages (code, memory-mapped data) that the kernel can drop."""
    found: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon"):
                found[key] = int(value.split()[0]) / 1024
    return found.get("VmRSS", math.nan), found.get("RssAnon", math.nan)


def machine_note() -> str:
    cores = os.cpu_count()
    return f"{platform.python_implementation()} {platform.python_version()}, {cores} cores"


def utcnow() -> datetime:
    return datetime.now(UTC)


@contextlib.contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as took: ...`` then ``took[0]`` is the elapsed seconds."""
    took: list[float] = []
    started = time.perf_counter()
    try:
        yield took
    finally:
        took.append(time.perf_counter() - started)


def fmt_s(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{value:.3f} s"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.common")
    sub = parser.add_subparsers(dest="command", required=True)
    emu = sub.add_parser("emulator", help="run the Bot API emulator on a free loopback port")
    emu.add_argument("--no-rate-limits", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "emulator":
        asyncio.run(_serve_emulator(not args.no_rate_limits))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
