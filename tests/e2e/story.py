"""Shared steps for the end-to-end stories: a simulated user goes through onboarding, the
pre-session screen and the session's buttons exactly as a person would, through the emulator.

Texts are matched against `content` constants (HTML stripped, as Telegram shows them), so a
test fails when the bot says something else. Records are read back from the bot's own database
(`store`), never written.
"""

from __future__ import annotations

import asyncio
import html
import re
import time
from collections.abc import Awaitable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlmodel import Session, col, select

from app.settings import Settings
from coach.session.machine import Phase, SessionState
from coach.session.workout import DEFAULT_PREFS, Prefs, Style
from coach.settings import UserSettings, dump_settings
from content import exercise, general
from content import texts as t
from content.pictures import picture_path
from playground.client import ChatMessage, Counters, Edit, EmulatorClient, SimUser
from store.db import create_db_engine, open_database, transaction
from store.models import ExerciseSession, PhotoCache, Reminder, Screening, User
from tests.conftest import FakeClock

T = TypeVar("T")

# Words that would amount to a diagnosis or to pushing on; no reply may contain them.
DIAGNOSIS_WORDS = ("cauda", "herniat", "diagnos", "slipped disc", "stenosis", "fracture")
PUSH_WORDS = ("push through", "work through the pain", "keep going through")


def plain(text: str) -> str:
    """What Telegram shows for one of our HTML texts: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def head(text: str) -> str:
    """The first line of a text, as shown: enough to recognise which message it is."""
    return plain(text).strip().splitlines()[0]


# Distinctive first lines of the session's screens and outcomes.
EMERGENCY_HEAD = head(t.EMERGENCY_PROMPT)  # "Safety check"
CLINICIAN_HEAD = head(t.CLINICIAN_PROMPT)  # "A few more"
PAIN_NOW_HEAD = head(t.PAIN_NOW_PROMPT)
GREEN_HEAD = head(t.GREEN_OUTCOME)
AMBER_HEAD = head(t.amber_outcome(4, 2, True, False, False))
RED_HEAD = head(t.red_outcome(6))
OUTCOME_HEADS = (
    GREEN_HEAD,
    AMBER_HEAD,
    RED_HEAD,
    head(t.EMERGENCY_OUTCOME),
    head(t.CLINICIAN_OUTCOME),
)


async def together(*stories: Awaitable[T]) -> list[T]:
    """Runs independent users' stories at the same time (each chat has its own rate limit)."""
    return list(await asyncio.gather(*stories))


def button_ending(message: ChatMessage, suffix: str) -> str:
    """The callback data of the button whose data ends with ``suffix`` (e.g. ``":t:bladder"``)."""
    for row in message.keyboard:
        for button in row:
            if button.callback_data and button.callback_data.endswith(suffix):
                return button.callback_data
    raise AssertionError(f"no button ending {suffix!r} on #{message.message_id}: {message.labels}")


# --- onboarding ------------------------------------------------------------------------------


async def start_onboarding(user: SimUser) -> ChatMessage:
    """/start up to the age question."""
    await user.send("/start")
    return await user.wait_for_text(t.AGE_PROMPT)


async def tick_and_confirm(user: SimUser, message: ChatMessage, keys: Iterable[str]) -> None:
    """Ticks each key on a checklist, then Done (or "None of these" when there are none). The
    presses go out back to back: the bot handles one chat's updates in order."""
    keys = list(keys)
    for key in keys:
        await user.press(message, button_ending(message, f":t:{key}"))
    await user.press_text(message, t.DONE if keys else t.NONE_OF_THESE)


