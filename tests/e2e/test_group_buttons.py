"""In a group chat, buttons belong to the user they answer: another member's press is answered,
changes nothing, and acts for no one (issue 15). The mark rides in the callback data, so the
same rule holds for every feature, and after a restart."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine

from coach.callbacks import owner_of
from content import general
from content import reminders as text
from playground.client import EmulatorClient
from tests.conftest import BotFactory, FakeClock
from tests.e2e.story import together
from tests.e2e.test_reminders import (
    clock,
    deliver,
    engine,
    reminder_row,
    reminders_received,
    set_reminder,
)

__all__ = ["clock", "engine"]  # fixtures of the tests below

GROUP = -100777


async def test_another_members_press_on_reminder_buttons_changes_nothing(
    make_bot: BotFactory, client: EmulatorClient, engine: Engine, clock: FakeClock
) -> None:
    owner, other = client.user(1901, "Ann", GROUP), client.user(1902, "Bob", GROUP)
    async with make_bot(clock=clock) as app:
        await owner.send("/remind 7:30")
        picker = await owner.wait_for_text("On which days?")
        assert all(owner_of(b.callback_data) == owner.user_id for r in picker.keyboard for b in r)

        pressed = await other.press_text(picker, text.EVERY_DAY_BUTTON)
        answer = await other.wait_for_answer(pressed)
        assert (answer.text, answer.show_alert) == (general.NOT_YOUR_BUTTONS, True)
        assert reminder_row(engine, other.user_id) is None  # nothing done for the presser
        assert reminder_row(engine, owner.user_id) is None  # nor for the owner
        unchanged = next(m for m in await owner.bot_messages() if m.message_id == picker.message_id)
        assert unchanged.edits == []

        await set_reminder(owner, engine)  # the owner's own press works as ever
        assert reminder_row(engine, owner.user_id) is not None

        clock.set(datetime(2025, 3, 3, 6, 30, tzinfo=UTC))  # 07:30 in Berlin
        await deliver(app)
        [nudge] = await reminders_received(owner)
        before = reminder_row(engine, owner.user_id)
        snooze = await other.press_text(nudge, text.SNOOZE_15M)
        assert (await other.wait_for_answer(snooze)).text == general.NOT_YOUR_BUTTONS
        assert reminder_row(engine, owner.user_id) == before  # not snoozed
        mine = await owner.press_text(nudge, text.SNOOZE_15M)
        assert (await owner.wait_for_answer(mine)).text != general.NOT_YOUR_BUTTONS
        await owner.wait_for_text("remind you again")
        snoozed = reminder_row(engine, owner.user_id)
        assert snoozed is not None and before is not None
        assert snoozed.next_fire_at == datetime(2025, 3, 3, 6, 45, tzinfo=UTC)


async def test_in_a_private_chat_buttons_carry_no_mark(
    make_bot: BotFactory, client: EmulatorClient, engine: Engine, clock: FakeClock
) -> None:
    alone = client.user(1903)
    async with make_bot(clock=clock):
        await together(alone.send("/remind 7:30"))
        picker = await alone.wait_for_text("On which days?")
        assert all(owner_of(b.callback_data) is None for r in picker.keyboard for b in r)
