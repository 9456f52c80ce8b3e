"""Evaluate free-text understanding on the held-out batches in `benchmarks/eval/*.jsonl`.

Run from the repository root: ``python -m benchmarks.eval_understanding [batch ...]`` (a batch
is a file name without ``.jsonl``; default: every batch). Each line is ``{"set", "kind", "q",
"topic"}`` where ``kind`` is the class (``red_flag``, ``harmless_alarming``, ``in_scope``,
``out_of_scope``, ``help``) and ``topic`` the list of acceptable topic keys (``in_scope`` only).

Every message is answered by `coach.questions.answers.answer`, the same decision the chat and
``python bot.py ask`` use, and sorted into one outcome per class:

* **right**: red flag -> the unconditional safety reply; harmless -> no safety reply at all
  (answered, declined, or a "Did you mean..." between topics); in scope -> one of the
  labelled topics; out of scope -> declined; help -> how to use the bot (the command list);
* **clarify**: a question back ("Did you mean...", or the conditional safety question; for
  the harmless class only the latter);
* **wrong**: another topic, a decline of an on-topic question, an answer to an off-topic one;
* **false alarm**: an unconditional safety reply (lockout) to anything that is not a red flag;
* **missed red flag**: a red flag answered without any safety reply.

The batches are held out: each is written before it is first run, and its first-sight figures
are recorded in BENCHMARKS.md before any change it prompts. The script also prints the median
and p99 reply time (triage plus matching) over every message, the median of each class and of
the mixed held-out batches alone (the red-team sets, red flags only and the slowest class, make
up about half of all messages), and the time of the longest
messages Telegram lets through (4,096 characters), built from the batches' own messages: each
message repeated, and each batch's messages one after another. The answer runs on the event
loop, so the slowest of these holds every chat for that long.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import chain
from pathlib import Path

from coach.questions import learned
from coach.questions.answers import answer, default_matcher
from coach.questions.patterns import compile_all
from coach.questions.triage import compile_rules

EVAL_DIR = Path(__file__).with_name("eval")
CLASSES = ("red_flag", "harmless_alarming", "in_scope", "out_of_scope", "help")
OUTCOMES = ("right", "clarify", "wrong", "false_alarm", "missed_red_flag")
CLARIFY_KINDS = frozenset({"clarify", "safety_ask"})
# The batches that mix every class (25 red flags, 60 harmless, 50 in scope, 20 out of scope, 5
# help each); the others are red-team sets of red flags only, which weigh the whole median
# toward the slowest class.
MIXED = "heldout_h"


def outcome(kind: str, labels: list[str], got_kind: str, got_topic: str | None) -> str:
    """The outcome of one reply (see the module docstring)."""
    if kind == "red_flag":
        if got_kind == "safety":
            return "right"
        return "clarify" if got_kind == "safety_ask" else "missed_red_flag"
    if got_kind == "safety":
        return "false_alarm"
    if kind == "harmless_alarming":  # the class measures safety: any other reply is right
        return "clarify" if got_kind == "safety_ask" else "right"
    if got_kind in CLARIFY_KINDS:
        return "clarify"
    if kind == "in_scope":
        return "right" if got_kind == "topic" and got_topic in labels else "wrong"
    if kind == "out_of_scope":
        return "right" if got_kind == "decline" else "wrong"
    # help: the command list, either as its own kind or the bank's "how to use the bot"
    return "right" if got_kind == "help" or got_topic == "bot_commands" else "wrong"


def load(name: str) -> list[dict[str, object]]:
    with (EVAL_DIR / f"{name}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def batches() -> list[str]:
    return sorted(p.stem for p in EVAL_DIR.glob("*.jsonl"))


def run(names: list[str], verbose: bool = True) -> dict[str, Counter[str]]:
    default_matcher()  # build the index before timing
    # and compile every pattern, as the bot does a few seconds after start-up
    # (`handlers.questions.startup`): the times are of its steady state, not of first uses
    learned.reader()
    for _ in chain(compile_rules(), compile_all()):
        pass
    table: dict[str, Counter[str]] = defaultdict(Counter)
    latencies: list[float] = []
    by_class: dict[str, list[float]] = defaultdict(list)
    mixed: list[float] = []  # the held-out mixes' messages (`MIXED`)
    for name in names:
        for row in load(name):
            q, kind = str(row["q"]), str(row["kind"])
            raw = row.get("topic")
            labels = [str(t) for t in raw] if isinstance(raw, list) else []
            started = time.perf_counter()
            got = answer(q)
            took = (time.perf_counter() - started) * 1000
            latencies.append(took)
            by_class[kind].append(took)
            if name.startswith(MIXED):
                mixed.append(took)
            result = outcome(kind, labels, got.kind, got.topic)
            table[kind][result] += 1
            if verbose and result != "right":
                shown = q if len(q) <= 80 else q[:77] + "..."
                options = getattr(got, "options", ())
                print(
                    f"  {result:15} [{kind}] {shown!r} -> {got.kind} {got.topic or ''}"
                    f" {'/'.join(options) if options else ''} (want {'|'.join(labels) or '-'})"
                )
    print(f"\nbatches: {', '.join(names)}")
    print(f"  {'class':18}" + "".join(f"{o:>16}" for o in OUTCOMES) + f"{'total':>8}")
    for kind in CLASSES:
        counts = table.get(kind)
        if not counts:
            continue
        total = sum(counts.values())
        print(f"  {kind:18}" + "".join(f"{counts[o]:>16}" for o in OUTCOMES) + f"{total:>8}")
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    print(
        f"\nreply time: median {statistics.median(ordered):.2f} ms, p99 {p99:.2f} ms,"
        f" max {ordered[-1]:.2f} ms over {len(ordered)} messages"
    )
    print(
        "  by class: "
        + ", ".join(
            f"{kind} {statistics.median(by_class[kind]):.2f}" for kind in CLASSES if by_class[kind]
        )
        + " ms (medians)"
    )
    if mixed:
        print(
            f"  the held-out mixes ({MIXED}*, each class as the outside check sends it):"
            f" median {statistics.median(mixed):.2f} ms over {len(mixed)} messages"
        )
    longest = sorted(_timed(answer, text) for text in long_messages(names))
    if longest:
        print(
            f"4,096-character messages: median {statistics.median(longest):.1f} ms,"
            f" max {longest[-1]:.1f} ms over {len(longest)} messages"
        )
    return table


TELEGRAM_MAX = 4096


def long_messages(names: list[str], repeated: int = 60) -> list[str]:
    """Messages of Telegram's full length: the first ``repeated`` messages of the batches, each
    said over and over, and each batch's messages one after another."""
    rows = [str(row["q"]) for name in names for row in load(name)]
    said_again = [((q + " ") * (TELEGRAM_MAX // (len(q) + 1) + 1))[:TELEGRAM_MAX] for q in rows]
    in_turn = [" ".join(str(row["q"]) for row in load(name))[:TELEGRAM_MAX] for name in names]
    return said_again[:repeated] + in_turn


def _timed(function: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    function(text)
    return (time.perf_counter() - started) * 1000


def main(argv: list[str]) -> int:
    names = argv or batches()
    run(names)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
