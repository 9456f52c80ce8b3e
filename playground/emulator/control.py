"""The control API under /control: simulated users act, tests and the page observe."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from playground.emulator.faults import FaultError, Faults
from playground.emulator.limits import FloodControl
from playground.emulator.markup import callback_buttons
from playground.emulator.state import Chat, Counters, Json, SimUserInfo, State, StoredMessage

MAX_EVENT_WAIT = 25.0
CHAT_ACTION_SECONDS = 5.0
USER_KINDS = frozenset({"text", "sticker", "photo", "voice", "document", "video"})


@dataclass
class Settings:
    """Runtime switches shared with the Bot API side."""

    rate_limits: bool


class ControlError(Exception):
    def __init__(self, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.description = description
        self.status = status


def _fail(description: str, status: int = 400) -> ControlError:
    return ControlError(description, status)


async def _body(request: web.Request) -> Json:
    if not request.can_read_body:
        return {}
    try:
        body = await request.json()
    except ValueError:
        raise _fail("body must be JSON") from None
    if not isinstance(body, dict):
        raise _fail("body must be a JSON object")
    return body


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool):
        raise _fail(f"{name} must be an integer")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _fail(f"{name} must be an integer") from None


def _float(value: Any, name: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise _fail(f"{name} must be a number") from None


class ControlApi:
    def __init__(
        self,
        state: State,
        settings: Settings,
        flood: FloodControl,
        faults: Faults | None = None,
    ) -> None:
        self.state = state
        self.settings = settings
        self.flood = flood
        self.faults = faults or Faults()

    def routes(self) -> list[web.RouteDef]:
        handlers: list[tuple[str, str, Callable[[web.Request], Awaitable[web.StreamResponse]]]] = [
            ("POST", "/control/users/{user_id}/message", self.message),
            ("POST", "/control/users/{user_id}/press", self.press),
            ("POST", "/control/users/{user_id}/location", self.location),
            ("POST", "/control/users/{user_id}/block", self.block),
            ("POST", "/control/users/{user_id}/unblock", self.unblock),
            ("GET", "/control/chats", self.chats),
            ("GET", "/control/chats/{chat_id}/transcript", self.transcript),
            ("GET", "/control/counters", self.counters),
            ("POST", "/control/reset_counters", self.reset_counters),
            ("GET", "/control/settings", self.get_settings),
            ("POST", "/control/settings", self.set_settings),
            ("GET", "/control/commands", self.commands),
            ("GET", "/control/bot", self.bot),
            ("GET", "/control/files/{file_id}", self.file),
            ("GET", "/control/events", self.events),
            ("GET", "/control/faults", self.get_faults),
            ("POST", "/control/faults", self.add_fault),
            ("POST", "/control/faults/clear", self.clear_faults),
        ]
        return [web.route(method, path, self._wrap(handler)) for method, path, handler in handlers]

    @staticmethod
    def _wrap(
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def wrapped(request: web.Request) -> web.StreamResponse:
            try:
                return await handler(request)
            except ControlError as error:
                return web.json_response(
                    {"ok": False, "description": error.description}, status=error.status
                )

        return wrapped

    # --- simulated users --------------------------------------------------------------------

    def _user_and_chat(self, request: web.Request, body: Json) -> tuple[SimUserInfo, Chat]:
        user_id = _int(request.match_info["user_id"], "user_id")
        if user_id <= 0:
            raise _fail("user_id must be positive")
        chat_id = _int(body.get("chat_id", user_id), "chat_id")
        if chat_id > 0 and chat_id != user_id:
            raise _fail("a private chat's id is its user's id")
        user = self.state.user(
            user_id,
            first_name=body.get("first_name"),
            last_name=body.get("last_name"),
            username=body.get("username"),
            language_code=body.get("language_code"),
        )
        if chat_id > 0:
            self.state.chat_for(user_id, user_id)  # private chat exists
        return user, self.state.chat_for(chat_id, user_id)

    async def message(self, request: web.Request) -> web.Response:
        body = await _body(request)
        kind = str(body.get("kind", "text"))
        if kind not in USER_KINDS:
            raise _fail(f"kind must be one of {sorted(USER_KINDS)}")
        text = body.get("text", "")
        if not isinstance(text, str) or (kind == "text" and not text):
            raise _fail("text must be a non-empty string")
        user, chat = self._user_and_chat(request, body)
        reply_to = body.get("reply_to_message_id")
        reply = _int(reply_to, "reply_to_message_id") if reply_to is not None else None
        update_id, message = self.state.user_message(user, chat, kind, text, reply)
        return self._sent(update_id, message)

    async def location(self, request: web.Request) -> web.Response:
        body = await _body(request)
        lat = _float(body.get("latitude"), "latitude")
        lon = _float(body.get("longitude"), "longitude")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise _fail("latitude must be in [-90, 90] and longitude in [-180, 180]")
        user, chat = self._user_and_chat(request, body)
        update_id, message = self.state.user_location(user, chat, lat, lon)
        return self._sent(update_id, message)

    def _sent(self, update_id: int, message: StoredMessage) -> web.Response:
        return web.json_response(
            {
                "ok": True,
                "update_id": update_id,
                "message_id": message.message_id,
                "seq": message.seq,
            }
        )

    async def press(self, request: web.Request) -> web.Response:
        body = await _body(request)
        user_id = _int(request.match_info["user_id"], "user_id")
        chat = self.state.chats.get(_int(body.get("chat_id", user_id), "chat_id"))
        message_id = _int(body.get("message_id"), "message_id")
        message = chat.messages.get(message_id) if chat is not None else None
        if chat is None or message is None or message.deleted or message.sender != "bot":
            raise _fail("no such button")
        if chat.type == "private" and chat.id != user_id:
            raise _fail("no such button")  # someone else's private chat
        buttons = callback_buttons(message.reply_markup)
        if "data" in body:
            data = str(body["data"])
            # A modified client can send any data with a press on a bot's message, as MTProto
            # allows; "forged" lets tests do the same.
            found = bool(body.get("forged")) or any(value == data for _, value in buttons)
        else:
            label = str(body.get("text", ""))
            data = next((value for text, value in buttons if text == label), "")
            found = bool(data)
        if not found:
            raise _fail("no such button")
        user = self.state.user(user_id)
        query_id, update_id = self.state.press(
            user, chat, message, data, inline=bool(body.get("inline"))
        )
        return web.json_response(
            {
                "ok": True,
                "callback_query_id": query_id,
                "update_id": update_id,
                "data": data,
                "seq": self.state.changes.seq,
            }
        )

    async def _set_blocked(self, request: web.Request, blocked: bool) -> web.Response:
        user_id = _int(request.match_info["user_id"], "user_id")
        if user_id not in self.state.users:
            raise _fail("no such user: the user never wrote to the bot")
        update_id = self.state.set_blocked(self.state.users[user_id], blocked)
        return web.json_response(
            {"ok": True, "update_id": update_id, "seq": self.state.changes.seq}
        )

    async def block(self, request: web.Request) -> web.Response:
        return await self._set_blocked(request, True)

    async def unblock(self, request: web.Request) -> web.Response:
        return await self._set_blocked(request, False)

    # --- observing --------------------------------------------------------------------------

    async def chats(self, request: web.Request) -> web.Response:
        chats = [
            {**self.state.chat_json(chat), "messages": len(chat.messages)}
            for chat in self.state.chats.values()
        ]
        return web.json_response({"chats": chats})

    async def transcript(self, request: web.Request) -> web.Response:
        chat_id = _int(request.match_info["chat_id"], "chat_id")
        since = _int(request.query.get("since_message_id", 0), "since_message_id")
        chat = self.state.chats.get(chat_id)
        if chat is None:
            return web.json_response(
                {
                    "chat": None,
                    "messages": [],
                    "callback_answers": [],
                    "seq": self.state.changes.seq,
                }
            )
        user = self.state.users.get(chat.user_id or 0)
        action = chat.chat_action
        active = action is not None and time.time() - action["at"] < CHAT_ACTION_SECONDS
        return web.json_response(
            {
                "chat": self.state.chat_json(chat),
                "messages": [
                    message_view(m) for m in chat.messages.values() if m.message_id > since
                ],
                "callback_answers": chat.callback_answers,
                "reply_keyboard": chat.reply_keyboard,
                "chat_action": action if active else None,
                "blocked": bool(user and user.blocked),
                "seq": self.state.changes.seq,
            }
        )

    async def counters(self, request: web.Request) -> web.Response:
        return web.json_response(self.state.counters.json())

    async def reset_counters(self, request: web.Request) -> web.Response:
        self.state.counters = Counters()
        self.faults.reset_counts()
        return web.json_response({"ok": True})

    # --- fault injection --------------------------------------------------------------------

    async def get_faults(self, request: web.Request) -> web.Response:
        return web.json_response(self.faults.json())

    async def add_fault(self, request: web.Request) -> web.Response:
        """One rule (see `playground.emulator.faults`); answers its id."""
        try:
            rule = self.faults.add(await _body(request))
        except FaultError as error:
            raise _fail(str(error)) from None
        return web.json_response({"ok": True, **rule.json()})

    async def clear_faults(self, request: web.Request) -> web.Response:
        """Removes every rule; with ``{"counts": true}`` also forgets what was injected."""
        body = await _body(request)
        self.faults.clear()
        if body.get("counts"):
            self.faults.reset_counts()
        return web.json_response({"ok": True})

    def _settings_json(self) -> Json:
        return {
            "rate_limits": self.settings.rate_limits,
            "rate_scale": self.flood.scale,
            "paid_broadcast_rate": self.flood.paid_rate,
        }

    async def get_settings(self, request: web.Request) -> web.Response:
        return web.json_response(self._settings_json())

    async def set_settings(self, request: web.Request) -> web.Response:
        body = await _body(request)
        if "rate_scale" in body:
            scale = body["rate_scale"]
            if isinstance(scale, bool) or not isinstance(scale, int | float) or scale <= 0:
                raise _fail("rate_scale must be a positive number")
            self.flood.set_scale(float(scale))
        if "paid_broadcast_rate" in body:
            rate = body["paid_broadcast_rate"]
            if isinstance(rate, bool) or not isinstance(rate, int | float) or rate <= 0:
                raise _fail("paid_broadcast_rate must be a positive number")
            self.flood.set_paid_rate(float(rate))
        if "rate_limits" in body:
            if not isinstance(body["rate_limits"], bool):
                raise _fail("rate_limits must be true or false")
            self.settings.rate_limits = body["rate_limits"]
            self.flood.reset()
        return web.json_response(self._settings_json())

    async def commands(self, request: web.Request) -> web.Response:
        default = self.state.commands.get('{"type": "default"}|', [])
        scoped = [
            {
                "scope": key.rpartition("|")[0],
                "language_code": key.rpartition("|")[2],
                "commands": v,
            }
            for key, v in self.state.commands.items()
        ]
        return web.json_response({"commands": default, "all": scoped})

    async def bot(self, request: web.Request) -> web.Response:
        return web.json_response(self.state.bot)

    async def file(self, request: web.Request) -> web.Response:
        record = self.state.files.by_id.get(request.match_info["file_id"])
        if record is None:
            raise _fail("no such file", 404)
        return web.Response(
            body=record.data,
            content_type=record.mime_type,
            headers={"Cache-Control": "max-age=3600"},
        )

    async def events(self, request: web.Request) -> web.Response:
        after = _int(request.query.get("after", -1), "after")
        timeout = min(
            _float(request.query.get("timeout", MAX_EVENT_WAIT), "timeout"), MAX_EVENT_WAIT
        )
        chat = request.query.get("chat")
        chat_id = _int(chat, "chat") if chat is not None else None
        changes = self.state.changes
        if not changes.changed_since(after, chat_id) and not self.state.closing:
            await changes.wait(max(timeout, 0.0), chat_id)
        return web.json_response({"seq": changes.seq})


def message_view(m: StoredMessage) -> Json:
    """One message as the transcript shows it: current state plus full edit history."""
    view: Json = {
        "message_id": m.message_id,
        "from": m.sender,
        "date": m.wall,
        "clock": m.clock,
        "kind": m.kind,
        "deleted": m.deleted,
        "seq": m.seq,
        "updated_seq": m.updated_seq,
    }
    if m.user_id is not None:
        view["user_id"] = m.user_id
    if m.text is not None:
        view["text"] = m.text
        view["entities"] = m.entities
    if m.caption is not None:
        view["caption"] = m.caption
        view["caption_entities"] = m.caption_entities
    if m.media is not None:
        media = m.media
        main = media.payload[-1] if isinstance(media.payload, list) else media.payload
        view["media"] = {
            "kind": media.kind,
            "file_id": media.file_id,
            "mime_type": media.main.mime_type,
            "width": main.get("width"),
            "height": main.get("height"),
            "duration": main.get("duration"),
            "file_name": media.file_name,
        }
        if media.kind == "document":
            view["document"] = {"file_id": media.file_id, "file_name": media.file_name}
        else:
            view[media.kind] = media.file_id
    if m.location is not None:
        view["location"] = m.location
    if m.reply_markup is not None:
        view["reply_markup"] = m.reply_markup
    if m.reply_keyboard is not None:
        view["reply_keyboard"] = m.reply_keyboard
    if m.reply_to is not None:
        view["reply_to_message_id"] = m.reply_to
    if m.edit_wall is not None:
        view["edit_date"] = m.edit_wall
    view["original"] = m.original
    view["edits"] = [
        {"at": e.wall, "clock": e.clock, "seq": e.seq, "method": e.method, **e.content}
        for e in m.edits
    ]
    return view
