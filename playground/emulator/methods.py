"""The Bot API method table, plus the methods about the bot itself and about updates."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from playground.emulator.errors import ApiError, bad_request
from playground.emulator.params import Params
from playground.emulator.sending import MessageMethods
from playground.emulator.state import DEFAULT_UPDATES, Json, State

Handler = Callable[[Params], Awaitable[Any]]
MAX_POLL_TIMEOUT = 50
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class BotMethods:
    """Every supported method by its canonical name; look up with `find` (case-insensitive)."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.profile: dict[str, str] = {}
        m = MessageMethods(state)
        handlers: dict[str, Handler] = {
            "getMe": self.get_me,
            "getUpdates": self.get_updates,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": self.get_webhook_info,
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "setMyName": self._setter("name"),
            "getMyName": self._getter("name"),
            "setMyDescription": self._setter("description"),
            "getMyDescription": self._getter("description"),
            "setMyShortDescription": self._setter("short_description"),
            "getMyShortDescription": self._getter("short_description"),
            "setChatMenuButton": self.set_chat_menu_button,
            "getChatMenuButton": self.get_chat_menu_button,
            "close": self.accept,
            "logOut": self.accept,
            "sendMessage": m.send_message,
            "sendPhoto": m.send_photo,
            "sendAnimation": m.send_animation,
            "sendDocument": m.send_document,
            "sendVoice": m.send_voice,
            "sendLocation": m.send_location,
            "sendChatAction": m.send_chat_action,
            "editMessageText": m.edit_message_text,
            "editMessageCaption": m.edit_message_caption,
            "editMessageMedia": m.edit_message_media,
            "editMessageReplyMarkup": m.edit_message_reply_markup,
            "deleteMessage": m.delete_message,
            "deleteMessages": m.delete_messages,
            "answerCallbackQuery": m.answer_callback_query,
            "getFile": m.get_file,
        }
        self._by_lower = {name.lower(): (name, handler) for name, handler in handlers.items()}

    def find(self, method: str) -> tuple[str, Handler] | None:
        return self._by_lower.get(method.lower())

    async def accept(self, p: Params) -> bool:
        return True

    async def get_me(self, p: Params) -> Json:
        return {
            **self.state.bot,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    # --- updates ----------------------------------------------------------------------------

    async def get_updates(self, p: Params) -> list[Json]:
        state = self.state
        if state.webhook_url:
            raise ApiError(409, CONFLICT_WEBHOOK)
        offset = p.get_int("offset")
        limit = min(max(p.get_int("limit") or 100, 1), 100)
        timeout = min(max(p.get_int("timeout") or 0, 0), MAX_POLL_TIMEOUT)
        allowed = p.get_json("allowed_updates", what="allowed_updates")
        if isinstance(allowed, list):
            state.allowed_updates = frozenset(map(str, allowed)) or DEFAULT_UPDATES
        if offset is not None:
            if offset < 0:
                state.updates = state.updates[offset:]
            else:
                state.updates = [u for u in state.updates if u[0] >= offset]
        state.poll_generation += 1
        generation = state.poll_generation
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not state.updates and not state.closing:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            await state.new_updates.wait(remaining)
            if state.poll_generation != generation:
                raise ApiError(409, CONFLICT_POLL)
        return [{"update_id": uid, kind: payload} for uid, kind, payload in state.updates[:limit]]

    async def set_webhook(self, p: Params) -> bool:
        url = p.get_str("url") or ""
        if url and not url.startswith("https://"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self.state.webhook_url = url
        if p.get_bool("drop_pending_updates"):
            self.state.updates.clear()
        return True

    async def delete_webhook(self, p: Params) -> bool:
        self.state.webhook_url = ""
        if p.get_bool("drop_pending_updates"):
            self.state.updates.clear()
        return True

    async def get_webhook_info(self, p: Params) -> Json:
        info: Json = {
            "url": self.state.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.state.updates),
        }
        if self.state.allowed_updates != DEFAULT_UPDATES:
            info["allowed_updates"] = sorted(self.state.allowed_updates)
        return info

    # --- commands and profile ---------------------------------------------------------------

    @staticmethod
    def _commands_key(p: Params) -> str:
        scope = p.get_json("scope", what="BotCommandScope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True) + "|" + (p.get_str("language_code") or "")

    async def set_my_commands(self, p: Params) -> bool:
        commands = p.get_json("commands", what="commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("too many commands specified")
        cleaned: list[Json] = []
        for item in commands:
            if not isinstance(item, dict):
                raise bad_request("can't parse commands JSON object")
            command = str(item.get("command", "")).strip().removeprefix("/")
            description = str(item.get("description", "")).strip()
            if not _COMMAND.match(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("command description must be non-empty")
            cleaned.append({"command": command, "description": description})
        key = self._commands_key(p)
        if cleaned:
            self.state.commands[key] = cleaned
        else:
            self.state.commands.pop(key, None)
        self.state.changes.bump()
        return True

    async def get_my_commands(self, p: Params) -> list[Json]:
        return list(self.state.commands.get(self._commands_key(p), []))

    async def delete_my_commands(self, p: Params) -> bool:
        self.state.commands.pop(self._commands_key(p), None)
        self.state.changes.bump()
        return True

    def _setter(self, key: str) -> Handler:
        async def handler(p: Params) -> bool:
            self.profile[key] = p.get_str(key) or ""
            return True

        return handler

    def _getter(self, key: str) -> Handler:
        async def handler(p: Params) -> Json:
            return {
                key: self.profile.get(key, self.state.bot["first_name"] if key == "name" else "")
            }

        return handler

    async def set_chat_menu_button(self, p: Params) -> bool:
        button = p.get_json("menu_button", what="menu button") or {"type": "default"}
        if not isinstance(button, dict) or "type" not in button:
            raise bad_request("can't parse menu button JSON object")
        chat_id = p.get_int("chat_id")
        if chat_id is None:
            self.profile["menu_button"] = json.dumps(button)
        else:
            self.state.bot_chat(chat_id).menu_button = button
        return True

    async def get_chat_menu_button(self, p: Params) -> Json:
        chat_id = p.get_int("chat_id")
        chat = self.state.chats.get(chat_id) if chat_id is not None else None
        if chat is not None and chat.menu_button is not None:
            return chat.menu_button
        stored = self.profile.get("menu_button")
        return dict(json.loads(stored)) if stored else {"type": "default"}
