"""Sessions under faults, and a locked database: the figures of issue 14's targets.

Run from the repository root: ``python -m benchmarks.faults`` (about three minutes; ``--quick``
runs fewer sessions). The real bot against the emulator in its own process, rate limits on,
with the emulator injecting faults into the bot's real calls:

* single faults in a countdown (500, reset before / after effect, hang, hang after effect,
  429, each once on a countdown edit): how many sessions still reach the question after the
  timer (target: all);
* sessions under 5% random faults of every kind on every call: frozen sessions (target: 0;
  every one completes or ends with a clear message);
* countdowns with 20% of their edits answered 429: how many finish (target: all);
* another process holding SQLite's write lock: another chat's /help answered in (target: under
  1 s), and a red-flag message's safety reply in (target: under 2 s);
* the pain question after "It hurts", at real rates (target: under 1.2 s).

Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from benchmarks.common import (
    bench_settings,
    emulator_process,
    machine_note,
    quiet_logging,
    running_bot,
)
from content import general
from content import texts as t
from playground.client import ChatMessage, EmulatorClient, SimUser
from tests.e2e.story import head, onboard, screen

FINISHED = head(t.AFTER_PAIN_PROMPT)
KINDS = ("500", "reset_before", "reset_after", "hang", "hang_after", "429")


async def with_faults(
    client: EmulatorClient,
    users: list[SimUser],
    inject: Callable[[SimUser], Awaitable[None]],
    within: float,
) -> int:
    """How many of ``users`` reach the end of the timer with ``inject`` applied after their
    screen (so the faults hit the session, not the onboarding)."""

    async def one(user: SimUser) -> bool:
        await onboard(user)
        ready = await screen(user, pain=2)
        await inject(user)
        await user.press_text(ready, t.START_NOW)
        try:
            await user.wait_for_text(FINISHED, timeout=within)
        except AssertionError:
            return False
        return True

    return sum(await asyncio.gather(*(one(u) for u in users)))


async def lock_figures(client: EmulatorClient, db_file: Path) -> tuple[float, float]:
    helper, worried = client.user(7101, "Hel"), client.user(7102, "Wes")
    holder = sqlite3.connect(db_file, timeout=1, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.time()
        await helper.send("/help")
        await helper.wait_for_text(head(general.HELP_INTRO), timeout=40)
        help_s = time.time() - started
        started = time.time()
        await worried.send("I suddenly can't control my bladder and both legs are numb")
        await worried.wait_for_text("urgent", timeout=40)
        red_s = time.time() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    return help_s, red_s


async def hurt_latency(client: EmulatorClient, user_id: int) -> float:
    user = client.user(user_id)
    await onboard(user)
    ready = await screen(user, pain=2)
    await user.press_text(ready, t.START_NOW)
    live: ChatMessage = await user.wait_for(
        lambda m: m.message_id == ready.message_id and "⏱" in m.content, timeout=30
    )
    await asyncio.sleep(2.5)  # mid-countdown, with frames going out every second
    started = time.time()
    await user.press_text(live, t.HURTS)
    await user.wait_for_text(head(t.HURT_PROMPT), timeout=20)
    return time.time() - started


async def run(args: argparse.Namespace) -> int:
    logs = quiet_logging()
    crowd = 8 if args.quick else 30
    print(f"Fault benchmark ({machine_note()}), emulator rate limits on")
    ok = True
    with tempfile.TemporaryDirectory(prefix="coach-faults-") as tmp:
        db_file = Path(tmp) / "coach.sqlite3"
        fast = bench_settings(db_file, time_scale=0.1)
        async with (
            emulator_process(rate_limits=True) as emu,
            running_bot(fast, emu) as _app,
            EmulatorClient(emu.control_url) as client,
        ):
            singles = [client.user(7200 + i) for i in range(len(KINDS))]

            async def single(user: SimUser) -> None:
                kind = KINDS[singles.index(user)]
                await client.inject(
                    kind,
                    method="editMessageCaption",
                    chat_id=user.chat_id,
                    seconds=2,
                    retry_after=1,
                )

            done = await with_faults(client, singles, single, within=90)
            print(f"  single faults in a countdown that recover: {done} of {len(singles)}")
            ok &= done == len(singles)
            await client.clear_faults(counts=True)

            randoms = [client.user(7300 + i) for i in range(crowd)]

            async def random_faults(user: SimUser) -> None:
                for n, kind in enumerate(KINDS):  # 6 kinds at 5/6 % each: 5% of every call
                    await client.inject(
                        kind,
                        probability=0.05 / len(KINDS),
                        seed=user.user_id * 10 + n,
                        chat_id=user.chat_id,
                        seconds=2,
                        retry_after=1,
                    )

            done = await with_faults(client, randoms, random_faults, within=150)
            injected = sum((await client.faults()).injected.values())
            print(
                f"  sessions under 5% random faults: {done} of {crowd} finished, "
                f"{crowd - done} frozen ({injected} faults injected)"
            )
            ok &= done == crowd
            await client.clear_faults(counts=True)

            limited = [client.user(7400 + i) for i in range(crowd)]

            async def edits_429(user: SimUser) -> None:
                await client.inject(
                    "429",
                    probability=0.2,
                    seed=user.user_id,
                    chat_id=user.chat_id,
                    method=["editMessageCaption", "editMessageMedia"],
                    retry_after=1,
                )

            done = await with_faults(client, limited, edits_429, within=150)
            print(f"  countdowns with 20% 429s on edits that finish: {done} of {crowd}")
            ok &= done == crowd
            await client.clear_faults(counts=True)

            help_s, red_s = await lock_figures(client, db_file)
            print(f"  /help of another chat while the write lock is held: {help_s:.2f} s")
            print(f"  a red-flag reply while the write lock is held: {red_s:.2f} s")
            ok &= help_s < 1.0 and red_s < 2.0

        real = bench_settings(Path(tmp) / "real.sqlite3", time_scale=1.0)
        async with (
            emulator_process(rate_limits=True) as emu,
            running_bot(real, emu),
            EmulatorClient(emu.control_url) as client,
        ):
            hurts = await asyncio.gather(
                *(hurt_latency(client, 7500 + i) for i in range(3 if args.quick else 6))
            )
        print(
            f"  the pain question after 'It hurts': median {statistics.median(hurts):.2f} s, "
            f"max {max(hurts):.2f} s"
        )
        ok &= max(hurts) < 1.2
    print(f"  bot log warnings/errors: {logs.warnings}/{logs.errors}")
    print("  targets: " + ("all met" if ok else "MISSED"))
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.faults", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer sessions")
    return asyncio.run(run(parser.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
