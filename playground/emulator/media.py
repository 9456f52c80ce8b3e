"""Files the emulator holds: uploads from the bot, media from simulated users, file_ids."""

from __future__ import annotations

import io
import mimetypes
import secrets
import struct
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw

from playground.emulator.errors import WRONG_FILE, bad_request
from playground.emulator.params import Upload

_ID_PREFIX = {
    "photo": "AgACAgIAAxkBAA",
    "animation": "CgACAgIAAxkBAA",
    "document": "BQACAgIAAxkBAA",
    "sticker": "CAACAgIAAxkBAA",
    "voice": "AwACAgIAAxkBAA",
    "video": "BAACAgIAAxkBAA",
}
_FOLDER = {
    "photo": "photos",
    "animation": "animations",
    "document": "documents",
    "sticker": "stickers",
    "voice": "voice",
    "video": "videos",
}
THUMB_BOX = 320


@dataclass
class FileRecord:
    """One downloadable file (one photo size, one document, ...)."""

    file_id: str
    file_unique_id: str
    data: bytes
    mime_type: str
    file_path: str
    item: MediaItem | None = None


@dataclass
class MediaItem:
    """A piece of media as a message carries it: Telegram JSON plus the files behind it."""

    kind: str
    payload: Any  # list of PhotoSize dicts for photos, one object for everything else
    main: FileRecord
    files: list[FileRecord] = field(default_factory=list)

    @property
    def file_id(self) -> str:
        return self.main.file_id

    @property
    def file_name(self) -> str | None:
        if isinstance(self.payload, dict):
            name = self.payload.get("file_name")
            return str(name) if name is not None else None
        return None


class FileStore:
    """All files by file_id and by file_path."""

    def __init__(self) -> None:
        self.by_id: dict[str, FileRecord] = {}
        self.by_path: dict[str, FileRecord] = {}
        self._count = 0

    def _add(self, kind: str, data: bytes, mime_type: str, ext: str) -> FileRecord:
        self._count += 1
        record = FileRecord(
            file_id=_ID_PREFIX[kind] + secrets.token_urlsafe(24),
            file_unique_id="AQAD" + secrets.token_urlsafe(8),
            data=data,
            mime_type=mime_type,
            file_path=f"{_FOLDER[kind]}/file_{self._count}.{ext}",
        )
        self.by_id[record.file_id] = record
        self.by_path[record.file_path] = record
        return record

    def _item(
        self, kind: str, payload: Any, main: FileRecord, files: list[FileRecord]
    ) -> MediaItem:
        item = MediaItem(kind=kind, payload=payload, main=main, files=files)
        for record in files:
            record.item = item
        return item

    def _object(self, kind: str, record: FileRecord, **fields: Any) -> MediaItem:
        payload = {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            **{k: v for k, v in fields.items() if v is not None},
            "file_size": len(record.data),
        }
        return self._item(kind, payload, record, [record])

    # --- lookup -----------------------------------------------------------------------------

    def resolve(self, file_id: str, kind: str) -> MediaItem:
        """The media behind a file_id the bot re-sends; Telegram's errors if it can't be."""
        if "://" in file_id:
            raise bad_request(WRONG_FILE)
        record = self.by_id.get(file_id.strip())
        if record is None or record.item is None:
            raise bad_request(WRONG_FILE)
        if record.item.kind != kind:
            raise bad_request("type of file mismatch")
        return record.item

    # --- uploads from the bot ---------------------------------------------------------------

    def photo(self, data: bytes) -> MediaItem:
        try:
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                width, height = image.size
                fmt = (image.format or "PNG").upper()
                thumb = _thumbnail(image) if max(width, height) > THUMB_BOX else None
        except Exception:  # Pillow raises many types for garbage input
            raise bad_request("IMAGE_PROCESS_FAILED") from None
        if width + height > 10000 or max(width, height) > 20 * min(width, height):
            raise bad_request("PHOTO_INVALID_DIMENSIONS")
        ext = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}.get(fmt, "jpg")
        files: list[FileRecord] = []
        sizes: list[dict[str, Any]] = []
        if thumb is not None:
            record = self._add("photo", thumb[0], "image/jpeg", "jpg")
            files.append(record)
            sizes.append(_photo_size(record, thumb[1], thumb[2]))
        record = self._add("photo", data, Image.MIME.get(fmt, "image/jpeg"), ext)
        files.append(record)
        sizes.append(_photo_size(record, width, height))
        return self._item("photo", sizes, record, files)

    def animation(self, upload: Upload) -> MediaItem | None:
        """A GIF or MP4 as an animation; None when it is neither (Telegram sends a document)."""
        data = upload.data
        if data[:6] in (b"GIF87a", b"GIF89a"):
            try:
                width, height, duration = _gif_info(data)
            except Exception:
                return None
            record = self._add("animation", data, "image/gif", "gif")
            mime = "image/gif"
        elif data[4:8] == b"ftyp":
            width, height, duration = _mp4_info(data)
            record = self._add("animation", data, "video/mp4", "mp4")
            mime = "video/mp4"
        else:
            return None
        return self._object(
            "animation",
            record,
            width=width,
            height=height,
            duration=duration,
            file_name=upload.filename,
            mime_type=mime,
        )

    def document(self, upload: Upload) -> MediaItem:
        if not upload.data:
            raise bad_request("file must be non-empty")
        mime = upload.content_type
        if mime in ("", "application/octet-stream"):
            mime = mimetypes.guess_type(upload.filename)[0] or "application/octet-stream"
        ext = upload.filename.rpartition(".")[2] if "." in upload.filename else "bin"
        record = self._add("document", upload.data, mime, ext[:8] or "bin")
        return self._object("document", record, file_name=upload.filename, mime_type=mime)

    def voice_upload(self, upload: Upload, duration: int | None) -> MediaItem | None:
        """An OGG file with Opus audio as a voice note; None for anything else (Telegram then
        keeps it as a document). Its duration is read from the file's last granule position
        unless the bot gave one."""
        seconds = _opus_seconds(upload.data)
        if seconds is None:
            return None
        record = self._add("voice", upload.data, "audio/ogg", "oga")
        return self._object(
            "voice",
            record,
            duration=duration if duration is not None else round(seconds),
            mime_type="audio/ogg",
        )

    # --- media from simulated users ---------------------------------------------------------

    def user_photo(self) -> MediaItem:
        image = Image.new("RGB", (640, 480), (84, 169, 235))
        draw = ImageDraw.Draw(image)
        draw.ellipse((220, 140, 420, 340), fill=(255, 255, 255))
        return self.photo(_encode(image, "JPEG"))

    def sticker(self, emoji: str) -> MediaItem:
        image = Image.new("RGBA", (512, 512), (0, 0, 0, 0))
        ImageDraw.Draw(image).ellipse((16, 16, 496, 496), fill=(255, 204, 77, 255))
        record = self._add("sticker", _encode(image, "PNG"), "image/png", "png")
        return self._object(
            "sticker",
            record,
            type="regular",
            width=512,
            height=512,
            is_animated=False,
            is_video=False,
            emoji=emoji or "👍",
        )

    def voice(self) -> MediaItem:
        record = self._add("voice", b"OggS" + bytes(400), "audio/ogg", "oga")
        return self._object("voice", record, duration=3, mime_type="audio/ogg")

    def video(self) -> MediaItem:
        data = struct.pack(">I4s4sI", 16, b"ftyp", b"isom", 512) + bytes(200)
        record = self._add("video", data, "video/mp4", "mp4")
        return self._object(
            "video", record, width=640, height=360, duration=5, mime_type="video/mp4"
        )

    def user_document(self, text: str) -> MediaItem:
        body = (text or "Hello from the emulator").encode() + b"\n"
        upload = Upload("document", "note.txt", "text/plain", body)
        return self.document(upload)


