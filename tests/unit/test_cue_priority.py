"""A sound cue rung from a phase end's show is not that phase end at the rate limiter: it
must not carry the deadline (PHASE priority, due early) that would put every chat's cue ahead
of other chats' later phase ends (issue 18: final frames first, within the bound)."""

from __future__ import annotations

import asyncio
from typing import Any

from app.ratelimit import NORMAL, PHASE_END
from coach.session.cues import Cue, CueKind
from service.cues import CUE_PATIENCE, CueSender


class RecordingBot:
    """Telegram's edge only: records what the rate limiter would be asked for."""

    def __init__(self) -> None:
        self.seen: list[tuple[float | None, Any]] = []

    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> Any:
        self.seen.append((PHASE_END.get(), kwargs.get("rate_limit_args")))
        return type("Sent", (), {"message_id": 7})()


async def test_a_cue_rung_inside_a_phase_end_goes_at_normal_priority() -> None:
    bot = RecordingBot()
    cues = CueSender(bot)  # type: ignore[arg-type]
    token = PHASE_END.set(1_000.0)
    try:
        cues.ring(1, 42, Cue(CueKind.SWITCH, "Switch sides"), lambda: None)
    finally:
        PHASE_END.reset(token)
    for _ in range(5):
        await asyncio.sleep(0)
    assert bot.seen == [
        (None, {"priority": NORMAL, "droppable": "cue-1", "patience": CUE_PATIENCE})
    ]
    await cues.close()
