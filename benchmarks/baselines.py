"""What a typical developer writes, measured against the same emulator as ours (issue 18's
baseline column):

* ``countdowns``: PTB's ``timerbot`` pattern, one task per countdown that edits its message
  after every ``asyncio.sleep(1)``, with PTB's own `AIORateLimiter` (needs the
  ``rate-limiter`` extra: ``pip install "python-telegram-bot[rate-limiter]"``, in our dev
  extra). The same plan as ours (set-up 5 s, right hold 20 s, switch 10 s, left hold 20 s);
  ``k`` countdowns started ``--start-rate`` a second. Figures: each block's final frame (the
  edit that shows 0) against the block's deadline on the wall clock, and how much longer the
  countdowns took than planned. The emulator has Telegram's limits on (30/s, 1/s per chat).
* ``startup``: one JobQueue ``run_daily`` job per user, scheduled at start-up from the
  reminders in the database (read with the ORM, as such a bot would), in a fresh process:
  seconds from building the `Application` to its job queue running, and the RSS.

Run from the repository root: ``python -m benchmarks.baselines countdowns --sessions 30
--start-rate 3`` or ``python -m benchmarks.baselines startup --users 100000``. Each prints one
JSON line of figures last (`benchmarks.__main__` reads it).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, timedelta
from datetime import time as day_time
from pathlib import Path
from typing import Any

from benchmarks.common import (
    ROOT,
    TOKEN,
    emulator_process,
    fresh_engine,
    machine_note,
    memory_mb,
    percentile,
    quiet_logging,
    seed_users,
    utcnow,
)

PLAN = (5, 20, 10, 20)  # the standard Hold plan's blocks, seconds
FIRST_USER = 900_000_001


async def countdowns(
    sessions: int, start_rate: float, plan: tuple[int, ...] = PLAN
) -> dict[str, Any]:
    from telegram.error import TelegramError
    from telegram.ext import AIORateLimiter, Application

    from playground.client import EmulatorClient

    ids = list(range(FIRST_USER, FIRST_USER + sessions))
    lateness: list[float] = []
    stretch: list[float] = []
    failed: list[int] = []
    async with emulator_process(rate_limits=True) as emu:
        async with EmulatorClient(emu.control_url) as client:
            for user_id in ids:  # the emulator delivers only to chats that wrote first
                await client.request(
                    "POST",
                    f"users/{user_id}/message",
                    {"chat_id": user_id, "first_name": f"U{user_id}", "text": "hi"},
                )
        app = (
            Application.builder()
            .token(TOKEN)
            .base_url(emu.base_url)
            .rate_limiter(AIORateLimiter(max_retries=5))  # default 0: the first 429 raises
            .build()
        )
        await app.initialize()
        try:

            async def countdown(i: int, chat_id: int) -> None:
                await asyncio.sleep(i / start_rate)
                start = time.time()
                message = await app.bot.send_message(chat_id, f"Set-up ⏱ {plan[0]} s")
                elapsed = 0
                for block, seconds in enumerate(plan):
                    elapsed += seconds
                    for left in range(seconds - 1, -1, -1):
                        await asyncio.sleep(1)  # timerbot: sleep, then edit
                        try:
                            await message.edit_text(f"Block {block + 1} ⏱ {left} s")
                        except TelegramError:
                            failed.append(chat_id)  # e.g. a 429 after the retries
                    lateness.append(time.time() - (start + elapsed))
                stretch.append((time.time() - start) / sum(plan))

            began = time.perf_counter()
            await asyncio.gather(*(countdown(i, c) for i, c in enumerate(ids)))
            wall = time.perf_counter() - began
        finally:
            await app.shutdown()
    return {
        "sessions": sessions,
        "start_rate": start_rate,
        "late_p50": percentile(lateness, 0.5),
        "late_p95": percentile(lateness, 0.95),
        "late_max": max(lateness),
        "stretch_max": max(stretch),
        "stretch_median": statistics.median(stretch),
        "wall": wall,
        "failed_edits": len(failed),
    }


def startup_child(db_path: Path) -> dict[str, Any]:
    """In a fresh process: the typical bot's start-up, one ``run_daily`` per reminder."""
    from sqlmodel import Session, select
    from telegram.ext import Application

    from store.db import create_db_engine
    from store.models import Reminder

    before = memory_mb()[0]
    began = time.perf_counter()
    app = Application.builder().token(TOKEN).build()
    engine = create_db_engine(f"sqlite:///{db_path}")

    async def remind(context: Any) -> None:  # never runs here: the time is tomorrow
        await context.bot.send_message(context.job.chat_id, "Time to stretch")

    with Session(engine) as db:
        for reminder in db.exec(select(Reminder)):
            hour, minute = map(int, reminder.local_time.split(":"))
            assert app.job_queue is not None
            app.job_queue.run_daily(
                remind,
                day_time(hour, minute, tzinfo=UTC),
                chat_id=reminder.chat_id,
                name=str(reminder.user_id),
            )

    async def start() -> None:
        assert app.job_queue is not None
        await app.job_queue.start()
        await app.job_queue.stop(wait=False)

    asyncio.run(start())
    took = time.perf_counter() - began
    return {"startup": took, "rss_mb": memory_mb()[0], "rss_before_mb": before}


