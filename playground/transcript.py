"""What the control API reports, as typed values: messages, edits, callback answers, counters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]


@dataclass(frozen=True)
class Button:
    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Document:
    file_id: str
    file_name: str | None


@dataclass(frozen=True)
class Edit:
    """The message's state right after one edit."""

    at: float  # wall time
    clock: float  # emulator clock
    seq: int
    method: str
    text: str | None
    caption: str | None
    media: str | None  # file_id
    reply_markup: Json | None

    @property
    def content(self) -> str:
        return self.text if self.text is not None else (self.caption or "")


@dataclass(frozen=True)
class ChatMessage:
    """One message of a chat, in its current state, with its edit history."""

    message_id: int
    sender: str  # "bot" | "user"
    kind: str  # text, photo, animation, document, location, sticker, voice, video
    date: float  # wall time, for display
    clock: float  # emulator clock when sent
    seq: int  # change counter when sent
    updated_seq: int  # change counter of the last edit/delete
    user_id: int | None = None
    text: str | None = None
    entities: list[Json] = field(default_factory=list)
    caption: str | None = None
    caption_entities: list[Json] = field(default_factory=list)
    photo: str | None = None
    animation: str | None = None
    document: Document | None = None
    media: Json | None = None  # kind, file_id, mime_type, width, height, file_name
    location: tuple[float, float] | None = None
    reply_markup: Json | None = None
    reply_keyboard: Json | None = None
    reply_to_message_id: int | None = None
    deleted: bool = False
    edits: list[Edit] = field(default_factory=list)
    original: Json = field(default_factory=dict)
    raw: Json = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, data: Json) -> ChatMessage:
        location = data.get("location")
        document = data.get("document")
        return cls(
            message_id=data["message_id"],
            sender=data["from"],
            kind=data["kind"],
            date=data["date"],
            clock=data["clock"],
            seq=data["seq"],
            updated_seq=data["updated_seq"],
            user_id=data.get("user_id"),
            text=data.get("text"),
            entities=data.get("entities", []),
            caption=data.get("caption"),
            caption_entities=data.get("caption_entities", []),
            photo=data.get("photo"),
            animation=data.get("animation"),
            document=Document(document["file_id"], document.get("file_name")) if document else None,
            media=data.get("media"),
            location=(location["latitude"], location["longitude"]) if location else None,
            reply_markup=data.get("reply_markup"),
            reply_keyboard=data.get("reply_keyboard"),
            reply_to_message_id=data.get("reply_to_message_id"),
            deleted=data["deleted"],
            edits=[
                Edit(
                    at=e["at"],
                    clock=e["clock"],
                    seq=e["seq"],
                    method=e["method"],
                    text=e.get("text"),
                    caption=e.get("caption"),
                    media=e.get("media"),
                    reply_markup=e.get("reply_markup"),
                )
                for e in data.get("edits", [])
            ],
            original=data.get("original", {}),
            raw=data,
        )

    @property
    def is_bot(self) -> bool:
        return self.sender == "bot"

    @property
    def edited(self) -> bool:
        return bool(self.edits)

    @property
    def content(self) -> str:
        """The text, or the caption of a media message ("" if neither)."""
        return self.text if self.text is not None else (self.caption or "")

    @property
    def buttons(self) -> list[list[tuple[str, str | None]]]:
        """Rows of (label, callback_data) of the current inline keyboard (URL buttons: None)."""
        return [[(b.text, b.callback_data) for b in row] for row in self.keyboard]

    @property
    def keyboard(self) -> list[list[Button]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [
            [Button(b["text"], b.get("callback_data"), b.get("url")) for b in row] for row in rows
        ]

    @property
    def labels(self) -> list[str]:
        return [b.text for row in self.keyboard for b in row]

    def data_for(self, label: str) -> str:
        """The callback_data of the button labelled `label`."""
        for row in self.keyboard:
            for button in row:
                if button.text == label and button.callback_data is not None:
                    return button.callback_data
        raise AssertionError(f"no button {label!r} on message {self.message_id}: {self.labels}")

    def versions(self) -> list[tuple[int, str]]:
        """(seq, text or caption) of the original and of every edit."""
        original = self.original.get("text")
        if original is None:
            original = self.original.get("caption") or ""
        return [(self.seq, str(original)), *((e.seq, e.content) for e in self.edits)]

    def describe(self) -> str:
        head = f"#{self.message_id} {self.sender}"
        if self.kind != "text":
            head += f" [{self.kind}]"
        if self.location:
            head += f" {self.location}"
        parts = [f"{head}: {self.content!r}"]
        if self.labels:
            parts.append(
                "buttons: " + " | ".join(f"{t} -> {d}" for row in self.buttons for t, d in row)
            )
        if self.edits:
            parts.append(f"edited x{len(self.edits)}")
        if self.deleted:
            parts.append("DELETED")
        return "  ".join(parts)


@dataclass(frozen=True)
class CallbackAnswer:
    callback_query_id: str
    message_id: int
    data: str
    text: str
    show_alert: bool
    url: str | None
    at: float
    clock: float
    seq: int

    @classmethod
    def from_json(cls, data: Json) -> CallbackAnswer:
        return cls(
            callback_query_id=data["callback_query_id"],
            message_id=data["message_id"],
            data=data["data"],
            text=data["text"],
            show_alert=data["show_alert"],
            url=data.get("url"),
            at=data["at"],
            clock=data["clock"],
            seq=data["seq"],
        )


@dataclass(frozen=True)
class Sent:
    """A simulated user's message, as the bot will receive it."""

    update_id: int
    message_id: int


@dataclass(frozen=True)
class Pressed:
    callback_query_id: str
    update_id: int
    data: str


@dataclass(frozen=True)
class Counters:
    calls: dict[str, int]
    errors: dict[str, int]
    too_many_requests: int
    not_modified: int
    sends_per_chat: dict[int, int]
    edits_per_chat: dict[int, int]
    send_times: dict[int, list[float]]
    edit_times: dict[int, list[float]]
    paid_broadcasts: int = 0  # messages sent with allow_paid_broadcast

    @classmethod
    def from_json(cls, data: Json) -> Counters:
        def by_chat(key: str) -> dict[int, Any]:
            return {int(k): v for k, v in data.get(key, {}).items()}

        return cls(
            calls=data["calls"],
            errors=data["errors"],
            too_many_requests=data["too_many_requests"],
            not_modified=data["not_modified"],
            sends_per_chat=by_chat("sends_per_chat"),
            edits_per_chat=by_chat("edits_per_chat"),
            send_times=by_chat("send_times"),
            edit_times=by_chat("edit_times"),
            paid_broadcasts=int(data.get("paid_broadcasts", 0)),
        )

    @property
    def error_total(self) -> int:
        return sum(self.errors.values())
