"""Rewrites the learned reader's everyday messages (`coach.questions.learned.EVERYDAY`) from the
tests.

Run from the repository root: ``python -m benchmarks.probe_wordings`` (about 40 s), then
``python -m coach.questions.learned`` to retrain. Every string of two or more words in
``tests/`` (the team's probe wordings, and some other strings: they do no harm as examples of
what is not a red flag) is read by the product with the learned reader switched off; those the
rules do not lock out or ask about, and the bank answers or declines, are kept. Those the rules
lock out go to `LOCKOUTS` (fifteenth session: more red flags, told the way the team's probes
tell them). The reader's own tests are left out (their red flags are ones no rule reads).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from unittest.mock import patch

import coach.questions.answers as answers
import coach.questions.triage as triage_module
from coach.questions.learned import EVERYDAY, LOCKOUTS, enough_words
from coach.questions.triage import TriageLevel

TESTS = Path(__file__).resolve().parents[1] / "tests"
SKIPPED = {"test_learned.py"}  # red flags only the reader reads (the e2e story reuses them)


def strings(tests: Path = TESTS) -> set[str]:
    found: set[str] = set()
    for path in sorted(tests.rglob("*.py")):
        if path.name in SKIPPED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if (
                    len(text.split()) >= 2
                    and len(text) < 400
                    and "\n" not in text
                    and text.strip() == text
                    and re.search(r"[A-Za-z]{2}", text)
                    and not text.startswith(("/", "-", "tests/"))  # commands, paths, options
                ):
                    found.add(text)
    return found


# Lists of the tests named as harmless ("RT43_NOT_LOCKED_OUT", "SESSION15_H78_HARMLESS",
# "..._COUNTER"): a wording of theirs that the rules lock out is a false alarm the learned
# reader may turn into a question (`coach.questions.triage._told_as_harmless`), never a red flag
# to learn.
_HARMLESS_LIST = re.compile(r"NOT_LOCKED|HARMLESS|COUNTER|NO_LOCKOUT|NOT_ASKED|NOT_RED")


def harmless_listed(tests: Path = TESTS) -> set[str]:
    """The strings of the tests' lists named as harmless (`_HARMLESS_LIST`)."""
    found: set[str] = set()
    for path in sorted(tests.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                if node.value is not None and any(_HARMLESS_LIST.search(n) for n in names):
                    found |= {
                        c.value
                        for c in ast.walk(node.value)
                        if isinstance(c, ast.Constant) and isinstance(c.value, str)
                    }
    return found


def read_by_rules(texts: set[str]) -> tuple[list[str], list[str]]:
    """The texts the product answers or declines, and those it locks out, read by the rules
    alone (the learned reader switched off both ways)."""
    kept, locked = [], []
    with (
        patch.object(answers, "reads_red_flag", lambda text, sign_seen: False),
        patch.object(triage_module, "reads_harmless", lambda text: False),
    ):
        triage_module._triage_cached.cache_clear()
        for text in sorted(texts):
            found, got = answers.understand(text)
            if found.level is TriageLevel.NONE and got.kind not in ("safety", "safety_ask"):
                kept.append(text)
            elif not found.ambiguous and got.kind == "safety" and enough_words(text):
                locked.append(text)  # (a shorter message's lockout is never the reader's to ask)
    triage_module._triage_cached.cache_clear()
    return kept, locked


def main() -> int:
    kept, locked = read_by_rules(strings())
    harmless = harmless_listed()
    locked = [text for text in locked if text not in harmless]
    EVERYDAY.write_text("\n".join(kept) + "\n", encoding="utf-8")
    LOCKOUTS.write_text("\n".join(locked) + "\n", encoding="utf-8")
    print(f"{len(kept)} everyday messages -> {EVERYDAY}")
    print(f"{len(locked)} lockouts -> {LOCKOUTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
