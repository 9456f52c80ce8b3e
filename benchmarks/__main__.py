"""One command for every figure of issue 18's table: ``python -m benchmarks``.

Runs each benchmark in its own process, ours beside the baseline: the light runs (30 paced
countdowns, ours and the baseline's, and the voice-track pair: a few percent of a core each)
side by side, every heavy one alone (the machine is small). Prints one table with the ratios
and the physical bound (k phase ends due in one second cannot all go out sooner than k/30 s,
plus a second of slack: k/30 + 1 s). Then it writes the table, the machine and the command
between the markers of the "One command" section of ``BENCHMARKS.md`` (``--no-write``: it
does not).

Sizes: reduced by default (BENCHMARKS.md says how long the last run took); ``--full`` runs the
issue's sizes (300 countdowns at once, 1,000 over 10 s, 100,000 reminders for paid broadcast:
much longer); ``--smoke`` runs tiny sizes at a small TIME_SCALE to test the plumbing (its
figures mean nothing). Each step's own output goes to stderr as it runs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import ROOT

GLOBAL_RATE = 30.0  # Telegram: messages a second per bot
BEGIN, END = "<!-- python -m benchmarks: begin -->", "<!-- python -m benchmarks: end -->"


@dataclass(frozen=True)
class Sizes:
    name: str
    paced: int  # countdowns started 3 a second
    at_once: int  # ours, started together
    at_once_baseline: int  # the baseline, started together (its countdowns stretch for minutes)
    spread: int  # started over 10 s
    voice: int  # sessions for the with/without voice track runs
    reminders: int  # start-up
    overhead_users: int
    overhead_samples: int
    broadcast: int
    time_scale: float = 1.0
    plan: str = "5,20,10,20"


REDUCED = Sizes("reduced", 30, 150, 45, 300, 10, 50_000, 2_000, 300, 10_000)
FULL = Sizes("full", 30, 300, 300, 1_000, 15, 100_000, 10_000, 400, 100_000)
SMOKE = Sizes("smoke", 3, 4, 3, 6, 2, 1_000, 300, 40, 200, time_scale=0.1, plan="2,3,2,3")


@dataclass
class Row:
    measure: str
    ours: str
    baseline: str = "-"
    ratio: str = "-"
    bound: str = "-"


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def run_step(name: str, args: list[str], timeout: float = 1800, postgres: bool = False) -> str:
    """``python -m <args>``; its output echoed to stderr and returned ("" if it failed)."""
    return run_steps([(name, args)], timeout, postgres)[0]


# A throw-away PostgreSQL for one step (scripts/postgres.sh: started on a free loopback port,
# TEST_DATABASE_URL exported, stopped and removed when the step's shell exits).
WITH_POSTGRES = ["bash", "-c", 'source scripts/postgres.sh && postgres_start && "$@"', "bash"]


def run_steps(
    steps: list[tuple[str, list[str]]], timeout: float = 1800, postgres: bool = False
) -> list[str]:
    """Each ``(name, args)`` as ``python -m <args>``, all side by side (each its own process
    and emulator; only for light runs: a few countdowns at a few starts a second use a few
    percent of a core). Each output is echoed to stderr when its step ends and returned in
    order ("" for a step that timed out). ``postgres``: each step gets a throw-away server
    unless ``TEST_DATABASE_URL`` names one."""
    prefix = WITH_POSTGRES if postgres and not os.environ.get("TEST_DATABASE_URL") else []
    began = time.perf_counter()
    outputs = []
    with contextlib.ExitStack() as files:
        running = []
        for name, args in steps:
            print(f"\n=== {name}: python -m {' '.join(args)}", file=sys.stderr, flush=True)
            out, err = (files.enter_context(tempfile.TemporaryFile("w+")) for _ in range(2))
            command = [*prefix, sys.executable, "-m", *args]  # to files: a pipe could fill
            running.append((subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err), out, err))
        for (name, _), (process, out, err) in zip(steps, running, strict=True):
            try:
                process.wait(timeout=max(1.0, timeout - (time.perf_counter() - began)))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                print(f"=== {name}: timed out after {timeout:.0f} s", file=sys.stderr)
                outputs.append("")
                continue
            out.seek(0)
            err.seek(0)
            stdout = out.read()
            sys.stderr.write(stdout)
            sys.stderr.write("\n".join(err.read().splitlines()[-5:]) + "\n")
            print(
                f"=== {name}: exit {process.returncode}, {time.perf_counter() - began:.0f} s",
                file=sys.stderr,
                flush=True,
            )
            outputs.append(stdout)
    return outputs


def _find(pattern: str, text: str) -> tuple[float, ...] | None:
    found = re.search(pattern, text)
    return tuple(float(g) for g in found.groups()) if found else None


def last_json(text: str) -> dict[str, float] | None:
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            try:
                data = json.loads(line)
            except ValueError:
                return None
            return data if isinstance(data, dict) and "error" not in data else None
    return None


_LATE = (
    r"final-frame lateness vs deadline: "
    r"p50 ([-+\d.]+) s, p95 ([-+\d.]+) s, p99 [-+\d.]+ s, max ([-+\d.]+) s"
)
_BOUND = r"physical bound: .*\(target ([\d.]+) s\)"
_429 = r"429 answers: (\d+)"
_GAP = r"longest time a countdown showed one frame .*?max ([\d.]+) s"


def fmt3(values: tuple[float, ...] | None) -> str:
    return "n/a" if values is None else " / ".join(f"{v:.2f}" for v in values) + " s"


def ratio(baseline: float | None, ours: float | None, *, better: str = "better") -> str:
    """How many times better ours is (smaller is better): "25.3x better", or "2.0x worse"."""
    if not baseline or not ours or ours <= 0 or baseline <= 0:
        return "-"
    times = baseline / ours
    return f"{times:.1f}x {better}" if times >= 1 else f"{1 / times:.1f}x worse"


def countdown_rows(report: Report, label: str, ours: str, baseline: str) -> None:
    """The row of one countdown load from our step's output and the baseline's."""
    late = _find(_LATE, ours)
    bound = _find(_BOUND, ours)
    base_json = last_json(baseline)
    base_late = (
        None
        if base_json is None
        else (base_json["late_p50"], base_json["late_p95"], base_json["late_max"])
    )
    stretched = (
        f", stretched up to {base_json['stretch_max']:.1f}x"
        f", {int(base_json.get('failed_edits', 0))} edits failed"
        if base_json
        else ""
    )
    report.rows.append(
        Row(
            f"{label}: final frames late p50 / p95 / max",
            fmt3(late),
            fmt3(base_late) + stretched if base_late else "not available",
            ratio(base_late[2] if base_late else None, late[2] if late else None),
            f"{bound[0]:.1f} s" if bound else "-",
        )
    )
    if (n429 := _find(_429, ours)) is not None:
        report.notes.append(f"{label}: 429 answers (ours) {int(n429[0])}")


_SERVED = (
    r"voice track {}: sessions served per minute [\d.]+ .*?messages per session ([\d.]+); "
    r"capacity at \d+ messages/s: ([\d.]+) sessions/minute"
)


def run_all(sizes: Sizes) -> Report:
    report = Report()
    scale = ["--time-scale", str(sizes.time_scale)]
    load = ["benchmarks.sessions_load", *scale]
    base = ["benchmarks.baselines", "countdowns", "--plan", sizes.plan]
    paced = f"{sizes.paced} countdowns started 3 a second"
    voiced = [*load, "--sessions", str(sizes.voice), "--start-rate", "3", "--voice"]
    label = f"{sizes.at_once} countdowns started at once"
    if sizes.at_once_baseline != sizes.at_once:
        label += f" (baseline: {sizes.at_once_baseline})"
    # The light runs side by side (a few percent of a core each: the baseline's countdowns
    # started together wait on 429s most of the time); the heavy ones alone.
    ours_paced, base_paced, voice_off, voice_on, base_at_once = run_steps(
        [
            (f"ours, {paced}", [*load, "--sessions", str(sizes.paced), "--start-rate", "3"]),
            (f"baseline, {paced}", [*base, "--sessions", str(sizes.paced), "--start-rate", "3"]),
            (f"ours, {sizes.voice} sessions without the voice track", [*voiced, "off"]),
            (f"ours, {sizes.voice} sessions with the voice track", [*voiced, "on"]),
            (
                f"baseline, {label}",
                [*base, "--sessions", str(sizes.at_once_baseline), "--start-rate", "1000"],
            ),
        ]
    )
    countdown_rows(report, paced, ours_paced, base_paced)
    countdown_rows(
        report,
        label,
        run_step(
            f"ours, {label}", [*load, "--sessions", str(sizes.at_once), "--start-rate", "1000"]
        ),
        base_at_once,
    )
    spread = run_step(
        f"ours, {sizes.spread} started over 10 s",
        [*load, "--sessions", str(sizes.spread), "--start-rate", str(sizes.spread / 10)],
    )
    gap, n429 = _find(_GAP, spread), _find(_429, spread)
    report.rows.append(
        Row(
            f"{sizes.spread:,} countdowns started over 10 s: 429s, longest one frame shown",
            f"{int(n429[0]) if n429 else 'n/a'} x 429, {gap[0]:.1f} s" if gap else "n/a",
            bound="0 x 429, 10 s",
        )
    )
    # Few enough sessions that, without the track, frames go every second (at 30 they already
    # degrade to every 5 s, the track's own pace, and the two runs cost the same).
    off = _find(_SERVED.format("off"), voice_off)
    on = _find(_SERVED.format("on"), voice_on)
    if off and on:
        report.rows.append(
            Row(
                "sessions a minute at the ceiling: without / with the voice track",
                f"{off[1]:.0f} / {on[1]:.0f} per min ({off[0]:.1f} / {on[0]:.1f} messages each)",
                ratio=f"{on[1] / off[1]:.1f}x more with the track" if off[1] else "-",
            )
        )
    else:
        report.rows.append(Row("sessions a minute, without / with the voice track", "n/a"))
    startup = run_step(
        f"ours, start-up with {sizes.reminders:,} reminders",
        ["benchmarks.startup", "--users", str(sizes.reminders), "--history", "0", "--runs", "1"],
    )
    ours_start = _find(r"median ([\d.]+) s\n", startup)
    base_start = last_json(
        run_step(
            f"baseline, start-up with {sizes.reminders:,} run_daily jobs",
            ["benchmarks.baselines", "startup", "--users", str(sizes.reminders)],
        )
    )
    report.rows.append(
        Row(
            f"start-up with {sizes.reminders:,} users with reminders",
            f"{ours_start[0]:.2f} s" if ours_start else "n/a",
            f"{base_start['startup']:.1f} s and {base_start['rss_mb']:.0f} MB"
            if base_start
            else "n/a",
            ratio(
                base_start["startup"] if base_start else None,
                ours_start[0] if ours_start else None,
                better="faster",
            ),
        )
    )
    overhead = run_step(
        "ours and bare PTB, /help, a typed question and new ones",
        [
            "benchmarks.overhead",
            "--users",
            str(sizes.overhead_users),
            "--samples",
            str(sizes.overhead_samples),
        ],
    )
    for what, ours_label, bare_label in (
        ("`/help`", r"ours, /help", r"bare PTB, /help"),
        ("a typed question", r"ours, typed question '[^']*'", r"bare PTB, same reply text"),
        (
            "new typed questions (each sent once)",
            r"ours, a new question at every step \(none asked before\)",
            r"bare PTB, the same texts",
        ),
    ):
        ours_v = _find(
            ours_label + r": median ([\d.]+) ms, p90 [\d.]+ ms, p99 ([\d.]+) ms", overhead
        )
        bare_v = _find(
            bare_label + r": median ([\d.]+) ms, p90 [\d.]+ ms, p99 ([\d.]+) ms", overhead
        )
        report.rows.append(
            Row(
                f"reply to {what}, median / p99",
                f"{ours_v[0]:.2f} / {ours_v[1]:.2f} ms" if ours_v else "n/a",
                f"bare PTB {bare_v[0]:.2f} / {bare_v[1]:.2f} ms" if bare_v else "n/a",
                f"{ours_v[0] / bare_v[0]:.2f}x / {ours_v[1] / bare_v[1]:.2f}x"
                if ours_v and bare_v
                else "-",
                "1.5x" if "typed" in what else "-",
            )
        )
    report.rows.append(broadcast_row(sizes))
    return report


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.1f} min"


def broadcast_row(sizes: Sizes) -> Row:
    """Paid broadcast (`benchmarks.broadcast`, written separately): run if present."""
    measure = f"paid broadcast: {sizes.broadcast:,} reminders, two workers"
    if importlib.util.find_spec("benchmarks.broadcast") is None:
        return Row(measure, "not available (benchmarks.broadcast is missing)")
    out = run_step(
        "paid broadcast",
        # due 15 s after seeding, not at the next whole minute: the wait is not measured
        [
            "benchmarks.broadcast",
            *("--reminders", str(sizes.broadcast), "--workers", "2", "--due-in", "15"),
        ],
        postgres=True,
    )
    counts = _find(r"total sent +([\d,]+)\s+lost +(\d+)\s+duplicated +(\d+)", out.replace(",", ""))
    took = _find(r"due time to last send +([\d.]+) s", out)
    rates = re.findall(r"worker \d+ +[\d,]+ sent at (\d+) msgs/s", out)
    if counts is None or took is None:
        return Row(measure, "failed: see its output")
    sent, lost, duplicated = (int(v) for v in counts)
    return Row(
        measure,
        f"{sent:,} sent {_duration(took[0])} after due ({sent / max(took[0], 1e-9):.0f}/s; "
        f"per worker {' + '.join(rates)}/s), {lost} lost, {duplicated} duplicated",
        f"at the free 30/s: {_duration(sizes.broadcast / 30)}",
        bound=f"{_duration(sizes.broadcast * 300 / 100_000)} (5 min per 100,000)",
    )


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores, {cpu}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )


def table(report: Report) -> list[str]:
    lines = [
        "| measure | this project | baseline | ratio | physical bound / target |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {r.measure} | {r.ours} | {r.baseline} | {r.ratio} | {r.bound} |" for r in report.rows
    ]
    return lines


def section(report: Report, sizes: Sizes, command: str, took: float) -> str:
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return "\n".join(
        [
            BEGIN,
            f"Measured {when} on {machine()}; sizes: {sizes.name}; the whole run took "
            f"{took / 60:.1f} min. Command:",
            "",
            "```bash",
            command,
            "```",
            "",
            *table(report),
            "",
            *(f"- {note}" for note in report.notes),
            END,
        ]
    )


def write_section(path: Path, text: str) -> None:
    """Replaces the marked section of ``path``, or appends it under its own heading."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if BEGIN in current and END in current:
        head, rest = current.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        path.write_text(head + text + tail, encoding="utf-8")
        return
    heading = (
        "\n## One command (issue 18)\n\n"
        "Every figure of issue 18's table in one run, ours beside the baseline (PTB's timerbot "
        "pattern with `AIORateLimiter`, one `run_daily` job per user, bare PTB), with the "
        "physical bound; written by `python -m benchmarks` between the markers below.\n\n"
    )
    path.write_text(current.rstrip("\n") + "\n" + heading + text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None, *, runner: Callable[[Sizes], Report] = run_all) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n\n")[0]
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--full", action="store_true", help="the issue's sizes (much longer)")
    size.add_argument("--smoke", action="store_true", help="tiny sizes: tests the plumbing")
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    parser.add_argument("--output", type=Path, default=Path(ROOT) / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    sizes = FULL if args.full else SMOKE if args.smoke else REDUCED
    began = time.perf_counter()
    report = runner(sizes)
    took = time.perf_counter() - began
    print(f"\nIssue 18's figures ({machine()}; sizes: {sizes.name}; {took / 60:.1f} min)")
    print("\n".join(table(report)))
    for note in report.notes:
        print(f"  {note}")
    if not args.no_write:
        command = "python -m benchmarks" + (
            " --full" if args.full else " --smoke" if args.smoke else ""
        )
        write_section(args.output, section(report, sizes, command, took))
        print(f"  written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
