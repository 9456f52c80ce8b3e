"""Telegram's HTML parse mode to plain text + entities, and the helpers all parse modes share.

Follows tdlib's parser (the code behind the Bot API) closely enough to reject the same input
with the same wording. Entity offsets and lengths are in UTF-16 code units, like Telegram's.
One deliberate strictness: a bare `&` that does not start an entity is rejected
(Telegram keeps it literally), so unescaped user input is caught here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

Entity = dict[str, Any]


class ParseError(Exception):
    """Becomes `Bad Request: can't parse entities: <message>`."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def char_units(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def trim(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Strip leading/trailing whitespace like Telegram does, keeping entities aligned."""
    stripped_left = text.lstrip(" \t\r\n")
    shift = utf16_len(text) - utf16_len(stripped_left)
    result = stripped_left.rstrip(" \t\r\n")
    total = utf16_len(result)
    fixed: list[Entity] = []
    for entity in entities:
        start = max(0, entity["offset"] - shift)
        end = min(total, entity["offset"] + entity["length"] - shift)
        if end > start:
            fixed.append({**entity, "offset": start, "length": end - start})
    return result, sort_entities(fixed)


def sort_entities(entities: list[Entity]) -> list[Entity]:
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


# --- HTML -----------------------------------------------------------------------------------

_HTML_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
        "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_HTML_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode an HTML entity at `pos` (which holds '&'); None if it is not one."""
    end = pos + 1
    if end < len(text) and text[end] == "#":
        end += 1
        digits = ""
        if end < len(text) and text[end] in "xX":
            end += 1
            while end < len(text) and text[end] in "0123456789abcdefABCDEF":
                digits += text[end]
                end += 1
            code = int(digits, 16) if digits else -1
        else:
            while end < len(text) and text[end].isdigit():
                digits += text[end]
                end += 1
            code = int(digits) if digits else -1
        if code <= 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return None
        char = chr(code)
    else:
        while end < len(text) and text[end].isascii() and text[end].isalpha():
            end += 1
        name = text[pos + 1 : end]
        if name not in _NAMED:
            return None
        char = _NAMED[name]
    if end < len(text) and text[end] == ";":
        end += 1
    return char, end


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int
    extra: dict[str, Any] = field(default_factory=dict)


def parse_html(text: str) -> tuple[str, list[Entity]]:
    out: list[str] = []
    units = 0
    stack: list[_Open] = []
    entities: list[Entity] = []
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "&":
            decoded = _decode_entity(text, i)
            if decoded is None:
                raise ParseError(
                    f"Unexpected end of name token at byte offset {byte_offset(text, i)}"
                )
            out.append(decoded[0])
            units += char_units(decoded[0])
            i = decoded[1]
            continue
        if char != "<":
            out.append(char)
            units += char_units(char)
            i += 1
            continue
        begin = i
        i += 1
        if i < n and text[i] == "/":
            i = _close_tag(text, begin, i, stack, entities, units)
        else:
            i = _open_tag(text, begin, i, stack, units)
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    return "".join(out), sort_entities([e for e in entities if e["length"] > 0])


def _open_tag(text: str, begin: int, i: int, stack: list[_Open], units: int) -> int:
    n = len(text)
    offset = byte_offset(text, begin)
    while i < n and not text[i].isspace() and text[i] != ">":
        i += 1
    if i >= n:
        raise ParseError(f"Unclosed start tag at byte offset {offset}")
    tag = text[begin + 1 : i].lower()
    if tag not in _HTML_TAGS:
        raise ParseError(f'Unsupported start tag "{tag}" at byte offset {offset}')
    argument = ""
    while text[i] != ">":
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            raise ParseError(f'Unclosed start tag "{tag}" at byte offset {offset}')
        if text[i] == ">":
            break
        name_start = i
        while i < n and not text[i].isspace() and text[i] not in "=>":
            i += 1
        name = text[name_start:i]
        if not name:
            raise ParseError(f'Empty attribute name in the tag "{tag}" at byte offset {offset}')
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            raise ParseError(f'Unclosed start tag "{tag}" at byte offset {offset}')
        if text[i] != "=":
            if tag == "blockquote" and name == "expandable":
                argument = "1"
                continue
            raise ParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {offset}"
            )
        i += 1
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            raise ParseError(f'Unclosed start tag "{tag}" at byte offset {offset}')
        value, i = _attribute_value(text, i)
        if i >= n:
            raise ParseError(f"Unclosed start tag at byte offset {offset}")
        if tag == "a" and name == "href":
            argument = value
        elif tag == "code" and name == "class" and value.startswith("language-"):
            argument = value[len("language-") :]
        elif tag == "span" and name == "class" and value.startswith("tg-"):
            argument = value[len("tg-") :]
        elif tag == "tg-emoji" and name == "emoji-id":
            argument = value
    if tag == "span" and argument != "spoiler":
        raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {offset}')
    stack.append(_Open(tag, argument, units))
    return i + 1