async def startup(users: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="coach-baseline-") as tmp:
        db_path = Path(tmp) / "coach.sqlite3"
        engine = fresh_engine(db_path)
        now = utcnow()
        seed_users(
            engine,
            range(FIRST_USER, FIRST_USER + users),
            now=now,
            reminder_at=now + timedelta(days=1),
        )
        engine.dispose()
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "benchmarks.baselines",
            "--startup-child",
            str(db_path),
            stdout=asyncio.subprocess.PIPE,
            cwd=ROOT,
        )
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=900)
        if proc.returncode != 0:
            raise RuntimeError("the baseline start-up failed")
        result: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
    result["users"] = users
    return result


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--startup-child":
        print(json.dumps(startup_child(Path(argv[1]))), flush=True)
        return 0
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.baselines", description=__doc__.split("\n\n")[0]
    )
    sub = parser.add_subparsers(dest="what", required=True)
    timer = sub.add_parser("countdowns", help="timerbot + AIORateLimiter countdowns")
    timer.add_argument("--sessions", type=int, default=30)
    timer.add_argument("--start-rate", type=float, default=3.0)
    timer.add_argument(
        "--plan", default=",".join(map(str, PLAN)), help="block seconds (smoke runs: 2,3,2,3)"
    )
    daily = sub.add_parser("startup", help="one run_daily job per user")
    daily.add_argument("--users", type=int, default=100_000)
    args = parser.parse_args(argv)
    quiet_logging()
    if args.what == "countdowns":
        if importlib.util.find_spec("aiolimiter") is None:  # PTB's rate-limiter extra
            print(json.dumps({"error": "AIORateLimiter needs python-telegram-bot[rate-limiter]"}))
            return 1
        plan = tuple(int(x) for x in args.plan.split(","))
        result = asyncio.run(countdowns(args.sessions, args.start_rate, plan))
        print(
            f"Baseline countdowns ({machine_note()}): timerbot + AIORateLimiter, "
            f"{args.sessions} started {args.start_rate:g}/s: final frames late p50 "
            f"{result['late_p50']:.2f} / p95 {result['late_p95']:.2f} / max "
            f"{result['late_max']:.2f} s; countdowns stretched up to {result['stretch_max']:.1f}x"
        )
    else:
        result = asyncio.run(startup(args.users))
        print(
            f"Baseline start-up ({machine_note()}): {args.users:,} run_daily jobs: "
            f"{result['startup']:.2f} s, RSS {result['rss_mb']:.0f} MB"
        )
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
