"""Settings: every variable of DESIGN.md section 3, read once into one typed object."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
LogLevel = Literal["CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    bot_token: SecretStr | None = None
    bot_api_url: str = "https://api.telegram.org/bot"
    bot_file_url: str = "https://api.telegram.org/file/bot"
    database_url: str = "sqlite:///data/coach.sqlite3"
    time_scale: float = Field(default=1.0, gt=0, le=100)
    webhook_url: str | None = None
    # Validated even when unset: webhook mode refuses to start without it.
    webhook_secret: SecretStr | None = Field(default=None, validate_default=True)
    port: int = Field(default=8443, ge=1, le=65535)
    playground_port: int = Field(default=8080, ge=0, le=65535)
    log_level: LogLevel = "INFO"
    # Reminders as Telegram's paid broadcasts (up to 1,000 messages a second, for Stars): off
    # unless the operator opts in. The rate is this process's share of the bot's 1,000.
    paid_broadcast: bool = False
    paid_broadcast_rate: int = Field(default=1000, ge=1, le=1000)

    @field_validator("bot_token", "webhook_secret", "webhook_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("paid_broadcast", mode="before")
    @classmethod
    def _blank_is_off(cls, value: object) -> object:
        return False if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_needs_secret(
        cls, value: SecretStr | None, info: ValidationInfo
    ) -> SecretStr | None:
        # Without it anyone who can reach the port could post updates as any user.
        if value is None:
            if info.data.get("webhook_url"):
                raise ValueError(
                    "required when WEBHOOK_URL is set, so that only Telegram can post updates; "
                    "use 1-256 characters A-Z a-z 0-9 _ -, e.g. the output of "
                    "python -c 'import secrets; print(secrets.token_urlsafe(32))'"
                )
            return None
        if not _SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1-256 characters from A-Z a-z 0-9 _ - (Telegram's rule)")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("database_url")
    @classmethod
    def _valid_database_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError("not a SQLAlchemy URL (e.g. sqlite:///data/coach.sqlite3)") from None
        if url.get_backend_name() not in {"sqlite", "postgresql"}:
            raise ValueError("only sqlite:// and postgresql+psycopg:// URLs are supported")
        return value

    @field_validator("bot_api_url", "bot_file_url", "webhook_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @property
    def token(self) -> str | None:
        return self.bot_token.get_secret_value() if self.bot_token else None

    def sqlite_path(self) -> Path | None:
        url = make_url(self.database_url)
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database)


def load_settings(**overrides: object) -> Settings:
    """Read the environment (and `.env`) once; a bad value ends start-up with one clear line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']).upper() or 'settings'}: {err['msg']}"
            for err in exc.errors()
        )
        print(f"Configuration error: {problems}", file=sys.stderr)
        raise SystemExit(2) from None
