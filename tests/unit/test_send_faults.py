"""How a reminder send that goes wrong is classified, with the real PTB bot, our rate limiter
and ``handlers.reminders.make_sender`` talking HTTP to a loopback server that misbehaves on
purpose (no mock of PTB or httpx: the exceptions are the ones the network really produces).

- the answer is lost after the request arrived (connection reset, or no answer until the read
  timeout): UNKNOWN, counted as sent;
- the server refuses (5xx), or nobody is listening: REFUSED, tried again within the lease;
- 403: BLOCKED; 400 "chat not found": FAILED (left to the lease).

Then the dispatcher with that sender: a lost answer is sent once, never again after the lease;
a 500 followed by success is delivered once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from telegram.error import BadRequest, ChatMigrated, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application
from telegram.request import HTTPXRequest

from app.ratelimit import REFUSED_RETRIES, CoachRateLimiter
from coach.ui import View
from handlers.reminders import make_sender
from scheduler.dispatcher import Delivery, ReminderDispatcher, delivery_after
from store.db import migrate
from tests.unit.test_dispatcher import DUE, Clock, assert_all_settled, new_engine, seed

TOKEN = "123456:FAULT-token"
ME = {"id": 123456, "is_bot": True, "first_name": "Coach", "username": "coach_bot"}
READ_TIMEOUT = 0.3  # the hang is a real network timeout, kept short


class FaultServer:
    """A tiny Bot API: getMe answers; each sendMessage takes the next fault from ``faults``
    ("ok" once they run out) and is counted as received when the request arrived whole."""

    def __init__(self) -> None:
        self.faults: list[str] = []
        self.received = 0
        self.server: asyncio.Server | None = None
        self.connections: list[asyncio.StreamWriter] = []

    async def start(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/bot"

    async def stop(self) -> None:
        for writer in self.connections:
            writer.close()
        for writer in self.connections:
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections.append(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                length = 0
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                await reader.readexactly(length)
                method = lines[0].split()[1].rsplit("/", 1)[-1]
                if method == "getMe":
                    self._answer(writer, 200, {"ok": True, "result": ME})
                    continue
                self.received += 1
                fault = self.faults.pop(0) if self.faults else "ok"
                if fault == "reset":
                    writer.close()  # it arrived; the answer never leaves
                    return
                if fault == "hang":
                    return  # no answer: the client's read timeout ends it
                self._answer(writer, *ANSWERS[fault])
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    @staticmethod
    def _answer(writer: asyncio.StreamWriter, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        writer.write(
            f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\n\r\n".encode()
            + data
        )


MESSAGE = {"message_id": 7, "date": 0, "chat": {"id": 42, "type": "private"}, "text": "hi"}
ANSWERS: dict[str, tuple[int, dict[str, Any]]] = {
    "ok": (200, {"ok": True, "result": MESSAGE}),
    "500": (500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}),
    "502": (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}),
    "403": (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked"}),
    "400": (400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}),
}


@pytest.fixture
async def fault_server() -> AsyncIterator[FaultServer]:
    server = FaultServer()
    yield server
    await server.stop()


async def started_app(base_url: str) -> Application:  # type: ignore[type-arg]
    app = (
        Application.builder()
        .token(TOKEN)
        .base_url(base_url)
        .rate_limiter(CoachRateLimiter())
        .request(HTTPXRequest(read_timeout=READ_TIMEOUT, connect_timeout=2.0))
        .build()
    )
    await app.bot.initialize()
    return app


VIEW = View("Time for your twist")


PERSISTENT = REFUSED_RETRIES + 1  # more refusals in a row than the rate limiter tries again


@pytest.mark.parametrize(
    ("faults", "expected", "received"),
    [
        (["ok"], Delivery.SENT, 1),
        (["reset"], Delivery.UNKNOWN, 1),  # never tried again: it may have arrived
        (["hang"], Delivery.UNKNOWN, 1),
        (["500"], Delivery.SENT, 2),  # refused before effect: the rate limiter tries again
        (["502", "500"], Delivery.SENT, 3),
        (["500"] * PERSISTENT, Delivery.REFUSED, PERSISTENT),
        (["502"] * PERSISTENT, Delivery.REFUSED, PERSISTENT),
        (["403"], Delivery.BLOCKED, 1),
        (["400"], Delivery.FAILED, 1),
    ],
)
async def test_the_real_sender_classifies_what_the_network_does(
    fault_server: FaultServer, faults: list[str], expected: Delivery, received: int
) -> None:
    app = await started_app(await fault_server.start())
    try:
        fault_server.faults = list(faults)
        assert await make_sender(app)(42, VIEW) is expected
        assert fault_server.received == received
    finally:
        await app.bot.shutdown()


async def test_nobody_listening_is_refused_not_unknown(fault_server: FaultServer) -> None:
    app = await started_app(await fault_server.start())
    try:
        await fault_server.stop()  # the connection and the port are gone before the send
        assert await make_sender(app)(42, VIEW) is Delivery.REFUSED
        assert fault_server.received == 0
    finally:
        await app.bot.shutdown()


@pytest.mark.filterwarnings("ignore:.*retry_after.*")  # PTB 22.2+ on RetryAfter's int form
def test_errors_built_from_telegrams_answer_are_refusals_or_rejections() -> None:
    assert delivery_after(RetryAfter(3)) is Delivery.REFUSED
    assert delivery_after(NetworkError("Service Unavailable (503)")) is Delivery.REFUSED
    assert delivery_after(BadRequest("Bad Request: chat not found")) is Delivery.FAILED
    assert delivery_after(ChatMigrated(-100123)) is Delivery.FAILED
    assert delivery_after(TimedOut()) is Delivery.UNKNOWN  # no cause: it may have gone out


async def test_with_the_real_sender_a_lost_answer_is_sent_once_and_a_refusal_retried(
    fault_server: FaultServer, tmp_path: Path
) -> None:
    path = tmp_path / "coach.sqlite3"
    migrate(new_engine(path))
    engine: Engine = new_engine(path)
    ids = seed(engine, 2)
    app = await started_app(await fault_server.start())
    clock = Clock(DUE + timedelta(seconds=1))

    async def no_wait(seconds: float) -> None:
        clock.advance(seconds=seconds)

    try:
        # one at a time (batch=1): user 1 is delivered, then the connection is reset; user 2
        # is refused more times than the rate limiter tries again, then the dispatcher tries
        # again within the lease and it is delivered
        fault_server.faults = ["reset", *["500"] * PERSISTENT]
        dispatcher = ReminderDispatcher(engine, make_sender(app), clock, batch=1, sleep=no_wait)
        await dispatcher.drain()
        assert (dispatcher.stats.unconfirmed, dispatcher.stats.sent) == (1, 1)
        assert dispatcher.stats.retried == 1
        assert fault_server.received == 2 + PERSISTENT  # 1 arrived (answer lost), 2 refused
        assert_all_settled(engine, ids)
        clock.advance(minutes=6)  # past the lease: nothing is sent again
        await dispatcher.drain()
        assert fault_server.received == 2 + PERSISTENT
    finally:
        await app.bot.shutdown()
