"""The outbound rate limiter, driven directly: a fake ``callback`` stands in for the HTTP call
and records when it ran; periods are shrunk (tens of milliseconds).

Every test runs on a virtual-time event loop (``tests/unit/virtual_time.py``): waits take no real
time and the recorded times are exact, so a slow or loaded machine cannot make a test flaky.
``SLACK`` is kept as a tolerance for the float arithmetic of rolling windows."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import pytest
from telegram.error import NetworkError, RetryAfter

from app.ratelimit import (
    AFTER_PHASE_END,
    DROPPABLE,
    NORMAL,
    PHASE,
    PHASE_END,
    URGENT,
    CoachRateLimiter,
    LimitArgs,
    is_counted,
)
from tests.unit.virtual_time import now, virtual_time

SLACK = 0.001  # seconds tolerated in lower bounds (float arithmetic)
pytestmark = [
    pytest.mark.timeout(30),
    # RetryAfter's own message reads its deprecated int-or-timedelta attribute
    pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning"),
]


@dataclass(frozen=True)
class Call:
    at: float
    endpoint: str
    chat: object
    label: str


@dataclass
class FakeTelegram:
    """The ``callback`` the limiter wraps: records each call; may raise ``RetryAfter``."""

    calls: list[Call] = field(default_factory=list)
    # chat -> retry_after seconds for the next N calls of that chat
    floods: dict[object, list[float]] = field(default_factory=dict)
    duration: float = 0.0  # how long a call takes

    def callback(self, endpoint: str, data: dict[str, Any], label: str) -> Callable[..., Any]:
        async def call() -> dict[str, Any]:
            chat = data.get("chat_id")
            self.calls.append(Call(now(), endpoint, chat, label))
            pending = self.floods.get(chat)
            if pending:
                raise RetryAfter(timedelta(seconds=pending.pop(0)))
            if self.duration:
                await asyncio.sleep(self.duration)
            return {"label": label}

        return call

    def times(self, chat: object = None, *, counted_only: bool = True) -> list[float]:
        return [
            c.at
            for c in self.calls
            if (chat is None or c.chat == chat) and (not counted_only or is_counted(c.endpoint))
        ]

    def labels(self) -> list[str]:
        return [c.label for c in self.calls]


def limiter(**overrides: Any) -> CoachRateLimiter:
    values: dict[str, Any] = {
        "chat_interval": 0.05,
        "group_per_minute": 20,
        "global_per_second": 100,
        "global_period": 0.2,
        "group_period": 0.3,
        "max_retries": 5,
        "clock": now,  # the loop's clock, virtual in these tests
    }
    values.update(overrides)
    return CoachRateLimiter(**values)


async def request(
    rl: CoachRateLimiter,
    tg: FakeTelegram,
    chat: object,
    label: str,
    *,
    endpoint: str = "sendMessage",
    args: LimitArgs | None = None,
) -> Any:
    data: dict[str, Any] = {} if chat is None else {"chat_id": chat}
    return await rl.process_request(
        tg.callback(endpoint, data, label), (), {}, endpoint, data, args
    )


def spawn(
    rl: CoachRateLimiter,
    tg: FakeTelegram,
    chat: object,
    label: str,
    **kwargs: Any,
) -> asyncio.Task[Any]:
    return asyncio.create_task(request(rl, tg, chat, label, **kwargs))


def min_span(times: list[float], count: int) -> float:
    """The shortest time covered by ``count`` consecutive calls (inf if fewer calls)."""
    ordered = sorted(times)
    spans = [b - a for a, b in zip(ordered, ordered[count - 1 :], strict=False)]
    return min(spans, default=float("inf"))


COUNTED = ("sendMessage", "sendPhoto", "sendAnimation", "editMessageText", "editMessageMedia")
COUNTED_TOO = ("editMessageCaption", "editMessageReplyMarkup", "copyMessage", "forwardMessage")
FREE = ("getUpdates", "answerCallbackQuery", "sendChatAction", "setMyCommands", "deleteMessage")


@pytest.mark.parametrize("endpoint", COUNTED + COUNTED_TOO)
def test_messages_count(endpoint: str) -> None:
    assert is_counted(endpoint)


@pytest.mark.parametrize("endpoint", FREE)
def test_other_calls_are_free(endpoint: str) -> None:
    assert not is_counted(endpoint)


@virtual_time
async def test_one_chat_is_spaced_by_the_chat_interval() -> None:
    rl, tg = limiter(chat_interval=0.05), FakeTelegram()
    await asyncio.gather(*(spawn(rl, tg, 7, f"m{i}") for i in range(5)))
    times = tg.times(7)
    assert len(times) == 5
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.05 - 1e-3  # the limiter stamps next_at just before calling


@virtual_time
async def test_different_chats_do_not_wait_for_each_other() -> None:
    rl, tg = limiter(chat_interval=0.5), FakeTelegram()
    started = now()
    await asyncio.gather(*(spawn(rl, tg, chat, f"c{chat}") for chat in range(1, 11)))
    assert now() - started < 0.2  # ten chats, one message each: no spacing


@virtual_time
async def test_requests_of_one_chat_stay_in_order_whatever_their_priority() -> None:
    rl, tg = limiter(chat_interval=0.02), FakeTelegram(duration=0.005)
    priorities = [URGENT, NORMAL, URGENT, NORMAL, URGENT, NORMAL, URGENT]
    tasks = [
        spawn(rl, tg, 42, f"m{i}", args=LimitArgs(priority=p)) for i, p in enumerate(priorities)
    ]
    await asyncio.gather(*tasks)
    assert tg.labels() == [f"m{i}" for i in range(len(priorities))]


@virtual_time
async def test_free_endpoints_pass_straight_through_while_a_chat_waits() -> None:
    rl, tg = limiter(chat_interval=0.5), FakeTelegram()
    first = await request(rl, tg, 5, "first")
    assert first == {"label": "first"}
    waiting = spawn(rl, tg, 5, "second")  # must wait ~0.5 s for chat 5
    await asyncio.sleep(0.01)
    started = now()
    await request(rl, tg, None, "updates", endpoint="getUpdates")
    await request(rl, tg, None, "answer", endpoint="answerCallbackQuery")
    await request(rl, tg, 5, "typing", endpoint="sendChatAction")
    await request(rl, tg, None, "commands", endpoint="setMyCommands")
    assert now() - started < 0.1
    assert not waiting.done()
    await waiting
    assert tg.labels() == ["first", "updates", "answer", "typing", "commands", "second"]
    assert tg.calls[-1].at - tg.calls[0].at >= 0.5 - 1e-3


@virtual_time
async def test_global_limit_holds_in_any_rolling_window() -> None:
    rl, tg = limiter(global_per_second=5, global_period=0.2), FakeTelegram()
    started = now()
    await asyncio.gather(*(spawn(rl, tg, chat, f"c{chat}") for chat in range(1, 21)))
    times = tg.times()
    assert len(times) == 20
    # 6 consecutive calls never fit in one window of 0.2 s
    assert min_span(times, 6) >= 0.2 - SLACK
    # and the limiter does not dawdle: 20 calls at 5 per 0.2 s need just over 0.6 s
    assert now() - started < 0.6 + 0.25


@virtual_time
async def test_global_limit_holds_over_a_long_stream() -> None:
    rl, tg = limiter(global_per_second=4, global_period=0.1, chat_interval=0.001), FakeTelegram()

    async def chat_stream(chat: int) -> None:
        for i in range(6):
            await request(rl, tg, chat, f"c{chat}-{i}")

    await asyncio.gather(*(chat_stream(chat) for chat in range(1, 9)))
    times = tg.times()
    assert len(times) == 48
    assert min_span(times, 5) >= 0.1 - SLACK


@virtual_time
async def test_urgent_requests_get_global_slots_before_normal_and_droppable_ones() -> None:
    rl, tg = limiter(global_per_second=2, global_period=0.1, drop_after=None), FakeTelegram()
    # Two fillers use the window up; everything after them queues for a global slot.
    fillers = [spawn(rl, tg, chat, f"fill{chat}") for chat in (1, 2)]
    await asyncio.sleep(0)
    queued = [
        spawn(rl, tg, 10 + i, f"drop{i}", args=LimitArgs(droppable=f"k{i}")) for i in range(3)
    ]
    queued += [spawn(rl, tg, 20 + i, f"norm{i}", args=LimitArgs(priority=NORMAL)) for i in range(2)]
    queued += [spawn(rl, tg, 30 + i, f"urg{i}") for i in range(3)]
    await asyncio.gather(*fillers, *queued)
    labels = tg.labels()
    assert labels[:2] == ["fill1", "fill2"]
    assert labels[2:5] == ["urg0", "urg1", "urg2"]
    assert labels[5:7] == ["norm0", "norm1"]
    assert labels[7:] == ["drop0", "drop1", "drop2"]


@virtual_time
async def test_a_droppable_explicit_priority_is_respected() -> None:
    rl, tg = limiter(global_per_second=1, global_period=0.1, drop_after=None), FakeTelegram()
    filler = spawn(rl, tg, 1, "fill")
    await asyncio.sleep(0)
    late = spawn(rl, tg, 2, "frame", args=LimitArgs(droppable="a", priority=DROPPABLE))
    first = spawn(rl, tg, 3, "final", args=LimitArgs(droppable="b", priority=URGENT))
    await asyncio.gather(filler, late, first)
    assert tg.labels() == ["fill", "final", "frame"]


@virtual_time
async def test_a_superseded_frame_is_not_sent_and_the_newest_is() -> None:
    rl, tg = limiter(chat_interval=0.1), FakeTelegram()
    await request(rl, tg, 9, "answer")  # the chat must now wait 0.1 s
    frames = [spawn(rl, tg, 9, f"frame{i}", args=LimitArgs(droppable="9:100")) for i in range(4)]
    other = spawn(rl, tg, 9, "other-message", args=LimitArgs(droppable="9:200"))
    results = await asyncio.gather(*frames, other)
    assert results[:3] == [True, True, True]  # superseded: reported sent, never sent
    assert results[3] == {"label": "frame3"}
    assert results[4] == {"label": "other-message"}  # another key is not superseded
    assert tg.labels() == ["answer", "frame3", "other-message"]


@virtual_time
async def test_a_frame_superseded_while_waiting_for_a_global_slot_is_not_sent() -> None:
    rl, tg = limiter(global_per_second=1, global_period=0.2, chat_interval=0.001), FakeTelegram()
    await request(rl, tg, 1, "fill")  # the global window is full for 0.2 s
    older = spawn(rl, tg, 2, "frame-old", args=LimitArgs(droppable="2:5"))
    await asyncio.sleep(0.02)  # the older frame now waits for a global slot
    newer = spawn(rl, tg, 2, "frame-new", args=LimitArgs(droppable="2:5"))
    assert await older is True
    assert await newer == {"label": "frame-new"}
    assert tg.labels() == ["fill", "frame-new"]


@virtual_time
async def test_a_429_delays_only_that_chat_and_never_retries_early() -> None:
    a, b = 1001, 1002  # two private chats
    rl, tg = limiter(chat_interval=0.05), FakeTelegram(floods={a: [0.4]})
    a_first = spawn(rl, tg, a, "a1")
    await asyncio.sleep(0.01)
    a_second = spawn(rl, tg, a, "a2")  # queued behind a1 in the same chat
    b_stream = [spawn(rl, tg, b, f"b{i}") for i in range(4)]
    await asyncio.gather(a_first, a_second, *b_stream)
    a_calls = [c for c in tg.calls if c.chat == a]
    b_calls = [c for c in tg.calls if c.chat == b]
    assert [c.label for c in a_calls] == ["a1", "a1", "a2"]  # the retry, then the next in order
    assert a_calls[1].at - a_calls[0].at >= 0.4  # never earlier than retry_after
    assert a_calls[1].at - a_calls[0].at < 0.4 + 0.2  # and not much later
    assert a_calls[2].at - a_calls[1].at >= 0.05 - 1e-3
    # chat B kept flowing at its own pace while A waited
    assert len(b_calls) == 4
    assert b_calls[-1].at < a_calls[1].at
    assert b_calls[-1].at - b_calls[0].at < 0.3
    assert rl.retries_after_429 == 1


@virtual_time
async def test_a_429_on_a_group_chat_id_given_as_text_is_handled_the_same_way() -> None:
    rl, tg = limiter(chat_interval=0.01), FakeTelegram(floods={"-100123": [0.2]})
    result = await request(rl, tg, "-100123", "g")
    assert result == {"label": "g"}
    times = tg.times("-100123")
    assert len(times) == 2 and times[1] - times[0] >= 0.2


@virtual_time
async def test_after_max_retries_the_429_is_raised() -> None:
    rl = limiter(chat_interval=0.001, max_retries=2)
    tg = FakeTelegram(floods={7: [0.02, 0.02, 0.02, 0.02]})
    with pytest.raises(RetryAfter):
        await request(rl, tg, 7, "doomed")
    assert len(tg.times(7)) == 3  # the first try and two retries
    assert rl.retries_after_429 == 3
    # the chat is usable again afterwards (one flood answer left, then success)
    assert await request(rl, tg, 7, "later") == {"label": "later"}


@virtual_time
async def test_group_limit_holds_in_any_rolling_window() -> None:
    rl, tg = limiter(chat_interval=0.005, group_per_minute=3, group_period=0.3), FakeTelegram()
    started = now()
    group = [spawn(rl, tg, -1001, f"g{i}") for i in range(7)]
    private = [spawn(rl, tg, 77, f"p{i}") for i in range(7)]
    await asyncio.gather(*private)
    private_done = now() - started
    await asyncio.gather(*group)
    times = tg.times(-1001)
    assert len(times) == 7
    assert min_span(times, 4) >= 0.3 - SLACK  # never 4 in one window of 0.3 s
    assert times[-1] - started >= 0.6 - SLACK  # 7 messages, 3 per window: third window
    assert private_done < 0.2  # a private chat is not held to the group limit


@virtual_time
async def test_named_channels_count_as_groups() -> None:
    rl, tg = limiter(chat_interval=0.005, group_per_minute=2, group_period=0.2), FakeTelegram()
    await asyncio.gather(*(spawn(rl, tg, "@coach_channel", f"c{i}") for i in range(4)))
    assert min_span(tg.times("@coach_channel"), 3) >= 0.2 - SLACK


@virtual_time
async def test_a_superseded_frame_leaves_the_global_queue_at_once_without_a_slot() -> None:
    rl = limiter(global_per_second=1, global_period=0.3, chat_interval=0.001, drop_after=None)
    tg = FakeTelegram()
    await request(rl, tg, 1, "fill")  # the global window is full for 0.3 s
    older = spawn(rl, tg, 2, "frame-old", args=LimitArgs(droppable="2:5"))
    await asyncio.sleep(0.02)
    started = now()
    newer = spawn(rl, tg, 2, "frame-new", args=LimitArgs(droppable="2:5"))
    assert await older is True
    assert now() - started < 0.1  # it did not wait for the window to free
    urgent = spawn(rl, tg, 3, "urgent")
    await asyncio.gather(newer, urgent)
    # the superseded frame took no slot: the urgent request and the new frame share the two
    # windows after the first, one each
    assert tg.labels() == ["fill", "urgent", "frame-new"]
    assert (rl.frames_sent, rl.frames_dropped) == (1, 1)


@virtual_time
async def test_a_frame_that_would_wait_too_long_for_its_chat_is_dropped_at_once() -> None:
    rl, tg = limiter(chat_interval=0.3, drop_after=0.1), FakeTelegram()
    await request(rl, tg, 4, "answer")
    started = now()
    result = await request(rl, tg, 4, "frame", args=LimitArgs(droppable="4:1"))
    assert result is True
    assert now() - started < 0.05
    assert tg.labels() == ["answer"]
    assert (rl.frames_sent, rl.frames_dropped) == (0, 1)
    # a frame whose wait fits is sent
    await asyncio.sleep(0.25)
    assert await request(rl, tg, 4, "frame2", args=LimitArgs(droppable="4:1")) == {
        "label": "frame2"
    }
    assert rl.frames_sent == 1


@virtual_time
async def test_a_frame_waiting_too_long_for_a_global_slot_is_dropped_and_urgent_is_not() -> None:
    rl = limiter(global_per_second=1, global_period=0.4, chat_interval=0.001, drop_after=0.1)
    tg = FakeTelegram()
    await request(rl, tg, 1, "fill")  # no global slot for 0.4 s
    started = now()
    frame = spawn(rl, tg, 2, "frame", args=LimitArgs(droppable="2:1"))
    urgent = spawn(rl, tg, 3, "urgent")
    assert await frame is True
    assert 0.1 - SLACK <= now() - started < 0.3  # it gave up after drop_after
    assert await urgent == {"label": "urgent"}  # the urgent one waited for its slot
    assert now() - started >= 0.4 - SLACK
    assert tg.labels() == ["fill", "urgent"]


@virtual_time
async def test_a_frame_stuck_behind_a_slow_request_of_its_chat_is_dropped() -> None:
    rl, tg = limiter(chat_interval=0.001, drop_after=0.1), FakeTelegram(duration=0.3)
    slow = spawn(rl, tg, 6, "slow-upload")
    await asyncio.sleep(0.01)
    started = now()
    assert await request(rl, tg, 6, "frame", args=LimitArgs(droppable="6:1")) is True
    assert now() - started < 0.2
    await slow
    assert tg.labels() == ["slow-upload"]


@virtual_time
async def test_a_frame_answered_429_is_not_retried_after_its_patience() -> None:
    a = 1003
    rl, tg = limiter(chat_interval=0.01, drop_after=0.2), FakeTelegram(floods={a: [0.5]})
    started = now()
    assert await request(rl, tg, a, "frame", args=LimitArgs(droppable="a:1")) is True
    assert now() - started < 0.1  # dropped, not retried 0.5 s later
    assert rl.retries_after_429 == 1
    # the chat still waits out the 429 for what comes next
    assert await request(rl, tg, a, "answer") == {"label": "answer"}
    assert tg.calls[-1].at - tg.calls[0].at >= 0.5


@virtual_time
async def test_without_drop_after_a_frame_waits_as_long_as_it_takes() -> None:
    rl, tg = limiter(chat_interval=0.3, drop_after=None), FakeTelegram()
    await request(rl, tg, 8, "answer")
    assert await request(rl, tg, 8, "frame", args=LimitArgs(droppable="8:1")) == {"label": "frame"}
    assert tg.calls[1].at - tg.calls[0].at >= 0.3 - 1e-3


@virtual_time
async def test_idle_chats_are_forgotten_and_busy_groups_are_not() -> None:
    rl = limiter(chat_interval=0.001, global_per_second=100_000, group_period=0.2)
    tg = FakeTelegram()
    await request(rl, tg, -500, "group")
    await asyncio.sleep(0.01)
    await asyncio.gather(*(spawn(rl, tg, chat, "c") for chat in range(1, 1023)))
    await request(rl, tg, 5000, "1024th")  # every 1024 requests, idle chats are dropped
    assert -500 in rl._chats  # its group window is still within the period
    await asyncio.sleep(0.25)
    await asyncio.gather(*(spawn(rl, tg, chat, "c") for chat in range(1, 1025)))
    assert -500 not in rl._chats
    assert len(rl._chats) < 1030


@virtual_time
async def test_the_rate_scale_multiplies_every_interval_window_and_wait() -> None:
    """``scale=0.1``: Telegram's limits ten times faster, the same shape (tests and benchmarks
    against an emulator scaled alike)."""
    rl = CoachRateLimiter(scale=0.1, clock=now)
    assert (rl.chat_interval, rl.group_period, rl.drop_after) == pytest.approx((0.1, 6.0, 0.05))
    tg = FakeTelegram(floods={1001: [2.0]})  # retry_after 2, in scaled seconds
    started = now()
    await asyncio.gather(*(spawn(rl, tg, 1001, f"m{i}") for i in range(3)))
    times = tg.times(1001)
    assert len(times) == 4  # the 429'd first try, its retry, two more
    assert times[1] - times[0] >= 0.2 - SLACK  # retry_after 2 x 0.1
    assert times[1] - times[0] < 0.2 + 0.1 + SLACK
    assert min_span(times[1:], 2) >= 0.1 - SLACK
    # the group limit: 20 per 6 s; the 21st waits for the window
    group = [spawn(rl, tg, -500, f"g{i}") for i in range(21)]
    await asyncio.gather(*group)
    g = tg.times(-500)
    assert g[-1] - g[0] >= 6.0 - SLACK and min_span(g, 21) >= 6.0 - SLACK
    # the global limit: 29 per 0.1 s
    chats = [spawn(rl, tg, 3000 + i, "x") for i in range(30)]
    await asyncio.gather(*chats)
    assert min_span([c.at for c in tg.calls if isinstance(c.chat, int) and c.chat >= 3000], 30) >= (
        0.1 - SLACK
    )
    assert now() - started < 10


def test_the_rate_scale_must_be_positive() -> None:
    with pytest.raises(ValueError, match="scale must be positive"):
        CoachRateLimiter(scale=0)


@virtual_time
async def test_a_state_change_supersedes_the_chats_waiting_frame() -> None:
    """A phase's first frame (any message that is not a frame) goes ahead of a frame of the
    same chat still waiting for its slot: the stale frame is never sent and takes no slot."""
    rl, tg = limiter(chat_interval=0.3, drop_after=None), FakeTelegram()
    await request(rl, tg, 5, "previous")
    frame = spawn(rl, tg, 5, "tick", args=LimitArgs(droppable="5:1"))
    await asyncio.sleep(0.1)  # the tick waits for the chat's slot
    change = spawn(rl, tg, 5, "phase")
    assert await frame is True  # superseded, not sent
    await change
    assert tg.labels() == ["previous", "phase"]
    assert tg.times(5)[1] - tg.times(5)[0] == pytest.approx(0.3, abs=0.01)
    assert (rl.frames_sent, rl.frames_dropped) == (0, 1)
    # another chat's frame is untouched
    assert await request(rl, tg, 6, "other", args=LimitArgs(droppable="6:1")) == {"label": "other"}


@virtual_time
async def test_phase_ends_go_strictly_by_deadline_after_replies_and_before_ticks() -> None:
    rl, tg = limiter(global_per_second=1, global_period=0.1, drop_after=None), FakeTelegram()
    filler = spawn(rl, tg, 1, "fill")
    await asyncio.sleep(0)
    queued = [spawn(rl, tg, 2, "tick", args=LimitArgs(droppable="t"))]
    for chat, due in ((3, 30.0), (4, 10.0), (5, 20.0)):
        queued.append(spawn(rl, tg, chat, f"end{due:.0f}", args=LimitArgs(priority=PHASE, due=due)))
    # a sound cue or a reminder due before every phase end still goes after them
    queued.append(spawn(rl, tg, 7, "cue", args=LimitArgs(priority=NORMAL, due=1.0)))
    queued.append(spawn(rl, tg, 6, "reply"))  # arrived last, served first
    await asyncio.gather(filler, *queued)
    assert tg.labels() == ["fill", "reply", "end10", "end20", "end30", "cue", "tick"]


@virtual_time
async def test_a_phase_end_show_is_a_phase_end_and_due_at_its_deadline_whatever_it_asks() -> None:
    """Inside `PHASE_END` the session's own explicit URGENT becomes PHASE, due at the
    deadline; a frame stays droppable."""
    rl, tg = limiter(global_per_second=1, global_period=0.1, drop_after=None), FakeTelegram()
    filler = spawn(rl, tg, 1, "fill")
    await asyncio.sleep(0)

    async def phase_end(chat: int, label: str, deadline: float) -> Any:
        token = PHASE_END.set(deadline)
        try:
            return await request(rl, tg, chat, label, args=LimitArgs(priority=URGENT))
        finally:
            PHASE_END.reset(token)

    later = asyncio.create_task(phase_end(2, "later-end", 50.0))
    await asyncio.sleep(0)
    earlier = asyncio.create_task(phase_end(3, "earlier-end", 40.0))
    reply = spawn(rl, tg, 4, "reply", args=LimitArgs(priority=URGENT))
    await asyncio.gather(filler, later, earlier, reply)
    assert tg.labels() == ["fill", "reply", "earlier-end", "later-end"]


@virtual_time
async def test_what_follows_a_phase_end_in_its_chat_waits_behind_other_chats_phase_ends() -> None:
    """The question after the timed part's final frame is not a phase end: due a chat
    interval after the deadline, it still goes after a later deadline of another chat."""
    rl, tg = limiter(global_per_second=1, global_period=0.1, drop_after=None), FakeTelegram()
    filler = spawn(rl, tg, 1, "fill")
    await asyncio.sleep(0)

    async def sent_in(var: Any, value: float, chat: int, label: str) -> Any:
        token = var.set(value)
        try:
            return await request(rl, tg, chat, label, args=LimitArgs(priority=URGENT))
        finally:
            var.reset(token)

    follows = asyncio.create_task(sent_in(AFTER_PHASE_END, 11.0, 2, "question"))
    await asyncio.sleep(0)
    end = asyncio.create_task(sent_in(PHASE_END, 15.0, 3, "later-end"))
    await asyncio.gather(filler, follows, end)
    assert tg.labels() == ["fill", "later-end", "question"]


@virtual_time
async def test_among_frames_the_countdown_that_waited_longest_goes_first() -> None:
    """Frames are due when their chat last showed one: ticks degrade evenly, no countdown
    starves while others tick."""
    rl, tg = limiter(global_per_second=1, global_period=0.1, drop_after=None), FakeTelegram()
    filler = spawn(rl, tg, 1, "fill")
    await asyncio.sleep(0)
    frames = [
        spawn(rl, tg, chat, f"shown{due:.0f}s-ago", args=LimitArgs(droppable="f", due=-due))
        for chat, due in ((2, 1.0), (3, 9.0), (4, 5.0))
    ]
    await asyncio.gather(filler, *frames)
    assert tg.labels() == ["fill", "shown9s-ago", "shown5s-ago", "shown1s-ago"]


@virtual_time
async def test_a_patient_droppable_waits_its_patience_and_the_next_state_change_supersedes_it() -> (
    None
):
    """A sound cue waits for a slot longer than a frame may, but the chat's next phase end
    supersedes it instead of queueing behind it (no priority inversion in the chat's turn)."""
    rl = limiter(global_per_second=1, global_period=1.0, drop_after=0.1)
    tg = FakeTelegram()
    busy = [
        spawn(rl, tg, 100 + i, f"busy{i}", args=LimitArgs(priority=PHASE, due=0.0))
        for i in range(3)
    ]
    await asyncio.sleep(0)
    cue = spawn(rl, tg, 7, "cue", args=LimitArgs(priority=NORMAL, droppable="c", patience=5.0))
    frame = spawn(rl, tg, 8, "frame", args=LimitArgs(droppable="f"))
    await asyncio.sleep(1.5)
    assert frame.done() and not cue.done()  # the frame gave up at 0.1 s, the cue still waits
    end = spawn(rl, tg, 7, "end", args=LimitArgs(priority=PHASE, due=1.0))
    await asyncio.gather(*busy, cue, end)
    assert await cue is True  # superseded, never sent
    assert "cue" not in tg.labels() and tg.labels()[-1] == "end"


@pytest.mark.parametrize("k", [30, 90, 300])
@virtual_time
async def test_k_phase_ends_due_together_all_go_out_within_k_over_the_limit(k: int) -> None:
    """The physical bound (issue 18): k phase ends due in the same second, among a countdown
    tick per chat, the last goes out within k / 30 + 1 s; the backlog reports the queue."""
    rl, tg = limiter(global_per_second=30, global_period=1.0, chat_interval=1.0), FakeTelegram()
    start = now()
    ticks = [spawn(rl, tg, 1000 + i, f"tick{i}", args=LimitArgs(droppable="t")) for i in range(k)]
    ends = [
        spawn(rl, tg, 5000 + i, f"end{i}", args=LimitArgs(priority=PHASE, due=start + i / k))
        for i in range(k)
    ]
    # as many sound cues (or reminders) of other chats, due earlier: they must not delay them
    cues = [
        spawn(rl, tg, 8000 + i, f"cue{i}", args=LimitArgs(priority=NORMAL, due=start - 0.5))
        for i in range(k)
    ]
    await asyncio.sleep(0.001)
    assert rl.backlog > (3 * k - 30) / 30 - 0.1
    await asyncio.gather(*ticks, *ends, *cues)
    sent = {c.label: c.at for c in tg.calls}
    last_end = max(sent[f"end{i}"] for i in range(k))
    assert last_end - start <= k / 30 + 1.0
    assert rl.backlog == 0.0


@virtual_time
async def test_the_limiter_says_when_a_chats_slot_is_free() -> None:
    rl, tg = limiter(chat_interval=0.3), FakeTelegram()
    assert rl.chat_free_in(7) == 0.0  # never seen
    await request(rl, tg, 7, "show")
    assert rl.chat_free_in(7) == pytest.approx(0.3, abs=0.01)
    await asyncio.sleep(0.2)
    assert rl.chat_free_in("7") == pytest.approx(0.1, abs=0.01)
    await asyncio.sleep(0.2)
    assert rl.chat_free_in(7) == 0.0


@dataclass
class SlowNetwork:
    """A server behind a network of varying delays: each call travels ``up[i]`` seconds to the
    server, where its arrival is recorded, and its answer ``down[i]`` seconds back."""

    up: list[float]
    down: list[float]
    arrivals: list[float] = field(default_factory=list)

    def callback(self) -> Callable[..., Any]:
        async def call() -> dict[str, Any]:
            index = len(self.arrivals)
            await asyncio.sleep(self.up[index % len(self.up)])
            self.arrivals.append(now())
            await asyncio.sleep(self.down[index % len(self.down)])
            return {"ok": True}

        return call


async def _via(rl: CoachRateLimiter, net: SlowNetwork, chat: int, args: LimitArgs | None) -> Any:
    data = {"chat_id": chat}
    return await rl.process_request(net.callback(), (), {}, "editMessageText", data, args)


@virtual_time
async def test_one_chats_messages_arrive_at_least_an_interval_apart_whatever_the_network() -> None:
    """Issue 17: a strict server measures the gap on arrival. A slow trip up for one message
    and a fast one for the next would bring them closer than the interval if the limiter
    paced their starts; it paces from the answer instead."""
    rl = limiter(chat_interval=1.0, drop_after=None)
    net = SlowNetwork(up=[0.3, 0.0, 0.45, 0.05, 0.0, 0.2, 0.0], down=[0.05, 0.2, 0.0, 0.1])
    await asyncio.gather(*(_via(rl, net, 9, None) for _ in range(7)))
    gaps = [b - a for a, b in itertools.pairwise(net.arrivals)]
    assert len(net.arrivals) == 7
    assert min(gaps) >= 1.0 - 1e-9, gaps
    # and no more than needed: each next start is exactly an interval after the answer
    assert max(gaps) <= 1.0 + 0.45 + 0.2 + 1e-9


@virtual_time
async def test_a_countdown_asking_when_the_chat_is_free_hears_the_answer_based_rule() -> None:
    rl = limiter(chat_interval=1.0)
    net = SlowNetwork(up=[0.2], down=[0.3])
    first = asyncio.create_task(_via(rl, net, 4, None))
    await asyncio.sleep(0.1)  # on its way: the slot is an interval after its answer
    assert rl.chat_free_in(4) == pytest.approx(1.0)
    await first
    assert rl.chat_free_in(4) == pytest.approx(1.0)  # answered at 0.5 s: free at 1.5 s
    await asyncio.sleep(0.6)
    assert rl.chat_free_in(4) == pytest.approx(0.4)
    # a frame that waits exactly that long is sent, not dropped, and arrives 1 s after the first
    await asyncio.sleep(rl.chat_free_in(4))
    assert await _via(rl, net, 4, LimitArgs(droppable="4:1")) == {"ok": True}
    assert net.arrivals[1] - net.arrivals[0] >= 1.0


@virtual_time
async def test_a_request_refused_before_effect_does_not_hold_its_chat_longer() -> None:
    rl = limiter(chat_interval=1.0, drop_after=None)
    await request(rl, FakeTelegram(), 3, "shown")  # answered at once: next slot at 1.0 s

    async def refused() -> dict[str, Any]:
        error = NetworkError("no connection")
        error.__cause__ = httpx.ConnectError("refused")
        raise error

    data = {"chat_id": 3}
    await asyncio.sleep(1.0)
    started = now()
    with pytest.raises(NetworkError):
        await rl.process_request(refused, (), {}, "sendMessage", data, None)
    # the refused tries took their pauses (0.25 + 0.5 + 1.0 s), but nothing arrived: the chat
    # is free at once, not an interval after the last refusal
    assert now() - started == pytest.approx(1.75)
    assert rl.chat_free_in(3) == 0.0


@virtual_time
async def test_the_global_limit_holds_on_arrival_whatever_the_network() -> None:
    """A strict server counts a request when it arrives. Slow trips up for the first requests
    and fast ones for the next would put more than the limit into one of its windows if the
    limiter counted grants; it counts each request until a period after its answer."""
    rl = limiter(global_per_second=5, global_period=1.0, chat_interval=0.01, drop_after=None)
    net = SlowNetwork(up=[0.4, 0.0, 0.3, 0.35, 0.0, 0.0, 0.2], down=[0.05, 0.0, 0.1])
    started = now()
    await asyncio.gather(*(_via(rl, net, chat, None) for chat in range(1, 31)))
    assert len(net.arrivals) == 30
    assert min_span(net.arrivals, 6) >= 1.0 - SLACK
    # and no slower than needed: 30 at 5 a second, each window a little longer than a second
    assert now() - started < 6 * (1.0 + 0.4 + 0.1) + 0.5


@virtual_time
async def test_a_hung_request_holds_its_global_slot_only_for_a_while() -> None:
    rl = limiter(global_per_second=2, global_period=1.0, chat_interval=0.01, drop_after=None)
    hung = SlowNetwork(up=[0.0], down=[60.0])  # the answer never comes in time
    stuck = [asyncio.create_task(_via(rl, hung, chat, None)) for chat in (1, 2)]
    await asyncio.sleep(0.01)
    started = now()
    await request(rl, FakeTelegram(), 3, "after")
    # both slots held by unanswered requests: free 3 periods after their grant, plus a period
    assert 3.9 <= now() - started <= 4.1
    for task in stuck:
        task.cancel()
    await asyncio.gather(*stuck, return_exceptions=True)
