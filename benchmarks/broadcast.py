"""Paid broadcast: N reminders due in the same minute, sent by several reminder worker processes
sharing one PostgreSQL database, with ``PAID_BROADCAST`` on, against the Bot API emulator at
Telegram's limits (1,000 paid messages a second for the bot, 1 a second per chat).

Run from the repository root, with a PostgreSQL server (its role needs CREATEDB; a throw-away
database is made and dropped)::

    python -m benchmarks.broadcast                       # 100,000 reminders, two workers
    python -m benchmarks.broadcast --reminders 10000     # a reduced run

The server is ``--database-url``, else ``TEST_DATABASE_URL``, else the URL in ``/tmp/pgurl``
(``source scripts/postgres.sh && postgres_start`` starts a throw-away one and exports
``TEST_DATABASE_URL``).

What happens:

1. A fresh database gets N users, each with a daily reminder at the same local minute (UTC),
   inserted in bulk; each simulated user writes to the bot once, so the chat exists.
2. The emulator runs in its own process, flood limits on, the paid limit at 1,000 a second.
3. ``--workers`` processes (default 2) each run what ``python bot.py reminders`` runs: the real
   application (PTB bot, our `CoachRateLimiter` with its paid budget) and a
   `ReminderDispatcher` that claims due rows with ``FOR UPDATE SKIP LOCKED``, sends with
   ``allow_paid_broadcast`` and settles each row. Settings as an operator sets them:
   ``PAID_BROADCAST=1`` and ``PAID_BROADCAST_RATE`` = 1,000 / workers. (Unlike the production
   worker, which looks for due rows every 20 s, each starts draining exactly when the minute
   is due, so the figures measure sending, not the tick.)
4. Figures: the emulator's own record of every ``sendMessage`` (total, per chat: lost and
   duplicated; 429 answers; paid messages, so the Stars billed), the time from the due
   minute to the last send, and each worker's rate (its sends over its own first-to-last span).

Exits 1 when a target is missed: all sent within 5 minutes of the due time, none lost, none
duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import secrets
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url

from benchmarks.common import (
    ROOT,
    TOKEN,
    EmulatorUrls,
    emulator_counters,
    emulator_process,
    machine_note,
    quiet_logging,
    reminders_not_settled,
    reset_emulator_counters,
    seed_users,
    utcnow,
)
from benchmarks.reminders import FIRST_ID, open_chats
from scheduler.dispatcher import BATCH
from store.db import create_db_engine, migrate
from store.models import Reminder

TARGET_SECONDS = 300.0
PAID_LIMIT = 1000  # Telegram's paid broadcast limit for a bot, messages a second
STAR_PER_MESSAGE = 0.1
PGURL_FILE = Path("/tmp/pgurl")


# --- PostgreSQL --------------------------------------------------------------------------------


def server_url(given: str | None) -> str:
    url = given or os.environ.get("TEST_DATABASE_URL", "")
    if not url and PGURL_FILE.exists():
        url = PGURL_FILE.read_text().strip()
    if not url.startswith("postgresql"):
        raise SystemExit(
            "benchmarks.broadcast needs PostgreSQL: pass --database-url, set TEST_DATABASE_URL "
            "(source scripts/postgres.sh && postgres_start starts a throw-away server), or "
            "write its URL to /tmp/pgurl"
        )
    return url


def create_database(base: str) -> str:
    name = f"coach_broadcast_{secrets.token_hex(4)}"
    admin = create_db_engine(base).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def drop_database(base: str, url: str) -> None:
    name = make_url(url).database
    admin = create_db_engine(base).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


# --- one worker process ------------------------------------------------------------------------


@dataclass
class WorkerFigures:
    index: int
    rate_setting: int
    sent: int = 0
    failed: int = 0
    retried: int = 0
    first_send: float = math.nan  # POSIX seconds
    last_send: float = math.nan
    drain_started: float = math.nan
    drain_ended: float = math.nan
    paid_sent: int = 0  # through the limiter's paid budget
    retries_after_429: int = 0
    outcomes: dict[str, int] | None = None
    deliveries: dict[str, int] | None = None  # every try's result (refused ones are tried again)
    retries_after_refusal: int = 0  # the limiter's own quick retries (a 5xx, no connection)
    cpu_s: float = 0.0  # this process's CPU time while draining (user + system)

    @property
    def rate(self) -> float:
        span = self.last_send - self.first_send
        return (self.sent - 1) / span if self.sent > 1 and span > 0 else math.nan


async def worker_run(spec: dict[str, Any]) -> WorkerFigures:
    from app.build import build_application
    from app.ratelimit import CoachRateLimiter
    from app.settings import Settings
    from coach.ui import View
    from handlers.reminders import make_sender
    from scheduler.dispatcher import Delivery, ReminderDispatcher

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=spec["database_url"],
        log_level="WARNING",
        paid_broadcast=True,
        paid_broadcast_rate=spec["rate"],
    )
    urls = EmulatorUrls(port=spec["port"], pid=0)
    app = build_application(
        settings, token=TOKEN, base_url=urls.base_url, base_file_url=urls.base_file_url
    )
    await app.initialize()  # as `python bot.py reminders`: no polling, no post_init
    engine = create_db_engine(settings.database_url)
    real = make_sender(app, paid_broadcast=settings.paid_broadcast)
    figures = WorkerFigures(spec["index"], spec["rate"])

    deliveries: Counter[str] = Counter()

    async def counting(chat_id: int, view: View) -> Delivery:
        result = await real(chat_id, view)
        deliveries[result.value] += 1
        if result is Delivery.SENT:
            at = time.time()
            if figures.sent == 0:
                figures.first_send = at
            figures.sent += 1
            figures.last_send = at
        return result

    dispatcher = ReminderDispatcher(engine, counting, utcnow, batch=spec["batch"])
    print(json.dumps({"ready": True}), flush=True)
    await asyncio.sleep(max(0.0, spec["start_at"] - time.time()))
    figures.drain_started, cpu = time.time(), time.process_time()
    await dispatcher.drain()
    figures.drain_ended, figures.cpu_s = time.time(), time.process_time() - cpu
    stats = dispatcher.stats
    figures.failed, figures.retried, figures.outcomes = stats.failed, stats.retried, stats.outcomes
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, CoachRateLimiter)
    figures.paid_sent, figures.retries_after_429 = limiter.paid_sent, limiter.retries_after_429
    figures.retries_after_refusal = limiter.retries_after_refusal
    figures.deliveries = dict(deliveries)
    await app.shutdown()
    engine.dispose()
    return figures


def worker_main(spec_json: str) -> None:
    quiet_logging()
    spec = json.loads(spec_json)
    if spec.get("profile"):  # --profile DIR: each worker's cProfile statistics, worker-N.prof
        import cProfile

        profiler = cProfile.Profile()
        figures = profiler.runcall(asyncio.run, worker_run(spec))
        profiler.dump_stats(Path(spec["profile"]) / f"worker-{spec['index']}.prof")
    else:
        figures = asyncio.run(worker_run(spec))
    print(json.dumps(asdict(figures)), flush=True)


async def run_workers(
    count: int,
    database_url: str,
    port: int,
    start_at: float,
    rate: int,
    batch: int,
    profile: Path | None,
) -> list[WorkerFigures]:
    procs = []
    for index in range(count):
        spec = {
            "index": index,
            "database_url": database_url,
            "port": port,
            "start_at": start_at,
            "rate": rate,
            "batch": batch,
            "profile": str(profile) if profile else None,
        }
        procs.append(
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "benchmarks.broadcast",
                "worker",
                json.dumps(spec),
                cwd=ROOT,
                stdout=asyncio.subprocess.PIPE,
            )
        )
    results = []
    for proc in procs:
        out, _ = await proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError(f"a worker failed (exit {proc.returncode})")
        last = out.decode().strip().splitlines()[-1]
        results.append(WorkerFigures(**json.loads(last)))
    return results


# --- the run -----------------------------------------------------------------------------------


@dataclass
class Figures:
    reminders: int
    workers: int
    rate_per_worker_setting: int
    batch: int
    total_sent: int
    lost: int
    duplicated: int
    too_many_requests: int
    paid_messages: int
    due_to_last_send_s: float
    first_to_last_send_s: float
    overall_rate: float
    per_worker: list[WorkerFigures]
    not_settled: int
    seed_s: float

    @property
    def ok(self) -> bool:
        return (
            self.due_to_last_send_s <= TARGET_SECONDS
            and self.lost == 0
            and self.duplicated == 0
            and self.not_settled == 0
        )


async def run(
    reminders: int,
    workers: int,
    rate: int,
    batch: int,
    base: str,
    profile: Path | None = None,
    due_in: float | None = None,
) -> Figures:
    ids = range(FIRST_ID, FIRST_ID + reminders)
    seed_started = time.perf_counter()
    database_url = create_database(base)
    try:
        engine = create_db_engine(database_url)
        migrate(engine)
        async with emulator_process(rate_limits=True) as urls:
            async with httpx.AsyncClient(base_url=urls.control_url + "/", timeout=120) as http:
                settings = {"paid_broadcast_rate": PAID_LIMIT, "rate_limits": True}
                (await http.post("settings", json=settings)).raise_for_status()
            await open_chats(urls.control_url, ids)
            placeholder = utcnow() + timedelta(days=1)  # not due while the workers start
            seed_users(engine, ids, now=utcnow(), onboarded=False, reminder_at=placeholder)
            # Due at the next whole minute at least 15 s away (the workers start meanwhile).
            due = (utcnow() + timedelta(seconds=15)).replace(second=0, microsecond=0)
            due += timedelta(minutes=1)
            if due_in is not None:  # a quick run: due sooner, at any second
                due = utcnow() + timedelta(seconds=due_in)
            with engine.begin() as conn:
                conn.execute(
                    Reminder.__table__.update().values(  # type: ignore[attr-defined]
                        next_fire_at=due, local_time=due.strftime("%H:%M")
                    )
                )
            seed_s = time.perf_counter() - seed_started
            await reset_emulator_counters(urls.control_url)
            print(
                f"  {reminders:,} reminders due at {due:%H:%M:%S} UTC; {workers} workers at "
                f"{rate}/s each; seeding took {seed_s:.0f} s",
                file=sys.stderr,
                flush=True,
            )
            per_worker = await run_workers(
                workers, database_url, urls.port, due.timestamp(), rate, batch, profile
            )
            counters = await emulator_counters(urls.control_url, read_seconds=300)
        not_settled = reminders_not_settled(engine, due)
        engine.dispose()
    finally:
        drop_database(base, database_url)
    per_chat = {int(k): int(v) for k, v in counters["sends_per_chat"].items()}
    times = sorted(t for k, ts in counters["send_times"].items() if int(k) in ids for t in ts)
    first, last = (times[0], times[-1]) if times else (math.nan, math.nan)
    return Figures(
        reminders=reminders,
        workers=workers,
        rate_per_worker_setting=rate,
        batch=batch,
        total_sent=sum(per_chat.get(uid, 0) for uid in ids),
        lost=sum(1 for uid in ids if per_chat.get(uid, 0) == 0),
        duplicated=sum(max(0, per_chat.get(uid, 0) - 1) for uid in ids),
        too_many_requests=int(counters["too_many_requests"]),
        paid_messages=int(counters.get("paid_broadcasts", 0)),
        due_to_last_send_s=last - due.timestamp(),
        first_to_last_send_s=last - first,
        overall_rate=(len(times) - 1) / (last - first) if len(times) > 1 else math.nan,
        per_worker=per_worker,
        not_settled=not_settled,
        seed_s=seed_s,
    )


def report(f: Figures) -> str:
    lines = [
        f"paid broadcast benchmark: {f.reminders:,} reminders due in one minute, {f.workers} "
        f"worker processes on PostgreSQL, PAID_BROADCAST_RATE={f.rate_per_worker_setting} "
        f"each, batch {f.batch} ({machine_note()})",
        f"  total sent              {f.total_sent:,}",
        f"  lost                    {f.lost}",
        f"  duplicated              {f.duplicated}",
        f"  429 answers             {f.too_many_requests}",
        f"  paid messages           {f.paid_messages:,} (at most "
        f"{f.paid_messages * STAR_PER_MESSAGE:,.0f} Stars)",
        f"  due time to last send   {f.due_to_last_send_s:.1f} s (target "
        f"{TARGET_SECONDS:.0f} s; at the free 30/s: {f.reminders / 30 / 60:.1f} min)",
        f"  first to last send      {f.first_to_last_send_s:.1f} s",
        f"  overall rate            {f.overall_rate:.0f} msgs/s",
    ]
    for w in f.per_worker:
        lines.append(
            f"  worker {w.index}                {w.sent:,} sent at {w.rate:.0f} msgs/s "
            f"(first to last send {w.last_send - w.first_send:.1f} s; CPU "
            f"{w.cpu_s * 1000 / max(w.sent, 1):.1f} ms a reminder; drain "
            f"{w.drain_ended - w.drain_started:.1f} s; 429 retries {w.retries_after_429}; "
            f"failed {w.failed}; outcomes {w.outcomes}; tries {w.deliveries}, quick retries "
            f"{w.retries_after_refusal})"
        )
    lines += [
        f"  rows not settled        {f.not_settled}",
        f"  seeding (not timed)     {f.seed_s:.1f} s",
        "  result                  " + ("OK" if f.ok else "TARGET MISSED"),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["worker"]:
        worker_main(argv[1])
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.broadcast")
    parser.add_argument("--reminders", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--rate", type=int, help="PAID_BROADCAST_RATE of each worker (default: 1000 / workers)"
    )
    parser.add_argument(
        "--batch", type=int, default=BATCH, help=f"rows per claim (default: {BATCH}, as deployed)"
    )
    parser.add_argument("--database-url", help="a PostgreSQL server (see the module's text)")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    parser.add_argument("--profile", type=Path, help="write each worker's cProfile here")
    parser.add_argument(
        "--due-in", type=float, help="seconds to the due time (default: the next whole minute)"
    )
    args = parser.parse_args(argv)
    if args.reminders < 2 or args.workers < 1:
        parser.error("--reminders must be at least 2 and --workers at least 1")
    rate = args.rate or PAID_LIMIT // args.workers
    quiet_logging()
    started = datetime.now(UTC)
    figures = asyncio.run(
        run(
            args.reminders,
            args.workers,
            rate,
            args.batch,
            server_url(args.database_url),
            args.profile,
            args.due_in,
        )
    )
    print(report(figures))
    print(f"  started {started:%Y-%m-%d %H:%M} UTC")
    if args.json:
        print(json.dumps(asdict(figures), default=str))
    return 0 if figures.ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
