"""A learned second reader for red flags: it only ever adds a question, never a lockout and
never an answer; where it reads a rule's lockout as harmless talk, the lockout becomes that
question.

Why: the rules (`coach.questions.triage`) and the rule-based net (`coach.questions.unsure`)
read the wordings seen so far. Every blind red-team batch brought new ones that reached no rule
("a bit came out when I bent down", "one shoe scuffed at the toe, turns out I'm dragging it",
"scales said 75 in spring and 68 this morning"): at first sight 287 of 4,785 red flags
(6.0%) got no safety reply at all, in the batches h5-h64 and rt1-rt28.

A logistic regression over the message's words, word pairs and triples and 3-5 character
pieces (hashed, so the model is one array of weights) reads how a red flag is told rather than
which words it uses. It learns from every red flag of the batches against everything else in
them, the question bank's own phrasings and out-of-scope examples, and the team's probe wordings
from the tests that the rules answer or decline (`EVERYDAY`: without those it learned how the
batches' harmless messages sound, and asked about "hello" and "is it ok every evening?").
Trained, for each batch, only on the batches written before it (and half of the probe
wordings), it asks about 218 of the 295 first-sight misses of h5-h71 and rt1-rt35, and about 7
of 3,840 harmless messages with alarming words and 2 of 3,200 questions about the move; of the
probe wordings held out, 29 of 1,864 (1.6%, mostly figures of speech such as "soaked my
trousers in the rain without noticing") where no rule finds a sign, and 5 of 962 where a rule
weighs one harmless. Command: ``python -m benchmarks.learned_reader``; BENCHMARKS.md, "A learned
second reader".

So when a message has at least `MIN_WORDS` words, no rule finds a red flag in it, and this
reader scores it at `ASK_AT` or more, the bot asks the net's question
(`coach.questions.unsure.UNSURE`: the signs listed, urgent ones first, Yes / Yes / No)
instead of answering; where a rule found a sign and weighed its context harmless, only at
`ASK_OVER_RULES` or more. Its harmless catches lose one tap.

It also turns a rule's lockout into the conditional question when it reads the message as told
the way harmless messages are (a score under `ASK_UNDER`; `coach.questions.triage.
_told_as_harmless`): never into an answer, and "Yes" locks out as before. The third session
tried that direction and rejected it (BENCHMARKS.md, "A learned second opinion, tried and
rejected": the model of its day read a red flag hidden in a long chatty message as harmless).
The fifteenth took it at a far lower vote, with the team's probe wordings that the rules lock
out learned as red flags too (`LOCKOUTS`), after 78 rounds in which the rules alone locked out
5-17% of each blind batch's harmless messages at first sight. Never where the parts of the
message that carry a sign, read alone, score `ASK_AT` or more (`reads_red_part`: a red flag
told in one sentence of a long cheerful message). On the 36 batches h60-h78 and rt23-rt42, each
scored by a model of the batches before it, 65 of their 102 first-sight false alarms would have
been asked instead, and 11 of the 2,589 red flags the rules lock out (0.4%), which get the
safety line conditionally and the question instead of the lockout (BENCHMARKS.md, "The other
direction, taken").

The weights are trained from those messages and committed beside this module: ``python -m
benchmarks.probe_wordings`` rewrites `EVERYDAY` and `LOCKOUTS` from the tests, ``python -m
coach.questions.learned`` retrains the weights (about 12 s), and a test fails when any of the
training messages has changed since (`fingerprint`). A new blind batch is run once at first
sight BEFORE the model is retrained on it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import random
import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from coach.text import normalise
from content.questions import OUT_OF_SCOPE_EXAMPLES, TOPICS

DIM = 1 << 18
# The score at or above which an answer becomes the net's question (chosen on the rolling
# back-test above, before the batch it was first used on was written).
ASK_AT = 0.5
# ...and where a rule found a sign and weighed it harmless (tenth session: rt30's first sight
# missed "a damp patch on my trousers, didn't even know it was happening" and a foot that
# "slaps down like a flipper" that way, while the reader scored them 0.995-1). Of the tests'
# probe wordings a rule weighs harmless, 8 of the 918 held out score this high.
ASK_OVER_RULES = 0.99
MIN_WORDS = 6
# The score under which a rule's lockout becomes the conditional question (fifteenth session,
# `coach.questions.triage._told_as_harmless`), chosen on the rolling back-test of the batches
# h60-h77 and rt23-rt41 before h78 and rt42 were run (see the module docstring).
ASK_UNDER = 1e-4
_HERE = Path(__file__).with_name("model")
WEIGHTS = _HERE / "red_flags.npy"
META = _HERE / "red_flags.json"
EVERYDAY = _HERE / "everyday.txt"
LOCKOUTS = _HERE / "lockouts.txt"
EVAL_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "eval"

_MASK = np.uint64(DIM - 1)
_MULT = np.uint64(0x9E3779B97F4A7C15)
_BASE = np.uint64(1_000_003)
_GRAM_SIZES = (3, 4, 5)


def _char_grams(normal: str) -> np.ndarray:
    """Hashes of every 3, 4 and 5 character piece of ``normal`` (spaces included, so a piece
    can join two words): a rolling polynomial, each size built on the one before."""
    data = np.frombuffer(f" {normal} ".encode(), dtype=np.uint8).astype(np.uint64)
    rolled = data
    found = []
    for size in range(2, _GRAM_SIZES[-1] + 1):
        if len(data) < size:
            break
        rolled = rolled[:-1] * _BASE + data[size - 1 :]
        if size in _GRAM_SIZES:
            found.append(((rolled + np.uint64(size)) * _MULT) >> np.uint64(40))
    if not found:
        return np.zeros(0, dtype=np.int64)
    return (np.concatenate(found) & _MASK).astype(np.int64)


def _word_grams(words: Sequence[str]) -> list[int]:
    pieces = list(words)
    pieces += [f"{a} {b}" for a, b in itertools.pairwise(words)]
    pieces += [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    return [zlib.crc32(f"w{piece}".encode()) & (DIM - 1) for piece in pieces]


def features(text: str) -> np.ndarray:
    """The distinct hashed features of a message (its normalised form's words, pairs, triples
    and character pieces)."""
    normal = normalise(text)
    grams = np.concatenate((_char_grams(normal), np.array(_word_grams(normal.split()), np.int64)))
    if not len(grams):
        return grams
    grams.sort()
    return grams[np.concatenate(([True], grams[1:] != grams[:-1]))]  # np.unique, 5x cheaper


class Reader:
    """Scores how much a message reads like a red flag, from 0 to 1."""

    def __init__(self, weights: np.ndarray, bias: float) -> None:
        self.weights = weights
        self.bias = bias

    def score(self, text: str) -> float:
        found = features(text)
        if not len(found):
            return 0.0
        z = float(self.weights[found].sum(dtype=np.float64)) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


# How many runs over different orders of the messages are averaged into the model. One run's
# reading of a wording no message resembles hangs on the order it met the messages in: one
# added training message moved "been going to the loo way less than normal even though i'm
# drinking loads, back's bad" from 1.0 to 0.001 (twelfth session; over seeds 0-3 alone, 0.001,
# 1.0, 0.039, 0.996). The mean of four runs scored it 0.92 and 0.97 (seeds 0-3, 4-7), and
# every training message still falls on its own side.
RUNS = 4


def train(rows: Iterable[tuple[str, bool]], epochs: int = 8, seed: int = 0) -> Reader:
    """Logistic regression by per-feature adaptive steps (AdaGrad), L2-regularised, averaged
    over `RUNS` runs with the orders of seeds ``seed`` to ``seed + RUNS - 1``; ``rows`` are
    (message, is a red flag). Deterministic for a given order of ``rows`` and ``seed``."""
    data = [(features(text), 1.0 if red else 0.0) for text, red in rows]
    runs = [_run(data, epochs, seed + run) for run in range(RUNS)]
    weights = np.mean([w for w, _ in runs], axis=0)
    return Reader(weights.astype(np.float32), float(np.mean([b for _, b in runs])))


def _run(data: list[tuple[np.ndarray, float]], epochs: int, seed: int) -> tuple[np.ndarray, float]:
    weights = np.zeros(DIM)
    squares = np.full(DIM, 1e-8)
    bias = 0.0
    order = list(range(len(data)))
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            found, label = data[i]
            z = float(weights[found].sum()) + bias
            p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
            step = (p - label) + 1e-6 * weights[found]
            squares[found] += step * step
            weights[found] -= 0.2 * step / np.sqrt(squares[found])
            bias -= 0.01 * (p - label)
    return weights, bias


def eval_files(directory: Path = EVAL_DIR) -> list[Path]:
    return sorted(directory.glob("*.jsonl"))


def everyday() -> list[str]:
    """More of what is not a red flag: the team's own probe wordings (`EVERYDAY`)."""
    return EVERYDAY.read_text(encoding="utf-8").splitlines()


