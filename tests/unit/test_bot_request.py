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


def test_the_two_clients_share_one_tls_context(tmp_path: Path) -> None:
    # Each httpx client would otherwise load the CA bundle into its own context (~0.8 MB).
    app = build_application(make_settings(tmp_path), token=TOKEN, base_url="http://127.0.0.1:9/")
    updates_request, bot_request = app.bot._request  # private: (getUpdates, everything else)
    updates_pool = updates_request._client._transport._pool
    bot_pool = bot_request._client._transport._pool
    assert updates_pool._ssl_context is bot_pool._ssl_context is not None
    assert updates_pool._max_connections == 1  # PTB's default for getUpdates
    assert updates_request.read_timeout == bot_request.read_timeout == 5.0
