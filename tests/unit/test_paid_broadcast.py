"""Paid broadcast (issue 18, item 4): behind ``PAID_BROADCAST``, off by default. When on,
reminders carry ``allow_paid_broadcast`` and the rate limiter's ``paid`` mark, and the limiter
gives marked requests a budget of their own (``PAID_BROADCAST_RATE`` a second) while everything
else keeps the free one; the per-chat limit applies to both. When off, nothing changes: no
flag, no mark, and the limiter has no paid budget (a marked request would share the free one).

The limiter runs on virtual time with a fake ``callback`` (see ``tests/unit/test_ratelimit.py``).
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest

from app.build import build_application
from app.ratelimit import NORMAL, URGENT, CoachRateLimiter, LimitArgs
from app.settings import Settings
from scheduler.dispatcher import send_options
from tests.unit.test_ratelimit import FakeTelegram, limiter, min_span, request, spawn
from tests.unit.virtual_time import now, virtual_time

pytestmark = [pytest.mark.timeout(30)]

PAID = LimitArgs(priority=NORMAL, paid=True)


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


# --- the setting -------------------------------------------------------------------------------


def test_paid_broadcast_is_off_by_default_with_telegrams_rate() -> None:
    s = settings()
    assert (s.paid_broadcast, s.paid_broadcast_rate) == (False, 1000)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"PAID_BROADCAST": "1"}, (True, 1000)),
        ({"PAID_BROADCAST": "true", "PAID_BROADCAST_RATE": "500"}, (True, 500)),
        ({"PAID_BROADCAST": "0", "PAID_BROADCAST_RATE": "250"}, (False, 250)),
        ({"PAID_BROADCAST": ""}, (False, 1000)),
    ],
)
def test_the_setting_is_read_from_the_environment(
    env: dict[str, str], expected: tuple[bool, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    s = settings()
    assert (s.paid_broadcast, s.paid_broadcast_rate) == expected


@pytest.mark.parametrize("rate", ["0", "1001", "-5", "fast"])
def test_a_rate_beyond_telegrams_is_refused(rate: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAID_BROADCAST_RATE", rate)
    with pytest.raises(ValueError, match="paid_broadcast_rate"):
        settings()


# --- what a reminder's send carries ------------------------------------------------------------


@pytest.mark.parametrize(
    ("paid", "expected"),
    [
        (False, {"rate_limit_args": {"priority": NORMAL}}),
        (
            True,
            {"allow_paid_broadcast": True, "rate_limit_args": {"priority": NORMAL, "paid": True}},
        ),
    ],
)
def test_reminders_carry_the_flag_and_the_paid_mark_only_when_on(
    paid: bool, expected: dict[str, Any]
) -> None:
    assert send_options(paid) == expected


@pytest.mark.parametrize(("paid", "budget"), [(False, None), (True, 1000)])
def test_the_applications_limiter_has_a_paid_budget_only_when_on(
    paid: bool, budget: int | None
) -> None:
    app = build_application(settings(paid_broadcast=paid), token="1:abc")
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, CoachRateLimiter)
    assert limiter.paid_per_second == budget


def test_the_budget_follows_the_rate_setting() -> None:
    app = build_application(settings(paid_broadcast=True, paid_broadcast_rate=400), token="1:abc")
    assert isinstance(app.bot.rate_limiter, CoachRateLimiter)
    assert app.bot.rate_limiter.paid_per_second == 400


# --- the limiter's budgets ---------------------------------------------------------------------


@virtual_time
async def test_paid_requests_go_at_the_paid_rate_not_the_free_one() -> None:
    # Free: 5 per 0.1 s; paid: 50 per 0.1 s (the 30 and the 1,000 a second, scaled down).
    rl, tg = limiter(global_per_second=5, global_period=0.1, paid_per_second=50), FakeTelegram()
    started = now()
    await asyncio.gather(*(spawn(rl, tg, chat, f"r{chat}", args=PAID) for chat in range(100)))
    times = tg.times()
    assert len(times) == 100 and rl.paid_sent == 100
    assert min_span(times, 51) >= 0.1 - 1e-3  # never more than 50 in a window
    assert now() - started < 0.2 + 0.05  # 100 at 50 per 0.1 s; at the free rate: 2 s


@virtual_time
async def test_without_a_paid_budget_the_mark_is_ignored_and_the_free_rate_holds() -> None:
    rl, tg = limiter(global_per_second=5, global_period=0.1), FakeTelegram()
    assert rl.paid_per_second is None
    started = now()
    await asyncio.gather(*(spawn(rl, tg, chat, f"r{chat}", args=PAID) for chat in range(20)))
    assert min_span(tg.times(), 6) >= 0.1 - 1e-3  # 5 per window, as any other request
    assert now() - started >= 0.3 - 1e-3
    assert rl.paid_sent == 0


@virtual_time
async def test_a_broadcast_takes_no_free_slot_from_in_session_traffic() -> None:
    rl, tg = limiter(global_per_second=5, global_period=0.1, paid_per_second=50), FakeTelegram()
    broadcast = [spawn(rl, tg, 1000 + i, f"paid{i}", args=PAID) for i in range(200)]
    await asyncio.sleep(0)
    started = now()
    replies = [spawn(rl, tg, i, f"reply{i}", args=LimitArgs(priority=URGENT)) for i in range(5)]
    await asyncio.gather(*replies)
    assert now() - started < 0.01  # five answers at once, while 200 reminders queue
    await asyncio.gather(*broadcast)
    free = [c.at for c in tg.calls if c.label.startswith("reply")]
    assert len(free) == 5 and rl.backlog == 0.0


@virtual_time
async def test_the_per_chat_limit_still_applies_to_paid_requests() -> None:
    rl, tg = limiter(chat_interval=0.05, paid_per_second=1000), FakeTelegram()
    await asyncio.gather(*(spawn(rl, tg, 7, f"m{i}", args=PAID) for i in range(4)))
    gaps = [b - a for a, b in itertools.pairwise(tg.times(7))]
    assert len(gaps) == 3 and min(gaps) >= 0.05 - 1e-3


@virtual_time
async def test_unmarked_requests_keep_the_free_budget_when_a_paid_one_exists() -> None:
    rl, tg = limiter(global_per_second=5, global_period=0.1, paid_per_second=50), FakeTelegram()
    await asyncio.gather(*(spawn(rl, tg, chat, f"c{chat}") for chat in range(20)))
    assert min_span(tg.times(), 6) >= 0.1 - 1e-3
    assert rl.paid_sent == 0
    await request(rl, tg, 99, "one", args=PAID)
    assert rl.paid_sent == 1
