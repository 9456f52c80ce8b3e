"""`BotApiEmulator`: the aiohttp server that plays Telegram for one bot token."""

from __future__ import annotations

import asyncio
import socket
import struct
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import web

from playground.emulator.control import ControlApi, Settings
from playground.emulator.errors import ApiError
from playground.emulator.faults import BEFORE_EFFECT, INTERNAL_ERROR, Faults, Injected
from playground.emulator.limits import FloodControl, is_limited, takes_paid_broadcast
from playground.emulator.methods import BotMethods
from playground.emulator.params import Params, read_params
from playground.emulator.state import State

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
_STATIC = {"/": "index.html", "/app.js": "app.js", "/style.css": "style.css"}
_CONTENT_TYPES = {"html": "text/html", "js": "text/javascript", "css": "text/css"}
MAX_BODY = 64 * 1024 * 1024


class BotApiEmulator:
    """A strict local Telegram Bot API for one bot, with a control API and a web chat page.

    Point PTB at it with `Bot(token, base_url=emu.base_url, base_file_url=emu.base_file_url)`.
    """

    def __init__(
        self,
        token: str,
        *,
        rate_limits: bool = True,
        per_chat_rate: float = 1.0,
        per_chat_burst: int = 3,
        global_rate: float = 30.0,
        group_per_minute: int = 20,
        rate_scale: float = 1.0,
        paid_broadcast_rate: float = 1000.0,
        clock: Callable[[], float] = time.monotonic,
        web_page: bool = True,
        bot_name: str = "Mobility Coach",
        bot_username: str = "mobility_coach_bot",
    ) -> None:
        self.token = token
        prefix = token.partition(":")[0]
        bot_id = int(prefix) if prefix.isdigit() else 1
        self.state = State(bot_id, bot_name, bot_username, clock)
        self.settings = Settings(rate_limits=rate_limits)
        self.flood = FloodControl(
            per_chat_rate=per_chat_rate,
            per_chat_burst=per_chat_burst,
            global_rate=global_rate,
            group_per_minute=group_per_minute,
            scale=rate_scale,
            paid_rate=paid_broadcast_rate,
        )
        self.methods = BotMethods(self.state)
        self.faults = Faults()
        self.control = ControlApi(self.state, self.settings, self.flood, self.faults)
        self._stopping = asyncio.Event()
        self.web_page = web_page
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # --- lifecycle --------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        if self._runner is not None:
            raise RuntimeError("emulator already started")
        runner = web.AppRunner(
            self._make_app(), shutdown_timeout=1.0, handler_cancellation=True, access_log=None
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        self.state.closing = False
        self._stopping = asyncio.Event()

    async def stop(self) -> None:
        if self._runner is None:
            return
        self.state.closing = True
        self._stopping.set()  # release held answers (hang_after without an end)
        self.state.new_updates.bump()  # release long polls at once
        self.state.changes.bump()
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> BotApiEmulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("emulator not started")
        return self._port

    @property
    def base_url(self) -> str:
        """PTB's `base_url`: PTB appends the token."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def control_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/control"

    @property
    def page_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    # --- HTTP -------------------------------------------------------------------------------

    def _make_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_route("*", "/bot{token}/{method}", self._bot_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        app.add_routes(self.control.routes())
        if self.web_page:
            for path in _STATIC:
                app.router.add_get(path, self._static)
        return app

    async def _bot_api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._error(ApiError(401, "Unauthorized"))
        found = self.methods.find(request.match_info["method"])
        if found is None:
            return self._error(ApiError(404, "Not Found"))
        name, handler = found
        self.state.counters.calls[name] += 1
        fault: Injected | None = None
        try:
            params = await read_params(request)
            fault = self.faults.pick(name, _chat_key(params), self.state.clock())
            if fault is not None and fault.kind in BEFORE_EFFECT:
                return await self._fail_before(request, fault)
            if fault is not None and fault.kind == "delay":  # a slow trip: then as usual
                await self._hold(fault.seconds)
                fault = None
            paid = takes_paid_broadcast(name) and params.get_bool("allow_paid_broadcast")
            if self.settings.rate_limits and is_limited(name):
                retry_after = self.flood.acquire(_chat_key(params), self.state.clock(), paid=paid)
                if retry_after is not None:
                    raise ApiError(
                        429, f"Too Many Requests: retry after {retry_after}", retry_after
                    )
            result: Any = await handler(params)
            if paid:
                self.state.counters.paid_broadcasts += 1  # billed: 0.1 Star each
        except ApiError as error:
            response = self._error(error)
        else:
            response = web.json_response({"ok": True, "result": result})
        if fault is not None:
            return await self._fail_after(request, fault, response)
        return response

    # --- injected faults (counted in `faults`, never in the counters of real errors) -------

    async def _fail_before(self, request: web.Request, fault: Injected) -> web.Response:
        """The call has no effect: an error answer, or a held and then reset connection."""
        if fault.kind == "500":
            body = {"ok": False, "error_code": 500, "description": INTERNAL_ERROR}
            return web.json_response(body, status=500)
        if fault.kind == "429":
            error = ApiError(
                429, f"Too Many Requests: retry after {fault.retry_after}", fault.retry_after
            )
            return web.json_response(error.payload(), status=429)
        if fault.kind == "hang":
            await self._hold(fault.seconds)
        return _reset(request)

    async def _fail_after(
        self, request: web.Request, fault: Injected, response: web.Response
    ) -> web.Response:
        """The call took effect; its answer is lost (reset) or late (held)."""
        if fault.kind == "hang_after" and await self._hold(fault.seconds):
            return response
        return _reset(request)

    async def _hold(self, seconds: float | None) -> bool:
        """Waits ``seconds`` (None: until the emulator stops); False if it stopped first."""
        try:
            await asyncio.wait_for(self._stopping.wait(), seconds)
        except TimeoutError:
            return True
        return False

    def _error(self, error: ApiError) -> web.Response:
        counters = self.state.counters
        counters.errors[error.description] += 1
        if error.code == 429:
            counters.too_many_requests += 1
        if error.description.startswith("Bad Request: message is not modified"):
            counters.not_modified += 1
        return web.json_response(error.payload(), status=error.code)

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._error(ApiError(401, "Unauthorized"))
        record = self.state.files.by_path.get(request.match_info["path"])
        if record is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        return web.Response(body=record.data, content_type=record.mime_type)

    async def _static(self, request: web.Request) -> web.Response:
        name = _STATIC[request.path]
        body = (WEB_DIR / name).read_bytes()
        content_type = _CONTENT_TYPES[name.rpartition(".")[2]]
        return web.Response(
            body=body,
            content_type=content_type,
            charset="utf-8",
            headers={"Cache-Control": "no-store"},
        )


def _reset(request: web.Request) -> web.Response:
    """Drops the connection with a TCP reset: the client gets no answer at all."""
    transport = request.transport
    if transport is not None:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    return web.Response(status=500)  # never written: the connection is gone


def _chat_key(params: Params) -> int | None:
    """The chat a counted call goes to (None for inline messages): its flood bucket."""
    try:
        return params.get_int("chat_id")
    except ApiError:
        return None
