"""Logging set-up: one format, noisy HTTP loggers quietened, secrets redacted from every line.

Redaction happens in the log-record factory, so every handler (console, files, pytest's
capture) sees the scrubbed message and traceback, whichever logger produced it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

REDACTED = "[REDACTED]"
_formatter = logging.Formatter()


class Redactor:
    def __init__(self, secrets: Iterable[str]) -> None:
        self.secrets = tuple(s for s in secrets if s)

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def clean(self, record: logging.LogRecord) -> logging.LogRecord:
        if not self.secrets:
            return record
        try:
            message = record.getMessage()
        except Exception:  # a malformed format string is the caller's bug, not ours to hide
            return record
        scrubbed = self.scrub(message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = self.scrub(_formatter.formatException(record.exc_info))
        return record


_base_factory = logging.getLogRecordFactory()
_redactor = Redactor(())


def _factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    return _redactor.clean(_base_factory(*args, **kwargs))


def set_secrets(secrets: Iterable[str]) -> None:
    """Registers the secrets to scrub from every future log record."""
    global _redactor
    _redactor = Redactor(secrets)
    logging.setLogRecordFactory(_factory)


def configure_logging(level: str, secrets: Iterable[str]) -> None:
    set_secrets(secrets)
    root = logging.getLogger()
    root.setLevel(level)
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    # Their request lines carry the token in the URL; they add nothing we need.
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
    # At DEBUG, python-telegram-bot logs every request's parameters and every update: message
    # texts and pain scores. Health data is never logged (SAFETY.md 8), so it stops at INFO.
    logging.getLogger("telegram").setLevel(max(logging.INFO, root.level))
    # Routine chatter: a migration check at every start, the reminder job every 20 s.
    for name in ("alembic", "apscheduler"):
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
