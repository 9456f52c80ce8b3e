"""One real 30 s Hold countdown at TIME_SCALE=1, through the real bot and the emulator with
its rate limits on (DESIGN.md section 7).

Run from the repository root: ``python -m benchmarks.countdown``. About two minutes.

A simulated user goes through onboarding and the pre-session check with buttons, exactly as
a person would; at the READY screen the stored session's hold length is set to 30 s (the
only thing not done through the chat: the standard plan holds 20 s), then "Start now" runs
the real `SessionRunner` countdown: set-up 5 s, hold right 30 s, switch 10 s, hold left 30 s.

Figures, read from the emulator's record of every send and edit (its clock is POSIX time, the
same clock as the session's deadlines):

* edits per second in the chat: the most sends+edits in any 0.95 s window (target: at most 1;
  the limiter spaces them 1.0 s apart, and arrival jitter at the emulator is a few tens of ms);
* 429 answers and "message is not modified" answers during the countdown (target: 0);
* each block's final frame (the edit that shows the next block, or 0 s at the end) and its
  lateness against the block's deadline (target: at most 1 s);
* how stale each countdown frame was: arrival minus the moment its number first applied
  (target: at most 2.1 s, one rate-limit interval and one number).

These are the latency bounds the end-to-end tests do not assert (they run at a small rate
scale on a shared machine): the tests check that no frame is early and every number is true.

Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.common import (
    analyse_blocks,
    bench_settings,
    block_titles,
    buttons,
    chat_events,
    emulator_process,
    machine_note,
    max_in_window,
    percentile,
    quiet_logging,
    record_blocks,
    running_bot,
)
from coach.session.machine import Phase, SessionState
from coach.session.workout import Prefs
from playground.client import ChatMessage, EmulatorClient, SimUser
from store import sessions
from store.db import transaction

USER_ID = 5001
HOLD_SECONDS = 30
ARRIVAL_JITTER = 0.05  # seconds
MAX_STALENESS = 2.1  # seconds: one rate-limit interval (1 s) and one number (1 s), with slack


async def press_matching(user: SimUser, pattern: str, within: float = 20.0) -> ChatMessage:
    """Waits for a fresh bot message with a button whose data matches, and presses it."""
    wanted = re.compile(pattern)
    message = await user.wait_for(lambda m: any(wanted.search(d) for d in buttons(m)), within)
    data = next(d for d in buttons(message) if wanted.search(d))
    await user.press(message, data)
    return message


def set_hold_seconds(app: Any, user_id: int, seconds: int) -> SessionState:
    with transaction(app.bot_data.engine) as db:
        row = sessions.active(db, user_id)
        assert row is not None and row.state is not None, "no active session"
        state = SessionState.from_json(row.state)
        assert state.phase is Phase.READY, state.phase
        state = replace(state, prefs=Prefs(hold_seconds=seconds, reps=state.prefs.reps))
        row.state = state.to_json()
    return state


def final_state(app: Any, row_id: int) -> SessionState:
    with transaction(app.bot_data.engine) as db:
        row = sessions.get(db, row_id)
        assert row is not None and row.state is not None
        return SessionState.from_json(row.state)


async def run(args: argparse.Namespace) -> int:
    logs = quiet_logging()
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        settings = bench_settings(Path(tmp) / "coach.sqlite3", time_scale=1.0)
        async with (
            emulator_process(rate_limits=True) as emu,
            running_bot(settings, emu) as app,
            EmulatorClient(emu.control_url) as client,
        ):
            runs = record_blocks(app)
            user = client.user(USER_ID, "Alex")
            await user.send("/start")
            for step in ("a:y", "none", "none", "p:2", "st:hold", "go"):  # onboarding
                await press_matching(user, rf"^o1:[^:]+:{step}$")
            for step in ("none", "none", "p:2"):  # the pre-session check
                await press_matching(user, rf"^s1:[^:]+:{step}$")
            start = re.compile(r"^s1:[^:]+:go$")
            ready = await user.wait_for(lambda m: any(start.search(d) for d in buttons(m)))
            state = set_hold_seconds(app, USER_ID, args.hold)
            before = await client.counters()
            started = time.time()
            await user.press(ready, next(d for d in buttons(ready) if start.search(d)))
            total = sum(b.seconds for b in state.plan) * state.time_scale
            # the pain-after question ends the countdown; answer it to finish the session
            await press_matching(user, r"^s1:[^:]+:p:2$", within=total + 30)
            await user.wait_for_text("s")  # the summary (any fresh message)
            wall = time.time() - started
            after = await client.counters()
            messages = await user.transcript()
            row_id = runs[0].row_id
            ended = final_state(app, row_id)
    events = [e for e in chat_events(messages) if e.at >= started]
    titles = block_titles(ended)
    figures = analyse_blocks(runs, titles, events)
    too_many = after.too_many_requests - before.too_many_requests
    not_modified = after.not_modified - before.not_modified
    # The limiter starts one chat's messages 1.0 s apart; they reach the emulator with a few
    # tens of ms of jitter, so the window allows ARRIVAL_JITTER (the shortest gap is printed).
    per_second = max_in_window([e.at for e in events], 1.0 - ARRIVAL_JITTER)
    gaps = [b.at - a.at for a, b in itertools.pairwise(events)]

    print(f"Countdown benchmark ({machine_note()}), TIME_SCALE=1, emulator rate limits on")
    plan = ", ".join(f"{t} {b.seconds:g} s" for t, b in zip(titles, ended.plan, strict=True))
    print(f"  plan: {plan}")
    print(f"  wall time from Start to the summary: {wall:.1f} s (plan {total:g} s)")
    print(f"  sends+edits in the chat during the countdown: {len(events)}")
    print(f"  max sends+edits in any {1.0 - ARRIVAL_JITTER:g} s window (one chat): {per_second}")
    print(f"  shortest gap between two of them: {min(gaps, default=float('nan')):.3f} s")
    print(f"  429 answers: {too_many}")
    print(f"  'message is not modified' answers: {not_modified}")
    print(f"  bot log warnings/errors: {logs.warnings}/{logs.errors}")
    for f in figures:
        stale = (
            f"frame staleness p50 {percentile(f.staleness, 0.5):.3f} s, "
            f"max {max(f.staleness):.3f} s"
            if f.staleness
            else "no countdown frames"
        )
        print(
            f"  block {f.index} {f.title!r} ({f.seconds:g} s): {f.frames} frames "
            f"({f.frames / f.seconds:.2f}/s), final frame {f.final_lateness:+.3f} s "
            f"vs deadline; {stale}"
        )
        if args.verbose:
            print(f"    numbers shown: {f.numbers}")
    if args.verbose:
        base = runs[0].started_at
        print("  timeline (s from Start; deadlines marked):")
        marks = sorted((r.deadline - base, f"deadline of block {r.index}") for r in runs)
        lines = [(e.at - base, f"{e.message_id}: {e.text.splitlines()[:2]}") for e in events]
        for at, what in sorted(marks + lines):
            print(f"    {at:7.3f} {what}")
    holds = [f for f in figures if "hold" in f.title.lower()]
    worst_hold = max((f.final_lateness for f in holds), default=float("inf"))
    worst = max((f.final_lateness for f in figures), default=float("inf"))
    print(f"  30 s hold final frames: worst {worst_hold:+.3f} s; all blocks worst {worst:+.3f} s")
    stalest = max((max(f.staleness) for f in figures if f.staleness), default=0.0)
    print(f"  stalest countdown frame: {stalest:.3f} s")
    ok = (
        per_second <= 1
        and too_many == 0
        and not_modified == 0
        and worst <= 1.0
        and stalest <= MAX_STALENESS
    )
    print("  targets: " + ("all met" if ok else "MISSED"))
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.countdown", description=__doc__)
    parser.add_argument("--hold", type=int, default=HOLD_SECONDS, help="hold seconds (15-30)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every frame's number")
    args = parser.parse_args(argv)
    return asyncio.run(asyncio.wait_for(run(args), timeout=300))


if __name__ == "__main__":
    sys.exit(main())
