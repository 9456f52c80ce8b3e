"""The emulator rejects what Telegram rejects, with Telegram's words, and real PTB works on it."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import httpx
import numpy as np
import pytest
import soundfile as sf
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaPhoto,
    Message,
    Update,
)
from telegram.error import BadRequest, Forbidden, RetryAfter

from playground.client import EmulatorClient, EmulatorError, SimUser
from playground.emulator import BotApiEmulator

from .conftest import TOKEN, FakeClock, gif_bytes, image_bytes

# PTB 22 warns about its own int -> timedelta migration (e.g. inside RetryAfter); not ours.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

CHAT = 1001
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


def keyboard(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


async def raw(emu: BotApiEmulator, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
    """Call the Bot API without PTB, to see Telegram's exact response."""
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{emu.base_url}{TOKEN}/{method}", json=params)
    return response.status_code, response.json()


async def expect_error(emu: BotApiEmulator, method: str, code: int, description: str, **params):
    status, body = await raw(emu, method, **params)
    assert (status, body) == (code, {"ok": False, "error_code": code, "description": description})


# --- basics -------------------------------------------------------------------------------


async def test_ptb_bot_talks_to_a_user_who_wrote(tgbot: Bot, alex: SimUser) -> None:
    me = await tgbot.get_me()
    assert (me.id, me.is_bot, me.username) == (123456, True, "mobility_coach_bot")

    sent = await tgbot.send_message(CHAT, "Hello <b>Alex</b> &amp; co", parse_mode="HTML")

    assert sent.text == "Hello Alex & co"
    assert sent.entities[0].type == "bold" and (
        sent.entities[0].offset,
        sent.entities[0].length,
    ) == (6, 4)
    assert sent.from_user is not None and sent.from_user.is_bot
    assert sent.chat.type == "private" and sent.chat.first_name == "Alex"
    assert sent.message_id == 2  # the user's /start was message 1 in this chat
    assert (await alex.wait_for_text("alex & co")).message_id == 2


async def test_token_method_and_chat_are_checked(emu: BotApiEmulator, tgbot: Bot) -> None:
    async with httpx.AsyncClient() as http:
        wrong = await http.post(f"{emu.base_url}999:nope/getMe")
        unknown = await http.post(f"{emu.base_url}{TOKEN}/sendTelepathy")
        case = await http.get(f"{emu.base_url}{TOKEN}/GETME")
    assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")
    assert (unknown.status_code, unknown.json()["description"]) == (404, "Not Found")
    assert case.json()["result"]["id"] == 123456

    with pytest.raises(BadRequest, match=r"^Chat not found$"):
        await tgbot.send_message(4242, "anyone there?")


async def test_user_updates_carry_command_entities(tgbot: Bot, ctl: EmulatorClient) -> None:
    alex = ctl.user(1001)
    await alex.send("/start@mobility_coach_bot")
    await alex.send("/remind 07:30")
    await alex.send_kind("sticker")
    await alex.share_location(52.52, 13.405)

    updates = await tgbot.get_updates(timeout=0)

    first, second, sticker, place = (u.message for u in updates)
    assert first is not None and second is not None and sticker is not None and place is not None
    assert first.entities[0].type == "bot_command" and first.entities[0].length == 25
    assert second.text == "/remind 07:30" and second.entities[0].length == 7
    assert sticker.sticker is not None and sticker.sticker.emoji == "👍"
    assert place.location is not None and place.location.latitude == pytest.approx(52.52)
    # confirming with offset drops them
    assert await tgbot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()


async def test_group_chat(tgbot: Bot, ctl: EmulatorClient) -> None:
    await ctl.user(1002, chat_id=-100).send("/start")
    (update,) = await tgbot.get_updates(timeout=0)
    assert update.effective_chat is not None
    assert (update.effective_chat.type, update.effective_chat.title) == ("group", "Test group")
    sent = await tgbot.send_message(-100, "Hi group")
    assert sent.chat.id == -100


