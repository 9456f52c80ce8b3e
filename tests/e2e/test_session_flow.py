"""Issue 17 through the emulator: the set-up lasts long enough to lie down and "I'm ready"
starts the timed part early; no "Start a session" under an answer while a session is open, or
under one that says to ask a clinician first."""

from __future__ import annotations

from pathlib import Path

from coach.session.machine import Phase
from content import general
from content import texts as t
from content.safety import CLINICIAN_REPLY
from playground.client import EmulatorClient, SimUser
from tests.conftest import BotFactory, make_settings
from tests.e2e.story import (
    head,
    onboard,
    plain,
    screen,
    session_state,
    together,
    wait_for_block,
)

SCALE = 0.5  # the set-up's 12 s last 6 s: "I'm ready" must save most of them


async def test_im_ready_starts_the_timed_part_early_and_answers_offer_no_start_meanwhile(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """Ida opens a session, asks a question on the READY screen (no Start under the answer: a
    session is open), starts, and taps "I'm ready" at once: the hold starts then, not 6 s
    later; a second tap changes nothing. Cy asks who should check with a doctor first: no Start
    under that answer; asked about hold time outside a session, he gets Start."""
    slow = make_settings(tmp_path, time_scale=SCALE)

    async def ida(user: SimUser) -> None:
        await onboard(user)
        ready = await screen(user, pain=2)
        await user.send("how long should I hold the twist")
        answer = await user.wait_for(lambda m: m.message_id > ready.message_id)
        assert answer.labels and general.START_SESSION_BUTTON not in answer.labels

        await user.press_text(ready, t.START_NOW)
        setup = await wait_for_block(user, t.SETUP_TITLE)
        assert setup.labels == [t.PAUSE, t.IM_READY, t.STOP, t.HURTS]
        planned = await session_state(slow, user.user_id, Phase.WORK)
        assert planned.block_index == 0 and planned.deadline is not None
        assert planned.deadline - planned.block_started_at == 12 * SCALE  # type: ignore[operator]

        taps = [await user.press_text(setup, t.IM_READY)]
        hold = await wait_for_block(user, t.hold_title(t.RIGHT, 1, 1))
        running = await session_state(slow, user.user_id, Phase.WORK)
        assert running.block_index == 1 and running.block_started_at is not None
        assert running.block_started_at < planned.deadline - 3  # well before the set-up's end
        assert t.SKIP in hold.labels and t.IM_READY not in hold.labels
        taps.append(await user.press_forged(hold, setup.data_for(t.IM_READY)))  # again
        answers = [(await user.wait_for_answer(tap)).text for tap in taps]
        assert answers == ["", t.NOT_ACTIVE]
        assert (await session_state(slow, user.user_id, Phase.WORK)).block_index == 1
        await user.press_text(hold, t.STOP)
        await user.wait_for_text("Stopped.")

    async def cy(user: SimUser) -> None:
        await onboard(user)
        await user.send("should I ask my doctor first")
        first = await user.wait_for(lambda m: "ask a doctor or physio" in m.content)
        assert first.labels and general.START_SESSION_BUTTON not in first.labels
        await user.send("how long should I hold the twist")
        other = await user.wait_for(lambda m: m.message_id > first.message_id)
        assert other.labels[-1] == general.START_SESSION_BUTTON

    async def flo(user: SimUser) -> None:
        """A warning sign typed on the READY screen: the safety reply, then the screen loses
        "Start now" (it would be refused) and says why; Stop still ends it."""
        await onboard(user)
        ready = await screen(user, pain=2)
        assert t.START_NOW in ready.labels
        await user.send("I think I have a fever")
        await user.wait_for_text(head(CLINICIAN_REPLY))
        redrawn = await user.wait_for(
            lambda m: m.message_id == ready.message_id and t.START_NOW not in m.labels,
            fresh=False,
        )
        assert t.STOP in redrawn.labels and plain(t.HELD_NOTE) in redrawn.content
        await user.press_text(redrawn, t.STOP)
        await user.wait_for_text(t.SESSION_STOPPED)

    async with make_bot(settings_=slow):
        await together(ida(client.user(1731)), cy(client.user(1732)), flo(client.user(1733)))
