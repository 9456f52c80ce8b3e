"""Progress and privacy as a user meets them: /stats, /export, /delete (SAFETY.md 8), driven
through the emulator. Records are written straight into the store for speed."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlmodel
from sqlalchemy import Engine, func, select
from sqlmodel import Session, SQLModel

from coach.session.machine import ArmOption, ShowBlock
from coach.session.workout import Prefs, Style
from coach.settings import UserSettings, dump_settings
from content import general
from content import privacy as privacy_text
from content import progress as progress_text
from content import texts as t
from playground.client import ChatMessage, EmulatorClient, EmulatorError, SimUser
from service.session import SessionService
from store.db import transaction
from store.models import ExerciseSession, PhotoCache, Reminder, Screening, User
from tests.conftest import FakeClock
from tests.e2e.story import assert_polite

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)  # Wednesday; 21:00 in Tokyo
ANA, BEN, CAL = 301, 302, 303
NOT_USER_DATA = {"photo_cache", "processed_updates"}
# How the export names each table, and whether it holds one row (None when absent) or a list.
SECTIONS = {"users": ("profile", True), "reminders": ("reminder", True)}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def seed(engine: Engine, user_id: int, *, tz: str = "Asia/Tokyo") -> None:
    """A user with a full record: profile, screenings, sessions (one open), a reminder."""
    with transaction(engine) as db:
        db.add(
            User(
                id=user_id,
                chat_id=user_id,
                first_name="Ana",
                language="en",
                timezone=tz,
                style="flow",
                adult_confirmed=True,
                onboarding_answers=json.dumps({"signs": [], "usual_pain": 2, "style": "flow"}),
                usual_pain=2,
                onboarded_at=utc(1, 8, 15),
                settings=dump_settings(
                    UserSettings(Style.FLOW, ArmOption.CACTUS, Prefs(30, 10, 2, 10, False, True))
                ),
                created_at=utc(1, 8),
            )
        )
        db.add(Screening(user_id=user_id, at=utc(1, 8, 15), kind="onboarding", answers="[]",
                         pain=2, decision="cleared"))  # fmt: skip
        db.add(Screening(user_id=user_id, at=utc(17, 23, 20), kind="pre_session",
                         answers='["numbness"]', pain=4, decision="amber"))  # fmt: skip
        db.add(Screening(user_id=user_id, at=utc(18, 1, 0), kind="free_text",
                         answers='["chest_pain"]', pain=None, decision="emergency"))  # fmt: skip
        finished = [  # (start, end, before, after); Tokyo days: 10, 17, 18, 18
            (utc(10, 0), utc(10, 0, 10), 5, 4),
            (utc(16, 23, 20), utc(16, 23, 30), 4, 3),
            (utc(17, 23, 20), utc(17, 23, 30), 3, 1),
            (utc(18, 1, 50), utc(18, 2, 0), 2, 2),
        ]
        for start, end, before, after in finished:
            db.add(ExerciseSession(user_id=user_id, chat_id=user_id, started_at=start,
                                   ended_at=end, style="flow", variant="standard", completed=True,
                                   active=False, outcome="green", pain_before=before,
                                   pain_after=after, flare_settled=None, message_id=7,
                                   state='{"phase": "done"}'))  # fmt: skip
        db.add(ExerciseSession(user_id=user_id, chat_id=user_id, started_at=utc(12, 9),
                               ended_at=utc(12, 9, 3), completed=False, active=False,
                               outcome="stopped", pain_before=6, pain_after=7,
                               flare_settled=True))  # fmt: skip
        db.add(ExerciseSession(user_id=user_id, chat_id=user_id, started_at=NOW, active=True))
        db.add(Reminder(user_id=user_id, chat_id=user_id, local_time="07:30", weekdays="01234",
                        timezone=tz, enabled=True, next_fire_at=NOW + timedelta(days=1),
                        last_sent_date=date(2026, 3, 18), weekly_day=6,
                        updated_at=utc(2, 9)))  # fmt: skip


def user_tables() -> dict[str, str]:
    """Every table and the column naming its user, found generically; a table without one
    must be known to hold no user data."""
    found: dict[str, str] = {}
    for table in SQLModel.metadata.sorted_tables:
        key = "id" if table.name == "users" else "user_id"
        if key in table.c:
            found[table.name] = key
        else:
            assert table.name in NOT_USER_DATA, f"{table.name}: user data without a user column?"
    return found


def rows_of(engine: Engine, user_id: int) -> dict[str, list[dict[str, Any]]]:
    with Session(engine) as db:
        out: dict[str, list[dict[str, Any]]] = {}
        for name, key in user_tables().items():
            table = SQLModel.metadata.tables[name]
            statement = select(table).where(table.c[key] == user_id).order_by(*table.primary_key)
            out[name] = [dict(row._mapping) for row in db.execute(statement)]
        return out


def count_of(engine: Engine, user_id: int) -> int:
    with Session(engine) as db:
        total = 0
        for name, key in user_tables().items():
            table = SQLModel.metadata.tables[name]
            total += db.execute(
                select(func.count()).select_from(table).where(table.c[key] == user_id)
            ).scalar_one()
        return total


def assert_exported(value: Any, stored: Any, where: str) -> None:
    """One exported value against the stored one: times as ISO 8601 UTC, dates as ISO dates,
    JSON text as the JSON it holds, everything else as is."""
    if isinstance(stored, datetime):
        assert isinstance(value, str) and value.endswith("Z"), where
        assert datetime.fromisoformat(value.replace("Z", "+00:00")) == stored, where
    elif isinstance(stored, date):
        assert value == stored.isoformat(), where
    elif isinstance(stored, str) and not isinstance(value, str):
        assert value == json.loads(stored), where
    else:
        assert value == stored, where


async def test_stats_show_streak_counts_and_recent_pain_in_the_users_timezone(
    client: EmulatorClient, engine: Engine
) -> None:
    seed(engine, ANA)
    ana = client.user(ANA)
    await ana.send("/stats")
    stats = (await ana.wait_for_text("Your progress")).content
    # Tokyo days with a completed session: 10, 17, 18 (twice); today is the 18th there.
    # The stopped session (12th) is listed as such; the open one (today) is not.
    assert "Streak: 2 days · best 2 days" in stats
    assert "This week: 3 sessions · this month: 4 sessions" in stats
    assert "Completed in all: 4" in stats
    assert "Stopped early: 1 · ended by pain: 0" in stats
    lines = stats.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("Last sessions"))
    assert lines[heading + 1 : heading + 6] == [
        "Wed 18 Mar · 2 → 2",
        "Wed 18 Mar · 3 → 1",
        "Tue 17 Mar · 4 → 3",
        "Thu 12 Mar · 6 → 7 · stopped early",
        "Tue 10 Mar · 5 → 4",
    ]


async def test_stats_count_in_utc_without_a_timezone(
    client: EmulatorClient, engine: Engine
) -> None:
    seed(engine, ANA)
    with transaction(engine) as db:
        user = db.get(User, ANA)
        assert user is not None
        user.timezone = None
    ana = client.user(ANA)
    await ana.send("/stats")
    stats = (await ana.wait_for_text("Your progress")).content
    # UTC days: 10, 16, 17, 18.
    assert "Streak: 3 days · best 3 days" in stats
    assert "Mon 16 Mar · 4 → 3" in stats


async def test_stats_list_a_session_ended_by_pain_and_its_held_day_keeps_the_streak(
    client: EmulatorClient, engine: Engine
) -> None:
    seed(engine, BEN, tz="UTC")
    with transaction(engine) as db:  # the 15th ended by pain, then a red answer on the 14th
        db.add(ExerciseSession(user_id=BEN, chat_id=BEN, started_at=utc(15, 8),
                               ended_at=utc(15, 8, 5), completed=False, active=False,
                               outcome="hurt", pain_before=3, pain_after=7))  # fmt: skip
        db.add(Screening(user_id=BEN, at=utc(14, 9), kind="pre_session", answers="[]",
                         pain=8, decision="red"))  # fmt: skip
        for day in (11, 13):
            db.add(ExerciseSession(user_id=BEN, chat_id=BEN, started_at=utc(day, 8),
                                   ended_at=utc(day, 8, 9), completed=True, active=False,
                                   outcome="green", pain_before=2, pain_after=1))  # fmt: skip
    ben = client.user(BEN)
    await ben.send("/stats")
    stats = (await ben.wait_for_text("Your progress")).content
    # UTC session days 10, 11, 13, 16, 17, 18; held 12 (stopped is not held: breaks), 14, 15.
    # 12 was only stopped, not held, so the run is 13..18 bridged over 14 and 15: 4 days.
    assert "Streak: 4 days · best 4 days" in stats
    assert "Stopped early: 1 · ended by pain: 1" in stats
    assert "Sun 15 Mar · 3 → 7 · ended by pain" in stats
    chart = await ben.wait_for(lambda m: m.kind == "photo")
    assert chart.content == progress_text.CHART_CAPTION
    assert chart.media is not None
    png = await client.file(chart.media["file_id"])
    assert png.startswith(b"\x89PNG")


async def test_report_sends_a_one_page_pdf_and_checks_its_argument(
    client: EmulatorClient, engine: Engine
) -> None:
    import io

    import pypdf

    seed(engine, ANA)
    ana = client.user(ANA)
    await ana.send("/report")
    doc = await ana.wait_for(lambda m: m.kind == "document")
    assert doc.media is not None and doc.media["file_name"].endswith(".pdf")
    assert "/report 90" in doc.content
    reader = pypdf.PdfReader(io.BytesIO(await client.file(doc.media["file_id"])))
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    assert "last 30 days" in text and "medical device" in text
    assert "numbness" in text and "stopped early" in text
    assert "4 completed, 1 stopped early, 0 ended by pain" in text  # the open one is left out
    assert doc.labels == ["📄 Last 90 days instead"]
    await ana.press_text(doc, "📄 Last 90 days instead")
    pressed = await ana.wait_for(lambda m: m.kind == "document" and "90 days" in m.content)
    assert pressed.labels == ["📄 Last 30 days instead"]
    await ana.send("/report 45")
    await ana.wait_for_text("/report 90 for the last 90 days")
    await ana.send("/report 90")
    wider = await ana.wait_for(lambda m: m.kind == "document")
    assert "/report 30" in wider.content


async def test_report_for_no_sessions_is_a_friendly_reply(
    client: EmulatorClient, engine: Engine
) -> None:
    new = client.user(CAL)
    await new.send("/report")
    await new.wait_for_text("nothing to put in a report yet")


async def test_a_new_user_gets_no_chart(client: EmulatorClient, engine: Engine) -> None:
    new = client.user(CAL)
    await new.send("/stats")
    await new.wait_for_text("Nothing here yet")
    await new.send("/help")  # the chart would have come before the next answer
    await new.wait_for_text("/stats")
    assert [m.kind for m in await new.bot_messages()] == ["text", "text"]


async def test_a_new_user_sees_the_empty_state_and_gets_no_record(
    client: EmulatorClient, engine: Engine
) -> None:
    new = client.user(CAL)
    await new.send("/stats")
    empty = await new.wait_for_text("Nothing here yet")
    assert "/session" in empty.content
    await new.send("/export")
    await new.wait_for_text(privacy_text.EXPORT_NOTHING)
    await new.send("/delete")
    await new.wait_for_text(privacy_text.DELETE_NOTHING)
    assert count_of(engine, CAL) == 0
    assert progress_text.EMPTY.startswith("📈")


async def export_of_ana(
    client: EmulatorClient, engine: Engine, suffix: str
) -> tuple[SimUser, ChatMessage]:
    """Ana and Ben (another user, in another zone) on record; Ana's /export, until its file
    ending in ``suffix`` came."""
    seed(engine, ANA)
    seed(engine, BEN, tz="Europe/Berlin")
    ana = client.user(ANA)
    await ana.send("/export")
    document = await ana.wait_for(
        lambda m: m.document is not None and (m.document.file_name or "").endswith(suffix)
    )
    return ana, document


async def test_export_sends_every_row_of_the_user_and_nothing_of_others(
    client: EmulatorClient, engine: Engine
) -> None:
    _, message = await export_of_ana(client, engine, ".json")
    assert message.document is not None
    assert message.document.file_name == "mobility-coach-export.json"
    assert message.caption == privacy_text.EXPORT_CAPTION
    raw: Any = await client.file(message.document.file_id)
    # The client parses a file served as application/json itself; take the bytes if given.
    exported = raw if isinstance(raw, dict) else json.loads(raw)

    assert exported["exported_at"] == "2026-03-18T12:00:00Z"
    stored = rows_of(engine, ANA)
    assert sum(len(rows) for rows in stored.values()) == 1 + 3 + 6 + 1
    for table, rows in stored.items():
        name, single = SECTIONS.get(table, (table, False))
        section = exported[name]
        got = ([section] if section is not None else []) if single else section
        assert len(got) == len(rows), table
        for exported_row, row in zip(got, rows, strict=True):
            assert set(exported_row) == set(row), table
            for column, value in row.items():
                assert_exported(exported_row[column], value, f"{table}.{column}")
    # Spot checks of the shape a person reads.
    assert exported["profile"]["onboarding_answers"]["usual_pain"] == 2
    assert exported["screenings"][1]["answers"] == ["numbness"]
    assert exported["screenings"][1]["at"] == "2026-03-17T23:20:00Z"
    assert exported["reminder"]["last_sent_date"] == "2026-03-18"
    assert exported["reminder"]["weekly_day"] == 6  # /settings: the weekly summary's day
    assert exported["profile"]["settings"]["prefs"]["hold_seconds"] == 30
    assert exported["profile"]["settings"]["arm"] == "cactus"
    assert all(row["user_id"] == ANA for row in exported["sessions"])
    assert str(BEN) not in json.dumps(exported)


async def test_export_sends_the_json_the_sessions_csv_and_the_30_day_pdf(
    client: EmulatorClient, engine: Engine
) -> None:
    import csv
    import io

    import pypdf

    ana, pdf = await export_of_ana(client, engine, ".pdf")
    documents = [m for m in await ana.bot_messages() if m.document is not None]
    names = [m.document.file_name for m in documents if m.document is not None]
    assert names == [
        privacy_text.EXPORT_FILE_NAME,
        privacy_text.EXPORT_CSV_FILE_NAME,
        "mobility-coach-report-30-days-2026-03-18.pdf",
    ]  # three documents, in this order
    table = documents[1]
    assert table.document is not None and table.caption == privacy_text.EXPORT_CSV_CAPTION
    raw: Any = await client.file(table.document.file_id)
    text = raw.decode() if isinstance(raw, bytes) else str(raw)
    read = list(csv.DictReader(io.StringIO(text)))
    stored = rows_of(engine, ANA)["sessions"]
    assert [int(r["id"]) for r in read] == [row["id"] for row in stored]  # every row, only hers
    for got, row in zip(read, stored, strict=True):
        assert got["pain_before"] == ("" if row["pain_before"] is None else str(row["pain_before"]))
        assert got["outcome"] == (row["outcome"] or "")
        assert got["completed"] == ("yes" if row["completed"] else "no")
    assert {r["outcome"] for r in read} >= {"green", "stopped"}

    assert pdf.document is not None and pdf.caption == privacy_text.EXPORT_PDF_CAPTION
    reader = pypdf.PdfReader(io.BytesIO(await client.file(pdf.document.file_id)))
    page = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    assert "last 30 days" in page and "not a doctor" in page and "medical device" in page
    assert "4 completed, 1 stopped early, 0 ended by pain" in page
    assert "Ben" not in page and str(BEN) not in page
    await assert_polite(client, [ANA])  # three documents, one a second (the rate limiter)


async def test_export_without_a_session_sends_no_pdf(
    client: EmulatorClient, engine: Engine
) -> None:
    with transaction(engine) as db:
        db.add(User(id=CAL, chat_id=CAL, first_name="Cal", created_at=utc(1, 8)))
        db.add(Screening(user_id=CAL, at=utc(1, 8, 15), kind="onboarding", answers="[]",
                         pain=2, decision="cleared"))  # fmt: skip
    cal = client.user(CAL)
    await cal.send("/export")
    await cal.wait_for(
        lambda m: m.document is not None and m.caption == privacy_text.EXPORT_CSV_CAPTION
    )
    await cal.send("/help")  # a PDF would have come before the answer to this
    await cal.wait_for_text("/stats")
    names = [m.document.file_name for m in await cal.bot_messages() if m.document is not None]
    assert names == [privacy_text.EXPORT_FILE_NAME, privacy_text.EXPORT_CSV_FILE_NAME]


async def test_export_only_in_a_private_chat(client: EmulatorClient, engine: Engine) -> None:
    seed(engine, ANA)
    ana = client.user(ANA, chat_id=-4001)
    await ana.send("/export")
    await ana.wait_for_text("only send it in a private chat")
    assert not [m for m in await ana.bot_messages() if m.kind == "document"]


async def test_delete_after_confirmation_erases_every_row_and_stops_the_session(
    client: EmulatorClient, app: Any, engine: Engine
) -> None:
    seed(engine, ANA)
    seed(engine, BEN)
    with transaction(engine) as db:
        db.add(PhotoCache(key="setup", sha256="abc", file_id="F1"))
    ben_before = rows_of(engine, BEN)
    runner = app.bot_data.sessions
    assert isinstance(runner, SessionService)
    with Session(engine) as db:
        open_row = (
            db.exec(
                sqlmodel.select(ExerciseSession).where(
                    sqlmodel.col(ExerciseSession.user_id) == ANA,
                    sqlmodel.col(ExerciseSession.active).is_(True),
                )
            )
            .one()
            .id
        )
    assert open_row is not None
    countdown = asyncio.create_task(asyncio.sleep(60))
    runner._timers[open_row] = (countdown, ShowBlock(0, 0.0, 0.0))

    ana = client.user(ANA)
    await ana.send("/delete")
    ask = await ana.wait_for_text("Erase everything?")
    assert ask.labels == ["Yes, erase everything", "Cancel"]
    assert count_of(engine, ANA) == 11  # asking erased nothing
    await ana.press_text(ask, "Yes, erase everything")
    done = await ana.wait_for_text("everything is erased")
    assert privacy_text.ERASED_SESSION_STOPPED in done.content
    assert done.labels == []

    assert count_of(engine, ANA) == 0
    assert rows_of(engine, ANA) == {name: [] for name in user_tables()}
    assert rows_of(engine, BEN) == ben_before
    with Session(engine) as db:
        assert db.get(PhotoCache, "setup") is not None  # not user data: kept
    await asyncio.sleep(0)
    assert countdown.cancelled()
    assert open_row not in runner._timers

    await ana.send("/start")
    welcome = await ana.wait_for_text("prone spinal twist")
    assert "welcome back" not in welcome.content.lower()
    with Session(engine) as db:
        fresh = db.get(User, ANA)
        assert fresh is not None and fresh.onboarded_at is None and fresh.timezone is None
    await ana.send("/stats")
    await ana.wait_for_text("Nothing here yet")


async def test_old_and_repeated_confirmations_are_harmless(
    client: EmulatorClient, engine: Engine
) -> None:
    seed(engine, ANA)
    ana = client.user(ANA)
    asks = []
    for _ in range(3):
        await ana.send("/delete")
        asks.append(await ana.wait_for_text("Erase everything?"))
    oldest, older, newest = asks

    await ana.press_text(newest, "Yes, erase everything")
    await ana.wait_for_text("everything is erased")
    assert count_of(engine, ANA) == 0

    pressed = await ana.press_text(older, "Yes, erase everything")  # a second confirmation
    answer = await ana.wait_for_answer(pressed)
    assert answer.text == privacy_text.ALREADY_ERASED
    await ana.wait_for(lambda m: m.message_id == older.message_id and not m.labels)

    await ana.send("/start")  # a fresh record
    await ana.wait_for_text("prone spinal twist")
    await ana.wait_for_text(t.AGE_PROMPT)  # the screen, stored before it is shown
    before = rows_of(engine, ANA)
    assert before["users"]
    pressed = await ana.press_text(oldest, "Yes, erase everything")  # from before the erase
    answer = await ana.wait_for_answer(pressed)
    assert answer.text == privacy_text.ALREADY_ERASED
    assert rows_of(engine, ANA) == before


async def test_a_double_press_erases_once_and_answers_the_second_briefly(
    client: EmulatorClient, engine: Engine
) -> None:
    seed(engine, ANA)
    ana = client.user(ANA)
    await ana.send("/delete")
    ask = await ana.wait_for_text("Erase everything?")
    yes = ask.data_for("Yes, erase everything")
    first = await ana.press(ask, yes)
    try:
        second = await ana.press(ask, yes)  # before the bot has answered the first
    except EmulatorError:
        second = None  # the bot was quicker: the buttons were already gone
    assert (await ana.wait_for_answer(first)).text == ""
    if second is not None:
        assert (await ana.wait_for_answer(second)).text == privacy_text.ALREADY_ERASED
    await ana.wait_for_text("everything is erased", fresh=False)
    assert count_of(engine, ANA) == 0
    texts = [m.content for m in await ana.bot_messages()]
    assert sum("everything is erased" in t for t in texts) == 1


async def test_an_expired_confirmation_or_cancel_erases_nothing(
    client: EmulatorClient, engine: Engine, clock: FakeClock
) -> None:
    seed(engine, ANA)
    ana = client.user(ANA)
    await ana.send("/delete")
    stale = await ana.wait_for_text("Erase everything?")
    clock.advance(minutes=11)
    pressed = await ana.press_text(stale, "Yes, erase everything")
    assert (await ana.wait_for_answer(pressed)).text == privacy_text.CONFIRM_EXPIRED
    await ana.wait_for(lambda m: m.message_id == stale.message_id and not m.labels)
    assert count_of(engine, ANA) == 11

    await ana.send("/delete")
    ask = await ana.wait_for_text("Erase everything?")
    await ana.press_text(ask, "Cancel")
    await ana.wait_for_text("nothing was erased")
    assert count_of(engine, ANA) == 11


async def test_only_the_asker_can_confirm_in_a_group(
    client: EmulatorClient, engine: Engine
) -> None:
    seed(engine, ANA)
    ana, cal = client.user(ANA, chat_id=-4002), client.user(CAL, "Cal", chat_id=-4002)
    await ana.send("/delete")
    ask = await ana.wait_for_text("Erase everything?")
    pressed = await cal.press_text(ask, "Yes, erase everything")
    answer = await cal.wait_for_answer(pressed)
    # Refused by the one gate for every feature's buttons in a group (app/ownership.py).
    assert answer.text == general.NOT_YOUR_BUTTONS and answer.show_alert
    assert count_of(engine, ANA) == 11


def test_the_commands_are_in_the_menu() -> None:
    names = [name for name, _ in general.COMMANDS]
    assert {"stats", "export", "delete"} <= set(names)


def traces(folder: Path, user_id: int, name: str) -> dict[str, int]:
    """How often the user's id (as text, as the 8-byte big-endian integer SQLite stores, and
    as the 6-byte form it uses for smaller ids) and name appear in the database files."""
    needles = {
        "id as text": str(user_id).encode(),
        "id as 8 bytes": user_id.to_bytes(8, "big"),
        "id as 6 bytes": (user_id % 2**48).to_bytes(6, "big"),
        "name": name.encode(),
    }
    found: dict[str, int] = {}
    for suffix in ("", "-wal", "-shm"):
        path = folder / f"coach.sqlite3{suffix}"
        raw = path.read_bytes() if path.exists() else b""
        for what, needle in needles.items():
            if hits := raw.count(needle):
                found[f"{what} in coach.sqlite3{suffix}"] = hits
    return found


async def test_erased_means_no_trace_in_the_database_files(
    client: EmulatorClient, engine: Engine, tmp_path: Path
) -> None:
    big = 2**48 + 4242  # a large Telegram id: stored as an 8-byte integer
    name = "Zephyrine"
    seed(engine, big)
    seed(engine, BEN)  # someone else stays, so the database is not simply empty
    with transaction(engine) as db:
        user = db.get(User, big)
        assert user is not None
        user.first_name = name
    zephyrine = client.user(big, first_name=name)
    await zephyrine.send("/stats")  # live writes through the bot too
    await zephyrine.wait_for_text("streak")
    assert traces(tmp_path, big, name)  # the probe finds the record before the erase

    await zephyrine.send("/delete")
    ask = await zephyrine.wait_for_text("Erase everything?")
    await zephyrine.press_text(ask, "Yes, erase everything")
    await zephyrine.wait_for_text("everything is erased")

    assert traces(tmp_path, big, name) == {}
    assert count_of(engine, BEN) == 11
