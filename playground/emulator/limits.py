"""Telegram's flood limits: per private chat, per group chat, and global for the bot.

Paid broadcast: a send with ``allow_paid_broadcast`` ignores the bot's free global limit
(about 30 a second) and is limited instead to ``paid_rate`` (Telegram: 1,000) a second for the
bot, each billed 0.1 Telegram Stars (Bot API reference, sendMessage); the per-chat and group
limits still apply. Such sends neither need nor use the free budget here. (Telegram's FAQ says
only the messages beyond the free 30 a second are billed: the emulator bills every one, an
upper bound.)"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

# Methods that send or change messages count; everything else (answerCallbackQuery,
# sendChatAction, getUpdates, deleteMessage, ...) is free.
FREE_METHODS = frozenset({"sendchataction"})


# Methods that take ``allow_paid_broadcast`` (every send, and copies); edits do not.
def takes_paid_broadcast(method: str) -> bool:
    name = method.lower()
    return is_limited(name) and name.startswith(("send", "copymessage"))


def is_limited(method: str) -> bool:
    """Whether a call of `method` (lower case) counts against the flood limits."""
    name = method.lower()
    if name in FREE_METHODS:
        return False
    return name.startswith(("send", "edit", "copymessage", "forwardmessage"))


@dataclass
class TokenBucket:
    capacity: float
    rate: float
    tokens: float
    updated: float

    def _refill(self, now: float) -> None:
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = max(self.updated, now)

    def wait(self, now: float) -> float:
        """Seconds until one token is available (0 when one is)."""
        self._refill(now)
        if self.tokens >= 1:
            return 0.0
        return (1 - self.tokens) / self.rate if self.rate > 0 else math.inf

    def take(self) -> None:
        self.tokens -= 1


class RollingWindow:
    """At most `limit` events in any `period` seconds."""

    def __init__(self, limit: int, period: float) -> None:
        self.limit = limit
        self.period = period
        self.times: deque[float] = deque()

    def wait(self, now: float) -> float:
        while self.times and self.times[0] <= now - self.period:
            self.times.popleft()
        if len(self.times) < self.limit:
            return 0.0
        return self.times[0] + self.period - now

    def take(self, now: float) -> None:
        self.times.append(now)


class FloodControl:
    """Checks and records one counted call; a rejected call consumes nothing."""

    def __init__(
        self,
        *,
        per_chat_rate: float,
        per_chat_burst: int,
        global_rate: float,
        group_per_minute: int,
        scale: float = 1.0,
        paid_rate: float = 1000.0,
    ) -> None:
        self.per_chat_rate = per_chat_rate
        self.per_chat_burst = per_chat_burst
        self.group_per_minute = group_per_minute
        self.global_bucket: TokenBucket | None = None
        self.global_rate = global_rate
        self.paid_rate = paid_rate
        self.paid_bucket: TokenBucket | None = None
        self.chats: dict[int, TokenBucket] = {}
        self.groups: dict[int, RollingWindow] = {}
        self.scale = scale

    def set_scale(self, scale: float) -> None:
        """Every interval and window times ``scale`` (0.1: ten times the rates), and each
        retry_after counted in scaled seconds; forgets what was recorded so far."""
        if scale <= 0:
            raise ValueError("scale must be positive")
        self.scale = scale
        self.reset()

    def reset(self) -> None:
        self.global_bucket = None
        self.paid_bucket = None
        self.chats.clear()
        self.groups.clear()

    def set_paid_rate(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError("paid rate must be positive")
        self.paid_rate = rate
        self.paid_bucket = None

    def acquire(self, chat_id: int | None, now: float, *, paid: bool = False) -> int | None:
        """None if the call may go ahead (and it is recorded), else retry_after in seconds.
        ``paid``: sent with allow_paid_broadcast (the paid global budget, not the free one)."""
        scale = self.scale
        if paid:
            if self.paid_bucket is None:
                self.paid_bucket = TokenBucket(
                    self.paid_rate, self.paid_rate / scale, self.paid_rate, now
                )
            overall = self.paid_bucket
        else:
            if self.global_bucket is None:
                self.global_bucket = TokenBucket(
                    self.global_rate, self.global_rate / scale, self.global_rate, now
                )
            overall = self.global_bucket
        waits = [overall.wait(now)]
        bucket: TokenBucket | None = None
        window: RollingWindow | None = None
        if chat_id is not None and chat_id < 0:
            window = self.groups.setdefault(
                chat_id, RollingWindow(self.group_per_minute, 60.0 * scale)
            )
            waits.append(window.wait(now))
        elif chat_id is not None:
            bucket = self.chats.get(chat_id)
            if bucket is None:
                burst = float(self.per_chat_burst)
                rate = self.per_chat_rate / scale
                bucket = self.chats[chat_id] = TokenBucket(burst, rate, burst, now)
            waits.append(bucket.wait(now))
        longest = max(waits)
        if longest > 0:
            return max(1, math.ceil(longest / scale - 1e-9))
        overall.take()
        if bucket is not None:
            bucket.take()
        if window is not None:
            window.take(now)
        return None
