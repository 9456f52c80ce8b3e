"""The duplicate-update gate's digest: equal for a redelivery (the same update again), different
for a new update that reuses an id (a Bot API server counting from 1 again)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from telegram import Update

from app.updates import digest, typed_by

Data = dict[str, Any]


def message(text: str = "how long do I hold it", *, key: str = "message") -> Data:
    return {
        "update_id": 7,
        key: {
            "message_id": 41,
            "date": 1_780_000_000,
            "chat": {"id": 5, "type": "private", "first_name": "Ana"},
            "from": {"id": 5, "is_bot": False, "first_name": "Ana"},
            "text": text,
        },
    }


def press(data: str = "q1:hold_time") -> Data:
    return {
        "update_id": 8,
        "callback_query": {
            "id": "901",
            "chat_instance": "ci",
            "from": {"id": 5, "is_bot": False, "first_name": "Ana"},
            "data": data,
            "message": message()["message"],
        },
    }


def member() -> Data:
    return {
        "update_id": 9,
        "my_chat_member": {
            "chat": {"id": 5, "type": "private", "first_name": "Ana"},
            "from": {"id": 5, "is_bot": False, "first_name": "Ana"},
            "date": 1_780_000_000,
            "old_chat_member": {
                "status": "member",
                "user": {"id": 1, "is_bot": True, "first_name": "B"},
            },
            "new_chat_member": {
                "status": "kicked",
                "until_date": 0,
                "user": {"id": 1, "is_bot": True, "first_name": "B"},
            },
        },
    }


def changed(data: Data, change: Callable[[Data], None]) -> Data:
    other = copy.deepcopy(data)
    change(other)
    return other


def _set(path: tuple[str, ...], value: object) -> Callable[[Data], None]:
    def apply(data: Data) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return apply


CASES: list[tuple[str, Data, Data, bool]] = [
    ("a message redelivered", message(), message(), True),
    ("an edit redelivered", message(key="edited_message"), message(key="edited_message"), True),
    ("a press redelivered", press(), press(), True),
    ("another kind redelivered", member(), member(), True),
    (
        "another message id",
        message(),
        changed(message(), _set(("message", "message_id"), 42)),
        False,
    ),
    (
        "another date",
        message(),
        changed(message(), _set(("message", "date"), 1_780_086_400)),
        False,
    ),
    ("another chat", message(), changed(message(), _set(("message", "chat", "id"), 6)), False),
    ("a message and its edit", message(), message(key="edited_message"), False),
    (
        "two edits of one message",
        changed(
            message(key="edited_message"), _set(("edited_message", "edit_date"), 1_780_000_100)
        ),
        changed(
            message(key="edited_message"), _set(("edited_message", "edit_date"), 1_780_000_200)
        ),
        False,
    ),
    ("another press", press(), changed(press(), _set(("callback_query", "id"), "902")), False),
    ("another button", press(), press("q1:go"), False),
    ("forged data with a lone surrogate", press("q1:\udf4f"), press("q1:\udf4f"), True),
    ("two forged surrogates", press("q1:\udf4f"), press("q1:\udf50"), False),
    (
        "another kind, changed",
        member(),
        changed(member(), _set(("my_chat_member", "date"), 1)),
        False,
    ),
]


@pytest.mark.parametrize(("what", "first", "second", "same"), CASES, ids=[c[0] for c in CASES])
def test_digest(what: str, first: Data, second: Data, same: bool) -> None:
    a, b = Update.de_json(first, None), Update.de_json(second, None)
    assert (digest(a) == digest(b)) is same, what


@pytest.mark.parametrize(
    ("data", "user"),
    [(message(), 5), (message(key="edited_message"), 5), (press(), None), (member(), None)],
)
def test_typed_by_is_the_author_of_a_text_message(data: Data, user: int | None) -> None:
    assert typed_by(Update.de_json(data, None)) == user
