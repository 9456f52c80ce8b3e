"""Webhook mode: our own small aiohttp server in front of the `Application`'s update queue.

PTB's built-in webhook server listens on a path of its own (not the one in ``WEBHOOK_URL``),
answers a body that is not JSON with a 500 and a traceback, and logs a bad update with its
whole content at CRITICAL. This one listens on the path of ``WEBHOOK_URL``, accepts a POST
only with the right secret (compared in constant time), answers anything malformed with a
4xx and one log line that carries no content, and hands good updates to the application.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from app.build import running, stop_on_signals

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20  # an update is a few kB; Telegram's largest are far below 1 MB
ALLOWED_UPDATES = ["message", "callback_query"]

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def webhook_path(url: str) -> str:
    """The path the server listens on: the path of the registered URL (``/`` if none)."""
    path = urlsplit(url).path or "/"
    return path if path.startswith("/") else f"/{path}"


class WebhookReceiver:
    """The request handler: authenticate, parse, enqueue."""

    def __init__(self, app: AnyApplication, secret: str) -> None:
        if not secret:
            raise ValueError("a webhook needs a secret")
        self.app = app
        self.secret = secret.encode()

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self.secret):
            log.warning("refused a webhook request without the right secret token")
            return web.Response(status=403, text="forbidden")
        try:
            body = await request.read()
            data = json.loads(body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, self.app.bot)
        except web.HTTPException:
            raise  # too large: aiohttp's own 413
        except Exception as exc:
            # The body may hold a user's message: only the kind of problem is logged.
            log.warning("refused a malformed webhook body (%s)", type(exc).__name__)
            return web.Response(status=400, text="bad update")
        await self.app.update_queue.put(update)
        return web.Response(status=200, text="ok")


def web_application(app: AnyApplication, url: str, secret: str) -> web.Application:
    receiver = WebhookReceiver(app, secret)
    web_app = web.Application(client_max_size=MAX_BODY)
    path = webhook_path(url)
    web_app.router.add_post(path, receiver.handle)
    alternative = path.rstrip("/") if path.endswith("/") and path != "/" else f"{path}/"
    if alternative != "//":
        web_app.router.add_post(alternative, receiver.handle)  # a proxy may add or drop it
    return web_app


@asynccontextmanager
async def webhook(
    app: AnyApplication, *, url: str, secret: str, listen: str, port: int
) -> AsyncIterator[None]:
    """Runs ``app`` in webhook mode in `app.build.running`'s life cycle: listening first, then
    registered with Telegram, so the first update Telegram sends finds us."""
    async with running(app):
        runner = web.AppRunner(web_application(app, url, secret), access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, listen, port).start()
            await app.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)
            log.info("webhook listening on port %s, path %s", port, webhook_path(url))
            yield
        finally:
            await runner.cleanup()


async def run_webhook(
    app: AnyApplication, *, url: str, secret: str, listen: str = "0.0.0.0", port: int
) -> int:
    """Serves until SIGINT or SIGTERM."""
    stop = stop_on_signals()
    try:
        async with webhook(app, url=url, secret=secret, listen=listen, port=port):
            await stop.wait()
    except OSError as exc:
        log.error("cannot listen on port %s (%s); set PORT", port, exc.strerror or exc)
        return 1
    except TelegramError as exc:
        log.error("could not register the webhook with the Bot API: %s", exc.message)
        return 1
    return 0