async def onboard(
    user: SimUser,
    *,
    usual_pain: int = 2,
    style: str = "Hold",
    readiness: Sequence[str] = (),
    back: Sequence[str] = (),
) -> ChatMessage:
    """The whole onboarding screen with the given answers (any yes is then confirmed as
    cleared); returns the final "All set" message."""
    message = await start_onboarding(user)
    await user.press_text(message, t.AGE_YES)
    message = await user.wait_for_text(head(t.READINESS_PROMPT))
    await tick_and_confirm(user, message, readiness)
    if readiness:
        message = await user.wait_for_text(t.CLEARANCE_ASK)
        await user.press_text(message, t.CLEARANCE_YES)
    message = await user.wait_for_text(head(t.BACK_PROMPT))
    await tick_and_confirm(user, message, back)
    if back:
        message = await user.wait_for_text(t.CLEARANCE_ASK)
        await user.press_text(message, t.CLEARANCE_YES)
    message = await user.wait_for_text(t.USUAL_PAIN_PROMPT)
    await user.press_text(message, str(usual_pain))
    message = await user.wait_for_text(t.STYLE_PROMPT)
    await user.press_text(message, style)
    return await user.wait_for_text(t.ONBOARDING_DONE)


# --- the pre-session screen ------------------------------------------------------------------


async def answer_checklist(user: SimUser, keys: Iterable[str], prompt_head: str) -> None:
    message = await user.wait_for_text(prompt_head)
    await tick_and_confirm(user, message, keys)


async def screen(
    user: SimUser,
    pain: int | None = 2,
    *,
    emergency: Sequence[str] = (),
    clinician: Sequence[str] = (),
    command: bool = True,
) -> ChatMessage:
    """/session and the pre-session check; returns the message with the decision (the READY
    picture for green and amber, a text for the others)."""
    if command:
        await user.send("/session")
    await answer_checklist(user, emergency, EMERGENCY_HEAD)
    if not emergency:
        await answer_checklist(user, clinician, CLINICIAN_HEAD)
    if not emergency and not clinician:
        message = await user.wait_for_text(PAIN_NOW_HEAD)
        await user.press_text(message, str(pain))
    return await decision(user)


async def decision(user: SimUser) -> ChatMessage:
    return await user.wait_for(lambda m: any(h in m.content for h in OUTCOME_HEADS))


# --- the session -----------------------------------------------------------------------------


async def press_and_wait(
    user: SimUser, message: ChatMessage, label: str, expect: str
) -> ChatMessage:
    """Presses ``label`` and waits for a bot message showing ``expect``."""
    await user.press_text(message, label)
    return await user.wait_for_text(expect)


async def wait_for_block(user: SimUser, title: str, within: float = 15.0) -> ChatMessage:
    """The live message once it shows the block ``title`` (its first line, exactly: the set-up
    frame mentions the next block too)."""
    return await user.wait_for(lambda m: m.content.split("\n", 1)[0] == title, within)


async def first_frame_since(user: SimUser, message_id: int) -> tuple[ChatMessage, Edit]:
    """The live message, and its first countdown frame after this user's last action."""
    mark = user.mark
    message = await user.wait_for(
        lambda m: (
            m.message_id == message_id and any(e.seq > mark and "⏱" in e.content for e in m.edits)
        )
    )
    return message, next(e for e in message.edits if e.seq > mark and "⏱" in e.content)


def shown_seconds(frame: Edit | ChatMessage) -> int:
    """The number of seconds a countdown frame shows (its second line, "⏱ 12 s")."""
    line = frame.content.splitlines()[1]
    assert line.startswith("⏱ ") and line.endswith(" s"), line
    return int(line[2:-2])


async def live_message(user: SimUser, message_id: int) -> ChatMessage:
    """The current state of one message."""
    for message in await user.transcript():
        if message.message_id == message_id:
            return message
    raise AssertionError(f"no message #{message_id}")


async def settle(user: SimUser) -> None:
    """Waits until the bot has handled everything this user sent before: updates of one chat
    are handled in order, so once /help is answered, so is everything earlier."""
    await user.send("/help")
    await user.wait_for_text(head(general.HELP_INTRO))


def all_text(messages: Iterable[ChatMessage]) -> str:
    """Every text or caption any of the messages ever showed."""
    return "\n".join(content for m in messages for _, content in m.versions())


