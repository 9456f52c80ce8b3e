"""Use cases between the handlers and the core: they load, apply the pure rules, persist in one
transaction off the event loop, then talk to Telegram. Handlers call these; these never import a
handler."""
