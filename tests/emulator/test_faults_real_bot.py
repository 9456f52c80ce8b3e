"""The real bot through the fault-injecting emulator, at the tests' rate scale: a 429 on a reply
is waited out (retry_after in scaled seconds, never less) and the reply is sent once."""

from __future__ import annotations

import pytest

from content import general
from playground.client import EmulatorClient
from tests.conftest import RATE_SCALE
from tests.e2e.story import head

HELP = head(general.HELP_INTRO)
# RetryAfter's own message reads its deprecated int-or-timedelta attribute (PTB's, not ours)
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.mark.usefixtures("bot")
async def test_a_429_on_a_reply_is_waited_out_and_the_reply_sent_once(
    client: EmulatorClient,
) -> None:
    ada = client.user(1901, "Ada")
    await ada.send("/help")
    await ada.wait_for_text(HELP)
    await client.reset_counters()

    await client.inject("429", method="sendMessage", chat_id=ada.chat_id, retry_after=3)
    await ada.send("/help")
    await ada.wait_for_text(HELP)

    report = await client.faults()
    assert report.count("429", "sendMessage") == 1 and report.rules == []
    counters = await client.counters()
    assert counters.calls["sendMessage"] == 2  # the 429'd try and its retry
    assert counters.error_total == 0 and counters.too_many_requests == 0
    [sent_at] = counters.send_times[ada.chat_id]
    waited = sent_at - report.log[0]["at"]
    assert 3 * RATE_SCALE - 0.01 <= waited < 3 * RATE_SCALE + 1.0, waited
    assert len([m for m in await ada.bot_messages() if HELP in m.content]) == 2  # one per /help
