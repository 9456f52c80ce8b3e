"""The builder chain and the ordered list of features. Nothing else happens here."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import ssl
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from telegram import BotCommand
from telegram.ext import Application, ContextTypes
from telegram.request import HTTPXRequest

from app import ownership, updates
from app.memory import CoachApplication
from app.ratelimit import CoachRateLimiter
from app.router import TextClaim, command_router, text_router
from app.services import ChatState, Services
from app.settings import Settings
from app.updates import ChatOrderedProcessor
from content import general
from handlers import (
    errors,
    fallback,
    help,
    onboarding,
    privacy,
    progress,
    questions,
    reminders,
    safety,
    session,
)
from handlers import settings as user_settings
from service.holds import PendingHolds
from service.onboarding import OnboardingService
from service.safety import SafetyService
from service.session import SessionService
from store.db import create_db_engine, migrate

log = logging.getLogger(__name__)
DB_THREADS = 32
# Outgoing Bot API calls: as many connections as PTB's default (256), but at most 32 kept open
# while idle. httpcore visits every pooled connection on each request (a poll() per idle one,
# and a count of all of them per idle one), so with PTB's unbounded keep-alive a burst that
# opened 200 connections made every later request pay for all 200. 32 idle connections carry
# 30 messages a second at Telegram's round trip many times over.
CONNECTIONS, KEPT_ALIVE = 256, 32

# Commands and buttons: within a handler group the first matching handler wins, so the
# catch-all fallback comes last. Typed text goes through TEXT_ROUTE (see app.router).
FEATURES: Sequence[ModuleType] = (
    safety,
    reminders,
    onboarding,
    session,
    progress,
    user_settings,
    privacy,
    questions,
    help,
    fallback,
)


TEXT_ROUTE: Sequence[tuple[str, TextClaim]] = (
    ("safety", safety.claim_text),
    ("onboarding", onboarding.claim_text),
    ("reminders", reminders.claim_text),
    ("session", session.claim_text),
    ("settings", user_settings.claim_text),
    ("questions", questions.claim_text),
)
# /ask: a warning sign in the question is answered as one, else it is answered as a question.
ASK_ROUTE: Sequence[tuple[str, TextClaim]] = (
    ("safety", safety.claim_text),
    ("questions", questions.claim_text),
)


def build_application(
    settings: Settings,
    *,
    token: str | None = None,
    base_url: str | None = None,
    base_file_url: str | None = None,
    clock: Callable[[], datetime] | None = None,
    rate_scale: float = 1.0,
) -> Application:  # type: ignore[type-arg]
    """``rate_scale`` scales our rate limiter's intervals (tests and benchmarks, against a Bot
    API server scaled the same way); Telegram needs 1."""
    token = token or settings.token
    if not token:
        raise ValueError("build_application needs a bot token")
    tls = httpx.create_ssl_context()  # httpx's default, built once for both clients
    app = (
        Application.builder()
        .application_class(CoachApplication)
        .token(token)
        .base_url(base_url or settings.bot_api_url)
        .base_file_url(base_file_url or settings.bot_file_url)
        .request(bot_request(tls))
        .get_updates_request(updates_request(tls))
        .rate_limiter(
            CoachRateLimiter(
                scale=rate_scale,
                # Reminders as paid broadcasts get a budget of their own (scheduler.dispatcher).
                paid_per_second=settings.paid_broadcast_rate if settings.paid_broadcast else None,
            )
        )
        .context_types(ContextTypes(bot_data=Services, chat_data=ChatState))
        .concurrent_updates(ChatOrderedProcessor())
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
    services: Services = app.bot_data
    services.settings = settings
    if clock is not None:
        services.clock = clock
    updates.register(app)  # group -100: a redelivered update goes no further
    ownership.register(app)  # group -90: a group member's press on someone else's buttons
    app.add_handler(text_router(TEXT_ROUTE))
    app.add_handler(command_router("ask", ASK_ROUTE))
    for feature in FEATURES:
        feature.register(app)
    app.add_error_handler(errors.on_error)
    return app


def bot_request(tls: ssl.SSLContext | None = None) -> HTTPXRequest:
    """PTB's default request for bot calls (same pool size and timeouts) with bounded
    keep-alive (see `KEPT_ALIVE`). ``tls``: the TLS context to use (``None``: httpx makes
    its default one)."""
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=KEPT_ALIVE)
    kwargs: dict[str, Any] = {"limits": limits}
    if tls is not None:
        kwargs["verify"] = tls
    return HTTPXRequest(connection_pool_size=CONNECTIONS, httpx_kwargs=kwargs)


def updates_request(tls: ssl.SSLContext) -> HTTPXRequest:
    """PTB's default request for getUpdates (one connection, default timeouts), on a shared
    TLS context: each httpx client otherwise loads the CA bundle into a context of its own
    (about 0.8 MB of RSS each)."""
    return HTTPXRequest(connection_pool_size=1, httpx_kwargs={"verify": tls})


async def _post_init(app: Application[Any, Any, Any, Any, Services, Any]) -> None:
    services = app.bot_data
    # Every unit of work runs in a worker thread; a locked database may hold some of them for
    # its busy timeout, so there are enough threads for the other chats meanwhile.
    asyncio.get_running_loop().set_default_executor(
        ThreadPoolExecutor(max_workers=DB_THREADS, thread_name_prefix="db")
    )
    engine = create_db_engine(services.settings.database_url)
    migrate(engine)
    pending = PendingHolds()  # warning signs not stored yet: shared by sessions and safety
    database_file = services.settings.sqlite_path()
    sessions = SessionService(
        engine,
        app.bot,
        services.now,
        services.settings.time_scale,
        pending=pending,
        voice_dir=(database_file.parent if database_file else Path("data")) / "voice",
    )
    services.open(
        engine,
        app.bot,
        sessions=sessions,
        onboarding=OnboardingService(engine, app.bot, services.now),
        safety=SafetyService(engine, app.bot, services.now, sessions, pending),
    )
    await app.bot.set_my_commands([BotCommand(name, text) for name, text in general.COMMANDS])
    for feature in FEATURES:
        if (startup := getattr(feature, "startup", None)) is not None:
            await startup(app)
    log.info("ready as @%s", app.bot.username)


async def _post_stop(app: Application[Any, Any, Any, Any, Services, Any]) -> None:
    for feature in reversed(FEATURES):
        if (stop := getattr(feature, "shutdown", None)) is not None:
            await stop(app)
    if app.bot_data._safety is not None:
        await app.bot_data._safety.close()


async def _post_shutdown(app: Application[Any, Any, Any, Any, Services, Any]) -> None:
    services = app.bot_data
    if services._engine is not None:
        services.engine.dispose()
        services.engine = None


@asynccontextmanager
async def running(app: Application[Any, Any, Any, Any, Any, Any]) -> AsyncIterator[None]:
    """The life cycle `run_polling` and `run_webhook` give, inside an event loop we own:
    initialize, post_init, start ... stop, post_stop, shutdown, post_shutdown."""
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        try:
            yield
        finally:
            stopping(app)
            await app.stop()
            if app.post_stop is not None:
                await app.post_stop(app)
    finally:
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


def stopping(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The first step of every stop, before the updater's and the application's own: each
    feature stops taking new work (the reminder dispatcher claims no more batches)."""
    for feature in FEATURES:
        if (hook := getattr(feature, "stopping", None)) is not None:
            hook(app)


@asynccontextmanager
async def polling(
    app: Application[Any, Any, Any, Any, Any, Any],
    *,
    poll_timeout: int = 10,
    allowed_updates: Sequence[str] | None = None,
) -> AsyncIterator[None]:
    """Runs ``app`` with long polling (the bot, tests, the playground), in `running`'s life
    cycle."""
    async with running(app):
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0, timeout=poll_timeout, allowed_updates=allowed_updates
        )
        try:
            yield
        finally:
            stopping(app)  # before the updater's stop, which can wait a second on its pool
            if app.updater.running:
                await app.updater.stop()


async def run_polling(
    app: Application[Any, Any, Any, Any, Any, Any], *, allowed_updates: Sequence[str]
) -> int:
    """Polls until SIGINT or SIGTERM."""
    stop = stop_on_signals()
    async with polling(app, allowed_updates=allowed_updates):
        await stop.wait()
    return 0


def stop_on_signals() -> asyncio.Event:
    """An event set by SIGINT or SIGTERM: what a long-running mode waits on to stop."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    return stop
