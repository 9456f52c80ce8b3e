"""`python bot.py ask`, from outside: a subprocess with a clean environment (no token, no
database, an empty working directory) prints exactly what the bot would send."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach.questions.answers import answer
from coach.questions.view import MAX_QUESTION, answer_view
from content import general
from content.safety import (
    SAFETY_ASK_NO,
    SAFETY_ASK_QUESTION,
    SAFETY_ASK_YES,
    UNSURE_ASK,
    UNSURE_NO,
    UNSURE_YES_SOON,
    UNSURE_YES_URGENT,
)

ROOT = Path(__file__).resolve().parents[2]
BOT = str(ROOT / "bot.py")
KEYS = {"q", "reply", "topic", "score"}
HEAVY = ("telegram", "sqlmodel", "alembic", "apscheduler", "aiohttp", "httpx", "PIL")


def clean_env(**extra: str) -> dict[str, str]:
    """Only what a process needs to start: no BOT_TOKEN, no DATABASE_URL, no LOG_LEVEL."""
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}


def run(
    args: list[str], cwd: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, BOT, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=clean_env(**env),
        timeout=60,
        check=False,
    )


def reply_for(question: str) -> str:
    return answer_view(answer(question)).text


def test_one_question_prints_exactly_the_reply(tmp_path: Path) -> None:
    # a topic answered is `test_needs_no_token_no_database_and_prints_no_logs`, declines are
    # in the stdin test's list: each case here is a process of its own (2 s)
    question = "how long do I hold it, both my legs are numb"  # the safety reply
    result = run(["ask", question], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == reply_for(question) + "\n"
    assert result.stderr == ""


def test_the_words_may_come_as_separate_arguments(tmp_path: Path) -> None:
    words = ["is", "it", "OK", "with", "sciatica?", "🙏", "<b>&</b>"]  # HTML escaped in the reply
    result = run(["ask", *words], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == reply_for(" ".join(words)) + "\n"
    assert result.stderr == ""


def test_a_question_longer_than_telegram_allows_gets_the_bots_too_long_reply(
    tmp_path: Path,
) -> None:
    question = "how long do I hold it " * (MAX_QUESTION // 20)
    assert len(question) > MAX_QUESTION
    result = run(["ask", question], tmp_path)
    assert result.stdout == general.TOO_LONG + "\n"


def test_stdin_gives_one_json_object_per_question(tmp_path: Path) -> None:
    questions = [
        "how long do I hold it",
        "what does it stretch",
        "what's the weather",
        "do I have a herniated disc",
        "how much ibuprofen should I take",  # the medical decline
        "both my legs are numb",
        "🙂",
        'a "quoted" question, with \\ and é?',
    ]
    stdin = "\n".join(questions[:3]) + "\n\n   \n" + "\r\n".join(questions[3:]) + "\r\n"
    result = run(["ask"], tmp_path, stdin)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == len(questions)  # blank lines are skipped
    for q, line in zip(questions, lines, strict=True):
        record = json.loads(line)
        assert KEYS <= set(record) <= KEYS | {"kind"}
        expected = answer(q)
        assert record["q"] == q  # CR of a CRLF line is not part of the question
        assert record["reply"] == reply_for(q)
        assert record["topic"] == expected.topic
        assert record["kind"] == expected.kind
        assert isinstance(record["score"], float)
        assert record["score"] == pytest.approx(expected.score, abs=1e-4)
    kinds = [json.loads(line)["kind"] for line in lines]
    assert kinds == [
        "topic",
        "topic",
        "decline",
        "decline",
        "decline",
        "safety",
        "decline",
        "decline",
    ]
    assert json.loads(lines[0])["topic"] == "hold_time"


def test_empty_stdin_prints_nothing(tmp_path: Path) -> None:
    result = run(["ask"], tmp_path, "")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_needs_no_token_no_database_and_prints_no_logs(tmp_path: Path) -> None:
    """Settings are never read for `ask`: a broken `.env` and a bad DATABASE_URL do not matter,
    nothing is created in the working directory, and nothing but the reply is printed, even
    at LOG_LEVEL=DEBUG."""
    (tmp_path / ".env").write_text("DATABASE_URL=nonsense\nTIME_SCALE=-1\n")
    result = run(
        ["ask", "how long do I hold it"],
        tmp_path,
        DATABASE_URL="not-a-database://",
        LOG_LEVEL="DEBUG",
        PYTHONWARNINGS="default",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == reply_for("how long do I hold it") + "\n"
    assert "15 to 30 seconds" in result.stdout
    assert result.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]  # no data/, no .sqlite3


def test_ask_imports_no_telegram_database_or_scheduler_code(tmp_path: Path) -> None:
    """What keeps start-up quick: only the pure core is loaded (see BENCHMARKS.md)."""
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import bot; "
        "rc = bot.main(['ask', 'how long do I hold it']); "
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "[]"


def test_stdin_marks_questions_back_with_their_options(tmp_path: Path) -> None:
    """Issue 13: a "Did you mean..." line has kind "clarify" and the topic titles offered; an
    ambiguous alarming message has kind "safety_ask" and the two answers; the safety net's
    question its three; "help" the command list; every line keeps the existing keys."""
    lines = [
        "how many goes on each side, one long hold?",
        # someone else's, without "I'm fine" or "can he...?" (round 7 answers those directly)
        "my husband has numbness in his leg",
        "help",
        "both my legs went numb",
        "my jaw has felt strange since this morning, sort of far away",  # the safety net
    ]
    result = run(["ask"], tmp_path, stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    records = {r["q"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert all(KEYS | {"kind"} <= set(r) for r in records.values())
    clarify = records[lines[0]]
    assert clarify["kind"] == "clarify" and clarify["reply"] == general.CLARIFY_TEXT
    assert set(clarify["options"]) == {"Reps and sets", "How long to hold"}
    ask = records[lines[1]]
    assert ask["kind"] == "safety_ask" and ask["options"] == [SAFETY_ASK_YES, SAFETY_ASK_NO]
    assert ask["reply"].endswith(SAFETY_ASK_QUESTION)
    assert records[lines[2]]["kind"] == "help" and records[lines[2]]["reply"] == general.help_text()
    assert records[lines[3]]["kind"] == "safety" and "options" not in records[lines[3]]
    net = records[lines[4]]
    assert net["kind"] == "safety_ask" and net["reply"] == UNSURE_ASK
    assert net["options"] == [UNSURE_YES_URGENT, UNSURE_YES_SOON, UNSURE_NO]
