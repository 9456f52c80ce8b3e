"""User queries. They take a session and never commit: the caller owns the transaction."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session

from coach.session.workout import Style
from coach.settings import DEFAULT_SETTINGS, UserSettings, dump_settings
from coach.settings import load_settings as load_settings_json
from store.models import User


def get_or_create(
    db: Session, user_id: int, chat_id: int, first_name: str, language: str | None
) -> tuple[User, bool]:
    user = db.get(User, user_id)
    if user is not None:
        user.chat_id, user.first_name = chat_id, first_name
        user.language = language or user.language
        return user, False
    user = User(id=user_id, chat_id=chat_id, first_name=first_name, language=language)
    db.add(user)
    return user, True


def mark_reachable(db: Session, user: User) -> None:
    """A user who writes to us again has unblocked the bot."""
    user.blocked = False


def mark_blocked(db: Session, user_id: int) -> None:
    """The user blocked the bot: stop messaging them, keep their data."""
    user = db.get(User, user_id)
    if user is not None:
        user.blocked = True


def get(db: Session, user_id: int) -> User | None:
    return db.get(User, user_id)


def set_timezone(db: Session, user_id: int, tz_name: str) -> None:
    user = db.get(User, user_id)
    if user is not None:
        user.timezone = tz_name


def load_settings(db: Session, user_id: int) -> UserSettings:
    """The user's settings (the defaults for a new user). The style is the one the health screen
    or /settings chose last (``users.style``, which sessions have always started from)."""
    user = db.get(User, user_id)
    if user is None:
        return DEFAULT_SETTINGS
    stored = load_settings_json(user.settings)
    try:
        return replace(stored, style=Style(user.style))
    except ValueError:
        return stored


def save_settings(db: Session, user_id: int, settings: UserSettings) -> None:
    user = db.get(User, user_id)
    if user is not None:
        user.settings = dump_settings(settings)
        user.style = settings.style.value
