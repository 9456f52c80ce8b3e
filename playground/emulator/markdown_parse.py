"""Telegram's MarkdownV2 and legacy Markdown parse modes, after tdlib's parsers."""

from __future__ import annotations

from dataclasses import dataclass

from playground.emulator.html_parse import (
    Entity,
    ParseError,
    byte_offset,
    char_units,
    sort_entities,
)

# --- MarkdownV2 -----------------------------------------------------------------------------

_RESERVED = "_*[]()~`>#+-=|{}.!"
_MD_TYPE_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
    "code": "Code",
    "pre": "Pre",
    "custom_emoji": "CustomEmoji",
}


@dataclass
class _MdOpen:
    type: str
    offset: int
    byte_offset: int
    argument: str = ""


def _reserved(char: str) -> ParseError:
    return ParseError(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")


def parse_markdown_v2(text: str) -> tuple[str, list[Entity]]:
    out: list[str] = []
    units = 0
    stack: list[_MdOpen] = []
    entities: list[Entity] = []
    quote_start: int | None = None
    n = len(text)
    i = 0

    def at(k: int) -> str:
        return text[k] if k < n else ""

    while i < n:
        char = text[i]
        line_start = i == 0 or text[i - 1] == "\n"
        in_code = bool(stack) and stack[-1].type in ("code", "pre")
        if char == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            out.append(text[i + 1])
            units += 1
            i += 2
            continue
        if char == ">" and line_start and not in_code:
            if quote_start is None:
                quote_start = units
            i += 1
            continue
        if char == "\n" and quote_start is not None and at(i + 1) != ">":
            entities.append(
                {"type": "blockquote", "offset": quote_start, "length": units - quote_start}
            )
            quote_start = None
        reserved = "`" if in_code else _RESERVED
        if char not in reserved:
            out.append(char)
            units += char_units(char)
            i += 1
            continue
        top = stack[-1].type if stack else None
        closes = (
            (top == "bold" and char == "*")
            or (top == "italic" and char == "_" and at(i + 1) != "_")
            or (top == "code" and char == "`")
            or (top == "pre" and text.startswith("```", i))
            or (top in ("text_link", "custom_emoji") and char == "]")
            or (top == "underline" and text.startswith("__", i))
            or (top == "strikethrough" and char == "~")
            or (top == "spoiler" and text.startswith("||", i))
        )
        if not closes:
            i = _md_open(text, i, stack, units)
            continue
        opened = stack.pop()
        entity: Entity = {
            "type": opened.type,
            "offset": opened.offset,
            "length": units - opened.offset,
        }
        if opened.type in ("underline", "spoiler"):
            i += 2
        elif opened.type == "pre":
            i += 3
            if opened.argument:
                entity["language"] = opened.argument
        elif opened.type in ("text_link", "custom_emoji"):
            i, url = _md_url(text, i, "".join(out), opened)
            if opened.type == "text_link":
                entity["url"] = url
            else:
                entity["custom_emoji_id"] = url.rpartition("id=")[2]
        else:
            i += 1
        if entity["length"] > 0:
            entities.append(entity)
    if stack:
        opened = stack[-1]
        raise ParseError(
            f"Can't find end of {_MD_TYPE_NAMES[opened.type]} entity at byte offset "
            f"{opened.byte_offset}"
        )
    if quote_start is not None:
        entities.append(
            {"type": "blockquote", "offset": quote_start, "length": units - quote_start}
        )
    return "".join(out), sort_entities([e for e in entities if e["length"] > 0])


def _md_open(text: str, i: int, stack: list[_MdOpen], units: int) -> int:
    char = text[i]
    at_byte = byte_offset(text, i)
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if char == "_" and nxt == "_":
        stack.append(_MdOpen("underline", units, at_byte))
        return i + 2
    simple = {"_": "italic", "*": "bold", "~": "strikethrough", "[": "text_link"}
    if char in simple:
        stack.append(_MdOpen(simple[char], units, at_byte))
        return i + 1
    if char == "|" and nxt == "|":
        stack.append(_MdOpen("spoiler", units, at_byte))
        return i + 2
    if char == "!" and nxt == "[":
        stack.append(_MdOpen("custom_emoji", units, at_byte))
        return i + 2
    if char == "`":
        if not text.startswith("```", i):
            stack.append(_MdOpen("code", units, at_byte))
            return i + 1
        i += 3
        end = i
        while end < len(text) and not text[end].isspace() and text[end] != "`":
            end += 1
        language = ""
        if end != i and end < len(text) and text[end] != "`":
            language = text[i:end]
            i = end
        if i < len(text) and text[i] in "\r\n":
            i += 2 if text[i : i + 2] in ("\r\n", "\n\r") else 1
        stack.append(_MdOpen("pre", units, at_byte, language))
        return i
    raise _reserved(char)


def _md_url(text: str, i: int, result: str, opened: _MdOpen) -> tuple[int, str]:
    """Parse `](url)` at `i` (which holds ']'); return the index after it and the URL."""
    if i + 1 >= len(text) or text[i + 1] != "(":
        if opened.type == "custom_emoji":
            raise ParseError("Custom emoji entity must contain a tg://emoji URL")
        # `[text]` alone links to its own text
        return i + 1, _tail(result, opened)
    i += 2
    start = i
    url: list[str] = []
    while i < len(text) and text[i] != ")":
        if text[i] == "\\" and i + 1 < len(text) and 0 < ord(text[i + 1]) <= 126:
            url.append(text[i + 1])
            i += 2
            continue
        url.append(text[i])
        i += 1
    if i >= len(text):
        raise ParseError(f"Can't find end of a URL at byte offset {byte_offset(text, start)}")
    return i + 1, "".join(url)


def _tail(result: str, opened: _MdOpen) -> str:
    """The plain text written since the entity opened (UTF-16 offset -> str index)."""
    units = 0
    for index, char in enumerate(result):
        if units >= opened.offset:
            return result[index:]
        units += char_units(char)
    return ""


# --- legacy Markdown ------------------------------------------------------------------------


def parse_markdown(text: str) -> tuple[str, list[Entity]]:
    out: list[str] = []
    units = 0
    entities: list[Entity] = []
    n = len(text)
    i = 0
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.append(text[i + 1])
            units += 1
            i += 2
            continue
        if char not in "_*`[":
            out.append(char)
            units += char_units(char)
            i += 1
            continue
        begin = byte_offset(text, i)
        end_char = "]" if char == "[" else char
        kind = {"_": "italic", "*": "bold", "`": "code", "[": "text_link"}[char]
        i += 1
        language = ""
        if char == "`" and text.startswith("``", i):
            kind = "pre"
            i += 2
            end = i
            while end < n and not text[end].isspace() and text[end] != "`":
                end += 1
            if end != i and end < n and text[end] != "`":
                language = text[i:end]
                i = end
            end_char = "```"
        start_units = units
        while i < n and not text.startswith(end_char, i):
            out.append(text[i])
            units += char_units(text[i])
            i += 1
        if i >= n:
            raise ParseError(f"Can't find end of the entity starting at byte offset {begin}")
        i += len(end_char)
        entity: Entity = {"type": kind, "offset": start_units, "length": units - start_units}
        if kind == "pre" and language:
            entity["language"] = language
        if kind == "text_link":
            if i < n and text[i] == "(":
                close = text.find(")", i)
                if close < 0:
                    raise ParseError(
                        f"Can't find end of the entity starting at byte offset {begin}"
                    )
                entity["url"] = text[i + 1 : close]
                i = close + 1
            else:
                continue
        if entity["length"] > 0:
            entities.append(entity)
    return "".join(out), sort_entities(entities)
