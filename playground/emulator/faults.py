"""Fault injection: the emulator misbehaves on purpose, as a flaky network or Telegram would.

A rule says which calls it hits (the next ``times`` matching calls, or each matching call with
a ``probability`` drawn from its own seeded generator), optionally only for one method (or a
list of methods) and/or one chat, and what happens to them:

- ``500``: an internal server error before the call takes effect (nothing happens);
- ``429``: Too Many Requests with ``retry_after``, before effect;
- ``hang``: the response is held for ``seconds``, then the connection is reset; nothing happens;
- ``reset_before``: the connection is reset at once; nothing happens;
- ``reset_after``: the call takes effect, then the connection is reset with no answer;
- ``hang_after``: the call takes effect; its answer comes after ``seconds`` (never, if None);
- ``delay``: a slow trip to the server: the call is held ``seconds``, then handled as usual
  (it takes effect late, and its answer follows at once): network jitter between a client's
  pacing and the moment the server counts the message.

Without ``method`` a rule skips ``getUpdates``: the long poll is the bot's inbox, not one of
its calls (name it to fault it). Every injected fault is counted, by kind and in a log.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

BEFORE_EFFECT = frozenset({"500", "429", "hang", "reset_before"})
AFTER_EFFECT = frozenset({"reset_after", "hang_after"})
KINDS = BEFORE_EFFECT | AFTER_EFFECT | {"delay"}
INTERNAL_ERROR = "Internal Server Error"

Json = dict[str, Any]


class FaultError(ValueError):
    """A rule that makes no sense (the control API answers 400 with this text)."""


@dataclass
class FaultRule:
    id: int
    kind: str
    times: int | None = None  # calls left to hit; None: random, with ``probability``
    probability: float = 1.0
    seed: int | None = None
    methods: frozenset[str] | None = None  # lower case; None: any but getUpdates
    chat_id: int | None = None
    seconds: float | None = None  # hang: before the reset; hang_after: before the answer
    retry_after: int = 1
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def matches(self, method: str, chat_id: int | None) -> bool:
        if self.methods is None:
            if method == "getupdates":
                return False
        elif method not in self.methods:
            return False
        return self.chat_id is None or self.chat_id == chat_id

    def json(self) -> Json:
        return {
            "id": self.id,
            "kind": self.kind,
            "times": self.times,
            "probability": self.probability,
            "seed": self.seed,
            "method": sorted(self.methods) if self.methods is not None else None,
            "chat_id": self.chat_id,
            "seconds": self.seconds,
            "retry_after": self.retry_after,
        }


@dataclass(frozen=True)
class Injected:
    kind: str
    method: str
    chat_id: int | None
    rule: int
    seconds: float | None
    retry_after: int
    at: float  # the emulator's clock when it was injected


class Faults:
    """The active rules, consulted once per Bot API call, and what they injected."""

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []
        self.injected: Counter[str] = Counter()
        self.log: list[Injected] = []
        self._next_id = 1

    def add(self, body: Json) -> FaultRule:
        """A rule from the control API's JSON (see the module docstring)."""
        kind = str(body.get("kind", ""))
        if kind not in KINDS:
            raise FaultError(f"kind must be one of {sorted(KINDS)}")
        times = _opt_int(body.get("times"), "times")
        probability = _opt_float(body.get("probability"), "probability")
        if times is None and probability is None:
            times = 1
        if times is not None and probability is not None:
            raise FaultError("give times or probability, not both")
        if times is not None and times < 1:
            raise FaultError("times must be at least 1")
        if probability is not None and not 0 <= probability <= 1:
            raise FaultError("probability must be between 0 and 1")
        seed = _opt_int(body.get("seed"), "seed")
        method = body.get("method")
        names = [method] if isinstance(method, str) else method
        if method is not None and (
            not isinstance(names, list)
            or not names
            or not all(isinstance(n, str) and n for n in names)
        ):
            raise FaultError("method must be a method name or a list of them")
        seconds = _opt_float(body.get("seconds"), "seconds")
        if seconds is not None and seconds < 0:
            raise FaultError("seconds must not be negative")
        if kind == "hang" and seconds is None:
            raise FaultError("a hang needs seconds (how long before the reset)")
        if kind == "delay" and seconds is None:
            raise FaultError("a delay needs seconds (how long the call is held)")
        retry_after = _opt_int(body.get("retry_after"), "retry_after")
        if retry_after is not None and retry_after < 1:
            raise FaultError("retry_after must be at least 1")
        rule = FaultRule(
            id=self._next_id,
            kind=kind,
            times=times,
            probability=1.0 if probability is None else probability,
            seed=seed,
            methods=frozenset(n.lower() for n in names) if isinstance(names, list) else None,
            chat_id=_opt_int(body.get("chat_id"), "chat_id"),
            seconds=seconds,
            retry_after=retry_after or 1,
            rng=random.Random(seed),
        )
        self._next_id += 1
        self.rules.append(rule)
        return rule

    def clear(self) -> None:
        self.rules.clear()

    def reset_counts(self) -> None:
        self.injected.clear()
        self.log.clear()

    def pick(self, method: str, chat_id: int | None, now: float) -> Injected | None:
        """The fault for this call, if any rule hits it (the first rule that does wins)."""
        name = method.lower()
        for rule in self.rules:
            if not rule.matches(name, chat_id):
                continue
            if rule.times is None:
                if rule.rng.random() >= rule.probability:
                    continue
            else:
                rule.times -= 1
                if rule.times == 0:
                    self.rules.remove(rule)
            fault = Injected(
                rule.kind, method, chat_id, rule.id, rule.seconds, rule.retry_after, now
            )
            self.injected[rule.kind] += 1
            self.log.append(fault)
            return fault
        return None

    def json(self) -> Json:
        return {
            "rules": [rule.json() for rule in self.rules],
            "injected": dict(self.injected),
            "log": [
                {
                    "kind": f.kind,
                    "method": f.method,
                    "chat_id": f.chat_id,
                    "rule": f.rule,
                    "at": f.at,
                }
                for f in self.log
            ],
        }


def _opt_int(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise FaultError(f"{name} must be an integer")
    try:
        return int(value)
    except ValueError:
        raise FaultError(f"{name} must be an integer") from None


def _opt_float(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise FaultError(f"{name} must be a number")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise FaultError(f"{name} must be a number") from None