def _encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def _thumbnail(image: Image.Image) -> tuple[bytes, int, int]:
    copy = image.convert("RGB")
    copy.thumbnail((THUMB_BOX, THUMB_BOX))
    return _encode(copy, "JPEG"), copy.width, copy.height


def _photo_size(record: FileRecord, width: int, height: int) -> dict[str, Any]:
    return {
        "file_id": record.file_id,
        "file_unique_id": record.file_unique_id,
        "file_size": len(record.data),
        "width": width,
        "height": height,
    }


def _gif_info(data: bytes) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        total_ms = 0
        for frame in range(getattr(image, "n_frames", 1)):
            image.seek(frame)
            total_ms += int(image.info.get("duration", 0))
    return width, height, round(total_ms / 1000)


def _mp4_info(data: bytes) -> tuple[int, int, int]:
    """Width, height and duration from the first video `tkhd` and the `mvhd` box, if found."""
    width = height = duration = 0
    mvhd = data.find(b"mvhd")
    if mvhd > 0 and len(data) >= mvhd + 32:
        version = data[mvhd + 4]
        if version == 1 and len(data) >= mvhd + 40:
            timescale, length = struct.unpack(">IQ", data[mvhd + 24 : mvhd + 36])
        else:
            timescale, length = struct.unpack(">II", data[mvhd + 16 : mvhd + 24])
        duration = round(length / timescale) if timescale else 0
    start = 0
    while (tkhd := data.find(b"tkhd", start)) > 0:
        start = tkhd + 4
        offset = tkhd + 4 + (88 if data[tkhd + 4] == 1 else 76)
        if len(data) < offset + 8:
            break
        w, h = struct.unpack(">II", data[offset : offset + 8])
        if w and h:
            width, height = w >> 16, h >> 16
            break
    return width, height, duration


def _opus_seconds(data: bytes) -> float | None:
    """The length of an OGG/Opus stream: (last granule position - pre-skip) / 48 kHz; None when
    ``data`` is not OGG with an Opus head on its first page."""
    if data[:4] != b"OggS" or len(data) < 47:
        return None
    head = data.find(b"OpusHead", 0, 200)
    if head < 0 or len(data) < head + 12:
        return None
    pre_skip: int = struct.unpack("<H", data[head + 10 : head + 12])[0]
    last = data.rfind(b"OggS")
    if last < 0 or len(data) < last + 14:
        return None
    granule: int = struct.unpack("<q", data[last + 6 : last + 14])[0]
    return max(0.0, (granule - pre_skip) / 48_000)
