"""Evaluate the question matcher on `benchmarks/question_eval_set.jsonl`.

Run from the repository root: ``python -m benchmarks.eval_questions``. Prints accuracy per
kind, every miss, answer latency (median and p99) and index build time; exits non-zero when a
target is missed on the main set:

* in scope: the top answer is the labelled topic, at least 90%, and at most 3% wrong (the rest
  a "Did you mean..." question; issue 13 replaced the earlier 95%-right target);
* out of scope: declined, at least 95%;
* red flags: routed to the safety reply, 100%.

Each line is ``{"q": ..., "kind": "in_scope" | "out_of_scope" | "red_flag", "topic": key or
null}``. Lines with a ``"set"`` field (``"fresh1"``...) are held-out checks: batches of 30
questions (fresh5: 40) written after the matcher was tuned, each run once before any further
change. They are reported separately and not gated, because later fixes were informed by
their misses. Their first-run figures (in scope / out of scope / red flags):

* fresh1: 14/20, 3/5, 5/5
* fresh2: 13/20, 4/5, 5/5
* fresh3: 15/20, 4/5, 4/5 (the miss, "knocked off my bike", led to wider trauma rules)
* fresh4: 18/20, 2/5, 5/5
* fresh5: 23/28, 7/8, 3/4 (written blind from the topic titles; the red-flag miss, "i cant
  really feel my bum when i wipe", a hedge word between "can't" and "feel", went to the lead
  as a triage issue)

The main set was written before tuning, but its misses were seen while adding phrasings and
synonyms, so it flatters the matcher: the first runs of the held-out batches (83/108 in scope,
20/28 declined, 22/24 red flags) are the honest estimate of accuracy on new wording.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from coach.questions.answers import AnswerIndex, Matcher
from content.questions import TOPICS

EVAL_SET = Path(__file__).with_name("question_eval_set.jsonl")
TARGETS = {"in_scope": 0.90, "out_of_scope": 0.95, "red_flag": 1.0}
# In scope, a "Did you mean..." (clarify) is neither right nor wrong; wrong answers (another
# topic, or a decline) must stay at or under this share (issue 13).
MAX_WRONG = 0.03
MAIN = "main"

Row = dict[str, str | None]


@dataclass
class KindResult:
    total: int = 0
    correct: int = 0
    clarified: int = 0  # a question back ("Did you mean..."): not counted as right
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def wrong_rate(self) -> float:
        wrong = self.total - self.correct - self.clarified
        return wrong / self.total if self.total else 0.0


@dataclass
class Report:
    results: dict[str, KindResult]
    latencies_ms: list[float]
    build_ms: float

    def passed(self) -> bool:
        return all(self.results[k].accuracy >= t for k, t in TARGETS.items()) and (
            self.results["in_scope"].wrong_rate <= MAX_WRONG
        )


def load(path: Path = EVAL_SET, subset: str | None = MAIN) -> list[Row]:
    """The rows of one subset (``"main"``, ``"fresh1"``...), or all rows for ``None``."""
    with path.open(encoding="utf-8") as f:
        rows: list[Row] = [json.loads(line) for line in f if line.strip()]
    if subset is None:
        return rows
    return [r for r in rows if (r.get("set") or MAIN) == subset]


def subsets(path: Path = EVAL_SET) -> list[str]:
    names = {str(r.get("set") or MAIN) for r in load(path, None)}
    return sorted(names - {MAIN})


def evaluate(rows: list[Row], matcher: Matcher | None = None) -> Report:
    start = time.perf_counter()
    if matcher is None:
        matcher = Matcher(AnswerIndex.build(TOPICS))
    build_ms = (time.perf_counter() - start) * 1000
    results = {kind: KindResult() for kind in TARGETS}
    latencies: list[float] = []
    for row in rows:
        question, kind, topic = str(row["q"]), str(row["kind"]), row.get("topic")
        start = time.perf_counter()
        got = matcher.answer(question)
        latencies.append((time.perf_counter() - start) * 1000)
        if kind == "in_scope":
            # "how do I use this bot" gets the command list itself (kind "help")
            ok = (got.kind == "topic" and got.topic == topic) or (
                got.kind == "help" and topic == "bot_commands"
            )
        elif kind == "out_of_scope":
            ok = got.kind == "decline"
        else:
            ok = got.kind == "safety"
        result = results[kind]
        result.total += 1
        if ok:
            result.correct += 1
        else:
            if got.kind == "clarify" and kind != "red_flag":
                result.clarified += 1
            shown = question if len(question) <= 90 else question[:87] + "..."
            result.misses.append(
                f"[{kind}] {shown!r}: expected {topic or kind}, got {got.kind}"
                f" {got.topic or ''} ({got.score:.2f})"
            )
    return Report(results, latencies, build_ms)


def _print_results(report: Report, gated: bool) -> None:
    for kind, result in report.results.items():
        target = TARGETS[kind]
        flag = ("ok" if result.accuracy >= target else "BELOW TARGET") if gated else ""
        print(
            f"  {kind:13} {result.correct:3}/{result.total:<3} {result.accuracy:6.1%}"
            + f"  clarify {result.clarified:2}"
            + (f"  (target {target:.0%}) {flag}" if gated else "")
        )


def _long_message_ms(matcher: Matcher) -> float:
    """The slowest of a few maximum-length messages (Telegram's 4,096-character limit), answered
    and triaged: the worst case a user can type."""
    from coach.questions.triage import triage

    filler = "so my back has been a bit stiff since the weekend and I was wondering "
    texts = [
        (filler * 60)[:3990] + " is it safe?",
        ("lorem ipsum dolor sit amet " * 160)[:3995] + " ouch",
        "twist " * 666,
    ]
    worst = 0.0
    for text in texts:
        started = time.perf_counter()
        matcher.answer(text)
        triage(text)
        worst = max(worst, time.perf_counter() - started)
    return worst * 1000


def main() -> int:
    report = evaluate(load())
    print("main set (gated):")
    _print_results(report, gated=True)
    misses = [m for r in report.results.values() for m in r.misses]
    if misses:
        print("\nMisses:")
        for miss in misses:
            print("  " + miss)

    matcher = Matcher(AnswerIndex.build(TOPICS))
    held_out: dict[str, KindResult] = defaultdict(KindResult)
    for name in subsets():
        sub = evaluate(load(subset=name), matcher)
        total = sum(r.total for r in sub.results.values())
        correct = sum(r.correct for r in sub.results.values())
        print(f"\nheld-out {name} (not gated): {correct}/{total}")
        _print_results(sub, gated=False)
        for kind, result in sub.results.items():
            held_out[kind].total += result.total
            held_out[kind].correct += result.correct
            held_out[kind].clarified += result.clarified
        for miss in (m for r in sub.results.values() for m in r.misses):
            print("    miss " + miss)
    if held_out:
        print("\nheld-out, all batches:")
        _print_results(Report(dict(held_out), [], 0.0), gated=False)

    latencies = sorted(report.latencies_ms)
    p99 = latencies[min(len(latencies) - 1, round(0.99 * (len(latencies) - 1)))]
    print(
        f"\nlatency (main set): median {statistics.median(latencies):.2f} ms, p99 {p99:.2f} ms,"
        f" max {latencies[-1]:.2f} ms over {len(latencies)} questions"
    )
    print(f"index build: {report.build_ms:.1f} ms ({len(TOPICS)} topics)")
    print(f"longest messages (4,000 characters): {_long_message_ms(matcher):.2f} ms each at worst")
    return 0 if report.passed() else 1


if __name__ == "__main__":
    sys.exit(main())
