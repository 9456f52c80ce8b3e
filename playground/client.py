"""An async client for the emulator's control API, made for tests::

async with EmulatorClient(emu.control_url) as client:
    alex = client.user(1001)
    await alex.send("/start")
    msg = await alex.wait_for_text("Welcome")
    await alex.press_text(msg.message_id, "Hold")
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

import httpx

from playground.transcript import (
    Button,
    CallbackAnswer,
    ChatMessage,
    Counters,
    Document,
    Edit,
    Pressed,
    Sent,
)

__all__ = [
    "Button",
    "CallbackAnswer",
    "ChatMessage",
    "Counters",
    "Document",
    "Edit",
    "EmulatorClient",
    "EmulatorError",
    "FaultReport",
    "Pressed",
    "Sent",
    "SimUser",
]

Json = dict[str, Any]
T = TypeVar("T")
MAX_EVENT_WAIT = 25.0


class EmulatorError(AssertionError):
    """The control API refused an action (e.g. pressing a button that is not there)."""

    def __init__(self, description: str, status: int) -> None:
        super().__init__(f"{description} (HTTP {status})")
        self.description = description
        self.status = status


@dataclass(frozen=True)
class FaultReport:
    """What the emulator's fault injection holds and did: the rules still active, how many
    faults of each kind it injected, and each injected fault in order (kind, method, chat_id,
    rule, and ``at``: the emulator's clock, as in the counters' send and edit times)."""

    rules: list[Json]
    injected: dict[str, int]
    log: list[Json]

    def count(self, kind: str | None = None, method: str | None = None) -> int:
        """Injected faults, of one kind and/or on one method (any case) if given."""
        return sum(
            1
            for f in self.log
            if (kind is None or f["kind"] == kind)
            and (method is None or str(f["method"]).lower() == method.lower())
        )


class EmulatorClient:
    """Talks to one emulator's control API; `user()` gives simulated users."""

    def __init__(self, control_url: str, *, http_timeout: float = 40.0) -> None:
        self.control_url = control_url.rstrip("/")
        self._http = httpx.AsyncClient(base_url=self.control_url + "/", timeout=http_timeout)

    async def __aenter__(self) -> EmulatorClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def user(
        self,
        user_id: int,
        first_name: str = "Alex",
        chat_id: int | None = None,
        *,
        language_code: str | None = None,
    ) -> SimUser:
        return SimUser(self, user_id, first_name, chat_id, language_code)

    # --- raw calls --------------------------------------------------------------------------

    async def request(self, method: str, path: str, body: Json | None = None, **query: Any) -> Any:
        params = {k: v for k, v in query.items() if v is not None}
        # Encoded here, ASCII-only: text that was never UTF-8 (a forged button's lone
        # surrogates) travels as JSON escapes, as the Bot API would send it.
        content = None if body is None else json.dumps(body).encode()
        headers = {} if body is None else {"Content-Type": "application/json"}
        response = await self._http.request(
            method, path.lstrip("/"), content=content, params=params, headers=headers
        )
        if response.status_code >= 400:
            try:
                description = str(response.json().get("description", response.text))
            except ValueError:
                description = response.text
            raise EmulatorError(description, response.status_code)
        if response.headers.get("content-type", "").startswith("application/json"):
            return response.json()
        return response.content

    async def transcript_json(self, chat_id: int, since_message_id: int | None = None) -> Json:
        data: Json = await self.request(
            "GET", f"chats/{chat_id}/transcript", since_message_id=since_message_id
        )
        return data

    async def events(
        self, after: int | None = None, wait: float = MAX_EVENT_WAIT, chat_id: int | None = None
    ) -> int:
        """The change counter; with `after`, waits (up to `wait` s) until it exceeds `after`
        (with `chat_id`: until that chat changed after `after`)."""
        data = await self.request("GET", "events", after=after, timeout=wait, chat=chat_id)
        return int(data["seq"])

    # --- the emulator as a whole ------------------------------------------------------------

    async def counters(self) -> Counters:
        return Counters.from_json(await self.request("GET", "counters"))

    async def reset_counters(self) -> None:
        await self.request("POST", "reset_counters")

    async def commands(self) -> list[dict[str, str]]:
        """The default-scope command list the bot set with setMyCommands."""
        data = await self.request("GET", "commands")
        return list(data["commands"])

    async def settings(self) -> Json:
        data: Json = await self.request("GET", "settings")
        return data

    async def set_rate_limits(self, enabled: bool) -> None:
        await self.request("POST", "settings", {"rate_limits": enabled})

    async def set_paid_broadcast_rate(self, rate: float) -> None:
        """The bot's limit for sends with allow_paid_broadcast (Telegram: 1,000 a second)."""
        await self.request("POST", "settings", {"paid_broadcast_rate": rate})

    async def set_rate_scale(self, scale: float) -> None:
        """Scales the emulator's flood limits (every interval and window times ``scale``)."""
        await self.request("POST", "settings", {"rate_scale": scale})

    # --- fault injection --------------------------------------------------------------------

    async def inject(
        self,
        kind: str,
        *,
        times: int | None = None,
        probability: float | None = None,
        seed: int | None = None,
        method: str | Sequence[str] | None = None,
        chat_id: int | None = None,
        seconds: float | None = None,
        retry_after: int | None = None,
    ) -> int:
        """Adds a fault rule; returns its id. ``kind``: "500", "429", "hang", "reset_before",
        "reset_after", "hang_after" or "delay" (held ``seconds`` on its way, then handled as
        usual). It hits the next ``times`` matching calls (1 if neither
        ``times`` nor ``probability`` is given) or, with ``probability``, each matching call at
        random from a generator seeded with ``seed``. ``method`` (a name or several) and
        ``chat_id`` narrow the calls it matches (without ``method``: every method but
        getUpdates, start-up calls such as getMe included); ``seconds``: how long a hang
        lasts (hang_after: None never answers); ``retry_after`` for 429, in the emulator's
        scaled seconds."""
        body: Json = {
            "kind": kind,
            "times": times,
            "probability": probability,
            "seed": seed,
            "method": method if method is None or isinstance(method, str) else list(method),
            "chat_id": chat_id,
            "seconds": seconds,
            "retry_after": retry_after,
        }
        data = await self.request(
            "POST", "faults", {k: v for k, v in body.items() if v is not None}
        )
        return int(data["id"])

    async def faults(self) -> FaultReport:
        data = await self.request("GET", "faults")
        return FaultReport(list(data["rules"]), dict(data["injected"]), list(data["log"]))

    async def clear_faults(self, *, counts: bool = False) -> None:
        """Removes every fault rule (and, with ``counts``, what was injected so far)."""
        await self.request("POST", "faults/clear", {"counts": counts})

    async def file(self, file_id: str) -> bytes:
        data: bytes = await self.request("GET", f"files/{file_id}")
        return data


