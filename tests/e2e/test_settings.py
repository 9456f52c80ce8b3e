"""/settings through the emulator (issue 16): one message edited in place; a change applies
from the next session (the plan shows it), amber days stay gentle whatever the settings, typed
values work and out-of-range ones change nothing, and old or repeated presses are harmless."""

from __future__ import annotations

import logging

import pytest

from app.settings import Settings
from coach.callbacks import owner_of
from coach.session.machine import ArmOption, Phase
from coach.settings import buttons as b
from coach.settings import load_settings
from content import general
from content import reminders as reminder_text
from content import settings as text
from content import texts as t
from playground.client import ChatMessage, EmulatorClient, SimUser
from store.models import Reminder
from tests.e2e.story import (
    database,
    onboard,
    plain,
    screen,
    session_state,
    together,
    user_row,
)


async def open_settings(user: SimUser) -> ChatMessage:
    await user.send("/settings")
    return await user.wait_for_text(plain(text.TITLE))


async def press_and_see(
    user: SimUser, message: ChatMessage, event: b.SettingsEvent, see: str
) -> ChatMessage:
    await user.press(message, b.encode(event))
    return await user.wait_for_text(see)


@pytest.mark.usefixtures("bot")
async def test_settings_change_the_next_sessions_plan_but_not_an_amber_day(
    client: EmulatorClient, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    async def green_with_30s_hold(user: SimUser) -> None:
        await onboard(user, usual_pain=2)
        message = await open_settings(user)
        assert "Hold length: 20 s" in message.content
        message = await press_and_see(user, message, b.Open(b.Page.HOLD), "Hold length (15-30")
        message = await press_and_see(user, message, b.SetHold(30), "Saved: Hold length 30 s")
        assert "Applies from your next session" in message.content
        assert "Hold length: 30 s" in message.content
        # the same press again, and a press on the old page's button: harmless, same value
        await user.press(message, b.encode(b.Open(b.Page.ARM)))
        message = await user.wait_for_text(plain(text.PAGE_ARM))
        message = await press_and_see(user, message, b.SetArm(ArmOption.CACTUS), "Saved: Cactus")
        again = await user.press_forged(message, b.encode(b.SetHold(30)))
        await user.wait_for_answer(again)
        again = await user.press_forged(message, b.encode(b.SetHold(30)))
        await user.wait_for_answer(again)
        row = user_row(settings, user.user_id)
        assert row is not None
        chosen = load_settings(row.settings)
        assert (chosen.prefs.hold_seconds, chosen.arm) == (30, ArmOption.CACTUS)

        ready = await screen(user, pain=2)
        assert plain(t.hold_plan_line(1, 30)) in ready.content  # the next session: 30 s a side
        state = await session_state(settings, user.user_id, Phase.READY)
        assert state.prefs.hold_seconds == 30 and state.arm is ArmOption.CACTUS

    async def amber_stays_gentle(user: SimUser) -> None:
        await onboard(user, usual_pain=3)
        await open_settings(user)
        await user.send("30 s")  # typed while /settings is open
        saved = await user.wait_for_text("Saved: Hold length 30 s")
        assert "Hold length: 30 s" in saved.content
        ready = await screen(user, pain=4)  # amber
        assert plain(t.hold_plan_line(2, 15)) in ready.content  # gentler: 2 × 15 s, not 30
        state = await session_state(settings, user.user_id, Phase.READY)
        assert state.prefs.hold_seconds == 30 and state.arm is ArmOption.HAND

    async def typed_out_of_range(user: SimUser) -> None:
        await onboard(user, usual_pain=2)
        await open_settings(user)
        await user.send("45 s")
        reply = await user.wait_for_text("15-30 s")
        assert "Nothing was changed" in reply.content
        await user.send("0 reps")
        await user.wait_for_text("8-12 reps")
        await user.send("2 sets")
        await user.wait_for_text("Saved: 2 sets")
        row = user_row(settings, user.user_id)
        assert row is not None
        chosen = load_settings(row.settings)
        assert (chosen.prefs.hold_seconds, chosen.prefs.reps, chosen.prefs.sets) == (20, 8, 2)

    async def old_message_and_stale_version(user: SimUser) -> None:
        await onboard(user, usual_pain=2)
        first = await open_settings(user)
        await open_settings(user)  # a newer message: the first one's buttons still work
        await user.press(first, b.encode(b.SetCues(False)))
        await user.wait_for_text("Saved: Sound cues off")
        stale = await user.press_forged(first, "g0:h:25")
        assert (await user.wait_for_answer(stale)).text == general.BUTTON_EXPIRED
        forged = await user.press_forged(first, "g1:h:45")
        assert (await user.wait_for_answer(forged)).text == general.STALE_BUTTON
        row = user_row(settings, user.user_id)
        assert row is not None
        chosen = load_settings(row.settings)
        assert chosen.prefs.cues is False and chosen.prefs.hold_seconds == 20

    async def weekly_needs_a_reminder_and_done(user: SimUser) -> None:
        await onboard(user, usual_pain=2)
        message = await open_settings(user)
        await user.press(message, b.encode(b.Open(b.Page.WEEKLY)))
        message = await user.wait_for_text("no daily reminder yet")
        pressed = await user.press_forged(message, b.encode(b.SetWeekly(2)))  # an old day button
        await user.wait_for_answer(pressed)
        row = user_row(settings, user.user_id)
        assert row is not None and row.settings is None  # nothing saved
        await user.press_text(message, text.BUTTON_SET_REMINDER)
        await user.wait_for_text("When should I remind you?")  # /remind's own flow
        message = await open_settings(user)
        await user.press(message, b.encode(b.Done()))
        await user.wait_for_text(plain(text.DONE))

    async def redo_the_health_screen(user: SimUser) -> None:
        await onboard(user, usual_pain=2)
        message = await open_settings(user)
        await user.press(message, b.encode(b.Rescreen()))
        await user.wait_for_text(plain(text.SCREEN_NOTE))
        await user.wait_for_text(t.AGE_PROMPT)  # the onboarding screen from its start
        row = user_row(settings, user.user_id)
        assert row is not None and row.onboarding_state is not None

    async def weekly_summary_day_with_a_reminder(user: SimUser) -> None:
        await onboard(user, usual_pain=2)
        await user.send("/remind 07:30")
        picker = await user.wait_for_text("On which days? (07:30)")
        await user.press_text(picker, reminder_text.EVERY_DAY_BUTTON)
        await user.wait_for_text("Which timezone")
        await user.send("Europe/Berlin")
        await user.wait_for_text("Daily reminder set")
        message = await open_settings(user)
        assert "07:30 (every day)" in message.content
        await user.press(message, b.encode(b.Open(b.Page.WEEKLY)))
        message = await user.wait_for_text(plain(text.PAGE_WEEKLY)[:40])
        await user.press_text(message, "Sun")
        message = await user.wait_for_text("Saved: Weekly summary on Sundays")
        with database(settings) as db:
            row = db.get(Reminder, user.user_id)
            assert row is not None and row.weekly_day == 6
        await user.press(message, b.encode(b.Open(b.Page.WEEKLY)))
        message = await user.wait_for_text(plain(text.PAGE_WEEKLY)[:40])
        await user.press_text(message, text.BUTTON_OFF)
        await user.wait_for_text("Saved: Weekly summary off")
        with database(settings) as db:
            row = db.get(Reminder, user.user_id)
            assert row is not None and row.weekly_day is None and row.enabled

    await together(
        weekly_summary_day_with_a_reminder(client.user(1607)),
        redo_the_health_screen(client.user(1606)),
        green_with_30s_hold(client.user(1601)),
        amber_stays_gentle(client.user(1602)),
        typed_out_of_range(client.user(1603)),
        old_message_and_stale_version(client.user(1604)),
        weekly_needs_a_reminder_and_done(client.user(1605)),
    )
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors[:5]]


