"""How the learned reader (`coach.questions.learned`) would have done on each blind batch, trained
only on the batches written before it.

Run from the repository root: ``python -m benchmarks.learned_reader`` (about four minutes; it
trains one model per batch). The batches are put in the order git first saw them. For every
batch with a first-sight file (``benchmarks/eval/*.first-sight.txt``: what the code of its day
did), a model trained on the earlier batches only scores its messages, and the script counts:

* **catches**: the red flags that got no safety reply at all at first sight, scored at the
  reader's threshold or more (they would have got the net's question where no rule found a
  sign; where one had and weighed it harmless, only at `ASK_OVER_RULES`: which was which cannot
  be told now, since today's rules have since learned those very messages);
* **extra questions**: the other messages, answered or declined at first sight, scored that
  high (each would have cost its writer one tap);
* **the other direction**: the first-sight false alarms scored under `ASK_UNDER` (and a
  looser vote), and the red flags today's rules lock out that scored that low: what turning a
  rule's lockout into a question buys and costs (rejected in the third session, taken in the
  fifteenth at `ASK_UNDER`: BENCHMARKS.md, "The other direction, taken").

The models learn, besides the batches before each, half of the team's probe wordings of each
kind (`everyday` and `lockouts`, by CRC-32); the other halves are held out and scored at the end
by a model of every batch.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path
from unittest.mock import patch

import coach.questions.triage as triage_module
from coach.questions.learned import (
    ASK_AT,
    ASK_OVER_RULES,
    ASK_UNDER,
    EVAL_DIR,
    Reader,
    bank,
    enough_words,
    everyday,
    lockouts,
    train,
    training_rows,
)
from coach.questions.triage import TriageLevel, sees_sign, signed_parts

_LINE = re.compile(r"^\s+(\w+)\s+\[(\w+)\] (['\"])(.*?)(?:\.\.\.)?\3 -> (\S+)")
LOW_VOTES = (ASK_UNDER, 0.001)


def batches_in_order() -> list[Path]:
    """The batches by the time of the commit that added each (oldest first)."""
    added = {}
    for path in EVAL_DIR.glob("*.jsonl"):
        stamp = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=%at", "--", str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        added[path] = int(stamp[-1]) if stamp else sys.maxsize
    return sorted(added, key=lambda p: (added[p], p.name))


def first_sight(path: Path) -> dict[str, tuple[str, str]] | None:
    """Message start (as the file shows it) -> (outcome, reply kind), for the messages the
    first sight did not get right."""
    sight = path.with_name(path.stem + ".first-sight.txt")
    if not sight.exists():
        return None
    found = {}
    for line in sight.read_text(encoding="utf-8").splitlines():
        if m := _LINE.match(line):
            found[m.group(4)[:70]] = (m.group(1), m.group(5))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="start", type=int, default=4, help="first batch (index)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each message counted")
    args = parser.parse_args()
    order = batches_in_order()
    rows = {p: [json.loads(line) for line in p.read_text().splitlines() if line] for p in order}
    counts: Counter[str] = Counter()
    # the team's probe wordings: half to train on, half held out (by CRC-32 of the text)
    kept = [t for t in everyday() if zlib.crc32(t.encode()) % 2 == 0]
    held = [t for t in everyday() if zlib.crc32(t.encode()) % 2 == 1]
    red_kept = [t for t in lockouts() if zlib.crc32(t.encode()) % 2 == 0]
    red_held = [t for t in lockouts() if zlib.crc32(t.encode()) % 2 == 1]
    for i, path in enumerate(order):
        sight = first_sight(path)
        if i < args.start or sight is None:
            continue
        model = train(training_rows(order[:i], kept + bank(), red_kept))
        for item in rows[path]:
            kind = item["kind"]
            long = enough_words(item["q"])
            score = model.score(item["q"]) if long else 0.0
            outcome, got = sight.get(item["q"][:70], ("right", ""))
            counts[f"{kind} messages"] += 1
            if kind == "red_flag":
                if outcome == "missed_red_flag":
                    counts["red flags missed at first sight"] += 1
                    counts["  of which the reader asks"] += score >= ASK_AT
                    if args.verbose and score < ASK_AT:
                        print(f"  still missed {score:.3f} {item['q'][:120]}")
                if _rules_lock_out(item["q"]):
                    counts["red flags today's rules lock out"] += 1
                    for vote in LOW_VOTES:  # (a shorter message is never the reader's to ask)
                        low = long and score < vote and not _red_part(model, item["q"])
                        counts[f"  of which scored under {vote}: asked instead"] += low
                        if args.verbose and score < vote == ASK_UNDER:
                            print(f"  red flag asked {score:.6f} {item['q'][:120]}")
            elif outcome == "false_alarm":
                counts["first-sight false alarms"] += 1
                for vote in LOW_VOTES:
                    low = long and score < vote and not _red_part(model, item["q"])
                    counts[f"  of which scored under {vote}: asked, not locked out"] += low
            elif got not in ("safety", "safety_ask") and score >= ASK_AT:
                counts[f"extra questions: {kind}"] += 1
                if args.verbose:
                    print(f"  extra question {kind} {score:.3f} {item['q'][:120]}")
        print(f"{path.name}: trained on {sum(len(rows[p]) for p in order[:i])}", flush=True)
    model = train(training_rows(order, kept + bank(), red_kept))
    # the product's gate, with today's rules (these are the tests' wordings, not the batches')
    seen = [t for t in held if sees_sign(t)]
    unseen = [t for t in held if not sees_sign(t)]
    asked = [t for t in unseen if enough_words(t) and model.score(t) >= ASK_AT]
    asked_over = [t for t in seen if enough_words(t) and model.score(t) >= ASK_OVER_RULES]
    counts["held-out probe wordings the rules answer or decline, no sign found"] = len(unseen)
    counts["  of which the reader asks (a model of every batch)"] = len(asked)
    counts["held-out probe wordings where a rule weighs a sign harmless"] = len(seen)
    counts[f"  of which the reader overrules at {ASK_OVER_RULES}"] = len(asked_over)
    asked += asked_over
    red_low = [
        t
        for t in red_held
        if enough_words(t) and model.score(t) < ASK_UNDER and not _red_part(model, t)
    ]
    counts["held-out probe wordings the rules lock out"] = len(red_held)
    counts[f"  of which scored under {ASK_UNDER} (asked instead)"] = len(red_low)
    if args.verbose:
        print("\n".join(f"  held-out lockout asked: {t[:120]}" for t in red_low))
    if args.verbose:
        print("\n".join(f"  held-out probe asked: {t[:120]}" for t in asked))
    print(f"\nthe reader asks at {ASK_AT}; each batch scored by a model of the batches before it")
    for key in counts:  # in the order first counted: each "of which" under its total
        print(f"  {key}: {counts[key]}")
    return 0


def _red_part(model: Reader, text: str) -> bool:
    """The product's guard (`coach.questions.triage._told_as_harmless`): the parts of ``text``
    that carry a sign, read alone by ``model``, score as a red flag."""
    signed = signed_parts(text)
    return bool(signed) and model.score(signed) >= ASK_AT


def _rules_lock_out(text: str) -> bool:
    """Whether today's rules alone lock ``text`` out (the learned reader's question aside)."""
    with patch.object(triage_module, "reads_harmless", lambda text: False):
        found = triage_module._triaged(text)
    return found.level is not TriageLevel.NONE and not found.ambiguous


if __name__ == "__main__":
    sys.exit(main())
