"""Broken storage at start-up, from outside: `python bot.py` prints one line saying what
failed, where and what to do, and exits non-zero, with no traceback; and no database error
anywhere logs the statement's values (health data, SAFETY.md 8)."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from store.db import create_db_engine, migrate, transaction
from store.models import Screening, User

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534
# As root every file is writable, so the read-only cases run the bot as "nobody".
AS_NOBODY = (
    ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if os.geteuid() == 0 and shutil.which("setpriv")
    else []
)


async def start_up(url: str, *, as_nobody: bool = False) -> tuple[int, str]:
    """Runs `python bot.py migrate` (start-up's storage check, then exit) with DATABASE_URL."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DATABASE_"))}
    env.update(DATABASE_URL=url, PYTHONDONTWRITEBYTECODE="1")
    prefix = AS_NOBODY if as_nobody else []
    process = await asyncio.create_subprocess_exec(
        *prefix,
        sys.executable,
        "bot.py",
        "migrate",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, output.decode()


@pytest.fixture
def place() -> Iterator[Path]:
    """A folder everyone may enter (pytest's own tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="coach-storage-"))
    folder.chmod(0o777)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def good_database(path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()


def owned_by_nobody(*paths: Path) -> None:
    if AS_NOBODY:
        for path in paths:
            os.chown(path, NOBODY, NOBODY)


@pytest.mark.long
async def test_every_broken_storage_is_one_line_and_a_non_zero_exit(place: Path) -> None:
    (place / "a-folder").mkdir()
    (place / "a-file").write_text("not a folder")
    (place / "garbage.sqlite3").write_bytes(os.urandom(8192))
    good_database(place / "cut.sqlite3")
    with (place / "cut.sqlite3").open("r+b") as f:
        f.truncate(2000)
    good_database(place / "readable.sqlite3")

    cases = {
        "a folder": (f"sqlite:///{place / 'a-folder'}", "is a folder"),
        "a parent that cannot be made": (
            f"sqlite:///{place / 'a-file' / 'sub' / 'coach.sqlite3'}",
            "cannot create the database folder",
        ),
        "a corrupt file": (f"sqlite:///{place / 'garbage.sqlite3'}", "damaged"),
        "a cut-off file": (f"sqlite:///{place / 'cut.sqlite3'}", "damaged"),
        "a read-only open": (
            f"sqlite:///file:{place / 'readable.sqlite3'}?mode=ro&uri=true",
            "can be read but not written",
        ),
        "an unknown scheme": ("mysql://user@host/db", "DATABASE_URL"),
        "an unreachable PostgreSQL": (
            "postgresql+psycopg://coach:pw-s3cret@127.0.0.1:1/coach",
            "cannot reach the database",
        ),
    }
    results = await asyncio.gather(*(start_up(url) for url, _ in cases.values()))
    for (name, (_, expected)), (code, output) in zip(cases.items(), results, strict=True):
        lines = output.strip().splitlines()
        assert code != 0, name
        assert len(lines) == 1, f"{name}: {output}"
        assert expected in lines[0], f"{name}: {output}"
        assert lines[0].startswith(("Storage error: ", "Configuration error: ")), name
        assert "Traceback" not in output
    unreachable = results[list(cases).index("an unreachable PostgreSQL")][1]
    assert "pw-s3cret" not in unreachable and "127.0.0.1:1" in unreachable
    assert str(place / "garbage.sqlite3") in results[2][1]  # where it failed


@pytest.mark.skipif(os.geteuid() == 0 and not AS_NOBODY, reason="root writes every file")
async def test_read_only_files_and_folders_are_found_at_start_up(place: Path) -> None:
    file_folder, locked_folder = place / "ro-file", place / "ro-folder"
    file_folder.mkdir()
    locked_folder.mkdir()
    good_database(file_folder / "coach.sqlite3")
    good_database(locked_folder / "coach.sqlite3")
    owned_by_nobody(
        file_folder, file_folder / "coach.sqlite3", locked_folder, locked_folder / "coach.sqlite3"
    )
    (file_folder / "coach.sqlite3").chmod(0o444)
    locked_folder.chmod(0o555)

    (code_file, out_file), (code_folder, out_folder), (code_ok, out_ok) = await asyncio.gather(
        start_up(f"sqlite:///{file_folder / 'coach.sqlite3'}", as_nobody=True),
        start_up(f"sqlite:///{locked_folder / 'coach.sqlite3'}", as_nobody=True),
        start_up(f"sqlite:///{place / 'fresh' / 'coach.sqlite3'}", as_nobody=True),
    )
    assert code_file != 0 and out_file.strip().count("\n") == 0, out_file
    assert "is read-only" in out_file and str(file_folder / "coach.sqlite3") in out_file
    assert code_folder != 0 and out_folder.strip().count("\n") == 0, out_folder
    assert "folder" in out_folder and "read-only" in out_folder
    assert code_ok == 0, out_ok  # the same user in a writable place starts fine


def test_database_errors_never_show_the_statements_values(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'coach.sqlite3'}")
    migrate(engine)
    secret_name, secret_flags = "Zephyrine-Private", '["bladder_bowel_change"]'
    with transaction(engine) as db:
        db.add(User(id=77, chat_id=77, first_name=secret_name))
    with pytest.raises(IntegrityError) as duplicate, transaction(engine) as db:
        db.add(User(id=77, chat_id=77, first_name=secret_name))
    read_only = create_db_engine(f"sqlite:///file:{tmp_path / 'coach.sqlite3'}?mode=ro&uri=true")
    with pytest.raises(OperationalError) as refused, transaction(read_only) as db:
        db.add(Screening(user_id=77, kind="pre_session", answers=secret_flags,
                         decision="emergency"))  # fmt: skip
    log = logging.getLogger("coach.test")
    for error in (duplicate.value, refused.value):
        log.error("database error", exc_info=error)
    assert "IntegrityError" in caplog.text and "OperationalError" in caplog.text
    assert "hidden due to hide_parameters" in caplog.text
    assert secret_name not in caplog.text and "bladder_bowel_change" not in caplog.text
    engine.dispose()
    read_only.dispose()
