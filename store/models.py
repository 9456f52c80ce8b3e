"""SQLModel tables. All times are aware UTC (see `store.types.UTCDateTime`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Index
from sqlmodel import Field, SQLModel

from store.types import UTCDateTime, utcnow


def _utc(nullable: bool = True) -> Column[datetime]:
    return Column(UTCDateTime(), nullable=nullable)


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    first_name: str = ""
    language: str | None = None
    timezone: str | None = None
    style: str = "hold"
    adult_confirmed: bool = False
    onboarding_answers: str | None = None  # JSON: the completed screen's answers
    onboarding_state: str | None = None  # JSON: the screen in progress (coach.onboarding.machine)
    onboarding_cleared: bool = False
    usual_pain: int | None = None
    onboarded_at: datetime | None = Field(default=None, sa_column=_utc())
    blocked: bool = False
    settings: str | None = None  # JSON: coach.settings.UserSettings (None: the defaults)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_utc(nullable=False))


class Screening(SQLModel, table=True):
    """One answered check: the onboarding screen or a pre-session check (SAFETY.md 8)."""

    __tablename__ = "screenings"
    __table_args__ = (Index("ix_screenings_user_at", "user_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    at: datetime = Field(default_factory=utcnow, sa_column=_utc(nullable=False))
    kind: str  # "onboarding" | "pre_session" | "free_text"
    answers: str  # JSON list of sign keys that were ticked
    pain: int | None = None
    decision: str  # the outcome: green, amber, red, clinician, emergency, cleared, ...


class ExerciseSession(SQLModel, table=True):
    """A guided session. While active, ``state`` holds the serialised state machine."""

    __tablename__ = "sessions"
    __table_args__ = (Index("ix_sessions_user_active", "user_id", "active"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    started_at: datetime = Field(default_factory=utcnow, sa_column=_utc(nullable=False))
    ended_at: datetime | None = Field(default=None, sa_column=_utc())
    style: str = "hold"
    variant: str = "standard"
    completed: bool = False
    active: bool = True
    outcome: str | None = None  # green / amber / red / clinician / emergency / stopped / hurt
    pain_before: int | None = None
    pain_after: int | None = None
    flare_settled: bool | None = None  # after a rise of 2+: has it settled? (SAFETY.md 6)
    message_id: int | None = None
    state: str | None = None


class PhotoCache(SQLModel, table=True):
    """A picture uploaded once; afterwards Telegram's ``file_id`` is re-sent."""

    __tablename__ = "photo_cache"

    key: str = Field(primary_key=True)  # picture key
    sha256: str
    file_id: str
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_utc(nullable=False))


class Reminder(SQLModel, table=True):
    """A daily reminder: a rule in local time, and the next fire time in UTC."""

    __tablename__ = "reminders"
    __table_args__ = (Index("ix_reminders_due", "enabled", "next_fire_at"),)

    user_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    local_time: str = "07:30"  # HH:MM
    weekdays: str = "0123456"  # Monday = 0
    timezone: str = "UTC"
    enabled: bool = True
    next_fire_at: datetime | None = Field(default=None, sa_column=_utc())
    claimed_until: datetime | None = Field(default=None, sa_column=_utc())
    last_sent_date: date | None = None  # local date of the last reminder sent
    weekly_day: int | None = None  # the weekly summary's weekday (Monday = 0); None: off
    weekly_sent_date: date | None = None  # local date of the last weekly summary sent
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_utc(nullable=False))


class ProcessedUpdate(SQLModel, table=True):
    """An update already taken: its ``update_id`` and a 64-bit digest of its content. A
    redelivery (same id, same content: after a crash, or a webhook retry) is ignored; the
    digest keeps a Bot API server that starts counting again (the playground's emulator, or
    Telegram after a quiet week) from having its new updates taken for old ones. Holds no
    user data; rows older than `store.updates.KEEP` are pruned."""

    __tablename__ = "processed_updates"
    __table_args__ = (Index("ix_processed_updates_seen_at", "seen_at"),)

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    digest: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    seen_at: datetime = Field(default_factory=utcnow, sa_column=_utc(nullable=False))
