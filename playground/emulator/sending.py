"""Bot API methods that send, edit and delete messages, answer callbacks, and serve files."""

from __future__ import annotations

import time
from typing import Any

from playground.emulator.errors import (
    EDIT_NOT_FOUND,
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    WRONG_FILE,
    bad_request,
)
from playground.emulator.html_parse import (
    Entity,
    ParseError,
    clean_entities,
    parse_html,
    sort_entities,
    trim,
    utf16_len,
)
from playground.emulator.markdown_parse import parse_markdown, parse_markdown_v2
from playground.emulator.markup import Markup, parse_markup
from playground.emulator.media import MediaItem
from playground.emulator.params import Params, Upload
from playground.emulator.state import Chat, Json, State, StoredMessage

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_TEXT = 200
CALLBACK_TIMEOUT = 15.0
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip
_MEDIA_KINDS = ("photo", "animation", "document", "video", "sticker", "voice")


_PARSERS = {"html": parse_html, "markdownv2": parse_markdown_v2, "markdown": parse_markdown}


def format_text(raw: str, parse_mode: str | None, explicit: Any) -> tuple[str, list[Entity]]:
    """Plain text and entities from a text parameter, as Telegram stores them."""
    if explicit is not None:
        if not isinstance(explicit, list) or not all(
            isinstance(e, dict) and {"type", "offset", "length"} <= e.keys() for e in explicit
        ):
            raise bad_request("can't parse entities JSON object")
        text, entities = raw, sort_entities([dict(e) for e in explicit])
    elif not (parse_mode or "").strip():
        text, entities = raw, []
    else:
        parser = _PARSERS.get(str(parse_mode).strip().lower())
        if parser is None:
            raise bad_request("unsupported parse_mode")
        try:
            text, entities = parser(raw)
        except ParseError as error:
            raise bad_request(f"can't parse entities: {error}") from None
    return trim(text, clean_entities(entities))


