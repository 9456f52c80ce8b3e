"""The bot's outgoing connection pool: PTB's size and timeouts, bounded keep-alive (httpcore
visits every pooled connection on each request, so idle ones must not pile up)."""

from __future__ import annotations

from pathlib import Path

from app.build import CONNECTIONS, KEPT_ALIVE, build_application
from tests.conftest import TOKEN, make_settings


def test_the_bot_keeps_at_most_32_idle_connections(tmp_path: Path) -> None:
    app = build_application(make_settings(tmp_path), token=TOKEN, base_url="http://127.0.0.1:9/")
    pool = app.bot.request._client._transport._pool  # private: no public view of the limits
    assert (pool._max_connections, pool._max_keepalive_connections) == (CONNECTIONS, KEPT_ALIVE)
    assert KEPT_ALIVE < CONNECTIONS == 256
    assert app.bot.request.read_timeout == 5.0  # PTB's default, unchanged
