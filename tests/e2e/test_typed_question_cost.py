"""A typed question costs one visit to the database: the duplicate-update gate records the
update and reads the user's open flows (onboarding screen, open session) in one transaction,
and the text handlers reuse them (issue 18: typed replies within 1.5x of bare PTB). The real
bot polls the emulator; the statements are observed with SQLite's own trace of every connection
the bot checks out, so statements on the driver's cursor (`store.driver`) are seen too."""

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
    """Every statement SQLite runs for the bot from now on, with the transaction it ran in
    (numbered from each BEGIN; 0 outside a transaction)."""
    engine = app.bot_data.engine
    seen: list[Statement] = []
    numbers = itertools.count(1)
    current = [0]

    def trace(sql: str) -> None:
        words = " ".join(sql.split())
        if words.upper().startswith("BEGIN"):
            current[0] = next(numbers)
        seen.append(Statement(current[0], words))
        if words.upper().startswith(("COMMIT", "ROLLBACK")):
            current[0] = 0

    def checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.set_trace_callback(trace)

    event.listen(engine, "checkout", checkout)
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
    assert reads[0].transaction == sessions[0].transaction == claims[0].transaction != 0
