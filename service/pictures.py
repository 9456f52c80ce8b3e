"""Pictures: each is uploaded once, then re-sent by the ``file_id`` Telegram gave us.

The id is stored per picture key with the file's content hash, so a redrawn picture is
uploaded again, and an id Telegram no longer accepts is dropped and replaced.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator
from functools import cache
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from telegram import InputMediaAnimation, InputMediaPhoto, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest

from app.services import Bot
from coach.ui import View
from content.pictures import picture_path
from service.telegram import is_not_modified, markup
from store import asyncdb, photos

log = logging.getLogger(__name__)

FIRST_UPLOAD_WAIT = 0.3  # seconds a chat waits for another chat's first upload of a picture
STALE_ID = ("wrong file identifier", "file reference", "wrong remote file", "file_id")


async def remember_file_id(engine: Engine, key: str, digest: str, file_id: str) -> None:
    """Stores the ``file_id`` Telegram gave an upload. A failed write costs one more upload
    later (the id is also kept in memory), never the message that was just sent."""
    try:
        await asyncdb.run(engine, lambda db: photos.remember(db, key, digest, file_id))
    except SQLAlchemyError as exc:
        log.warning("could not store the file id of %s (%s)", key, type(exc).__name__)


@cache
def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class PictureSender:
    """Sends and edits messages whose view carries a picture or an animation."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._ids: dict[str, str] = {}
        self._uploading: dict[str, asyncio.Lock] = {}

    @contextlib.asynccontextmanager
    async def _first_upload(self, key: str) -> AsyncIterator[None]:
        """While a picture has no file id yet, one chat uploads it and the others wait for its
        id, so it is uploaded once however many sessions need it at the same moment. They wait
        at most ``FIRST_UPLOAD_WAIT``: the upload goes at its own chat's pace (a rate-limit
        interval, a 429), and that must not become another chat's; past it, a chat uploads a
        copy of its own (Telegram then knows two ids; either serves)."""
        if key in self._ids:
            yield
            return
        lock = self._uploading.setdefault(key, asyncio.Lock())
        try:
            await asyncio.wait_for(lock.acquire(), FIRST_UPLOAD_WAIT)
        except TimeoutError:
            yield
            return
        try:
            yield
        finally:
            lock.release()

    async def _file_id(self, key: str) -> str | None:
        cached = self._ids.get(key)
        if cached is None:
            digest = _digest(picture_path(key))
            cached = await asyncdb.run(
                self.engine, lambda db: photos.cached_file_id(db, key, digest)
            )
            if cached is not None:
                self._ids[key] = cached
        return cached

    async def _remember(self, key: str, message: Message | bool) -> None:
        if not isinstance(message, Message):
            return
        if message.photo:
            file_id = message.photo[-1].file_id
        elif message.animation:
            file_id = message.animation.file_id
        else:
            return
        if self._ids.get(key) == file_id:
            return
        self._ids[key] = file_id
        await remember_file_id(self.engine, key, _digest(picture_path(key)), file_id)

    async def _forget(self, key: str) -> None:
        self._ids.pop(key, None)
        await asyncdb.run(self.engine, lambda db: photos.forget(db, key))

    async def send(self, bot: Bot, chat_id: int, view: View) -> Message:
        key = _key(view)
        async with self._first_upload(key):
            return await self._send(bot, chat_id, view, key)

    async def _send(self, bot: Bot, chat_id: int, view: View, key: str) -> Message:
        for file_id in (await self._file_id(key), None):
            media = file_id or picture_path(key).read_bytes()
            send = bot.send_animation if view.animation else bot.send_photo
            try:
                message = await send(
                    chat_id,
                    media,
                    caption=view.text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup(view),
                    filename=picture_path(key).name,
                )
            except BadRequest as exc:
                if file_id is None or not _stale(exc):
                    raise
                log.info("Telegram no longer knows the id of %s: uploading again", key)
                await self._forget(key)
                continue
            await self._remember(key, message)
            return message
        raise AssertionError("unreachable: the second attempt uploads or raises")

    async def edit(self, bot: Bot, chat_id: int, message_id: int, view: View) -> None:
        """Replaces a picture message's media, caption and buttons in place."""
        key = _key(view)
        async with self._first_upload(key):
            await self._edit(bot, chat_id, message_id, view, key)

    async def _edit(self, bot: Bot, chat_id: int, message_id: int, view: View, key: str) -> None:
        for file_id in (await self._file_id(key), None):
            kind = InputMediaAnimation if view.animation else InputMediaPhoto
            media = kind(
                file_id or picture_path(key).read_bytes(),
                caption=view.text,
                parse_mode=ParseMode.HTML,
                filename=picture_path(key).name,
            )
            try:
                result = await bot.edit_message_media(
                    media, chat_id=chat_id, message_id=message_id, reply_markup=markup(view)
                )
            except BadRequest as exc:
                if is_not_modified(exc):
                    return
                if file_id is None or not _stale(exc):
                    raise
                await self._forget(key)
                continue
            await self._remember(key, result)
            return


def _key(view: View) -> str:
    key = view.animation or view.photo
    if key is None:
        raise ValueError("a picture message needs a view with a picture or an animation")
    return key


def _stale(exc: BadRequest) -> bool:
    text = exc.message.lower()
    return any(fragment in text for fragment in STALE_ID)
