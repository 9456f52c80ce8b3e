"""/remind says "Pick a time, or type one": a typed time works right after the prompt, not
only after "Other time"; a message that is not a time still gets its own answer (issue 17)."""

from __future__ import annotations

from sqlalchemy import Engine

from content import general
from content import reminders as text
from playground.client import EmulatorClient
from tests.conftest import BotFactory, FakeClock
from tests.e2e.story import plain
from tests.e2e.test_reminders import clock, engine

__all__ = ["clock", "engine"]  # fixtures of the tests below


async def test_a_time_typed_right_after_the_picker_is_taken(
    make_bot: BotFactory, client: EmulatorClient, engine: Engine, clock: FakeClock
) -> None:
    ana, ben = client.user(2701, "Ana"), client.user(2702, "Ben")
    async with make_bot(clock=clock):
        await ana.send("/remind")
        await ana.wait_for_text("When should I remind you?")
        await ana.send("7 pm")
        days = await ana.wait_for_text("On which days? (19:00)")
        assert days.labels == [text.EVERY_DAY_BUTTON, text.WEEKDAYS_BUTTON, text.CUSTOM_BUTTON]

        await ben.send("/remind")
        await ben.wait_for_text("When should I remind you?")
        await ben.send("how long do I hold each side?")
        answer = await ben.wait_for(lambda m: bool(m.content))
        assert answer.content != plain(text.time_help("how long do I hold each side?"))
        assert "on which days" not in answer.content.lower()
        await ben.send("/help")  # and the prompt does not linger into other commands
        await ben.wait_for_text(plain(general.HELP_INTRO).strip())