def media_ids(messages: Iterable[ChatMessage]) -> set[str]:
    """Every photo or animation file_id the messages showed, originals and edits."""
    ids: set[str] = set()
    for message in messages:
        if message.media and message.is_bot:
            ids.add(str(message.media["file_id"]))
        original = message.original.get("media")
        if isinstance(original, str) and message.is_bot:
            ids.add(original)
        ids.update(e.media for e in message.edits if e.media)
    return ids


def bot_times(messages: Iterable[ChatMessage]) -> list[float]:
    """Wall times of every send and edit of the bot's messages, in order."""
    times = [m.date for m in messages if m.is_bot]
    times += [e.at for m in messages if m.is_bot for e in m.edits]
    return sorted(times)


async def picture_names(client: EmulatorClient, file_ids: Iterable[str]) -> dict[str, str]:
    """Which picture each file_id shows, found by its bytes (so an id the photo cache no
    longer holds is named too)."""
    keys = (*exercise.PICTURE_KEYS, *exercise.ANIMATION_KEYS)
    by_bytes = {picture_path(key).read_bytes(): key for key in keys}
    return {file_id: by_bytes[await client.file(file_id)] for file_id in set(file_ids)}


# --- traffic ---------------------------------------------------------------------------------

# The limiter starts one chat's messages 1 s apart (times the rate scale). They reach the
# emulator (one event loop with the bot and the test, busy when many users run at once) with up
# to a few tenths of a second of jitter, so a single gap may look short while the pace is right.
# So: any n + 1 consecutive messages span at least n intervals less this slack (real seconds:
# jitter does not scale). At a small rate scale the emulator's own flood control, scaled alike,
# is the strict check: it answers 429 to any burst, and no 429 is allowed.
SLACK = 0.5


def message_times(counters: Counters, chat_id: int) -> list[float]:
    return sorted([*counters.send_times.get(chat_id, []), *counters.edit_times.get(chat_id, [])])


async def assert_polite(
    client: EmulatorClient, chat_ids: Iterable[int], *, paced: bool = True
) -> Counters:
    """No 429, no "message is not modified", no other error, and (``paced``) at most one
    message (send or edit) a second in each of the chats, give or take ``SLACK``. With a crowd
    of users in one test the arrival jitter grows beyond that slack; their pace is then left to
    the emulator's own flood control, which would answer 429."""
    counters = await client.counters()
    interval = float((await client.settings())["rate_scale"])  # one message per interval
    assert counters.too_many_requests == 0, counters.errors
    assert counters.not_modified == 0, counters.errors
    assert counters.error_total == 0, counters.errors
    for chat_id in chat_ids:
        times = message_times(counters, chat_id)
        assert times, f"nothing was sent to chat {chat_id}"
        if not paced:
            continue
        for i, first in enumerate(times):
            for n, later in enumerate(times[i + 1 :], start=1):
                assert later - first >= n * interval - SLACK, (
                    f"chat {chat_id}: {n + 1} messages in "
                    f"{later - first:.2f} s: {[round(x - times[0], 2) for x in times]}"
                )
    return counters


# --- the database ----------------------------------------------------------------------------


@contextmanager
def database(settings: Settings) -> Iterator[Session]:
    """A look at the bot's database (read-only but for `choose_prefs`)."""
    engine = create_db_engine(settings.database_url)
    try:
        with Session(engine) as db:
            yield db
    finally:
        engine.dispose()


def screenings(settings: Settings, user_id: int, kind: str | None = None) -> list[Screening]:
    with database(settings) as db:
        query = select(Screening).where(col(Screening.user_id) == user_id)
        if kind is not None:
            query = query.where(col(Screening.kind) == kind)
        return list(db.exec(query.order_by(col(Screening.id))).all())


def user_row(settings: Settings, user_id: int) -> User | None:
    with database(settings) as db:
        return db.get(User, user_id)


