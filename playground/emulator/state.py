"""What the emulated Telegram knows: users, chats, messages, callback queries, the update queue."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from playground.emulator.errors import BLOCKED, CHAT_NOT_FOUND, bad_request, forbidden
from playground.emulator.html_parse import Entity, detect_commands
from playground.emulator.media import FileStore, MediaItem

Json = dict[str, Any]
GROUP_TITLE = "Test group"
# Update types delivered when the bot asks for none in particular (Telegram's default).
DEFAULT_UPDATES = frozenset(
    {"message", "edited_message", "callback_query", "my_chat_member", "inline_query"}
)


@dataclass
class SimUserInfo:
    id: int
    first_name: str = "Alex"
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    blocked: bool = False

    def json(self) -> Json:
        data: Json = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data


@dataclass
class Edit:
    wall: float
    clock: float
    seq: int
    method: str
    content: Json


@dataclass
class StoredMessage:
    chat_id: int
    message_id: int
    sender: str  # "bot" | "user"
    user_id: int | None
    wall: float
    clock: float
    seq: int
    kind: str
    text: str | None = None
    entities: list[Entity] = field(default_factory=list)
    caption: str | None = None
    caption_entities: list[Entity] = field(default_factory=list)
    media: MediaItem | None = None
    location: Json | None = None
    reply_markup: Json | None = None  # inline keyboards only; reply keyboards live on the chat
    reply_keyboard: Json | None = None
    reply_to: int | None = None
    edit_wall: float | None = None
    deleted: bool = False
    updated_seq: int = 0
    edits: list[Edit] = field(default_factory=list)
    original: Json = field(default_factory=dict)

    def content(self) -> Json:
        """The editable state, as the transcript shows it."""
        data: Json = {}
        if self.text is not None:
            data["text"] = self.text
            data["entities"] = self.entities
        if self.caption is not None:
            data["caption"] = self.caption
            data["caption_entities"] = self.caption_entities
        if self.media is not None:
            data["media"] = self.media.file_id
        data["reply_markup"] = self.reply_markup
        return data


@dataclass
class Chat:
    id: int
    type: str
    user_id: int | None
    title: str | None = None
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    next_message_id: int = 1
    callback_answers: list[Json] = field(default_factory=list)
    chat_action: Json | None = None
    reply_keyboard: Json | None = None
    menu_button: Json | None = None


@dataclass
class CallbackRecord:
    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    clock: float
    answered: bool = False


@dataclass
class Counters:
    calls: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    too_many_requests: int = 0
    not_modified: int = 0
    paid_broadcasts: int = 0  # messages sent with allow_paid_broadcast (0.1 Star each)
    sends_per_chat: Counter[int] = field(default_factory=Counter)
    edits_per_chat: Counter[int] = field(default_factory=Counter)
    send_times: defaultdict[int, list[float]] = field(default_factory=lambda: defaultdict(list))
    edit_times: defaultdict[int, list[float]] = field(default_factory=lambda: defaultdict(list))

    def json(self) -> Json:
        return {
            "calls": dict(self.calls),
            "errors": dict(self.errors),
            "too_many_requests": self.too_many_requests,
            "not_modified": self.not_modified,
            "paid_broadcasts": self.paid_broadcasts,
            "sends_per_chat": {str(k): v for k, v in self.sends_per_chat.items()},
            "edits_per_chat": {str(k): v for k, v in self.edits_per_chat.items()},
            "send_times": {str(k): v for k, v in self.send_times.items()},
            "edit_times": {str(k): v for k, v in self.edit_times.items()},
        }


class Signal:
    """A change counter that long-pollers can wait on: for any change, or for one chat's (a
    change tied to no chat, like the command list, counts for every chat). A story waiting on
    its own chat then wakes for its own messages, not for every other user's."""

    def __init__(self) -> None:
        self.seq = 0
        self._everyone = 0  # the last change tied to no chat
        self._chat_seq: dict[int, int] = {}  # chat id -> its last change
        self._events: dict[int | None, asyncio.Event] = {}  # None: any change

    def bump(self, chat_id: int | None = None) -> int:
        self.seq += 1
        self._release(None)
        if chat_id is None:
            self._everyone = self.seq
            for key in list(self._events):
                self._release(key)
        else:
            self._chat_seq[chat_id] = self.seq
            self._release(chat_id)
        return self.seq

    def changed_since(self, after: int, chat_id: int | None = None) -> bool:
        if chat_id is None:
            return self.seq > after
        return max(self._chat_seq.get(chat_id, 0), self._everyone) > after

    async def wait(self, seconds: float, chat_id: int | None = None) -> None:
        """Return on the next change (of ``chat_id``, if given) or after `seconds`."""
        event = self._events.setdefault(chat_id, asyncio.Event())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), seconds)

    def _release(self, key: int | None) -> None:
        event = self._events.pop(key, None)
        if event is not None:
            event.set()


