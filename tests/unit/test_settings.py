"""Settings are read once from the environment; a bad value stops start-up with one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_match_the_design() -> None:
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert s.token is None
    assert s.bot_api_url == "https://api.telegram.org/bot"
    assert s.bot_file_url == "https://api.telegram.org/file/bot"
    assert s.database_url == "sqlite:///data/coach.sqlite3"
    assert s.time_scale == 1.0
    assert s.webhook_url is None
    assert s.playground_port == 8080
    assert s.log_level == "INFO"


def test_environment_and_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("TIME_SCALE=0.05\nLOG_LEVEL=debug\nBOT_TOKEN=1:abc\n")
    monkeypatch.setenv("PLAYGROUND_PORT", "9000")
    s = Settings(_env_file=env_file)  # type: ignore[call-arg]
    assert (s.time_scale, s.log_level, s.token, s.playground_port) == (0.05, "DEBUG", "1:abc", 9000)
    assert "1:abc" not in repr(s)


def _run_bot(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DATABASE_"))}
    return subprocess.run(
        [sys.executable, "bot.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TIME_SCALE", "abc"),
        ("TIME_SCALE", "-1"),
        ("DATABASE_URL", "not a url"),
        ("DATABASE_URL", "mysql://x/y"),
        ("PLAYGROUND_PORT", "eighty"),
        ("LOG_LEVEL", "LOUD"),
        ("BOT_API_URL", "ftp://example"),
    ],
)
def test_a_bad_value_stops_start_up_with_one_clear_line(name: str, value: str) -> None:
    result = _run_bot({name: value, "BOT_TOKEN": "1:secret"})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error:") and name in lines[0]
    assert "Traceback" not in result.stderr and "1:secret" not in result.stderr


def test_help_lists_the_subcommands() -> None:
    result = _run_bot({}, "--help")
    assert result.returncode == 0
    for command in ("run", "playground", "ask", "migrate"):
        assert command in result.stdout
