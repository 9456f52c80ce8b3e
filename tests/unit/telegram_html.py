"""The one check that a text is the HTML our messages use: only <b> and <i>, balanced, and no
bare "<", ">" or "&" outside tags (Telegram rejects those)."""

from __future__ import annotations

import re

TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def valid_html(text: str) -> bool:
    stack: list[str] = []
    for match in TAG.finditer(text):
        tag = match.group(1).lower()
        if tag not in {"b", "i"}:
            return False
        if match.group(0).startswith("</"):
            if not stack or stack.pop() != tag:
                return False
        else:
            stack.append(tag)
    if stack:
        return False
    bare = TAG.sub("", text)
    return "<" not in bare and ">" not in bare and not re.search(r"&(?!(amp|lt|gt|quot);)", bare)