def lockouts() -> list[str]:
    """More red flags: the team's probe wordings that the rules lock out (`LOCKOUTS`; without
    them, the reader learned the probes' harmless wordings only and read the red flags told in
    the same way, "what does the app say if I type that I had chest pain? because I do", as
    harmless)."""
    return LOCKOUTS.read_text(encoding="utf-8").splitlines()


def bank() -> list[str]:
    """The question bank's own phrasings and out-of-scope examples: not red flags either."""
    return [p for topic in TOPICS for p in topic.phrasings] + list(OUT_OF_SCOPE_EXAMPLES)


def training_rows(
    files: Iterable[Path], extra: Iterable[str], red: Iterable[str] = ()
) -> list[tuple[str, bool]]:
    """The batches' messages (a red flag or not), ``extra`` messages that are not, and ``red``
    messages that are."""
    return eval_rows(files) + [(text, False) for text in extra] + [(text, True) for text in red]


def product_rows() -> list[tuple[str, bool]]:
    """What the product's reader is trained on: every batch, the probe wordings and the bank."""
    return training_rows(eval_files(), everyday() + bank(), lockouts())


def eval_rows(files: Iterable[Path]) -> list[tuple[str, bool]]:
    rows = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                rows.append((item["q"], item["kind"] == "red_flag"))
    return rows