class MessageMethods:
    def __init__(self, state: State) -> None:
        self.state = state

    # --- helpers ----------------------------------------------------------------------------

    def _text(self, p: Params) -> tuple[str, list[Entity]]:
        text, entities = format_text(
            p.get_str("text") or "",
            p.get_str("parse_mode"),
            p.get_json("entities", what="entities"),
        )
        if not text:
            raise bad_request("message text is empty")
        if utf16_len(text) > MAX_TEXT:
            raise bad_request("message is too long")
        return text, entities

    def _caption(
        self, raw: str, parse_mode: str | None, explicit: Any
    ) -> tuple[str | None, list[Entity]]:
        caption, entities = format_text(raw, parse_mode, explicit)
        if utf16_len(caption) > MAX_CAPTION:
            raise bad_request("message caption is too long")
        return (caption or None), (entities if caption else [])

    def _params_caption(self, p: Params) -> tuple[str | None, list[Entity]]:
        return self._caption(
            p.get_str("caption") or "",
            p.get_str("parse_mode"),
            p.get_json("caption_entities", what="entities"),
        )

    def _markup(self, p: Params) -> Markup:
        return parse_markup(p.get_json("reply_markup", what="reply keyboard markup"))

    def _reply_to(self, p: Params, chat: Chat) -> int | None:
        params = p.get_json("reply_parameters", what="reply parameters")
        if isinstance(params, dict):
            message_id, allow = (
                params.get("message_id"),
                bool(params.get("allow_sending_without_reply")),
            )
        else:
            message_id, allow = (
                p.get_int("reply_to_message_id"),
                p.get_bool("allow_sending_without_reply"),
            )
        if message_id is None:
            return None
        target = chat.messages.get(int(message_id))
        if target is None or target.deleted:
            if allow:
                return None
            raise bad_request("message to be replied not found")
        return target.message_id

    def _send(self, p: Params, chat: Chat, kind: str, markup: Markup, **content: Any) -> Json:
        reply_to = self._reply_to(p, chat)
        message = self.state.add_message(
            chat, "bot", None, kind, reply_markup=markup.inline, reply_to=reply_to, **content
        )
        if markup.keyboard is not None:
            chat.reply_keyboard = message.reply_keyboard = markup.keyboard
        elif markup.remove_keyboard:
            chat.reply_keyboard = None
        counters = self.state.counters
        counters.sends_per_chat[chat.id] += 1
        counters.send_times[chat.id].append(self.state.clock())
        chat.chat_action = None
        return self.state.message_json(message)

    def _input_file(self, p: Params, field: str, kind: str) -> MediaItem:
        """An uploaded part named `field`, or a file_id string; builds media of `kind`."""
        upload = p.files.get(field)
        if upload is None:
            value = (p.get_str(field) or "").strip()
            if not value:
                raise bad_request(f"there is no {field} in the request")
            if value.startswith("attach://"):
                upload = p.files.get(value[len("attach://") :])
                if upload is None:
                    raise bad_request(WRONG_FILE)
            else:
                return self.state.files.resolve(value, kind)
        return self._upload(upload, kind)

    def _upload(self, upload: Upload, kind: str) -> MediaItem:
        files = self.state.files
        if kind == "photo":
            return files.photo(upload.data)
        if kind == "animation":
            return files.animation(upload) or files.document(upload)
        if kind == "document":
            return files.document(upload)
        raise bad_request(f"can't upload a {kind} here")

    def _editable(self, p: Params) -> tuple[Chat, StoredMessage]:
        if not p.has("chat_id") and p.has("inline_message_id"):
            raise bad_request(EDIT_NOT_FOUND)
        chat = self.state.bot_chat(p.chat_id())
        message_id = p.get_int("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        message = chat.messages.get(message_id)
        if message is None or message.deleted or message.sender != "bot":
            raise bad_request(EDIT_NOT_FOUND)
        return chat, message

    def _edited(self, chat: Chat, message: StoredMessage, method: str) -> Json:
        self.state.record_edit(message, method)
        counters = self.state.counters
        counters.edits_per_chat[chat.id] += 1
        counters.edit_times[chat.id].append(self.state.clock())
        return self.state.message_json(message)

    @staticmethod
    def _inline_only(markup: Markup) -> Json | None:
        if markup.keyboard is not None or markup.remove_keyboard:
            raise bad_request("inline keyboard expected")
        return markup.inline

    # --- sending ----------------------------------------------------------------------------

    async def send_message(self, p: Params) -> Json:
        chat = self.state.bot_chat(p.chat_id())
        text, entities = self._text(p)
        return self._send(p, chat, "text", self._markup(p), text=text, entities=entities)

    async def _send_media(self, p: Params, field: str) -> Json:
        chat = self.state.bot_chat(p.chat_id())
        caption, caption_entities = self._params_caption(p)
        markup = self._markup(p)
        return self._send_captioned(
            p, chat, self._input_file(p, field, field), markup, caption, caption_entities
        )

    def _send_captioned(
        self,
        p: Params,
        chat: Chat,
        media: MediaItem,
        markup: Markup,
        caption: str | None,
        caption_entities: list[Entity],
    ) -> Json:
        return self._send(
            p,
            chat,
            media.kind,
            markup,
            media=media,
            caption=caption,
            caption_entities=caption_entities,
        )

    async def send_photo(self, p: Params) -> Json:
        return await self._send_media(p, "photo")

    async def send_animation(self, p: Params) -> Json:
        return await self._send_media(p, "animation")

    async def send_document(self, p: Params) -> Json:
        return await self._send_media(p, "document")

    async def send_voice(self, p: Params) -> Json:
        """OGG/Opus as a voice note (a new upload or a voice file_id); other audio is kept as a
        document, as Telegram does."""
        chat = self.state.bot_chat(p.chat_id())
        caption, caption_entities = self._params_caption(p)
        markup = self._markup(p)
        upload = p.files.get("voice")
        value = (p.get_str("voice") or "").strip()
        if upload is None and value.startswith("attach://"):
            upload = p.files.get(value[len("attach://") :])
        if upload is not None:
            if not upload.data:
                raise bad_request("file must be non-empty")
            media = self.state.files.voice_upload(upload, p.get_int("duration"))
            if media is None:
                media = self.state.files.document(upload)
        elif value:
            media = self.state.files.resolve(value, "voice")
        else:
            raise bad_request("there is no voice in the request")
        return self._send_captioned(p, chat, media, markup, caption, caption_entities)

    async def send_location(self, p: Params) -> Json:
        chat = self.state.bot_chat(p.chat_id())
        lat = p.get_float("latitude", required=True) or 0.0
        lon = p.get_float("longitude", required=True) or 0.0
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise bad_request("wrong location specified")
        location = {"latitude": lat, "longitude": lon}
        return self._send(p, chat, "location", self._markup(p), location=location)

    async def send_chat_action(self, p: Params) -> bool:
        chat = self.state.bot_chat(p.chat_id())
        action = p.get_str("action") or ""
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        chat.chat_action = {"action": action, "at": time.time(), "clock": self.state.clock()}
        self.state.changes.bump(chat.id)
        return True

    # --- editing ----------------------------------------------------------------------------

    async def edit_message_text(self, p: Params) -> Json:
        chat, message = self._editable(p)
        text, entities = self._text(p)
        markup = self._inline_only(self._markup(p))
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        if (text, entities, markup) == (message.text, message.entities, message.reply_markup):
            raise bad_request(NOT_MODIFIED)
        message.text, message.entities, message.reply_markup = text, entities, markup
        return self._edited(chat, message, "editMessageText")

    async def edit_message_caption(self, p: Params) -> Json:
        chat, message = self._editable(p)
        caption, entities = self._params_caption(p)
        markup = self._inline_only(self._markup(p))
        if message.media is None:
            raise bad_request("there is no caption in the message to edit")
        current = (message.caption, message.caption_entities, message.reply_markup)
        if (caption, entities, markup) == current:
            raise bad_request(NOT_MODIFIED)
        message.caption, message.caption_entities, message.reply_markup = caption, entities, markup
        return self._edited(chat, message, "editMessageCaption")

    async def edit_message_media(self, p: Params) -> Json:
        chat, message = self._editable(p)
        spec = p.get_json("media", what="InputMedia")
        if not isinstance(spec, dict) or spec.get("type") not in _MEDIA_KINDS[:4]:
            raise bad_request("can't parse InputMedia JSON object")
        markup = self._inline_only(self._markup(p))
        caption, entities = self._caption(
            str(spec.get("caption") or ""), spec.get("parse_mode"), spec.get("caption_entities")
        )
        if message.media is None:
            raise bad_request("there is no media in the message to edit")
        media = self._input_file(
            Params({"media": spec.get("media")}, p.files), "media", spec["type"]
        )
        same_media = message.media.file_id == media.file_id
        current = (message.caption, message.caption_entities, message.reply_markup)
        if same_media and (caption, entities, markup) == current:
            raise bad_request(NOT_MODIFIED)
        message.media, message.kind = media, media.kind
        message.caption, message.caption_entities, message.reply_markup = caption, entities, markup
        return self._edited(chat, message, "editMessageMedia")

    async def edit_message_reply_markup(self, p: Params) -> Json:
        chat, message = self._editable(p)
        markup = self._inline_only(self._markup(p))
        if markup == message.reply_markup:
            raise bad_request(NOT_MODIFIED)
        message.reply_markup = markup
        return self._edited(chat, message, "editMessageReplyMarkup")

    # --- deleting, callbacks, files ---------------------------------------------------------

    def _delete_one(self, chat_id: int, message_id: int | None) -> bool:
        chat = self.state.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        message = chat.messages.get(message_id or 0)
        if message is None or message.deleted:
            return False
        message.deleted = True
        message.updated_seq = self.state.changes.bump(chat_id)
        return True

    async def delete_message(self, p: Params) -> bool:
        if not self._delete_one(p.chat_id(), p.get_int("message_id", required=True)):
            raise bad_request("message to delete not found")
        return True

    async def delete_messages(self, p: Params) -> bool:
        ids = p.get_json("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise bad_request("message_ids must be non-empty")
        chat_id = p.chat_id()
        deleted = [self._delete_one(chat_id, int(i)) for i in ids]
        if not any(deleted):
            raise bad_request("message to delete not found")
        return True

    async def answer_callback_query(self, p: Params) -> bool:
        query = self.state.callbacks.get(p.get_str("callback_query_id") or "")
        now = self.state.clock()
        if query is None or query.answered or now - query.clock > CALLBACK_TIMEOUT:
            raise bad_request(QUERY_TOO_OLD)
        text = p.get_str("text") or ""
        if len(text) > MAX_CALLBACK_TEXT:
            raise bad_request("MESSAGE_TOO_LONG")
        query.answered = True
        chat = self.state.chats[query.chat_id]
        chat.callback_answers.append(
            {
                "callback_query_id": query.id,
                "message_id": query.message_id,
                "data": query.data,
                "text": text,
                "show_alert": p.get_bool("show_alert"),
                "url": p.get_str("url"),
                "at": time.time(),
                "clock": now,
                "seq": self.state.changes.bump(query.chat_id),
            }
        )
        return True

    async def get_file(self, p: Params) -> Json:
        record = self.state.files.by_id.get((p.get_str("file_id") or "").strip())
        if record is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "file_size": len(record.data),
            "file_path": record.file_path,
        }
