"""A strict local emulator of the Telegram Bot API, driven over HTTP by tests and the web page."""

from playground.emulator.server import BotApiEmulator

__all__ = ["BotApiEmulator"]