class State:
    """The whole emulated world of one bot."""

    def __init__(self, bot_id: int, first_name: str, username: str, clock: Callable[[], float]):
        self.bot = {"id": bot_id, "is_bot": True, "first_name": first_name, "username": username}
        self.clock = clock
        self.files = FileStore()
        self.users: dict[int, SimUserInfo] = {}
        self.chats: dict[int, Chat] = {}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.updates: list[tuple[int, str, Json]] = []
        self.next_update_id = 1
        self.allowed_updates: frozenset[str] = DEFAULT_UPDATES
        self.webhook_url = ""
        self.commands: dict[str, list[Json]] = {}  # key: scope JSON + language code
        self.counters = Counters()
        self.changes = Signal()  # any chat changed (for the page and the client)
        self.new_updates = Signal()  # an update was queued (for getUpdates)
        self.poll_generation = 0
        self.closing = False

    # --- users and chats --------------------------------------------------------------------

    def user(self, user_id: int, **fields: Any) -> SimUserInfo:
        info = self.users.get(user_id)
        if info is None:
            info = self.users[user_id] = SimUserInfo(user_id)
        for key, value in fields.items():
            if value is not None:
                setattr(info, key, value)
        return info

    def chat_for(self, chat_id: int, user_id: int) -> Chat:
        """The chat a simulated user writes in, created on first contact."""
        chat = self.chats.get(chat_id)
        if chat is None:
            if chat_id > 0 and chat_id != user_id:
                raise ValueError("a private chat's id is its user's id")
            kind = "private" if chat_id > 0 else "group"
            if chat_id <= -1_000_000_000_000:
                kind = "supergroup"
            title = None if kind == "private" else GROUP_TITLE
            chat = self.chats[chat_id] = Chat(
                chat_id, kind, user_id if kind == "private" else None, title
            )
        return chat

    def bot_chat(self, chat_id: int) -> Chat:
        """The chat a bot method targets: must exist, and its user must not have blocked us."""
        chat = self.chats.get(chat_id)
        if chat is None:
            raise bad_request(CHAT_NOT_FOUND)
        if chat.user_id is not None and self.users[chat.user_id].blocked:
            raise forbidden(BLOCKED)
        return chat

    def chat_json(self, chat: Chat) -> Json:
        if chat.type == "private" and chat.user_id is not None:
            user = self.users[chat.user_id]
            data: Json = {"id": chat.id, "type": "private", "first_name": user.first_name}
            if user.last_name:
                data["last_name"] = user.last_name
            if user.username:
                data["username"] = user.username
            return data
        return {"id": chat.id, "type": chat.type, "title": chat.title or GROUP_TITLE}

    # --- messages ---------------------------------------------------------------------------

    def add_message(
        self, chat: Chat, sender: str, user_id: int | None, kind: str, **content: Any
    ) -> StoredMessage:
        message = StoredMessage(
            chat_id=chat.id,
            message_id=chat.next_message_id,
            sender=sender,
            user_id=user_id,
            wall=time.time(),
            clock=self.clock(),
            seq=0,
            kind=kind,
            **content,
        )
        chat.next_message_id += 1
        chat.messages[message.message_id] = message
        message.original = message.content()
        message.seq = message.updated_seq = self.changes.bump(chat.id)
        return message

    def record_edit(self, message: StoredMessage, method: str) -> None:
        message.edit_wall = time.time()
        seq = self.changes.bump(message.chat_id)
        message.updated_seq = seq
        message.edits.append(Edit(message.edit_wall, self.clock(), seq, method, message.content()))

    def message_json(self, message: StoredMessage, *, with_reply: bool = True) -> Json:
        chat = self.chats[message.chat_id]
        sender = self.bot if message.sender == "bot" else self.users[message.user_id or 0].json()
        data: Json = {
            "message_id": message.message_id,
            "from": dict(sender),
            "chat": self.chat_json(chat),
            "date": int(message.wall),
        }
        if message.edit_wall is not None:
            data["edit_date"] = int(message.edit_wall)
        target = chat.messages.get(message.reply_to or 0)
        if with_reply and target is not None and not target.deleted:
            data["reply_to_message"] = self.message_json(target, with_reply=False)
        if message.text is not None:
            data["text"] = message.text
            if message.entities:
                data["entities"] = message.entities
        if message.media is not None:
            data[message.media.kind] = message.media.payload
            if message.media.kind == "animation":
                data["document"] = message.media.payload  # Telegram sets both
        if message.caption is not None:
            data["caption"] = message.caption
            if message.caption_entities:
                data["caption_entities"] = message.caption_entities
        if message.location is not None:
            data["location"] = message.location
        if message.reply_markup is not None:
            data["reply_markup"] = message.reply_markup
        return data

    # --- updates ----------------------------------------------------------------------------

    def enqueue(self, kind: str, payload: Json) -> int:
        """Queue an update; returns its id (0 if the bot's allowed_updates filter drops it)."""
        if kind not in self.allowed_updates:
            return 0
        update_id = self.next_update_id
        self.next_update_id += 1
        self.updates.append((update_id, kind, payload))
        self.new_updates.bump()
        return update_id

    def user_message(
        self,
        user: SimUserInfo,
        chat: Chat,
        kind: str,
        text: str,
        reply_to: int | None = None,
    ) -> tuple[int, StoredMessage]:
        self.wake_if_blocked(user)
        content: Json = {"reply_to": reply_to}
        if kind == "text":
            content.update(text=text, entities=detect_commands(text))
        elif kind == "sticker":
            content["media"] = self.files.sticker(text)
        elif kind == "document":
            content["media"] = self.files.user_document(text)
        else:
            makers = {"photo": self.files.user_photo, "voice": self.files.voice}
            content["media"] = makers.get(kind, self.files.video)()
            if text:
                content["caption"] = text
        message = self.add_message(chat, "user", user.id, kind, **content)
        return self.enqueue("message", self.message_json(message)), message

    def user_location(
        self, user: SimUserInfo, chat: Chat, lat: float, lon: float
    ) -> tuple[int, StoredMessage]:
        self.wake_if_blocked(user)
        location = {"latitude": lat, "longitude": lon}
        message = self.add_message(chat, "user", user.id, "location", location=location)
        return self.enqueue("message", self.message_json(message)), message

    def press(
        self, user: SimUserInfo, chat: Chat, message: StoredMessage, data: str, inline: bool = False
    ) -> tuple[str, int]:
        """A button press; ``inline``: as on a message sent via inline mode, which reaches the
        bot with an ``inline_message_id`` and no message or chat."""
        query_id = str(secrets.randbits(62))
        self.callbacks[query_id] = CallbackRecord(
            query_id, user.id, chat.id, message.message_id, data, self.clock()
        )
        payload = {
            "id": query_id,
            "from": user.json(),
            "chat_instance": str(abs(chat.id) * 7919 + 11),
            "data": data,
        }
        if inline:
            payload["inline_message_id"] = f"i{abs(chat.id)}x{message.message_id}"
        else:
            payload["message"] = self.message_json(message)
        return query_id, self.enqueue("callback_query", payload)

    def set_blocked(self, user: SimUserInfo, blocked: bool) -> int:
        """Block or unblock the bot; Telegram tells the bot with a my_chat_member update."""
        if user.blocked == blocked:
            return 0
        user.blocked = blocked
        self.changes.bump()
        chat = self.chat_for(user.id, user.id)
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        now = int(time.time())

        def member(status: str) -> Json:
            data: Json = {"status": status, "user": dict(self.bot)}
            if status == "kicked":
                data["until_date"] = 0
            return data

        payload = {
            "chat": self.chat_json(chat),
            "from": user.json(),
            "date": now,
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
        return self.enqueue("my_chat_member", payload)

    def wake_if_blocked(self, user: SimUserInfo) -> None:
        """Writing to a bot you blocked restarts it, as in the Telegram apps."""
        if user.blocked:
            self.set_blocked(user, False)
