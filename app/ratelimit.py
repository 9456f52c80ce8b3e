"""One outbound rate limiter for every request to Telegram (DESIGN.md section 6).

- Per private chat: one message (send or edit) per ``chat_interval`` seconds, in order, measured
  where Telegram measures it, on arrival: a chat's next message starts ``chat_interval`` after
  the ANSWER to its previous one (a request arrives before its answer comes back, and the next
  one cannot arrive before it starts), so network jitter never brings two arrivals closer than
  the interval. A request refused before it took effect (no connection, a 5xx, a 429) does not
  count: the chat's next slot stays where the last request that did take effect left it (a
  429 waits ``retry_after`` on top).
- Per group chat: additionally at most ``group_per_minute`` in any rolling minute.
- Overall: at most ``global_per_second`` in any rolling second, each request counted from its
  grant until a second after its answer (it arrived somewhere in between); urgent requests (answers,
  safety replies) are granted a slot first, then phase ends, then normal ones (sound cues,
  voice tracks, reminders), then droppable ones (countdown ticks); within a priority, the
  earliest ``due`` first (a phase end's deadline), so k phase ends due together all go out
  within k / limit seconds, whatever cues and reminders are waiting too.
- On 429 only the chat concerned waits, for exactly ``retry_after`` (never less), then retries.
- A request Telegram refused before it took effect (a 5xx answer, or no connection at all) is
  tried again after a short pause, a few times. One whose outcome is unknown (a timeout, or a
  connection lost after the request went out) is never repeated here: it may have arrived,
  and a duplicate message is worse than a lost one (`refused_before_effect`).
- Paid broadcast (``paid_per_second``, off unless given): requests marked ``paid`` (reminders
  sent with ``allow_paid_broadcast``) take their slots from a budget of their own, at most
  ``paid_per_second`` in any rolling second, instead of the free one. Everything else keeps
  the free budget and its priorities, so a broadcast never queues ahead of an answer or a
  phase end here (nor grows the ``backlog`` countdowns read); the per-chat limits apply to
  both. Without ``paid_per_second`` the mark is ignored: such requests share the free budget.
- ``scale`` (tests and benchmarks only) multiplies every interval, window and wait above.
- Droppable requests (countdown frames) carry a key: a newer request with the same key
  replaces an older one still waiting, and the older returns ``True`` without being sent.
  Any other message to the chat supersedes its waiting droppable requests the same way (a state
  change goes ahead of the pending frame of the state before). A droppable request that
  cannot be sent within ``drop_after`` seconds of its arrival is dropped the same way: its
  frame is stale by then, and a caller that awaits its frames (the session countdown does)
  must not be held up, or the final frame it sends next is late. A droppable request may ask
  for more ``patience`` (a sound cue: useful until the chat's next state change supersedes it,
  and never holding the chat's turn from that state change while it waits for a slot).

Requests that are not messages (getUpdates, answerCallbackQuery, sendChatAction, ...) pass
straight through.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypedDict

import httpx
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

JSON = bool | dict[str, Any] | list[dict[str, Any]]

URGENT, PHASE, NORMAL, DROPPABLE = 0, 1, 2, 3

# Set (to the phase's deadline, POSIX seconds) while the session service shows the state a
# countdown's deadline reached: every message of that show is a phase end, PHASE priority and
# due at the deadline, whatever the code that sends it asks (pictures, captions, texts).
PHASE_END: ContextVar[float | None] = ContextVar("phase_end", default=None)
# Set (POSIX seconds) while it sends what follows a phase end in the same chat (the question
# after the timed part's final frame): NORMAL priority, due then. The phase end itself was the
# final frame; what follows waits behind other chats' phase ends, not ahead of them.
AFTER_PHASE_END: ContextVar[float | None] = ContextVar("after_phase_end", default=None)


class LimitArgs(TypedDict, total=False):
    """What a caller may pass as ``rate_limit_args``."""

    droppable: str  # key: a newer request with the same key supersedes this one
    priority: int
    due: float  # POSIX seconds it is due (a phase end: its deadline); within one priority,
    # the global gate serves the earliest due first (default: when it arrived)
    paid: bool  # sent with allow_paid_broadcast: the paid budget, when the limiter has one
    patience: float  # a droppable request: seconds it may wait (default the limiter's
    # ``drop_after``), scaled like every other interval


def is_counted(endpoint: str) -> bool:
    """Telegram counts messages: sends, edits, copies and forwards."""
    name = endpoint.lower()
    return name.startswith(("send", "edit", "copy", "forward")) and name != "sendchataction"


@dataclass
class _Ticket:
    droppable: bool = False
    superseded: bool = False
    gate: asyncio.Future[int] | None = None  # set while waiting for a global slot

    def supersede(self) -> None:
        self.superseded = True
        if self.gate is not None and not self.gate.done():
            self.gate.set_result(0)  # leave the global queue at once, taking no slot


@dataclass
class _Chat:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_at: float = 0.0  # when the next message may start (clock seconds)
    in_flight: bool = False  # a message is on its way: the next slot is unknown until its answer
    window: deque[float] = field(default_factory=deque)
    waiting: dict[str, _Ticket] = field(default_factory=dict)
    users: int = 0


class _GlobalGate:
    """At most ``limit`` requests counted in any rolling ``period``; lower priority values first.

    Telegram counts a request when it arrives, which is some time after the grant here and
    before its answer comes back; the delay varies (a busy event loop, the network). So a slot
    counts from its grant until ``period`` after its answer: whenever it arrived, every window
    the server can see it in is inside that span, and jitter can never bring ``limit + 1``
    arrivals into one window (counted from the grant alone, a slow trip for an early request and
    a fast one for a late one could). A request still unanswered ``hold`` seconds after its
    grant (a hung connection) counts as answered then, so it cannot hold a slot for long."""

    def __init__(
        self, limit: int, period: float, clock: Callable[[], float], hold: float | None = None
    ) -> None:
        self.limit, self.period, self.clock = limit, period, clock
        self.hold = 3 * period if hold is None else hold
        self.open: dict[int, float] = {}  # slot -> when granted, until its answer (grant order)
        self.closed: list[float] = []  # heap: when each answered slot's request was answered
        self.waiters: list[tuple[int, float, int, asyncio.Future[int]]] = []
        self.seq = itertools.count()
        self.slots = itertools.count(1)
        self.pump: asyncio.Task[None] | None = None
        self.wake: asyncio.Future[None] | None = None  # the pump waits on it while all are used

    def _delay(self) -> float:
        now = self.clock()
        while self.open:  # hung ones count as answered ``hold`` after their grant
            slot, granted = next(iter(self.open.items()))
            if granted > now - self.hold:
                break
            del self.open[slot]
            heapq.heappush(self.closed, granted + self.hold)
        while self.closed and self.closed[0] <= now - self.period:
            heapq.heappop(self.closed)
        if len(self.open) + len(self.closed) < self.limit:
            return 0.0
        soonest = [self.closed[0] + self.period] if self.closed else []
        if self.open:
            soonest.append(next(iter(self.open.values())) + self.hold + self.period)
        return max(min(soonest) - now, 1e-9)  # full: never 0 (float rounding at the edge)

    def _grant(self) -> int:
        slot = next(self.slots)
        self.open[slot] = self.clock()
        return slot

    def release(self, slot: int, *, sent: bool = True) -> None:
        """The request of ``slot`` was answered (or failed): its window starts now. Not
        ``sent`` at all (superseded after its grant): the slot is free at once."""
        if self.open.pop(slot, None) is None:
            return  # counted as hung already
        if sent:
            heapq.heappush(self.closed, self.clock())
        if self.wake is not None and not self.wake.done():
            self.wake.set_result(None)

    @property
    def backlog(self) -> float:
        """Seconds of waiting requests at the full rate: how far demand exceeds the budget."""
        return sum(1 for w in self.waiters if not w[3].done()) * self.period / self.limit

    async def acquire(
        self,
        priority: int,
        ticket: _Ticket | None = None,
        patience: float | None = None,
        due: float = 0.0,
    ) -> int:
        """A slot (a positive number, to ``release`` once the request is answered), granted
        lower ``priority`` first, then earlier ``due``, then arrival. 0, with no slot taken,
        when ``ticket`` is superseded or ``patience`` seconds pass first (``None``: wait as
        long as it takes)."""
        if not self.waiters and self._delay() == 0.0:
            return self._grant()
        if patience is not None and patience <= 0:
            return 0
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        heapq.heappush(self.waiters, (priority, due, next(self.seq), future))
        if self.pump is None or self.pump.done():
            self.pump = asyncio.create_task(self._run())
        if ticket is not None:
            ticket.gate = future
        try:
            return await asyncio.wait_for(future, patience)  # a timeout cancels the future
        except TimeoutError:
            return 0
        finally:
            if ticket is not None:
                ticket.gate = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while self.waiters:
            if self.waiters[0][3].done():  # gave up or superseded: no slot for it
                heapq.heappop(self.waiters)
                continue
            delay = self._delay()
            if delay > 0:  # until a window frees a slot, or an answer starts one sooner
                self.wake = loop.create_future()
                timer = loop.call_later(delay, _wake, self.wake)
                try:
                    await self.wake
                finally:
                    timer.cancel()
                    self.wake = None
                continue
            *_, future = heapq.heappop(self.waiters)
            if not future.done():
                slot = self._grant()
                future.set_result(slot)


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def retry_seconds(exc: RetryAfter) -> float:
    value: Any = exc._retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


# httpx errors raised before the request left: nothing reached Telegram.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
REFUSED_RETRIES = 3  # tries again after a refusal, REFUSED_PAUSE * 2**n seconds apart
REFUSED_PAUSE = 0.25


def refused_before_effect(error: TelegramError) -> bool:
    """Whether a failed request certainly did not take effect, from what PTB raised.

    PTB raises ``TimedOut`` / ``NetworkError`` both when the request never left (no
    connection, a full pool) and when it went out and the answer was lost; the ``httpx`` error
    it chains (``__cause__``) tells them apart. An error built from Telegram's answer (an HTTP
    status) has no ``httpx`` cause: for a 5xx the server said no, and nothing happened."""
    if isinstance(error, Forbidden | BadRequest | RetryAfter):
        return False  # answers about the request itself: trying again changes nothing
    cause = error.__cause__
    if isinstance(cause, _NOT_SENT):
        return True
    if isinstance(error, TimedOut) or isinstance(cause, httpx.HTTPError):
        return False  # read timeout, reset, disconnected: it may have arrived
    return isinstance(error, NetworkError) and (cause is None or isinstance(cause, TelegramError))


def outcome_unknown(error: TelegramError) -> bool:
    """Whether a failed request may have taken effect all the same (its answer was lost)."""
    cause = error.__cause__
    if isinstance(cause, _NOT_SENT):
        return False
    if isinstance(error, TimedOut) or isinstance(cause, httpx.HTTPError):
        return True
    return (
        isinstance(error, NetworkError)
        and not isinstance(error, BadRequest)
        and cause is not None
        and not isinstance(cause, TelegramError)
    )  # "Unknown error in HTTP implementation"


class CoachRateLimiter(BaseRateLimiter[LimitArgs]):
    def __init__(
        self,
        *,
        chat_interval: float = 1.0,
        group_per_minute: int = 20,
        global_per_second: int = 29,
        max_retries: int = 5,
        clock: Callable[[], float] = time.monotonic,
        global_period: float = 1.0,
        group_period: float = 60.0,
        drop_after: float | None = 0.5,
        scale: float = 1.0,
        paid_per_second: int | None = None,
    ) -> None:
        """``global_period`` and ``group_period`` are the rolling windows of the global and the
        group limits (1 s and 60 s at Telegram; tests shrink them). ``drop_after``: how long a
        droppable request may wait before it is dropped (``None``: no limit).

        ``scale`` multiplies every interval and window, ``drop_after`` and each 429's
        ``retry_after``: a test and benchmark knob for a Bot API server whose limits are
        scaled the same way (the emulator's ``rate_scale``). Telegram itself needs 1.

        ``paid_per_second``: the budget of requests marked ``paid`` (``None``: no paid budget,
        they take free slots like any other)."""
        if scale <= 0:
            raise ValueError("scale must be positive")
        self.scale = scale
        self.chat_interval = chat_interval * scale
        self.group_per_minute = group_per_minute
        self.group_period = group_period * scale
        self.max_retries = max_retries
        self.clock = clock
        self._chats: dict[int | str, _Chat] = {}
        self._global = _GlobalGate(global_per_second, global_period * scale, clock)
        self._paid = (
            None
            if paid_per_second is None
            else _GlobalGate(paid_per_second, global_period * scale, clock)
        )
        self.drop_after = None if drop_after is None else drop_after * scale
        self._requests = 0
        self.retries_after_429 = 0
        self.retries_after_refusal = 0
        self.frames_sent = 0  # droppable requests sent
        self.frames_dropped = 0  # droppable requests superseded or dropped for waiting too long
        self.paid_sent = 0  # requests sent on the paid budget

    @property
    def paid_per_second(self) -> int | None:
        """The paid budget (``None``: none; requests marked ``paid`` share the free one)."""
        return None if self._paid is None else self._paid.limit

    @property
    def backlog(self) -> float:
        """Seconds of requests waiting for a global slot, at the full rate (0: none waits).
        Countdowns space their frames out as it grows (`coach.session.countdown`)."""
        return self._global.backlog

    def chat_free_in(self, chat_id: int | str) -> float:
        """Seconds until the chat's next message may start (0: now). A countdown waits this
        long before a frame, so the frame is not dropped for waiting behind a state change.
        While a message is on its way the slot is a chat interval after its answer, so at least
        a chat interval from now."""
        chat = self._chats.get(_chat_key(chat_id))
        if chat is None:
            return 0.0
        free_in = max(0.0, chat.next_at - self.clock())
        return max(free_in, self.chat_interval) if chat.in_flight else free_in

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSON]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: LimitArgs | None,
    ) -> JSON:
        chat_id = data.get("chat_id")
        if chat_id is None or not is_counted(endpoint):
            if endpoint.lower() == "getupdates":
                return await callback(*args, **kwargs)  # the updater has its own retries
            return await self._refusals_retried(callback, args, kwargs)
        options = rate_limit_args or LimitArgs()
        key = options.get("droppable")
        priority = options.get("priority", DROPPABLE if key else URGENT)
        due = options.get("due", time.time())
        if key is None and (phase_end := PHASE_END.get()) is not None:
            priority, due = PHASE, phase_end
        elif key is None and (after := AFTER_PHASE_END.get()) is not None:
            priority, due = NORMAL, after
        gate = self._paid if options.get("paid") and self._paid is not None else self._global
        chat_key = _chat_key(chat_id)
        self._requests += 1
        if self._requests % 1024 == 0:
            self._forget_idle_chats()
        chat = self._chats.setdefault(chat_key, _Chat())
        ticket = _Ticket(droppable=key is not None)
        give_up: float | None = None
        if key is None:
            # A state change (or any other message) goes ahead of the chat's waiting frames:
            # they are stale once it is shown, and the next frame carries on from it.
            for waiting in list(chat.waiting.values()):
                waiting.supersede()
        else:
            if (older := chat.waiting.get(key)) is not None:
                older.supersede()
            chat.waiting[key] = ticket
            patience = options.get("patience")
            if patience is not None:
                give_up = self.clock() + patience * self.scale
            elif self.drop_after is not None:
                give_up = self.clock() + self.drop_after
        chat.users += 1
        try:
            if not await self._lock(chat.lock, give_up):
                return self._dropped()
            try:
                return await self._send(
                    chat, chat_key, ticket, gate, (priority, due), give_up, callback, args, kwargs
                )
            finally:
                chat.lock.release()
        finally:
            chat.users -= 1
            if key is not None and chat.waiting.get(key) is ticket:
                del chat.waiting[key]

    def _dropped(self) -> bool:
        self.frames_dropped += 1
        return True

    async def _lock(self, lock: asyncio.Lock, give_up: float | None) -> bool:
        """Takes the chat's lock (requests of one chat go in order); False if ``give_up``
        comes first."""
        if give_up is None or not lock.locked():
            await lock.acquire()
            return True
        try:
            await asyncio.wait_for(lock.acquire(), max(give_up - self.clock(), 0.0))
        except TimeoutError:
            return False
        return True

    def _forget_idle_chats(self) -> None:
        now = self.clock()
        idle = [
            key
            for key, chat in self._chats.items()
            if chat.users == 0
            and chat.next_at <= now
            and (not chat.window or chat.window[-1] <= now - self.group_period)
        ]
        for key in idle:
            del self._chats[key]

    async def _send(
        self,
        chat: _Chat,
        chat_key: int | str,
        ticket: _Ticket,
        gate: _GlobalGate,
        order: tuple[int, float],
        give_up: float | None,
        callback: Callable[..., Coroutine[Any, Any, JSON]],
        args: Any,
        kwargs: dict[str, Any],
    ) -> JSON:
        is_group = isinstance(chat_key, str) or chat_key < 0
        for attempt in range(self.max_retries + 1):
            if (
                ticket.superseded  # before and after the wait for the chat's next slot
                or not await self._wait_for_chat(chat, is_group, give_up)
                or ticket.superseded
            ):
                return self._dropped()
            patience = None if give_up is None else give_up - self.clock()
            slot = await gate.acquire(order[0], ticket, patience, order[1])
            if not slot or ticket.superseded:
                if slot:
                    gate.release(slot, sent=False)
                return self._dropped()
            now = self.clock()
            last_effect = chat.next_at  # the slot left by the last request that took effect
            chat.next_at = now + self.chat_interval  # at least; set from the answer below
            chat.in_flight = True
            if is_group:
                chat.window.append(now)
            # The next slot is set from the answer (see the module docstring); anything that
            # may have arrived (an answer, an error about the request, a lost answer, a
            # cancellation) counts from the moment it ended.
            effect = True
            try:
                result = await self._refusals_retried(callback, args, kwargs)
            except RetryAfter as exc:
                effect = False
                wait = retry_seconds(exc) * self.scale
                self.retries_after_429 += 1
                log.warning("429 for one chat: waiting %.1f s before retry", wait)
                chat.next_at = max(last_effect, self.clock() + wait)
                if attempt == self.max_retries:
                    raise
                continue
            except TelegramError as exc:
                if refused_before_effect(exc):
                    effect = False
                    chat.next_at = last_effect
                raise
            finally:
                gate.release(slot)
                chat.in_flight = False
                if effect:
                    chat.next_at = self.clock() + self.chat_interval
            if ticket.droppable:
                self.frames_sent += 1
            if gate is self._paid:
                self.paid_sent += 1
            return result
        raise AssertionError("unreachable")

    async def _refusals_retried(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSON]],
        args: Any,
        kwargs: dict[str, Any],
    ) -> JSON:
        """``callback``, tried again when Telegram refused it before it took effect."""
        for attempt in range(REFUSED_RETRIES + 1):
            try:
                return await callback(*args, **kwargs)
            except TelegramError as exc:
                if attempt == REFUSED_RETRIES or not refused_before_effect(exc):
                    raise
                self.retries_after_refusal += 1
                log.info("request refused before it took effect (%s): trying again", exc)
                await asyncio.sleep(REFUSED_PAUSE * self.scale * 2**attempt)
        raise AssertionError("unreachable")

    async def _wait_for_chat(self, chat: _Chat, is_group: bool, give_up: float | None) -> bool:
        """Waits for the chat's next slot; False, at once, if that is later than ``give_up``."""
        while True:
            now = self.clock()
            delay = chat.next_at - now
            if is_group:
                while chat.window and chat.window[0] <= now - self.group_period:
                    chat.window.popleft()
                if len(chat.window) >= self.group_per_minute:
                    delay = max(delay, chat.window[0] + self.group_period - now)
            if delay <= 0:
                return True
            if give_up is not None and now + delay > give_up:
                return False
            await asyncio.sleep(delay)


def _chat_key(chat_id: object) -> int | str:
    try:
        return int(str(chat_id))
    except ValueError:
        return str(chat_id)