class SimUser:
    """A simulated Telegram user chatting with the bot (in a private chat by default).

    `wait_for*` look, by default, only at bot messages sent or edited after this user's last
    action (send, press, location, block), so an old matching message never satisfies them.
    """

    def __init__(
        self,
        client: EmulatorClient,
        user_id: int,
        first_name: str,
        chat_id: int | None,
        language_code: str | None,
    ) -> None:
        self.client = client
        self.user_id = user_id
        self.first_name = first_name
        self.chat_id = chat_id if chat_id is not None else user_id
        self.language_code = language_code
        self.mark = 0  # change counter at this user's last action

    def _path(self, action: str) -> str:
        return f"users/{self.user_id}/{action}"

    def _identity(self) -> Json:
        body: Json = {"chat_id": self.chat_id, "first_name": self.first_name}
        if self.language_code:
            body["language_code"] = self.language_code
        return body

    # --- acting -----------------------------------------------------------------------------

    async def send(self, text: str, *, reply_to: int | None = None) -> Sent:
        return await self.send_kind("text", text, reply_to=reply_to)

    async def send_kind(self, kind: str, text: str = "", *, reply_to: int | None = None) -> Sent:
        """Send a "text", "sticker", "photo", "voice", "document" or "video" message."""
        body = {**self._identity(), "text": text, "kind": kind}
        if reply_to is not None:
            body["reply_to_message_id"] = reply_to
        data = await self.client.request("POST", self._path("message"), body)
        self.mark = data["seq"]
        return Sent(data["update_id"], data["message_id"])

    async def share_location(self, latitude: float, longitude: float) -> Sent:
        body = {**self._identity(), "latitude": latitude, "longitude": longitude}
        data = await self.client.request("POST", self._path("location"), body)
        self.mark = data["seq"]
        return Sent(data["update_id"], data["message_id"])

    async def press(self, message: int | ChatMessage, data: str) -> Pressed:
        """Press the button with this callback_data (it must be on the message now)."""
        return await self._press({"data": data}, message)

    async def press_forged(self, message: int | ChatMessage, data: str) -> Pressed:
        """Press a button of the message, sending ``data`` whatever the button holds (what a
        modified client can do)."""
        return await self._press({"data": data, "forged": True}, message)

    async def press_inline(self, message: int | ChatMessage, data: str) -> Pressed:
        """A press that reaches the bot as one on a message sent via inline mode: with an
        ``inline_message_id`` and no message or chat."""
        return await self._press({"data": data, "forged": True, "inline": True}, message)

    async def press_text(self, message: int | ChatMessage, label: str) -> Pressed:
        """Press the button labelled `label` (it must be on the message now)."""
        return await self._press({"text": label}, message)

    async def _press(self, body: Json, message: int | ChatMessage) -> Pressed:
        message_id = message.message_id if isinstance(message, ChatMessage) else message
        body = {**body, "message_id": message_id, "chat_id": self.chat_id}
        data = await self.client.request("POST", self._path("press"), body)
        self.mark = data["seq"]
        return Pressed(data["callback_query_id"], data["update_id"], data["data"])

    async def block(self) -> None:
        data = await self.client.request("POST", self._path("block"))
        self.mark = data["seq"]

    async def unblock(self) -> None:
        data = await self.client.request("POST", self._path("unblock"))
        self.mark = data["seq"]

    # --- observing --------------------------------------------------------------------------

    async def transcript(self) -> list[ChatMessage]:
        data = await self.client.transcript_json(self.chat_id)
        return [ChatMessage.from_json(m) for m in data["messages"]]

    async def bot_messages(self, *, include_deleted: bool = False) -> list[ChatMessage]:
        return [
            m for m in await self.transcript() if m.is_bot and (include_deleted or not m.deleted)
        ]

    async def last_bot_message(self) -> ChatMessage | None:
        messages = await self.bot_messages()
        return messages[-1] if messages else None

    async def callback_answers(self) -> list[CallbackAnswer]:
        data = await self.client.transcript_json(self.chat_id)
        return [CallbackAnswer.from_json(a) for a in data["callback_answers"]]

    async def wait_for(
        self,
        predicate: Callable[[ChatMessage], bool],
        timeout: float = 10.0,  # noqa: ASYNC109 - a deadline over many polls, not one await
        *,
        fresh: bool = True,
    ) -> ChatMessage:
        """The newest bot message (current state) satisfying `predicate`.

        With `fresh`, only messages sent or edited after this user's last action count.
        Raises AssertionError with the transcript on timeout.
        """

        def match(messages: list[ChatMessage], answers: list[CallbackAnswer]) -> ChatMessage | None:
            for message in reversed(messages):
                if self._candidate(message, fresh) and predicate(message):
                    return message
            return None

        return await self._wait(match, timeout, "a bot message matching the predicate")

    async def wait_for_text(
        self,
        substring: str,
        timeout: float = 10.0,  # noqa: ASYNC109 - a deadline over many polls
        *,
        fresh: bool = True,
    ) -> ChatMessage:
        """The newest bot message whose text or caption contains `substring` (any case).

        A message matches if it shows the substring now or showed it after any edit (so a fast
        countdown cannot be missed); the message is returned in its current state.
        """
        needle = substring.casefold()

        def match(messages: list[ChatMessage], answers: list[CallbackAnswer]) -> ChatMessage | None:
            for message in reversed(messages):
                if not self._candidate(message, fresh):
                    continue
                for seq, content in message.versions():
                    if (not fresh or seq > self.mark) and needle in content.casefold():
                        return message
            return None

        return await self._wait(match, timeout, f"a bot message containing {substring!r}")

    async def wait_for_answer(
        self,
        pressed: Pressed | str,
        timeout: float = 10.0,  # noqa: ASYNC109 - a deadline over many polls
    ) -> CallbackAnswer:
        """The bot's answerCallbackQuery for a press."""
        query_id = pressed.callback_query_id if isinstance(pressed, Pressed) else pressed

        def match(
            messages: list[ChatMessage], answers: list[CallbackAnswer]
        ) -> CallbackAnswer | None:
            return next((a for a in answers if a.callback_query_id == query_id), None)

        return await self._wait(match, timeout, f"an answer to callback query {query_id}")

    def _candidate(self, message: ChatMessage, fresh: bool) -> bool:
        return (
            message.is_bot
            and not message.deleted
            and (not fresh or message.updated_seq > self.mark)
        )

    async def _wait(
        self,
        match: Callable[[list[ChatMessage], list[CallbackAnswer]], T | None],
        seconds: float,
        what: str,
    ) -> T:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            data = await self.client.transcript_json(self.chat_id)
            messages = [ChatMessage.from_json(m) for m in data["messages"]]
            answers = [CallbackAnswer.from_json(a) for a in data["callback_answers"]]
            found = match(messages, answers)
            if found is not None:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                lines = "\n".join(m.describe() for m in messages) or "(no messages)"
                raise AssertionError(
                    f"timed out after {seconds:g}s waiting for {what} in chat {self.chat_id} "
                    f"(last action at change #{self.mark}); transcript:\n{lines}"
                )
            await self.client.events(
                after=data["seq"], wait=min(remaining, MAX_EVENT_WAIT), chat_id=self.chat_id
            )
