"""The emulator's paid broadcast, as Telegram: a send with ``allow_paid_broadcast`` ignores the
bot's free 30 a second and is limited to the paid rate (1,000 a second at Telegram; shrunk
here through the control API so a test needs few chats), with a 429 and ``retry_after`` beyond
it; the per-chat limit still applies; edits take no such flag; each paid message is counted
(0.1 Star each)."""

from __future__ import annotations

import httpx
import pytest
from telegram import Bot
from telegram.error import RetryAfter

from app.ratelimit import retry_seconds
from playground.client import EmulatorClient, SimUser
from playground.emulator import BotApiEmulator

from .conftest import TOKEN, FakeClock

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

FIRST = 3000


async def open_chats(ctl: EmulatorClient, count: int) -> list[SimUser]:
    users = [ctl.user(FIRST + i) for i in range(count)]
    for user in users:
        await user.send("/start")
    return users


async def test_paid_sends_go_past_the_free_limit_up_to_the_paid_rate(
    tgbot: Bot, ctl: EmulatorClient, clock: FakeClock
) -> None:
    users = await open_chats(ctl, 61)
    await ctl.set_rate_limits(True)
    await ctl.set_paid_broadcast_rate(60)
    for user in users[:60]:  # twice the free limit in one second
        await tgbot.send_message(user.chat_id, "reminder", allow_paid_broadcast=True)
    with pytest.raises(RetryAfter) as caught:
        await tgbot.send_message(users[60].chat_id, "61st", allow_paid_broadcast=True)
    assert retry_seconds(caught.value) == 1.0
    # the free budget was not touched: 30 ordinary messages still go in the same second
    for user in users[:30]:
        await tgbot.send_message(user.chat_id, "free")
    with pytest.raises(RetryAfter):
        await tgbot.send_message(users[30].chat_id, "31st free")
    clock.advance(0.1)  # 6 paid tokens back
    for user in users[30:36]:
        await tgbot.send_message(user.chat_id, "again", allow_paid_broadcast=True)
    counters = await ctl.counters()
    assert counters.paid_broadcasts == 66  # billed: 6.6 Stars
    assert counters.too_many_requests == 2


async def test_without_the_flag_the_free_limit_holds(
    tgbot: Bot, ctl: EmulatorClient, clock: FakeClock
) -> None:
    users = await open_chats(ctl, 31)
    await ctl.set_rate_limits(True)
    for user in users[:30]:
        await tgbot.send_message(user.chat_id, "reminder")
    with pytest.raises(RetryAfter):
        await tgbot.send_message(users[30].chat_id, "31st")
    assert (await ctl.counters()).paid_broadcasts == 0


async def test_the_per_chat_limit_applies_to_paid_sends(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    await ctl.set_rate_limits(True)
    for i in range(3):  # a chat's burst
        await tgbot.send_message(alex.chat_id, f"#{i}", allow_paid_broadcast=True)
    with pytest.raises(RetryAfter):
        await tgbot.send_message(alex.chat_id, "too soon", allow_paid_broadcast=True)


async def test_edits_take_no_paid_flag_and_use_the_free_budget(
    emu: BotApiEmulator, tgbot: Bot, ctl: EmulatorClient, clock: FakeClock
) -> None:
    users = await open_chats(ctl, 30)
    messages = [await tgbot.send_message(u.chat_id, "hi") for u in users]  # limits off
    await ctl.set_rate_limits(True)
    await ctl.set_paid_broadcast_rate(1000)
    for user in users:
        await tgbot.send_message(user.chat_id, "free")  # the free 30 of this second
    body = {  # PTB's edit_message_text has no such parameter: the raw call
        "chat_id": messages[0].chat_id,
        "message_id": messages[0].message_id,
        "text": "edited",
        "allow_paid_broadcast": True,
    }
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{emu.base_url}{TOKEN}/editMessageText", json=body)
    assert response.status_code == 429  # an edit has no paid route, whatever it passes
    assert (await ctl.counters()).paid_broadcasts == 0


async def test_the_paid_rate_is_a_setting_and_must_be_positive(ctl: EmulatorClient) -> None:
    assert (await ctl.settings())["paid_broadcast_rate"] == 1000.0
    await ctl.set_paid_broadcast_rate(250)
    assert (await ctl.settings())["paid_broadcast_rate"] == 250.0
    with pytest.raises(Exception, match="paid_broadcast_rate must be a positive number"):
        await ctl.set_paid_broadcast_rate(0)
