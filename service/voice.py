"""The voice-guided track: one OGG/Opus voice note per plan, spoken by espeak-ng.

The script comes from the plan (`coach.session.cues.voice_script`); each line is synthesised
once (espeak-ng writes a WAV), placed at its exact second on a silent timeline (numpy), and the
mix is encoded to Opus in an OGG file (soundfile's bundled libsndfile). A track is generated
once per (style, variant, hold or reps and sets, set-up) into a folder on disk, uploaded once,
and re-sent by the ``file_id`` Telegram gave us (kept in the photo cache, with the script's
digest, so a changed script is generated and uploaded again). numpy and soundfile are imported
when a track is first generated, not at start-up (soundfile and its library are about 1 MB of
the bot's memory, for a track most users never ask for).

Without espeak-ng the track is unavailable: `available()` says so, and nothing crashes.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from telegram import Message
from telegram.error import BadRequest

from app.ratelimit import NORMAL, LimitArgs
from app.services import Bot
from coach.session.cues import Line, track_seconds, voice_script
from coach.session.workout import Block, Prefs, Style, Variant, build_plan
from content import cues as c
from service.pictures import remember_file_id
from store import asyncdb, photos

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

RATE = 24_000  # Hz: Opus takes 8, 12, 16, 24 or 48 kHz; 24 kHz is plenty for speech
VOICE = "en-us"
WORDS_PER_MINUTE = 165
# libsndfile's Opus setting: 0.8 gives about 19 kbit/s (clear speech, ~0.6 MB for a 4.5-minute
# Flow track) and encodes three times faster than the library's default.
OPUS_LEVEL = 0.8
VERSION = 2  # bump when the synthesis changes (the digest then changes, and so the file)
STALE_ID = ("wrong file identifier", "file reference", "wrong remote file", "file_id")


def available() -> bool:
    return shutil.which("espeak-ng") is not None


@dataclass(frozen=True)
class Track:
    key: str  # e.g. "voice:hold-standard-20s-setup10"
    digest: str  # of the script and the synthesis settings
    lines: tuple[Line, ...]
    seconds: float

    @property
    def filename(self) -> str:
        return f"{self.key.removeprefix('voice:')}-{self.digest[:12]}.ogg"


def track_for(style: Style, variant: Variant, prefs: Prefs) -> Track:
    plan = build_plan(style, variant, prefs)
    p = prefs.clamped()
    shape = (
        f"{p.hold_seconds}s"
        if style is Style.HOLD and variant is Variant.STANDARD
        else f"{p.reps}x{p.sets}"
        if variant is Variant.STANDARD
        else "gentle"
    )
    key = f"voice:{style.value}-{variant.value}-{shape}-setup{p.setup_seconds}"
    return _track(key, plan)


def _track(key: str, plan: tuple[Block, ...]) -> Track:
    lines = voice_script(plan)
    seconds = track_seconds(plan)
    spec = [VERSION, VOICE, WORDS_PER_MINUTE, RATE, seconds, [(x.at, x.text) for x in lines]]
    digest = hashlib.sha256(json.dumps(spec).encode()).hexdigest()
    return Track(key, digest, lines, seconds)


# --- synthesis (blocking: run it in a worker thread) ---------------------------------------


@lru_cache(maxsize=64)
def speak(text: str) -> np.ndarray:
    """One line as mono float32 samples at ``RATE``, read-only. Remembered: the tracks of every
    style, variant and length say the same few lines ("switch sides", the counts), and each
    line is a process of espeak-ng's (a tenth of a second or more)."""
    samples = _spoken(text)
    samples.setflags(write=False)
    return samples


def _spoken(text: str) -> np.ndarray:
    import numpy as np
    import soundfile as sf

    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "line.wav"
        try:
            subprocess.run(
                ["espeak-ng", "-v", VOICE, "-s", str(WORDS_PER_MINUTE), "-w", str(wav), text],
                check=True,
                capture_output=True,
                timeout=30,
            )
        except subprocess.SubprocessError as exc:
            raise RuntimeError(f"espeak-ng failed: {exc}") from exc
        data, rate = sf.read(wav, dtype="float32", always_2d=True)
    mono: np.ndarray = np.asarray(data.mean(axis=1), dtype=np.float32)
    if rate == RATE:
        return mono
    count = round(len(mono) * RATE / rate)
    positions = np.arange(count) * (rate / RATE)
    resampled: np.ndarray = np.interp(positions, np.arange(len(mono)), mono).astype(np.float32)
    return resampled


def mix(lines: tuple[Line, ...], seconds: float) -> np.ndarray:
    """The lines on a silent timeline, each starting at its exact second."""
    import numpy as np

    timeline = np.zeros(round(seconds * RATE), dtype=np.float32)
    clips: dict[str, np.ndarray] = {}
    for line in lines:
        clip = clips.get(line.text)
        if clip is None:
            clip = clips[line.text] = speak(line.text)
        start = round(line.at * RATE)
        end = min(start + len(clip), len(timeline))
        if end > start:
            timeline[start:end] += clip[: end - start]
    clipped: np.ndarray = np.clip(timeline, -1.0, 1.0)
    return clipped


def render(track: Track, path: Path) -> Path:
    """Writes the track as OGG/Opus to ``path`` (atomically) and returns it."""
    import soundfile as sf

    path.parent.mkdir(parents=True, exist_ok=True)
    samples = mix(track.lines, track.seconds)
    partial = path.with_suffix(".part")
    sf.write(partial, samples, RATE, format="OGG", subtype="OPUS", compression_level=OPUS_LEVEL)
    partial.replace(path)
    return path


# --- sending ---------------------------------------------------------------------------------


class VoiceTracks:
    """Generates (once), uploads (once) and re-sends voice tracks by ``file_id``."""

    def __init__(self, engine: Engine, folder: Path) -> None:
        self.engine, self.folder = engine, folder
        self._ids: dict[str, str] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.generated = 0

    async def file(self, track: Track) -> Path:
        path = self.folder / track.filename
        async with self._locks.setdefault(track.key, asyncio.Lock()):
            if not path.exists():
                await asyncio.to_thread(render, track, path)
                self.generated += 1
        return path

    async def _file_id(self, track: Track) -> str | None:
        cached = self._ids.get(track.key)
        if cached is None:
            cached = await asyncdb.run(
                self.engine, lambda db: photos.cached_file_id(db, track.key, track.digest)
            )
            if cached is not None:
                self._ids[track.key] = cached
        return cached

    async def _remember(self, track: Track, file_id: str) -> None:
        self._ids[track.key] = file_id
        await remember_file_id(self.engine, track.key, track.digest, file_id)

    async def send(self, bot: Bot, chat_id: int, track: Track) -> Message:
        for file_id in (await self._file_id(track), None):
            media: str | bytes = file_id or (await self.file(track)).read_bytes()
            try:
                message = await bot.send_voice(
                    chat_id,
                    media,
                    caption=c.VOICE_CAPTION,
                    duration=round(track.seconds),
                    filename=track.filename,
                    rate_limit_args=LimitArgs(priority=NORMAL),
                )
            except BadRequest as exc:
                if file_id is None or not any(s in exc.message.lower() for s in STALE_ID):
                    raise
                log.info("Telegram no longer knows the id of %s: uploading again", track.key)
                self._ids.pop(track.key, None)
                await asyncdb.run(self.engine, lambda db: photos.forget(db, track.key))
                continue
            if message.voice is not None and self._ids.get(track.key) != message.voice.file_id:
                await self._remember(track, message.voice.file_id)
            return message
        raise AssertionError("unreachable: the second attempt uploads or raises")
