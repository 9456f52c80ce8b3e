"""A typed question costs one visit to the database: the duplicate-update gate records the
update and reads the user's open flows (onboarding screen, open session) in one transaction,
and the text handlers reuse them (issue 18: typed replies within 1.5x of bare PTB). The real
bot polls the emulator; the statements are observed with SQLAlchemy's engine events."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event

from coach.questions.answers import answer
from coach.questions.view import answer_view
from playground.client import EmulatorClient
from tests.e2e.test_questions import plain

App = Any


@dataclass(frozen=True)
class Statement:
    transaction: int
    sql: str


def watch(app: App) -> list[Statement]:
    """Every statement the bot's engine runs from now on, with the transaction it ran in."""
    engine = app.bot_data.engine
    seen: list[Statement] = []
    numbers = itertools.count(1)

    def begin(conn: Any) -> None:
        conn.info["transaction"] = next(numbers)

    def execute(conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        seen.append(Statement(conn.info.get("transaction", 0), " ".join(sql.split())))

    event.listen(engine, "begin", begin)
    event.listen(engine, "before_cursor_execute", execute)
    return seen


def about(seen: list[Statement], *fragments: str) -> list[Statement]:
    return [s for s in seen if all(f in s.sql for f in fragments)]


async def test_a_typed_question_visits_the_database_once(bot: App, client: EmulatorClient) -> None:
    eva = client.user(3101, "Eva")
    await eva.send("hi")  # the chat exists; its own claim is not counted below
    await eva.wait_for(lambda m: True)
    seen = watch(bot)
    question = "how long do I hold it"
    await eva.send(question)
    reply = await eva.wait_for(lambda m: True)
    assert reply.content == plain(answer_view(answer(question)).text)
    claims = about(seen, "INSERT INTO processed_updates")
    reads = about(seen, "onboarding_state", "FROM users")
    sessions = about(seen, "FROM sessions", "active")
    assert len(claims) == 1, seen
    assert len(reads) == 1, seen  # read once, not once per text handler
    assert len(sessions) == 1, seen
    # ... and in the claim's own transaction: one worker-thread hop for the whole update
    assert reads[0].transaction == sessions[0].transaction == claims[0].transaction
