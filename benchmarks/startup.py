"""Start-up with 100,000 users and 100,000 reminders in SQLite (DESIGN.md section 7: under
3 s).

Run from the repository root: ``python -m benchmarks.startup`` (about a minute, most of it
writing the database). ``--active 10`` adds sessions that were counting down when the bot
stopped, which the recovery scan pauses with a message each.

The database is written once (users onboarded, each with a daily reminder due tomorrow, and
``--history`` finished sessions each), then each start-up runs in a fresh Python process
(cold caches in the process, warm file cache), against the emulator: the time from
``build_application`` to the end of ``post_init``, which is what ``run_polling`` does before
it polls: ``Application.initialize`` (getMe), the engine and migrations (already at head, as
on any restart), every feature's ``startup`` (session recovery scan, reminder dispatcher and
its warm-up), and the command menu. Imports are reported apart.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import (
    ROOT,
    TOKEN,
    EmulatorUrls,
    bench_settings,
    emulator_process,
    fresh_engine,
    machine_note,
    quiet_logging,
    seed_users,
    utcnow,
)
from playground.client import EmulatorClient

FIRST_USER = 900_000_001
TARGET_S = 3.0


# --- the database ------------------------------------------------------------------------------


def seed(db_path: Path, users: int, history: int, active: int) -> dict[str, float]:
    from sqlalchemy import func, insert, select

    from coach.session import machine as core
    from coach.session.buttons import session_code
    from store.models import ExerciseSession, Reminder, User

    took: dict[str, float] = {}
    now = utcnow()
    t0 = time.perf_counter()
    engine = fresh_engine(db_path)
    ids = list(range(FIRST_USER, FIRST_USER + users))
    tomorrow = (now + timedelta(days=1)).replace(hour=7, minute=30, second=0, microsecond=0)
    seed_users(engine, ids, now=now, reminder_at=tomorrow)
    took["users and reminders"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with engine.begin() as conn:
        for day in range(1, history + 1):
            started = now - timedelta(days=day, hours=2)
            for start in range(0, users, 5000):
                conn.execute(
                    insert(ExerciseSession),
                    [
                        {
                            "user_id": uid,
                            "chat_id": uid,
                            "started_at": started,
                            "ended_at": started + timedelta(minutes=3),
                            "style": "hold",
                            "variant": "standard",
                            "completed": True,
                            "active": False,
                            "outcome": "green",
                            "pain_before": 2,
                            "pain_after": 2,
                            "flare_settled": None,
                            "message_id": 10,
                            "state": None,
                        }
                        for uid in ids[start : start + 5000]
                    ],
                )
        for uid in ids[:active]:
            started = now - timedelta(minutes=2)
            row_id = conn.execute(
                insert(ExerciseSession).values(
                    user_id=uid,
                    chat_id=uid,
                    started_at=started,
                    style="hold",
                    variant="standard",
                    completed=False,
                    active=True,
                    message_id=1,
                )
            ).inserted_primary_key
            assert row_id is not None
            state = working_state(core, session_code(int(row_id[0])), uid, started)
            conn.execute(
                ExerciseSession.__table__.update()  # type: ignore[attr-defined]
                .where(ExerciseSession.__table__.c.id == int(row_id[0]))  # type: ignore[attr-defined]
                .values(state=replace(state, message_id=1).to_json())
            )
        counts = {
            "users": conn.execute(select(func.count()).select_from(User)).scalar_one(),
            "reminders": conn.execute(select(func.count()).select_from(Reminder)).scalar_one(),
            "sessions": conn.execute(
                select(func.count()).select_from(ExerciseSession)
            ).scalar_one(),
        }
    took["history"] = time.perf_counter() - t0
    engine.dispose()
    print(
        f"seeded {counts['users']:,} users, {counts['reminders']:,} reminders, "
        f"{counts['sessions']:,} sessions ({active} counting down) in "
        f"{sum(took.values()):.1f} s; {db_path.stat().st_size / 2**20:.0f} MB",
        file=sys.stderr,
    )
    return took


def working_state(core: Any, code: str, user_id: int, started: datetime) -> Any:
    """A session that was in its timed work (the set-up block) when the bot stopped."""
    tr = core.new_session(
        session_id=code, user_id=user_id, chat_id=user_id, now=started, usual_pain=2
    )
    for event in (core.NoneOfThese(), core.NoneOfThese(), core.Pain(2), core.Start()):
        tr = core.apply(tr.state, event, started)
    return tr.state


# --- one start-up, in its own process ----------------------------------------------------------


async def child(db_path: Path, emu: EmulatorUrls) -> dict[str, float]:
    import app.build as build
    from app.logs import set_secrets

    phases: dict[str, float] = {}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                phases[name] = phases.get(name, 0.0) + time.perf_counter() - t0

        return wrapper

    def timed_async(name: str, fn: Callable[..., Awaitable[Any]]) -> Callable[..., Any]:
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return await fn(*args, **kwargs)
            finally:
                phases[name] = time.perf_counter() - t0

        return wrapper

    for name, attr in (("engine", "create_db_engine"), ("migrations", "migrate")):
        setattr(build, attr, timed(name, getattr(build, attr)))
    for feature in build.FEATURES:
        if (startup := getattr(feature, "startup", None)) is not None:
            name = f"{feature.__name__.rpartition('.')[2]}.startup"
            setattr(feature, "startup", timed_async(name, startup))  # noqa: B010

    set_secrets([TOKEN])
    settings = bench_settings(db_path)
    t0 = time.perf_counter()
    app = build.build_application(
        settings, token=TOKEN, base_url=emu.base_url, base_file_url=emu.base_file_url
    )
    built = time.perf_counter()
    await app.initialize()
    initialized = time.perf_counter()
    assert app.post_init is not None
    await app.post_init(app)
    done = time.perf_counter()
    result = {
        "total": done - t0,
        "build_application": built - t0,
        "initialize (getMe)": initialized - built,
        "post_init": done - initialized,
        **phases,
    }
    result["command menu and the rest"] = result["post_init"] - sum(phases.values())
    await app.shutdown()
    assert app.post_shutdown is not None
    await app.post_shutdown(app)
    return result


async def import_time() -> float:
    code = "import time; t = time.perf_counter(); import app.build; print(time.perf_counter() - t)"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE, cwd=ROOT
    )
    out, _ = await proc.communicate()
    return float(out.decode().strip())


async def run(args: argparse.Namespace) -> int:
    quiet_logging()
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        db_path = Path(tmp) / "coach.sqlite3"
        seed(db_path, args.users, args.history, args.active)
        results: list[dict[str, float]] = []
        async with emulator_process(rate_limits=True) as emu:
            if args.active:
                async with EmulatorClient(emu.control_url) as client:
                    for uid in range(FIRST_USER, FIRST_USER + args.active):
                        await client.request(
                            "POST", f"users/{uid}/message", {"chat_id": uid, "text": "hi"}
                        )
            for _ in range(args.runs):
                proc = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "benchmarks.startup",
                    "--child",
                    str(db_path),
                    str(emu.port),
                    str(emu.pid),
                    stdout=asyncio.subprocess.PIPE,
                    cwd=ROOT,
                )
                out, _ = await asyncio.wait_for(proc.communicate(), timeout=300)
                if proc.returncode != 0:
                    print(f"start-up run failed (exit {proc.returncode})")
                    return 1
                results.append(json.loads(out.decode().strip().splitlines()[-1]))
        imports = await import_time()
    totals = [r["total"] for r in results]
    print(f"Start-up benchmark ({machine_note()}), SQLite, emulator on loopback")
    print(
        f"  database: {args.users:,} users, {args.users:,} reminders, "
        f"{args.users * args.history:,} finished sessions, {args.active} counting down"
    )
    print(
        "  build_application -> post_init complete, each run a fresh process: "
        + ", ".join(f"{t:.2f} s" for t in totals)
        + f"; median {statistics.median(totals):.2f} s"
    )
    print(f"  (before that: importing app.build in a fresh process takes {imports:.2f} s)")
    keys = [k for k in results[0] if k not in ("total",)]
    for key in keys:
        values = [r.get(key, 0.0) for r in results]
        print(f"    {key}: median {statistics.median(values):.3f} s")
    ok = statistics.median(totals) < TARGET_S and max(totals) < TARGET_S
    print("  target (< 3 s): " + ("met" if ok else "MISSED"))
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        db_path, port, pid = Path(argv[1]), int(argv[2]), int(argv[3])
        quiet_logging()
        result = asyncio.run(child(db_path, EmulatorUrls(port, pid)))
        print(json.dumps(result), flush=True)
        return 0
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.startup", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=2, help="finished sessions per user")
    parser.add_argument("--active", type=int, default=0, help="sessions counting down")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    return asyncio.run(asyncio.wait_for(run(args), timeout=900))


if __name__ == "__main__":
    sys.exit(main())
