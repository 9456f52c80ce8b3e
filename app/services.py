"""Typed `bot_data`: the long-lived services every handler reaches through the context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Engine
from telegram.ext import CallbackContext, ExtBot

from app.ratelimit import LimitArgs
from app.settings import Settings
from coach.questions.view import SafetyQuestions
from store.types import utcnow

if TYPE_CHECKING:
    from scheduler.dispatcher import ReminderDispatcher
    from service.onboarding import OnboardingService
    from service.safety import SafetyService
    from service.session import SessionService


@dataclass(frozen=True)
class Awaiting:
    """A flow waiting for the user's next typed message (e.g. a time or a timezone)."""

    kind: Literal["time", "timezone"]
    since: datetime
    local_time: time | None = None
    weekdays: frozenset[int] | None = None
    # Strict: the user asked to type one ("Other time"), so anything else is answered as a
    # bad time. Not strict: the time picker also invites a typed time, but a message that is
    # not one goes on to the other features (a question, say).
    strict: bool = True


@dataclass(frozen=True)
class SettingsOpen:
    """/settings open in this chat: whose it is, since when, and the page it shows (a typed
    value such as "25 s" is taken while it is open; ``page`` is a `coach.settings.buttons.Page`
    value)."""

    user_id: int
    since: datetime
    page: str


class ChatState:
    """Typed `chat_data`: short-lived conversation state that needs no restart safety."""

    __slots__ = ("_safety", "awaiting", "settings")

    def __init__(self) -> None:
        self.awaiting: Awaiting | None = None
        self.settings: SettingsOpen | None = None
        self._safety: SafetyQuestions | None = None

    @property
    def safety(self) -> SafetyQuestions:
        """The conditional safety questions asked in this chat (the one waiting for a typed yes
        or no, the answered ones), made on first use: most chats never get one, and every
        chat that writes has a `ChatState`."""
        if self._safety is None:
            self._safety = SafetyQuestions()
        return self._safety

    @property
    def safety_asked(self) -> SafetyQuestions | None:
        """`safety` if this chat ever had a question, without making one."""
        return self._safety


class Services:
    """Filled once by `app.build`; the engine and the feature services are opened in
    `post_init` and closed in `post_stop` / `post_shutdown`."""

    __slots__ = (
        "_bot",
        "_engine",
        "_onboarding",
        "_safety",
        "_sessions",
        "_settings",
        "clock",
        "dispatcher",
    )

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._engine: Engine | None = None
        self._bot: Bot | None = None
        self._sessions: SessionService | None = None
        self._onboarding: OnboardingService | None = None
        self._safety: SafetyService | None = None
        self.clock: Callable[[], datetime] = utcnow
        self.dispatcher: ReminderDispatcher | None = None

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

    @property
    def bot(self) -> Bot:
        assert self._bot is not None, "Services.bot used before post_init"
        return self._bot

    @property
    def sessions(self) -> SessionService:
        assert self._sessions is not None, "Services.sessions used before post_init"
        return self._sessions

    @property
    def onboarding(self) -> OnboardingService:
        assert self._onboarding is not None, "Services.onboarding used before post_init"
        return self._onboarding

    @property
    def safety(self) -> SafetyService:
        assert self._safety is not None, "Services.safety used before post_init"
        return self._safety

    def open(
        self,
        engine: Engine,
        bot: Bot,
        *,
        sessions: SessionService,
        onboarding: OnboardingService,
        safety: SafetyService,
    ) -> None:
        """The long-lived services, built in `app.build`'s post_init."""
        self._engine, self._bot = engine, bot
        self._sessions, self._onboarding, self._safety = sessions, onboarding, safety

    def now(self) -> datetime:
        return self.clock()


Bot = ExtBot[LimitArgs]
Context = CallbackContext[Bot, dict[object, object], ChatState, Services]