@pytest.mark.usefixtures("bot")
async def test_settings_is_in_help_and_the_menu(client: EmulatorClient) -> None:
    pat = client.user(1610)
    await pat.send("/help")
    reply = await pat.wait_for_text("/settings")
    assert "Hold length" in reply.content
    assert "settings" in [c["command"] for c in await client.commands()]


@pytest.mark.usefixtures("bot")
async def test_in_a_group_only_the_asker_changes_their_settings(
    client: EmulatorClient, settings: Settings
) -> None:
    group = -100778
    owner, other = client.user(1621, "Ann", group), client.user(1622, "Bob", group)
    await owner.send("/settings")
    message = await owner.wait_for_text(plain(text.TITLE))
    assert all(
        owner_of(button.callback_data) == owner.user_id for r in message.keyboard for button in r
    )
    await owner.press_text(message, text.BUTTON_HOLD.format(value="20 s"))
    message = await owner.wait_for_text("Hold length (15-30 s per side)")
    pressed = await other.press_text(message, "30 s")
    assert (await other.wait_for_answer(pressed)).text == general.NOT_YOUR_BUTTONS
    await other.send("25 s")  # typed by someone else: not a value for the owner's settings
    answer = await other.wait_for(lambda m: m.message_id != message.message_id)
    assert "Saved" not in answer.content
    untouched = user_row(settings, owner.user_id)
    assert untouched is not None and untouched.settings is None
    await owner.press_text(message, "15 s")
    await owner.wait_for_text("Saved: Hold length 15 s")
    row = user_row(settings, owner.user_id)
    assert row is not None and load_settings(row.settings).prefs.hold_seconds == 15
    other_row = user_row(settings, other.user_id)  # nothing saved for the presser either
    assert other_row is None or other_row.settings is None
