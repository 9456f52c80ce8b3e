"""A session survives a failing network and a locked database, as Telegram and real networks
behave: the emulator injects 500s, hangs, resets before and after a call takes effect, and
429s into the bot's real calls; another process holds SQLite's write lock.

Every story ends well: the countdown reaches its end, or the user gets a clear message. No
wall-clock bounds here (those live in benchmarks/); the lock stories assert an order instead:
the reply arrives while the lock is still held.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from sqlmodel import col, select

from app.settings import Settings
from content import general
from content import texts as t
from playground.client import EmulatorClient, SimUser
from store.db import create_db_engine, transaction
from store.models import Screening
from tests.conftest import BotFactory, make_settings
from tests.e2e.story import head, onboard, screen, session_rows, together

SCALE = 0.1  # a Hold's plan (about 80 s) lasts about 8 s
FINISHED = head(t.AFTER_PAIN_PROMPT)


SINGLE_FAULTS = (
    ("500", "editMessageCaption"),  # a countdown frame
    ("reset_before", "editMessageCaption"),
    ("reset_after", "editMessageCaption"),
    ("hang", "editMessageCaption"),
    ("429", "editMessageCaption"),
    ("500", "editMessageMedia"),  # a new block's picture
    ("reset_after", "editMessageMedia"),
    ("reset_after", "sendMessage"),  # the question after the timer
    ("500", "sendPhoto"),  # the first picture, as the screen ends
)


@pytest.mark.long
async def test_a_single_failed_call_in_a_session_recovers(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """One failed call never freezes a session: each of these users gets one fault of its own
    kind on one call of its own session, and every session runs to its end."""
    settings = make_settings(tmp_path, time_scale=SCALE)
    users = [client.user(4100 + n) for n in range(len(SINGLE_FAULTS))]

    async def one(user: SimUser, kind: str, method: str) -> None:
        await onboard(user)
        fault = {"method": method, "chat_id": user.chat_id, "seconds": 1, "retry_after": 1}
        early = method == "sendPhoto"  # the first picture goes out as the screen ends
        if early:
            await client.inject(kind, **fault)  # type: ignore[arg-type]
        ready = await screen(user, pain=2)
        if not early:
            await client.inject(kind, **fault)  # type: ignore[arg-type]
        await user.press_text(ready, t.START_NOW)
        await user.wait_for_text(FINISHED, timeout=60)
        [row] = session_rows(settings, user.user_id)
        assert row.active  # waiting for the pain score, not frozen or closed

    async with make_bot(settings_=settings):
        await together(
            *(one(u, kind, method) for u, (kind, method) in zip(users, SINGLE_FAULTS, strict=True))
        )
        hit = [(f["kind"], f["method"].lower(), f["chat_id"]) for f in (await client.faults()).log]
        for user, (kind, method) in zip(users, SINGLE_FAULTS, strict=True):
            # the fault really happened, once, in that user's session
            assert hit.count((kind, method.lower(), user.chat_id)) == 1, (kind, method, hit)


@pytest.mark.long
async def test_sessions_under_random_faults_all_end_well(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """With 5% of every call failing at random (every kind of fault), no session freezes:
    each one reaches the question after the timer."""
    settings = make_settings(tmp_path, time_scale=SCALE)
    users = [client.user(4200 + i) for i in range(6)]
    async with make_bot(settings_=settings):
        await together(*(onboard(u) for u in users))
        readies = await together(*(screen(u, pain=2) for u in users))
        for n, kind in enumerate(("500", "reset_before", "reset_after", "429", "hang")):
            await client.inject(kind, probability=0.01, seed=n, seconds=1, retry_after=1)
        for user, ready in zip(users, readies, strict=True):
            await user.press_text(ready, t.START_NOW)
        await together(*(u.wait_for_text(FINISHED, timeout=120) for u in users))
        assert sum((await client.faults()).injected.values()) > 0


@pytest.mark.long
async def test_countdowns_survive_many_429s_on_edits(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """A fifth of the countdown edits answered 429: every countdown still finishes."""
    settings = make_settings(tmp_path, time_scale=SCALE)
    users = [client.user(4300 + i) for i in range(4)]
    async with make_bot(settings_=settings):
        await together(*(onboard(u) for u in users))
        readies = await together(*(screen(u, pain=2) for u in users))
        for n, method in enumerate(("editMessageCaption", "editMessageMedia")):
            await client.inject("429", probability=0.2, seed=n, method=method, retry_after=1)
        for user, ready in zip(users, readies, strict=True):
            await user.press_text(ready, t.START_NOW)
        await together(*(u.wait_for_text(FINISHED, timeout=120) for u in users))


async def test_it_hurts_asks_first_and_the_countdown_says_where_it_stopped(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """After "It hurts" the pain question comes first; the old countdown then says it stopped,
    loses its buttons, and is never drawn as finished."""
    settings = make_settings(tmp_path, time_scale=1.0)
    user = client.user(4400)
    async with make_bot(settings_=settings):
        await onboard(user)
        ready = await screen(user, pain=2)
        await user.press_text(ready, t.START_NOW)
        live = await user.wait_for(lambda m: m.message_id == ready.message_id and "⏱" in m.content)
        await user.press_text(live, t.HURTS)
        asked = await user.wait_for_text(head(t.HURT_PROMPT))
        stopped = await user.wait_for(
            lambda m: m.message_id == live.message_id and "Stopped" in m.content
        )
        assert stopped.labels == []
        assert "⏱ 0 s" not in stopped.content
        assert stopped.edits[-1].seq > asked.seq  # the question went first


@asynccontextmanager
async def write_lock(path: Path) -> AsyncIterator[None]:
    """Another process's write transaction on the bot's SQLite file (a backup, the sqlite3
    shell): held until the block ends."""
    holder = sqlite3.connect(path, timeout=1, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_a_locked_database_stalls_only_the_chat_that_waits_on_it(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """While another process holds the write lock: a chat that needs a write waits, but
    another chat's /help is answered, and a red-flag message gets its safety reply at once.
    Once the lock is gone the warning is stored, and /session is refused."""
    settings = make_settings(tmp_path, time_scale=SCALE)
    db_file = tmp_path / "coach.sqlite3"
    writer, helper, worried = client.user(4500), client.user(4501), client.user(4502)
    async with make_bot(settings_=settings):
        await together(onboard(writer), onboard(worried))
        async with write_lock(db_file):
            await writer.send("/session")  # needs a write: waits for the lock
            await helper.send("/help")
            await helper.wait_for_text(head(general.HELP_INTRO), timeout=10)
            await worried.send("I suddenly can't control my bladder and both legs are numb")
            await worried.wait_for_text("urgent", timeout=10)
            waiting = [m for m in await writer.bot_messages() if m.updated_seq > writer.mark]
            assert waiting == []  # still waiting for the lock, not failed
        await writer.wait_for_text(head(t.EMERGENCY_PROMPT), timeout=30)
        await asyncio.sleep(0)
        await worried.send("/session")
        held = await worried.wait_for(lambda m: "24 hours" in m.content or "until" in m.content)
        assert t.EMERGENCY_PROMPT not in held.content


async def test_a_red_flag_whose_record_cannot_be_stored_still_gets_its_reply_and_its_hold(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    """When writing the record fails (here a trigger refuses every new screening), the user
    still gets the safety reply, and the hold it causes is kept in memory: /session is refused
    all the same, without a new screen."""
    settings = make_settings(tmp_path, time_scale=SCALE)
    user = client.user(4600)
    async with make_bot(settings_=settings):
        await onboard(user)
        broken = sqlite3.connect(tmp_path / "coach.sqlite3", isolation_level=None)
        broken.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON screenings "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
        broken.close()
        await user.send("I suddenly can't control my bladder and both legs are numb")
        await user.wait_for_text("urgent")
        await user.send("/session")
        held = await user.wait_for(lambda m: "24 hours" in m.content or "until" in m.content)
        assert head(t.EMERGENCY_PROMPT) not in held.content
        assert free_text_screenings(settings, user.user_id) == []  # the hold is in memory


def free_text_screenings(settings: Settings, user_id: int) -> list[Screening]:
    with transaction(create_db_engine(settings.database_url)) as db:
        query = select(Screening).where(
            col(Screening.user_id) == user_id, col(Screening.kind) == "free_text"
        )
        return list(db.exec(query).all())