# --- text validation ----------------------------------------------------------------------


async def test_empty_and_too_long_texts(emu: BotApiEmulator, alex: SimUser) -> None:
    empty = "Bad Request: message text is empty"
    too_long = "Bad Request: message is too long"
    await expect_error(emu, "sendMessage", 400, empty, chat_id=CHAT, text="")
    await expect_error(emu, "sendMessage", 400, empty, chat_id=CHAT, text="  \n ")
    await expect_error(
        emu, "sendMessage", 400, empty, chat_id=CHAT, text="<b></b>", parse_mode="HTML"
    )
    await expect_error(emu, "sendMessage", 400, too_long, chat_id=CHAT, text="x" * 4097)
    # UTF-16 code units count: each emoji is two
    await expect_error(emu, "sendMessage", 400, too_long, chat_id=CHAT, text="😀" * 2049)
    # markup does not count
    status, _ = await raw(
        emu, "sendMessage", chat_id=CHAT, text=f"<b>{'x' * 4096}</b>", parse_mode="HTML"
    )
    assert status == 200


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<foo>hi</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("<b>unclosed", 'Can\'t find end tag corresponding to start tag "b"'),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("Tom & Jerry", "Unexpected end of name token at byte offset 4"),
    ],
)
async def test_bad_html_is_rejected(
    emu: BotApiEmulator, alex: SimUser, text: str, reason: str
) -> None:
    description = f"Bad Request: can't parse entities: {reason}"
    await expect_error(
        emu, "sendMessage", 400, description, chat_id=CHAT, text=text, parse_mode="HTML"
    )


async def test_markdown_v2_needs_escapes(emu: BotApiEmulator, tgbot: Bot, alex: SimUser) -> None:
    await expect_error(
        emu,
        "sendMessage",
        400,
        "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with "
        "the preceding '\\'",
        chat_id=CHAT,
        text="Done.",
        parse_mode="MarkdownV2",
    )
    sent = await tgbot.send_message(CHAT, "*Done*\\.", parse_mode="MarkdownV2")
    assert sent.text == "Done." and sent.entities[0].type == "bold"


async def test_caption_limit(tgbot: Bot, alex: SimUser) -> None:
    with pytest.raises(BadRequest, match="caption is too long"):
        await tgbot.send_photo(CHAT, image_bytes(), caption="c" * 1025)


# --- keyboards and edits ------------------------------------------------------------------


async def test_callback_data_limit_is_64_bytes(tgbot: Bot, alex: SimUser) -> None:
    with pytest.raises(BadRequest, match=r"^Button_data_invalid$"):
        await tgbot.send_message(CHAT, "Pick", reply_markup=keyboard([("A", "x" * 65)]))
    with pytest.raises(BadRequest, match=r"^Button_data_invalid$"):  # bytes, not characters
        await tgbot.send_message(CHAT, "Pick", reply_markup=keyboard([("A", "é" * 33)]))
    sent = await tgbot.send_message(CHAT, "Pick", reply_markup=keyboard([("A", "x" * 64)]))
    assert sent.reply_markup is not None


async def test_button_needs_an_action(emu: BotApiEmulator, alex: SimUser) -> None:
    markup = {"inline_keyboard": [[{"text": "Just text"}]]}
    await expect_error(
        emu,
        "sendMessage",
        400,
        "Bad Request: text buttons are unallowed in the inline keyboard",
        chat_id=CHAT,
        text="Pick",
        reply_markup=markup,
    )


