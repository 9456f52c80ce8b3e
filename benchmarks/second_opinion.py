"""Would a small learned model catch the harmless messages the rules lock out at first sight?

Run from the repository root: ``python -m benchmarks.second_opinion`` (about ten seconds).

For each held-out batch with a first-sight file, a logistic regression over words, word pairs
and 4-character pieces (hashed with CRC-32, so runs agree) is trained on the red flags and
harmless messages of every OTHER batch, then asked about this batch's first-sight false alarms
(would it turn the lockout into the conditional question?) and its red flags (would it wrongly
do the same?). The result is recorded in BENCHMARKS.md ("A learned second opinion, tried and
rejected"): the model is not in the product.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

EVAL_DIR = Path(__file__).with_name("eval")
DIM = 2**18
THRESHOLDS = (0.9, 0.95, 0.98, 0.99)
_FALSE_ALARM = re.compile(r"^  false_alarm +\[harmless_alarming\] (['\"])(.*?)(?:\.\.\.)?\1 ->")


def features(text: str) -> list[int]:
    plain = re.sub(r"[^a-z0-9' ]+", " ", text.lower())
    words = plain.split()
    found = {"w:" + w for w in words} | {f"b:{a}_{b}" for a, b in itertools.pairwise(words)}
    padded = f" {plain} "
    found |= {"c:" + padded[i : i + 4] for i in range(len(padded) - 3)}
    return [zlib.crc32(f.encode()) % DIM for f in found]  # stable from run to run


def train(rows: list[tuple[str, int]], epochs: int = 30) -> Callable[[str], float]:
    """P(harmless) by stochastic gradient descent (L2-regularised logistic regression)."""
    xs = [features(q) for q, _ in rows]
    weights, bias = np.zeros(DIM), 0.0
    order = list(range(len(rows)))
    for _ in range(epochs):
        random.shuffle(order)
        for i in order:
            x, label = xs[i], rows[i][1]
            p = 1 / (1 + math.exp(-(bias + weights[x].sum())))
            gradient = p - label
            weights[x] -= 0.5 * (gradient / math.sqrt(max(1, len(x))) + 1e-4 * weights[x])
            bias -= 0.05 * gradient

    def harmless(text: str) -> float:
        return 1 / (1 + math.exp(-(bias + weights[features(text)].sum())))

    return harmless


def main() -> int:
    random.seed(0)
    batches = {p.stem: [json.loads(line) for line in p.open()] for p in EVAL_DIR.glob("*.jsonl")}
    results: dict[float, list[int]] = {t: [0, 0] for t in THRESHOLDS}
    alarms = reds = 0
    for name, rows in sorted(batches.items()):
        sight = EVAL_DIR / f"{name}.first-sight.txt"
        if not sight.exists():
            continue
        starts = [m.group(2)[:60] for line in sight.open() if (m := _FALSE_ALARM.match(line))]
        others = [r for n, rs in batches.items() if n != name for r in rs]
        labelled = [(str(r["q"]), int(r["kind"] == "harmless_alarming")) for r in others]
        model = train([row for row, r in zip(labelled, others, strict=True) if _kind(r)])
        false_alarms = [
            str(r["q"])
            for r in rows
            if r["kind"] == "harmless_alarming" and str(r["q"]).startswith(tuple(starts))
        ]
        red = [str(r["q"]) for r in rows if r["kind"] == "red_flag"]
        alarms, reds = alarms + len(false_alarms), reds + len(red)
        for threshold in THRESHOLDS:
            results[threshold][0] += sum(model(q) > threshold for q in false_alarms)
            results[threshold][1] += sum(model(q) > threshold for q in red)
    print(f"first-sight false alarms {alarms}, red flags {reds} (each batch held out in turn)")
    for threshold, (asked, red_asked) in results.items():
        print(
            f"  vote > {threshold}: false alarms asked instead {asked}, red flags asked {red_asked}"
        )
    return 0


def _kind(row: dict[str, object]) -> bool:
    return row["kind"] in ("harmless_alarming", "red_flag")


if __name__ == "__main__":
    sys.exit(main())
