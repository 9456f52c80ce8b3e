"""The guided session (SAFETY.md sections 3 to 6) as users meet it through the emulator: the
pre-session check and its decision, green Hold and Flow sessions from the first picture to the
summary, the countdown's timing and traffic, the buttons of timed work, the next day, odd input,
and a restart in the middle of a countdown.

Independent users run side by side (`together`): every message costs about a second of the
chat's rate limit, so stories that share a rule share a test and its clock."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.settings import Settings
from coach.reminders.view import format_fire
from coach.session import view as views
from coach.session.countdown import remaining_display
from coach.session.machine import Phase
from content import exercise, general
from content import texts as t
from content.safety import STOP_PAIN_REPLY
from playground.client import ChatMessage, EmulatorClient, SimUser
from tests.conftest import BotFactory, make_settings
from tests.e2e.story import (
    DIAGNOSIS_WORDS,
    EMERGENCY_HEAD,
    GREEN_HEAD,
    PAIN_NOW_HEAD,
    PUSH_WORDS,
    RED_HEAD,
    RunningClock,
    all_text,
    assert_polite,
    block_schedule,
    first_frame_since,
    head,
    live_message,
    media_ids,
    onboard,
    photo_cache,
    picture_names,
    plain,
    press_and_wait,
    screen,
    screenings,
    session_rows,
    session_state,
    settle,
    shown_seconds,
    together,
    wait_for_block,
)

EMERGENCY_KEYS = [s.key for s in t.EMERGENCY_SIGNS]
_DETAILS = {s.key: s.detail for s in (*t.EMERGENCY_SIGNS, *t.CLINICIAN_SIGNS)}


def ticked_list(keys: list[str]) -> str:
    """The list of ticked signs that follows an emergency or clinician outcome, as shown."""
    return "\n\n" + plain(t.YOU_TICKED) + "".join(f"\n• {_DETAILS[k]}" for k in keys)


CLINICIAN_KEYS = [s.key for s in t.CLINICIAN_SIGNS]
SCALE = 0.25  # TIME_SCALE for timed work: a 20 s hold lasts 5 s, long enough to press buttons


# --- before every session (SAFETY.md sections 3 and 4) -----------------------------------------


@pytest.mark.usefixtures("bot")
async def test_the_check_before_every_session_decides(
    client: EmulatorClient, settings: Settings
) -> None:
    """Each emergency sign: urgent help, no diagnosis, recorded, /session refused for 24 hours.
    Each see-a-clinician sign: no session today, see a GP or physio soon. Pain now: 3 green;
    4 and 5 amber, saying why, with the gentler plan; 6 (or a typed 7) red with kind advice;
    2 or more above the usual level amber even at 3."""

    async def emergency(user: SimUser, key: str) -> None:
        onboarded = await onboard(user)
        outcome = await screen(user, emergency=[key])
        # The outcome replaced the checklist: it still lists what was ticked (issue 17, 14).
        assert outcome.content == plain(t.EMERGENCY_OUTCOME) + ticked_list([key])
        assert outcome.labels == [] and outcome.kind == "text"
        checked = [m for m in await user.bot_messages() if m.message_id > onboarded.message_id]
        said = all_text(checked).lower()
        assert not any(word in said for word in DIAGNOSIS_WORDS), said
        [record] = screenings(settings, user.user_id, "pre_session")
        assert (record.decision, record.answers, record.pain) == ("emergency", f'["{key}"]', None)
        [row] = session_rows(settings, user.user_id)
        assert not row.active and row.outcome == "emergency" and row.pain_before is None

        await user.send("/session")  # within 24 hours: refused, not even screened
        refusal = await user.wait_for_text(general.LOCKED_OUT[:30])
        at = record.at.strftime("%H:%M")
        assert refusal.content == plain(general.LOCKED_OUT.format(time=f"{at} UTC"))
        assert len(session_rows(settings, user.user_id)) == 1

    async def clinician(user: SimUser, key: str) -> None:
        await onboard(user)
        outcome = await screen(user, clinician=[key])
        assert outcome.content == plain(t.CLINICIAN_OUTCOME) + ticked_list([key])
        assert "GP or physiotherapist" in outcome.content and outcome.labels == []
        [record] = screenings(settings, user.user_id, "pre_session")
        assert (record.decision, record.answers) == ("clinician", f'["{key}"]')
        [row] = session_rows(settings, user.user_id)
        assert not row.active and row.outcome == "clinician"

    async def green(user: SimUser) -> None:
        await onboard(user, usual_pain=2)
        ready = await screen(user, pain=3)
        assert ready.kind == "photo"
        assert ready.content.startswith(plain(t.GREEN_OUTCOME))
        assert plain(t.hold_plan_line(1, 20)) in ready.content  # standard: 20 s per side
        assert t.CHOOSE_GENTLE in ready.labels and t.STOP in ready.labels

    async def amber(user: SimUser, pain: int, usual: int, pain_4_5: bool, above: bool) -> None:
        await onboard(user, usual_pain=usual)
        ready = await screen(user, pain=pain)
        assert ready.kind == "photo"
        why = t.amber_outcome(
            pain, usual, pain_4_5=pain_4_5, above_usual=above, flare_unresolved=False
        )
        assert ready.content.startswith(plain(why))
        assert plain(t.hold_plan_line(2, 15)) in ready.content  # gentler: 2 × 15 s per side
        assert t.CHOOSE_GENTLE not in ready.labels  # amber is always the gentler variant

    async def red(user: SimUser, pain: int, typed: bool = False) -> None:
        await onboard(user, usual_pain=2)
        if typed:
            await user.send("/session")
            for checklist in (EMERGENCY_HEAD, head(t.CLINICIAN_PROMPT)):
                message = await user.wait_for_text(checklist)
                await user.press_text(message, t.NONE_OF_THESE)
            await user.wait_for_text(PAIN_NOW_HEAD)
            await user.send(str(pain))
            outcome = await user.wait_for_text(RED_HEAD)
        else:
            outcome = await screen(user, pain=pain)
        assert outcome.content == plain(t.red_outcome(pain))
        assert outcome.kind == "text" and outcome.labels == []
        [row] = session_rows(settings, user.user_id)
        assert not row.active and row.outcome == "red" and row.pain_before == pain

    warned = [client.user(1200 + i) for i in range(len(EMERGENCY_KEYS) + len(CLINICIAN_KEYS))]
    pains = [client.user(uid) for uid in range(1231, 1238)]
    await together(
        *(emergency(u, k) for u, k in zip(warned, EMERGENCY_KEYS, strict=False)),
        *(
            clinician(u, k)
            for u, k in zip(warned[len(EMERGENCY_KEYS) :], CLINICIAN_KEYS, strict=True)
        ),
        green(pains[0]),
        amber(pains[1], pain=4, usual=3, pain_4_5=True, above=False),
        amber(pains[2], pain=5, usual=4, pain_4_5=True, above=False),
        red(pains[3], pain=6),
        red(pains[4], pain=7, typed=True),
        amber(pains[5], pain=3, usual=1, pain_4_5=False, above=True),
        amber(pains[6], pain=5, usual=2, pain_4_5=True, above=True),
    )
    for user in warned:  # nobody warned ever saw a session picture
        assert all(m.kind == "text" for m in await user.bot_messages())
    decided = {
        u.user_id: [(s.decision, s.pain) for s in screenings(settings, u.user_id, "pre_session")]
        for u in pains
    }
    assert decided == {
        1231: [("green", 3)],
        1232: [("amber", 4)],
        1233: [("amber", 5)],
        1234: [("red", 6)],
        1235: [("red", 7)],
        1236: [("amber", 3)],
        1237: [("amber", 5)],
    }
    await assert_polite(client, [u.user_id for u in warned + pains], paced=False)


# --- the next day (SAFETY.md sections 3.1 and 6) ----------------------------------------------


async def test_the_next_day_the_lockout_lifts_and_a_pain_rise_is_checked(
    client: EmulatorClient, settings: Settings, make_bot: BotFactory
) -> None:
    """Day one: Rae ticks an emergency sign; Ivy's pain rises by 2 after her session (a kind
    word, the gentler version next time). 23 h 59 min later Rae is still refused; a day later
    she screens afresh and may go on. Ivy is asked first whether it has settled: "Not yet" makes
    the session gentler, and a second rise within 14 days brings a physio or GP suggestion."""
    clock = RunningClock(datetime(2025, 5, 5, 9, 0, tzinfo=UTC))  # runs, and jumps on request
    rae, ivy = client.user(1221), client.user(1222)

    async def rae_day_one() -> None:
        await onboard(rae)
        outcome = await screen(rae, emergency=["bladder"])
        assert outcome.content == plain(t.EMERGENCY_OUTCOME) + ticked_list(["bladder"])

    async def ivy_day_one() -> None:
        await onboard(ivy, usual_pain=2)
        ready = await screen(ivy, pain=2)
        await ivy.press_text(ready, t.START_NOW)
        asked = await ivy.wait_for_text(head(t.AFTER_PAIN_PROMPT))
        await ivy.press_text(asked, "4")
        kind = await ivy.wait_for_text(t.after_rose(2, 4)[:40])
        assert kind.content.startswith(t.after_rose(2, 4))  # gentler next time, check in tomorrow
        assert t.SUGGEST_CLINICIAN_FLARES not in kind.content

    async def rae_day_two() -> None:
        ready = await screen(rae, pain=2)  # a fresh screen first, then a session
        assert ready.kind == "photo" and GREEN_HEAD in ready.content
        decisions = [(s.decision, s.at.date()) for s in screenings(settings, 1221, "pre_session")]
        assert decisions == [("emergency", day_one), ("green", day_one.replace(day=6))]

    async def ivy_day_two() -> None:
        await ivy.send("/session")
        check_in = await ivy.wait_for_text(head(t.CHECKIN_QUESTION))
        assert check_in.content == plain(t.CHECKIN_QUESTION)
        assert check_in.labels == [t.CHECKIN_YES, t.CHECKIN_NO]
        await ivy.press_text(check_in, t.CHECKIN_NO)
        ready = await screen(ivy, pain=2, command=False)
        why = t.amber_outcome(2, 2, pain_4_5=False, above_usual=False, flare_unresolved=True)
        assert ready.content.startswith(plain(why))  # gentler, and a break is fine too
        assert plain(t.hold_plan_line(2, 15)) in ready.content
        assert session_rows(settings, ivy.user_id)[0].flare_settled is False

        await ivy.press_text(ready, t.START_NOW)
        asked = await ivy.wait_for_text(head(t.AFTER_PAIN_PROMPT))
        await ivy.press_text(asked, "4")  # a second rise within 14 days
        summary = await ivy.wait_for_text(t.summary_line(t.STYLE_HOLD, True, 2, 4))
        assert summary.content == "\n\n".join(
            [
                t.after_rose(2, 4),
                t.SUGGEST_CLINICIAN_FLARES,
                t.streak_line(2, 2),
                t.summary_line(t.STYLE_HOLD, True, 2, 4),
                t.REMINDER_OFFER,
            ]
        )
        rows = session_rows(settings, ivy.user_id)
        assert [(r.variant, r.pain_before, r.pain_after, r.completed) for r in rows] == [
            ("standard", 2, 4, True),
            ("gentle", 2, 4, True),
        ]

    day_one = clock.current.date()
    async with make_bot(clock=clock):
        await together(rae_day_one(), ivy_day_one())
        [emergency] = screenings(settings, 1221, "pre_session")

        clock.advance(hours=23, minutes=59)
        await rae.send("/session")
        refusal = await rae.wait_for_text(general.LOCKED_OUT[:30])
        at = emergency.at.strftime("%H:%M")
        assert refusal.content == plain(general.LOCKED_OUT.format(time=f"{at} UTC"))

        clock.advance(minutes=2)  # now more than 24 hours after the emergency answer
        await together(rae_day_two(), ivy_day_two())
        await assert_polite(client, [rae.user_id, ivy.user_id])


async def test_no_session_today_means_the_rest_of_the_day(
    client: EmulatorClient, settings: Settings, make_bot: BotFactory
) -> None:
    """Ned's pain is 7 (red); Cal ticks a see-a-clinician sign. Both were told "no session
    today". Asking again two hours later, each is reminded why and until when, and is not
    screened. Cal shared his location (Berlin), so his day ends at Berlin's midnight; Ned's time
    zone is unknown, so his lasts 24 hours. After that each screens afresh (SAFETY.md 3.2, 4)."""
    clock = RunningClock(datetime(2025, 5, 5, 9, 0, tzinfo=UTC))  # 11:00 in Berlin
    ned, cal = client.user(1231), client.user(1232)

    async def ned_day_one() -> None:
        await onboard(ned)
        outcome = await screen(ned, pain=7)
        assert outcome.content == plain(t.red_outcome(7))

    async def cal_day_one() -> None:
        await onboard(cal)
        await cal.share_location(52.52, 13.405)
        await cal.wait_for_text("Timezone set: Europe/Berlin")
        outcome = await screen(cal, clinician=["fever_unwell"])
        assert outcome.content == plain(t.CLINICIAN_OUTCOME) + ticked_list(["fever_unwell"])

    async def refused(user: SimUser, expected: str) -> None:
        before = len(await user.bot_messages())
        await user.send("/session")
        refusal = await user.wait_for_text(plain(expected)[:40])
        assert refusal.content == plain(expected)
        await settle(user)  # (answered by /help, left out below)
        after = [
            m
            for m in (await user.bot_messages())[before:]
            if head(general.HELP_INTRO) not in m.content
        ]
        assert [m.message_id for m in after] == [refusal.message_id]  # no screen, no buttons
        assert refusal.labels == []

    async with make_bot(clock=clock):
        await together(ned_day_one(), cal_day_one())
        [ned_red] = screenings(settings, ned.user_id, "pre_session")
        [cal_sign] = screenings(settings, cal.user_id, "pre_session")
        assert (ned_red.decision, cal_sign.decision) == ("red", "clinician")
        ned_until = ned_red.at + timedelta(hours=24)
        ned_text = general.REST_DAY.format(
            time=f"{ned_red.at:%H:%M} UTC", until=f"{format_fire(ned_until, 'UTC')} UTC"
        )
        cal_local = cal_sign.at.astimezone(ZoneInfo("Europe/Berlin"))
        cal_text = general.REST_DAY.format(time=f"{cal_local:%H:%M}", until="Tue 6 May, 00:00")

        clock.advance(hours=2)
        await together(refused(ned, ned_text), refused(cal, cal_text))

        clock.advance(hours=11)  # 22:00 UTC and later: midnight in Berlin, still 5 May in UTC
        ready = await screen(cal, pain=2)  # a new day for Cal: a fresh screen, then a session
        assert ready.kind == "photo" and GREEN_HEAD in ready.content
        await refused(ned, ned_text)

        clock.advance(hours=11)  # past 09:00 UTC on 6 May: 24 hours since Ned's answer
        ready = await screen(ned, pain=2)
        assert ready.kind == "photo" and GREEN_HEAD in ready.content
        await assert_polite(client, [ned.user_id, cal.user_id])


# --- green sessions, start to finish --------------------------------------------------------


def _step_pictures() -> list[str]:
    """The picture of each how-to step with the default arm and leg choices."""
    choice = {"arm": exercise.ARM_OPTIONS[0].picture, "leg": exercise.LEG_OPTIONS[0].picture}
    return [choice[s.choice] if s.choice else s.picture for s in exercise.STANDARD_STEPS]


def _pictures(message: ChatMessage, names: dict[str, str]) -> list[str]:
    """The picture keys a message showed, in order, repeats of one picture merged."""
    ids = [str(message.original.get("media"))] + [e.media or "" for e in message.edits]
    keys = [names.get(i, i) for i in ids]
    return [k for i, k in enumerate(keys) if i == 0 or keys[i - 1] != k]


@pytest.mark.long
@pytest.mark.usefixtures("bot")
async def test_green_hold_and_flow_sessions_run_start_to_finish(
    client: EmulatorClient, settings: Settings
) -> None:
    first_pictures_sent = asyncio.Event()
    finals: dict[int, float] = {}  # the final deadline of each user's plan

    async def hold_with_steps(user: SimUser) -> None:
        await onboard(user, style=t.STYLE_HOLD)
        ready = await screen(user, pain=2)
        assert ready.kind == "photo" and plain(t.hold_plan_line(1, 20)) in ready.content
        steps = exercise.STANDARD_STEPS
        message = await press_and_wait(
            user, ready, t.SHOW_STEPS, plain(t.step_header(1, len(steps), steps[0].title))
        )
        first_pictures_sent.set()
        for number, step in enumerate(steps[1:], start=2):
            assert message.labels[-2:] == [t.BACK, t.NEXT]
            message = await press_and_wait(
                user, message, t.NEXT, plain(t.step_header(number, len(steps), step.title))
            )
        assert message.labels[-2:] == [t.BACK, t.START]  # the last step starts the timer
        message = await press_and_wait(
            user, message, t.BACK, plain(t.step_header(4, len(steps), steps[3].title))
        )
        message = await press_and_wait(
            user, message, t.NEXT, plain(t.step_header(5, len(steps), steps[4].title))
        )
        await user.press_text(message, t.START)
        state = await session_state(settings, user.user_id, Phase.WORK)
        asked = await user.wait_for_text(head(t.AFTER_PAIN_PROMPT))
        finals[user.user_id] = block_schedule(state)[-1][1]
        await user.press_text(asked, "1")
        summary = await user.wait_for_text(t.summary_line(t.STYLE_HOLD, False, 2, 1))
        assert summary.content == "\n\n".join(
            [
                t.after_eased(2, 1),
                t.streak_line(1, 1),
                t.summary_line("Hold", False, 2, 1),
                t.REMINDER_OFFER,
            ]
        )

    async def flow(user: SimUser) -> None:
        await onboard(user, style=t.STYLE_FLOW)
        await first_pictures_sent.wait()  # see the report: first uploads of a picture race
        ready = await screen(user, pain=2)
        assert plain(t.flow_plan_line(3, 8)) in ready.content
        await user.press_text(ready, t.START_NOW)
        state = await session_state(settings, user.user_id, Phase.WORK)
        asked = await user.wait_for_text(head(t.AFTER_PAIN_PROMPT))
        finals[user.user_id] = block_schedule(state)[-1][1]
        await user.press_text(asked, "2")
        summary = await user.wait_for_text(t.summary_line(t.STYLE_FLOW, False, 2, 2))
        assert t.after_same(2, 2) in summary.content and t.streak_line(1, 1) in summary.content

    hana, flo = client.user(1301), client.user(1302)
    await together(hold_with_steps(hana), flow(flo))
    cache = photo_cache(settings)
    names = {file_id: key for key, file_id in cache.items()}

    # Every step's picture, Back once, then the timed work: set-up, then every phase, even at
    # TIME_SCALE 0.02 where a hold lasts under a second: the right hold, the switch, the left
    # hold (ending at 0 s).
    hold_live = next(m for m in await hana.bot_messages() if m.kind == "photo")
    steps = _step_pictures()
    assert _pictures(hold_live, names) == [
        exercise.COVER_PICTURE,
        *steps,
        steps[3],
        steps[4],
        exercise.ARM_OPTIONS[0].picture,
        exercise.LEG_OPTIONS[0].picture,
        exercise.SWITCH_PICTURE,
        exercise.LEFT_SIDE_PICTURE,
    ]
    assert hold_live.content == _final_frame(t.hold_title(t.LEFT, 1, 1), t.HOLD_LINE)
    assert hold_live.labels == []  # the finished countdown keeps no buttons
    # Flow alternates sides (issue 17, item 5): each half of a rep shows its side's picture;
    # at this scale the reps go by between frames, and the last half is the left leg's.
    flow_live = next(m for m in await flo.bot_messages() if m.kind == "photo")
    flow_pictures = _pictures(flow_live, names)
    assert flow_pictures[:2] == [exercise.COVER_PICTURE, exercise.ARM_OPTIONS[0].picture]
    assert flow_pictures[-1] == exercise.LEFT_SIDE_PICTURE
    assert set(flow_pictures[2:]) <= {
        exercise.LEG_OPTIONS[0].picture,
        exercise.LEFT_SIDE_PICTURE,
        exercise.ARM_OPTIONS[0].picture,  # the rest between sets: lying flat
    }
    assert flow_live.content == _final_frame(
        f"{t.rep_title(t.LEFT, 8, 8)}\n{t.set_counter(3, 3)}", t.REP_BACK
    )
    # The final frame never lands before its deadline. How late it lands is a latency
    # figure, measured at real rates and real time by benchmarks/countdown.py (at most 1 s).
    for user, live in ((flo, flow_live), (hana, hold_live)):
        deadline, final = finals[user.user_id], live.edits[-1].at
        assert deadline - 0.05 <= final, final - deadline

    for user in (hana, flo):
        [row] = session_rows(settings, user.user_id)
        assert (row.active, row.completed, row.outcome, row.variant) == (
            False,
            True,
            "green",
            "standard",
        )
    pains = [
        (r.pain_before, r.pain_after)
        for u in (hana, flo)
        for r in session_rows(settings, u.user_id)
    ]
    assert pains == [(2, 1), (2, 2)]

    # Each picture went up once (one file_id per picture, across both chats, though the cover
    # and the set-up picture were shown several times); every later showing re-sent the id.
    # (After a restart too: see test_a_restart_mid_countdown_pauses_and_resume_finishes.)
    shown = media_ids([*await hana.bot_messages(), *await flo.bot_messages()])
    assert shown == set(cache.values()) and len(cache) == len(set(cache.values()))
    await assert_polite(client, [hana.user_id, flo.user_id])


def _final_frame(title: str, line: str) -> str:
    return "\n".join(
        [title, plain(t.remaining_line(0)), views.progress_bar(1.0), line, plain(t.WORK_CUE)]
    )


# --- timed work (SAFETY.md section 5) ---------------------------------------------------------


async def _into_the_right_hold(user: SimUser) -> ChatMessage:
    """Onboarding, a green screen, Start now, and the first frame of the first hold."""
    await onboard(user)
    ready = await screen(user, pain=2)
    await user.press_text(ready, t.START_NOW)
    return await wait_for_block(user, t.hold_title(t.RIGHT, 1, 1))


@pytest.mark.real_rates  # one message a second in each chat, at Telegram's own limits
async def test_the_countdown_keeps_time_whatever_else_happens(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """Tim's Hold runs untouched: each block's first frame and the final frame land within a
    second of their deadlines, the numbers count down truthfully, every timed screen has Stop
    and It hurts, and the chat never gets more than one message a second. Meanwhile Oz
    double-taps Start, sends a sticker, a 4096-character message, /session and an old button
    mid-countdown: each gets its answer and the countdown goes on. And in a group, nobody can
    press someone else's buttons."""
    slow = make_settings(tmp_path, time_scale=SCALE)
    schedule: list[tuple[float, float]] = []
    lives: list[ChatMessage] = []  # Tim's live message, once his session has ended

    async def untouched(user: SimUser) -> None:
        await onboard(user)
        ready = await screen(user, pain=2)
        await user.press_text(ready, t.START_NOW)
        schedule.extend(block_schedule(await session_state(slow, user.user_id, Phase.WORK)))
        await user.wait_for_text(head(t.AFTER_PAIN_PROMPT), timeout=30)
        lives.append(await live_message(user, ready.message_id))

    async def odd(user: SimUser) -> None:
        onboarded = await onboard(user)
        ready = await screen(user, pain=2)
        taps = await asyncio.gather(
            user.press_text(ready, t.START_NOW), user.press_text(ready, t.START_NOW)
        )
        answers = sorted([(await user.wait_for_answer(tap)).text for tap in taps])
        assert answers == ["", t.NOT_ACTIVE]  # the second tap changed nothing
        live = await wait_for_block(user, t.SETUP_TITLE)

        await user.send_kind("sticker")
        await user.wait_for_text(general.NON_TEXT["sticker"])
        await user.send("lorem ipsum " * 341 + "dolo")  # 4096 characters, Telegram's maximum
        await user.wait_for_text(general.TOO_LONG[:30])
        await user.send("/session")  # one at a time
        one = await user.wait_for_text(t.ONE_AT_A_TIME[:40])
        assert one.labels == [t.STOP]
        await user.press_text(onboarded, t.START_FIRST_SESSION)  # an old button, same answer
        other = await user.wait_for(lambda m: m.message_id > one.message_id and t.STOP in m.labels)
        assert other.content == plain(t.ONE_AT_A_TIME)
        # The countdown carried on through all of that.
        await user.wait_for(lambda m: m.message_id == live.message_id)

        asked = await press_and_wait(user, one, t.STOP, head(t.STOPPED_EARLY_PAIN_PROMPT))
        await user.send("3")
        summary = await user.wait_for_text(t.summary_line(t.STYLE_HOLD, False, 2, 3))
        assert t.STOPPED_EARLY_NOTE in summary.content and asked.message_id == summary.message_id
        late = await user.press_text(other, t.STOP)  # the session is over now
        assert (await user.wait_for_answer(late)).text == t.SESSION_ENDED
        [row] = session_rows(slow, user.user_id)
        assert (row.active, row.pain_before, row.pain_after) == (False, 2, 3)

    async def in_a_group(owner: SimUser, other: SimUser) -> None:
        await onboard(client.user(owner.user_id))  # set up in a private chat first
        await owner.send("/session")
        checklist = await owner.wait_for_text(EMERGENCY_HEAD)
        intruder = await other.press_text(checklist, t.NONE_OF_THESE)
        answer = await other.wait_for_answer(intruder)
        assert (answer.text, answer.show_alert) == (general.NOT_YOUR_SESSION, True)
        await owner.press_text(checklist, t.NONE_OF_THESE)  # the owner goes on as before
        await owner.wait_for_text(head(t.CLINICIAN_PROMPT))
        still = await live_message(owner, checklist.message_id)
        assert len(still.edits) == 1  # only the owner's press changed the message

        await other.send("/start")  # the other member's own screen: not the owner's to answer
        age = await other.wait_for_text(t.AGE_PROMPT)
        foreign = await owner.press_text(age, t.AGE_YES)
        assert (await owner.wait_for_answer(foreign)).text == t.ONBOARDING_STALE

    group = -100123
    async with make_bot(settings_=slow):
        await together(
            untouched(client.user(1311)),
            odd(client.user(1312)),
            in_a_group(client.user(1313, chat_id=group), client.user(1314, chat_id=group)),
        )
        await assert_polite(client, [1311, 1312, 1313, group])

    titles = [
        t.SETUP_TITLE,
        t.hold_title(t.RIGHT, 1, 1),
        t.SWITCH_TITLE,
        t.hold_title(t.LEFT, 1, 1),
    ]
    pictures = [
        exercise.ARM_OPTIONS[0].picture,
        exercise.LEG_OPTIONS[0].picture,
        exercise.SWITCH_PICTURE,
        exercise.LEFT_SIDE_PICTURE,
    ]
    [live] = lives
    frames = [e for e in live.edits if "⏱" in e.content]
    names = await picture_names(client, (f.media or "" for f in frames))
    assert [names[f.media or ""] for f in frames] == [
        pictures[titles.index(f.content.splitlines()[0])] for f in frames
    ]
    for index, (title, (start, deadline)) in enumerate(zip(titles, schedule, strict=True)):
        block = [f for f in frames if f.content.splitlines()[0] == title]
        assert block, f"block {title!r} was never shown"
        # Never before the block starts. (How late: one rate-limit interval at most, Start
        # came right after the READY picture; a latency figure that benchmarks/countdown.py
        # checks at real time, as the final frame of the block before.)
        assert start - 0.05 <= block[0].at, (title, block[0].at - start)
        numbers = [shown_seconds(f) for f in block]
        assert numbers == sorted(set(numbers), reverse=True), numbers  # counts down, no repeats
        for frame, number in zip(block, numbers, strict=True):
            left = deadline - frame.at  # real seconds left when the frame landed
            # never less than the time left (how stale a frame may be, at most one interval
            # and one number, is benchmarks/countdown.py's frame staleness target)
            assert left - 0.05 <= number * SCALE, (title, number, left)
        if title not in (t.SETUP_TITLE, t.SWITCH_TITLE):
            assert len(numbers) >= 4, numbers  # the countdown really ran, second by second
        last = index == len(titles) - 1
        for frame in block[:-1] if last else block:  # every timed screen: Stop and It hurts
            rows = (frame.reply_markup or {}).get("inline_keyboard", [])
            second = t.IM_READY if title == t.SETUP_TITLE else t.SKIP  # set-up: start sooner
            assert [b["text"] for row in rows for b in row] == [t.PAUSE, second, t.STOP, t.HURTS]
            assert plain(t.WORK_CUE) in frame.content  # move gently, stop if it sharpens
    final = frames[-1]
    assert final.content.splitlines()[:2] == [titles[-1], plain(t.remaining_line(0))]
    final_deadline = schedule[-1][1]
    assert final_deadline - 0.05 <= final.at, final.at - final_deadline  # lateness: benchmark