def session_rows(settings: Settings, user_id: int) -> list[ExerciseSession]:
    with database(settings) as db:
        query = select(ExerciseSession).where(col(ExerciseSession.user_id) == user_id)
        return list(db.exec(query.order_by(col(ExerciseSession.id))).all())


def choose_prefs(settings: Settings, user_id: int, prefs: Prefs) -> None:
    """The user's session settings, written to their row as /settings would (choosing them in
    /settings is its own story: `tests/e2e/test_settings.py`)."""
    with database(settings) as db:
        user = db.get(User, user_id)
        assert user is not None
        user.settings = dump_settings(UserSettings(prefs=prefs))
        db.commit()


def seed_onboarded(
    settings: Settings, user_id: int, style: Style = Style.HOLD, prefs: Prefs = DEFAULT_PREFS
) -> None:
    """A user through onboarding (usual pain 2, nothing ticked), written to the database: for
    the stories at Telegram's real rates, where the screen's dozen messages would cost a dozen
    seconds (onboarding itself is `tests/e2e/test_onboarding.py`'s story)."""
    with database(settings) as db:
        db.add(
            User(
                id=user_id,
                chat_id=user_id,
                style=style.value,
                adult_confirmed=True,
                onboarding_cleared=True,
                usual_pain=2,
                onboarded_at=datetime.now(UTC) - timedelta(days=1),
                settings=dump_settings(UserSettings(style=style, prefs=prefs)),
            )
        )
        db.commit()


def seed_due_reminders(db_file: Path, users: Iterable[int], due: datetime) -> None:
    """Users (UTC) whose daily reminder fell due at ``due``, in a database that the call
    migrates if needed (the bot or a worker process opens it afterwards)."""
    engine = open_database(f"sqlite:///{db_file}")
    with transaction(engine) as db:
        for uid in users:
            db.add(User(id=uid, chat_id=uid, timezone="UTC"))
            db.add(
                Reminder(
                    user_id=uid,
                    chat_id=uid,
                    local_time=due.strftime("%H:%M"),
                    weekdays="0123456",
                    timezone="UTC",
                    next_fire_at=due,
                    updated_at=due - timedelta(days=1),
                )
            )
    engine.dispose()


def photo_cache(settings: Settings) -> dict[str, str]:
    with database(settings) as db:
        return {row.key: row.file_id for row in db.exec(select(PhotoCache)).all()}


async def session_state(
    settings: Settings, user_id: int, phase: Phase, within: float = 10.0
) -> SessionState:
    """Polls the stored state of the user's open session until it reaches ``phase``."""
    deadline = time.monotonic() + within
    while True:
        for row in reversed(session_rows(settings, user_id)):
            if row.active and row.state is not None:
                state = SessionState.from_json(row.state)
                if state.phase is phase:
                    return state
        if time.monotonic() > deadline:
            raise AssertionError(f"user {user_id}'s session never reached {phase}")
        await asyncio.sleep(0.02)


def block_schedule(state: SessionState) -> list[tuple[float, float]]:
    """(start, deadline) in POSIX seconds of every block of the plan, from one stored WORK
    state: blocks follow each other deadline to deadline."""
    assert state.block_started_at is not None
    durations = [block.seconds * state.time_scale for block in state.plan]
    starts = [0.0]
    for seconds in durations:
        starts.append(starts[-1] + seconds)
    offset = state.block_started_at - starts[state.block_index]
    return [(offset + starts[i], offset + starts[i + 1]) for i in range(len(durations))]


# --- time ------------------------------------------------------------------------------------


class RunningClock(FakeClock):
    """A wall clock that runs in real time (so countdowns work) and can jump ahead by days."""

    def __init__(self, start: datetime | None = None) -> None:
        super().__init__(start or datetime.now(UTC))
        self._origin = time.monotonic()

    def __call__(self) -> datetime:
        return self.current + timedelta(seconds=time.monotonic() - self._origin)
