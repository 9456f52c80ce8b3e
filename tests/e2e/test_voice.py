"""The voice-guided track through the emulator: with ``prefs.voice`` on, a voice note (OGG/Opus,
as long as the plan and its closing words) goes out when the timed part starts; the second
session re-sends it by the ``file_id`` Telegram gave the first; and while the track plays, the
countdown edits the live message only every few seconds (the track is the timer).

The settings are written to the user's row directly (`story.choose_prefs`): choosing them in
/settings is another feature's story."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from app.settings import Settings
from coach.session.workout import Prefs, Style, Variant
from content import cues
from content import texts as t
from playground.client import ChatMessage, EmulatorClient, SimUser
from service import voice
from tests.conftest import BotFactory, make_settings
from tests.e2e.story import (
    assert_polite,
    choose_prefs,
    head,
    onboard,
    photo_cache,
    plain,
    screen,
    together,
)

# Skipped only where espeak-ng cannot be installed: as root, scripts/test.sh installs it.
needs_espeak = pytest.mark.skipif(
    not voice.available() and os.geteuid() != 0, reason="espeak-ng is not installed"
)

SCALE = 0.4  # a 20 s hold lasts 8 s


async def _session(user: SimUser, settings: Settings, prefs: Prefs) -> ChatMessage:
    """Onboarding, the chosen prefs, a green screen, Start now; returns the live message once
    the timed part is over and the pain question came."""
    await onboard(user)
    choose_prefs(settings, user.user_id, prefs)
    ready = await screen(user, pain=2)
    await user.press_text(ready, t.START_NOW)
    await user.wait_for_text(head(t.AFTER_PAIN_PROMPT), timeout=60)
    return next(m for m in await user.bot_messages() if m.kind == "photo")


def _voices(messages: list[ChatMessage]) -> list[ChatMessage]:
    return [m for m in messages if m.kind == "voice"]


@pytest.mark.long
@needs_espeak
async def test_the_voice_track_is_sent_once_then_by_file_id_and_thins_the_frames(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    slow = make_settings(tmp_path, time_scale=SCALE)
    # short plans (5 s set-up, 15 s holds)
    voiced = Prefs(hold_seconds=15, setup_seconds=5, voice=True, cues=False)
    plain_prefs = Prefs(hold_seconds=15, setup_seconds=5, cues=False)
    first_voice = asyncio.Event()
    lives: dict[int, ChatMessage] = {}

    async def first(user: SimUser) -> None:
        session = asyncio.ensure_future(_session(user, slow, voiced))
        # The second session may start once the first track is out: it is still onboarding
        # and screening when the upload's file_id is remembered.
        await user.wait_for(lambda m: m.kind == "voice", timeout=60, fresh=False)
        first_voice.set()
        lives[user.user_id] = await session

    async def second(user: SimUser) -> None:
        await first_voice.wait()
        lives[user.user_id] = await _session(user, slow, voiced)

    async def without(user: SimUser) -> None:
        lives[user.user_id] = await _session(user, slow, plain_prefs)

    vic, val, nov = client.user(1801), client.user(1802), client.user(1803)
    async with make_bot(settings_=slow):
        await together(first(vic), second(val), without(nov))

    await assert_polite(client, [vic.user_id, val.user_id, nov.user_id])
    track = voice.track_for(Style.HOLD, Variant.STANDARD, voiced)
    [one] = _voices(await vic.bot_messages())
    [two] = _voices(await val.bot_messages())
    assert _voices(await nov.bot_messages()) == []
    for note in (one, two):
        assert note.media is not None and note.media["mime_type"] == "audio/ogg"
        assert note.media["duration"] == round(track.seconds)
        assert plain(note.caption or "") == plain(cues.VOICE_CAPTION)
    # Uploaded once: the second session re-sent the first upload's file_id.
    assert note_id(one) == note_id(two) == photo_cache(slow)[track.key]
    assert (tmp_path / "voice" / track.filename).read_bytes()[:4] == b"OggS"
    # The track is the timer: far fewer countdown edits than without it. The second session
    # had its track at once (the first generated it, which can take seconds on a busy machine,
    # with frames every second meanwhile): its count is the steady state.
    edits = {uid: len(live.edits) for uid, live in lives.items()}
    assert edits[val.user_id] + 4 <= edits[nov.user_id], edits
    assert edits[vic.user_id] < edits[nov.user_id], edits


def note_id(message: ChatMessage) -> str:
    assert message.media is not None
    return str(message.media["file_id"])


@pytest.mark.usefixtures("bot")
async def test_without_espeak_the_track_is_said_to_be_unavailable(
    client: EmulatorClient, settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No espeak-ng on the PATH: the session runs, and one message says the track is not
    available instead of a voice note; nothing crashes."""
    empty = tmp_path / "no-programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    user = client.user(1804)
    await onboard(user)
    choose_prefs(settings, user.user_id, Prefs(voice=True))
    ready = await screen(user, pain=2)
    await user.press_text(ready, t.START_NOW)
    await user.wait_for_text(plain(cues.VOICE_UNAVAILABLE))
    await user.wait_for_text(head(t.AFTER_PAIN_PROMPT), timeout=30)
    assert _voices(await user.bot_messages()) == []