async def test_every_timed_screen_can_pause_stop_or_say_it_hurts(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """Pia: Pause keeps the time left, Resume carries on from there, Skip moves on, Stop still
    asks for the pain level, "Not now" ends without it. Hal taps It hurts: the side ends at once
    and, with pain no higher than before, he may go on gently. Tye types it: a pain of 7 ends
    the session with advice. Nobody is ever told to push through."""
    slow = make_settings(tmp_path, time_scale=SCALE)

    async def pauses(user: SimUser) -> None:
        live = await _into_the_right_hold(user)
        running = await session_state(slow, user.user_id, Phase.WORK)
        assert running.block_index == 1 and running.deadline is not None

        paused_at = time.time()
        await user.press_text(live, t.PAUSE)
        paused = await session_state(slow, user.user_id, Phase.PAUSED)
        left = paused.paused_remaining
        assert (
            left is not None and 0 < running.deadline - paused_at - left < 1.5
        )  # the press's trip
        shown = await user.wait_for_text("Paused.")
        number = remaining_display(0.0, left, SCALE)
        assert shown.content.splitlines()[1] == plain(t.paused_text(number))
        assert shown.labels == [t.RESUME, t.STOP, t.HURTS]

        resumed_at = time.time()
        await user.press_text(shown, t.RESUME)
        resumed = await session_state(slow, user.user_id, Phase.WORK)
        assert resumed.block_index == 1 and resumed.deadline is not None
        # The hold ends exactly as much later as the pause lasted: no time lost or added.
        assert abs(resumed.deadline - (resumed_at + left)) < 1.5
        # No time lost: what was left when the bot paused counts from the Resume press on (a
        # press handled late only moves the deadline later; the line above bounds how much).
        assert resumed.deadline >= resumed_at + left - 0.05
        frame, first = await first_frame_since(user, live.message_id)
        assert first.content.startswith(t.hold_title(t.RIGHT, 1, 1))
        assert shown_seconds(first) in (number, number - 1)  # what was left (rendered a moment on)

        await user.press_text(frame, t.SKIP)
        switch = await wait_for_block(user, t.SWITCH_TITLE)
        skipped = await session_state(slow, user.user_id, Phase.WORK)
        assert (skipped.block_index, skipped.skipped) == (2, 1)

        asked = await press_and_wait(user, switch, t.STOP, head(t.STOPPED_EARLY_PAIN_PROMPT))
        assert asked.labels == [*(str(n) for n in range(11)), t.NOT_NOW]
        # The question took the chat's slot first; then the old countdown loses its buttons and
        # says where it stopped.
        retired = await user.wait_for(
            lambda m: m.message_id == live.message_id and m.labels == [], fresh=False
        )
        assert "Stopped" in retired.content
        ended = await press_and_wait(user, asked, t.NOT_NOW, t.SESSION_STOPPED)
        assert ended.content == plain(t.SESSION_STOPPED)
        [row] = session_rows(slow, user.user_id)
        assert (row.active, row.completed, row.outcome) == (False, False, "stopped")
        assert (row.pain_before, row.pain_after) == (2, None)

    async def taps_it_hurts(user: SimUser) -> None:
        live = await _into_the_right_hold(user)
        await user.press_text(live, t.HURTS)
        asked = await user.wait_for_text(head(t.HURT_PROMPT))
        assert asked.content == plain(t.HURT_PROMPT)
        await session_state(slow, user.user_id, Phase.HURT_PAIN)  # the side ended at once
        offer = await press_and_wait(user, asked, "2", plain(t.hurt_offer(2)))
        assert offer.labels == [t.CONTINUE_GENTLY, t.STOP_FOR_TODAY]
        await user.press_text(offer, t.CONTINUE_GENTLY)
        gentle = await wait_for_block(user, t.SETUP_TITLE)
        hand = next(o.picture for o in exercise.ARM_OPTIONS if o.key == exercise.GENTLE_ARM)
        assert gentle.media is not None
        assert await picture_names(client, [gentle.media["file_id"]]) == {
            gentle.media["file_id"]: hand
        }
        state = await session_state(slow, user.user_id, Phase.WORK)
        assert state.variant.value == "gentle"
        asked = await press_and_wait(user, gentle, t.STOP, head(t.STOPPED_EARLY_PAIN_PROMPT))
        await user.press_text(asked, "1")
        summary = await user.wait_for_text(t.summary_line(t.STYLE_HOLD, True, 2, 1))
        assert t.after_eased(2, 1) in summary.content
        assert t.STOPPED_EARLY_NOTE in summary.content
        [row] = session_rows(slow, user.user_id)
        assert (row.completed, row.variant, row.pain_after) == (False, "gentle", 1)

    async def types_it_hurts(user: SimUser) -> None:
        await _into_the_right_hold(user)
        await user.send("ow, it hurts")
        asked = await user.wait_for_text(head(t.HURT_PROMPT))
        await session_state(slow, user.user_id, Phase.HURT_PAIN)
        await user.send("7")  # a typed pain score counts like the button
        advice = await user.wait_for_text(plain(t.hurt_stopped(7, rose=True))[:40])
        assert advice.content == plain(t.hurt_stopped(7, rose=True))
        assert advice.message_id == asked.message_id  # the question became the answer
        assert head(STOP_PAIN_REPLY) not in all_text(await user.bot_messages())
        [row] = session_rows(slow, user.user_id)
        assert (row.active, row.outcome, row.pain_before, row.pain_after) == (False, "hurt", 2, 7)
        [record] = screenings(slow, user.user_id, "free_text")
        assert record.decision == "stop_pain"
        # "Let's stop here for today" means today: no new session until tomorrow
        assert row.ended_at is not None
        until = format_fire(row.ended_at + timedelta(hours=24), "UTC")
        rest = general.REST_DAY.format(time=f"{row.ended_at:%H:%M} UTC", until=f"{until} UTC")
        await user.send("/session")
        refusal = await user.wait_for_text(plain(rest)[:40])
        assert refusal.content == plain(rest)

    async with make_bot(settings_=slow):
        users = [client.user(1321), client.user(1322), client.user(1323)]
        await together(pauses(users[0]), taps_it_hurts(users[1]), types_it_hurts(users[2]))
        for user in users:
            said = all_text(await user.bot_messages()).lower()
            assert not any(words in said for words in PUSH_WORDS)
        await assert_polite(client, [u.user_id for u in users])


# --- a restart in the middle of a countdown ---------------------------------------------------


@pytest.mark.long
async def test_a_restart_mid_countdown_pauses_and_resume_finishes(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    slow = make_settings(tmp_path, time_scale=0.3)  # a 20 s hold lasts 6 s
    rex = client.user(1361)
    async with make_bot(settings_=slow):
        await onboard(rex)
        ready = await screen(rex, pain=2)
        await rex.press_text(ready, t.START_NOW)
        live = await wait_for_block(rex, t.SETUP_TITLE)
        for label, title in (
            (t.IM_READY, t.hold_title(t.RIGHT, 1, 1)),  # the set-up frame offers "I'm ready"
            (t.SKIP, t.SWITCH_TITLE),
            (t.SKIP, t.hold_title(t.LEFT, 1, 1)),
        ):
            await rex.press_text(live, label)  # on to the last hold
            live = await wait_for_block(rex, title)
        # Every picture shown so far has its file_id stored (written just after the send's
        # answer, so a moment after the chat shows it).
        for _ in range(100):
            cache = photo_cache(slow)
            if media_ids(await rex.bot_messages()) <= set(cache.values()):
                break
            await asyncio.sleep(0.05)
        await assert_polite(client, [rex.user_id])
    # The bot is down now, in the middle of the last hold; then it starts again. (A new process
    # does not know when the old one last wrote to the chat, so count its messages afresh.)
    await client.reset_counters()
    async with make_bot(settings_=slow):
        notice = await rex.wait_for_text(head(general.RESTARTED))
        assert notice.content == plain(general.RESTARTED)
        paused = await rex.wait_for(
            lambda m: m.message_id == live.message_id and t.RESUME in m.labels
        )
        assert paused.labels == [t.RESUME, t.STOP, t.HURTS]
        assert paused.content.startswith(t.hold_title(t.LEFT, 1, 1))
        state = await session_state(slow, rex.user_id, Phase.PAUSED)
        assert state.paused_remaining is not None and state.paused_remaining > 0.5
        number = remaining_display(0.0, state.paused_remaining, 0.3)
        assert plain(t.paused_text(number)) in paused.content

        await rex.press_text(paused, t.RESUME)
        _, resumed = await first_frame_since(rex, live.message_id)
        assert resumed.content.startswith(t.hold_title(t.LEFT, 1, 1))
        assert shown_seconds(resumed) in (number, number - 1)  # it goes on from where it was
        asked = await rex.wait_for_text(head(t.AFTER_PAIN_PROMPT), timeout=20)
        final = await live_message(rex, live.message_id)
        assert final.content.splitlines()[:2] == [
            t.hold_title(t.LEFT, 1, 1),
            plain(t.remaining_line(0)),
        ]
        await rex.press_text(asked, "2")
        await rex.wait_for_text(t.summary_line(t.STYLE_HOLD, False, 2, 2))
        [row] = session_rows(slow, rex.user_id)
        assert (row.active, row.completed, row.pain_after) == (False, True, 2)
        # Nothing was uploaded again after the restart: the cached file_ids were re-sent.
        assert photo_cache(slow) == cache
        assert media_ids(await rex.bot_messages()) == set(cache.values())
        await assert_polite(client, [rex.user_id])