async def test_edit_rules(
    emu: BotApiEmulator, tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    markup = keyboard([("Hold", "hold")])
    sent = await tgbot.send_message(CHAT, "Step 1", reply_markup=markup)

    with pytest.raises(BadRequest, match=r"^Message is not modified"):
        await tgbot.edit_message_text("Step 1", CHAT, sent.message_id, reply_markup=markup)
    await expect_error(
        emu,
        "editMessageText",
        400,
        NOT_MODIFIED,
        chat_id=CHAT,
        message_id=sent.message_id,
        text="Step 1",
        reply_markup=markup.to_dict(),
    )
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await tgbot.edit_message_text("x", CHAT, 999)
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await tgbot.edit_message_text("x", CHAT, 1)  # the user's /start

    # same text without reply_markup removes the keyboard, like Telegram: that is a change
    edited = await tgbot.edit_message_text("Step 1", CHAT, sent.message_id)
    assert isinstance(edited, Message)
    assert edited.reply_markup is None and edited.edit_date is not None
    with pytest.raises(BadRequest, match=r"^Message is not modified"):
        await tgbot.edit_message_reply_markup(CHAT, sent.message_id)

    photo = await tgbot.send_photo(CHAT, image_bytes())
    with pytest.raises(BadRequest, match=r"^There is no text in the message to edit$"):
        await tgbot.edit_message_text("x", CHAT, photo.message_id)
    with pytest.raises(BadRequest, match=r"^There is no caption in the message to edit$"):
        await tgbot.edit_message_caption(CHAT, sent.message_id, caption="x")

    counters = await ctl.counters()
    assert counters.not_modified == 3
    assert counters.errors[NOT_MODIFIED] == 3
    assert counters.edits_per_chat[CHAT] == 1

    (message,) = [m for m in await alex.bot_messages() if m.message_id == sent.message_id]
    assert message.buttons == [] and len(message.edits) == 1
    assert message.original["reply_markup"] == {
        "inline_keyboard": [[{"text": "Hold", "callback_data": "hold"}]]
    }


async def test_delete(tgbot: Bot, alex: SimUser) -> None:
    sent = await tgbot.send_message(CHAT, "Temporary")
    assert await tgbot.delete_message(CHAT, sent.message_id)
    with pytest.raises(BadRequest, match=r"^Message to delete not found$"):
        await tgbot.delete_message(CHAT, sent.message_id)
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await tgbot.edit_message_text("back?", CHAT, sent.message_id)
    (message,) = [m for m in await alex.transcript() if m.message_id == sent.message_id]
    assert message.deleted


# --- callback queries ---------------------------------------------------------------------


async def test_long_poll_returns_a_pressed_button(tgbot: Bot, alex: SimUser) -> None:
    await tgbot.get_updates(timeout=0)  # the /start
    (start,) = await tgbot.get_updates(timeout=0)
    sent = await tgbot.send_message(CHAT, "Ready?", reply_markup=keyboard([("Go", "go:1")]))

    loop = asyncio.get_running_loop()
    began = loop.time()
    poll = asyncio.create_task(tgbot.get_updates(offset=start.update_id + 1, timeout=10))
    await asyncio.sleep(0.05)
    assert not poll.done()
    pressed = await alex.press_text(sent.message_id, "Go")
    (update,) = await asyncio.wait_for(poll, 2)

    assert loop.time() - began < 2
    assert isinstance(update, Update) and update.callback_query is not None
    query = update.callback_query
    assert (query.id, query.data) == (pressed.callback_query_id, "go:1")
    assert query.message is not None and query.message.message_id == sent.message_id

    assert await tgbot.answer_callback_query(query.id, text="Let's go")
    with pytest.raises(BadRequest, match=r"^Query is too old"):
        await tgbot.answer_callback_query(query.id)
    answer = await alex.wait_for_answer(pressed)
    assert answer.text == "Let's go" and not answer.show_alert


async def test_callback_expires_after_15_seconds(
    emu: BotApiEmulator, tgbot: Bot, alex: SimUser, clock: FakeClock
) -> None:
    sent = await tgbot.send_message(CHAT, "Ready?", reply_markup=keyboard([("Go", "go")]))
    late = await alex.press(sent.message_id, "go")
    clock.advance(15.5)
    await expect_error(
        emu,
        "answerCallbackQuery",
        400,
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
        callback_query_id=late.callback_query_id,
    )
    fresh = await alex.press(sent.message_id, "go")
    await expect_error(
        emu,
        "answerCallbackQuery",
        400,
        "Bad Request: MESSAGE_TOO_LONG",
        callback_query_id=fresh.callback_query_id,
        text="t" * 201,
    )
    assert await tgbot.answer_callback_query(fresh.callback_query_id, text="t" * 200)


async def test_only_buttons_on_the_message_can_be_pressed(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    sent = await tgbot.send_message(CHAT, "Pick", reply_markup=keyboard([("A", "a"), ("B", "b")]))
    with pytest.raises(EmulatorError, match="no such button"):
        await alex.press(sent.message_id, "c")
    with pytest.raises(EmulatorError, match="no such button"):
        await alex.press_text(sent.message_id, "C")
    with pytest.raises(EmulatorError, match="no such button"):
        await alex.press(1, "a")  # the user's own message
    with pytest.raises(EmulatorError, match="no such button"):
        await ctl.user(1002, chat_id=CHAT).press(sent.message_id, "a")  # not their chat

    await tgbot.edit_message_reply_markup(
        CHAT, sent.message_id, reply_markup=keyboard([("B", "b")])
    )
    with pytest.raises(EmulatorError, match="no such button"):
        await alex.press(sent.message_id, "a")  # gone after the edit
    assert (await alex.press(sent.message_id, "b")).data == "b"


# --- files --------------------------------------------------------------------------------


async def test_photo_upload_resend_download(tgbot: Bot, ctl: EmulatorClient, alex: SimUser) -> None:
    picture = image_bytes(800, 600)
    first = await tgbot.send_photo(CHAT, picture, caption="Step 1")
    largest = first.photo[-1]
    assert (largest.width, largest.height) == (800, 600)
    assert first.photo[0].width == 320  # a thumbnail, like Telegram

    again = await tgbot.send_photo(CHAT, largest.file_id)
    assert again.photo[-1].file_id == largest.file_id and again.caption is None

    file = await tgbot.get_file(largest.file_id)
    assert bytes(await file.download_as_bytearray()) == picture
    assert await ctl.file(largest.file_id) == picture

    message = await alex.wait_for(lambda m: m.photo == largest.file_id and m.caption == "Step 1")
    assert message.kind == "photo"


async def test_bad_files_are_rejected(emu: BotApiEmulator, tgbot: Bot, alex: SimUser) -> None:
    with pytest.raises(BadRequest, match=r"^Image_process_failed$"):
        await tgbot.send_photo(CHAT, b"definitely not an image")
    wrong = "Bad Request: wrong file identifier/HTTP URL specified"
    await expect_error(emu, "sendPhoto", 400, wrong, chat_id=CHAT, photo="AgACunknownfileid")
    await expect_error(
        emu, "sendPhoto", 400, wrong, chat_id=CHAT, photo="https://example.org/a.png"
    )


async def test_animation_and_document(tgbot: Bot, alex: SimUser) -> None:
    gif = await tgbot.send_animation(CHAT, gif_bytes(), filename="twist.gif")
    assert gif.animation is not None
    animation = gif.animation.to_dict()
    assert (animation["width"], animation["height"], animation["duration"]) == (40, 30, 2)
    doc = await tgbot.send_document(CHAT, b"plan", filename="plan.txt")
    assert doc.document is not None and doc.document.file_name == "plan.txt"
    resent = await tgbot.send_animation(CHAT, gif.animation.file_id)
    assert resent.animation is not None
    with pytest.raises(BadRequest, match=r"^Type of file mismatch$"):
        await tgbot.send_photo(CHAT, doc.document.file_id)


async def test_edit_message_media(tgbot: Bot, alex: SimUser) -> None:
    sent = await tgbot.send_photo(CHAT, image_bytes(color="red"), caption="red")
    other = await tgbot.send_photo(CHAT, image_bytes(color="blue"))

    uploaded = await tgbot.edit_message_media(
        InputMediaPhoto(image_bytes(100, 50, "green"), caption="green"), CHAT, sent.message_id
    )
    assert isinstance(uploaded, Message)
    assert (uploaded.photo[-1].width, uploaded.caption) == (100, "green")

    by_id = await tgbot.edit_message_media(
        InputMediaPhoto(other.photo[-1].file_id, caption="blue"), CHAT, sent.message_id
    )
    assert isinstance(by_id, Message)
    assert by_id.photo[-1].file_id == other.photo[-1].file_id
    with pytest.raises(BadRequest, match=r"^Message is not modified"):
        await tgbot.edit_message_media(
            InputMediaPhoto(other.photo[-1].file_id, caption="blue"), CHAT, sent.message_id
        )

    (message,) = [m for m in await alex.bot_messages() if m.message_id == sent.message_id]
    assert [e.caption for e in message.edits] == ["green", "blue"]
    assert message.photo == other.photo[-1].file_id


# --- blocking and flood limits ------------------------------------------------------------


async def test_blocked_user(tgbot: Bot, alex: SimUser) -> None:
    sent = await tgbot.send_message(CHAT, "Hi")
    await alex.block()
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await tgbot.send_message(CHAT, "Still there?")
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await tgbot.edit_message_text("Edited", CHAT, sent.message_id)

    updates = await tgbot.get_updates(timeout=0)
    member = updates[-1].my_chat_member
    assert member is not None and member.new_chat_member.status == "kicked"

    await alex.send("/start")  # writing again restarts the bot, as in the apps
    assert (await tgbot.send_message(CHAT, "Welcome back")).text == "Welcome back"


async def test_flood_limits(
    emu: BotApiEmulator, tgbot: Bot, ctl: EmulatorClient, alex: SimUser, clock: FakeClock
) -> None:
    await ctl.set_rate_limits(True)
    results = await asyncio.gather(
        *(tgbot.send_message(CHAT, f"#{i}") for i in range(10)), return_exceptions=True
    )
    assert sum(not isinstance(r, Exception) for r in results) == 3  # the burst
    assert sum(isinstance(r, RetryAfter) for r in results) == 7

    status, body = await raw(emu, "sendMessage", chat_id=CHAT, text="again")
    assert (status, body["description"], body["parameters"]) == (
        429,
        "Too Many Requests: retry after 1",
        {"retry_after": 1},
    )
    # free methods are not limited
    assert await tgbot.send_chat_action(CHAT, "typing")

    clock.advance(1.0)  # one token back; rejected calls consumed none
    await tgbot.send_message(CHAT, "one more")
    with pytest.raises(RetryAfter):
        await tgbot.send_message(CHAT, "too soon")

    counters = await ctl.counters()
    assert counters.too_many_requests == 9
    assert counters.sends_per_chat[CHAT] == 4

    await ctl.set_rate_limits(False)
    results = await asyncio.gather(
        *(tgbot.send_message(CHAT, f"#{i}") for i in range(10)), return_exceptions=True
    )
    assert not [r for r in results if isinstance(r, Exception)]
    assert (await ctl.settings()) == {
        "rate_limits": False,
        "rate_scale": 1.0,
        "paid_broadcast_rate": 1000.0,
    }


async def test_global_limit_is_per_second(
    tgbot: Bot, ctl: EmulatorClient, clock: FakeClock
) -> None:
    users = [ctl.user(2000 + i) for i in range(11)]
    for user in users:
        await user.send("/start")
    await ctl.set_rate_limits(True)
    outcomes = [
        await tgbot.send_message(user.chat_id, "hi")
        for user in users
        for _ in range(3)
        if user.user_id < 2010
    ]
    assert len(outcomes) == 30  # 10 chats x their burst of 3 = the global 30 per second
    with pytest.raises(RetryAfter):
        await tgbot.send_message(users[10].chat_id, "31st in one second")
    clock.advance(0.1)  # 3 global tokens back
    await tgbot.send_message(users[10].chat_id, "fine now")


async def test_group_limit_is_per_minute(tgbot: Bot, ctl: EmulatorClient, clock: FakeClock) -> None:
    await ctl.set_rate_limits(True)
    await ctl.user(1002, chat_id=-200).send("hi")
    for i in range(20):
        await tgbot.send_message(-200, f"#{i}")
        clock.advance(0.1)
    with pytest.raises(RetryAfter):
        await tgbot.send_message(-200, "21st")
    clock.advance(58.1)
    await tgbot.send_message(-200, "a minute later")


# --- control API and page -----------------------------------------------------------------


async def test_client_waits_for_fresh_messages(
    tgbot: Bot, ctl: EmulatorClient, alex: SimUser
) -> None:
    old = await tgbot.send_message(CHAT, "Welcome!", reply_markup=keyboard([("Hold", "hold")]))
    assert (await alex.wait_for_text("welcome")).message_id == old.message_id

    await alex.press_text(old.message_id, "Hold")
    with pytest.raises(AssertionError, match="Welcome!"):  # nothing new since the press
        await alex.wait_for_text("welcome", timeout=0.2)

    async def countdown() -> None:
        for n in (3, 2, 1):
            await tgbot.edit_message_text(f"Hold... {n}", CHAT, old.message_id)

    await countdown()
    message = await alex.wait_for_text("hold... 2")  # seen in the history, even if edited on
    assert message.text == "Hold... 1" and len(message.edits) == 3

    await tgbot.set_my_commands([("start", "Start over")])
    assert await ctl.commands() == [{"command": "start", "description": "Start over"}]


async def test_events_long_poll(ctl: EmulatorClient, alex: SimUser) -> None:
    seq = await ctl.events()
    waiting = asyncio.create_task(ctl.events(after=seq, wait=5))
    await asyncio.sleep(0.05)
    assert not waiting.done()
    await alex.send("hello")
    assert await asyncio.wait_for(waiting, 2) > seq


async def test_web_page_is_served(emu: BotApiEmulator) -> None:
    async with httpx.AsyncClient() as http:
        page = await http.get(emu.page_url)
        script = await http.get(emu.page_url + "app.js")
        style = await http.get(emu.page_url + "style.css")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'id="input"' in page.text and 'id="send"' in page.text
    assert "/control/events" in script.text and script.status_code == 200
    assert style.status_code == 200 and ".kb button" in style.text


def _opus_bytes(seconds: float) -> bytes:
    buffer = io.BytesIO()
    samples = np.zeros(round(seconds * 24_000), dtype=np.float32)
    sf.write(buffer, samples, 24_000, format="OGG", subtype="OPUS")
    return buffer.getvalue()


async def test_voice_notes(tgbot: Bot, alex: SimUser) -> None:
    """OGG/Opus becomes a voice note whose duration is read from the file; it is re-sent by
    its file_id; any other audio is kept as a document, as Telegram does."""
    note = await tgbot.send_voice(CHAT, _opus_bytes(7.2), filename="guide.ogg")
    assert note.voice is not None and note.voice.to_dict()["duration"] == 7
    assert note.voice.mime_type == "audio/ogg"
    again = await tgbot.send_voice(CHAT, note.voice.file_id)
    assert again.voice is not None and again.voice.file_id == note.voice.file_id
    wav = await tgbot.send_voice(CHAT, b"RIFF" + bytes(100), filename="guide.wav")
    assert wav.voice is None and wav.document is not None
    photo = await tgbot.send_photo(CHAT, image_bytes())
    with pytest.raises(BadRequest):
        await tgbot.send_voice(CHAT, photo.photo[-1].file_id)
