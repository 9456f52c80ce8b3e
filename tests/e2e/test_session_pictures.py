"""The pictures a user sees match what they are told (issue 17, items 6 and 7): through the
emulator, the chosen arm option stays on every later picture, and an amber (gentle) day shows
the gentle drawings from the READY screen to the last hold."""

from __future__ import annotations

import pytest

from app.settings import Settings
from content import exercise
from content import texts as t
from playground.client import ChatMessage, EmulatorClient, SimUser
from tests.e2e.story import (
    head,
    onboard,
    photo_cache,
    plain,
    press_and_wait,
    screen,
)


def _pictures(message: ChatMessage, names: dict[str, str]) -> list[str]:
    """The picture keys a message showed, in order, repeats of one picture merged."""
    ids = [str(message.original.get("media"))] + [e.media or "" for e in message.edits]
    keys = [names.get(i, i) for i in ids]
    return [k for i, k in enumerate(keys) if i == 0 or keys[i - 1] != k]


async def _steps_and_work(user: SimUser, ready: ChatMessage, choose_arm: str | None) -> None:
    """Shows the steps (choosing ``choose_arm`` on the first), starts, and finishes."""
    steps = exercise.STANDARD_STEPS if choose_arm else exercise.GENTLE_STEPS
    message = await press_and_wait(
        user, ready, t.SHOW_STEPS, plain(t.step_header(1, len(steps), steps[0].title))
    )
    if choose_arm:
        option = next(o for o in exercise.ARM_OPTIONS if o.label == choose_arm)
        message = await press_and_wait(user, message, choose_arm, plain(option.detail))
    for number, step in enumerate(steps[1:], start=2):
        message = await press_and_wait(
            user, message, t.NEXT, plain(t.step_header(number, len(steps), step.title))
        )
    await user.press_text(message, t.START)
    asked = await user.wait_for_text(head(t.AFTER_PAIN_PROMPT))
    await user.press_text(asked, "1")


@pytest.mark.long
@pytest.mark.usefixtures("bot")
async def test_pictures_keep_the_arms_and_show_the_gentle_move(
    client: EmulatorClient, settings: Settings
) -> None:
    async def cactus(user: SimUser) -> None:
        await onboard(user, style=t.STYLE_HOLD)
        ready = await screen(user, pain=2)
        await _steps_and_work(user, ready, choose_arm="Cactus arms")

    async def amber(user: SimUser) -> None:
        await onboard(user, usual_pain=4, style=t.STYLE_HOLD)
        ready = await screen(user, pain=4)
        await _steps_and_work(user, ready, choose_arm=None)

    cara, gina = client.user(1701), client.user(1702)
    await cactus(cara)  # first: each picture is uploaded once, then re-sent by file_id
    await amber(gina)
    names = {file_id: key for key, file_id in photo_cache(settings).items()}

    cara_live = next(m for m in await cara.bot_messages() if m.kind == "photo")
    seen = _pictures(cara_live, names)
    assert seen[:6] == [
        "cover",
        "prone_arms_out",
        "cactus_arms",  # chosen: every later picture keeps the cactus arms
        "knee_bent_cactus",
        "leg_sweep_cactus",
        "foot_down_cactus",
    ]
    assert "return_switch_cactus" in seen and seen[-1] == "left_sweep_cactus"
    assert not {"knee_bent", "leg_sweep", "foot_down", "return_switch", "left_sweep"} & set(seen)

    gina_live = next(m for m in await gina.bot_messages() if m.kind == "photo")
    seen = _pictures(gina_live, names)
    assert seen[:6] == [
        "cover_gentle",  # the amber READY screen shows the gentle move
        "hand_support",
        "knee_bent_hand",
        "gentle_variant",
        "foot_hover_gentle",
        "return_switch_gentle",
    ]
    assert seen[-1] == "left_gentle"
    full_range = {"cover", "leg_sweep", "foot_down", "foot_hover", "left_sweep", "return_switch"}
    assert not full_range & set(seen)
