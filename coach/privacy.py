"""/delete's confirmation, pure: the question, its buttons, and what a press may do.

Callback data (prefix ``d1``, see `coach.callbacks`): ``d1:<y|n>:<user>:<asked>:<record>``,
the user id and the time of the request (unix seconds) in base 36, and the token of the record
asked about (`record_token`). A press erases only when it comes from that user,
within `CONFIRM_FOR` of the request, and the record is still the one asked about, so a second
press, or a press on a confirmation from before an earlier erase, changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from coach import callbacks
from coach.ui import Button, View
from content import privacy as text

PREFIX = "d1"
CONFIRM_FOR = timedelta(minutes=10)
CLOCK_SLACK = timedelta(minutes=1)  # a request time slightly ahead of now is still fine


class Choice(StrEnum):
    ERASE = "y"
    CANCEL = "n"


class Verdict(StrEnum):
    ERASE = "erase"
    CANCEL = "cancel"
    EXPIRED = "expired"
    GONE = "gone"  # the record asked about no longer exists
    NOT_YOURS = "not_yours"


@dataclass(frozen=True)
class Confirm:
    choice: Choice
    user_id: int
    asked_at: datetime
    record: str


BUTTONS: callbacks.Layout[Confirm] = callbacks.Layout(
    PREFIX,
    Confirm,
    callbacks.OneOf(Choice),
    callbacks.Base36(),
    callbacks.UnixSeconds(),
    callbacks.Base36Text(),
)


def confirm_view(user_id: int, now: datetime, record: str) -> View:
    def data(choice: Choice) -> str:
        return BUTTONS.encode(Confirm(choice, user_id, now, record))

    return View(
        text.DELETE_ASK,
        buttons=(
            (Button(text.DELETE_YES, data(Choice.ERASE)),),
            (Button(text.DELETE_NO, data(Choice.CANCEL)),),
        ),
    )


def decode(data: str | None) -> Confirm | None:
    return BUTTONS.decode(data)


def judge(confirm: Confirm, presser_id: int, now: datetime, record_now: str) -> Verdict:
    """What a press on the confirmation may do. ``record_now``: the token of the presser's
    record as it is now."""
    if presser_id != confirm.user_id:
        return Verdict.NOT_YOURS
    if confirm.choice is Choice.CANCEL:
        return Verdict.CANCEL
    if not -CLOCK_SLACK <= now - confirm.asked_at <= CONFIRM_FOR:
        return Verdict.EXPIRED
    if record_now != confirm.record:
        return Verdict.GONE
    return Verdict.ERASE


def record_token(created_at: datetime | None) -> str:
    """Names this incarnation of the user's record: the profile's ``created_at`` in
    microseconds, base 36 (``"0"`` without a profile). It changes when the record is erased
    and begun again, so a confirmation asked about the old record cannot erase the new one."""
    if created_at is None:
        return "0"
    return callbacks.base36((created_at - _EPOCH) // timedelta(microseconds=1))


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
