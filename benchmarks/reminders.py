"""100,000 reminders due in the same minute, through the real dispatcher, the real PTB bot and
our rate limiter, against the Bot API emulator with its limits on (DESIGN.md section 7).

Run from the repository root::

    python -m benchmarks.reminders --users 100000   # about an hour at 30 messages/s
    python -m benchmarks.reminders --users 3000     # a quick run, about two minutes

What happens:

1. A temporary SQLite database gets N users, each with a daily reminder at the same local
   minute (the next whole minute, UTC), inserted in bulk.
2. The emulator runs in its own process (global limit 30/s, 1/s per chat); each user writes
   to the bot once through its control API so the private chat exists.
3. Start-up is measured in a fresh process (so its memory is the bot's alone): build the
   `Application`, initialize it, run `post_init` (migrations, command menu, every feature's
   start-up: the reminder dispatcher and the timezone index), then the first claim of a batch
   with N rows due (rolled back).
4. When the minute arrives, a `ReminderDispatcher` sends through `handlers.reminders`'s
   sender on a real `ExtBot` with `CoachRateLimiter`. When half the reminders are out, the
   process "restarts": the dispatcher is closed gracefully (its batch in flight is finished
   and settled), the application shut down, and a new application and dispatcher, with a
   new engine, carry on.
5. Figures come from the emulator's own record of every ``sendMessage``: total, unique chats,
   duplicates, lost (users never reached), 429 answers, the sustained rate over the steady
   middle (the 10th to the 90th percentile of send times, restart included), the restart gap
   and the wall time; and from the database: rows not settled and the dispatcher outcomes
   (``send``, ``send_late``: 5-60 min after the fire time, ``skip_missed``: later than that).

Exits 1 when a target is missed: at least 28 messages/s sustained, none lost, none
duplicated, no 429.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, func, select
from sqlmodel import Session, col

from benchmarks.common import (
    ROOT,
    TOKEN,
    EmulatorUrls,
    bench_settings,
    emulator_counters,
    emulator_process,
    fresh_engine,
    machine_note,
    percentile,
    quiet_logging,
    reminders_not_settled,
    reset_emulator_counters,
    rss_mb,
    seed_users,
    utcnow,
)
from store.models import Reminder

FIRST_ID = 10_000_000
TARGET_RATE = 28.0
SEED_CONCURRENCY = 64


# --- seeding -----------------------------------------------------------------------------------


def next_whole_minute(after: datetime, margin: timedelta) -> datetime:
    at = after + margin
    return at.replace(second=0, microsecond=0) + timedelta(minutes=1)


async def open_chats(control_url: str, ids: range) -> None:
    """Every simulated user writes once, so the bot may message them (as on Telegram)."""
    queue: asyncio.Queue[int] = asyncio.Queue()
    for uid in ids:
        queue.put_nowait(uid)
    limits = httpx.Limits(max_connections=SEED_CONCURRENCY)
    async with httpx.AsyncClient(base_url=control_url + "/", limits=limits, timeout=60) as http:

        async def worker() -> None:
            while not queue.empty():
                uid = queue.get_nowait()
                body = {"chat_id": uid, "first_name": "Bench", "text": "hi"}
                response = await http.post(f"users/{uid}/message", json=body)
                response.raise_for_status()

        await asyncio.gather(*(worker() for _ in range(SEED_CONCURRENCY)))


# --- start-up, in a fresh process --------------------------------------------------------------


# The child's first statement: its clock starts before any of our modules is imported.
PROBE = (
    "import time; started = time.perf_counter(); import benchmarks.reminders as b; "
    "b.probe_main(started)"
)


def probe_main(started: float) -> None:
    imported = time.perf_counter()
    db_path, port = Path(sys.argv[1]), int(sys.argv[2])
    figures = probe_startup(db_path, port)
    figures["imports_s"] = imported - started
    print(json.dumps(figures))


def probe_startup(db_path: Path, port: int) -> dict[str, float]:
    """Runs in a child process: start-up time and memory of the real bot with N reminders."""
    from app.build import build_application
    from store import reminders
    from store.db import create_db_engine

    rss_at_start = rss_mb()
    emulator = EmulatorUrls(port=port, pid=0)
    settings = bench_settings(db_path)

    async def start() -> dict[str, float]:
        t0 = time.perf_counter()
        app = build_application(
            settings, token=TOKEN, base_url=emulator.base_url, base_file_url=emulator.base_file_url
        )
        built = time.perf_counter()
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)  # engine, migrations, command menu, feature start-ups
        ready = time.perf_counter()
        engine = create_db_engine(settings.database_url)
        with Session(engine) as db:
            claimed = reminders.claim_due(db, utcnow() + timedelta(days=1), 60)
            first_claim = time.perf_counter()
            db.rollback()  # a measurement only: the rows stay as they were
        assert len(claimed) == 60, len(claimed)
        with Session(engine) as db:
            rows = db.execute(select(func.count()).select_from(Reminder)).scalar_one()
        engine.dispose()
        figures = {
            "rows": float(rows),
            "build_s": built - t0,
            "post_init_s": ready - built,
            "first_claim_s": first_claim - ready,
            "total_s": first_claim - t0,
            "rss_mb": rss_mb(),
        }
        assert app.post_stop is not None and app.post_shutdown is not None
        await app.post_stop(app)
        await app.shutdown()
        await app.post_shutdown(app)
        return figures

    figures = asyncio.run(start())
    figures["rss_after_imports_mb"] = rss_at_start
    return figures


def measure_startup(db_path: Path, port: int) -> dict[str, float]:
    spawned = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db_path), str(port)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["process_s"] = time.perf_counter() - spawned
    return figures


# --- the run -----------------------------------------------------------------------------------


@dataclass
class RunRecord:
    fire: datetime
    started: float = 0.0  # time.time() when the first dispatcher started
    finished: float = 0.0
    restart_began: float = 0.0
    restart_done: float = 0.0
    sent_before_restart: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    failed: int = 0
    blocked: int = 0


async def dispatch(urls: EmulatorUrls, db_path: Path, users: int, fire: datetime) -> RunRecord:
    from app.build import build_application
    from handlers.reminders import make_sender
    from scheduler.dispatcher import Delivery, ReminderDispatcher, Sender
    from store.db import create_db_engine

    settings = bench_settings(db_path)
    record = RunRecord(fire)
    halfway = asyncio.Event()
    sent = 0

    async def start() -> tuple[Any, Engine, ReminderDispatcher]:
        app = build_application(
            settings, token=TOKEN, base_url=urls.base_url, base_file_url=urls.base_file_url
        )
        await app.initialize()
        engine = create_db_engine(settings.database_url)
        real: Sender = make_sender(app)

        async def counting(chat_id: int, view: Any) -> Delivery:
            nonlocal sent
            result = await real(chat_id, view)
            if result is Delivery.SENT:
                sent += 1
                if sent >= users // 2:
                    halfway.set()
            return result

        return app, engine, ReminderDispatcher(engine, counting, utcnow)

    def collect(dispatcher: ReminderDispatcher) -> None:
        record.outcomes.update(dispatcher.stats.outcomes)
        record.failed += dispatcher.stats.failed
        record.blocked += dispatcher.stats.blocked

    app, engine, first = await start()
    await asyncio.sleep(max(0.0, (fire - utcnow()).total_seconds()))
    record.started = time.time()
    first.kick()
    assert first._task is not None
    half = asyncio.create_task(halfway.wait())
    await asyncio.wait({first._task, half}, return_when=asyncio.FIRST_COMPLETED)
    half.cancel()

    record.restart_began = time.time()
    await first.close()  # graceful: the batch in flight is finished and settled
    record.sent_before_restart = sent
    collect(first)
    engine.dispose()
    await app.shutdown()
    print(f"  restart after {sent:,} sent", file=sys.stderr, flush=True)

    app, engine, second = await start()
    record.restart_done = time.time()
    await second.drain()
    record.finished = time.time()
    collect(second)
    engine.dispose()
    await app.shutdown()
    return record


async def progress(users: int, db_path: Path, every: float = 60.0) -> None:
    from store.db import create_db_engine

    engine = create_db_engine(f"sqlite:///{db_path}")
    try:
        while True:
            await asyncio.sleep(every)
            with Session(engine) as db:
                done = db.execute(
                    select(func.count())
                    .select_from(Reminder)
                    .where(col(Reminder.last_sent_date).is_not(None))
                ).scalar_one()
            print(
                f"  {done:,} of {users:,} sent, RSS {rss_mb():.0f} MB", file=sys.stderr, flush=True
            )
    finally:
        engine.dispose()


# --- figures -----------------------------------------------------------------------------------


@dataclass
class Figures:
    users: int
    total_sent: int
    unique_chats: int
    duplicates: int
    lost: int
    too_many_requests: int
    sustained_rate: float
    overall_rate: float
    worst_second_in_middle: int
    restart_gap_s: float
    restart_s: float
    wall_s: float
    last_send_after_fire_s: float
    not_settled: int
    outcomes: dict[str, int]
    failed: int
    startup: dict[str, float]
    rss_end_mb: float
    seed_s: float

    @property
    def ok(self) -> bool:
        return (
            self.sustained_rate >= TARGET_RATE
            and self.lost == 0
            and self.duplicates == 0
            and self.too_many_requests == 0
        )


def figures_from(
    users: int,
    ids: range,
    counters: dict[str, Any],
    record: RunRecord,
    not_settled: int,
    startup: dict[str, float],
    seed_s: float,
) -> Figures:
    per_chat = {int(k): int(v) for k, v in counters["sends_per_chat"].items()}
    wanted = set(ids)
    reached = {chat for chat in per_chat if chat in wanted}
    times = sorted(
        t for chat, ts in counters["send_times"].items() if int(chat) in wanted for t in ts
    )
    total = sum(per_chat.get(uid, 0) for uid in ids)
    low, high = percentile(times, 0.10), percentile(times, 0.90)
    middle = [t for t in times if low <= t <= high]
    sustained = (len(middle) - 1) / (high - low) if high > low else math.nan
    worst = worst_full_second(middle)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    return Figures(
        users=users,
        total_sent=total,
        unique_chats=len(reached),
        duplicates=sum(max(0, n - 1) for uid, n in per_chat.items() if uid in wanted),
        lost=len(wanted - reached),
        too_many_requests=int(counters["too_many_requests"]),
        sustained_rate=sustained,
        overall_rate=(len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else math.nan,
        worst_second_in_middle=worst,
        restart_gap_s=max(gaps) if gaps else math.nan,
        restart_s=record.restart_done - record.restart_began,
        wall_s=record.finished - record.started,
        last_send_after_fire_s=(times[-1] - record.fire.timestamp()) if times else math.nan,
        not_settled=not_settled,
        outcomes=dict(record.outcomes),
        failed=record.failed,
        startup=startup,
        rss_end_mb=rss_mb(),
        seed_s=seed_s,
    )


def worst_full_second(times: list[float]) -> int:
    """The fewest sends in any whole second strictly inside the span (restart included)."""
    if len(times) < 3:
        return 0
    first, last = math.floor(times[0]) + 1, math.floor(times[-1])
    counts = Counter(math.floor(t) for t in times)
    return min((counts.get(s, 0) for s in range(first, last)), default=0)


def report(f: Figures) -> str:
    s = f.startup
    lines = [
        f"reminders benchmark: {f.users:,} users due in the same minute ({machine_note()})",
        f"  total sent              {f.total_sent:,}",
        f"  unique chats reached    {f.unique_chats:,}",
        f"  duplicates              {f.duplicates}",
        f"  lost                    {f.lost}",
        f"  429 answers             {f.too_many_requests}",
        f"  sustained rate          {f.sustained_rate:.2f} msgs/s (10th-90th percentile of sends)",
        f"  overall rate            {f.overall_rate:.2f} msgs/s (first to last send)",
        f"  worst whole second      {f.worst_second_in_middle} sends (in the middle 80%)",
        f"  longest gap (restart)   {f.restart_gap_s:.2f} s (closing the old dispatcher and "
        f"starting the new one: {f.restart_s:.2f} s)",
        f"  wall time               {f.wall_s:.1f} s (last send {f.last_send_after_fire_s:.0f} s "
        "after the fire time)",
        f"  outcomes                {f.outcomes}; failed {f.failed}; rows not settled "
        f"{f.not_settled}",
        f"  start-up, {int(s['rows']):,} reminders: {s['total_s']:.2f} s "
        f"(build {s['build_s']:.2f}, post_init {s['post_init_s']:.2f}, first claim "
        f"{s['first_claim_s'] * 1000:.1f} ms); imports {s['imports_s']:.2f} s; whole process "
        f"{s['process_s']:.2f} s",
        f"  memory after start-up   {s['rss_mb']:.0f} MB RSS (after imports "
        f"{s['rss_after_imports_mb']:.0f} MB)",
        f"  memory after the run    {f.rss_end_mb:.0f} MB RSS (dispatching process)",
        f"  seeding (not timed)     {f.seed_s:.1f} s",
        "  result                  " + ("OK" if f.ok else "TARGET MISSED"),
    ]
    return "\n".join(lines)


# --- main --------------------------------------------------------------------------------------


async def run(users: int, keep: Path | None) -> Figures:
    workdir = Path(tempfile.mkdtemp(prefix="reminders-bench-"))
    db_path = workdir / "reminders.sqlite3"
    ids = range(FIRST_ID, FIRST_ID + users)
    try:
        seed_started = time.perf_counter()
        engine = fresh_engine(db_path)
        async with emulator_process(rate_limits=True) as urls:
            await open_chats(urls.control_url, ids)
            # The start-up probe claims with a far-future "now", so every row counts as due.
            fire_probe = utcnow()
            seed_users(engine, ids, now=utcnow(), onboarded=False, reminder_at=fire_probe)
            probe_db = workdir / "startup.sqlite3"
            engine.dispose()
            shutil.copy(db_path, probe_db)
            startup = measure_startup(probe_db, urls.port)
            # The real run: every reminder due at the next whole minute.
            fire = next_whole_minute(utcnow(), timedelta(seconds=5))
            with engine.begin() as conn:
                conn.execute(
                    Reminder.__table__.update().values(  # type: ignore[attr-defined]
                        next_fire_at=fire, local_time=fire.strftime("%H:%M")
                    )
                )
            seed_s = time.perf_counter() - seed_started
            await reset_emulator_counters(urls.control_url)
            print(
                f"  {users:,} reminders due at {fire:%H:%M:%S} UTC; start-up "
                f"{startup['total_s']:.2f} s, {startup['rss_mb']:.0f} MB",
                file=sys.stderr,
                flush=True,
            )
            ticker = asyncio.create_task(progress(users, db_path))
            try:
                record = await dispatch(urls, db_path, users, fire)
            finally:
                ticker.cancel()
            counters = await emulator_counters(urls.control_url, read_seconds=120)
        not_settled = reminders_not_settled(engine, fire)
        engine.dispose()
        return figures_from(users, ids, counters, record, not_settled, startup, seed_s)
    finally:
        if keep is not None:
            shutil.copy(db_path, keep)
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reminders")
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--keep-db", type=Path, help="copy the database here afterwards")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    if args.users < 2:
        parser.error("--users must be at least 2")
    quiet_logging()
    figures = asyncio.run(run(args.users, args.keep_db))
    print(report(figures))
    if args.json:
        print(json.dumps(figures.__dict__, default=str))
    return 0 if figures.ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