def fingerprint() -> str:
    """What the product's model was trained on (`product_rows`): the evaluation batches' names
    and contents, and the other messages."""
    digest = hashlib.sha256()
    for path in eval_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update("\n".join(everyday() + bank()).encode())
    digest.update(b"\0red\0" + "\n".join(lockouts()).encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def reader() -> Reader:
    meta = json.loads(META.read_text(encoding="utf-8"))
    return Reader(np.load(WEIGHTS), float(meta["bias"]))


def enough_words(text: str) -> bool:
    """A message of fewer than `MIN_WORDS` words gives the reader too little to go on ("still
    there?", "right now"): the rules read those alone."""
    return len(text.split(maxsplit=MIN_WORDS)) >= MIN_WORDS


def reads_red_flag(text: str, sign_seen: Callable[[str], bool]) -> bool:
    """The learned reader's vote: ask about this message. ``sign_seen``: whether a rule found
    a sign in it before weighing its context (asked only when the score calls for it). Where
    one did and its context was weighed harmless, the reader overrules that only when it is
    all but sure (`ASK_OVER_RULES`)."""
    if not enough_words(text):
        return False
    score = reader().score(text)
    return score >= ASK_AT and (score >= ASK_OVER_RULES or not sign_seen(text))


def reads_harmless(text: str) -> bool:
    """Whether this message of `MIN_WORDS` words or more reads as told the way harmless
    messages are (a score under `ASK_UNDER`): a rule's lockout of it becomes a question."""
    return enough_words(text) and reader().score(text) < ASK_UNDER


def reads_red_part(text: str) -> bool:
    """Whether the parts of a message that carry a sign, read alone, score as a red flag
    (`ASK_AT`): then the whole message's harmless air does not ask instead of locking out."""
    return reader().score(text) >= ASK_AT


def main() -> None:
    files, rows = eval_files(), product_rows()
    model = train(rows)
    _HERE.mkdir(exist_ok=True)
    np.save(WEIGHTS, model.weights)
    meta = {
        "bias": model.bias,
        "fingerprint": fingerprint(),
        "messages": len(rows),
        "red_flags": sum(red for _, red in rows),
        "batches": len(files),
    }
    META.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(rows)} messages from {len(files)} batches -> {WEIGHTS}")


if __name__ == "__main__":
    main()