def _attribute_value(text: str, i: int) -> tuple[str, int]:
    n = len(text)
    if text[i] not in "'\"":
        start = i
        while i < n and ((text[i].isalnum() and text[i].isascii()) or text[i] in ".-"):
            i += 1
        if i < n and not text[i].isspace() and text[i] != ">":
            raise ParseError(
                f"Unexpected end of name token at byte offset {byte_offset(text, start)}"
            )
        return text[start:i].lower(), i
    quote = text[i]
    i += 1
    value: list[str] = []
    while i < n and text[i] != quote:
        if text[i] == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                value.append(decoded[0])
                i = decoded[1]
                continue
        value.append(text[i])
        i += 1
    if i < n:
        i += 1
    return "".join(value), i


def _close_tag(
    text: str, begin: int, i: int, stack: list[_Open], entities: list[Entity], units: int
) -> int:
    n = len(text)
    offset = byte_offset(text, begin)
    if not stack:
        raise ParseError(f"Unexpected end tag at byte offset {offset}")
    i += 1
    name_start = i
    while i < n and not text[i].isspace() and text[i] != ">":
        i += 1
    end_name = text[name_start:i].lower()
    while i < n and text[i].isspace():
        i += 1
    if i >= n or text[i] != ">":
        raise ParseError(f"Unclosed end tag at byte offset {offset}")
    opened = stack.pop()
    if end_name and end_name != opened.tag:
        raise ParseError(
            f'Unmatched end tag at byte offset {offset}, expected "</{opened.tag}>", '
            f'found "</{end_name}>"'
        )
    length = units - opened.offset
    entity = _html_entity(opened, length)
    if entity is not None:
        if opened.tag == "pre":
            _merge_pre_code(entity, entities)
        entities.append(entity)
    return i + 1


def _html_entity(opened: _Open, length: int) -> Entity | None:
    base: Entity = {"offset": opened.offset, "length": length}
    if opened.tag == "a":
        if not opened.argument:
            return None
        return {"type": "text_link", **base, "url": opened.argument}
    if opened.tag == "tg-emoji":
        return {"type": "custom_emoji", **base, "custom_emoji_id": opened.argument}
    if opened.tag == "blockquote" and opened.argument:
        return {"type": "expandable_blockquote", **base}
    entity: Entity = {"type": _HTML_TYPES[opened.tag], **base}
    if opened.tag == "code" and opened.argument:
        entity["_language"] = opened.argument
    return entity


def _merge_pre_code(pre: Entity, entities: list[Entity]) -> None:
    """`<pre><code class="language-x">` is one pre entity with a language."""
    for existing in entities:
        if (
            existing["type"] == "code"
            and existing["offset"] == pre["offset"]
            and existing["length"] == pre["length"]
        ):
            language = existing.get("_language")
            entities.remove(existing)
            if language:
                pre["language"] = language
            return


def clean_entities(entities: list[Entity]) -> list[Entity]:
    return [{k: v for k, v in e.items() if not k.startswith("_")} for e in entities]


# --- entities Telegram detects in user messages ---------------------------------------------

_COMMAND = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/@])")


def detect_commands(text: str) -> list[Entity]:
    """`bot_command` entities for /commands in a user's text, as Telegram marks them."""
    entities: list[Entity] = []
    for match in _COMMAND.finditer(text):
        entities.append(
            {
                "type": "bot_command",
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group()),
            }
        )
    return entities
