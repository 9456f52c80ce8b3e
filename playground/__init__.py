"""The local playground: a strict Telegram Bot API emulator, its control API, client and web page.

- `playground.emulator.BotApiEmulator`: the HTTP server the bot talks to instead of Telegram.
- `playground.client.EmulatorClient`: drives simulated users over the control API (for tests).
- `playground/web/`: the chat page served at the emulator's root.
"""
