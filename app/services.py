"""Typed `bot_data`: the long-lived services every handler reaches through the context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Literal

from sqlalchemy import Engine
from telegram.ext import CallbackContext, ExtBot

from app.ratelimit import LimitArgs
from app.settings import Settings
from coach.questions_view import SafetyQuestions
from store.types import utcnow


@dataclass(frozen=True)
class Awaiting:
    """A flow waiting for the user's next typed message (e.g. a time or a timezone)."""

    kind: Literal["time", "timezone"]
    since: datetime
    local_time: time | None = None
    weekdays: frozenset[int] | None = None


class ChatState:
    """Typed `chat_data`: short-lived conversation state that needs no restart safety."""

    __slots__ = ("awaiting", "safety")

    def __init__(self) -> None:
        self.awaiting: Awaiting | None = None
        # The conditional safety question waiting for a typed yes or no (issue 13).
        self.safety = SafetyQuestions()


class Services:
    """Filled once by `app.build`; the engine is opened in `post_init`."""

    __slots__ = ("_engine", "_settings", "clock", "dispatcher", "sessions")

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._engine: Engine | None = None
        self.clock: Callable[[], datetime] = utcnow
        # Feature services started in post_init (typed where they are used).
        self.sessions: object | None = None
        self.dispatcher: object | None = None

    @property
    def settings(self) -> Settings:
        assert self._settings is not None, "Services.settings used before build"
        return self._settings

    @settings.setter
    def settings(self, value: Settings) -> None:
        self._settings = value

    @property
    def engine(self) -> Engine:
        assert self._engine is not None, "Services.engine used before post_init"
        return self._engine

    @engine.setter
    def engine(self, value: Engine | None) -> None:
        self._engine = value

    def now(self) -> datetime:
        return self.clock()


Bot = ExtBot[LimitArgs]
Context = CallbackContext[Bot, dict[object, object], ChatState, Services]
