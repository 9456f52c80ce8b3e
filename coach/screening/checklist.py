"""One checklist on screen, as a small pure machine shared by the onboarding screen (readiness,
back history) and the pre-session screen (emergency signs, clinician signs).

The user ticks and unticks options (`Toggle`), then confirms: `ChecklistDone` answers with the
ticks (none ticked means none apply), `NoneOfThese` answers "none" whatever is ticked. `press`
gives the ticks still on screen (`Ticks`) or the confirmed answer (`Answer`); a toggle for an
option that is not on this checklist gives ``None`` and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Toggle:
    key: str


@dataclass(frozen=True)
class NoneOfThese:
    pass


@dataclass(frozen=True)
class ChecklistDone:
    pass


ChecklistEvent = Toggle | NoneOfThese | ChecklistDone


@dataclass(frozen=True)
class Ticks:
    """Still on the checklist, with these options ticked."""

    keys: frozenset[str]


@dataclass(frozen=True)
class Answer:
    """The checklist is confirmed: these options apply (empty: none of them)."""

    keys: frozenset[str]


def press(
    options: tuple[str, ...], ticked: frozenset[str], event: ChecklistEvent
) -> Ticks | Answer | None:
    """What ``event`` does to a checklist of ``options`` with ``ticked`` ticked."""
    if isinstance(event, Toggle):
        return Ticks(ticked ^ {event.key}) if event.key in options else None
    if isinstance(event, NoneOfThese):
        return Answer(frozenset())
    return Answer(ticked)
