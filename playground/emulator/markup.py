"""reply_markup validation: inline keyboards strictly, reply keyboards enough to show them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from playground.emulator.errors import bad_request

Json = dict[str, Any]
_ACTIONS = (
    "callback_data",
    "url",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "callback_game",
    "pay",
    "web_app",
    "copy_text",
)
_URL = re.compile(r"^(https?|tg)://[^\s]+$", re.IGNORECASE)
MAX_BUTTONS = 100


@dataclass(frozen=True)
class Markup:
    """What a reply_markup parameter asks for."""

    inline: Json | None = None  # normalised inline keyboard, None if absent or empty
    keyboard: Json | None = None  # a reply keyboard to show under the input field
    remove_keyboard: bool = False


def parse_markup(raw: Any) -> Markup:
    if raw is None:
        return Markup()
    if not isinstance(raw, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in raw:
        return Markup(inline=_inline(raw["inline_keyboard"]))
    if "keyboard" in raw:
        return Markup(keyboard=_keyboard(raw))
    if raw.get("remove_keyboard"):
        return Markup(remove_keyboard=True)
    if raw.get("force_reply"):
        return Markup()
    raise bad_request("can't parse reply keyboard markup JSON object")


def _inline(rows: Any) -> Json | None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    result: list[list[Json]] = []
    count = 0
    for row in rows:
        buttons = [_inline_button(button) for button in row]
        count += len(buttons)
        if buttons:
            result.append(buttons)
    if count > MAX_BUTTONS:
        raise bad_request("reply markup is too long")
    return {"inline_keyboard": result} if result else None


def _inline_button(button: Any) -> Json:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Can't find field \"text\"")
    if not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [name for name in _ACTIONS if button.get(name) is not None]
    if not actions:
        raise bad_request("text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise bad_request(
            "can't parse inline keyboard button: exactly one of the optional fields must be used"
        )
    action = actions[0]
    value = button[action]
    if action == "callback_data":
        value = str(value)
        if not 1 <= len(value.encode("utf-8")) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
    elif action == "url" and not _URL.match(str(value)):
        raise bad_request("BUTTON_URL_INVALID")
    return {"text": button["text"], action: value}


def _keyboard(raw: Json) -> Json:
    rows = raw["keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "keyboard" of the ReplyKeyboardMarkup must be an Array')
    result: list[list[Json]] = []
    for row in rows:
        buttons: list[Json] = []
        for button in row:
            data = {"text": button} if isinstance(button, str) else button
            if not isinstance(data, dict) or not str(data.get("text", "")).strip():
                raise bad_request("keyboard button text can't be empty")
            buttons.append(data)
        if buttons:
            result.append(buttons)
    if not result:
        raise bad_request("keyboard must be non-empty")
    keyboard: Json = {"keyboard": result}
    for key in ("resize_keyboard", "one_time_keyboard", "is_persistent", "input_field_placeholder"):
        if raw.get(key) is not None:
            keyboard[key] = raw[key]
    return keyboard


def callback_buttons(markup: Json | None) -> list[tuple[str, str]]:
    """(label, callback_data) of every callback button on a message."""
    if not markup:
        return []
    return [
        (button["text"], button["callback_data"])
        for row in markup.get("inline_keyboard", [])
        for button in row
        if "callback_data" in button
    ]
