"""A user's settings (/settings), pure: what the next session starts from.

Stored as JSON in ``users.settings`` (None means the defaults). The weekly summary's day is
not here: it belongs to the reminder (``reminders.weekly_day``), since the summary is sent at
the reminder's time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from coach.session.machine import ArmOption
from coach.session.workout import DEFAULT_PREFS, Prefs, Style
from coach.stored import Stored

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class UserSettings:
    style: Style = Style.HOLD
    arm: ArmOption = ArmOption.OUT  # the arm option offered first on a standard day
    prefs: Prefs = DEFAULT_PREFS

    def clamped(self) -> UserSettings:
        return replace(self, prefs=self.prefs.clamped())


DEFAULT_SETTINGS = UserSettings()

_STORED = Stored(UserSettings, SETTINGS_VERSION, sort_keys=True)


def dump_settings(settings: UserSettings) -> str:
    return _STORED.dump(settings.clamped())


def load_settings(text: str | None) -> UserSettings:
    """The stored settings; the defaults for None or for a row that cannot be read (a
    setting is never worth refusing a session over)."""
    if text is None:
        return DEFAULT_SETTINGS
    try:
        return _STORED.load(text).clamped()
    except ValueError:
        return DEFAULT_SETTINGS
