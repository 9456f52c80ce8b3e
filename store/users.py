"""User queries. They take a session and never commit: the caller owns the transaction."""

from __future__ import annotations

from sqlmodel import Session

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
