"""Fault injection: each kind of fault does exactly what it says, to real PTB calls, and is
counted. "Before effect" faults leave the chat untouched; "after effect" faults leave the call's
effect in the chat although the caller never got (or got late) its answer."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TimedOut

from app.ratelimit import retry_seconds
from playground.client import EmulatorClient, EmulatorError, SimUser
from playground.emulator import BotApiEmulator

from .conftest import TOKEN, FakeClock

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

CHAT = 1001


async def bot_texts(user: SimUser) -> list[str]:
    return [m.content for m in await user.bot_messages()]


async def no_real_errors(ctl: EmulatorClient) -> None:
    """Injected faults are counted apart from the errors the emulator's own rules produce."""
    counters = await ctl.counters()
    assert counters.error_total == 0, counters.errors
    assert counters.too_many_requests == 0


# --- before effect: nothing happens ---------------------------------------------------------


async def test_a_500_fails_the_call_before_it_takes_effect(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("500")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await tgbot.send_message(CHAT, "lost")
    assert await bot_texts(alex) == []
    # one call only: the next one goes through
    assert (await tgbot.send_message(CHAT, "fine")).text == "fine"
    assert await bot_texts(alex) == ["fine"]
    report = await ctl.faults()
    assert report.injected == {"500": 1}
    assert report.count("500", "sendMessage") == 1
    assert report.rules == []
    await no_real_errors(ctl)


async def test_an_injected_429_carries_retry_after_and_has_no_effect(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("429", times=2, retry_after=7)
    for _ in range(2):
        with pytest.raises(RetryAfter) as caught:
            await tgbot.send_message(CHAT, "lost")
        assert retry_seconds(caught.value) == 7
    await tgbot.send_message(CHAT, "third time")
    assert await bot_texts(alex) == ["third time"]
    assert (await ctl.faults()).injected == {"429": 2}
    await no_real_errors(ctl)


async def test_a_reset_before_effect_drops_the_connection_and_nothing_happens(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    sent = await tgbot.send_message(CHAT, "original")
    await ctl.inject("reset_before", method="editMessageText")
    with pytest.raises(NetworkError):
        await tgbot.edit_message_text("edited", chat_id=CHAT, message_id=sent.message_id)
    [message] = await alex.bot_messages()
    assert message.text == "original" and not message.edits
    assert (await ctl.faults()).count("reset_before", "editMessageText") == 1


async def test_a_hang_holds_the_answer_then_resets_and_nothing_happens(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("hang", seconds=0.3)
    started = time.monotonic()
    with pytest.raises(NetworkError):
        await tgbot.send_message(CHAT, "lost")
    assert time.monotonic() - started >= 0.3
    assert await bot_texts(alex) == []
    assert (await ctl.faults()).injected == {"hang": 1}


async def test_a_hang_longer_than_the_callers_patience_times_it_out(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("hang", seconds=30)
    with pytest.raises(TimedOut):
        await tgbot.send_message(CHAT, "lost", read_timeout=0.2)
    assert await bot_texts(alex) == []


# --- after effect: the call happened, the answer did not come (or came late) ----------------


async def test_a_reset_after_effect_sends_the_message_but_loses_the_answer(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("reset_after", method="sendMessage", chat_id=CHAT)
    with pytest.raises(NetworkError):
        await tgbot.send_message(CHAT, "delivered, unconfirmed")
    assert await bot_texts(alex) == ["delivered, unconfirmed"]
    assert (await ctl.faults()).count("reset_after") == 1
    await no_real_errors(ctl)


async def test_a_reset_after_effect_on_an_edit_leaves_the_edit_applied(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    sent = await tgbot.send_message(CHAT, "⏱ 3 s")
    await ctl.inject("reset_after", method="editMessageText")
    with pytest.raises(NetworkError):
        await tgbot.edit_message_text("⏱ 2 s", chat_id=CHAT, message_id=sent.message_id)
    [message] = await alex.bot_messages()
    assert message.text == "⏱ 2 s" and len(message.edits) == 1


@pytest.mark.parametrize("fault", ["hang_after", "delay"])
async def test_a_slow_call_takes_effect_once_and_answers_late(
    fault: str, tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    """``hang_after``: the call takes effect, then its answer is held; ``delay``: the call is
    held on its way, then takes effect and answers."""
    await ctl.inject(fault, seconds=0.3)
    started = time.monotonic()
    sent = await tgbot.send_message(CHAT, "slow trip")
    assert time.monotonic() - started >= 0.3
    assert sent.text == "slow trip"
    assert await bot_texts(alex) == ["slow trip"]
    assert (await ctl.faults()).injected == {fault: 1}
    await no_real_errors(ctl)


async def test_a_hang_after_effect_without_end_never_answers_but_the_message_exists(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("hang_after")
    with pytest.raises(TimedOut):
        await tgbot.send_message(CHAT, "no answer", read_timeout=0.3)
    assert await bot_texts(alex) == ["no answer"]
    assert (await ctl.faults()).injected == {"hang_after": 1}


async def test_an_answer_held_forever_is_released_when_the_emulator_stops(
    emu: BotApiEmulator, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("hang_after")
    async with httpx.AsyncClient(timeout=10) as http:
        call = asyncio.create_task(
            http.post(f"{emu.base_url}{TOKEN}/sendMessage", json={"chat_id": CHAT, "text": "x"})
        )
        await alex.wait_for_text("x")
        started = time.monotonic()
        await emu.stop()
        with pytest.raises(httpx.TransportError):
            await call
    assert time.monotonic() - started < 3


# --- which calls a rule hits ------------------------------------------------------------------


async def test_a_rule_hits_only_its_method_and_chat(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    bea = ctl.user(1002, "Bea")
    await bea.send("/start")
    to_alex = await tgbot.send_message(CHAT, "alex 1")
    to_bea = await tgbot.send_message(bea.chat_id, "bea 1")
    await ctl.inject("500", times=2, method="editmessagetext", chat_id=bea.chat_id)

    await tgbot.send_message(bea.chat_id, "bea 2")  # another method: untouched
    await tgbot.edit_message_text("alex 1!", chat_id=CHAT, message_id=to_alex.message_id)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await tgbot.edit_message_text(
                "bea 1!", chat_id=bea.chat_id, message_id=to_bea.message_id
            )
    await tgbot.edit_message_text("bea 1!", chat_id=bea.chat_id, message_id=to_bea.message_id)

    report = await ctl.faults()
    assert report.injected == {"500": 2} and report.rules == []
    assert [(f["method"], f["chat_id"]) for f in report.log] == [
        ("editMessageText", bea.chat_id),
        ("editMessageText", bea.chat_id),
    ]
    assert await bot_texts(bea) == ["bea 1!", "bea 2"]


async def test_a_rule_may_name_several_methods(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("reset_after", times=2, method=["sendMessage", "editMessageText"])
    with pytest.raises(NetworkError):
        await tgbot.send_message(CHAT, "⏱ 2 s")
    [sent] = await alex.bot_messages()
    assert await tgbot.send_chat_action(CHAT, "typing")  # not named: untouched
    with pytest.raises(NetworkError):
        await tgbot.edit_message_text("⏱ 1 s", chat_id=CHAT, message_id=sent.message_id)
    assert await bot_texts(alex) == ["⏱ 1 s"]
    report = await ctl.faults()
    assert [f["method"] for f in report.log] == ["sendMessage", "editMessageText"]


async def test_the_long_poll_is_spared_unless_named(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("500", times=3)
    assert await tgbot.get_updates(timeout=0)  # /start is there, no fault
    assert (await ctl.faults()).injected == {}
    await ctl.clear_faults()
    await ctl.inject("reset_before", method="getUpdates")
    with pytest.raises(NetworkError):
        await tgbot.get_updates(timeout=0)
    assert (await ctl.faults()).injected == {"reset_before": 1}


async def random_pattern(ctl: EmulatorClient, tgbot: Bot, seed: int) -> list[bool]:
    """Which of 40 sends failed under a 30% random 500 with this seed."""
    await ctl.clear_faults(counts=True)
    await ctl.inject("500", probability=0.3, seed=seed, method="sendMessage")
    failed = []
    for i in range(40):
        try:
            await tgbot.send_message(CHAT, f"#{i}")
        except NetworkError:
            failed.append(True)
        else:
            failed.append(False)
    assert (await ctl.faults()).injected.get("500", 0) == sum(failed)
    return failed


async def test_random_faults_follow_their_seed(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    first = await random_pattern(ctl, tgbot, seed=7)
    again = await random_pattern(ctl, tgbot, seed=7)
    other = await random_pattern(ctl, tgbot, seed=8)
    assert first == again
    assert first != other
    assert 4 <= sum(first) <= 20  # about 30% of 40
    # a random rule stays until cleared
    assert len((await ctl.faults()).rules) == 1
    await ctl.clear_faults()
    assert (await ctl.faults()).rules == []


async def test_counts_reset_with_the_counters(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.inject("500")
    with pytest.raises(NetworkError):
        await tgbot.send_message(CHAT, "lost")
    assert (await ctl.faults()).count() == 1
    await ctl.reset_counters()
    report = await ctl.faults()
    assert report.injected == {} and report.log == []


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ({"kind": "404"}, "kind must be one of"),
        ({"kind": "500", "times": 0}, "times must be at least 1"),
        ({"kind": "500", "times": 2, "probability": 0.5}, "not both"),
        ({"kind": "500", "probability": 1.5}, "between 0 and 1"),
        ({"kind": "hang"}, "a hang needs seconds"),
        ({"kind": "delay"}, "a delay needs seconds"),
        ({"kind": "429", "retry_after": 0}, "retry_after must be at least 1"),
        ({"kind": "500", "chat_id": "me"}, "chat_id must be an integer"),
        ({"kind": "500", "method": []}, "method must be a method name or a list"),
        ({"kind": "500", "method": ["sendMessage", 3]}, "method must be a method name or a list"),
    ],
)
async def test_a_bad_rule_is_refused(
    ctl: EmulatorClient, body: dict[str, Any], complaint: str
) -> None:
    with pytest.raises(EmulatorError, match=complaint) as caught:
        await ctl.request("POST", "faults", body)
    assert caught.value.status == 400
    assert (await ctl.faults()).rules == []


# --- the rate scale ---------------------------------------------------------------------------


async def test_flood_limits_scale_with_the_rate_scale(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser, clock: FakeClock
) -> None:
    """At rate scale 0.1 a chat gets its burst of 3, then one message per 0.1 s; retry_after
    counts scaled seconds."""
    await ctl.set_rate_limits(True)
    await ctl.set_rate_scale(0.1)
    assert await ctl.settings() == {
        "rate_limits": True,
        "rate_scale": 0.1,
        "paid_broadcast_rate": 1000.0,
    }
    for i in range(3):
        await tgbot.send_message(CHAT, f"#{i}")
    with pytest.raises(RetryAfter) as caught:
        await tgbot.send_message(CHAT, "too soon")
    assert retry_seconds(caught.value) == 1
    clock.advance(0.1)
    await tgbot.send_message(CHAT, "one scaled second later")
    with pytest.raises(RetryAfter):
        await tgbot.send_message(CHAT, "too soon again")
    assert (await ctl.counters()).too_many_requests == 2


async def test_group_window_scales_too(tgbot: Bot, ctl: EmulatorClient, clock: FakeClock) -> None:
    await ctl.set_rate_limits(True)
    await ctl.set_rate_scale(0.1)  # 20 per 6 s
    await ctl.user(1002, chat_id=-200).send("hi")
    for i in range(20):
        await tgbot.send_message(-200, f"#{i}")
        clock.advance(0.01)
    with pytest.raises(RetryAfter) as caught:
        await tgbot.send_message(-200, "21st")
    assert retry_seconds(caught.value) == 58
    clock.advance(5.9)
    await tgbot.send_message(-200, "a scaled minute later")


async def test_a_bad_rate_scale_is_refused(ctl: EmulatorClient) -> None:
    for bad in (0, -1, "fast", True):
        with pytest.raises(EmulatorError, match="rate_scale must be a positive number"):
            await ctl.request("POST", "settings", {"rate_scale": bad})
    assert (await ctl.settings())["rate_scale"] == 1.0
